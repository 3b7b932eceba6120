/**
 * One URL per page type of the dashboard (DESIGN §7), chosen from the atlas the site was built
 * from: entity pages show the most critical project and repo (ties broken by id), so the pages
 * checked are the richest ones and the choice holds on the fixture and on real data alike. Shared
 * by the accessibility, screenshot and hosting specs and by scripts/perf/measure.ts.
 */
import type { DatabaseSync } from 'node:sqlite';

export interface PageType {
  /** Short name, used in test titles and file names (`project`, `graph`). */
  name: string;
  /** Path below the site root (`project/?id=…`). */
  path: string;
}

/** Top-level routes, in navigation order. Entity pages are added by pageTypes(). */
export const STATIC_PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '' },
  { name: 'projects', path: 'projects/' },
  { name: 'repos', path: 'repos/' },
  { name: 'graph', path: 'graph/' },
  { name: 'funding', path: 'funding/' },
  { name: 'status', path: 'status/' },
  { name: 'about', path: 'about/' },
];

export function pageTypes(atlas: DatabaseSync): PageType[] {
  const project = atlas.prepare('SELECT project_id AS id FROM projects ORDER BY criticality IS NULL, criticality DESC, project_id LIMIT 1').get() as { id: string } | undefined;
  const repo = atlas.prepare('SELECT repo_id AS id FROM repos ORDER BY criticality DESC, repo_id LIMIT 1').get() as { id: string } | undefined;
  const entity: PageType[] = [
    ...(project ? [{ name: 'project', path: `project/?id=${encodeURIComponent(project.id)}` }] : []),
    ...(repo ? [{ name: 'repo', path: `repo/?id=${encodeURIComponent(repo.id)}` }] : []),
  ];
  const [home, projects, repos, ...rest] = STATIC_PAGE_TYPES;
  return [home, projects, repos, ...entity, ...rest];
}

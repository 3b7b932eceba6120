/**
 * Project page subgraph (issue #3: depth 1–3, direction dependents / dependencies / both, project
 * level with a repo-level option, state in the URL). The node list must equal a recursive SQL walk
 * over the same atlas.
 */
import type { DatabaseSync } from 'node:sqlite';
import { expect, test, waitForAtlas } from './support/site.ts';

type Direction = 'dependents' | 'dependencies' | 'both';

/** Ids within `depth` steps, by recursive CTE (independent of the page's level-by-level walk). */
function expectedNodes(atlas: DatabaseSync, projectId: string, level: 'project' | 'repo', direction: Direction, depth: number): string[] {
  const walk = (toward: 'dependents' | 'dependencies'): string[] => {
    const [near, far] = level === 'project'
      ? (toward === 'dependents' ? ['to_project', 'from_project'] : ['from_project', 'to_project'])
      : (toward === 'dependents' ? ['to_id', 'from_id'] : ['from_id', 'to_id']);
    const seed = level === 'project' ? 'SELECT ? AS id, 0 AS d' : 'SELECT repo_id AS id, 0 AS d FROM repos WHERE project_id = ?';
    const table = level === 'project' ? 'project_edges e' : "edges e";
    const filter = level === 'project' ? '' : "AND e.to_kind = 'repo'";
    const sql = `WITH RECURSIVE walk(id, d) AS (${seed} UNION SELECT e.${far}, w.d + 1 FROM ${table} JOIN walk w ON e.${near} = w.id WHERE w.d < ? ${filter})
                 SELECT DISTINCT id FROM walk`;
    return (atlas.prepare(sql).all(projectId, depth) as { id: string }[]).map((r) => r.id);
  };
  const ids = direction === 'both' ? [...walk('dependents'), ...walk('dependencies')] : walk(direction);
  return [...new Set(ids)].sort();
}

test('depth, direction and level controls show the nodes SQL finds, and live in the URL', async ({ page, site, atlas }) => {
  const p = atlas.prepare('SELECT project_id FROM projects WHERE criticality IS NOT NULL ORDER BY criticality DESC, commits_window DESC, project_id LIMIT 1').get() as { project_id: string };
  await page.goto(site.url(`project/?id=${encodeURIComponent(p.project_id)}`));
  await waitForAtlas(page);
  const list = page.getByTestId('subgraph-nodes').locator('li');
  const shownIds = () => list.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-node-id') ?? '').sort());

  const views: { depth: number; direction: Direction; level: 'project' | 'repo' }[] = [
    { depth: 1, direction: 'both', level: 'project' },
    { depth: 2, direction: 'dependents', level: 'project' },
    { depth: 3, direction: 'dependencies', level: 'project' },
    { depth: 1, direction: 'dependents', level: 'repo' },
  ];
  for (const v of views) {
    await page.getByTestId('subgraph-level').selectOption(v.level);
    await page.getByTestId('subgraph-direction').selectOption(v.direction);
    await page.getByTestId('subgraph-depth').selectOption(String(v.depth));
    const expected = expectedNodes(atlas, p.project_id, v.level, v.direction, v.depth);
    expect(expected.length, 'within the page’s node cap').toBeLessThanOrEqual(200);
    await expect.poll(shownIds, { message: `${v.level} ${v.direction} depth ${v.depth}` }).toEqual(expected);
  }
  await expect(page.getByTestId('graph-canvas')).toBeVisible();

  // The last view is in the URL and survives a reload.
  const url = new URL(page.url());
  expect(url.searchParams.get('id')).toBe(p.project_id);
  expect([url.searchParams.get('depth'), url.searchParams.get('dir'), url.searchParams.get('level')]).toEqual([null, 'dependents', 'repo']);
  await page.reload();
  await waitForAtlas(page);
  await expect(page.getByTestId('subgraph-level')).toHaveValue('repo');
  await expect(page.getByTestId('subgraph-direction')).toHaveValue('dependents');
  await expect.poll(shownIds).toEqual(expectedNodes(atlas, p.project_id, 'repo', 'dependents', 1));
});

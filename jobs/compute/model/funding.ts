/**
 * SCF funding per project and round (DESIGN §4.7): award exports resolved to project ids, plus
 * awarded OpenGrants applications that the exports do not cover. Award exports name projects by
 * title, so titles are matched after normalisation; an ambiguous or unknown title keeps the row
 * with no project id and is counted in one warning per file.
 */
import type { ProjectId } from '../../ids/project-id.ts';
import { parseGitHubUrl } from '../../ids/repo-id.ts';
import type { FundingAward, OgApplication, OgGrantPool, WarningSink } from '../../snapshot/types.ts';
import type { Row } from '../../publish/write-atlas.ts';
import type { ProjectRecord } from './types.ts';
import { compareCodeUnits } from '../../snapshot/code-unit-order.ts';

export function normaliseTitle(title: string): string {
  return title.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

export interface FundingResult {
  rows: Row[];
  rounds(pools: OgGrantPool[]): Row[];
}

/**
 * @param projectOfRepo repo id → owning project (the model's repo assignment): an export row's
 *   GitHub URL places it when its title matches no project.
 */
export function resolveFunding(awards: FundingAward[], projects: ProjectRecord[], applications: OgApplication[], sink: WarningSink, projectOfRepo: ReadonlyMap<string, ProjectId> = new Map()): FundingResult {
  const known = new Set<string>(projects.map((p) => p.id));
  const byTitle = new Map<string, ProjectId | null>();
  const addTitle = (title: string | null, id: ProjectId) => {
    if (!title) return;
    const key = normaliseTitle(title);
    if (!key) return;
    const current = byTitle.get(key);
    if (current === undefined) byTitle.set(key, id);
    else if (current !== id) byTitle.set(key, null); // ambiguous
  };
  for (const p of projects) addTitle(p.name, p.id);
  for (const a of applications) if (known.has(a.projectId)) addTitle(a.projectName, a.projectId);

  const rows: Row[] = [];
  const covered = new Set<string>();
  const unmatched = new Map<string, number>();
  // The same award seen by OpenGrants: round + awarded amount identify it when the export's title
  // differs from the project's (an export row left unmatched would otherwise be counted twice).
  const applicationsByAward = new Map<string, ProjectId[]>();
  for (const a of applications) {
    const round = a.round ?? a.grantPoolName;
    if (!round || a.totalAwardedUSD === null || !known.has(a.projectId)) continue;
    const key = `${round}\u0000${a.totalAwardedUSD}`;
    applicationsByAward.set(key, [...(applicationsByAward.get(key) ?? []), a.projectId]);
  }
  for (const award of awards) {
    let projectId: ProjectId | null = award.projectId && known.has(award.projectId) ? award.projectId : null;
    if (!projectId) projectId = byTitle.get(normaliseTitle(award.projectName)) ?? null;
    if (!projectId && award.repoUrl) {
      const target = parseGitHubUrl(award.repoUrl);
      if (target?.kind === 'repo') projectId = projectOfRepo.get(target.id) ?? null;
    }
    if (!projectId && award.awardedUSD !== null) {
      const candidates = [...new Set(applicationsByAward.get(`${award.round}\u0000${award.awardedUSD}`) ?? [])];
      if (candidates.length === 1) projectId = candidates[0];
    }
    if (!projectId) unmatched.set(award.file, (unmatched.get(award.file) ?? 0) + 1);
    if (projectId) covered.add(`${projectId}\u0000${award.round}`);
    rows.push({
      project_id: projectId, project_name: award.projectName, round: award.round, award_type: award.awardType,
      awarded_usd: award.awardedUSD, paid_usd: award.paidUSD, tranche_completion_pct: award.trancheCompletionPercent, source: award.source,
    });
  }
  for (const [file, count] of [...unmatched].sort(([a], [b]) => compareCodeUnits(a, b))) {
    sink.warn({ source: 'funding', file, field: 'Project', message: `${count} award ${count === 1 ? 'row names' : 'rows name'} a project that matches no project title (or several), no repo of a project and no application of the same round and amount; kept without a project id` });
  }
  for (const a of applications) {
    const round = a.round ?? a.grantPoolName;
    if (!round || covered.has(`${a.projectId}\u0000${round}`)) continue;
    covered.add(`${a.projectId}\u0000${round}`);
    rows.push({
      project_id: a.projectId, project_name: a.projectName ?? a.projectId, round, award_type: a.awardType,
      awarded_usd: a.totalAwardedUSD, paid_usd: a.totalPaidUSD, tranche_completion_pct: a.trancheCompletionPercent, source: 'opengrants',
    });
  }
  // Deterministic order (the writer sorts by seq, so order here is the order kept).
  rows.sort((x, y) => compareCodeUnits(String(x.round), String(y.round)) || compareCodeUnits(String(x.project_name), String(y.project_name)) || compareCodeUnits(String(x.source), String(y.source)) || compareCodeUnits(String(x.awarded_usd ?? ''), String(y.awarded_usd ?? '')));
  rows.forEach((r, i) => { r.seq = i + 1; });

  return {
    rows,
    rounds(pools: OgGrantPool[]): Row[] {
      const awarded = new Map<string, Set<string>>();
      for (const r of rows) {
        const set = awarded.get(String(r.round)) ?? new Set<string>();
        set.add(String(r.project_id ?? r.project_name));
        awarded.set(String(r.round), set);
      }
      const out = new Map<string, Row>();
      for (const p of pools) {
        if (out.has(p.name)) continue;
        out.set(p.name, { round: p.name, pool_id: p.id, type: p.type, close_date: p.closeDate, quarter_year: p.quarterYear, total_awarded_usd: p.totalAwardedUSD, awarded_projects: awarded.get(p.name)?.size ?? 0 });
      }
      for (const [round, set] of awarded) {
        if (!out.has(round)) out.set(round, { round, pool_id: null, type: null, close_date: null, quarter_year: null, total_awarded_usd: null, awarded_projects: set.size });
      }
      return [...out.values()];
    },
  };
}

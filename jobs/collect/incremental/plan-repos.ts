/**
 * Applies the refresh cadence (cadence.ts) to the run's repo list: push age from GitHub's `pushed_at`
 * (or the previous snapshot's head commit date), "has previous data" from the previous snapshot.
 * The effectful half of the cadence; the decision itself stays pure.
 */
import path from 'node:path';
import type { RepoRef } from '../github/repo-ref.ts';
import { lastPushOf } from '../github/previous-repos.ts';
import { findRepoDir } from '../snapshot-writer/carry-over.ts';
import { planRefresh, runDayOf } from './cadence.ts';
import type { CadenceDecision } from './cadence.ts';

export async function planRepos(refs: readonly RepoRef[], previous: string | null, asOf: string, force: boolean): Promise<Map<string, CadenceDecision>> {
  const asOfMs = Date.parse(`${asOf}T00:00:00Z`);
  const inputs = [];
  for (const ref of refs) {
    const found = previous ? await findRepoDir(previous, ref.owner, ref.repo) : null;
    const pushed = ref.pushedAt ?? (found && previous ? await lastPushOf(path.join(previous, 'ecosystem/repos', found.owner, found.repo)) : null);
    const pushedMs = pushed ? Date.parse(pushed) : Number.NaN;
    inputs.push({ id: ref.id, hasPrevious: found !== null, pushAgeDays: Number.isNaN(pushedMs) ? null : Math.max(0, (asOfMs - pushedMs) / 86_400_000) });
  }
  return new Map(planRefresh(inputs, runDayOf(asOf), force).map((d) => [d.id, d]));
}

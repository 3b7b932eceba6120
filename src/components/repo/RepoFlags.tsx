/**
 * Visible text badges for the states of a repo that change how its numbers read (DESIGN §7 repo
 * page; issue #3: "archived/unreachable flags"): archived on GitHub, unreachable at collection,
 * not active, and git history not fully read (DESIGN §5.3 metrics rest on the log).
 */
import type { RepoRow } from '../../queries/repo.ts';

/** What each `log_coverage` value means for the contributor figures (docs/SCHEMA.md repos.log_coverage). */
export const LOG_COVERAGE_NOTES: Record<string, string> = {
  window: 'Only the 24-month window of the git history was read, so first-commit dates and all-time counts are lower bounds.',
  none: 'The git history could not be read, so contributor figures, the pony factor and the commit chart are missing or zero.',
};

export function RepoFlags({ repo: r }: { repo: RepoRow }) {
  const flags: { key: string; text: string; warn: boolean }[] = [];
  if (r.archived) flags.push({ key: 'archived', text: 'Archived', warn: false });
  if (r.unreachable) flags.push({ key: 'unreachable', text: `Unreachable: ${r.unreachable}`, warn: true });
  if (!r.is_active) flags.push({ key: 'inactive', text: 'Not active', warn: false });
  if (r.log_coverage !== 'full') flags.push({ key: 'log', text: `Git log: ${r.log_coverage}`, warn: true });
  if (flags.length === 0) return null;
  return (
    <p data-testid="repo-flags">
      {flags.map((f) => <span key={f.key} className={f.warn ? 'flag flag-warn' : 'flag'} data-flag={f.key}>{f.text}</span>)}
    </p>
  );
}

export function LogCoverageNote({ coverage }: { coverage: string }) {
  if (coverage === 'full') return null;
  return <p className="notice" data-testid="log-coverage-note">{LOG_COVERAGE_NOTES[coverage] ?? `Git history coverage: ${coverage}.`}</p>;
}

/**
 * Where a project's activity status comes from (DESIGN §5.5; issue #3: "the status source and
 * reason"): the baseline from OpenGrants / overrides, the final status after the git-activity
 * upgrade, which rule decided it and why, and the last commit the upgrade looked at.
 */
import type { ProjectRow } from '../../queries/project.ts';
import { formatDate } from '../format.ts';
import { StatusText } from '../StatusText.tsx';

export function StatusBreakdown({ project: p }: { project: ProjectRow }) {
  const upgraded = p.baseline_status !== p.activity_status;
  return (
    <>
      <dl className="stats" data-testid="status-breakdown">
        <div><dt>Status</dt><dd data-testid="status-final"><StatusText status={p.activity_status} /></dd></div>
        <div><dt>Baseline</dt><dd data-testid="status-baseline"><StatusText status={p.baseline_status} /></dd><dd className="muted">from the funding records or an override</dd></div>
        <div><dt>Source</dt><dd data-testid="status-source">{p.status_source}</dd></div>
        <div><dt>Last commit</dt><dd data-testid="status-last-commit">{formatDate(p.last_commit_at)}</dd><dd className="muted">in any of its repositories</dd></div>
      </dl>
      <p className="explain" data-testid="status-reason">Reason: {p.status_reason}</p>
      <p className="muted explain">
        {upgraded
          ? 'The baseline was upgraded because a repository had a commit in the 90 days before the snapshot (live when all tranches are complete, otherwise in development).'
          : 'A discontinued or non-responsive project is upgraded when any of its repositories had a commit in the 90 days before the snapshot; quiet repositories never downgrade a status.'}
      </p>
    </>
  );
}

/**
 * `deploy record --ledger deploys.jsonl --atlas atlas.sqlite --cid <cid> --targets pages,ipfs,xlm-sh`:
 * appends this deploy to the ledger (DESIGN §9 Rollback).
 */
import { parseArgs } from 'node:util';
import { CliError, EXIT_USAGE } from '../cli-error.ts';
import { readAtlasFacts, sha256File } from '../atlas-facts.ts';
import { appendRecord, DeployRecordSchema } from '../records/ledger.ts';
import { required, type Command } from './context.ts';

export const record: Command = async (args, ctx) => {
  const { values } = parseArgs({
    args,
    options: {
      ledger: { type: 'string' },
      atlas: { type: 'string' },
      cid: { type: 'string' },
      targets: { type: 'string', default: 'pages,ipfs' },
      'git-revision': { type: 'string' },
      'run-id': { type: 'string' },
      'deployed-at': { type: 'string' },
      'rolled-back-from': { type: 'string' },
    },
  });
  const atlas = required(values, 'atlas', 'record');
  const facts = readAtlasFacts(atlas);
  const candidate = {
    deployed_at: values['deployed-at'] ?? new Date().toISOString(),
    git_revision: values['git-revision'] ?? ctx.env.GITHUB_SHA ?? '',
    snapshot_as_of: facts.snapshot_as_of,
    snapshot_label: facts.snapshot_label,
    atlas_sha256: await sha256File(atlas),
    cid: required(values, 'cid', 'record'),
    targets: values.targets.split(',').map((t) => t.trim()).filter(Boolean),
    run_id: values['run-id'] ?? ctx.env.GITHUB_RUN_ID ?? null,
    counts: { projects: facts.counts.projects, repos: facts.counts.repos, edges: facts.counts.edges },
    rolled_back_from: values['rolled-back-from'] ?? null,
  };
  const parsed = DeployRecordSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`record: field ${issue.path.join('.')}: ${issue.message}`, EXIT_USAGE);
  }
  const line = await appendRecord(required(values, 'ledger', 'record'), parsed.data);
  ctx.log('info', 'deploy.recorded', { cid: parsed.data.cid, snapshot_as_of: parsed.data.snapshot_as_of });
  ctx.out(line.trim());
};

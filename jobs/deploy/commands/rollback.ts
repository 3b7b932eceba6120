/**
 * `deploy rollback --ledger deploys.jsonl --to previous|latest|-N|<prefix> [--print] [--pin]
 * [--xlm-sh --network public] [--dispatch --repo owner/name]`: re-deploys a recorded build (DESIGN §9).
 * `--print` only prints the selected record as JSON (the workflow reads its run_id and cid).
 */
import { parseArgs } from 'node:util';
import { CliError, EXIT_REMOTE, EXIT_USAGE } from '../cli-error.ts';
import { GATEWAY_URL_ENV, providersFromEnv } from '../ipfs/providers.ts';
import { readLedger, selectRecord } from '../records/ledger.ts';
import { GITHUB_API_URL, rollback as runRollback } from '../records/rollback.ts';
import { isStellarNetwork } from '../xlm-sh/networks.ts';
import { SECRET_ENV } from '../xlm-sh/publish.ts';
import { required, type Command } from './context.ts';

export const rollback: Command = async (args, ctx) => {
  const { values } = parseArgs({
    args,
    options: {
      ledger: { type: 'string' },
      to: { type: 'string', default: 'previous' },
      print: { type: 'boolean', default: false },
      pin: { type: 'boolean', default: false },
      gateway: { type: 'string' },
      'xlm-sh': { type: 'boolean', default: false },
      network: { type: 'string', default: 'testnet' },
      'horizon-url': { type: 'string' },
      dispatch: { type: 'boolean', default: false },
      repo: { type: 'string' },
      ref: { type: 'string', default: 'main' },
      'github-api-url': { type: 'string' },
    },
  });
  const ledgerFile = required(values, 'ledger', 'rollback');
  const { records, warnings } = await readLedger(ledgerFile);
  for (const w of warnings) ctx.log('warn', 'ledger.skipped_line', { file: w.file, line: w.line, field: w.field, message: w.message });
  let record;
  try {
    record = selectRecord(records, values.to);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), EXIT_USAGE);
  }
  if (values.print) {
    ctx.out(JSON.stringify(record));
    return;
  }
  const network = values.network;
  if (!isStellarNetwork(network)) throw new CliError(`rollback: --network must be public or testnet, got "${network}"`, EXIT_USAGE);
  const token = ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN;
  if (values.dispatch && !token) throw new CliError('rollback: --dispatch needs GITHUB_TOKEN', EXIT_USAGE);
  try {
    const result = await runRollback(
      {
        record,
        pin: values.pin ? { providers: providersFromEnv(ctx.env).providers, gatewayUrl: values.gateway ?? ctx.env[GATEWAY_URL_ENV] } : undefined,
        xlmSh: values['xlm-sh'] ? { network, horizonUrl: values['horizon-url'], secret: ctx.env[SECRET_ENV] } : undefined,
        pages: values.dispatch
          ? { apiUrl: values['github-api-url'] ?? ctx.env.GITHUB_API_URL ?? GITHUB_API_URL, repository: values.repo ?? ctx.env.GITHUB_REPOSITORY ?? '', ref: values.ref, token: token! }
          : undefined,
      },
      ctx,
    );
    await ctx.summary(`### Rollback to \`${result.cid}\` (snapshot ${record.snapshot_as_of}, ${record.git_revision})\n`);
    ctx.out(JSON.stringify(record));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(error instanceof Error ? error.message : String(error), EXIT_REMOTE);
  }
};

/**
 * `deploy gate --atlas new.sqlite --previous <atlas.sqlite|health.json> [--max-drop 0.2] [--force]`:
 * the sanity gate (DESIGN §9). A missing --previous file means a first deploy. Exit 3 when refused.
 */
import { access } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CliError, EXIT_REFUSED, EXIT_USAGE } from '../cli-error.ts';
import { DEFAULT_MAX_DROP_SHARE, evaluateGate, formatGateReport } from '../sanity-gate/gate.ts';
import { readGateCounts } from '../sanity-gate/read-counts.ts';
import { required, type Command } from './context.ts';

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

export const gate: Command = async (args, ctx) => {
  const { values } = parseArgs({
    args,
    options: { atlas: { type: 'string' }, previous: { type: 'string' }, 'max-drop': { type: 'string', default: String(DEFAULT_MAX_DROP_SHARE) }, force: { type: 'boolean', default: false } },
  });
  const next = await readGateCounts(required(values, 'atlas', 'gate'));
  const previousFile = values.previous;
  const previous = previousFile && (await exists(previousFile)) ? await readGateCounts(previousFile) : null;
  let report;
  try {
    report = evaluateGate(previous, next, { maxDropShare: Number(values['max-drop']), force: values.force });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), EXIT_USAGE);
  }
  const text = formatGateReport(report);
  await ctx.summary(text);
  ctx.out(text);
  for (const check of report.checks) ctx.log(check.passed ? 'info' : 'warn', 'gate.check', { count: check.count, previous: check.previous, next: check.next, drop_share: Number(check.dropShare.toFixed(4)) });
  if (report.forced) ctx.log('warn', 'gate.forced', {});
  if (!report.allowed) throw new CliError('gate: refusing to deploy an atlas that lost data (see report); use --force if intended', EXIT_REFUSED);
};

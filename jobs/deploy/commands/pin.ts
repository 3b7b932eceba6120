/** `deploy pin --car site.car`: pins the CAR's root on every configured provider (DESIGN §8). */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CliError, EXIT_REMOTE, EXIT_USAGE } from '../cli-error.ts';
import { loadCarBlocks } from '../ipfs/car-files.ts';
import { MIN_PINNED_PROVIDERS, pinEverywhere } from '../ipfs/pin-all.ts';
import { providersFromEnv } from '../ipfs/providers.ts';
import { required, type Command } from './context.ts';

export const pin: Command = async (args, ctx) => {
  const { values } = parseArgs({
    args,
    options: {
      car: { type: 'string' },
      name: { type: 'string', default: 'pg-atlas' },
      'min-providers': { type: 'string', default: String(MIN_PINNED_PROVIDERS) },
    },
  });
  const carFile = required(values, 'car', 'pin');
  const car = new Uint8Array(await readFile(carFile));
  const root = (
    await loadCarBlocks(car).catch((error: unknown) => {
      throw new CliError(`pin: ${carFile} is not a usable CAR (${error instanceof Error ? error.message : String(error)})`, EXIT_USAGE);
    })
  ).root.toString();
  const minProviders = Number(values['min-providers']);
  const { providers, missing } = providersFromEnv(ctx.env);
  if (missing.length) ctx.log('warn', 'ipfs.provider_not_configured', { missing });
  if (providers.length < minProviders) {
    throw new CliError(`pin: ${providers.length} provider(s) configured, ${minProviders} required; set ${missing.join(', ')}`, EXIT_USAGE);
  }
  const report = await pinEverywhere(providers, { kind: 'car', car, root }, values.name, ctx);
  const lines = report.outcomes.map((o) => `- ${o.provider}: ${o.status}`).concat(report.failures.map((f) => `- ${f.provider}: **failed** (${f.error.slice(0, 200)})`));
  await ctx.summary(`### Pins for \`${root}\`\n\n${lines.join('\n')}\n`);
  if (report.outcomes.length < minProviders) {
    throw new CliError(`pin: ${report.outcomes.length} of ${providers.length} providers accepted ${root}; ${minProviders} required`, EXIT_REMOTE);
  }
  ctx.out(root);
};

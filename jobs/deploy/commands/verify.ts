/** `deploy verify --cid <cid> [--gateway url] [--dist dist]`: fetches the site through a gateway (DESIGN §8). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, EXIT_REFUSED } from '../cli-error.ts';
import { DEFAULT_GATEWAY_URL, GATEWAY_URL_ENV } from '../ipfs/providers.ts';
import { verifyThroughGateway } from '../ipfs/verify-gateway.ts';
import { required, type Command } from './context.ts';

export const verify: Command = async (args, ctx) => {
  const { values } = parseArgs({ args, options: { cid: { type: 'string' }, gateway: { type: 'string' }, dist: { type: 'string' } } });
  const cid = required(values, 'cid', 'verify');
  const gateway = values.gateway ?? ctx.env[GATEWAY_URL_ENV] ?? DEFAULT_GATEWAY_URL;
  const expectedIndexHtml = values.dist ? new Uint8Array(await readFile(path.join(values.dist, 'index.html'))) : undefined;
  try {
    await verifyThroughGateway(gateway, cid, ctx, { expectedIndexHtml });
  } catch (error) {
    throw new CliError(`verify: ${error instanceof Error ? error.message : String(error)}`, EXIT_REFUSED);
  }
  await ctx.summary(`Verified \`${cid}\` through ${new URL(gateway).host}.\n`);
};

/**
 * `deploy unpack --out dir (--car file | --cid <cid> [--gateway url])`: turns a deployed build back into
 * files, from a CAR artefact or from any IPFS gateway (`?format=car`, hash-checked block by block).
 * This is how Pages is rolled back to a build older than the Actions artefact retention.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, EXIT_REFUSED, EXIT_USAGE } from '../cli-error.ts';
import { fetchWithRetry } from '../http/fetch-with-retry.ts';
import { readCarFiles } from '../ipfs/car-files.ts';
import { DEFAULT_GATEWAY_URL, GATEWAY_URL_ENV } from '../ipfs/providers.ts';
import { required, type Command } from './context.ts';

export const unpack: Command = async (args, ctx) => {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, car: { type: 'string' }, cid: { type: 'string' }, gateway: { type: 'string' } } });
  const out = path.resolve(required(values, 'out', 'unpack'));
  let car: Uint8Array;
  if (values.car) car = new Uint8Array(await readFile(values.car));
  else if (values.cid) {
    const gateway = (values.gateway ?? ctx.env[GATEWAY_URL_ENV] ?? DEFAULT_GATEWAY_URL).replace(/\/+$/, '');
    const response = await fetchWithRetry(ctx, () => ctx.fetch(`${gateway}/ipfs/${values.cid}?format=car`, { headers: { accept: 'application/vnd.ipld.car' } }), {
      label: `unpack:/ipfs/${values.cid}`,
    });
    car = new Uint8Array(await response.arrayBuffer());
  } else throw new CliError('unpack: give --car or --cid', EXIT_USAGE);
  const files = await readCarFiles(car).catch((error: unknown) => {
    const problem = error instanceof Error ? error.message : String(error);
    // A local file is the operator's input (exit 2); bytes from a gateway failed a check (exit 3).
    throw values.car ? new CliError(`unpack: ${values.car} is not a usable CAR (${problem})`, EXIT_USAGE) : new CliError(`unpack: the gateway's CAR for ${values.cid} is unusable (${problem})`, EXIT_REFUSED);
  });
  if (values.cid && files.root !== values.cid) throw new CliError(`unpack: gateway sent a CAR rooted at ${files.root}, not ${values.cid}`, EXIT_REFUSED);
  for (const [rel, bytes] of files.files) {
    const target = path.join(out, ...rel.split('/'));
    if (!target.startsWith(`${out}${path.sep}`)) throw new CliError(`unpack: entry "${rel}" escapes the output folder`, EXIT_REFUSED);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  ctx.log('info', 'ipfs.unpacked', { root: files.root, files: files.files.size, out });
  ctx.out(files.root);
};

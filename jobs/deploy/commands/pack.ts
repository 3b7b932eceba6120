/** `deploy pack --dist dist --out site.car`: packs dist/ into a CAR and prints the root CID (DESIGN §8). */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { packDirectory } from '../ipfs/pack.ts';
import { required, type Command } from './context.ts';

export const pack: Command = async (args, ctx) => {
  const { values } = parseArgs({ args, options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string' } } });
  const out = required(values, 'out', 'pack');
  const packed = await packDirectory(values.dist);
  await writeFile(out, packed.car);
  ctx.log('info', 'ipfs.packed', { root: packed.root, car: out, bytes: packed.car.length, blocks: packed.blockCount, files: packed.fileCount });
  await ctx.summary(`### IPFS\n\nRoot CID: \`${packed.root}\` (${packed.fileCount} files, ${(packed.car.length / 1e6).toFixed(1)} MB CAR)\n`);
  ctx.out(packed.root);
};

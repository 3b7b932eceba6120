/**
 * Packs `dist/` into a CAR (DESIGN §8 IPFS: a pure-JS packer, root CID recorded). UnixFS encoding
 * via @ipld/unixfs with its defaults (1 MiB fixed-size chunks, raw leaves, balanced layout,
 * sha2-256, CIDv1), entries added in byte order and no mtime/mode metadata, so the same files give
 * the same root CID on any machine. Large directories become HAMT shards the way Kubo does it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as UnixFS from '@ipld/unixfs';
import { CarWriter } from '@ipld/car/writer';

/**
 * Kubo's `Import.UnixFSHAMTDirectorySizeThreshold` (256 KiB), estimated like Kubo as the sum of
 * entry name and CID byte lengths: above it a directory is written as a HAMT shard.
 */
export const HAMT_SHARD_THRESHOLD_BYTES = 256 * 1024;

export interface PackedCar {
  /** Root CID (CIDv1, base32), the value published to xlm.sh and pinned. */
  root: string;
  car: Uint8Array;
  blockCount: number;
  fileCount: number;
}

type Block = UnixFS.Block;

type FsWriter = ReturnType<typeof UnixFS.createWriter>;
type EntryLink = Parameters<typeof UnixFS.set>[2];

/** Byte-order comparison, independent of locale (localeCompare would vary by machine). */
export function compareNames(a: string, b: string): number {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return Buffer.compare(x, y);
}

async function writeFile(fs: FsWriter, filePath: string): Promise<EntryLink> {
  const file = UnixFS.createFileWriter(fs);
  await UnixFS.write(file, await readFile(filePath));
  return UnixFS.closeFile(file);
}

async function writeDirectory(fs: FsWriter, dirPath: string, counter: { files: number }): Promise<EntryLink> {
  const entries = (await readdir(dirPath, { withFileTypes: true })).sort((a, b) => compareNames(a.name, b.name));
  const links: Array<[string, EntryLink]> = [];
  for (const entry of entries) {
    const full = path.join(dirPath, entry.name);
    if (entry.isDirectory()) links.push([entry.name, await writeDirectory(fs, full, counter)]);
    else if (entry.isFile()) {
      links.push([entry.name, await writeFile(fs, full)]);
      counter.files += 1;
    }
    // symlinks, sockets and the like are not site content; dist/ has none
  }
  const estimatedSize = links.reduce((sum, [name, link]) => sum + Buffer.byteLength(name) + link.cid.bytes.length, 0);
  const settings = fs.settings;
  if (estimatedSize > HAMT_SHARD_THRESHOLD_BYTES) {
    const shard = UnixFS.createShardedDirectoryWriter({ writer: fs.writer, settings });
    for (const [name, link] of links) UnixFS.set(shard, name, link);
    return UnixFS.closeShardedDirectory(shard);
  }
  const directory = UnixFS.createDirectoryWriter({ writer: fs.writer, settings });
  for (const [name, link] of links) UnixFS.set(directory, name, link);
  return UnixFS.closeDirectory(directory);
}

async function collect<T>(iterable: AsyncIterable<T> | ReadableStream<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable as AsyncIterable<T>) items.push(item);
  return items;
}

/** Encodes a directory tree as UnixFS and returns it as one CARv1 with the directory as root. */
export async function packDirectory(dir: string): Promise<PackedCar> {
  const { readable, writable } = new TransformStream<Block, Block>({}, UnixFS.withCapacity(UnixFS.BLOCK_SIZE_LIMIT * 16));
  const blocksDone = collect(readable);
  const fs = UnixFS.createWriter({ writable });
  const counter = { files: 0 };
  const rootLink = await writeDirectory(fs, dir, counter);
  await fs.close();
  const blocks = await blocksDone;

  // @ipld/unixfs links CIDs of multiformats 13, @ipld/car types them with multiformats 14; the
  // binary form is the same, so the casts below only bridge the two type declarations.
  type CarCid = Exclude<Parameters<typeof CarWriter.create>[0], void | unknown[]>;
  type CarBlock = Parameters<Awaited<ReturnType<typeof CarWriter.create>>['writer']['put']>[0];
  const { writer, out } = CarWriter.create([rootLink.cid as unknown as CarCid]);
  const chunksDone = collect(out);
  const seen = new Set<string>();
  for (const block of blocks) {
    const key = block.cid.toString();
    if (seen.has(key)) continue;
    seen.add(key);
    await writer.put(block as unknown as CarBlock);
  }
  await writer.close();
  const car = Buffer.concat(await chunksDone);
  return { root: rootLink.cid.toString(), car: new Uint8Array(car), blockCount: seen.size, fileCount: counter.files };
}

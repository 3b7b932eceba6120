/**
 * Reads a UnixFS CAR back into files (DESIGN §9 rollback: a deployed build is identified by its CID
 * and kept on IPFS, so a CAR fetched from any gateway with `?format=car` can be turned back into the
 * `dist/` it came from). Every block's hash is checked against its CID, so the bytes are the
 * published ones whoever served them. Handles what pack.ts writes: flat and HAMT-sharded
 * directories, raw leaves, and multi-block files.
 */
import { CarReader } from '@ipld/car/reader';
import * as PB from '@ipld/dag-pb';
import * as UnixFS from '@ipld/unixfs';
import { CID } from 'multiformats/cid';
import { sha256 } from 'multiformats/hashes/sha2';

const RAW_CODEC = 0x55;
const SHA2_256 = 0x12;

export interface CarFiles {
  root: string;
  /** Files keyed by slash-separated path relative to the root directory. */
  files: Map<string, Uint8Array>;
}

type Blocks = Map<string, Uint8Array>;

interface DecodedNode {
  type: number;
  content?: Uint8Array;
  parts?: Array<{ cid: CID }>;
  fanout?: number;
  entries?: Array<{ name: string; cid: CID }>;
}

/**
 * UnixFS.decode, except for one case it cannot read: @ipld/unixfs 3.0.0 throws on a multi-block file
 * root whose protobuf has no Data bytes (it reads `data.byteLength` of undefined). That node is a
 * File whose content is exactly its links, in order, so decode it from the dag-pb links instead.
 */
function decodeNode(bytes: Uint8Array): DecodedNode {
  try {
    return UnixFS.decode(bytes) as DecodedNode;
  } catch (error) {
    const pb = PB.decode(bytes);
    if (!(error instanceof TypeError) || pb.Links.length === 0) throw error;
    return { type: UnixFS.NodeType.File, parts: pb.Links.map((link) => ({ cid: link.Hash as CID })) };
  }
}

function block(blocks: Blocks, cid: CID): Uint8Array {
  const bytes = blocks.get(cid.toString());
  if (!bytes) throw new Error(`car-files: block ${cid.toString()} is missing from the CAR`);
  return bytes;
}

function fileBytes(blocks: Blocks, cid: CID): Uint8Array {
  const bytes = block(blocks, cid);
  if (cid.code === RAW_CODEC) return bytes;
  const node = decodeNode(bytes);
  if (node.type !== UnixFS.NodeType.File) throw new Error(`car-files: ${cid.toString()} is not a file`);
  const pieces: Uint8Array[] = node.content ? [node.content] : [];
  for (const part of node.parts ?? []) pieces.push(fileBytes(blocks, CID.decode(part.cid.bytes)));
  return Buffer.concat(pieces);
}

/** Lists entries of a directory node, flattening HAMT shards (their link names carry a hex prefix). */
function directoryEntries(blocks: Blocks, cid: CID): Array<{ name: string; cid: CID }> {
  const node = decodeNode(block(blocks, cid));
  const entries = node.entries ?? [];
  if (node.type === UnixFS.NodeType.Directory) return entries.map((e) => ({ name: e.name, cid: CID.decode(e.cid.bytes) }));
  if (node.type !== UnixFS.NodeType.HAMTShard) throw new Error(`car-files: ${cid.toString()} is not a directory`);
  const prefixLength = ((node.fanout ?? 256) - 1).toString(16).length;
  const out: Array<{ name: string; cid: CID }> = [];
  for (const entry of entries) {
    const child = CID.decode(entry.cid.bytes);
    if (entry.name.length === prefixLength) out.push(...directoryEntries(blocks, child));
    else out.push({ name: entry.name.slice(prefixLength), cid: child });
  }
  return out;
}

function isDirectory(blocks: Blocks, cid: CID): boolean {
  if (cid.code === RAW_CODEC) return false;
  const type = decodeNode(block(blocks, cid)).type;
  return type === UnixFS.NodeType.Directory || type === UnixFS.NodeType.HAMTShard;
}

function walk(blocks: Blocks, cid: CID, prefix: string, files: Map<string, Uint8Array>): void {
  for (const entry of directoryEntries(blocks, cid)) {
    const entryPath = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (isDirectory(blocks, entry.cid)) walk(blocks, entry.cid, entryPath, files);
    else files.set(entryPath, fileBytes(blocks, entry.cid));
  }
}

/** Loads and hash-checks every block of a CAR; throws on a block whose bytes do not match its CID. */
export async function loadCarBlocks(car: Uint8Array): Promise<{ root: CID; blocks: Blocks }> {
  const reader = await CarReader.fromBytes(car);
  const [rootLike] = await reader.getRoots();
  if (!rootLike) throw new Error('car-files: CAR has no root');
  const blocks: Blocks = new Map();
  for await (const { cid, bytes } of reader.blocks()) {
    if (cid.multihash.code !== SHA2_256) throw new Error(`car-files: unsupported hash in ${cid.toString()}`);
    const digest = await sha256.digest(bytes);
    if (Buffer.compare(Buffer.from(digest.digest), Buffer.from(cid.multihash.digest)) !== 0) {
      throw new Error(`car-files: block ${cid.toString()} does not match its hash`);
    }
    blocks.set(CID.decode(cid.bytes).toString(), bytes);
  }
  return { root: CID.decode(rootLike.bytes), blocks };
}

export async function readCarFiles(car: Uint8Array): Promise<CarFiles> {
  const { root, blocks } = await loadCarBlocks(car);
  const files = new Map<string, Uint8Array>();
  walk(blocks, root, '', files);
  return { root: root.toString(), files };
}

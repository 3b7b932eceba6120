/**
 * A stable 32-bit hash (FNV-1a over UTF-8) of an id. Used to assign repos to shards and to spread
 * dormant repos over runs; it must never change between runs or machines, so no Math.random and no
 * process-dependent hashing.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function stableHash(id: string): number {
  let hash = FNV_OFFSET;
  for (const byte of Buffer.from(id, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash >>> 0;
}

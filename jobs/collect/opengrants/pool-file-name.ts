/**
 * File name of one grant pool's applications (docs/SNAPSHOT.md `opengrants/applications/<pool>.json`):
 * the last segment of the DAOIP-5 pool id, slugged — `daoip-5:scf:grantPool:scf_#30` → `scf-30`,
 * as in ../shared/realdata.
 */
export function poolFileName(poolId: string): string {
  const last = poolId.slice(poolId.lastIndexOf(':') + 1).toLowerCase();
  const slug = last.replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'pool';
}

/**
 * Field paths for snapshot warnings (types.ts `SnapshotWarning.field`): `data[12].socials[0].value`.
 * Keys that are not plain identifiers (DAOIP-5 extension keys such as
 * `org.stellar.communityfund.category`, project ids) are bracketed and quoted so the path stays
 * unambiguous.
 */

const IDENTIFIER_RE = /^[A-Za-z_$][\w$-]*$/;

/** Appends path segments (as zod reports them) to a base path. */
export function fieldPath(base: string, segments: readonly PropertyKey[]): string {
  let out = base;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER_RE.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

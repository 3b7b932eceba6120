/**
 * The xlm.sh data entry (DESIGN §8): xlm.sh resolves `https://<account>.xlm.sh/` to the IPFS CID held
 * in the account's data entry `app.xlm_sh.ipfs`, or to an IPNS name / DNSLink held in
 * `app.xlm_sh.ipns`. Stellar data entries hold at most 64 bytes per name and per value.
 */

/** The entry xlm.sh reads for an IPFS CID. */
export const XLM_SH_IPFS_KEY = 'app.xlm_sh.ipfs';
/** The alternative entry for an IPNS name or DNSLink domain (docs/DEPLOY.md, "DNSLink alternative"). */
export const XLM_SH_IPNS_KEY = 'app.xlm_sh.ipns';
export const XLM_SH_KEYS = [XLM_SH_IPFS_KEY, XLM_SH_IPNS_KEY] as const;
export type XlmShKey = (typeof XLM_SH_KEYS)[number];

/** Stellar protocol: ManageDataOp name is a string64 and value a DataValue of at most 64 bytes. */
export const MAX_DATA_VALUE_BYTES = 64;

export function isXlmShKey(key: string): key is XlmShKey {
  return (XLM_SH_KEYS as readonly string[]).includes(key);
}

/** Returns a reason the value cannot be published, or null when it can. */
export function dataValueProblem(value: string): string | null {
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes === 0) return 'value is empty (an empty value would delete the entry)';
  if (bytes > MAX_DATA_VALUE_BYTES) return `value is ${bytes} bytes; Stellar data entries hold at most ${MAX_DATA_VALUE_BYTES}`;
  return null;
}

/** Decodes a Horizon `data_attr` value (base64) back to text; undefined when the entry is absent. */
export function decodeDataAttr(dataAttr: Record<string, string> | undefined, key: string): string | undefined {
  const encoded = dataAttr?.[key];
  return encoded === undefined ? undefined : Buffer.from(encoded, 'base64').toString('utf8');
}

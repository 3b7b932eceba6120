/** USD amounts as the SCF exports write them (`$110000.00`, `$1,234.50`) → numbers (DESIGN §4.7). */

const MONEY_RE = /^(-)?\s*\$?\s*(\d[\d,]*)(\.\d+)?$/;

/** null for an empty cell; undefined when the text is not an amount (the caller warns). */
export function parseUsd(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = MONEY_RE.exec(trimmed);
  if (!match) return undefined;
  const value = Number(`${match[2].replaceAll(',', '')}${match[3] ?? ''}`);
  return match[1] ? -value : value;
}

/** A plain number cell (`33`, `100`); null when empty, undefined when not a number. */
export function parseNumberCell(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/%$/, '');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
}

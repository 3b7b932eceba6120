/**
 * Display formatting for metric values (DESIGN §6: NULL means unknown, shown as an em dash, never
 * as 0) and activity status labels (always text, never colour alone — DESIGN §7 accessibility).
 */

export const MISSING = '—';

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : value.toLocaleString('en-US');
}

export function formatDecimal(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? MISSING : value.toFixed(digits);
}

/** A 0–1 share as a percentage. */
export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : `${(value * 100).toFixed(1)}%`;
}

export function formatUsd(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : `$${Math.round(value).toLocaleString('en-US')}`;
}

/** The date part of an ISO 8601 timestamp. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : MISSING;
}

export const STATUS_LABELS: Record<string, string> = {
  live: 'Live',
  'in-dev': 'In development',
  discontinued: 'Discontinued',
  'non-responsive': 'Non-responsive',
};

/** Colours of the graph legend and status chips (always paired with the text label). */
export const STATUS_COLORS: Record<string, string> = {
  live: '#1b8a3c',
  'in-dev': '#2563c9',
  discontinued: '#7a7a7a',
  'non-responsive': '#c2620a',
};

export function statusLabel(status: string | null | undefined): string {
  return status ? (STATUS_LABELS[status] ?? status) : MISSING;
}

/** Contributor hashes are shown as short prefixes only (DESIGN §11). */
export function hashPrefix(hash: string): string {
  return hash.slice(0, 10);
}

/** A JSON array column as a list of strings (bad JSON → the raw text as one item). */
export function jsonList(text: string | null | undefined): string[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
  } catch {
    return [text];
  }
}

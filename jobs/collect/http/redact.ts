/**
 * Keeps secrets out of logs and error messages (DESIGN §9 "Secrets never reach dist/ or logs").
 * Every string that leaves the HTTP edge goes through a redactor built from the secret values.
 */

export const REDACTED = '***';
/** Secrets shorter than this are not treated as secrets (would redact ordinary words). */
const MIN_SECRET_LENGTH = 6;

export type Redactor = (text: string) => string;

export function makeRedactor(secrets: ReadonlyArray<string | undefined>): Redactor {
  const values = secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH);
  if (values.length === 0) return (text) => text;
  return (text) => values.reduce((acc, secret) => acc.split(secret).join(REDACTED), text);
}

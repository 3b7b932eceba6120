import { describe, expect, it } from 'vitest';
import { EMAIL_REPLACEMENT, redactEmails, redactEmailsDeep } from './redact-emails.ts';

describe('redactEmails', () => {
  it('removes addresses from free text', () => {
    expect(redactEmails('write to Jane.Doe+scf@mail.example.org today')).toBe(`write to ${EMAIL_REPLACEMENT} today`);
    expect(redactEmails('123+login@users.noreply.github.com')).toBe(EMAIL_REPLACEMENT);
  });

  it('leaves look-alikes that are not addresses', () => {
    for (const text of ['git+https://github.com/x/wasm-semantics.git@v0.1.150#subdirectory=pykwasm', '@stellar/stellar-sdk', 'pkg:npm/%40stellar/freighter-api', 'a @ b.com']) expect(redactEmails(text)).toBe(text);
  });

  it('walks objects and arrays', () => {
    expect(redactEmailsDeep({ a: ['x@y.io'], b: { c: 'ok', d: 3, e: null } })).toEqual({ a: [EMAIL_REPLACEMENT], b: { c: 'ok', d: 3, e: null } });
  });
});

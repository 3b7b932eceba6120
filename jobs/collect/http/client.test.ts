import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpClient } from './client.ts';
import { HttpError, MalformedBodyError, NotFoundError } from './errors.ts';
import { MAX_ATTEMPTS, RETRY_BASE_MS, USER_AGENT } from './constants.ts';
import { exponentialBackoff, parseRetryAfter, RATE_LIMIT_RESET_SLACK_MS, retryWait } from './backoff.ts';
import { startFakeUpstream } from '../testing/fake-upstream.ts';
import type { FakeUpstream } from '../testing/fake-upstream.ts';
import { testContext } from '../testing/test-context.ts';
import { REALDATA_DIR } from '../../../test/support/paths.ts';

let fake: FakeUpstream;
let cacheDir: string;
beforeEach(async () => {
  fake = await startFakeUpstream();
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-atlas-http-'));
});
afterEach(async () => {
  await fake.close();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

const npmPackument = path.join(REALDATA_DIR, 'registry/npm/npm_package.json');

describe('HttpClient retries (DESIGN §5.7 item 11)', () => {
  it('429 then 200 → 2 calls, waiting what Retry-After asks', async () => {
    fake.route('/pkg', [{ status: 429, headers: { 'retry-after': '7' } }, { file: npmPackument }]);
    const ctx = testContext();
    const result = await new HttpClient(ctx, { cacheDir: null }).getJson(`${fake.url}/pkg`);
    expect(fake.count('/pkg')).toBe(2);
    expect(ctx.sleeps).toEqual([7000]);
    expect((result.json as { name: string }).name).toBe('@npmcli/arborist');
    expect(result.attempts).toBe(2);
  });

  it('5xx three times → 3 calls then an error, with exponential backoff between', async () => {
    fake.route('/down', { status: 503 });
    const ctx = testContext();
    const error = await new HttpClient(ctx, { cacheDir: null }).get(`${fake.url}/down`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
    expect(fake.count('/down')).toBe(MAX_ATTEMPTS);
    expect(MAX_ATTEMPTS).toBe(3);
    expect(ctx.sleeps).toHaveLength(2);
    // Jittered: within [base/2, base) then [base, 2·base).
    expect(ctx.sleeps[0]).toBeGreaterThan(RETRY_BASE_MS / 2);
    expect(ctx.sleeps[0]).toBeLessThanOrEqual(RETRY_BASE_MS);
    expect(ctx.sleeps[1]).toBeGreaterThan(RETRY_BASE_MS);
    expect(ctx.sleeps[1]).toBeLessThanOrEqual(2 * RETRY_BASE_MS);
  });

  it('404 → 1 call and a NotFoundError', async () => {
    const ctx = testContext();
    const error = await new HttpClient(ctx, { cacheDir: null }).get(`${fake.url}/missing`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(fake.count('/missing')).toBe(1);
    expect(ctx.sleeps).toEqual([]);
  });

  it('other 4xx fail at once', async () => {
    fake.route('/bad', { status: 400 });
    const error = await new HttpClient(testContext(), { cacheDir: null }).get(`${fake.url}/bad`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(fake.count('/bad')).toBe(1);
  });

  it('a non-numeric Retry-After is tolerated: default backoff, then success', async () => {
    fake.route('/flaky', [{ status: 429, headers: { 'retry-after': 'soon-ish' } }, { body: { ok: true } }]);
    const ctx = testContext();
    const result = await new HttpClient(ctx, { cacheDir: null }).getJson(`${fake.url}/flaky`);
    expect(result.json).toEqual({ ok: true });
    expect(ctx.sleeps).toHaveLength(1);
    expect(ctx.sleeps[0]).toBe(exponentialBackoff(1, testContext().random()));
  });

  it('honours an HTTP-date Retry-After and GitHub rate-limit reset headers', async () => {
    const ctx = testContext({ now: '2026-08-23T06:00:00Z' });
    const resetEpoch = Date.parse('2026-08-23T06:00:30Z') / 1000;
    fake.route('/date', [{ status: 503, headers: { 'retry-after': 'Sun, 23 Aug 2026 06:00:12 GMT' } }, { body: {} }]);
    fake.route('/gh', [{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetEpoch) } }, { body: [] }]);
    const client = new HttpClient(ctx, { cacheDir: null });
    await client.get(`${fake.url}/date`);
    await client.get(`${fake.url}/gh`);
    expect(ctx.sleeps[0]).toBe(12_000);
    // The clock advanced 12 s by the first sleep; reset is 30 s after the start, plus 1 s slack.
    expect(ctx.sleeps[1]).toBe(19_000);
  });

  it('retries a timeout and a truncated body, then succeeds', async () => {
    fake.route('/slow', [{ fault: 'timeout' }, { fault: 'truncate', file: npmPackument }, { file: npmPackument }]);
    const ctx = testContext();
    const result = await new HttpClient(ctx, { cacheDir: null, timeoutMs: 150 }).getJson(`${fake.url}/slow`);
    expect(fake.count('/slow')).toBe(3);
    expect(result.attempts).toBe(3);
    expect(ctx.entries.filter((e) => e.event === 'http.retry').map((e) => String(e.message).split(';')[0])).toEqual(['timeout', expect.stringMatching(/^network error/)]);
  });

  it('a malformed 200 body fails with MalformedBodyError without retrying', async () => {
    fake.route('/garbled', { fault: 'malformed' });
    const error = await new HttpClient(testContext(), { cacheDir: null }).getJson(`${fake.url}/garbled`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedBodyError);
    expect(fake.count('/garbled')).toBe(1);
  });
});

describe('HttpClient cache, identity and secrets', () => {
  it('sends If-None-Match on a re-run and serves the cached body on 304', async () => {
    fake.route('/etag', { file: npmPackument, etag: '"v1"' });
    const ctx = testContext();
    const first = await new HttpClient(ctx, { cacheDir }).get(`${fake.url}/etag`);
    const second = await new HttpClient(ctx, { cacheDir }).get(`${fake.url}/etag`);
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.body.equals(fs.readFileSync(npmPackument))).toBe(true);
    expect(fake.calls[1].headers['if-none-match']).toBe('"v1"');
    // No temp files left behind by the atomic writes.
    const files = fs.readdirSync(cacheDir, { recursive: true }).map(String);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('names the project in User-Agent and sends a token only to its host, never logging it', async () => {
    const token = 'ghp_supersecretvalue123';
    fake.route(`/private?t=${token}`, [{ status: 500 }, { body: {} }]);
    fake.route('/private?t=x', { body: {} });
    const ctx = testContext({ env: { GITHUB_TOKEN: token } });
    const host = new URL(fake.url).host;
    await new HttpClient(ctx, { cacheDir: null, tokens: [{ envVar: 'GITHUB_TOKEN', hosts: [host] }] }).get(`${fake.url}/private?t=${token}`);
    expect(fake.calls[0].headers['user-agent']).toBe(USER_AGENT);
    expect(fake.calls[0].headers.authorization).toBe(`Bearer ${token}`);
    expect(JSON.stringify(ctx.entries)).not.toContain(token);
    expect(JSON.stringify(ctx.entries)).toContain('***');
    await new HttpClient(ctx, { cacheDir: null, tokens: [{ envVar: 'GITHUB_TOKEN', hosts: ['api.github.com'] }] }).get(`${fake.url}/private?t=x`);
    expect(fake.calls.at(-1)?.headers.authorization).toBeUndefined();
  });

  it('caps concurrency per host', async () => {
    let inFlight = 0;
    let peak = 0;
    const slowFetch: typeof fetch = async (input, init) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight -= 1;
      return fetch(input, init);
    };
    fake.route('/c', { body: {} });
    const ctx = { ...testContext(), fetch: slowFetch };
    const host = new URL(fake.url).host;
    const client = new HttpClient(ctx, { cacheDir: null, hostPolicies: { [host]: { concurrency: 2 } } });
    await Promise.all(Array.from({ length: 6 }, () => client.get(`${fake.url}/c`)));
    expect(peak).toBe(2);
    expect(fake.count('/c')).toBe(6);
  });
});

describe('HttpClient pacing', () => {
  it('spaces request starts on a paced host (crates.io asks for one per second)', async () => {
    fake.route('/paced', { body: {} });
    const ctx = testContext();
    const host = new URL(fake.url).host;
    const client = new HttpClient(ctx, { cacheDir: null, hostPolicies: { [host]: { concurrency: 1, intervalMs: 1000 } } });
    for (let i = 0; i < 3; i += 1) await client.get(`${fake.url}/paced`);
    expect(ctx.sleeps).toEqual([1000, 1000]);
  });
});

describe('HttpClient rate-limit pause', () => {
  it('holds the next request to a host until x-ratelimit-reset when a success says the limit is spent', async () => {
    const ctx = testContext({ now: '2026-08-23T06:00:00Z' });
    const resetEpoch = Date.parse('2026-08-23T06:00:40Z') / 1000;
    fake.route('/last', { body: {}, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetEpoch) } });
    fake.route('/next', { body: {} });
    const client = new HttpClient(ctx, { cacheDir: null });
    await client.get(`${fake.url}/last`);
    expect(ctx.sleeps).toEqual([]);
    await client.get(`${fake.url}/next`);
    // 40 s to the reset plus the slack, and no retry was needed.
    expect(ctx.sleeps).toEqual([40_000 + RATE_LIMIT_RESET_SLACK_MS]);
    expect(fake.count('/next')).toBe(1);
  });
});

describe('backoff (pure)', () => {
  it('parses Retry-After seconds and dates, rejects garbage', () => {
    const now = Date.parse('2026-08-23T06:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Sun, 23 Aug 2026 06:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('banana', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
  it('doubles per retry and never exceeds the cap', () => {
    expect(exponentialBackoff(1, 0)).toBe(RETRY_BASE_MS);
    expect(exponentialBackoff(2, 0)).toBe(2 * RETRY_BASE_MS);
    expect(exponentialBackoff(30, 0)).toBe(30_000);
    expect(retryWait(null, 1, 0, 0).reason).toBe('backoff');
  });
});

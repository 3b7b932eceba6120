/**
 * How long to wait before the next attempt (DESIGN §4: backoff on 429/5xx/timeouts, honouring
 * `Retry-After` and rate-limit reset headers). Pure: headers, attempt number, clock and a random
 * number in, milliseconds out.
 *
 * - `Retry-After: <seconds>` or `Retry-After: <HTTP date>` (RFC 9110 §10.2.3) wins when parseable;
 *   anything else (garbage, negative) is ignored and the default backoff applies.
 * - GitHub: `x-ratelimit-remaining: 0` with `x-ratelimit-reset: <epoch seconds>` waits until the reset
 *   (docs.github.com, "Rate limits for the REST API").
 * - Otherwise exponential: RETRY_BASE_MS × 2^(retry-1), capped at RETRY_MAX_MS, times a jitter factor.
 */
import { RETRY_BASE_MS, RETRY_JITTER, RETRY_MAX_MS } from './constants.ts';

/** Slack added to a rate-limit reset so we do not arrive one tick early. */
export const RATE_LIMIT_RESET_SLACK_MS = 1_000;

/** Milliseconds requested by a Retry-After header value, or null when absent / unusable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

/** Milliseconds until a GitHub-style rate limit resets, when the response says it is exhausted. */
export function rateLimitWait(headers: Headers, nowMs: number): number | null {
  if (headers.get('x-ratelimit-remaining')?.trim() !== '0') return null;
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (!Number.isFinite(reset) || reset <= 0) return null;
  return Math.max(0, reset * 1000 - nowMs) + RATE_LIMIT_RESET_SLACK_MS;
}

/** Default exponential backoff for retry number `retry` (1 = first retry). */
export function exponentialBackoff(retry: number, random: number): number {
  const raw = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, retry - 1));
  return Math.round(raw * (1 - RETRY_JITTER * random));
}

export interface WaitDecision {
  ms: number;
  reason: 'retry-after' | 'rate-limit-reset' | 'backoff';
}

/** The wait before retry number `retry`, from the failed response's headers (null when none, e.g. a timeout). */
export function retryWait(headers: Headers | null, retry: number, nowMs: number, random: number): WaitDecision {
  if (headers) {
    const retryAfter = parseRetryAfter(headers.get('retry-after'), nowMs);
    if (retryAfter !== null) return { ms: retryAfter, reason: 'retry-after' };
    const reset = rateLimitWait(headers, nowMs);
    if (reset !== null) return { ms: reset, reason: 'rate-limit-reset' };
  }
  return { ms: exponentialBackoff(retry, random), reason: 'backoff' };
}

/**
 * HTTP calls to pinning services and gateways (DESIGN §8 IPFS). Retries 5xx, 429 and network errors
 * with exponential backoff and fails fast on other 4xx (the policy ecosyste-ms/critical uses, STYLE
 * §1): a 401 will not heal by waiting, a 502 from a busy provider often does.
 */
import type { Log } from '../log.ts';

/** Attempts per request, including the first; ~1+2+4+8 s of waiting with the default base. */
export const MAX_ATTEMPTS = 5;
/** First backoff delay; doubles on every retry. */
export const RETRY_BASE_MS = 1_000;

export interface HttpEffects {
  fetch: typeof globalThis.fetch;
  sleep: (ms: number) => Promise<void>;
  log: Log;
}

export interface RetryOptions {
  maxAttempts?: number;
  baseDelayMs?: number;
  /** Names the call in logs and errors, e.g. `pin:pinata`. Never a URL with a token in it. */
  label: string;
}

export class HttpError extends Error {
  readonly status: number;
  readonly body: string;

  constructor(label: string, status: number, body: string) {
    super(`${label}: HTTP ${status}${body ? `: ${body.slice(0, 300)}` : ''}`);
    this.name = 'HttpError';
    this.status = status;
    this.body = body;
  }
}

/** Whether a status is worth retrying. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/**
 * Runs `request` until it returns a non-retryable response. Resolves with a 2xx/3xx response;
 * throws HttpError for a final 4xx/5xx and rethrows the last network error.
 * `request` is a function so each attempt gets a fresh body (a consumed stream cannot be resent).
 */
export async function fetchWithRetry(
  effects: HttpEffects,
  request: () => Promise<Response>,
  options: RetryOptions,
): Promise<Response> {
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const baseDelayMs = options.baseDelayMs ?? RETRY_BASE_MS;
  for (let attempt = 1; ; attempt++) {
    let failure: Error;
    try {
      const response = await request();
      if (response.ok) return response;
      const body = await response.text().catch(() => '');
      failure = new HttpError(options.label, response.status, body);
      if (!isRetryableStatus(response.status)) throw failure;
    } catch (error) {
      if (error instanceof HttpError && !isRetryableStatus(error.status)) throw error;
      failure = error instanceof Error ? error : new Error(String(error));
    }
    if (attempt >= maxAttempts) throw failure;
    const delayMs = baseDelayMs * 2 ** (attempt - 1);
    effects.log('warn', 'http.retry', { label: options.label, attempt, delay_ms: delayMs, reason: failure.message.slice(0, 200) });
    await effects.sleep(delayMs);
  }
}

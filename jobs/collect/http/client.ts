/**
 * The one HTTP client every collector uses (DESIGN §4 "Every collector", §5.7 item 11). GET with:
 * retries on 429 / 5xx / timeouts / broken connections with exponential backoff and jitter, honouring
 * Retry-After and GitHub rate-limit headers; immediate NotFoundError on 404/410; other 4xx fail at
 * once; per-host concurrency and pacing; conditional requests against an on-disk cache (304 → cached
 * body); a User-Agent naming the project; tokens from the environment, sent only to their own host
 * and redacted from every log line and error.
 */
import type { CollectContext } from './context.ts';
import { redactorOf } from './context.ts';
import type { Redactor } from './redact.ts';
import { DEFAULT_HOST_CONCURRENCY, DEFAULT_HOST_INTERVAL_MS, MAX_ATTEMPTS, MAX_SERVER_WAIT_MS, REQUEST_TIMEOUT_MS, USER_AGENT } from './constants.ts';
import { rateLimitWait, retryWait } from './backoff.ts';
import { HttpCache } from './http-cache.ts';
import { HostLimiter } from './host-limiter.ts';
import type { HostPolicy } from './host-limiter.ts';
import { HttpError, MalformedBodyError, NotFoundError } from './errors.ts';

/** Which environment token authenticates a request; it is only attached when the URL's host matches. */
export interface TokenBinding {
  /** Environment variable holding the token (GITHUB_TOKEN, OPENGRANTS_API_KEY). */
  envVar: string;
  /** Hosts (URL `host`, with port) the token may be sent to. */
  hosts: string[];
  /** Header value template; `{token}` is replaced. Default `Bearer {token}`. */
  scheme?: string;
}

export interface HttpClientOptions {
  /** Folder of the conditional-request cache; null disables caching. */
  cacheDir: string | null;
  tokens?: TokenBinding[];
  /** Per-host overrides of concurrency and pacing, keyed by URL host. */
  hostPolicies?: Record<string, Partial<HostPolicy>>;
  timeoutMs?: number;
  maxAttempts?: number;
}

export interface GetOptions {
  accept?: string;
  /** Bypass the cache for this request (no validators sent, nothing stored). */
  noCache?: boolean;
}

export interface HttpResult {
  url: string;
  status: number;
  headers: Headers;
  body: Buffer;
  /** True when the server answered 304 and the cached body was used. */
  fromCache: boolean;
  attempts: number;
}

export interface HttpStats {
  requests: number;
  retries: number;
  cacheHits: number;
}

const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

function isRetryableStatus(status: number, headers: Headers): boolean {
  if (RETRYABLE_STATUSES.has(status) || status >= 500) return true;
  // GitHub answers an exhausted or secondary rate limit with 403 + these headers.
  return status === 403 && (headers.get('x-ratelimit-remaining')?.trim() === '0' || headers.has('retry-after'));
}

/** The host key used for limits and token binding. */
function hostOf(url: string): string {
  return new URL(url).host;
}

export class HttpClient {
  readonly stats: HttpStats = { requests: 0, retries: 0, cacheHits: 0 };
  readonly #ctx: CollectContext;
  readonly #cache: HttpCache | null;
  readonly #tokens: TokenBinding[];
  readonly #limiter: HostLimiter;
  readonly #timeoutMs: number;
  readonly #maxAttempts: number;
  readonly #redact: Redactor;

  constructor(ctx: CollectContext, options: HttpClientOptions) {
    this.#ctx = ctx;
    this.#cache = options.cacheDir ? new HttpCache(options.cacheDir) : null;
    this.#tokens = options.tokens ?? [];
    this.#timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    this.#maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
    this.#redact = redactorOf(ctx.env);
    const policies = options.hostPolicies ?? {};
    this.#limiter = new HostLimiter(
      (host) => ({ concurrency: policies[host]?.concurrency ?? DEFAULT_HOST_CONCURRENCY, intervalMs: policies[host]?.intervalMs ?? DEFAULT_HOST_INTERVAL_MS }),
      () => ctx.now().getTime(),
      ctx.sleep,
    );
  }

  #headersFor(url: string, accept: string): Record<string, string> {
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept };
    const host = hostOf(url);
    for (const binding of this.#tokens) {
      const token = this.#ctx.env[binding.envVar];
      if (token && binding.hosts.includes(host)) headers.authorization = (binding.scheme ?? 'Bearer {token}').replace('{token}', token);
    }
    return headers;
  }

  /** GET `url`; resolves with a 2xx (or cached 304) response, throws HttpError / NotFoundError otherwise. */
  async get(url: string, options: GetOptions = {}): Promise<HttpResult> {
    const accept = options.accept ?? 'application/json';
    const safeUrl = this.#redact(url);
    const host = hostOf(url);
    const cacheKey = HttpCache.keyOf(url, accept);
    const cached = this.#cache && !options.noCache ? await this.#cache.get(cacheKey) : null;
    let lastStatus: number | null = null;
    let lastProblem = '';
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt += 1) {
      const headers = this.#headersFor(url, accept);
      if (cached?.etag) headers['if-none-match'] = cached.etag;
      if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
      let response: Response | null = null;
      let body: Buffer | null = null;
      try {
        this.stats.requests += 1;
        [response, body] = await this.#limiter.run(host, async () => {
          const res = await this.#ctx.fetch(url, { headers, signal: AbortSignal.timeout(this.#timeoutMs), redirect: 'follow' });
          // Read the body inside the slot: a truncated body is a failed attempt, not a success.
          const bytes = res.status === 304 ? Buffer.alloc(0) : Buffer.from(await res.arrayBuffer());
          return [res, bytes] as const;
        });
      } catch (error) {
        const name = (error as Error).name;
        lastProblem = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : `network error: ${this.#redact((error as Error).message)}`;
        lastStatus = null;
      }
      if (response && body) {
        const remainingZero = rateLimitWait(response.headers, this.#ctx.now().getTime());
        if (remainingZero !== null && response.status < 400) this.#limiter.pauseUntil(host, this.#ctx.now().getTime() + remainingZero);
        if (response.status === 304 && cached) {
          this.stats.cacheHits += 1;
          this.#ctx.log({ level: 'debug', event: 'http.cache', message: `fresh (304) ${safeUrl}`, url: safeUrl });
          return { url, status: 200, headers: response.headers, body: cached.body, fromCache: true, attempts: attempt };
        }
        if (response.status >= 200 && response.status < 300) {
          if (this.#cache && !options.noCache && (response.headers.get('etag') || response.headers.get('last-modified'))) {
            await this.#cache.put(cacheKey, {
              url,
              etag: response.headers.get('etag'),
              lastModified: response.headers.get('last-modified'),
              contentType: response.headers.get('content-type'),
              body,
            });
          }
          return { url, status: response.status, headers: response.headers, body, fromCache: false, attempts: attempt };
        }
        if (response.status === 404 || response.status === 410) throw new NotFoundError(safeUrl, response.status, attempt);
        if (!isRetryableStatus(response.status, response.headers)) throw new HttpError('request failed', safeUrl, response.status, attempt);
        lastStatus = response.status;
        lastProblem = `HTTP ${response.status}`;
      }
      if (attempt === this.#maxAttempts) break;
      const wait = retryWait(response?.headers ?? null, attempt, this.#ctx.now().getTime(), this.#ctx.random());
      if (wait.ms > MAX_SERVER_WAIT_MS) throw new HttpError(`server asked to wait ${Math.round(wait.ms / 1000)} s (${wait.reason}), more than allowed`, safeUrl, lastStatus, attempt);
      this.stats.retries += 1;
      this.#ctx.log({ level: 'warn', event: 'http.retry', message: `${lastProblem}; retry ${attempt}/${this.#maxAttempts - 1} in ${wait.ms} ms (${wait.reason}) ${safeUrl}`, url: safeUrl, attempt, wait_ms: wait.ms, reason: wait.reason });
      await this.#ctx.sleep(wait.ms);
    }
    throw new HttpError(lastProblem || 'request failed', safeUrl, lastStatus, this.#maxAttempts);
  }

  /** GET and parse JSON. Returns the parsed value and the raw bytes (which collectors store as-is). */
  async getJson(url: string, options: GetOptions = {}): Promise<HttpResult & { json: unknown }> {
    const result = await this.get(url, options);
    try {
      return { ...result, json: JSON.parse(result.body.toString('utf8').replace(/^\uFEFF/, '')) };
    } catch (error) {
      throw new MalformedBodyError(this.#redact(url), result.status, result.attempts, (error as Error).message);
    }
  }
}

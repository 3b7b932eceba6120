/**
 * Named limits of the HTTP edge (DESIGN §4 "Every collector": retries with backoff on 429/5xx/timeouts,
 * honour Retry-After and rate-limit reset headers, give up on 404 at once, cap concurrency per host).
 * Values follow the upstreams' published guidance where there is one (cited per constant).
 */

/** Total attempts per request, the first included. DESIGN §5.7 item 11: "5xx three times → 3 calls then an error". */
export const MAX_ATTEMPTS = 3;
/** Retries after the first attempt. */
export const MAX_RETRIES = MAX_ATTEMPTS - 1;
/** First backoff delay; doubled per retry (exponential backoff). */
export const RETRY_BASE_MS = 1_000;
/** Ceiling of one computed backoff delay (before jitter). */
export const RETRY_MAX_MS = 30_000;
/** Jitter: the backoff is multiplied by a factor in [1 - RETRY_JITTER, 1). */
export const RETRY_JITTER = 0.5;
/**
 * Longest wait we accept from a server (Retry-After or x-ratelimit-reset). GitHub's primary rate limit
 * resets hourly (docs.github.com "Rate limits for the REST API"); waiting more than this fails the
 * request instead, so one source cannot stall the whole run.
 */
export const MAX_SERVER_WAIT_MS = 15 * 60_000;
/** Per-attempt timeout (AbortSignal.timeout). */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Requests in flight per host. GitHub asks integrators to avoid concurrent requests ("best practices"); 4 is a polite default for the others. */
export const DEFAULT_HOST_CONCURRENCY = 4;
/** Minimum gap between request starts on one host, unless configured per host. */
export const DEFAULT_HOST_INTERVAL_MS = 0;
/** crates.io crawler policy: at most one request per second (crates.io/data-access). */
export const CRATES_IO_INTERVAL_MS = 1_000;
/** Project identification sent on every request (crates.io and GitHub require a User-Agent). */
export const USER_AGENT = 'pg-atlas-collector/0.1 (+https://github.com/SCF-Public-Goods-Maintenance/pg-atlas)';

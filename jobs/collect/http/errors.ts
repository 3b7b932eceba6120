/**
 * Typed HTTP failures, so callers can tell "this resource does not exist" (a fact to record) from
 * "the upstream is failing" (a source status) by class (STYLE §1 graphology: typed errors).
 * Messages carry the URL (already redacted) and never request headers.
 */

export class HttpError extends Error {
  readonly url: string;
  readonly status: number | null;
  readonly attempts: number;
  constructor(message: string, url: string, status: number | null, attempts: number) {
    super(`jobs/collect/http: ${message} (${status ?? 'no response'} after ${attempts} attempt${attempts === 1 ? '' : 's'}) ${url}`);
    this.name = 'HttpError';
    this.url = url;
    this.status = status;
    this.attempts = attempts;
  }
}

/** 404 / 410: the resource does not exist (or was removed). Never retried. */
export class NotFoundError extends HttpError {
  constructor(url: string, status: number, attempts: number) {
    super(status === 410 ? 'gone' : 'not found', url, status, attempts);
    this.name = 'NotFoundError';
  }
}

/** A 2xx body that is not what was asked for (invalid JSON). Not retried: upstream sent it whole. */
export class MalformedBodyError extends HttpError {
  constructor(url: string, status: number, attempts: number, detail: string) {
    super(`malformed body: ${detail}`, url, status, attempts);
    this.name = 'MalformedBodyError';
  }
}

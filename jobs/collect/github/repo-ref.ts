/** A repo to collect, with what the cadence needs. Owner and repo keep GitHub's casing (folder names). */
export interface RepoRef {
  owner: string;
  repo: string;
  /** `pkg:github/owner/repo`, lower-cased. */
  id: string;
  /** GitHub `pushed_at` when known (ISO 8601). */
  pushedAt: string | null;
  /** GitHub said 404 for this repo (deleted, renamed away, private). */
  unreachable?: boolean;
}

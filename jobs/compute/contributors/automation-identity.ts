/**
 * Recognises commits that no person wrote (DESIGN §5.3): bots and AI coding tools. Their commits
 * are counted and reported, never attributed to a contributor, and never enter the pony factor.
 *
 * Bots (DESIGN §5.3): a name ending in `[bot]`; a name in BOT_NAMES; an e-mail
 * `<digits>+<name>[bot]@users.noreply.github.com` (or without the digits); GitHub's web-flow and
 * Actions addresses. A name merely containing "bot" (`Abbott`, `robot-arm-dev`) is a person.
 *
 * AI tools (our decision, documented on the methodology page): Claude, Codex and Copilot sign
 * commits with fixed product addresses. They are not people, so crediting them would lower a pony
 * factor with a contributor nobody can fund. They are recognised by address, never by name alone
 * (a person may be called Claude).
 */

export type AutomationKind = 'bot' | 'tool';

/** Bot account names (lower-case), DESIGN §5.3 plus the common ones seen in real logs. */
export const BOT_NAMES: ReadonlySet<string> = new Set([
  'dependabot',
  'dependabot-preview',
  'greenkeeper',
  'greenkeeperio-bot',
  'renovate',
  'renovate-bot',
  'github-actions',
  'github-merge-queue',
  'semantic-release-bot',
  'snyk-bot',
  'imgbot',
  'allcontributors',
  'mergify',
  'web-flow',
]);

/** Addresses of bot identities (lower-case): GitHub web-flow, GitHub Actions. */
export const BOT_EMAILS: ReadonlySet<string> = new Set([
  'noreply@github.com',
  'github-actions@github.com',
  'action@github.com',
  'actions@github.com',
]);

/** Product addresses of AI coding tools (lower-case), as found in the real ecosystem logs. */
export const AI_TOOL_EMAILS: ReadonlySet<string> = new Set(['noreply@anthropic.com', 'noreply@openai.com']);

/** GitHub app logins of AI coding tools behind `…@users.noreply.github.com` (lower-case). */
export const AI_TOOL_GITHUB_LOGINS: ReadonlySet<string> = new Set(['copilot', 'claude']);

const GITHUB_NOREPLY = /^(?:\d+\+)?([^@\s]+)@users\.noreply\.github\.com$/;

/** The login of a GitHub noreply address (`123+login@…` and `login@…` alike), lower-case; else null. */
export function githubNoreplyLogin(email: string): string | null {
  const m = GITHUB_NOREPLY.exec(email.trim().toLowerCase());
  return m ? m[1] : null;
}

/** 'bot' or 'tool' for a non-human identity, null for a person. */
export function automationKind(name: string, email: string): AutomationKind | null {
  const n = name.trim().toLowerCase();
  const e = email.trim().toLowerCase();
  const login = githubNoreplyLogin(e);
  if (n.endsWith('[bot]') || BOT_NAMES.has(n) || BOT_EMAILS.has(e)) return 'bot';
  if (login !== null && login.endsWith('[bot]')) return 'bot';
  if (AI_TOOL_EMAILS.has(e) || (login !== null && AI_TOOL_GITHUB_LOGINS.has(login))) return 'tool';
  return null;
}

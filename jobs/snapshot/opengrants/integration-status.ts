/**
 * Activity status from OpenGrants (DESIGN §4.1 status mapping, §5.5 baseline): the SCF
 * `integrationStatus` extension, and the tranche-completion rule for projects known only from
 * their applications. Pure; the model records the returned reason as the status source.
 */

export type ActivityStatus = 'live' | 'in-dev' | 'discontinued' | 'non-responsive';

export interface StatusDecision {
  status: ActivityStatus;
  reason: string;
}

/** DESIGN §4.1: the integrationStatus values SCF uses, lower-cased, and the status each means. */
export const INTEGRATION_STATUS_MAP: Readonly<Record<string, ActivityStatus>> = {
  mainnet: 'live',
  'live (on mainnet)': 'live',
  expansion: 'live',
  development: 'in-dev',
  testnet: 'in-dev',
  idea: 'in-dev',
  abandoned: 'discontinued',
  completed: 'discontinued',
  unknown: 'non-responsive',
};

/** DESIGN §4.1: a missing or unexpected integrationStatus counts as in development. */
export const DEFAULT_ACTIVITY_STATUS: ActivityStatus = 'in-dev';

/** DESIGN §4.1: an application-only project is live when its tranches are 100% complete. */
export const TRANCHE_COMPLETE_PERCENT = 100;

export function mapIntegrationStatus(raw: string | null | undefined): StatusDecision {
  const key = raw?.trim().toLowerCase() ?? '';
  if (key === '') return { status: DEFAULT_ACTIVITY_STATUS, reason: 'OpenGrants integrationStatus missing: defaults to in-dev' };
  const status = INTEGRATION_STATUS_MAP[key];
  if (status) return { status, reason: `OpenGrants integrationStatus "${raw!.trim()}"` };
  return { status: DEFAULT_ACTIVITY_STATUS, reason: `OpenGrants integrationStatus "${raw!.trim()}" not recognised: defaults to in-dev` };
}

export function statusFromTrancheCompletion(percent: number | null | undefined): StatusDecision {
  if (percent !== null && percent !== undefined && percent >= TRANCHE_COMPLETE_PERCENT) {
    return { status: 'live', reason: `application tranche completion ${percent}%` };
  }
  const shown = percent === null || percent === undefined ? 'unknown' : `${percent}%`;
  return { status: 'in-dev', reason: `application tranche completion ${shown} (below ${TRANCHE_COMPLETE_PERCENT}%)` };
}

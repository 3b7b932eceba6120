/**
 * Rollback (DESIGN §9): re-deploy a build from the ledger. The build's CID is pinned again on every
 * provider and checked through a gateway, xlm.sh is pointed back at it, and GitHub Pages is
 * re-deployed by dispatching rebuild.yml with `rollback-to`, whose rollback job re-uploads the site
 * artefact of the recorded run. Each step is optional so the workflow and a human can use the parts
 * they need; the record appended afterwards notes what it rolled back from.
 */
import type { HttpEffects } from '../http/fetch-with-retry.ts';
import { fetchWithRetry } from '../http/fetch-with-retry.ts';
import { pinEverywhere, type PinReport } from '../ipfs/pin-all.ts';
import type { ProviderConfig } from '../ipfs/providers.ts';
import { verifyThroughGateway } from '../ipfs/verify-gateway.ts';
import type { Log } from '../log.ts';
import type { DataEntryTarget, PublishResult } from '../xlm-sh/publish.ts';
import { publishDataEntry } from '../xlm-sh/publish.ts';
import { XLM_SH_IPFS_KEY } from '../xlm-sh/data-entry.ts';
import type { StellarNetwork } from '../xlm-sh/networks.ts';
import type { DeployRecord } from './ledger.ts';

/** The workflow file dispatched for a Pages rollback and the input it reads. */
export const REBUILD_WORKFLOW = 'rebuild.yml';
export const ROLLBACK_INPUT = 'rollback-to';
export const GITHUB_API_URL = 'https://api.github.com';

export interface GitHubDispatch {
  apiUrl: string;
  /** owner/name */
  repository: string;
  ref: string;
  token: string;
}

export interface RollbackPlan {
  record: DeployRecord;
  pin?: { providers: ProviderConfig[]; gatewayUrl?: string };
  xlmSh?: { network: StellarNetwork; horizonUrl?: string; secret: string | undefined };
  pages?: GitHubDispatch;
}

export interface RollbackResult {
  cid: string;
  pins: PinReport | null;
  xlmSh: PublishResult | null;
  pagesDispatched: boolean;
}

/** Asks GitHub to run rebuild.yml with `rollback-to=<cid>` (POST …/actions/workflows/{file}/dispatches, 204). */
export async function dispatchPagesRollback(dispatch: GitHubDispatch, cid: string, effects: HttpEffects): Promise<void> {
  await fetchWithRetry(
    effects,
    () =>
      effects.fetch(`${dispatch.apiUrl}/repos/${dispatch.repository}/actions/workflows/${REBUILD_WORKFLOW}/dispatches`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${dispatch.token}`,
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ ref: dispatch.ref, inputs: { [ROLLBACK_INPUT]: cid } }),
      }),
    { label: 'rollback:dispatch' },
  );
  effects.log('info', 'rollback.pages_dispatched', { repository: dispatch.repository, ref: dispatch.ref, cid });
}

export async function rollback(plan: RollbackPlan, effects: HttpEffects & { log: Log }): Promise<RollbackResult> {
  const { cid } = plan.record;
  effects.log('info', 'rollback.start', { cid, git_revision: plan.record.git_revision, snapshot_as_of: plan.record.snapshot_as_of });
  let pins: PinReport | null = null;
  if (plan.pin) {
    pins = await pinEverywhere(plan.pin.providers, { kind: 'cid', cid }, `pg-atlas-rollback-${plan.record.snapshot_as_of}`, effects);
    if (pins.failures.length > 0) throw new Error(`rollback: re-pinning ${cid} failed on ${pins.failures.map((f) => f.provider).join(', ')}`);
    if (plan.pin.gatewayUrl) await verifyThroughGateway(plan.pin.gatewayUrl, cid, effects);
  }
  let xlmSh: PublishResult | null = null;
  if (plan.xlmSh) {
    const target: DataEntryTarget = { network: plan.xlmSh.network, horizonUrl: plan.xlmSh.horizonUrl, key: XLM_SH_IPFS_KEY, value: cid };
    xlmSh = await publishDataEntry(target, plan.xlmSh.secret, effects.log);
  }
  if (plan.pages) await dispatchPagesRollback(plan.pages, cid, effects);
  return { cid, pins, xlmSh, pagesDispatched: Boolean(plan.pages) };
}

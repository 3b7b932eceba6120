/**
 * Pins one build on every configured provider (DESIGN §8: at least two). The CAR goes first to the
 * providers that take uploads, then the CID to Pinning Service API providers, which fetch it from
 * the network. One provider failing does not stop the others; the deploy fails when fewer than
 * `minProviders` pinned or accepted the CID.
 */
import type { HttpEffects } from '../http/fetch-with-retry.ts';
import { pinataPinByCid, pinataUploadCar, type PinOutcome } from './pin-pinata.ts';
import { psaPin, type PsaPinOptions } from './pin-psa.ts';
import type { ProviderConfig } from './providers.ts';

/** DESIGN §8: "pin to at least two providers". */
export const MIN_PINNED_PROVIDERS = 2;

export interface PinReport {
  outcomes: PinOutcome[];
  failures: Array<{ provider: string; error: string }>;
}

/** What to send: a fresh build (its CAR) or a CID that is already on the network (rollback). */
export type PinContent = { kind: 'car'; car: Uint8Array; root: string } | { kind: 'cid'; cid: string };

export async function pinEverywhere(
  providers: readonly ProviderConfig[],
  content: PinContent,
  name: string,
  effects: HttpEffects,
  psaOptions: PsaPinOptions = {},
): Promise<PinReport> {
  const cid = content.kind === 'car' ? content.root : content.cid;
  const report: PinReport = { outcomes: [], failures: [] };
  // uploads first: they put the blocks where the CID-only providers can find them
  const ordered = [...providers].sort((a, b) => (a.kind === 'pinata' ? 0 : 1) - (b.kind === 'pinata' ? 0 : 1));
  for (const provider of ordered) {
    try {
      if (provider.kind === 'pinata') {
        report.outcomes.push(
          content.kind === 'car' ? await pinataUploadCar(provider, content.car, content.root, name, effects) : await pinataPinByCid(provider, cid, name, effects),
        );
      } else {
        report.outcomes.push(await psaPin(provider, cid, name, effects, psaOptions));
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report.failures.push({ provider: provider.kind, error: message });
      effects.log('error', 'ipfs.pin_failed', { provider: provider.kind, cid, error: message.slice(0, 300) });
    }
  }
  return report;
}

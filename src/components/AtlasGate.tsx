/**
 * Loads the atlas once per page and shows progress, or a clear failure with a Retry button
 * (DESIGN §7 robustness); children render only once the query seam is ready.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { sharedAtlas, type AtlasClient, type AtlasLoadState } from '../client/atlas-client.ts';
import type { AtlasQuery } from '../lib/query-seam.ts';

const AtlasContext = createContext<AtlasQuery | null>(null);

/** The ready query seam; only valid inside <AtlasGate>. */
export function useAtlas(): AtlasQuery {
  const atlas = useContext(AtlasContext);
  if (!atlas) throw new Error('useAtlas: used outside <AtlasGate>');
  return atlas;
}

const FAILURE_TITLES: Record<string, string> = {
  network: 'The data file could not be downloaded.',
  corrupt: 'The data file is damaged or is not an atlas.',
  schema: 'The data file does not match this version of the site.',
  engine: 'The in-browser database could not start.',
};

function formatBytes(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

export function AtlasGate({ children }: { children: ReactNode }) {
  const [client, setClient] = useState<AtlasClient | null>(null);
  const [state, setState] = useState<AtlasLoadState>({ phase: 'loading', loadedBytes: 0, totalBytes: null });

  useEffect(() => {
    const atlas = sharedAtlas();
    setClient(atlas);
    return atlas.subscribe(setState);
  }, []);

  if (state.phase === 'ready' && client) return <AtlasContext.Provider value={client}>{children}</AtlasContext.Provider>;
  if (state.phase === 'failed') {
    return (
      <div className="notice notice-error" role="alert">
        <p><strong>{FAILURE_TITLES[state.kind] ?? 'Loading failed.'}</strong></p>
        <p className="muted">{state.message}</p>
        <button type="button" onClick={() => client?.retry()}>Retry</button>
      </div>
    );
  }
  const { loadedBytes, totalBytes } = state.phase === 'loading' ? state : { loadedBytes: 0, totalBytes: null };
  return (
    <div className="notice" role="status" aria-live="polite">
      <label>
        Loading data{totalBytes ? ` (${formatBytes(loadedBytes)} of ${formatBytes(totalBytes)})` : loadedBytes ? ` (${formatBytes(loadedBytes)})` : '…'}
        <progress max={totalBytes ?? undefined} value={totalBytes ? loadedBytes : undefined} />
      </label>
    </div>
  );
}

/**
 * Runs an async read against the query seam and tracks loading / error / data, re-running when
 * `deps` change and ignoring answers that arrive after a newer request (e.g. fast typing). With
 * `keepPrevious`, the last answer stays on screen while a new one loads (tables that re-sort);
 * without it, a change of deps shows the loading state (a different entity).
 */
import { useEffect, useState } from 'react';
import type { AtlasQuery } from '../lib/query-seam.ts';
import { useAtlas } from './AtlasGate.tsx';

export type AtlasData<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

export function useAtlasData<T>(read: (atlas: AtlasQuery) => Promise<T>, deps: readonly unknown[], options: { keepPrevious?: boolean } = {}): AtlasData<T> {
  const atlas = useAtlas();
  const key = JSON.stringify(deps);
  const [result, setResult] = useState<{ key: string; value: AtlasData<T> }>({ key: '', value: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    read(atlas).then(
      (data) => current && setResult({ key, value: { status: 'ready', data } }),
      (error: unknown) => current && setResult({ key, value: { status: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
    // `read` is a new closure each render; `key` captures what it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [atlas, key]);
  if (result.key !== key && !(options.keepPrevious && result.value.status === 'ready')) return { status: 'loading' };
  return result.value;
}

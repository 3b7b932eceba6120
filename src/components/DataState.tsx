/** Shared rendering of the loading / error states of a useAtlasData result. */
import type { ReactNode } from 'react';
import type { AtlasData } from './use-atlas-data.ts';

export function DataState<T>({ data, children }: { data: AtlasData<T>; children: (value: T) => ReactNode }) {
  if (data.status === 'loading') return <p role="status">Loading…</p>;
  if (data.status === 'error') return <p className="notice notice-error" role="alert">Query failed: {data.message}</p>;
  return <>{children(data.data)}</>;
}

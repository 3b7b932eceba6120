/** The `?id=` of an entity page (project/, repo/), read after hydration; '' when absent. */
import { useEffect, useState } from 'react';

export function useQueryId(): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    setId(new URLSearchParams(window.location.search).get('id') ?? '');
  }, []);
  return id;
}

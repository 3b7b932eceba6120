/**
 * Table state kept in the URL query (DESIGN §7: "table state in the URL", shareable views). The
 * state is read after hydration (the static HTML has no query), written back with replaceState on
 * every change, and re-read on back/forward.
 */
import { useEffect, useState } from 'react';

export function useUrlState<S>(parse: (search: string) => S, format: (state: S) => string, initial: S): [S, (update: (s: S) => S) => void, boolean] {
  const [state, setState] = useState<S>(initial);
  const [urlRead, setUrlRead] = useState(false);

  useEffect(() => {
    setState(parse(window.location.search));
    setUrlRead(true);
    const onPop = () => setState(parse(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // parse is a module-level function; read once on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!urlRead) return;
    const query = format(state);
    if (query !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, urlRead]);

  return [state, setState, urlRead];
}

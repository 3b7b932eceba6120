/**
 * Loads one explorer level through the query seam (queries run in the worker) and builds its
 * graphology graph once: both levels are cached for the page's lifetime, so toggling back and
 * forth never re-queries or rebuilds (DESIGN §10: the browser stays fluid at real scale).
 */
import { useEffect, useRef, useState } from 'react';
import { readProjectGraph, readRepoGraph } from '../../queries/graph.ts';
import { useAtlas } from '../AtlasGate.tsx';
import type { AtlasData } from '../use-atlas-data.ts';
import { buildProjectLevelGraph, buildRepoLevelGraph, type AtlasGraph, type GraphLevel } from './atlas-graph.ts';
import { markGraphPhase } from './first-frame.ts';

export function useLevelGraph(level: GraphLevel): AtlasData<AtlasGraph> {
  const atlas = useAtlas();
  const cache = useRef(new Map<GraphLevel, AtlasGraph>());
  const [result, setResult] = useState<{ level: GraphLevel; value: AtlasData<AtlasGraph> } | null>(null);
  useEffect(() => {
    const cached = cache.current.get(level);
    if (cached) {
      setResult({ level, value: { status: 'ready', data: cached } });
      return;
    }
    let current = true;
    const load = level === 'project' ? readProjectGraph(atlas).then((d) => (markGraphPhase('data'), buildProjectLevelGraph(d))) : readRepoGraph(atlas).then((d) => (markGraphPhase('data'), buildRepoLevelGraph(d)));
    load.then(
      (graph) => {
        markGraphPhase('built');
        cache.current.set(level, graph);
        if (current) setResult({ level, value: { status: 'ready', data: graph } });
      },
      (error: unknown) => current && setResult({ level, value: { status: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [atlas, level]);
  if (!result || result.level !== level) return { status: 'loading' };
  return result.value;
}

import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBGRAPH_VIEW, readSubgraphView, writeSubgraphView } from './subgraph-url-state.ts';

describe('subgraph URL state', () => {
  it('reads valid values and falls back on bad ones', () => {
    expect(readSubgraphView('?id=x&depth=3&dir=dependents&level=repo')).toEqual({ depth: 3, direction: 'dependents', level: 'repo' });
    expect(readSubgraphView('?depth=9&dir=sideways&level=x')).toEqual(DEFAULT_SUBGRAPH_VIEW);
  });

  it('round-trips and keeps the id, leaving defaults out', () => {
    const search = writeSubgraphView('?id=daoip-5%3Ascf%3Aproject%3Aa', { depth: 2, direction: 'dependencies', level: 'project' });
    expect(search).toBe('?id=daoip-5%3Ascf%3Aproject%3Aa&depth=2&dir=dependencies');
    expect(readSubgraphView(search)).toEqual({ depth: 2, direction: 'dependencies', level: 'project' });
    expect(writeSubgraphView(search, DEFAULT_SUBGRAPH_VIEW)).toBe('?id=daoip-5%3Ascf%3Aproject%3Aa');
  });
});

/**
 * The project subgraph's controls in the page URL (issue #3: table and view state in the URL, so a
 * view is shareable): `depth`, `dir` and `level` query parameters beside `id`. Unknown or missing
 * values fall back to the defaults; defaults are left out of the URL to keep links short.
 */
import { SUBGRAPH_DEPTHS, SUBGRAPH_DIRECTIONS, SUBGRAPH_LEVELS, type SubgraphDirection, type SubgraphLevel } from '../../queries/project-subgraph.ts';

export interface SubgraphView {
  depth: number;
  direction: SubgraphDirection;
  level: SubgraphLevel;
}

export const DEFAULT_SUBGRAPH_VIEW: SubgraphView = { depth: 1, direction: 'both', level: 'project' };

export function readSubgraphView(search: string): SubgraphView {
  const params = new URLSearchParams(search);
  const depth = Number(params.get('depth'));
  const direction = params.get('dir');
  const level = params.get('level');
  return {
    depth: (SUBGRAPH_DEPTHS as readonly number[]).includes(depth) ? depth : DEFAULT_SUBGRAPH_VIEW.depth,
    direction: (SUBGRAPH_DIRECTIONS as readonly string[]).includes(direction ?? '') ? (direction as SubgraphDirection) : DEFAULT_SUBGRAPH_VIEW.direction,
    level: (SUBGRAPH_LEVELS as readonly string[]).includes(level ?? '') ? (level as SubgraphLevel) : DEFAULT_SUBGRAPH_VIEW.level,
  };
}

/** `search` with the view written in (other parameters, such as `id`, kept as they are). */
export function writeSubgraphView(search: string, view: SubgraphView): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string, fallback: string) => (value === fallback ? params.delete(key) : params.set(key, value));
  set('depth', String(view.depth), String(DEFAULT_SUBGRAPH_VIEW.depth));
  set('dir', view.direction, DEFAULT_SUBGRAPH_VIEW.direction);
  set('level', view.level, DEFAULT_SUBGRAPH_VIEW.level);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The explorer's UI state and its URL form (DESIGN §7: every page has a stable, shareable URL).
 * Only non-default values are written, so the plain `graph/` URL is the default view: project
 * level, coloured by status, every status, metric-scope edges, nodes without dependencies hidden.
 * Unknown or malformed parameters fall back to the default.
 */
import type { GraphLevel } from './atlas-graph.ts';
import type { ColourBy } from './appearance.ts';

export const ALL_STATUSES = ['live', 'in-dev', 'discontinued', 'non-responsive'] as const;
export type LabelDensity = 'few' | 'normal' | 'many';

export interface GraphViewState {
  level: GraphLevel;
  colourBy: ColourBy;
  /** Statuses shown; nodes without a status (external packages, repos without project) always pass. */
  statuses: string[];
  /** '' = every category. */
  category: string;
  activeOnly: boolean;
  /** Also draw dev/ci edges (outside the metric scopes, DESIGN §5.1). */
  includeDevCi: boolean;
  /** Hide nodes with no drawn edge (the ring of unconnected projects). */
  hideIsolated: boolean;
  labels: LabelDensity;
  /** Focused node id, or null. */
  focus: string | null;
}

export const DEFAULT_VIEW: GraphViewState = {
  level: 'project',
  colourBy: 'status',
  statuses: [...ALL_STATUSES],
  category: '',
  activeOnly: false,
  includeDevCi: false,
  hideIsolated: true,
  labels: 'normal',
  focus: null,
};

function flag(value: string | null, fallback: boolean): boolean {
  if (value === '1') return true;
  if (value === '0') return false;
  return fallback;
}

export function parseViewState(search: string): GraphViewState {
  const p = new URLSearchParams(search);
  const statusParam = p.get('status');
  const statuses = statusParam === null ? DEFAULT_VIEW.statuses : statusParam.split(',').filter((s) => (ALL_STATUSES as readonly string[]).includes(s));
  const labels = p.get('labels');
  return {
    level: p.get('level') === 'repo' ? 'repo' : 'project',
    colourBy: p.get('colour') === 'risk' ? 'risk' : 'status',
    statuses,
    category: p.get('category') ?? '',
    activeOnly: flag(p.get('active'), DEFAULT_VIEW.activeOnly),
    includeDevCi: flag(p.get('devci'), DEFAULT_VIEW.includeDevCi),
    // `isolated=1` asks to show the nodes without dependencies, which the default view hides.
    hideIsolated: p.get('isolated') !== '1',
    labels: labels === 'few' || labels === 'many' ? labels : 'normal',
    focus: p.get('focus') || null,
  };
}

/** Query string (with `?`, or '' for the default view). */
export function serializeViewState(state: GraphViewState): string {
  const p = new URLSearchParams();
  if (state.level !== DEFAULT_VIEW.level) p.set('level', state.level);
  if (state.colourBy !== DEFAULT_VIEW.colourBy) p.set('colour', state.colourBy);
  const sameStatuses = state.statuses.length === ALL_STATUSES.length && ALL_STATUSES.every((s) => state.statuses.includes(s));
  if (!sameStatuses) p.set('status', ALL_STATUSES.filter((s) => state.statuses.includes(s)).join(','));
  if (state.category) p.set('category', state.category);
  if (state.activeOnly) p.set('active', '1');
  if (state.includeDevCi) p.set('devci', '1');
  if (!state.hideIsolated) p.set('isolated', '1');
  if (state.labels !== DEFAULT_VIEW.labels) p.set('labels', state.labels);
  if (state.focus) p.set('focus', state.focus);
  const text = p.toString();
  return text ? `?${text}` : '';
}

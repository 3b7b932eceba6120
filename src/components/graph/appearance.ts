/**
 * How graph data maps to what is drawn (DESIGN §7 Graph explorer: size by criticality, colour by
 * status or by risk, legend). Pure functions of data attributes and the chosen colour mode, read by
 * the sigma styles and by the legend, so the two can never disagree. Every encoding also has a text
 * label (DESIGN §7 accessibility: no colour-only encodings); external packages are squares.
 */
import { STATUS_COLORS, STATUS_LABELS } from '../format.ts';
import type { AtlasNodeAttributes, GraphLevel } from './atlas-graph.ts';

export type ColourBy = 'status' | 'risk';
export type RiskBucket = 'one' | 'few' | 'many' | 'unknown';

/** Node radius: a floor so zero-criticality nodes stay visible, log₂ so hubs don't swamp the view. */
export const MIN_NODE_SIZE = 4;
export const NODE_SIZE_PER_LOG2_CRITICALITY = 2.5;
export const MAX_NODE_SIZE = 28;
/**
 * External packages (squares) are context at the repo level, not the subject: they are drawn at
 * half the size a repo of the same criticality gets (a square already covers 4/π a circle's area),
 * so the hundreds of them do not bury the ecosystem's repos. Their criticality is in the table.
 */
export const SQUARE_SIZE_RATIO = 0.45;

export function nodeSize(criticality: number | null): number {
  const c = Math.max(0, criticality ?? 0);
  return Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + NODE_SIZE_PER_LOG2_CRITICALITY * Math.log2(1 + c));
}

export function drawnNodeSize(node: Pick<AtlasNodeAttributes, 'kind' | 'criticality'>): number {
  return nodeSize(node.criticality) * (node.kind === 'external' ? SQUARE_SIZE_RATIO : 1);
}

/**
 * Pony-factor risk buckets (DESIGN §5.3; the leaderboard flags pony factor 1 in red). 0 means no
 * commits in the window, which says nothing about concentration, so it is "unknown" like null.
 */
export const PONY_FEW_MAX = 3;

export function riskBucket(ponyFactor: number | null): RiskBucket {
  if (ponyFactor === null || ponyFactor <= 0) return 'unknown';
  if (ponyFactor === 1) return 'one';
  return ponyFactor <= PONY_FEW_MAX ? 'few' : 'many';
}

export const RISK_LABELS: Record<RiskBucket, string> = {
  one: 'Pony factor 1 (one person)',
  few: 'Pony factor 2–3',
  many: 'Pony factor 4+',
  unknown: 'Pony factor unknown',
};

export const RISK_COLORS: Record<RiskBucket, string> = {
  one: '#c62828',
  few: '#d98a00',
  many: '#2e7d32',
  unknown: '#9e9e9e',
};

/** External packages have no status or pony factor of ours: one neutral colour, square shape. */
export const EXTERNAL_COLOR = '#8a6fb5';
export const UNKNOWN_STATUS_COLOR = '#b0b0b0';

export function nodeColour(node: Pick<AtlasNodeAttributes, 'kind' | 'status' | 'ponyFactor'>, colourBy: ColourBy): string {
  if (node.kind === 'external') return EXTERNAL_COLOR;
  if (colourBy === 'risk') return RISK_COLORS[riskBucket(node.ponyFactor)];
  return (node.status && STATUS_COLORS[node.status]) || UNKNOWN_STATUS_COLOR;
}

export function nodeShape(node: Pick<AtlasNodeAttributes, 'kind'>): 'circle' | 'square' {
  return node.kind === 'external' ? 'square' : 'circle';
}

/** Edge thickness: thicker when a project edge stands for several repo edges. */
export function edgeSize(weight: number): number {
  return Math.min(4, 1.5 + Math.log2(Math.max(1, weight)));
}

export interface LegendEntry {
  key: string;
  label: string;
  colour: string;
  shape: 'circle' | 'square';
}

export function legendEntries(colourBy: ColourBy, level: GraphLevel): LegendEntry[] {
  const entries: LegendEntry[] =
    colourBy === 'risk'
      ? (Object.keys(RISK_LABELS) as RiskBucket[]).map((b) => ({ key: b, label: RISK_LABELS[b], colour: RISK_COLORS[b], shape: 'circle' }))
      : Object.entries(STATUS_LABELS).map(([s, label]) => ({ key: s, label, colour: STATUS_COLORS[s] ?? UNKNOWN_STATUS_COLOR, shape: 'circle' }));
  if (level === 'repo') {
    if (colourBy === 'status') entries.push({ key: 'no-project', label: 'Repo without a project', colour: UNKNOWN_STATUS_COLOR, shape: 'circle' });
    entries.push({ key: 'external', label: 'External package (square)', colour: EXTERNAL_COLOR, shape: 'square' });
  }
  return entries;
}

/** Colours of the focus overlay: the two directions are told apart by colour and by the side-panel text. */
export const DEPENDENT_EDGE_COLOR = '#d9480f';
export const DEPENDENCY_EDGE_COLOR = '#1864ab';
export const FADED_NODE_COLOR = '#e2e2e2';
export const FADED_EDGE_COLOR = '#f0f0f0';
export const BASE_EDGE_COLOR = '#b5b5b5';
export const HOVER_EDGE_COLOR = '#444444';

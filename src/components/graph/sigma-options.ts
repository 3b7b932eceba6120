/**
 * Sigma 4 configuration of the explorer (DESIGN §7 Graph explorer): primitives (circle and square
 * node shapes, arrow heads so edge direction is drawn), label-density presets for the dense core,
 * and declarative styles that derive every visual from data attributes plus UI state — sigma's
 * built-in hover/highlight/hidden flags and our custom focus roles and colour mode (STYLE §2.12:
 * the graph holds data only). Style functions are O(1) per item so state changes stay cheap.
 */
import type { SigmaOptions } from 'sigma/types';
import { sdfCircle, sdfSquare, pathLine, pathLoop, extremityArrow } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { AtlasEdgeAttributes, AtlasNodeAttributes } from './atlas-graph.ts';
import {
  BASE_EDGE_COLOR,
  DEPENDENCY_EDGE_COLOR,
  DEPENDENT_EDGE_COLOR,
  FADED_EDGE_COLOR,
  FADED_NODE_COLOR,
  HOVER_EDGE_COLOR,
  edgeSize,
  nodeColour,
  nodeShape,
  drawnNodeSize,
  type ColourBy,
} from './appearance.ts';
import type { LabelDensity } from './view-state.ts';

/** Role of a node or edge in the current focus (click / search / list): who depends on it, what it depends on. */
export type FocusRole = 'none' | 'focus' | 'dependent' | 'dependency' | 'both';
export type EdgeFocusRole = 'none' | 'dependent' | 'dependency';

export interface ExplorerNodeState {
  focusRole: FocusRole;
}
export interface ExplorerEdgeState {
  focusRole: EdgeFocusRole;
}
export interface ExplorerGraphState {
  colourBy: ColourBy;
  hasFocus: boolean;
}

/** Size multiplier of the hovered / focused node. */
const EMPHASIS_SIZE_RATIO = 1.3;

/**
 * Label presets (sigma 4 settings): density = labels per grid cell, cell size in pixels, and the
 * rendered node size under which a node gets no label. Hovered and focused nodes are always
 * labelled through `labelVisibility: 'visible'`, whatever the preset.
 */
export const LABEL_PRESETS: Record<LabelDensity, Pick<Settings, 'labelDensity' | 'labelGridCellSize' | 'labelRenderedSizeThreshold'>> = {
  few: { labelDensity: 0.4, labelGridCellSize: 160, labelRenderedSizeThreshold: 9 },
  normal: { labelDensity: 1, labelGridCellSize: 100, labelRenderedSizeThreshold: 3 },
  many: { labelDensity: 3, labelGridCellSize: 60, labelRenderedSizeThreshold: 0 },
};

type N = AtlasNodeAttributes;
type E = AtlasEdgeAttributes;
type NS = ExplorerNodeState & { isHovered: boolean; isHighlighted: boolean; isHidden: boolean };
type ES = ExplorerEdgeState & { isHovered: boolean; isHighlighted: boolean; isHidden: boolean };
type GS = ExplorerGraphState & { hasHighlighted: boolean; hasHovered: boolean };

const focusBackdrop = (colour: string) => ({
  backdropVisibility: 'visible' as const,
  backdropColor: '#ffffff',
  backdropBorderColor: colour,
  backdropBorderWidth: 2,
  backdropShadowBlur: 0,
  backdropPadding: 2,
  backdropArea: 'node' as const,
});

const styles = {
  nodes: [
    {
      x: { attribute: 'x' },
      y: { attribute: 'y' },
      label: { attribute: 'label' },
      shape: (a: N) => nodeShape(a),
      size: (a: N, s: NS) => drawnNodeSize(a) * (s.isHovered || s.focusRole === 'focus' ? EMPHASIS_SIZE_RATIO : 1),
      color: (a: N, _s: NS, g: GS) => nodeColour(a, g.colourBy),
      visibility: (_a: N, s: NS) => (s.isHidden ? 'hidden' : 'visible'),
      depth: (_a: N, s: NS) => (s.isHovered || s.isHighlighted || s.focusRole !== 'none' ? 'topNodes' : 'nodes'),
      labelVisibility: (_a: N, s: NS) => (s.isHovered || s.focusRole === 'focus' ? 'visible' : 'auto'),
      backdropVisibility: (_a: N, s: NS) => (s.isHovered ? 'visible' : 'hidden'),
      backdropColor: '#ffffff',
      backdropShadowColor: 'rgba(0, 0, 0, 0.5)',
      backdropShadowBlur: 12,
      backdropPadding: 6,
    },
    {
      // Outside the focus, or outside the hovered neighbourhood: fade and drop the label.
      when: (_a: N, s: NS, g: GS) =>
        !s.isHovered && s.focusRole !== 'focus' && ((g.hasFocus && s.focusRole === 'none') || (g.hasHighlighted && !s.isHighlighted)),
      then: { color: FADED_NODE_COLOR, labelVisibility: 'hidden' },
    },
    { whenState: { focusRole: 'dependent' }, then: focusBackdrop(DEPENDENT_EDGE_COLOR) },
    { whenState: { focusRole: 'dependency' }, then: focusBackdrop(DEPENDENCY_EDGE_COLOR) },
    { whenState: { focusRole: 'both' }, then: focusBackdrop('#6b21a8') },
    {
      whenState: { focusRole: 'focus' },
      then: { backdropVisibility: 'visible', backdropColor: '#ffffff', backdropShadowColor: 'rgba(0, 0, 0, 0.6)', backdropShadowBlur: 8, backdropPadding: 3, labelVisibility: 'visible' },
    },
  ],
  edges: [
    {
      size: (a: E) => edgeSize(a.weight),
      color: BASE_EDGE_COLOR,
      head: 'arrow',
      visibility: (_a: E, s: ES) => (s.isHidden ? 'hidden' : 'visible'),
      depth: (_a: E, s: ES) => (s.isHighlighted || s.focusRole !== 'none' ? 'topEdges' : 'edges'),
    },
    {
      when: (_a: E, s: ES, g: GS) => (g.hasFocus && s.focusRole === 'none') || (g.hasHighlighted && !s.isHighlighted),
      then: { color: FADED_EDGE_COLOR },
    },
    { whenState: { focusRole: 'dependent' }, then: { color: DEPENDENT_EDGE_COLOR } },
    { whenState: { focusRole: 'dependency' }, then: { color: DEPENDENCY_EDGE_COLOR } },
    { whenState: 'isHighlighted', then: { color: HOVER_EDGE_COLOR } },
  ],
};

export const EXPLORER_SIGMA_OPTIONS = {
  primitives: {
    nodes: { shapes: [sdfCircle(), sdfSquare()] },
    edges: { paths: [pathLine(), pathLoop()], extremities: [extremityArrow()], defaultHead: 'none', defaultTail: 'none' },
  },
  settings: { renderEdgeLabels: false, enableEdgeEvents: false, itemSizesReference: 'screen', ...LABEL_PRESETS.normal },
  customNodeState: { focusRole: 'none' },
  customEdgeState: { focusRole: 'none' },
  customGraphState: { colourBy: 'status', hasFocus: false },
  styles,
} as unknown as SigmaOptions;

/**
 * Graph page island (DESIGN §7 Graph explorer, issue #3). The whole ecosystem at project level by
 * default, repo level (repos + external packages) on demand; positions come from graph_layout (no
 * layout in the browser). Search with suggestions, hover highlights the neighbourhood, click /
 * search / list focus a node with its transitive dependents and dependencies (BFS over the loaded
 * edges, side panel, Escape clears), filters (status, category, active subgraph, dev/ci scope,
 * nodes without dependencies hidden by default), size by criticality, colour by status or risk
 * with a text legend, label density presets, PNG export, and a table of exactly what is shown.
 * All view state is in the URL. The graphology graph holds data only; appearance comes from sigma
 * state + styles (graph/sigma-options.ts), pushed by graph/sigma-controllers.ts.
 *
 * Performance: queries run in the worker; each level's graph is built once (graph/use-level-graph);
 * filter/focus changes only flip sigma states. Time to first frame is marked on the performance
 * timeline (`pg-atlas-graph:data`, `:built`, `:first-frame`) and exposed as
 * `window.__pgAtlasGraphFirstFrameMs` (ms since navigation start; read by the perf script) — see
 * graph/first-frame.ts.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type Sigma from 'sigma';
import { formatCount } from './format.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { DataState } from './DataState.tsx';
import { SigmaGraph } from './SigmaGraph.tsx';
import type { AtlasGraph } from './graph/atlas-graph.ts';
import { legendEntries } from './graph/appearance.ts';
import { canvasToPng, composeExport, downloadBlob, snapshotStage } from './graph/export-png.ts';
import { recordFirstFrame } from './graph/first-frame.ts';
import { FocusPanel } from './graph/FocusPanel.tsx';
import { GraphControls } from './graph/GraphControls.tsx';
import { Legend } from './graph/Legend.tsx';
import { NodeTable } from './graph/NodeTable.tsx';
import { SearchBox } from './graph/SearchBox.tsx';
import { applyFocus, applyVisibility, attachHover, centreOnNode, fitToNodes } from './graph/sigma-controllers.ts';
import { EXPLORER_SIGMA_OPTIONS, LABEL_PRESETS } from './graph/sigma-options.ts';
import { useLevelGraph } from './graph/use-level-graph.ts';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type GraphViewState } from './graph/view-state.ts';
import { computeFocus, computeVisibility } from './graph/visibility.ts';
import './graph/graph.css';

function useViewState(): [GraphViewState, (patch: Partial<GraphViewState>) => void] {
  const [view, setView] = useState<GraphViewState>(() => (typeof window === 'undefined' ? DEFAULT_VIEW : parseViewState(window.location.search)));
  useEffect(() => {
    const query = serializeViewState(view);
    if (query !== window.location.search && !(query === '' && window.location.search === '')) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
    }
  }, [view]);
  const update = useCallback((patch: Partial<GraphViewState>) => setView((v) => ({ ...v, ...patch })), []);
  return [view, update];
}

function Explorer({ graph, view, update, rootRel }: { graph: AtlasGraph; view: GraphViewState; update: (p: Partial<GraphViewState>) => void; rootRel: string }) {
  const [sigma, setSigma] = useState<Sigma | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  // A focus opened from a shared URL is centred too, like one picked in the search.
  const [centreRequest, setCentreRequest] = useState<{ node: string; n: number } | null>(() => (view.focus ? { node: view.focus, n: 0 } : null));
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const roles = useRef<{ nodes: string[]; edges: string[] }>({ nodes: [], edges: [] });

  const filters = useMemo(
    () => ({ statuses: view.statuses, category: view.category, activeOnly: view.activeOnly, includeDevCi: view.includeDevCi, hideIsolated: view.hideIsolated }),
    [view.statuses, view.category, view.activeOnly, view.includeDevCi, view.hideIsolated],
  );
  const focus = useMemo(() => (view.focus ? computeFocus(graph, view.focus, view.includeDevCi) : null), [graph, view.focus, view.includeDevCi]);
  const filtered = useMemo(() => computeVisibility(graph, filters), [graph, filters]);
  const visibility = useMemo(() => (focus ? computeVisibility(graph, filters, focus) : filtered), [graph, filters, focus, filtered]);
  const categories = useMemo(() => {
    const set = new Set<string>();
    graph.forEachNode((_n, a) => a.category && set.add(a.category));
    return [...set].sort((a, b) => a.localeCompare(b));
  }, [graph]);

  const onReady = useCallback((instance: Sigma) => {
    recordFirstFrame();
    setSigma(instance);
    const detachHover = attachHover(instance, setHovered);
    const click = ({ node }: { node: string }) => update({ focus: node });
    instance.on('clickNode', click);
    return () => {
      detachHover();
      instance.off('clickNode', click);
      roles.current = { nodes: [], edges: [] };
      setSigma(null);
    };
  }, [update]);

  // One effect per concern: each pushes one piece of UI state into sigma.
  useEffect(() => {
    if (sigma) applyVisibility(sigma, graph, visibility);
  }, [sigma, graph, visibility]);
  useEffect(() => {
    if (sigma) fitToNodes(sigma, graph, filtered.nodes);
  }, [sigma, graph, filtered]);
  useEffect(() => {
    if (sigma) roles.current = applyFocus(sigma, graph, focus, roles.current);
  }, [sigma, graph, focus]);
  useEffect(() => {
    (sigma?.setGraphState as ((s: Record<string, unknown>) => void) | undefined)?.call(sigma, { colourBy: view.colourBy });
  }, [sigma, view.colourBy]);
  useEffect(() => {
    sigma?.setSettings(LABEL_PRESETS[view.labels]);
  }, [sigma, view.labels]);
  useEffect(() => {
    if (sigma && centreRequest && graph.hasNode(centreRequest.node)) centreOnNode(sigma, centreRequest.node);
  }, [sigma, graph, centreRequest]);
  useEffect(() => {
    if (!view.focus) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) update({ focus: null });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [view.focus, update]);

  const focusAndCentre = useCallback(
    (node: string, moveKeyboardFocus: boolean) => {
      update({ focus: node });
      setCentreRequest((r) => ({ node, n: (r?.n ?? 0) + 1 }));
      if (moveKeyboardFocus) requestAnimationFrame(() => panelHeading.current?.focus());
    },
    [update],
  );

  const exportPng = async () => {
    if (!sigma) return;
    const title = `PG Atlas dependency graph — ${view.level} level, ${formatCount(visibility.nodes.size)} nodes${focus ? `, focus: ${graph.getNodeAttribute(focus.node, 'label')}` : ''}`;
    const png = await canvasToPng(composeExport(snapshotStage(sigma), title, legendEntries(view.colourBy, view.level)));
    downloadBlob(png, `pg-atlas-graph-${view.level}.png`);
  };

  const hoveredAttributes = hovered && graph.hasNode(hovered) ? graph.getNodeAttributes(hovered) : null;
  const label = `Dependency graph at ${view.level} level: ${formatCount(visibility.nodes.size)} nodes and ${formatCount(visibility.edges.size)} links shown; the same nodes are listed in the table below.`;

  return (
    <>
      <div className="graph-toolbar">
        <SearchBox graph={graph} onSelect={(id) => focusAndCentre(id, false)} />
        <button type="button" onClick={() => void exportPng()} disabled={!sigma}>
          Export PNG
        </button>
      </div>
      <Legend colourBy={view.colourBy} level={view.level} />
      <p className="graph-hint">
        {hoveredAttributes ? (
          <>
            {hoveredAttributes.label}: criticality {formatCount(hoveredAttributes.criticality)}, {graph.degree(hovered!)} links — click to focus
          </>
        ) : (
          <>
            {formatCount(visibility.nodes.size)} nodes, {formatCount(visibility.edges.size)} links shown. Hover a node to highlight its neighbours; click to focus it.
          </>
        )}
      </p>
      <div className="graph-main">
        <SigmaGraph graph={graph} options={EXPLORER_SIGMA_OPTIONS} onReady={onReady} className="graph-container" label={label} />
        <div className="graph-side">
          <FocusPanel ref={panelHeading} graph={graph} focus={focus} rootRel={rootRel} onClear={() => update({ focus: null })} />
          <GraphControls view={view} categories={categories} hiddenIsolated={filtered.hiddenIsolated} onChange={update} />
        </div>
      </div>
      <NodeTable graph={graph} visibility={visibility} focus={focus} rootRel={rootRel} onFocusNode={(id) => focusAndCentre(id, true)} />
    </>
  );
}

function GraphLoader({ rootRel }: { rootRel: string }) {
  const [view, update] = useViewState();
  const data = useLevelGraph(view.level);
  return (
    <DataState data={data}>
      {(graph) =>
        graph.order === 0 ? (
          <p className="notice">The atlas has no {view.level}-level layout to draw.</p>
        ) : (
          <Explorer key={view.level} graph={graph} view={view} update={update} rootRel={rootRel} />
        )
      }
    </DataState>
  );
}

export default function GraphExplorer({ rootRel }: { rootRel: string }) {
  return (
    <AtlasGate>
      <GraphLoader rootRel={rootRel} />
    </AtlasGate>
  );
}

/**
 * Graph page island (DESIGN §7 Graph explorer, first cut): the whole ecosystem at project level,
 * drawn with Sigma 4 from the precomputed layout. Size = criticality, colour = activity status
 * (with a text legend); hovering a node highlights its neighbourhood; clicking opens the project.
 * A plain list of the same projects follows for keyboard and screen-reader users.
 */
import { useMemo, useState } from 'react';
import type Sigma from 'sigma';
import type { SigmaOptions } from 'sigma/types';
import { DEFAULT_STYLES } from 'sigma';
import { projectHref } from '../lib/site-root.ts';
import { readProjectGraph, type ProjectGraphData } from '../queries/graph.ts';
import { AtlasGate } from './AtlasGate.tsx';
import { DataState } from './DataState.tsx';
import { STATUS_COLORS, STATUS_LABELS, formatCount } from './format.ts';
import { buildProjectGraph } from './graph-model.ts';
import { SigmaGraph } from './SigmaGraph.tsx';
import { useAtlasData } from './use-atlas-data.ts';

/** Colour of nodes and edges outside the hovered neighbourhood. */
const FADED_COLOR = '#d4d4d4';

const GRAPH_OPTIONS: SigmaOptions = {
  settings: { renderEdgeLabels: false, labelDensity: 0.5 },
  styles: {
    nodes: [
      DEFAULT_STYLES.nodes,
      { when: (_a, state, graphState) => graphState.hasHighlighted && !state.isHighlighted && !state.isHovered, then: { color: FADED_COLOR, labelVisibility: 'hidden' } },
      { whenState: 'isHighlighted', then: { labelVisibility: 'visible' } },
    ],
    edges: [
      DEFAULT_STYLES.edges,
      { when: (_a, state, graphState) => graphState.hasHighlighted && !state.isHighlighted, then: { color: '#eeeeee' } },
      { whenState: 'isHighlighted', then: { color: '#555555' } },
    ],
  } as SigmaOptions['styles'],
};

/** Hover controller: highlights the hovered node, its neighbours and the edges between them. */
function attachHover(sigma: Sigma, onHover: (node: string | null) => void): () => void {
  const graph = sigma.getGraph();
  let highlighted: { nodes: string[]; edges: string[] } = { nodes: [], edges: [] };
  const clear = () => {
    sigma.setNodesState(highlighted.nodes, { isHighlighted: false });
    sigma.setEdgesState(highlighted.edges, { isHighlighted: false });
    highlighted = { nodes: [], edges: [] };
  };
  const enter = ({ node }: { node: string }) => {
    clear();
    highlighted = { nodes: [node, ...graph.neighbors(node)], edges: graph.edges(node) };
    sigma.setNodesState(highlighted.nodes, { isHighlighted: true });
    sigma.setEdgesState(highlighted.edges, { isHighlighted: true });
    onHover(node);
  };
  const leave = () => {
    clear();
    onHover(null);
  };
  sigma.on('enterNode', enter);
  sigma.on('leaveNode', leave);
  return () => {
    sigma.off('enterNode', enter);
    sigma.off('leaveNode', leave);
  };
}

function Explorer({ data, rootRel }: { data: ProjectGraphData; rootRel: string }) {
  const graph = useMemo(() => buildProjectGraph(data), [data]);
  const [hovered, setHovered] = useState<string | null>(null);
  const byId = useMemo(() => new Map(data.nodes.map((n) => [n.project_id, n])), [data]);
  const listed = useMemo(() => [...data.nodes].sort((a, b) => (b.criticality ?? -1) - (a.criticality ?? -1) || a.name.localeCompare(b.name)), [data]);

  if (data.nodes.length === 0) return <p className="notice">The atlas has no project-level layout to draw.</p>;
  const hoveredNode = hovered ? byId.get(hovered) : undefined;
  const onReady = (sigma: Sigma) => {
    const detachHover = attachHover(sigma, setHovered);
    const click = ({ node }: { node: string }) => window.location.assign(projectHref(rootRel, node));
    sigma.on('clickNode', click);
    return () => {
      detachHover();
      sigma.off('clickNode', click);
    };
  };

  return (
    <>
      <ul className="legend" aria-label="Colour legend: activity status">
        {Object.entries(STATUS_LABELS).map(([status, label]) => (
          <li key={status}><span className="chip" aria-hidden="true" style={{ background: STATUS_COLORS[status] }} />{label}</li>
        ))}
        <li className="muted">Node size: criticality. Lines join a project to the projects it depends on (directions are in the list below).</li>
      </ul>
      <p className="graph-hint" aria-live="polite">
        {hoveredNode ? <>{hoveredNode.name}: criticality {formatCount(hoveredNode.criticality)}, {graph.degree(hoveredNode.project_id)} links — click to open</> : <>{data.nodes.length} projects, {graph.size} dependency links. Hover a node to highlight its neighbours.</>}
      </p>
      <SigmaGraph graph={graph} options={GRAPH_OPTIONS} onReady={onReady} className="graph-container" label={`Dependency graph of ${data.nodes.length} projects; the same projects are listed below.`} />
      <details className="graph-list">
        <summary>List of the projects in the graph</summary>
        <ol>
          {listed.map((n) => (
            <li key={n.project_id}>
              <a href={projectHref(rootRel, n.project_id)}>{n.name}</a> <span className="muted">— {STATUS_LABELS[n.activity_status] ?? n.activity_status}, criticality {formatCount(n.criticality)}, {graph.inDegree(n.project_id)} dependent and {graph.outDegree(n.project_id)} dependency projects</span>
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}

function GraphLoader({ rootRel }: { rootRel: string }) {
  const data = useAtlasData((atlas) => readProjectGraph(atlas), []);
  return <DataState data={data}>{(value) => <Explorer data={value} rootRel={rootRel} />}</DataState>;
}

export default function GraphExplorer({ rootRel }: { rootRel: string }) {
  return (
    <AtlasGate>
      <GraphLoader rootRel={rootRel} />
    </AtlasGate>
  );
}

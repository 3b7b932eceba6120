/**
 * The keyboard- and screen-reader-usable equivalent of the drawing (DESIGN §7): a table of the
 * nodes shown — it follows the filters, and with a focus lists only the focused node and its
 * transitive sets — with status, criticality and drawn degree. Each name links to its page and
 * each row has a Focus button that focuses the node in the graph. Rows are paged so 10× the real
 * scale stays light in the DOM.
 */
import { useMemo, useState } from 'react';
import { formatCount, statusLabel } from '../format.ts';
import type { AtlasGraph } from './atlas-graph.ts';
import { NodeLink, kindText } from './node-links.tsx';
import type { Focus, Visibility } from './visibility.ts';
import { nodeFocusRole } from './sigma-controllers.ts';

export const TABLE_PAGE_SIZE = 100;

const ROLE_TEXT: Record<string, string> = {
  focus: 'Focused',
  dependent: 'Dependent',
  dependency: 'Dependency',
  both: 'Dependent and dependency (cycle)',
};

function roleText(focus: Focus, id: string): string {
  const role = ROLE_TEXT[nodeFocusRole(focus, id)] ?? '';
  const distance = focus.dependents.get(id) ?? focus.dependencies.get(id);
  return distance === undefined ? role : `${role}, ${distance === 1 ? 'direct' : `${distance} steps`}`;
}

export function NodeTable({ graph, visibility, focus, rootRel, onFocusNode }: { graph: AtlasGraph; visibility: Visibility; focus: Focus | null; rootRel: string; onFocusNode: (id: string) => void }) {
  const [limit, setLimit] = useState(TABLE_PAGE_SIZE);
  const rows = useMemo(() => {
    const degree = new Map<string, number>();
    for (const e of visibility.edges) {
      const [s, t] = graph.extremities(e);
      degree.set(s, (degree.get(s) ?? 0) + 1);
      degree.set(t, (degree.get(t) ?? 0) + 1);
    }
    // With a focus, the list is the highlighted part only: the node and its transitive sets.
    const ids = focus ? [...visibility.nodes].filter((id) => nodeFocusRole(focus, id) !== 'none') : [...visibility.nodes];
    const list = ids.map((id) => ({ id, a: graph.getNodeAttributes(id), degree: degree.get(id) ?? 0 }));
    const rank = (id: string) => (focus ? ['focus', 'dependent', 'both', 'dependency', 'none'].indexOf(nodeFocusRole(focus, id)) : 0);
    return list.sort((x, y) => rank(x.id) - rank(y.id) || (y.a.criticality ?? -1) - (x.a.criticality ?? -1) || x.a.label.localeCompare(y.a.label));
  }, [graph, visibility, focus]);
  const shown = rows.slice(0, limit);

  return (
    <section className="graph-list" aria-labelledby="graph-list-title">
      <h2 id="graph-list-title">Nodes shown</h2>
      <p data-testid="graph-list-count" data-count={rows.length}>
        {formatCount(rows.length)} {focus ? 'nodes in the focus' : 'nodes match the filters'}; showing {formatCount(shown.length)}.
      </p>
      <table className="graph-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col">Criticality</th>
            <th scope="col">Drawn links</th>
            {focus ? <th scope="col">Role</th> : null}
            <th scope="col"><span className="visually-hidden">Graph</span></th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ id, a, degree }) => (
            <tr key={id} data-node-id={id}>
              <th scope="row"><NodeLink rootRel={rootRel} id={id} a={a} /></th>
              <td>{kindText(a)}</td>
              <td>{a.kind === 'external' ? '—' : statusLabel(a.status)}</td>
              <td>{formatCount(a.criticality)}</td>
              <td>{formatCount(degree)}</td>
              {focus ? <td>{roleText(focus, id)}</td> : null}
              <td>
                <button type="button" data-focus-node={id} aria-label={`Focus ${a.label} in the graph`} onClick={() => onFocusNode(id)}>
                  Focus
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length ? (
        <button type="button" onClick={() => setLimit((l) => l + TABLE_PAGE_SIZE)}>
          Show {formatCount(Math.min(TABLE_PAGE_SIZE, rows.length - shown.length))} more
        </button>
      ) : null}
    </section>
  );
}

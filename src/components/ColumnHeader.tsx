/**
 * A sortable table header with an (i) button that shows the column's definition (DESIGN §7
 * "metric explainers"): the sort button carries aria-sort on its <th>, the (i) button is a
 * disclosure (aria-expanded) whose text appears in the table's explainer panel, no hover needed.
 */

export interface ColumnHeaderProps {
  column: string;
  label: string;
  numeric: boolean;
  sorted: 'ascending' | 'descending' | 'none';
  explained: boolean;
  onSort: () => void;
  onExplain: () => void;
  panelId: string;
}

export function ColumnHeader({ column, label, numeric, sorted, explained, onSort, onExplain, panelId }: ColumnHeaderProps) {
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={sorted}>
      <span className="th-inner">
        <button type="button" className="sort" data-sort={column} onClick={onSort}>
          {label}
          <span aria-hidden="true">{sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}</span>
        </button>
        <button type="button" className="explain" aria-label={`What is ${label}?`} aria-expanded={explained} aria-controls={panelId} data-explain={column} onClick={onExplain}>
          <span aria-hidden="true">i</span>
        </button>
      </span>
    </th>
  );
}

/** The panel that shows the definition of the column whose (i) was pressed. */
export function ExplainerPanel({ id, label, text, onClose }: { id: string; label: string | null; text: string | null; onClose: () => void }) {
  return (
    <div id={id} className={text ? 'explainer' : undefined} role="region" aria-live="polite" aria-label="Column definition" data-testid="explainer">
      {text ? (
        <>
          <p><strong>{label}</strong>: {text}</p>
          <button type="button" onClick={onClose}>Close</button>
        </>
      ) : null}
    </div>
  );
}

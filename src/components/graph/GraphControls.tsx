/**
 * The explorer's controls (DESIGN §7): level, colour mode, label density, and the filters (status,
 * category, active subgraph, dev/ci scope, nodes without dependencies). Every control is a labelled
 * native form element; the state itself lives in the URL (view-state.ts).
 */
import { useId } from 'react';
import { STATUS_LABELS, formatCount } from '../format.ts';
import { ALL_STATUSES, type GraphViewState, type LabelDensity } from './view-state.ts';

export interface GraphControlsProps {
  view: GraphViewState;
  categories: string[];
  hiddenIsolated: number;
  onChange: (patch: Partial<GraphViewState>) => void;
}

export function GraphControls({ view, categories, hiddenIsolated, onChange }: GraphControlsProps) {
  const toggleStatus = (status: string, on: boolean) =>
    onChange({ statuses: on ? [...view.statuses, status] : view.statuses.filter((s) => s !== status) });
  const nodesWord = view.level === 'project' ? 'projects' : 'nodes';
  const id = useId();
  return (
    <form className="graph-controls" onSubmit={(e) => e.preventDefault()} aria-label="Graph settings and filters">
      <fieldset>
        <legend>Level</legend>
        <label>
          <input type="radio" name="graph-level" value="project" checked={view.level === 'project'} onChange={() => onChange({ level: 'project', focus: null })} /> Projects
        </label>
        <label>
          <input type="radio" name="graph-level" value="repo" checked={view.level === 'repo'} onChange={() => onChange({ level: 'repo', focus: null })} /> Repos and external packages
        </label>
      </fieldset>
      <fieldset>
        <legend>Appearance</legend>
        <label htmlFor={`${id}-colour`}>Colour by</label>{' '}
        <select id={`${id}-colour`} value={view.colourBy} onChange={(e) => onChange({ colourBy: e.target.value === 'risk' ? 'risk' : 'status' })}>
            <option value="status">Activity status</option>
            <option value="risk">Pony-factor risk</option>
        </select>
        <label htmlFor={`${id}-labels`}>Labels</label>{' '}
        <select id={`${id}-labels`} value={view.labels} onChange={(e) => onChange({ labels: e.target.value as LabelDensity })}>
            <option value="few">Few</option>
            <option value="normal">Normal</option>
            <option value="many">Many</option>
        </select>
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        {ALL_STATUSES.map((s) => (
          <label key={s}>
            <input type="checkbox" name="graph-status" value={s} checked={view.statuses.includes(s)} onChange={(e) => toggleStatus(s, e.target.checked)} /> {STATUS_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Filters</legend>
        <label htmlFor={`${id}-category`}>Category</label>{' '}
        <select id={`${id}-category`} value={view.category} onChange={(e) => onChange({ category: e.target.value })}>
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c} value={c}>{c}</option>
            ))}
        </select>
        <label>
          <input type="checkbox" checked={view.activeOnly} onChange={(e) => onChange({ activeOnly: e.target.checked })} /> Active subgraph only
        </label>
        <label>
          <input type="checkbox" checked={view.includeDevCi} onChange={(e) => onChange({ includeDevCi: e.target.checked })} /> Include dev/ci dependencies
        </label>
        <label>
          <input type="checkbox" checked={view.hideIsolated} onChange={(e) => onChange({ hideIsolated: e.target.checked })} /> Hide {nodesWord} without dependencies
          {view.hideIsolated ? <span className="muted" data-testid="graph-hidden-isolated"> ({formatCount(hiddenIsolated)} hidden)</span> : null}
        </label>
      </fieldset>
    </form>
  );
}

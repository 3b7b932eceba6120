/** The graph legend (DESIGN §7): every colour with its text and shape, plus size, arrows and focus colours. */
import type { GraphLevel } from './atlas-graph.ts';
import { DEPENDENCY_EDGE_COLOR, DEPENDENT_EDGE_COLOR, legendEntries, type ColourBy } from './appearance.ts';

export function Legend({ colourBy, level }: { colourBy: ColourBy; level: GraphLevel }) {
  return (
    <ul className="legend graph-legend" aria-label={`Legend: colour by ${colourBy === 'risk' ? 'pony-factor risk' : 'activity status'}`}>
      {legendEntries(colourBy, level).map((e) => (
        <li key={e.key}>
          <span className={e.shape === 'square' ? 'chip chip-square' : 'chip'} aria-hidden="true" style={{ background: e.colour }} />
          {e.label}
        </li>
      ))}
      <li>Size: criticality (log scale)</li>
      <li>Arrow: from a dependent to its dependency</li>
      <li>
        <span className="chip" aria-hidden="true" style={{ background: DEPENDENT_EDGE_COLOR }} />
        Focus: dependents
      </li>
      <li>
        <span className="chip" aria-hidden="true" style={{ background: DEPENDENCY_EDGE_COLOR }} />
        Focus: dependencies
      </li>
    </ul>
  );
}

/**
 * A small horizontal bar chart in HTML (DESIGN §7 Home distributions): every bar has its label and
 * its value as text, so the bar length only repeats what the text says (no colour-only or
 * length-only encoding); an optional link per bar opens the matching filtered table.
 */
import type { ReactNode } from 'react';
import { formatCount } from './format.ts';

export interface Bar {
  key: string;
  label: ReactNode;
  count: number;
  href?: string;
}

export function BarList({ bars, testId, unit }: { bars: Bar[]; testId: string; unit: string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  return (
    <ul className="bars" data-testid={testId}>
      {bars.map((b) => (
        <li key={b.key} data-bucket={b.key}>
          <span className="bar-label">{b.href ? <a href={b.href}>{b.label}</a> : b.label}</span>
          <span className="bar-track" aria-hidden="true"><span className="bar-fill" style={{ width: `${(100 * b.count) / max}%` }} /></span>
          <span className="bar-value" data-testid="bar-value">{formatCount(b.count)}</span>
          <span className="visually-hidden"> {unit}{total ? `, ${((100 * b.count) / total).toFixed(0)}%` : ''}</span>
        </li>
      ))}
    </ul>
  );
}

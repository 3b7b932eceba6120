/**
 * Node search with suggestions (DESIGN §7), as an ARIA 1.2 combobox: a text input that owns a
 * listbox, ↑/↓ move the active option, Enter selects it, Escape closes the list. Selecting calls
 * `onSelect(id)`, which focuses the node and centres the camera. Matching is on the name and id,
 * prefix matches first, then by criticality.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { formatCount } from '../format.ts';
import type { AtlasGraph } from './atlas-graph.ts';

export const MAX_SUGGESTIONS = 10;

interface Entry {
  id: string;
  label: string;
  lower: string;
  criticality: number;
  detail: string;
}

export function SearchBox({ graph, onSelect }: { graph: AtlasGraph; onSelect: (id: string) => void }) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const index = useMemo(() => {
    const entries: Entry[] = [];
    graph.forEachNode((id, a) => {
      const detail = a.kind === 'external' ? `${a.packageType ?? 'external'} package` : a.kind;
      entries.push({ id, label: a.label, lower: `${a.label}\u0000${id}`.toLowerCase(), criticality: a.criticality ?? 0, detail });
    });
    return entries;
  }, [graph]);
  const suggestions = useMemo(() => {
    const q = text.trim().toLowerCase();
    if (!q) return [];
    const prefix: Entry[] = [];
    const inner: Entry[] = [];
    for (const e of index) {
      if (e.lower.startsWith(q)) prefix.push(e);
      else if (e.lower.includes(q)) inner.push(e);
    }
    const byCriticality = (a: Entry, b: Entry) => b.criticality - a.criticality || a.label.localeCompare(b.label);
    return [...prefix.sort(byCriticality), ...inner.sort(byCriticality)].slice(0, MAX_SUGGESTIONS);
  }, [index, text]);
  const expanded = open && suggestions.length > 0;
  const optionId = (i: number) => `${listId}-opt-${i}`;

  const choose = (entry: Entry) => {
    setText(entry.label);
    setOpen(false);
    onSelect(entry.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (suggestions.length ? (i + 1) % suggestions.length : 0));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (suggestions.length ? (i - 1 + suggestions.length) % suggestions.length : 0));
    } else if (event.key === 'Enter') {
      if (expanded && suggestions[active]) {
        event.preventDefault();
        choose(suggestions[active]);
      }
    } else if (event.key === 'Escape') {
      // Only closes an open list; otherwise Escape falls through and clears the graph focus.
      if (expanded) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      }
    }
  };

  return (
    <div className="graph-search">
      <label htmlFor={`${listId}-input`}>Find a node</label>
      <input
        id={`${listId}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        placeholder="Name or id"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label="Suggestions" className="graph-search-list" hidden={!expanded}>
        {expanded
          ? suggestions.map((s, i) => (
              <li
                key={s.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(s);
                }}
                onMouseEnter={() => setActive(i)}
              >
                {s.label} <span className="muted">— {s.detail}, criticality {formatCount(s.criticality)}</span>
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}

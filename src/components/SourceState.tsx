/** A source's collection state in words, with a warning mark (not colour alone) for anything but `ok`. */
export function SourceState({ state }: { state: string }) {
  return state === 'ok' ? <span className="source-state">ok</span> : <span className="source-state risk">⚠ {state}</span>;
}

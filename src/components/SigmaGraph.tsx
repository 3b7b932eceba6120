/**
 * Thin React wrapper around Sigma 4 (WebGL2). `@react-sigma/core` supports sigma 3 only, so this
 * owns the instance directly: created in an effect on the container, handed to `onReady` so one-
 * concern controllers can attach events and state, and killed on unmount (STYLE §2.12).
 */
import type { AbstractGraph } from 'graphology-types';
import Sigma from 'sigma';
import type { SigmaOptions } from 'sigma/types';
import { useEffect, useRef, useState } from 'react';

export interface SigmaGraphProps {
  graph: AbstractGraph;
  options?: SigmaOptions;
  /** Called once with the live instance; may return a cleanup run before kill(). */
  onReady?: (sigma: Sigma) => void | (() => void);
  className?: string;
  label: string;
}

export function SigmaGraph({ graph, options, onReady, className, label }: SigmaGraphProps) {
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let sigma: Sigma;
    try {
      sigma = new Sigma(graph, element, options);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    const cleanup = onReady?.(sigma);
    return () => {
      if (typeof cleanup === 'function') cleanup();
      sigma.kill();
    };
    // A new graph or options object means a new renderer; onReady is read once per instance.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, options]);

  return (
    <>
      {failure ? <p className="notice notice-error" role="alert">The graph could not be drawn (WebGL2 is required): {failure}</p> : null}
      <div ref={container} className={className} role="img" aria-label={label} data-testid="graph-canvas" />
    </>
  );
}

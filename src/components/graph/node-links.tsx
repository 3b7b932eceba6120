/** Link (or plain text for external packages, which have no page) to a graph node's entity page. */
import { projectHref, repoHref } from '../../lib/site-root.ts';
import type { AtlasNodeAttributes } from './atlas-graph.ts';

export function nodeHref(rootRel: string, id: string, a: AtlasNodeAttributes): string | null {
  if (a.kind === 'project') return projectHref(rootRel, id);
  if (a.kind === 'repo') return repoHref(rootRel, id);
  return null;
}

export function NodeLink({ rootRel, id, a }: { rootRel: string; id: string; a: AtlasNodeAttributes }) {
  const target = nodeHref(rootRel, id, a);
  return target ? <a href={target}>{a.label}</a> : <span title={id}>{a.label}</span>;
}

export function kindText(a: AtlasNodeAttributes): string {
  return a.kind === 'external' ? `${a.packageType ?? 'external'} package` : a.kind;
}

/**
 * Badge snippets of a project page (DESIGN §7 Project page: "badge snippets"): one Markdown line per
 * metric pointing shields.io at this site's endpoint-badge JSON. The JSON URL is made absolute from
 * the page's own location at run time, so the snippet is right wherever the site is hosted (root,
 * IPFS gateway path, GitHub Pages sub-path). No badge image is loaded here: the page stays offline-
 * safe and makes no third-party request.
 */
import { useEffect, useState } from 'react';
import { siteFileUrl } from '../../lib/site-root.ts';
import { BADGE_METRICS, badgeJsonPath, badgeMarkdown, badgeSlug, type BadgeMetric } from './badge-snippets.ts';

const METRIC_LABELS: Record<BadgeMetric, string> = {
  criticality: 'Criticality',
  'pony-factor': 'Pony factor',
  adoption: 'Adoption',
  status: 'Activity status',
};

function Snippet({ metric, markdown }: { metric: BadgeMetric; markdown: string }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const inputId = `badge-${metric}`;
  const copy = () => {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) return setCopyState('failed');
    clipboard.writeText(markdown).then(() => setCopyState('copied'), () => setCopyState('failed'));
  };
  return (
    <li data-metric={metric}>
      <label htmlFor={inputId}>{METRIC_LABELS[metric]}</label>
      <br />
      <input id={inputId} type="text" readOnly value={markdown} onFocus={(e) => e.currentTarget.select()} data-testid={`badge-snippet-${metric}`} />{' '}
      <button type="button" className="inline-button" onClick={copy}>Copy<span className="visually-hidden"> {METRIC_LABELS[metric]} badge Markdown</span></button>{' '}
      <span aria-live="polite" className="muted">{copyState === 'copied' ? 'Copied.' : copyState === 'failed' ? 'Copy failed — select the text and copy it by hand.' : ''}</span>
    </li>
  );
}

export function BadgeSnippets({ projectId }: { projectId: string }) {
  // The absolute URL depends on where the document is served; compute it after mount.
  const [urls, setUrls] = useState<Record<BadgeMetric, string> | null>(null);
  useEffect(() => {
    setUrls(Object.fromEntries(BADGE_METRICS.map((m) => [m, siteFileUrl(badgeJsonPath(projectId, m))])) as Record<BadgeMetric, string>);
  }, [projectId]);
  return (
    <div className="badge-snippets" data-testid="badge-snippets" data-slug={badgeSlug(projectId)}>
      <p className="explain">
        Markdown for a README: shields.io draws each badge from this site's badge file for the project (folder <code>{badgeSlug(projectId)}</code>),
        so it follows every rebuild of the atlas.
      </p>
      {urls ? <ul>{BADGE_METRICS.map((m) => <Snippet key={m} metric={m} markdown={badgeMarkdown(m, urls[m])} />)}</ul> : null}
    </div>
  );
}

/**
 * Prefix-independent URLs (DESIGN §8). Every page knows how far it sits below the site root
 * (`./` at the root, `../` one folder down) and builds links and data URLs from that, so one dist/
 * works at a domain root, under `/ipfs/<cid>/` and under `/<repo>/` without a rebuild.
 */

/** Name of the `<meta>` that carries the page's path to the site root. */
export const SITE_ROOT_META = 'pg-atlas-root';

/** `./` or `../…` for a page at `pathname` (as Astro sees it at build time, e.g. `/project/`). */
export function rootRelFor(pathname: string): string {
  const depth = pathname.split('/').filter(Boolean).length;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** A link from a page with root path `rootRel` to `path` below the site root (`projects/`). */
export function href(rootRel: string, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return clean === '' ? rootRel : `${rootRel}${clean}`;
}

/** Link to a project page; ids go in the query string because they contain ':' and '.'. */
export function projectHref(rootRel: string, projectId: string): string {
  return href(rootRel, `project/?id=${encodeURIComponent(projectId)}`);
}

/** Link to a repo page. */
export function repoHref(rootRel: string, repoId: string): string {
  return href(rootRel, `repo/?id=${encodeURIComponent(repoId)}`);
}

/** Absolute URL of a file below the site root, resolved against the current document (browser only). */
export function siteFileUrl(pathBelowRoot: string, doc: Document = document): string {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${SITE_ROOT_META}"]`);
  return new URL(href(meta?.content ?? './', pathBelowRoot), doc.baseURI).href;
}

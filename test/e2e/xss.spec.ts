import { expect, test, waitForAtlas } from './support/site.ts';

/** Rows whose text looks like markup: if any page interpreted it, an element or a dialog would appear. */
const HOSTILE = "'%<%>%'";
/** Graph-page loads are the slowest step (WebGL in SwiftShader): a few cases prove the point. */
const MAX_GRAPH_CHECKS = 2;

test('names and descriptions containing markup render as text everywhere', async ({ page, site, atlas, problems }) => {
  test.setTimeout(120_000);
  const projects = atlas.prepare(`SELECT project_id, name, description FROM projects WHERE name LIKE ${HOSTILE} OR description LIKE ${HOSTILE} OR category LIKE ${HOSTILE}`).all() as { project_id: string; name: string; description: string | null }[];
  const repos = atlas.prepare(`SELECT repo_id, full_name, description FROM repos WHERE description LIKE ${HOSTILE} OR full_name LIKE ${HOSTILE}`).all() as { repo_id: string; full_name: string; description: string | null }[];
  test.skip(projects.length === 0 && repos.length === 0, 'no markup-like text in this atlas');

  const noInjectedElements = async () => {
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(page.locator('[onerror], [onload]')).toHaveCount(0);
    // Astro's own hydration scripts live in <main>; none may carry the payload.
    await expect(page.locator('script', { hasText: 'alert(' })).toHaveCount(0);
  };

  await page.goto(site.url('projects/'));
  await waitForAtlas(page);
  for (const p of projects) await expect(page.getByTestId('leaderboard').getByText(p.name, { exact: true })).toBeVisible();
  await noInjectedElements();

  for (const p of projects) {
    await page.goto(site.url(`project/?id=${encodeURIComponent(p.project_id)}`));
    await waitForAtlas(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
    if (p.description) await expect(page.getByTestId('description')).toHaveText(p.description);
    await noInjectedElements();
  }
  for (const r of repos) {
    await page.goto(site.url(`repo/?id=${encodeURIComponent(r.repo_id)}`));
    await waitForAtlas(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.full_name);
    if (r.description) await expect(page.getByTestId('description')).toHaveText(r.description);
    await noInjectedElements();
  }
  // The explorer hides unconnected projects by default; focusing one from the URL always shows it.
  for (const p of projects.slice(0, MAX_GRAPH_CHECKS)) {
    await page.goto(site.url(`graph/?focus=${encodeURIComponent(p.project_id)}`));
    await waitForAtlas(page);
    await expect(page.locator('.graph-list').getByText(p.name, { exact: true })).toHaveCount(1);
    await noInjectedElements();
  }
  await page.waitForTimeout(300);
  expect(problems.dialogs).toEqual([]);
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/site.ts';

/** The metric sections of docs/METRICS.md, without their "(DESIGN §…)" suffix. */
const METRIC_HEADINGS = readFileSync(path.resolve('docs/METRICS.md'), 'utf8')
  .split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3).replace(/\s*\(DESIGN §[^)]*\)\s*$/, '').trim());

test('about has a heading for every metric of docs/METRICS.md and the methodology sections', async ({ page, site }) => {
  expect(METRIC_HEADINGS.length).toBeGreaterThan(3);
  await page.goto(site.url('about/'));
  for (const heading of METRIC_HEADINGS) await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  for (const heading of ['Where we differ from the reference implementation, and why', 'Sources', 'How to correct data', 'Download the SQLite file', 'Static API']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  for (const term of ['criticality_repo_sum', 'overrides/', 'api/v1/badges/<slug>/<metric>.json', 'health.json', 'daoip-5:scf:project:']) await expect(page.getByText(term).first()).toBeVisible();
});

test('the SQLite download and the static API links resolve under the site base', async ({ page, site, request }) => {
  await page.goto(site.url('about/'));
  const links = await page.locator('a[href*="data/atlas.sqlite"], [data-testid="api-files"] a[href*="api/v1/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links.length).toBeGreaterThan(5);
  for (const link of links) {
    expect(link.startsWith(site.base), link).toBe(true);
    const response = await request.head(link);
    expect(response.status(), link).toBe(200);
  }
});

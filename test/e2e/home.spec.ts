import { expect, test, waitForAtlas } from './support/site.ts';

interface MetaRow {
  snapshot_as_of: string;
  snapshot_label: string | null;
  is_sample: number;
  project_count: number;
  active_project_count: number;
  repo_count: number;
  external_package_count: number;
  edge_count: number;
  active_contributors_30d: number;
  active_contributors_90d: number;
  dependency_coverage_pct: number | null;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const ACTIVE = "activity_status IN ('live', 'in-dev')";
/** Pony-factor buckets as the home page defines them (issue #3: 1, 2, 3–5, 6+, unknown; plus 0). */
const PONY: Record<string, string> = { '1': 'pony_factor = 1', '2': 'pony_factor = 2', '3-5': 'pony_factor BETWEEN 3 AND 5', '6+': 'pony_factor >= 6', '0': 'pony_factor = 0', unknown: 'pony_factor IS NULL' };

test('home shows the headline counts of meta, the data date and the sample badge', async ({ page, site, atlas }) => {
  const meta = atlas.prepare('SELECT * FROM meta WHERE id = 1').get() as unknown as MetaRow;
  await page.goto(site.url(''));
  await waitForAtlas(page);
  await expect(page.getByTestId('count-projects')).toHaveText(fmt(meta.project_count));
  await expect(page.getByTestId('count-active-projects')).toHaveText(fmt(meta.active_project_count));
  await expect(page.getByTestId('count-repos')).toHaveText(fmt(meta.repo_count));
  await expect(page.getByTestId('count-external')).toHaveText(fmt(meta.external_package_count));
  await expect(page.getByTestId('count-edges')).toHaveText(fmt(meta.edge_count));
  await expect(page.getByTestId('count-active-30d')).toHaveText(fmt(meta.active_contributors_30d));
  await expect(page.getByTestId('count-active-90d')).toHaveText(fmt(meta.active_contributors_90d));
  await expect(page.getByTestId('data-date')).toHaveText(meta.snapshot_as_of.slice(0, 10));
  await expect(page.getByTestId('sample-badge')).toHaveCount(meta.is_sample === 1 ? 1 : 0);
  if (meta.is_sample === 1) await expect(page.getByTestId('sample-badge')).toBeVisible();
});

test('home lists the ten most critical projects in order, linking to their pages', async ({ page, site, atlas }) => {
  const expected = atlas
    .prepare('SELECT project_id, name, criticality FROM projects WHERE criticality > 0 ORDER BY criticality DESC, name COLLATE NOCASE, project_id LIMIT 10')
    .all() as { project_id: string; name: string; criticality: number }[];
  await page.goto(site.url(''));
  await waitForAtlas(page);
  const table = page.getByTestId('top-critical');
  await expect(table.locator('tbody tr')).toHaveCount(expected.length);
  const ids = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-project-id')));
  expect(ids).toEqual(expected.map((r) => r.project_id));
  await table.locator('tbody tr').first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/project/\\?id=${encodeURIComponent(expected[0].project_id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected[0].name);
});

test('home distributions, coverage and sources equal the atlas', async ({ page, site, atlas }) => {
  const count = (sql: string, ...params: string[]) => Number((atlas.prepare(sql).get(...params) as { n: number }).n);
  const meta = atlas.prepare('SELECT dependency_coverage_pct FROM meta WHERE id = 1').get() as unknown as MetaRow;
  await page.goto(site.url(''));
  await waitForAtlas(page);

  const pony = page.getByTestId('pony-distribution');
  for (const [bucket, where] of Object.entries(PONY)) {
    await expect(pony.locator(`li[data-bucket="${bucket}"] [data-testid="bar-value"]`), `PF ${bucket}`).toHaveText(fmt(count(`SELECT COUNT(*) AS n FROM projects WHERE ${ACTIVE} AND ${where}`)));
  }
  const statuses = atlas.prepare('SELECT activity_status AS s, COUNT(*) AS n FROM projects GROUP BY activity_status').all() as { s: string; n: number }[];
  await expect(page.getByTestId('status-breakdown').locator('li')).toHaveCount(statuses.length);
  for (const { s, n } of statuses) await expect(page.getByTestId('status-breakdown').locator(`li[data-bucket="${s}"] [data-testid="bar-value"]`)).toHaveText(fmt(n));

  await expect(page.getByTestId('coverage-pct')).toHaveText(meta.dependency_coverage_pct === null ? '—' : `${meta.dependency_coverage_pct.toFixed(1)}%`);
  await expect(page.getByTestId('coverage-with')).toHaveText(fmt(count('SELECT COALESCE(SUM(has_dependency_data), 0) AS n FROM repos WHERE is_active = 1')));
  await expect(page.getByTestId('coverage-active')).toHaveText(fmt(count('SELECT COUNT(*) AS n FROM repos WHERE is_active = 1')));

  const sources = atlas.prepare('SELECT source, state, records FROM source_status ORDER BY source').all() as { source: string; state: string; records: number }[];
  const rows = page.getByTestId('sources').locator('tbody tr');
  await expect(rows).toHaveCount(sources.length);
  for (const s of sources) {
    const row = page.getByTestId('sources').locator(`tr[data-source="${s.source}"]`);
    await expect(row).toContainText(s.state);
    await expect(row.locator('td').nth(2)).toHaveText(fmt(s.records));
  }
});

test('risk grid counts equal the atlas and a cell opens the matching leaderboard', async ({ page, site, atlas }) => {
  const grid = page.getByTestId('risk-grid');
  await page.goto(site.url(''));
  await waitForAtlas(page);
  await expect(grid).toBeVisible();
  // Every PF column sums to the PF distribution: the grid partitions active projects.
  for (const [bucket, where] of Object.entries(PONY)) {
    const expected = Number((atlas.prepare(`SELECT COUNT(*) AS n FROM projects WHERE ${ACTIVE} AND ${where}`).get() as { n: number }).n);
    const column = () => grid.locator(`td[data-pf="${bucket}"]`).evaluateAll((tds) => tds.reduce((sum, td) => sum + Number(td.getAttribute('data-count')), 0));
    await expect.poll(column, { message: `PF ${bucket} column` }).toBe(expected);
  }
  // Critical (≥ 50th percentile, criticality > 0) and PF 1: the flagged cells.
  const hot = Number((atlas.prepare(`SELECT COUNT(*) AS n FROM projects WHERE ${ACTIVE} AND pony_factor = 1 AND criticality > 0 AND criticality_pct >= 50`).get() as { n: number }).n);
  const hotCells = await grid.locator('td.hot').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-count'))));
  expect(hotCells.reduce((a, b) => a + b, 0)).toBe(hot);
  await expect(grid.locator('td.hot').first()).toContainText('high risk');

  const link = grid.locator('td a').first();
  const cellCount = Number(await link.textContent());
  await link.click();
  await expect(page).toHaveURL(/\/projects\/\?status=active&pf=[^&]+&crit=/);
  await waitForAtlas(page);
  await expect(page.getByTestId('leaderboard').locator('tbody tr')).toHaveCount(cellCount);
});

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
}

const fmt = (n: number) => n.toLocaleString('en-US');

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
    .prepare('SELECT project_id, name, criticality FROM projects WHERE criticality IS NOT NULL ORDER BY criticality DESC, name COLLATE NOCASE, project_id LIMIT 10')
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

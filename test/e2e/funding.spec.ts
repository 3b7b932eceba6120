import { expect, test, waitForAtlas } from './support/site.ts';

const usd = (n: number | null) => (n === null ? '—' : `$${Math.round(n).toLocaleString('en-US')}`);

test('funding totals and a selected round equal the atlas, with the round in the URL', async ({ page, site, atlas }) => {
  const totals = atlas.prepare('SELECT COUNT(*) AS rows_n, SUM(awarded_usd) AS awarded, COUNT(DISTINCT project_id) AS projects FROM funding').get() as { rows_n: number; awarded: number | null; projects: number };
  const roundCount = Number((atlas.prepare('SELECT COUNT(*) AS n FROM rounds').get() as { n: number }).n);
  const round = atlas.prepare(`SELECT r.round, r.total_awarded_usd, r.awarded_projects, (SELECT SUM(awarded_usd) FROM funding f WHERE f.round = r.round) AS listed,
      (SELECT COUNT(*) FROM funding f WHERE f.round = r.round) AS n FROM rounds r ORDER BY n DESC, r.round LIMIT 1`).get() as { round: string; total_awarded_usd: number | null; awarded_projects: number; listed: number | null; n: number } | undefined;

  await page.goto(site.url('funding/'));
  await waitForAtlas(page);
  await expect(page.getByTestId('total-rounds')).toHaveText(roundCount.toLocaleString('en-US'));
  await expect(page.getByTestId('total-rows')).toHaveText(totals.rows_n.toLocaleString('en-US'));
  await expect(page.getByTestId('total-projects')).toHaveText(totals.projects.toLocaleString('en-US'));
  await expect(page.getByTestId('total-awarded')).toHaveText(usd(totals.awarded));
  await expect(page.getByTestId('rounds').locator('tbody tr')).toHaveCount(roundCount);
  test.skip(!round, 'no rounds in this atlas');

  await page.getByLabel('Round', { exact: true }).selectOption(round!.round);
  await expect.poll(() => new URL(page.url()).searchParams.get('round')).toBe(round!.round);
  await expect(page.getByTestId('round-total')).toHaveText(usd(round!.total_awarded_usd));
  await expect(page.getByTestId('round-listed')).toHaveText(usd(round!.listed));
  await expect(page.getByTestId('round-projects')).toHaveText(round!.awarded_projects.toLocaleString('en-US'));
  await expect(page.getByTestId('round-awards').locator('tbody tr')).toHaveCount(round!.n);

  await page.reload();
  await waitForAtlas(page);
  await expect(page.getByTestId('round-detail')).toHaveAttribute('data-round', round!.round);
});

test('funding vs criticality lists every scored project with its awards, linking to project pages', async ({ page, site, atlas }) => {
  const expected = atlas.prepare(`SELECT project_id, (SELECT SUM(awarded_usd) FROM funding f WHERE f.project_id = p.project_id) AS awarded
    FROM projects p WHERE criticality IS NOT NULL ORDER BY criticality DESC, name COLLATE NOCASE, project_id`).all() as { project_id: string; awarded: number | null }[];
  await page.goto(site.url('funding/'));
  await waitForAtlas(page);
  const table = page.getByTestId('funding-vs-criticality');
  test.skip(expected.length === 0, 'no scored projects');
  await expect.poll(() => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-project-id')))).toEqual(expected.map((r) => r.project_id));
  const funded = expected.find((r) => r.awarded !== null);
  if (funded) await expect(table.locator(`tr[data-project-id="${funded.project_id}"] td`).nth(4)).toHaveText(usd(funded.awarded));
  await expect(table.locator('tbody tr').first().getByRole('link')).toHaveAttribute('href', /project\/\?id=/);
});

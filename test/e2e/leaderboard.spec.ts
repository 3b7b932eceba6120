import { expect, test, waitForAtlas } from './support/site.ts';

type Row = { project_id: string };

test('leaderboard sorts by criticality (NULLs last) and by other columns, keeping state in the URL', async ({ page, site, atlas }) => {
  const byCriticality = (atlas.prepare('SELECT project_id FROM projects ORDER BY criticality IS NULL, criticality DESC, name COLLATE NOCASE, project_id').all() as Row[]).map((r) => r.project_id);
  const byPonyAsc = (atlas.prepare('SELECT project_id FROM projects ORDER BY pony_factor IS NULL, pony_factor ASC, name COLLATE NOCASE, project_id').all() as Row[]).map((r) => r.project_id);
  const byPonyDesc = (atlas.prepare('SELECT project_id FROM projects ORDER BY pony_factor IS NULL, pony_factor DESC, name COLLATE NOCASE, project_id').all() as Row[]).map((r) => r.project_id);
  const domOrder = () => page.getByTestId('leaderboard').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-project-id')));

  await page.goto(site.url('projects/'));
  await waitForAtlas(page);
  await expect.poll(domOrder).toEqual(byCriticality);
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('Criticality');

  await page.getByRole('button', { name: /^Pony factor/ }).click();
  await expect.poll(domOrder).toEqual(byPonyAsc);
  await expect(page).toHaveURL(/[?&]sort=pony_factor&dir=asc/);
  await page.getByRole('button', { name: /^Pony factor/ }).click();
  await expect.poll(domOrder).toEqual(byPonyDesc);
  await expect(page).toHaveURL(/[?&]sort=pony_factor&dir=desc/);

  // The state survives a reload (shareable URL).
  await page.reload();
  await waitForAtlas(page);
  await expect.poll(domOrder).toEqual(byPonyDesc);
});

test('leaderboard search filters by name or id and is kept in the URL', async ({ page, site, atlas }) => {
  const sample = atlas.prepare("SELECT project_id, name FROM projects WHERE name NOT LIKE '%<%' ORDER BY project_id LIMIT 1").get() as { project_id: string; name: string };
  const term = sample.name.slice(0, Math.min(6, sample.name.length));
  const expected = (atlas.prepare("SELECT project_id FROM projects WHERE instr(lower(name), lower(?)) > 0 OR instr(lower(project_id), lower(?)) > 0 ORDER BY criticality IS NULL, criticality DESC, name COLLATE NOCASE, project_id").all(term, term) as Row[]).map((r) => r.project_id);
  await page.goto(site.url('projects/'));
  await waitForAtlas(page);
  await page.getByLabel('Search projects').fill(term);
  await expect.poll(() => page.getByTestId('leaderboard').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-project-id')))).toEqual(expected);
  // Compare the decoded parameter: names carry characters that URLs encode, e.g. "(SSC) …".
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(term);
  await page.getByLabel('Search projects').fill('zz-no-such-project-zz');
  await expect(page.getByTestId('result-count')).toHaveText('0 projects');
});

test('pony factor 1 is flagged in red with the text "PF 1"', async ({ page, site, atlas }) => {
  const pf1 = (atlas.prepare('SELECT COUNT(*) AS n FROM projects WHERE pony_factor = 1').get() as { n: number }).n;
  await page.goto(site.url('projects/'));
  await waitForAtlas(page);
  const flags = page.getByTestId('leaderboard').locator('.risk');
  await expect(flags).toHaveCount(pf1);
  if (pf1 > 0) {
    await expect(flags.first()).toContainText('PF 1');
    const color = await flags.first().evaluate((el) => getComputedStyle(el).color);
    const [r, g, b] = color.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(g + 60);
    expect(r).toBeGreaterThan(b + 60);
  }
});

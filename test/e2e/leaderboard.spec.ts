import { readFileSync } from 'node:fs';
import { parseCsv } from './csv-parse.ts';
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

test('leaderboard filters (status, category, risk flags) match SQL and are kept in the URL', async ({ page, site, atlas }) => {
  const category = (atlas.prepare('SELECT category FROM projects WHERE category IS NOT NULL GROUP BY category ORDER BY COUNT(*) DESC, category LIMIT 1').get() as { category: string }).category;
  const ids = (sql: string, ...params: string[]) => (atlas.prepare(sql).all(...params) as Row[]).map((r) => r.project_id);
  const order = 'ORDER BY criticality IS NULL, criticality DESC, name COLLATE NOCASE, project_id';
  const domOrder = () => page.getByTestId('leaderboard').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-project-id')));

  await page.goto(site.url('projects/'));
  await waitForAtlas(page);
  await page.getByLabel('Status', { exact: true }).selectOption('active');
  await expect.poll(domOrder).toEqual(ids(`SELECT project_id FROM projects WHERE activity_status IN ('live', 'in-dev') ${order}`));
  await page.getByLabel('Category', { exact: true }).selectOption(category);
  await expect.poll(domOrder).toEqual(ids(`SELECT project_id FROM projects WHERE activity_status IN ('live', 'in-dev') AND category = ? ${order}`, category));
  await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe(category);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Not in the active subgraph').check();
  await expect.poll(domOrder).toEqual(ids(`SELECT project_id FROM projects WHERE in_active_subgraph = 0 ${order}`));
  await page.getByLabel('Pony factor 1').check();
  await expect.poll(domOrder).toEqual(ids(`SELECT project_id FROM projects WHERE in_active_subgraph = 0 AND pony_factor = 1 ${order}`));
  await expect(page).toHaveURL(/[?&]flag=outside&flag=pf1/);
  await page.getByLabel('Not in the active subgraph').uncheck();
  await page.getByLabel('No repos').check();
  await expect.poll(domOrder).toEqual(ids(`SELECT project_id FROM projects WHERE repo_count = 0 AND pony_factor = 1 ${order}`));
});

test('CSV export holds exactly the filtered, sorted view', async ({ page, site, atlas }) => {
  const expected = atlas.prepare(`SELECT project_id, name, pony_factor FROM projects WHERE activity_status IN ('live', 'in-dev')
    ORDER BY pony_factor IS NULL, pony_factor ASC, name COLLATE NOCASE, project_id`).all() as { project_id: string; name: string; pony_factor: number | null }[];
  await page.goto(site.url('projects/?status=active&sort=pony_factor&dir=asc'));
  await waitForAtlas(page);
  await expect(page.getByTestId('result-count')).toHaveText(`${expected.length} ${expected.length === 1 ? 'project' : 'projects'}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-export').click()]);
  expect(download.suggestedFilename()).toBe('pg-atlas-projects.csv');
  const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
  const header = rows[0];
  expect(header.slice(0, 2)).toEqual(['project_id', 'name']);
  const body = rows.slice(1);
  expect(body.map((r) => r[0])).toEqual(expected.map((r) => r.project_id));
  const pf = header.indexOf('pony_factor');
  expect(body.map((r) => r[pf])).toEqual(expected.map((r) => (r.pony_factor === null ? '' : String(r.pony_factor))));
  // Names are defused against spreadsheet formulas, otherwise verbatim.
  expect(body.map((r) => r[1])).toEqual(expected.map((r) => (/^[=+\-@\t\r]/.test(r.name) ? `'${r.name}` : r.name)));
});

test('every column has an explainer that opens on request', async ({ page, site }) => {
  await page.goto(site.url('projects/'));
  await waitForAtlas(page);
  await expect(page.getByTestId('leaderboard')).toBeVisible();
  const buttons = page.getByTestId('leaderboard').locator('thead button.explain');
  const headers = await page.getByTestId('leaderboard').locator('thead th').count();
  await expect(buttons).toHaveCount(headers);
  await page.getByRole('button', { name: 'What is Pony factor?' }).click();
  await expect(page.getByRole('button', { name: 'What is Pony factor?' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('explainer')).toContainText('half of all human commits');
  await page.getByTestId('explainer').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('explainer')).toHaveText('');
  await page.getByText('What the columns mean').click();
  await expect(page.locator('.definitions dt')).toHaveCount(headers);
});

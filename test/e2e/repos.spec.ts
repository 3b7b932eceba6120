import { readFileSync } from 'node:fs';
import { parseCsv } from './csv-parse.ts';
import { expect, test, waitForAtlas } from './support/site.ts';

type Row = { repo_id: string };
const domOrder = (page: import('@playwright/test').Page) => page.getByTestId('repos').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-repo-id')));

test('repos table sorts by metrics (NULLs last), filters, exports CSV and keeps state in the URL', async ({ page, site, atlas }) => {
  const ids = (sql: string) => (atlas.prepare(sql).all() as Row[]).map((r) => r.repo_id);
  await page.goto(site.url('repos/'));
  await waitForAtlas(page);
  await expect.poll(() => domOrder(page)).toEqual(ids('SELECT repo_id FROM repos ORDER BY criticality DESC, full_name COLLATE NOCASE, repo_id'));

  await page.getByRole('button', { name: /^Stars/ }).click();
  const byStars = ids('SELECT repo_id FROM repos ORDER BY stars IS NULL, stars DESC, full_name COLLATE NOCASE, repo_id');
  await expect.poll(() => domOrder(page)).toEqual(byStars);
  await expect(page).toHaveURL(/[?&]sort=stars&dir=desc/);
  await page.getByRole('button', { name: /^Last commit/ }).click();
  await page.getByRole('button', { name: /^Last commit/ }).click();
  await expect.poll(() => domOrder(page)).toEqual(ids('SELECT repo_id FROM repos ORDER BY latest_commit_at IS NULL, latest_commit_at ASC, full_name COLLATE NOCASE, repo_id'));

  await page.getByLabel('Has a project').selectOption('no');
  const unassigned = ids('SELECT repo_id FROM repos WHERE project_id IS NULL ORDER BY latest_commit_at IS NULL, latest_commit_at ASC, full_name COLLATE NOCASE, repo_id');
  await expect.poll(() => domOrder(page)).toEqual(unassigned);
  await expect(page).toHaveURL(/[?&]project=no/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-export').click()]);
  const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
  expect(rows[0][0]).toBe('repo_id');
  expect(rows.slice(1).map((r) => r[0])).toEqual(unassigned);

  await page.reload();
  await waitForAtlas(page);
  await expect.poll(() => domOrder(page)).toEqual(unassigned);
});

test('a repo row links to its repo page', async ({ page, site, atlas }) => {
  const top = atlas.prepare('SELECT repo_id, full_name FROM repos ORDER BY criticality DESC, full_name COLLATE NOCASE, repo_id LIMIT 1').get() as { repo_id: string; full_name: string } | undefined;
  test.skip(!top, 'no repos in this atlas');
  await page.goto(site.url('repos/'));
  await waitForAtlas(page);
  await page.getByTestId('repos').locator('tbody tr').first().getByRole('link', { name: top!.full_name }).click();
  await waitForAtlas(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(top!.full_name);
});

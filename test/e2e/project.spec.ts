import { expect, test, waitForAtlas } from './support/site.ts';

interface ProjectRow { project_id: string; name: string; criticality: number | null; criticality_repo_sum: number | null; pony_factor: number | null; activity_status: string }

test('a project page shows its metrics, repos, project links and funding', async ({ page, site, atlas }) => {
  const p = atlas
    .prepare("SELECT project_id, name, criticality, criticality_repo_sum, pony_factor, activity_status FROM projects WHERE repo_count > 0 AND name NOT LIKE '%<%' ORDER BY repo_count DESC, project_id LIMIT 1")
    .get() as unknown as ProjectRow;
  const repos = atlas.prepare('SELECT repo_id, full_name FROM repos WHERE project_id = ? ORDER BY repo_id').all(p.project_id) as { repo_id: string; full_name: string }[];
  const dependsOn = atlas.prepare('SELECT to_project FROM project_edges WHERE from_project = ?').all(p.project_id).length;
  const dependents = atlas.prepare('SELECT from_project FROM project_edges WHERE to_project = ?').all(p.project_id).length;
  const funding = atlas.prepare('SELECT COUNT(*) AS n FROM funding WHERE project_id = ?').get(p.project_id) as { n: number };

  await page.goto(site.url(`project/?id=${encodeURIComponent(p.project_id)}`));
  await waitForAtlas(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
  await expect(page).toHaveTitle(`${p.name} — PG Atlas`);
  await expect(page.getByTestId('metric-criticality')).toHaveText(p.criticality === null ? '—' : p.criticality.toLocaleString('en-US'));
  await expect(page.getByTestId('project-metrics')).toContainText(`reference (sum over repos) ${p.criticality_repo_sum === null ? '—' : p.criticality_repo_sum.toLocaleString('en-US')}`);
  await expect(page.getByTestId('metric-pony')).toHaveText(p.pony_factor === 1 ? 'PF 1 (single-maintainer risk)' : String(p.pony_factor ?? '—'));

  const repoRows = page.getByTestId('project-repos').locator('tbody tr');
  await expect(repoRows).toHaveCount(repos.length);
  const shown = await repoRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-repo-id')));
  expect([...shown].sort()).toEqual(repos.map((r) => r.repo_id).sort());
  await expect(page.getByTestId('depends-on').locator('li')).toHaveCount(dependsOn);
  await expect(page.getByTestId('dependents').locator('li')).toHaveCount(dependents);
  await expect(funding.n ? page.getByTestId('funding').locator('tbody tr') : page.getByTestId('funding-empty')).toHaveCount(funding.n || 1);
  if (funding.n) {
    const totals = atlas.prepare('SELECT SUM(awarded_usd) AS awarded FROM funding WHERE project_id = ?').get(p.project_id) as { awarded: number | null };
    await expect(page.getByTestId('funding-total')).toContainText(totals.awarded === null ? '—' : `$${Math.round(totals.awarded).toLocaleString('en-US')}`);
  }
  // Project links carry their edge counts.
  const link = atlas.prepare('SELECT to_project, repo_edge_count, metric_edge_count FROM project_edges WHERE from_project = ? ORDER BY to_project LIMIT 1').get(p.project_id) as { to_project: string; repo_edge_count: number; metric_edge_count: number } | undefined;
  if (link) await expect(page.getByTestId('depends-on').locator(`li[data-project-id="${link.to_project}"]`)).toContainText(`${link.repo_edge_count} repo ${link.repo_edge_count === 1 ? 'edge' : 'edges'}, ${link.metric_edge_count} in metric scope`);

  // Contributors appear as 8-hex hash prefixes only.
  const contributorCells = page.getByTestId('contributor-shares').locator('tbody td .mono');
  if ((await contributorCells.count()) > 0) await expect(contributorCells.first()).toHaveText(/^[0-9a-f]{8}$/);

  // Repo links lead to the repo page.
  await repoRows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/repo\/\?id=/);
  await waitForAtlas(page);
  await expect(page.getByTestId('repo')).toBeVisible();
});

test('an unknown project id shows a clear message with a way back', async ({ page, site }) => {
  await page.goto(site.url('project/?id=daoip-5%3Ano%3Asuch'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('No project with id');
  await alert.getByRole('link', { name: 'projects leaderboard' }).click();
  await expect(page).toHaveURL(site.url('projects/'));
});

test('real data: Python Stellar SDK lists StellarCN/py-stellar-base', async ({ page, site, atlas }) => {
  const id = 'daoip-5:scf:project:python_stellar_sdk';
  const exists = atlas.prepare('SELECT 1 FROM projects WHERE project_id = ?').get(id);
  test.skip(!exists, `${id} is not in this atlas`);
  await page.goto(site.url(`project/?id=${encodeURIComponent(id)}`));
  await waitForAtlas(page);
  const link = page.getByTestId('project-repos').getByRole('link', { name: /^StellarCN\/py-stellar-base$/i });
  await expect(link).toBeVisible();
  await link.click();
  await waitForAtlas(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^StellarCN\/py-stellar-base$/i);
});

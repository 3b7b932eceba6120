/**
 * Project page: each metric with how it was computed (DESIGN §7 Project page; issue #3). Expected
 * values come from the same atlas through SQL, so the checks hold on the fixture and on real data;
 * the subject is the project with the highest criticality.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Page } from '@playwright/test';
import { expect, test, waitForAtlas } from './support/site.ts';

interface TopProject { project_id: string; name: string; criticality: number; criticality_repo_sum: number | null; pony_factor: number | null; commits_window: number | null; status_source: string; status_reason: string; baseline_status: string }

function topProject(atlas: DatabaseSync): TopProject {
  return atlas.prepare(
    `SELECT project_id, name, criticality, criticality_repo_sum, pony_factor, commits_window, status_source, status_reason, baseline_status
     FROM projects WHERE criticality IS NOT NULL ORDER BY criticality DESC, commits_window DESC, project_id LIMIT 1`,
  ).get() as unknown as TopProject;
}

/** Clicks "Show all" under a paged list when there is one. */
async function showAll(list: ReturnType<Page['getByTestId']>): Promise<void> {
  await expect(list).toBeVisible();
  const button = list.locator('xpath=following-sibling::div[contains(@class, "paged-controls")]').getByRole('button', { name: /^Show all/ });
  if (await button.count()) await button.click();
}

test('criticality: the dependents listed are exactly those counted, and a path is a real chain of edges', async ({ page, site, atlas }) => {
  const p = topProject(atlas);
  const expected = (atlas.prepare(
    `SELECT t.dependent_id AS id, MIN(t.distance) AS distance FROM transitive_dependents t JOIN repos own ON own.repo_id = t.vertex_id
     WHERE own.project_id = ? AND t.dependent_id NOT IN (SELECT repo_id FROM repos WHERE project_id = ?) GROUP BY t.dependent_id`,
  ).all(p.project_id, p.project_id) as { id: string; distance: number }[]);
  expect(expected.length, 'the SQL breakdown itself matches projects.criticality').toBe(p.criticality);
  const ownRepos = new Set((atlas.prepare('SELECT repo_id FROM repos WHERE project_id = ?').all(p.project_id) as { repo_id: string }[]).map((r) => r.repo_id));

  await page.goto(site.url(`project/?id=${encodeURIComponent(p.project_id)}`));
  await waitForAtlas(page);
  await expect(page.getByTestId('criticality-count')).toHaveText(p.criticality.toLocaleString('en-US'));
  await expect(page.getByTestId('criticality-repo-sum')).toContainText(`Reference (sum over repos): ${p.criticality_repo_sum === null ? '—' : p.criticality_repo_sum.toLocaleString('en-US')}`);
  test.skip(p.criticality === 0, 'no project has dependents in this atlas');

  const list = page.getByTestId('criticality-dependents');
  await showAll(list);
  const items = list.locator(':scope > li');
  await expect(items).toHaveCount(p.criticality);
  const shown = await items.evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-dependent-id'), Number(li.getAttribute('data-distance'))] as const));
  expect(new Map(shown)).toEqual(new Map(expected.map((e) => [e.id, e.distance])));

  // The farthest dependent has the longest (most interesting) path.
  const farthest = [...expected].sort((a, b) => b.distance - a.distance || (a.id < b.id ? -1 : 1))[0];
  const item = list.locator(`:scope > li[data-dependent-id="${farthest.id}"]`);
  await item.getByRole('button', { name: 'Show path' }).click();
  const steps = item.getByTestId('dependency-path').locator('li');
  await expect(steps).toHaveCount(farthest.distance + 1);
  const chain = await steps.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-vertex-id') ?? ''));
  expect(chain[0]).toBe(farthest.id);
  expect(ownRepos.has(chain[chain.length - 1])).toBe(true);
  const isEdge = atlas.prepare('SELECT 1 AS ok FROM edges WHERE from_id = ? AND to_id = ? AND in_metric_scope = 1');
  for (let i = 0; i + 1 < chain.length; i++) expect(isEdge.get(chain[i], chain[i + 1]), `${chain[i]} → ${chain[i + 1]} is a metric-scope edge`).toBeTruthy();
  await item.getByRole('button', { name: 'Hide path' }).click();
  await expect(item.getByTestId('dependency-path')).toHaveCount(0);
});

test('pony factor: contributor shares sum to commits_window and the marked people are the pony factor', async ({ page, site, atlas }) => {
  const p = topProject(atlas);
  const people = (atlas.prepare('SELECT COUNT(DISTINCT c.contributor_hash) AS n FROM contributions c JOIN repos r ON r.repo_id = c.repo_id WHERE r.project_id = ? AND c.commits_window > 0').get(p.project_id) as { n: number }).n;
  await page.goto(site.url(`project/?id=${encodeURIComponent(p.project_id)}`));
  await waitForAtlas(page);
  test.skip(people === 0, 'the top project has no attributed commits in this atlas');

  const table = page.getByTestId('contributor-shares');
  await showAll(table.locator('xpath=..'));
  const rows = table.locator('tbody tr[data-commits]');
  await expect(rows).toHaveCount(people);
  const commits = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-commits'))));
  expect(commits.reduce((a, b) => a + b, 0)).toBe(p.commits_window);
  expect(commits).toEqual([...commits].sort((a, b) => b - a));
  await expect(table.locator('tbody tr[data-in-pony-set="1"]')).toHaveCount(p.pony_factor ?? 0);
  await expect(page.getByTestId('pony-threshold')).toContainText(`pony factor ${p.pony_factor}`);
  await expect(table.locator('tbody td .mono').first()).toHaveText(/^[0-9a-f]{8}$/);
});

test('adoption signals per repo and the status source and reason', async ({ page, site, atlas }) => {
  const p = topProject(atlas);
  const adoption = atlas.prepare('SELECT adoption FROM projects WHERE project_id = ?').get(p.project_id) as { adoption: number | null };
  const repos = atlas.prepare('SELECT repo_id, adoption_signals FROM repos WHERE project_id = ?').all(p.project_id) as { repo_id: string; adoption_signals: number }[];
  await page.goto(site.url(`project/?id=${encodeURIComponent(p.project_id)}`));
  await waitForAtlas(page);
  await expect(page.getByTestId('adoption-mean')).toHaveText(adoption.adoption === null ? '—' : adoption.adoption.toFixed(2));
  const signalRows = page.getByTestId('adoption-signals').locator('tbody tr');
  await expect(signalRows).toHaveCount(repos.length);
  for (const r of repos.slice(0, 3)) {
    await expect(signalRows.and(page.locator(`[data-repo-id="${r.repo_id}"]`))).toContainText(r.adoption_signals ? `based on ${r.adoption_signals} of 3 signals` : 'no signal');
  }
  await expect(page.getByTestId('status-source')).toHaveText(p.status_source);
  await expect(page.getByTestId('status-reason')).toHaveText(`Reason: ${p.status_reason}`);
});

test('badge snippets point shields.io at this site’s badge files, wherever it is hosted', async ({ page, site, atlas, context }) => {
  const p = topProject(atlas);
  const slug = p.project_id.replace(/^daoip-5:scf:project:/, '').replace(/[^a-z0-9_.-]/g, '_').replace(/^\.+/, (d) => '_'.repeat(d.length));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.base).origin });
  await page.goto(site.url(`project/?id=${encodeURIComponent(p.project_id)}`));
  await waitForAtlas(page);
  for (const metric of ['criticality', 'pony-factor', 'adoption', 'status']) {
    const value = await page.getByTestId(`badge-snippet-${metric}`).inputValue();
    const jsonUrl = site.url(`api/v1/badges/${slug}/${metric}.json`);
    expect(value).toBe(`![${metric}](https://img.shields.io/endpoint?url=${jsonUrl})`);
    const response = await page.request.get(jsonUrl);
    expect(response.ok(), `${jsonUrl} is published`).toBe(true);
  }
  // The same page served under a path prefix (an IPFS gateway) yields URLs under that prefix.
  const prefixed = new URL(`${process.env.PG_ATLAS_E2E_PREFIX ?? '/'}project/?id=${encodeURIComponent(p.project_id)}`, site.base).href;
  await page.goto(prefixed);
  await waitForAtlas(page);
  const prefixedJson = new URL(`api/v1/badges/${slug}/status.json`, prefixed.replace(/project\/\?.*$/, '')).href;
  expect(prefixedJson).toContain(process.env.PG_ATLAS_E2E_PREFIX ?? '/');
  await expect(page.getByTestId('badge-snippet-status')).toHaveValue(`![status](https://img.shields.io/endpoint?url=${prefixedJson})`);
  expect((await page.request.get(prefixedJson)).ok()).toBe(true);

  const item = page.getByTestId('badge-snippets').locator('li[data-metric="criticality"]');
  await item.getByRole('button', { name: /^Copy/ }).click();
  await expect(item).toContainText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId('badge-snippet-criticality').inputValue());
});

test('a project without repos says so in every section', async ({ page, site, atlas }) => {
  const p = atlas.prepare('SELECT project_id, (SELECT COUNT(*) FROM funding f WHERE f.project_id = projects.project_id) AS funding FROM projects WHERE repo_count = 0 ORDER BY project_id LIMIT 1').get() as { project_id: string; funding: number } | undefined;
  test.skip(!p, 'every project has repos in this atlas');
  await page.goto(site.url(`project/?id=${encodeURIComponent(p!.project_id)}`));
  await waitForAtlas(page);
  await expect(page.getByTestId('metric-criticality')).toHaveText('—');
  await expect(page.locator('#criticality').locator('xpath=..')).toContainText('no repositories');
  await expect(page.locator('#pony-factor').locator('xpath=..')).toContainText('no repositories');
  await expect(page.locator('#adoption').locator('xpath=..')).toContainText('no repositories');
  await expect(page.getByText('No repositories are known for this project.')).toBeVisible();
  await expect(p!.funding ? page.getByTestId('funding').locator('tbody tr') : page.getByTestId('funding-empty')).toHaveCount(p!.funding || 1);
});

/**
 * Repo page (DESIGN §7 Repos table and repo page; issue #3): dependency split in-ecosystem /
 * external and metric / dev-ci, dependents, blast radius with distances, contributor shares, the
 * sparkline's text summary, releases, packages and flags — all counted against the same atlas.
 */
import type { DatabaseSync } from 'node:sqlite';
import { expect, test, waitForAtlas } from './support/site.ts';

/** A table when there are rows, else its empty-state paragraph (one element). */
function rowsOrEmpty(page: import('@playwright/test').Page, testId: string, n: number) {
  return n ? page.getByTestId(testId).locator('tbody tr') : page.getByTestId(`${testId}-empty`);
}

function busiestRepo(atlas: DatabaseSync): { repo_id: string; full_name: string; criticality: number; commits_window: number; log_coverage: string } {
  return atlas
    .prepare(`SELECT r.repo_id, r.full_name, r.criticality, r.commits_window, r.log_coverage FROM repos r
              ORDER BY (SELECT COUNT(*) FROM edges e WHERE e.from_id = r.repo_id) + (SELECT COUNT(*) FROM edges e WHERE e.to_id = r.repo_id) DESC, r.repo_id LIMIT 1`)
    .get() as { repo_id: string; full_name: string; criticality: number; commits_window: number; log_coverage: string };
}

test('a repo page splits dependencies as SQL does, lists dependents, blast radius, contributors and the sparkline', async ({ page, site, atlas }) => {
  const repo = busiestRepo(atlas);
  const count = (sql: string) => (atlas.prepare(sql).get(repo.repo_id) as { n: number }).n;
  const split = {
    'deps-ecosystem': count("SELECT COUNT(*) AS n FROM edges WHERE from_id = ? AND to_kind = 'repo' AND in_metric_scope = 1"),
    'deps-external': count("SELECT COUNT(*) AS n FROM edges WHERE from_id = ? AND to_kind = 'external' AND in_metric_scope = 1"),
    'deps-ecosystem-devci': count("SELECT COUNT(*) AS n FROM edges WHERE from_id = ? AND to_kind = 'repo' AND in_metric_scope = 0"),
    'deps-external-devci': count("SELECT COUNT(*) AS n FROM edges WHERE from_id = ? AND to_kind = 'external' AND in_metric_scope = 0"),
  };
  const dependents = count('SELECT COUNT(*) AS n FROM edges WHERE to_id = ?');
  const transitive = atlas.prepare('SELECT dependent_id, distance FROM transitive_dependents WHERE vertex_id = ?').all(repo.repo_id) as { dependent_id: string; distance: number }[];
  const months = count('SELECT COUNT(*) AS n FROM monthly_commits WHERE repo_id = ?');
  const people = count('SELECT COUNT(*) AS n FROM contributions WHERE repo_id = ? AND commits_window > 0');
  const releases = count('SELECT COUNT(*) AS n FROM releases WHERE repo_id = ?');
  const packages = count('SELECT COUNT(*) AS n FROM package_aliases WHERE repo_id = ?');

  await page.goto(site.url(`repo/?id=${encodeURIComponent(repo.repo_id)}`));
  await waitForAtlas(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(repo.full_name);
  await expect(page.getByTestId('metric-criticality')).toHaveText(repo.criticality.toLocaleString('en-US'));
  await expect(page.getByTestId('metric-transitive')).toHaveText(transitive.length.toLocaleString('en-US'));
  await page.getByTestId('deps-devci').locator('summary').click();
  for (const [testId, n] of Object.entries(split)) await expect(rowsOrEmpty(page, testId, n), testId).toHaveCount(n || 1);
  const devScopes = await page.locator('[data-testid$="-devci"] tbody tr').evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-scope')))]);
  expect(devScopes.every((s) => s === 'dev' || s === 'ci')).toBe(true);
  await expect(dependents ? page.getByTestId('dependents').locator('li') : page.getByTestId('dependents')).toHaveCount(dependents);

  // Blast radius: every transitive dependent with its distance.
  if (transitive.length) {
    const more = page.getByTestId('blast-radius').locator('xpath=following-sibling::div[contains(@class, "paged-controls")]').getByRole('button', { name: /^Show all/ });
    if (await more.count()) await more.click();
    const shown = await page.getByTestId('blast-radius').locator('li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-dependent-id'), Number(li.getAttribute('data-distance'))] as const));
    expect(new Map(shown)).toEqual(new Map(transitive.map((t) => [t.dependent_id, t.distance])));
  } else {
    await expect(page.getByTestId('blast-radius-empty')).toBeVisible();
  }

  // Contributor shares add up to the window's commits.
  if (people) {
    const more = page.getByTestId('contributor-shares').locator('xpath=../following-sibling::div[contains(@class, "paged-controls")]').getByRole('button', { name: /^Show all/ });
    if (await more.count()) await more.click();
    const commits = await page.getByTestId('contributor-shares').locator('tbody tr[data-commits]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-commits'))));
    expect(commits).toHaveLength(people);
    expect(commits.reduce((a, b) => a + b, 0)).toBe(repo.commits_window);
  }

  // The sparkline is drawn and said in words.
  // Every repo with a git log gets the whole 24-month window (months without commits are 0).
  await expect(page.locator('svg.sparkline')).toHaveCount(repo.log_coverage !== 'none' ? 1 : 0);
  if (months > 0) {
    await expect(page.locator('svg.sparkline path')).toHaveAttribute('d', /^M/);
    const total = (atlas.prepare('SELECT SUM(commits) AS n FROM monthly_commits WHERE repo_id = ?').get(repo.repo_id) as { n: number }).n;
    await expect(page.getByTestId('sparkline-summary')).toContainText(`${total.toLocaleString('en-US')} commits from`);
  }
  await expect(rowsOrEmpty(page, 'releases', releases)).toHaveCount(releases || 1);
  await expect(rowsOrEmpty(page, 'packages', packages)).toHaveCount(packages || 1);
  await expect(page.getByTestId('log-coverage-note')).toHaveCount(repo.log_coverage === 'full' ? 0 : 1);
});

test('flags and the log-coverage note appear as text when set', async ({ page, site, atlas }) => {
  const repo = atlas.prepare("SELECT repo_id, archived, unreachable, log_coverage FROM repos WHERE archived = 1 OR unreachable IS NOT NULL OR log_coverage <> 'full' ORDER BY archived DESC, unreachable IS NULL, repo_id LIMIT 1").get() as { repo_id: string; archived: number | null; unreachable: string | null; log_coverage: string } | undefined;
  test.skip(!repo, 'no archived, unreachable or partially logged repo in this atlas');
  await page.goto(site.url(`repo/?id=${encodeURIComponent(repo!.repo_id)}`));
  await waitForAtlas(page);
  const flags = page.getByTestId('repo-flags');
  if (repo!.archived) await expect(flags.locator('[data-flag="archived"]')).toHaveText('Archived');
  if (repo!.unreachable) await expect(flags.locator('[data-flag="unreachable"]')).toHaveText(`Unreachable: ${repo!.unreachable}`);
  if (repo!.log_coverage !== 'full') {
    await expect(flags.locator('[data-flag="log"]')).toHaveText(`Git log: ${repo!.log_coverage}`);
    await expect(page.getByTestId('log-coverage-note')).toBeVisible();
  }
});

test('an unknown repo id shows a clear message', async ({ page, site }) => {
  await page.goto(site.url('repo/?id=pkg%3Agithub%2Fno%2Fsuch'));
  await expect(page.getByRole('alert')).toContainText('No repository with id');
  await expect(page.getByRole('alert').getByRole('link', { name: 'projects leaderboard' })).toBeVisible();
});

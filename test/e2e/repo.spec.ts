import { expect, test, waitForAtlas } from './support/site.ts';

test('a repo page splits dependencies, lists dependents and shows the blast radius and sparkline', async ({ page, site, atlas }) => {
  const repo = atlas
    .prepare(`SELECT r.repo_id, r.full_name, r.criticality FROM repos r
              ORDER BY (SELECT COUNT(*) FROM edges e WHERE e.from_id = r.repo_id) + (SELECT COUNT(*) FROM edges e WHERE e.to_id = r.repo_id) DESC, r.repo_id LIMIT 1`)
    .get() as { repo_id: string; full_name: string; criticality: number };
  const count = (sql: string) => (atlas.prepare(sql).get(repo.repo_id) as { n: number }).n;
  const inEcosystem = count("SELECT COUNT(*) AS n FROM edges WHERE from_id = ? AND to_kind = 'repo'");
  const external = count("SELECT COUNT(*) AS n FROM edges WHERE from_id = ? AND to_kind = 'external'");
  const dependents = count('SELECT COUNT(*) AS n FROM edges WHERE to_id = ?');
  const transitive = count('SELECT COUNT(*) AS n FROM transitive_dependents WHERE vertex_id = ?');
  const months = count('SELECT COUNT(*) AS n FROM monthly_commits WHERE repo_id = ?');

  await page.goto(site.url(`repo/?id=${encodeURIComponent(repo.repo_id)}`));
  await waitForAtlas(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(repo.full_name);
  await expect(page.getByTestId('metric-criticality')).toHaveText(repo.criticality.toLocaleString('en-US'));
  await expect(page.getByTestId('metric-transitive')).toHaveText(transitive.toLocaleString('en-US'));
  await expect(inEcosystem ? page.getByTestId('deps-ecosystem').locator('tbody tr') : page.getByTestId('deps-ecosystem')).toHaveCount(inEcosystem);
  await expect(external ? page.getByTestId('deps-external').locator('tbody tr') : page.getByTestId('deps-external')).toHaveCount(external);
  await expect(dependents ? page.getByTestId('dependents').locator('li') : page.getByTestId('dependents')).toHaveCount(dependents);
  await expect(page.locator('svg.sparkline')).toHaveCount(months > 0 ? 1 : 0);
  if (months > 0) await expect(page.locator('svg.sparkline path')).toHaveAttribute('d', /^M/);
});

import { expect, test, waitForAtlas } from './support/site.ts';

test('status shows dates, every source with its state and errors, and the warning counts', async ({ page, site, atlas }) => {
  const meta = atlas.prepare('SELECT snapshot_as_of, warning_count, project_count, repo_count, edge_count, previous_build FROM meta WHERE id = 1').get() as { snapshot_as_of: string; warning_count: number; project_count: number; repo_count: number; edge_count: number; previous_build: string | null };
  const sources = atlas.prepare('SELECT source, state, errors FROM source_status ORDER BY source').all() as { source: string; state: string; errors: string }[];
  const groups = atlas.prepare('SELECT source, COUNT(*) AS n FROM warnings GROUP BY source ORDER BY source').all() as { source: string; n: number }[];
  await page.goto(site.url('status/'));
  await waitForAtlas(page);

  await expect(page.getByTestId('status-snapshot')).toHaveText(meta.snapshot_as_of.slice(0, 10));
  // Age on the visitor's clock, computed the same way (whole UTC days since the snapshot date).
  const age = await page.evaluate((d) => Math.floor((Date.now() - Date.parse(`${d}T00:00:00Z`)) / 86_400_000), meta.snapshot_as_of.slice(0, 10));
  await expect(page.getByTestId('data-age')).toHaveText(new RegExp(`^${age} days?$`));
  await expect(page.getByTestId(age > 14 ? 'stale-flag' : 'fresh-flag')).toBeVisible();
  if (meta.previous_build === null) {
    await expect(page.getByTestId('previous-build')).toContainText('not available');
  } else {
    // Built with --previous: each count shows the previous value and the signed change.
    const previous = JSON.parse(meta.previous_build) as { counts: { projects: number; repos: number; edges: number } };
    await expect(page.getByTestId('previous-build')).not.toContainText('not available');
    const signed = (d: number) => (d === 0 ? '0' : `${d > 0 ? '+' : '−'}${Math.abs(d).toLocaleString('en-US')}`);
    for (const [key, now, before] of [['project_count', meta.project_count, previous.counts.projects], ['repo_count', meta.repo_count, previous.counts.repos], ['edge_count', meta.edge_count, previous.counts.edges]] as const) {
      await expect(page.locator(`[data-previous="${key}"]`)).toHaveText(before.toLocaleString('en-US'));
      await expect(page.locator(`[data-delta="${key}"]`)).toHaveText(signed(now - before));
    }
  }

  const table = page.getByTestId('status-sources');
  await expect(table.locator('tbody tr')).toHaveCount(sources.length);
  for (const s of sources) {
    const row = table.locator(`tr[data-source="${s.source}"]`);
    await expect(row).toContainText(s.state);
    const errors = JSON.parse(s.errors) as string[];
    await expect(row.locator('ul.errors li')).toHaveCount(errors.length);
  }

  await expect(page.getByTestId('warning-total')).toHaveText(meta.warning_count.toLocaleString('en-US'));
  for (const g of groups) await expect(page.getByTestId('warning-groups').locator(`li[data-source="${g.source}"] .bar-value`)).toHaveText(g.n.toLocaleString('en-US'));
  await expect(page.getByTestId('warnings').locator('tbody tr')).toHaveCount(Math.min(50, meta.warning_count));
});

test('warnings are searchable and filterable by source; unresolved items equal SQL', async ({ page, site, atlas }) => {
  const sample = atlas.prepare('SELECT source, message FROM warnings ORDER BY seq LIMIT 1').get() as { source: string; message: string } | undefined;
  const n = (sql: string, ...p: string[]) => Number((atlas.prepare(sql).get(...p) as { n: number }).n);
  await page.goto(site.url('status/'));
  await waitForAtlas(page);
  await expect(page.getByTestId('unresolved-awards-count')).toHaveText(String(n('SELECT COUNT(*) AS n FROM funding WHERE project_id IS NULL')));
  await expect(page.getByTestId('repos-without-project-count')).toHaveText(String(n('SELECT COUNT(*) AS n FROM repos WHERE project_id IS NULL')));
  await expect(page.getByTestId('repos-without-deps-count')).toHaveText(String(n('SELECT COUNT(*) AS n FROM repos WHERE is_active = 1 AND has_dependency_data = 0')));
  test.skip(!sample, 'no warnings in this atlas');

  await page.getByLabel('Source', { exact: true }).selectOption(sample!.source);
  const bySource = n('SELECT COUNT(*) AS n FROM warnings WHERE source = ?', sample!.source);
  await expect(page.getByTestId('warnings').locator('tbody tr')).toHaveCount(Math.min(50, bySource));
  const term = sample!.message.slice(0, 12);
  await page.getByLabel('Search warnings').fill(term);
  const expected = n(`SELECT COUNT(*) AS n FROM warnings WHERE source = ? AND (instr(lower(file), lower(?)) > 0 OR instr(lower(COALESCE(field, '')), lower(?)) > 0 OR instr(lower(message), lower(?)) > 0)`, sample!.source, term, term, term);
  await expect(page.getByTestId('warnings').locator('tbody tr')).toHaveCount(Math.min(50, expected));
});

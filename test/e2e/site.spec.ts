import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ATLAS_PATH, expect, test, waitForAtlas } from './support/site.ts';

const PAGES = ['', 'projects/', 'graph/', 'project/', 'repo/'];

test('every page loads without errors, shows the snapshot and keeps links inside the site', async ({ page, site }) => {
  for (const path of PAGES) {
    const response = await page.goto(site.url(path));
    expect(response?.status(), path).toBe(200);
    await waitForAtlas(page);
    await expect(page.getByTestId('snapshot-label')).toBeVisible();
    await expect(page.locator('meta[name="pg-atlas-root"]')).toHaveAttribute('content', path === '' ? './' : '../');
    // Every same-origin link and asset resolves below the site base (root or random prefix).
    const urls = await page.evaluate(() => [
      ...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      ...[...document.querySelectorAll('script[src], link[href]')].map((el) => (el as HTMLScriptElement).src || (el as HTMLLinkElement).href),
    ]);
    for (const url of urls.filter((u) => u.startsWith(new URL(site.base).origin))) expect(url.startsWith(site.base), `${url} under ${site.base}`).toBe(true);
  }
});

test('navigation links move between pages under the same base', async ({ page, site }) => {
  await page.goto(site.url(''));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
  await expect(page).toHaveURL(site.url('projects/'));
  await waitForAtlas(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Graph' }).click();
  await expect(page).toHaveURL(site.url('graph/'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(site.url(''));
});

test('the skip link moves focus to the main content', async ({ page, site }) => {
  await page.goto(site.url('projects/'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('a failed download shows a clear message and Retry recovers', async ({ page, site, problems }) => {
  problems.allowed.push(/Failed to load resource/);
  let fail = true;
  await page.route('**/data/atlas.sqlite', (route) => (fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()));
  await page.goto(site.url(''));
  await expect(page.getByRole('alert')).toContainText('could not be downloaded');
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await waitForAtlas(page);
  await expect(page.getByTestId('count-projects')).toBeVisible();
});

test('a corrupted data file is reported as such', async ({ page, site }) => {
  await page.route('**/data/atlas.sqlite', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('this is not a sqlite database at all'.repeat(200)) }));
  await page.goto(site.url('projects/'));
  await expect(page.getByRole('alert')).toContainText('damaged or is not an atlas');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('an atlas with another schema version is refused with a clear message', async ({ page, site }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-atlas-e2e-'));
  const copy = path.join(dir, 'atlas.sqlite');
  copyFileSync(ATLAS_PATH, copy);
  const db = new DatabaseSync(copy);
  const version = Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
  db.exec(`PRAGMA user_version = ${version + 100}`);
  db.close();
  const body = readFileSync(copy);
  rmSync(dir, { recursive: true, force: true });
  await page.route('**/data/atlas.sqlite', (route) => route.fulfill({ status: 200, contentType: 'application/vnd.sqlite3', body }));
  await page.goto(site.url(''));
  await expect(page.getByRole('alert')).toContainText('does not match this version of the site');
  await expect(page.getByRole('alert')).toContainText(`schema version ${version + 100}`);
});

/** The site's 404.html, as static hosts serve it for any missing path: its links find the site root, at / and under a prefix. */
import { expect, test } from './support/site.ts';

test('the not-found page links back to the site root under any prefix', async ({ page, site, problems }) => {
  problems.allowed.push(/Failed to load resource/);
  const response = await page.goto(site.url('no/such/page/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect.poll(() => page.getByRole('link', { name: 'Home' }).evaluate((a) => (a as HTMLAnchorElement).href)).toBe(site.base);
});


import { expect, test } from './support/site.ts';

const theme = (page: import('@playwright/test').Page) => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme control persists the choice and the head script applies it before first paint', async ({ page, site }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // Record the attribute as soon as the document is parsed, before any island hydrates.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { themeAtParse: string | null }).themeAtParse = document.documentElement.getAttribute('data-theme');
    });
  });
  const response = await page.goto(site.url('projects/'));
  // The theme script sits in <head> before the stylesheet, so the palette is right at first paint.
  const html = await response!.text();
  const scriptAt = html.indexOf('pg-atlas-theme');
  const cssAt = html.search(/<link rel="stylesheet"/);
  expect(scriptAt).toBeGreaterThan(0);
  expect(cssAt < 0 || scriptAt < cssAt).toBe(true);
  expect(await theme(page)).toBe('light');
  const light = await background(page);

  await page.getByLabel('Theme').selectOption('dark');
  await expect.poll(() => theme(page)).toBe('dark');
  expect(await background(page)).not.toBe(light);
  expect(await page.evaluate(() => localStorage.getItem('pg-atlas-theme'))).toBe('dark');

  await page.goto(site.url(''), { waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | null }).themeAtParse)).toBe('dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');

  await page.getByLabel('Theme').selectOption('system');
  await expect.poll(() => theme(page)).toBe('light');
  expect(await page.evaluate(() => localStorage.getItem('pg-atlas-theme'))).toBeNull();
});

test('"system" follows the operating system preference', async ({ page, site }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(site.url('about/'));
  expect(await theme(page)).toBe('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => theme(page)).toBe('light');
});

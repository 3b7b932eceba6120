/**
 * Full-page screenshots of every page type in light and dark colour scheme (issue #3 "a
 * screenshot of each page type (light and dark) written as a CI artefact"), after the data has
 * loaded: `test-results/screenshots/<page>-<theme>.png`. No visual diffing; the images are for
 * review. A page type whose route is not in this build is skipped with a message saying so.
 */
import path from 'node:path';
import { expect, test, waitForAtlas } from './support/site.ts';
import { openAtlas } from './support/site.ts';
import { pageTypes } from './page-types.ts';

/** Folder below Playwright's output directory (test-results/, which CI uploads as an artefact). */
const SCREENSHOT_FOLDER = 'screenshots';

const atlas = openAtlas();
const PAGES = pageTypes(atlas);
atlas.close();

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, viewport: { width: 1280, height: 800 } });
    for (const pageType of PAGES) {
      test(`screenshot of ${pageType.name}`, async ({ page, site }) => {
        // Asked outside the page first, so a missing route is a skip rather than a console error.
        const probe = await page.request.get(site.url(pageType.path));
        test.skip(probe.status() === 404, `page type "${pageType.name}" (${pageType.path}) is not in this build: its route answers 404`);
        expect((await page.goto(site.url(pageType.path)))?.ok()).toBe(true);
        await waitForAtlas(page);
        await page.waitForLoadState('networkidle');
        // Let the graph's canvas settle (sigma renders on the next animation frames).
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const file = path.join(test.info().project.outputDir, SCREENSHOT_FOLDER, `${pageType.name}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        test.info().annotations.push({ type: 'screenshot', description: file });
      });
    }
  });
}

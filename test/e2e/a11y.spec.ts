/**
 * Automated accessibility check (DESIGN §7 "Accessibility", issue #3 "Quality"): axe-core on every
 * page type, in light and dark colour scheme, after the data has loaded (most content is rendered
 * by the islands). Fails on any serious or critical violation and names the rule and the selectors.
 * A page type whose route is not in this build is skipped with a message saying so.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForAtlas } from './support/site.ts';
import { openAtlas } from './support/site.ts';
import { pageTypes } from './page-types.ts';

/** axe impact levels that fail the check (issue #3: "no serious or critical violation"). */
const FAILING_IMPACTS = new Set(['serious', 'critical']);
/** Rule sets checked: WCAG 2.0–2.2 A and AA plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * Table rows past this one are left out of the scan: they repeat the first rows' markup, and axe
 * over a full real-scale leaderboard (600+ rows × 12 columns) takes minutes on a CI runner.
 * (axe's `resultTypes: ['violations']` shortcut is not used: it hides target-size violations.)
 */
const AXE_MAX_TABLE_ROWS = 100;
/** Time for one page: load, data, axe on a busy 2-core runner. */
const AXE_TEST_TIMEOUT_MS = 120_000;

const atlas = openAtlas();
const PAGES = pageTypes(atlas);
atlas.close();

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const pageType of PAGES) {
      test(`${pageType.name} has no serious or critical axe violation`, async ({ page, site }) => {
        test.setTimeout(AXE_TEST_TIMEOUT_MS);
        // Asked outside the page first, so a missing route is a skip rather than a console error.
        const probe = await page.request.get(site.url(pageType.path));
        test.skip(probe.status() === 404, `page type "${pageType.name}" (${pageType.path}) is not in this build: its route answers 404`);
        expect((await page.goto(site.url(pageType.path)))?.ok()).toBe(true);
        await waitForAtlas(page);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).exclude(`tbody > tr:nth-child(n+${AXE_MAX_TABLE_ROWS + 1})`).analyze();
        const serious = results.violations
          .filter((v) => FAILING_IMPACTS.has(v.impact ?? ''))
          .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 5 ? ` … +${v.nodes.length - 5}` : ''}`);
        const minor = results.violations.filter((v) => !FAILING_IMPACTS.has(v.impact ?? '')).map((v) => `${v.impact} ${v.id}`);
        if (minor.length) test.info().annotations.push({ type: 'axe (moderate/minor)', description: minor.join(', ') });
        expect(serious, `axe on ${pageType.name} (${colorScheme})`).toEqual([]);
      });
    }
  });
}

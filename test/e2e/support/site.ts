/**
 * Test fixtures shared by the e2e specs: `site.url(path)` builds a URL at the root or under the
 * random prefix depending on the Playwright project, `atlas` reads expected values from the same
 * atlas.sqlite the site was built from (env PG_ATLAS_DB), and every page is watched for console
 * errors, page errors and dialogs (an XSS payload that runs would open one).
 */
import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface SiteOptions {
  siteMount: 'root' | 'prefix';
}

export interface Site {
  /** Absolute URL of `pathBelowRoot` (e.g. `projects/`, `project/?id=…`). */
  url(pathBelowRoot: string): string;
  /** Base URL of the site for this project. */
  base: string;
}

export interface PageProblems {
  /** Console errors a test provokes on purpose (e.g. a 404 it routes), matched by message. */
  allowed: RegExp[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

export const ATLAS_PATH = path.resolve(process.env.PG_ATLAS_DB ?? 'out/atlas.sqlite');

export function openAtlas(): DatabaseSync {
  return new DatabaseSync(ATLAS_PATH, { readOnly: true });
}

export const test = base.extend<SiteOptions & { site: Site; atlas: DatabaseSync; problems: PageProblems }>({
  siteMount: ['root', { option: true }],
  site: async ({ siteMount }, use) => {
    const origin = process.env.PG_ATLAS_E2E_ORIGIN;
    if (!origin) throw new Error('e2e: PG_ATLAS_E2E_ORIGIN not set (global setup did not run)');
    const base = `${origin}${siteMount === 'prefix' ? process.env.PG_ATLAS_E2E_PREFIX : '/'}`;
    await use({ base, url: (p) => new URL(p.replace(/^\/+/, ''), base).href });
  },
  atlas: async ({}, use) => {
    const db = openAtlas();
    await use(db);
    db.close();
  },
  problems: [
    async ({ page }, use) => {
      const problems: PageProblems = { allowed: [], consoleErrors: [], pageErrors: [], dialogs: [] };
      page.on('console', (message) => {
        if (message.type() === 'error' && !problems.allowed.some((re) => re.test(message.text()))) problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
      page.on('dialog', (dialog) => {
        problems.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await use(problems);
      expect(problems.dialogs, 'no dialog may open (untrusted text must never run)').toEqual([]);
      expect(problems.pageErrors, 'no uncaught page errors').toEqual([]);
      expect(problems.consoleErrors, 'no console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the atlas finished loading on the page (the gate's status disappears). */
export async function waitForAtlas(page: Page): Promise<void> {
  await expect(page.getByText(/^Loading data/)).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
}

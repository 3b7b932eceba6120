/**
 * Browser tests of the built site (DESIGN §7–§8). Uses the system Chromium (never a downloaded
 * one) with SwiftShader so WebGL2 (Sigma 4) renders headless. Project `root` runs every spec with
 * the site served at `/`; project `prefix` serves the same dist/ under a random `/ipfs/<cid>/`
 * prefix and runs only the specs about hosting (the link-and-asset crawl and the smoke spec), so CI
 * time stays bounded while the prefix is still proven on every page type. Site under test: env
 * PG_ATLAS_DIST (default dist/); expected values come from env PG_ATLAS_DB (default out/atlas.sqlite).
 */
import { defineConfig } from '@playwright/test';
import type { SiteOptions } from './test/e2e/support/site.ts';

export default defineConfig<SiteOptions>({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/support/global-setup.ts',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'root', use: { siteMount: 'root' } },
    { name: 'prefix', use: { siteMount: 'prefix' }, testMatch: ['**/hosting.spec.ts', '**/site.spec.ts', '**/not-found.spec.ts'] },
  ],
});

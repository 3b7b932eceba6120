/**
 * Browser tests of the built site (DESIGN §7–§8). Uses the system Chromium (never a downloaded
 * one) with SwiftShader so WebGL2 (Sigma 4) renders headless. The same specs run twice: with the
 * site served at `/` and under a random `/ipfs/<cid>/` prefix. Site under test: env PG_ATLAS_DIST
 * (default dist/); expected values come from env PG_ATLAS_DB (default out/atlas.sqlite).
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
    { name: 'prefix', use: { siteMount: 'prefix' } },
  ],
});

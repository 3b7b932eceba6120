// Astro config for the static site (DESIGN §7–§8). The atlas to publish comes from env PG_ATLAS_DB
// (default out/atlas.sqlite); the pg-atlas-site integration copies it and sql.js's wasm into
// dist/data/ and makes every HTML URL relative so one dist/ works under any path prefix.
import path from 'node:path';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { atlasSite } from './jobs/publish/site/atlas-site-integration.ts';
import { SCHEMA_VERSION } from './jobs/publish/schema.ts';

const atlasPath = path.resolve(process.env.PG_ATLAS_DB ?? 'out/atlas.sqlite');

export default defineConfig({
  output: 'static',
  build: { format: 'directory' },
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  integrations: [react(), atlasSite({ atlasPath })],
  vite: {
    define: {
      'import.meta.env.PG_ATLAS_DB_PATH': JSON.stringify(atlasPath),
      'import.meta.env.PG_ATLAS_SCHEMA_VERSION': JSON.stringify(SCHEMA_VERSION),
    },
    worker: { format: 'es' },
    // Asset URLs inside JS (the worker, chunks) relative to the importing file, not to '/'.
    experimental: { renderBuiltUrl: (_filename, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) },
  },
});

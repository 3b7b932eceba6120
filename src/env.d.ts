/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** Absolute path of the atlas.sqlite being published (astro.config.mjs, env PG_ATLAS_DB). */
  readonly PG_ATLAS_DB_PATH: string;
  /** PRAGMA user_version the site was built for (jobs/publish/schema.ts SCHEMA_VERSION). */
  readonly PG_ATLAS_SCHEMA_VERSION: number;
}

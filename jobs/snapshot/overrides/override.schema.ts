/**
 * zod schemas of a curated override entry (DESIGN §4.2), after
 * `overrides/schema-override-project.yml`: required `display_name`, `activity_status`,
 * `git_owner_url`; optional `category`, `git_repo_urls`, `metadata{description (required),
 * open_source, website, x_profile, first_released}`; no other keys. Each field is validated on its
 * own (see overrides.ts for why an entry is not rejected as a whole).
 */
import { z } from 'zod';
import { isProjectId } from '../../ids/project-id.ts';

/** DESIGN §3: the four activity statuses an override may set. */
export const OVERRIDE_ACTIVITY_STATUSES = ['live', 'in-dev', 'discontinued', 'non-responsive'] as const;

export const REQUIRED_OVERRIDE_FIELDS = ['display_name', 'activity_status', 'git_owner_url'] as const;
export const OPTIONAL_OVERRIDE_FIELDS = ['category', 'git_repo_urls', 'metadata'] as const;
export const METADATA_FIELDS = ['description', 'open_source', 'website', 'x_profile', 'first_released'] as const;

/**
 * Entry keys are DAOIP-5 project ids. The upstream schema's pattern (`[a-z0-9_.-]+` after
 * `project:`) rejects ids OpenGrants really issues (`…:project:zkfetch:_zktls-powered_oracle_solution`),
 * so we accept every id `isProjectId` accepts.
 */
export const overrideKeySchema = z.string().refine(isProjectId, 'not a DAOIP-5 project id');

export const nonEmptyText = z.string().trim().min(1, 'empty text');
export const urlText = z.string().trim().pipe(z.url('not a URL'));
export const activityStatusSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(OVERRIDE_ACTIVITY_STATUSES, `expected one of ${OVERRIDE_ACTIVITY_STATUSES.join(', ')}`));
export const booleanValue = z.boolean();
export const plainObject = z.record(z.string(), z.unknown());
export const listValue = z.array(z.unknown());

/** zod schemas of a DAOIP-5 `Project` record as OpenGrants sends it (DESIGN §4.1): the required
 * parts. Optional fields are validated one by one (field-readers.ts, value schemas in
 * envelope.schema.ts). */
import { z } from 'zod';
import { isProjectId } from '../../ids/project-id.ts';
import type { ProjectId } from '../../ids/project-id.ts';

export const projectIdSchema = z
  .string()
  .trim()
  .refine(isProjectId, 'not a DAOIP-5 project id (daoip-5:<system>:project:<name>)')
  .transform((v) => v as ProjectId);

/** The parts without which a project record is useless: it is skipped when these fail. */
export const projectCoreSchema = z.looseObject({
  id: projectIdSchema,
  name: z.string().trim().min(1, 'empty name'),
  socials: z.array(z.unknown()).optional(),
});


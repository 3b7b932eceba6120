/** zod schemas of a DAOIP-5 `GrantApplication` record as OpenGrants sends it (DESIGN §4.1): the required
 * parts. Optional fields are validated one by one (field-readers.ts, value schemas in
 * envelope.schema.ts). */
import { z } from 'zod';
import { projectIdSchema } from './projects.schema.ts';

/** An application that names no valid project cannot be attached to anything: it is skipped. */
export const applicationCoreSchema = z.looseObject({
  id: z.string().trim().min(1, 'empty id'),
  projectId: projectIdSchema,
});


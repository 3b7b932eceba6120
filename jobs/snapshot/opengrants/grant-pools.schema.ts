/** zod schemas of a DAOIP-5 `GrantPool` record as OpenGrants sends it (DESIGN §4.1): the required
 * parts. Optional fields are validated one by one (field-readers.ts, value schemas in
 * envelope.schema.ts). */
import { z } from 'zod';

/** Without an id and a name a pool cannot be referred to: the record is skipped. */
export const grantPoolCoreSchema = z.looseObject({
  id: z.string().trim().min(1, 'empty id'),
  name: z.string().trim().min(1, 'empty name'),
});


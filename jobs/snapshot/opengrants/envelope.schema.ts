/**
 * zod schemas shared by the OpenGrants (DAOIP-5) readers (DESIGN §4.1): the paged envelope
 * `{"@context", "data": [...], "pagination": {...}}` and the value shapes the API really sends —
 * numbers sometimes arrive as strings (`"awardedSubmissionsCount": "0"`).
 */
import { z } from 'zod';

export const envelopeSchema = z.looseObject({
  data: z.array(z.unknown()),
  pagination: z
    .looseObject({
      totalCount: z.number().optional(),
      hasNext: z.boolean().optional(),
    })
    .optional(),
});

const NUMERIC_TEXT_RE = /^-?\d+(?:\.\d+)?$/;

/** A number, or a string holding one (`"0"`, `"19994.09"`). */
export const numberish = z.union([z.number(), z.string().trim().regex(NUMERIC_TEXT_RE, 'expected a number').transform(Number)]);

/** A boolean, or the strings `"true"` / `"false"`. */
export const booleanish = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

export const socialSchema = z.object({ name: z.string().trim().min(1), value: z.string().trim().min(1) });

/** An optional text field: trimmed, and an empty string counts as absent (null). */
export const optionalText = z.string().transform((v) => (v.trim() === '' ? null : v.trim()));

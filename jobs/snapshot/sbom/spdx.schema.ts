/**
 * zod schemas for the parts of an SPDX 2.3 JSON document PG Atlas reads (DESIGN §4.4). The
 * document shell is validated loosely (every list optional); packages and relationships are
 * validated one by one so that a bad element is a warning about that element, never a rejected
 * document. Fields we do not read (licences, copyright text, checksums) are not validated.
 */
import { z } from 'zod';

export const SpdxExternalRefSchema = z.object({
  referenceCategory: z.string().optional(),
  referenceType: z.string(),
  referenceLocator: z.string(),
});

export const SpdxPackageSchema = z.object({
  SPDXID: z.string().min(1),
  name: z.string().min(1),
  versionInfo: z.string().optional(),
  downloadLocation: z.string().optional(),
  externalRefs: z.array(z.unknown()).optional(),
});
export type SpdxPackageRecord = z.infer<typeof SpdxPackageSchema>;

export const SpdxRelationshipSchema = z.object({
  spdxElementId: z.string().min(1),
  relatedSpdxElement: z.string().min(1),
  relationshipType: z.string().min(1),
});
export type SpdxRelationshipRecord = z.infer<typeof SpdxRelationshipSchema>;

export const SpdxDocumentSchema = z.object({
  SPDXID: z.string().optional(),
  spdxVersion: z.string().optional(),
  name: z.string().optional(),
  documentDescribes: z.array(z.string()).optional(),
  packages: z.array(z.unknown()).optional(),
  relationships: z.array(z.unknown()).optional(),
});

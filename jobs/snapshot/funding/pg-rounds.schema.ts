/**
 * zod schemas of a public-goods award round file (`funding/rounds/<yyyy>q<n>.yaml`, DESIGN §4.7):
 * the round (year, quarter, when voting closed) and the projects proposed in it, with the
 * DAOIP-5 `canonical_id` when the curators know it. Other keys are allowed.
 */
import { z } from 'zod';

export const pgRoundSchema = z.looseObject({
  name: z.string().nullish(),
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4),
  /** Unset while the round is still open: its projects are proposals, not awards yet. */
  voting_closed: z.union([z.string(), z.date()]).nullish(),
  projects: z.array(z.unknown()).nullish(),
});

export const pgRoundProjectSchema = z.looseObject({
  name: z.string().trim().min(1, 'empty name'),
  canonical_id: z.string().nullish(),
  main_repo_id: z.string().nullish(),
});

/** Link fields of a round project; checked so misplaced values (an id in a URL field) are reported. */
export const PG_ROUND_URL_FIELDS = ['proposal_pr_url', 'tansu_proposal_url', 'project_page_url'] as const;
/** Links are web pages: http(s) only (a DAOIP-5 id parses as a URL with scheme `daoip-5:`, and is a misplaced value here). */
export const urlSchema = z.url({ protocol: /^https?$/, message: 'not an http(s) URL' });

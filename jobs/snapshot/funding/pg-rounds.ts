/**
 * Parses a public-goods award round file (`funding/rounds/*.yaml`, DESIGN §4.7). Each project
 * becomes a `PgRoundEntry`: the round label (the same text the award CSV writes, `SCF Public
 * Goods - Q4 '25`), the project name, and its DAOIP-5 id when given. A `canonical_id` that is not
 * a project id, or one already used by another project of the same round, is warned about and
 * treated as unknown (the model then resolves the name), since it would otherwise credit the
 * wrong project.
 */
import { parse as parseYaml } from 'yaml';
import { isProjectId } from '../../ids/project-id.ts';
import type { ProjectId } from '../../ids/project-id.ts';
import type { WarningSink } from '../types.ts';
import type { FileContext } from '../meta/file-context.ts';
import { parseRecord, warnAt } from '../meta/file-context.ts';
import { fieldPath } from '../meta/field-path.ts';
import { PG_ROUND_URL_FIELDS, pgRoundProjectSchema, pgRoundSchema, urlSchema } from './pg-rounds.schema.ts';
import { FUNDING_SOURCE } from './scf-submissions.ts';

export interface PgRoundEntry {
  /** `SCF Public Goods - Q4 '25` */
  round: string;
  year: number;
  quarter: number;
  /** Voting has closed: the round's projects were decided. */
  decided: boolean;
  projectName: string;
  projectId: ProjectId | null;
  /** `main_repo_id` when the curators gave one (a repo purl as written). */
  mainRepoId: string | null;
  file: string;
}

/** The round label the SCF public-goods CSV exports use. */
export function pgRoundLabel(year: number, quarter: number): string {
  return `SCF Public Goods - Q${quarter} '${String(year).slice(-2)}`;
}

export function parsePgRoundFile(content: string | Buffer, file: string, sink: WarningSink): PgRoundEntry[] {
  const ctx: FileContext = { source: FUNDING_SOURCE, file, sink };
  let json: unknown;
  try {
    json = parseYaml(String(content));
  } catch (error) {
    warnAt(ctx, undefined, `file skipped: not valid YAML (${(error as Error).message.split('\n')[0]})`);
    return [];
  }
  const round = parseRecord(ctx, pgRoundSchema, json, '', 'round file');
  if (!round) return [];
  const label = pgRoundLabel(round.year, round.quarter);
  const decided = round.voting_closed !== null && round.voting_closed !== undefined && String(round.voting_closed).trim() !== '';
  const idOwner = new Map<string, string>();
  const entries: PgRoundEntry[] = [];
  (round.projects ?? []).forEach((raw, index) => {
    const path = fieldPath('', ['projects', index]);
    const project = parseRecord(ctx, pgRoundProjectSchema, raw, path, 'round project');
    if (!project) return;
    for (const key of PG_ROUND_URL_FIELDS) {
      const value = project[key];
      if (value !== null && value !== undefined && !urlSchema.safeParse(value).success) {
        warnAt(ctx, fieldPath(path, [key]), `not an http(s) URL: ${JSON.stringify(value)}`);
      }
    }
    let projectId: ProjectId | null = null;
    const canonical = project.canonical_id?.trim();
    if (canonical) {
      const owner = idOwner.get(canonical);
      if (!isProjectId(canonical)) warnAt(ctx, fieldPath(path, ['canonical_id']), `not a DAOIP-5 project id: ${JSON.stringify(canonical)}; the name is used instead`);
      else if (owner) warnAt(ctx, fieldPath(path, ['canonical_id']), `${canonical} is already the id of "${owner}" in this round; ignored for "${project.name}", whose name is used instead`);
      else {
        projectId = canonical;
        idOwner.set(canonical, project.name);
      }
    }
    entries.push({ round: label, year: round.year, quarter: round.quarter, decided, projectName: project.name, projectId, mainRepoId: project.main_repo_id?.trim() || null, file });
  });
  return entries;
}

/**
 * Finds the OpenGrants files of a snapshot (docs/SNAPSHOT.md: `opengrants/projects.json[.gz]`,
 * `grant-pools.json[.gz]`, `applications/<pool>.json[.gz]`) and parses them. Missing files give
 * empty lists; the build summary reports the source as missing.
 */
import type { OgApplication, OgGrantPool, OgProject, WarningSink } from '../types.ts';
import { findJsonFile, listFiles, readBytes } from '../meta/snapshot-files.ts';
import { parseOgApplications } from './applications.ts';
import { parseOgGrantPools } from './grant-pools.ts';
import { parseOgProjects } from './projects.ts';

export const OPENGRANTS_DIR = 'opengrants';
const JSON_FILE_RE = /\.json(\.gz)?$/;

export interface OpenGrantsRecords {
  projects: OgProject[];
  pools: OgGrantPool[];
  applications: OgApplication[];
  /** Files read (relative paths), for the source status. */
  files: string[];
}

export function readOpenGrants(root: string, sink: WarningSink): OpenGrantsRecords {
  const projectsFile = findJsonFile(root, `${OPENGRANTS_DIR}/projects`);
  const poolsFile = findJsonFile(root, `${OPENGRANTS_DIR}/grant-pools`);
  const applicationFiles = listFiles(root, `${OPENGRANTS_DIR}/applications`, (name) => JSON_FILE_RE.test(name));
  const projects = projectsFile ? parseOgProjects(readBytes(root, projectsFile), projectsFile, sink) : [];
  const pools = poolsFile ? parseOgGrantPools(readBytes(root, poolsFile), poolsFile, sink) : [];
  const applications = applicationFiles.flatMap((file) => parseOgApplications(readBytes(root, file), file, sink));
  const files = [projectsFile, poolsFile, ...applicationFiles].filter((f): f is string => f !== null);
  return { projects, pools, applications, files };
}

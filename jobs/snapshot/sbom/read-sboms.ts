/**
 * Reads every SBOM of a raw snapshot (docs/SNAPSHOT.md, DESIGN §4.4): GitHub dependency-graph
 * SBOMs at `sbom/*.spdx.json` (provenance `github-sbom`; `sbom/resubmissions/` is test material
 * and not read) and team-declared SBOMs at
 * `ecosystem/repos/<owner>/<repo>/manifests/.pg-atlas/sbom.spdx.json` (provenance
 * `declared-sbom`, repo = the folder it sits in). Sorted by file for determinism.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { WarningSink } from '../types.ts';
import { repoIdOf } from '../../ids/repo-id.ts';
import { listRepoDirs } from '../ecosystem/repo-dirs.ts';
import { parseSpdx, SBOM_SOURCE, type ParsedSbomDocument } from './parse-spdx.ts';

export const SBOM_DIR = 'sbom';
export const DECLARED_SBOM_PATH = 'manifests/.pg-atlas/sbom.spdx.json';

function readText(root: string, rel: string, sink: WarningSink): string | null {
  try {
    return fs.readFileSync(path.join(root, rel), 'utf8');
  } catch (error) {
    sink.warn({ source: SBOM_SOURCE, file: rel, message: `unreadable: ${(error as Error).message}` });
    return null;
  }
}

export function readSboms(root: string, sink: WarningSink): ParsedSbomDocument[] {
  const out: ParsedSbomDocument[] = [];
  let names: string[] = [];
  try {
    names = fs
      .readdirSync(path.join(root, SBOM_DIR), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.spdx.json'))
      .map((e) => e.name)
      .sort();
  } catch {
    names = [];
  }
  for (const name of names) {
    const rel = `${SBOM_DIR}/${name}`;
    const text = readText(root, rel, sink);
    const doc = text === null ? null : parseSpdx(text, rel, sink, 'github-sbom');
    if (doc) out.push(doc);
  }
  for (const dir of listRepoDirs(root)) {
    const rel = `${dir.relDir}/${DECLARED_SBOM_PATH}`;
    if (!fs.existsSync(path.join(root, rel))) continue;
    const text = readText(root, rel, sink);
    const doc = text === null ? null : parseSpdx(text, rel, sink, 'declared-sbom', { repoId: repoIdOf(dir.owner, dir.repo) });
    if (doc) out.push(doc);
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * `deploy health --atlas atlas.sqlite --dist dist [--built-at ISO] [--git-revision sha]`: writes
 * dist/health.json (DESIGN §9). The build time defaults to PG_ATLAS_BUILT_AT, then the clock.
 */
import { parseArgs } from 'node:util';
import { readAtlasFacts, sha256File } from '../atlas-facts.ts';
import { buildHealthDocument, writeHealthDocument } from '../health/health.ts';
import { required, type Command } from './context.ts';

export const BUILT_AT_ENV = 'PG_ATLAS_BUILT_AT';

export const health: Command = async (args, ctx) => {
  const { values } = parseArgs({
    args,
    options: { atlas: { type: 'string' }, dist: { type: 'string', default: 'dist' }, 'built-at': { type: 'string' }, 'git-revision': { type: 'string' } },
  });
  const atlas = required(values, 'atlas', 'health');
  const builtAt = values['built-at'] ?? ctx.env[BUILT_AT_ENV] ?? new Date().toISOString();
  const gitRevision = values['git-revision'] ?? ctx.env.GITHUB_SHA ?? 'unknown';
  const doc = buildHealthDocument(readAtlasFacts(atlas), { builtAt, gitRevision, atlasSha256: await sha256File(atlas) });
  const file = await writeHealthDocument(values.dist, doc);
  ctx.log(doc.status === 'ok' ? 'info' : 'warn', 'health.written', { file, status: doc.status, snapshot_as_of: doc.snapshot_as_of });
  const rows = Object.entries(doc.counts).map(([name, n]) => `| ${name} | ${n} |`);
  const sources = doc.sources.map((s) => `| ${s.source} | ${s.state} | ${s.records} | ${s.warnings} | ${s.errors.slice(0, 2).join('; ')} |`);
  await ctx.summary(
    [`### Build ${doc.status}: snapshot ${doc.snapshot_as_of}`, '', '| count | value |', '| --- | ---: |', ...rows, '', '| source | state | records | warnings | errors |', '| --- | --- | ---: | ---: | --- |', ...sources, ''].join('\n'),
  );
  ctx.out(file);
};

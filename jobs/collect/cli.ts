/**
 * `collect` command line (issue #4; STYLE §2.10: a thin parseArgs bin, lazy imports, exit codes on
 * user errors, JSON logs to stderr). `node jobs/collect/cli.ts --help`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const HELP = `Usage:
  collect [--out snapshots] [--source opengrants,overrides,github,git,registries] [--shard i/n]
          [--previous DIR] [--cache DIR] [--full] [--target URL]... [--label TEXT] [--json] [--strict]
  collect merge [--out snapshots] <shard dir>...

Collects a new raw snapshot into <out>/<YYYY-MM-DD> (docs/SNAPSHOT.md) and points <out>/latest at it
once complete. Sources not selected are carried over from the previous snapshot. See docs/COLLECT.md.

Options:
  --out DIR        snapshots folder (default: snapshots)
  --source LIST    comma-separated sources to collect (default: all)
  --shard i/n      collect the i-th of n shares of the repos (0-based), for a CI job matrix
  --previous DIR   snapshot to fall back to / carry over from (default: <out>/latest)
  --cache DIR      HTTP cache and git clones (default: <out>/.cache)
  --full           refresh every repo, ignoring the dormant-repo cadence
  --target URL     extra GitHub repo or owner URL to collect (repeatable)
  --label TEXT     label stored in snapshot.json (shown on every page)
  --json           structured JSON logs on stderr
  --strict         exit 3 when any source is not ok
  -h, --help       this help

Environment: GITHUB_TOKEN (GitHub API), OPENGRANTS_API_KEY (optional), OPENGRANTS_BASE_URL (optional).
Exit codes: 0 done (a source may still be partial, stale or failed: see the summary), 1 usage error,
2 unexpected failure, 3 --strict and some source not ok.
`;

class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

const OPTIONS = {
  out: { type: 'string', default: 'snapshots' },
  source: { type: 'string' },
  shard: { type: 'string' },
  previous: { type: 'string' },
  cache: { type: 'string' },
  full: { type: 'boolean', default: false },
  target: { type: 'string', multiple: true },
  label: { type: 'string' },
  json: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    // node:util parseArgs (unknown option, missing value): a usage error, not a crash.
    throw new CliError(`${(error as Error).message}\n(see collect --help)`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const { terminalLog } = await import('./cli/terminal-log.ts');
  const { summaryTable } = await import('./cli/summary-table.ts');
  const log = terminalLog({ json: values.json });
  const command = positionals[0] ?? 'collect';
  if (command === 'merge') {
    const dirs = positionals.slice(1);
    if (dirs.length === 0) throw new CliError('collect merge: give the shard output folders');
    const { mergeShards, MergeError } = await import('./snapshot-writer/merge-shards.ts');
    const result = await mergeShards(dirs, values.out).catch((error: unknown) => {
      throw error instanceof MergeError ? new CliError(error.message) : error;
    });
    log.finish();
    process.stdout.write(`merged ${dirs.length} shard(s) into ${result.dir}${result.missingShards.length ? ` (missing shards: ${result.missingShards.join(', ')})` : ''}\n${summaryTable(result.sources)}\n`);
    return 0;
  }
  if (command !== 'collect') throw new CliError(`unknown command "${command}"\n\n${HELP}`);
  const { SOURCE_NAMES } = await import('./snapshot-writer/source-files.ts');
  type Name = (typeof SOURCE_NAMES)[number];
  let sources: Name[] | undefined;
  if (values.source) {
    const wanted = values.source.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = wanted.filter((s) => !(SOURCE_NAMES as readonly string[]).includes(s));
    if (unknown.length) throw new CliError(`unknown source(s): ${unknown.join(', ')} (known: ${SOURCE_NAMES.join(', ')})`);
    sources = wanted as Name[];
  }
  const { parseShard } = await import('./incremental/shard.ts');
  let shard = null;
  try {
    shard = values.shard ? parseShard(values.shard) : null;
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  if (values.previous !== undefined && !existsSync(path.join(values.previous, 'snapshot.json'))) {
    throw new CliError(`--previous ${values.previous} is not a snapshot folder (no snapshot.json)`);
  }
  const { parseGitHubUrl } = await import('../ids/repo-id.ts');
  const badTargets = (values.target ?? []).filter((url) => parseGitHubUrl(url) === null);
  if (badTargets.length) throw new CliError(`--target takes GitHub owner or repo URLs; not understood: ${badTargets.join(', ')}`);
  const { collect } = await import('./collect.ts');
  const result = await collect({
    out: values.out,
    sources,
    shard,
    previous: values.previous,
    cacheDir: values.cache,
    full: values.full,
    targets: values.target ?? [],
    label: values.label,
    ctx: { log },
  });
  log.finish();
  process.stdout.write(`snapshot ${result.dir} (as_of ${result.asOf})\n${summaryTable(result.sources)}\n`);
  if (values.strict && Object.values(result.sources).some((r) => r.state !== 'ok')) return 3;
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`collect: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 2;
  },
);

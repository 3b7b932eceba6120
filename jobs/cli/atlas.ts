#!/usr/bin/env node
/**
 * `atlas`: the command line that mirrors the pipeline stages. A thin parseArgs shell that
 * lazy-imports one module per command, so `atlas --help` costs nothing.
 *
 *   atlas build   [--snapshot DIR] [--out DIR] [--skip-site]   snapshot → atlas.sqlite → static site
 *   atlas compute [--snapshot DIR] [--out DIR]                 snapshot → atlas.sqlite only
 *   atlas stats   [--db FILE]                                  print the summary of an atlas.sqlite
 */
import { parseArgs } from 'node:util';
import { CliError } from './cli-error.ts';

const HELP = `atlas — PG Atlas pipeline

Usage:
  atlas build   [--snapshot DIR] [--out DIR] [--skip-site] [--json] [--force] [--previous FILE]
  atlas compute [--snapshot DIR] [--out DIR] [--json] [--force] [--previous FILE]
  atlas stats   [--db FILE]

Options:
  --snapshot DIR   raw snapshot folder (default: sample/snapshot, the embedded sample data)
  --out DIR        output folder: DIR/atlas.sqlite and DIR/dist (default: out/atlas.sqlite and dist/)
  --skip-site      write atlas.sqlite only (same as 'compute')
  --json           print the end-of-run summary as JSON on stdout
  --previous FILE  the build this one replaces (its atlas.sqlite or health.json): the status
                   page then shows counts against it
  --force          build the site even when a source failed or the atlas has no project
                   (otherwise atlas.sqlite is written for inspection and the command exits 3)
  --db FILE        atlas.sqlite to read (default: out/atlas.sqlite)
  -h, --help       this help

Exit codes: 0 done; 1 unexpected failure; 2 usage error or unreadable input (a missing folder,
no usable snapshot.json as_of); 3 refused (a source failed or no project was read; see --force).
`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      snapshot: { type: 'string' },
      out: { type: 'string' },
      db: { type: 'string' },
      'skip-site': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      previous: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  } catch (error) {
    // node:util parseArgs: unknown option, missing value, … — a usage error, not a crash.
    throw new CliError(`${(error as Error).message} (try --help)`, 2);
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (values.help || !command) {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case 'build':
    case 'compute': {
      const { runBuild } = await import('./build-command.ts');
      return runBuild({
        snapshot: values.snapshot,
        out: values.out,
        site: command === 'build' && !values['skip-site'],
        json: values.json,
        force: values.force,
        previous: values.previous,
      });
    }
    case 'stats': {
      const { runStats } = await import('./stats-command.ts');
      return runStats({ db: values.db });
    }
    default:
      throw new CliError(`unknown command '${command}' (try --help)`, 2);
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`atlas: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`atlas: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);

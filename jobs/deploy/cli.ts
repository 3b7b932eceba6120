/**
 * `npm run deploy -- <command>`: the deploy and operations stages (DESIGN §8–§9) as one thin CLI.
 * Parses only the command name and lazy-imports its module, so `gate` does not load the Stellar SDK.
 * Data goes to stdout, JSON logs to stderr; exit codes are in cli-error.ts.
 */
import { CliError, EXIT_USAGE } from './cli-error.ts';
import type { Command } from './commands/context.ts';

interface CommandEntry {
  summary: string;
  /** Options of the command; `deploy <command> --help` prints them. */
  usage: string;
  load: () => Promise<Command>;
}

const COMMANDS: Record<string, CommandEntry> = {
  pack: {
    summary: 'pack dist/ into a CAR; prints the root CID',
    usage: 'pack --out site.car [--dist dist]',
    load: async () => (await import('./commands/pack.ts')).pack,
  },
  pin: {
    summary: 'pin a CAR on every configured provider (Pinata, Pinning Service API)',
    usage: 'pin --car site.car [--name pg-atlas] [--min-providers 2]\n  env: PG_ATLAS_PINATA_JWT, PG_ATLAS_PSA_ENDPOINT, PG_ATLAS_PSA_TOKEN',
    load: async () => (await import('./commands/pin.ts')).pin,
  },
  verify: {
    summary: 'fetch /ipfs/<cid>/ and index.html through a gateway',
    usage: 'verify --cid CID [--gateway URL] [--dist dist]\n  env: PG_ATLAS_IPFS_GATEWAY (default https://ipfs.io)',
    load: async () => (await import('./commands/verify.ts')).verify,
  },
  'xlm-sh': {
    summary: 'set app.xlm_sh.ipfs (or .ipns) on the publisher account; --unsigned prints XDR',
    usage:
      'xlm-sh (--cid CID | --value TEXT) [--network public|testnet] [--key app.xlm_sh.ipfs|app.xlm_sh.ipns] [--horizon-url URL]\n' +
      '       [--unsigned --account G…]\n  env: PG_ATLAS_XLM_SECRET (not needed with --unsigned); values over 64 bytes are refused',
    load: async () => (await import('./commands/xlm-sh.ts')).xlmSh,
  },
  health: {
    summary: 'write dist/health.json from atlas.sqlite',
    usage: 'health --atlas out/atlas.sqlite [--dist dist] [--built-at ISO] [--git-revision SHA]\n  env: PG_ATLAS_BUILT_AT, GITHUB_SHA',
    load: async () => (await import('./commands/health.ts')).health,
  },
  gate: {
    summary: 'refuse an atlas that lost projects, repos or edges against the previous deploy',
    usage: 'gate --atlas new.sqlite [--previous atlas.sqlite|health.json] [--max-drop 0.2] [--force]',
    load: async () => (await import('./commands/gate.ts')).gate,
  },
  record: {
    summary: 'append this deploy to the ledger (deploys.jsonl)',
    usage:
      'record --ledger deploys.jsonl --atlas out/atlas.sqlite --cid CID [--targets pages,ipfs,xlm-sh]\n' +
      '       [--git-revision SHA] [--run-id N] [--deployed-at ISO] [--rolled-back-from CID]',
    load: async () => (await import('./commands/record.ts')).record,
  },
  rollback: {
    summary: 'select a recorded build and re-pin / re-publish / re-deploy it',
    usage:
      'rollback --ledger deploys.jsonl [--to previous|latest|-N|PREFIX] [--print] [--pin] [--gateway URL]\n' +
      '         [--xlm-sh --network public|testnet --horizon-url URL] [--dispatch --repo owner/name --ref main --github-api-url URL]',
    load: async () => (await import('./commands/rollback.ts')).rollback,
  },
  unpack: {
    summary: 'turn a CAR (file or gateway) back into a site folder',
    usage: 'unpack --out DIR (--car FILE | --cid CID [--gateway URL])',
    load: async () => (await import('./commands/unpack.ts')).unpack,
  },
};

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'usage: npm run deploy -- <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    '`npm run deploy -- <command> --help` lists the options of one command; docs/DEPLOY.md explains them.',
    'Exit codes: 0 ok, 2 usage, configuration or input-file error, 3 refused by a check, 4 a remote service failed.',
  ].join('\n');
}

/** The help of one command: its summary and options. */
export function commandHelp(name: string): string {
  const command = COMMANDS[name];
  return `${command.summary}\n\nusage: npm run deploy -- ${command.usage}\n`;
}

/** File-system errors on paths the user gave (a missing --atlas, --car or --dist): a usage error, not a crash. */
function inputFileProblem(error: unknown): string | null {
  const e = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof e.code !== 'string' || !['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR'].includes(e.code)) return null;
  const reason = { ENOENT: 'no such file or folder', EACCES: 'permission denied', EISDIR: 'is a folder, not a file', ENOTDIR: 'is not a folder' }[e.code];
  return `${e.path ?? 'a path given'}: ${reason}`;
}

/** Where the CLI itself writes help and failures (a command's own data and logs go through its context). */
export interface CliStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const PROCESS_STREAMS: CliStreams = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

export async function main(argv: string[], io: CliStreams = PROCESS_STREAMS): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${helpText()}\n`);
    return name ? 0 : EXIT_USAGE;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`deploy: unknown command "${name}"\n${helpText()}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(name));
    return 0;
  }
  const { defaultContext } = await import('./commands/context.ts');
  const failed = (message: string, code: number): number => {
    io.stderr(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'deploy.failed', command: name, message })}\n`);
    return code;
  };
  try {
    await (await command.load())(rest, defaultContext());
    return 0;
  } catch (error) {
    if (error instanceof CliError) return failed(error.message, error.exitCode);
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      return failed(`${name}: ${error.message} (usage: npm run deploy -- ${command.usage.split('\n')[0]})`, EXIT_USAGE);
    }
    const fileProblem = inputFileProblem(error);
    if (fileProblem) return failed(`${name}: ${fileProblem}`, EXIT_USAGE);
    io.stderr(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'deploy.crashed', command: name, message: String(error instanceof Error ? error.stack : error) })}\n`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));

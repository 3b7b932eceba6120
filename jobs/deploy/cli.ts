/**
 * `npm run deploy -- <command>`: the deploy and operations stages (DESIGN §8–§9) as one thin CLI.
 * Parses only the command name and lazy-imports its module, so `gate` does not load the Stellar SDK.
 * Data goes to stdout, JSON logs to stderr; exit codes are in cli-error.ts.
 */
import { CliError, EXIT_USAGE } from './cli-error.ts';
import type { Command } from './commands/context.ts';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  pack: { summary: 'pack dist/ into a CAR; prints the root CID', load: async () => (await import('./commands/pack.ts')).pack },
  pin: { summary: 'pin a CAR on every configured provider (Pinata, Pinning Service API)', load: async () => (await import('./commands/pin.ts')).pin },
  verify: { summary: 'fetch /ipfs/<cid>/ and index.html through a gateway', load: async () => (await import('./commands/verify.ts')).verify },
  'xlm-sh': { summary: 'set app.xlm_sh.ipfs (or .ipns) on the publisher account; --unsigned prints XDR', load: async () => (await import('./commands/xlm-sh.ts')).xlmSh },
  health: { summary: 'write dist/health.json from atlas.sqlite', load: async () => (await import('./commands/health.ts')).health },
  gate: { summary: 'refuse an atlas that lost projects, repos or edges against the previous deploy', load: async () => (await import('./commands/gate.ts')).gate },
  record: { summary: 'append this deploy to the ledger (deploys.jsonl)', load: async () => (await import('./commands/record.ts')).record },
  rollback: { summary: 'select a recorded build and re-pin / re-publish / re-deploy it', load: async () => (await import('./commands/rollback.ts')).rollback },
  unpack: { summary: 'turn a CAR (file or gateway) back into a site folder', load: async () => (await import('./commands/unpack.ts')).unpack },
};

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['usage: npm run deploy -- <command> [options]', '', 'commands:', ...lines, '', 'Options per command: see docs/DEPLOY.md.'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${helpText()}\n`);
    return name ? 0 : EXIT_USAGE;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`deploy: unknown command "${name}"\n${helpText()}\n`);
    return EXIT_USAGE;
  }
  const { defaultContext } = await import('./commands/context.ts');
  try {
    await (await command.load())(rest, defaultContext());
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${JSON.stringify({ level: 'error', event: 'deploy.failed', command: name, message: error.message })}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`deploy ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`${JSON.stringify({ level: 'error', event: 'deploy.crashed', command: name, message: String(error instanceof Error ? error.stack : error) })}\n`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));

/**
 * Validates .github/workflows (issue #5 "Checked here"): the real workflow validator
 * (@action-validator/core, the GitHub workflow JSON schema compiled to WASM, offline) plus a zod
 * schema of the essentials and the repository's own rules: `needs` name existing jobs, least
 * privilege, secrets only in protected environments and never inside `run:` scripts, actions pinned
 * to a major version, every npm script and deploy command the workflows call exists.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { z } from 'zod';
import { commandHelp, helpText } from './cli.ts';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORKFLOW_DIR = path.join(ROOT, '.github/workflows');
const FILES = readdirSync(WORKFLOW_DIR).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml')).sort();
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** Environments that hold secrets and are protected in the repository settings (docs/DEPLOY.md). */
const ENVIRONMENTS = ['github-pages', 'ipfs', 'xlm-sh'];
/** The only write scopes any job may ask for, and what for. */
const WRITE_SCOPES: Record<string, string> = { pages: 'deploy Pages', 'id-token': 'Pages OIDC', contents: 'push the deploys ledger', issues: 'the alert issue' };

/** Every secret the workflows may use and where it lives (docs/DEPLOY.md, "Secrets"). */
const SECRET_ENVIRONMENTS: Record<string, string> = {
  GITHUB_TOKEN: 'repository',
  COLLECT_GITHUB_TOKEN: 'repository',
  OPENGRANTS_API_KEY: 'repository',
  PINATA_JWT: 'ipfs',
  PSA_TOKEN: 'ipfs',
  XLM_SH_PUBLISHER_SECRET: 'xlm-sh',
};

const Step = z
  .object({ uses: z.string().optional(), run: z.string().optional(), with: z.record(z.string(), z.unknown()).optional(), env: z.record(z.string(), z.unknown()).optional() })
  .passthrough()
  .refine((s) => (s.uses === undefined) !== (s.run === undefined), 'a step has exactly one of uses / run');
const Permissions = z.record(z.string(), z.enum(['read', 'write', 'none']));
const Job = z
  .object({
    'runs-on': z.string(),
    needs: z.union([z.string(), z.array(z.string())]).optional(),
    permissions: Permissions.optional(),
    environment: z.union([z.string(), z.object({ name: z.string(), url: z.string().optional() })]).optional(),
    'timeout-minutes': z.number().int().positive(),
    steps: z.array(Step).min(1),
  })
  .passthrough();
const Workflow = z.object({
  name: z.string(),
  on: z.record(z.string(), z.unknown()),
  permissions: z.object({ contents: z.literal('read') }).strict(),
  jobs: z.record(z.string(), Job),
});
type Workflow = z.infer<typeof Workflow>;

function load(file: string): { text: string; workflow: Workflow } {
  const text = readFileSync(path.join(WORKFLOW_DIR, file), 'utf8');
  return { text, workflow: Workflow.parse(parse(text)) };
}

const helpCache = new Map<string, string>();
/** `--help` of a repository CLI, run once per test file. */
function cliHelp(script: string): string {
  if (!helpCache.has(script)) helpCache.set(script, execFileSync(process.execPath, [path.join(ROOT, script), '--help'], { encoding: 'utf8' }));
  return helpCache.get(script)!;
}

const needsOf = (job: Workflow['jobs'][string]): string[] => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);
const environmentOf = (job: Workflow['jobs'][string]): string | undefined => (typeof job.environment === 'string' ? job.environment : job.environment?.name);

describe('workflow validator', () => {
  it('finds nothing wrong in ours and does catch a broken workflow', () => {
    for (const file of FILES) expect({ file, errors: validateWorkflow(readFileSync(path.join(WORKFLOW_DIR, file), 'utf8')).errors }).toEqual({ file, errors: [] });
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        runn: echo\n    timeout: 3\n';
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });
});

describe.each(FILES)('%s', (file) => {
  const { text, workflow } = load(file);
  const jobs = Object.entries(workflow.jobs);

  it('has needs that name existing jobs and no cycle', () => {
    for (const [name, job] of jobs) for (const need of needsOf(job)) expect(workflow.jobs[need], `${name} needs ${need}`).toBeDefined();
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string): void => {
      if (done.has(name)) return;
      expect(visiting.has(name), `cycle through ${name}`).toBe(false);
      visiting.add(name);
      needsOf(workflow.jobs[name]).forEach(visit);
      visiting.delete(name);
      done.add(name);
    };
    jobs.forEach(([name]) => visit(name));
  });

  it('asks for least privilege and uses only known environments', () => {
    for (const [name, job] of jobs) {
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        if (level === 'write') expect(WRITE_SCOPES[scope], `${name} writes ${scope}`).toBeDefined();
      }
      const environment = environmentOf(job);
      if (environment) expect(ENVIRONMENTS).toContain(environment);
    }
  });

  it('keeps secrets out of run scripts and inside protected environments', () => {
    for (const [name, job] of jobs) {
      for (const step of job.steps) {
        expect(step.run ?? '', `${name}: a run script references secrets`).not.toMatch(/secrets\./);
        expect(step.run ?? '', `${name}: a run script prints an env secret`).not.toMatch(/echo[^\n]*\$\{?(PG_ATLAS_XLM_SECRET|PG_ATLAS_PINATA_JWT|PG_ATLAS_PSA_TOKEN)/);
      }
      for (const [, secret] of JSON.stringify(job).matchAll(/secrets\.([A-Z_]+)/g)) {
        const home = SECRET_ENVIRONMENTS[secret];
        expect(home, `${name} uses an unlisted secret ${secret}`).toBeDefined();
        if (home !== 'repository') expect(environmentOf(job), `${name} uses ${secret} outside environment ${home}`).toBe(home);
      }
    }
    expect(text).not.toMatch(/set -x/);
  });

  it('pins actions to a major version of an official or listed publisher', () => {
    for (const [, job] of jobs) {
      for (const step of job.steps) if (step.uses) expect(step.uses).toMatch(/^actions\/[a-z-]+(\/[a-z-]+)?@v\d+$/);
    }
  });

  it('passes only options the called command accepts', () => {
    const scripts = text.replace(/\\\n\s*/g, ' ');
    for (const [, script, args = ''] of scripts.matchAll(/npm run (?:--silent )?([a-z0-9:-]+)(?: -- ([^\n|>]*))?/g)) {
      const words = args.trim().split(/\s+/);
      const flags = [...args.matchAll(/(?:^|[\s'"(])(--[a-z][a-z-]*)/g)].map((m) => m[1]);
      let help: string;
      if (script === 'deploy') help = commandHelp(words[0]);
      else if (script === 'collect') help = cliHelp('jobs/collect/cli.ts');
      else if (script === 'build') help = cliHelp('jobs/cli/atlas.ts');
      else continue; // test:e2e takes spec file filters only
      for (const flag of flags) expect(help, `npm run ${script} -- … ${flag}`).toMatch(new RegExp(`${flag}(?![a-z-])`));
    }
  });

  it('calls only npm scripts and deploy commands that exist', () => {
    const help = helpText();
    for (const match of text.matchAll(/npm run (?:--silent )?([a-z0-9:-]+)(?: -- ([a-z-]+))?/g)) {
      const [, script, sub] = match;
      if (script === 'deploy') {
        // package.json gets "deploy": "node jobs/deploy/cli.ts" (docs/DEPLOY.md); if present it must be exactly that
        if (PACKAGE.scripts.deploy !== undefined) expect(PACKAGE.scripts.deploy).toBe('node jobs/deploy/cli.ts');
        expect(help, `deploy command ${sub}`).toMatch(new RegExp(`^  ${sub} `, 'm'));
      } else expect(PACKAGE.scripts[script], `npm script ${script}`).toBeDefined();
    }
  });
});

describe('rebuild.yml specifics', () => {
  const { workflow } = load('rebuild.yml');
  const on = workflow.on as { schedule: Array<{ cron: string }>; workflow_dispatch: { inputs: Record<string, unknown> } };

  it('runs on an off-peak minute and offers the dispatch inputs', () => {
    const [minute] = on.schedule[0].cron.split(' ');
    expect(Number(minute)).toBeGreaterThan(0);
    expect(Number(minute) % 15).not.toBe(0);
    expect(Object.keys(on.workflow_dispatch.inputs).sort()).toEqual(['force', 'rollback-to', 'skip-ipfs', 'skip-xlm-sh']);
  });

  it('collects over a matrix whose size matches SHARDS, then merge → build → gate → deploy', () => {
    const collect = workflow.jobs.collect as unknown as { strategy: { matrix: { shard: number[] } } };
    const shards = (parse(readFileSync(path.join(WORKFLOW_DIR, 'rebuild.yml'), 'utf8')) as { env: { SHARDS: number } }).env.SHARDS;
    expect(collect.strategy.matrix.shard).toEqual([...Array(shards).keys()]);
    const buildSteps = workflow.jobs.build.steps.map((s) => s.name ?? s.uses ?? '');
    const order = ['Merge shards', 'Build atlas.sqlite and the site', 'Write dist/health.json', 'Browser smoke test', 'Sanity gate against the deployed build', 'Pack dist/ into a CAR'];
    expect(order.map((n) => buildSteps.indexOf(n))).toEqual([...order.map((n) => buildSteps.indexOf(n))].sort((a, b) => a - b));
    expect(order.every((n) => buildSteps.includes(n))).toBe(true);
    expect(workflow.jobs['deploy-pages'].steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(environmentOf(workflow.jobs['xlm-sh'])).toBe('xlm-sh');
    expect(needsOf(workflow.jobs['xlm-sh'])).toContain('ipfs');
    expect(workflow.jobs.alert.permissions).toEqual({ issues: 'write' });
    expect(workflow.jobs.alert.if).toMatch(/always\(\)/);
  });

  it('smoke-tests the site just built, with a Chromium it installs, and never the shared real data', () => {
    const steps = workflow.jobs.build.steps;
    const index = (name: string) => steps.findIndex((s) => s.name === name);
    const smoke = steps[index('Browser smoke test')];
    expect(smoke.run).toMatch(/^npm run test:e2e\b/);
    // The build step writes out/atlas.sqlite and dist/ (atlas build defaults, no --out).
    expect(steps[index('Build atlas.sqlite and the site')].run).not.toMatch(/--out\b/);
    expect(smoke.env).toMatchObject({ PG_ATLAS_DIST: 'dist', PG_ATLAS_DB: 'out/atlas.sqlite' });
    expect(index('Install Chromium for the browser tests')).toBeLessThan(index('Browser smoke test'));
    expect(steps[index('Install Chromium for the browser tests')].run).toMatch(/playwright install --with-deps chromium[\s\S]*CHROMIUM_PATH=.*>> "\$GITHUB_ENV"/);
    expect(JSON.stringify(workflow)).not.toMatch(/shared\/realdata|REALDATA/); // comments aside
  });

  it('collects against the last gated snapshot, which the build job saves after the gate', () => {
    const collect = workflow.jobs.collect.steps;
    const restore = collect.find((s) => s.uses?.startsWith('actions/cache/restore@'));
    expect(restore?.with).toMatchObject({ path: 'previous-snapshot', 'restore-keys': 'snapshot-' });
    expect(collect.find((s) => String(s.name ?? '').startsWith('Collect shard'))?.run).toMatch(/--previous previous-snapshot/);
    const build = workflow.jobs.build.steps;
    const save = build.findIndex((s) => s.uses?.startsWith('actions/cache/save@'));
    expect((build[save].with as { path: string }).path).toBe('previous-snapshot');
    expect(save).toBeGreaterThan(build.findIndex((s) => s.name === 'Sanity gate against the deployed build'));
  });

  it('keeps hidden files in the Pages artefact', () => {
    const build = workflow.jobs.build.steps;
    expect(build.some((s) => s.uses?.startsWith('actions/upload-pages-artifact'))).toBe(false);
    expect(build.find((s) => s.name === 'Package the Pages artefact with hidden files')?.run).toMatch(/tar .*--directory dist -cf artifact\.tar \./);
    expect(build.find((s) => (s.with as { name?: string } | undefined)?.name === 'github-pages')).toBeDefined();
  });
});

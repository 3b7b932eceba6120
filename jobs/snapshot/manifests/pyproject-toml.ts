/**
 * Python `pyproject.toml` (DESIGN §4.5): PEP 621 `[project]` or Poetry `[tool.poetry]`.
 *
 * - publishes `pkg:pypi/<name>` (PEP 503-normalised), private when a classifier says
 *   `Private :: Do Not Upload` (the classifier PyPI itself refuses).
 * - `[project].dependencies` and `[tool.poetry.dependencies]` (minus `python`) → runtime.
 * - `[project.optional-dependencies]`: an extra is an optional *runtime* feature users install
 *   (`stellar-sdk[aiohttp]`), so extras are runtime — except extras whose name says they are
 *   tooling (a `-`/`_`-separated word of the name in `PYTHON_DEV_EXTRAS`: `dev`, `test`,
 *   `docs`, `dev-server`, …), which are dev. Poetry `optional = true` dependencies follow the
 *   `[tool.poetry.extras]` that list them: dev when every such extra is a tooling extra.
 * - PEP 735 `[dependency-groups]`, Poetry `dev-dependencies` and `group.<name>.dependencies` →
 *   dev (groups are never installed by users of the package).
 * - `[build-system].requires` → build.
 * - Local references (`name @ file://…`, Poetry `path = …`) are internal.
 */
import { parse as parseToml } from 'smol-toml';
import type { DependencyScope, ParsedManifest } from '../types.ts';
import { DependencyList, isRecord, purlOrWarn, warnManifest, type ManifestContext } from './manifest-context.ts';
import { isExampleOrTestPath } from './example-or-test.ts';
import { parsePep508 } from './pep508.ts';

/** Extra / group names that denote development tooling rather than a user-facing feature. */
export const PYTHON_DEV_EXTRAS = ['dev', 'develop', 'development', 'test', 'tests', 'testing', 'doc', 'docs', 'documentation', 'lint', 'linting', 'typing', 'types', 'mypy', 'style', 'format', 'check', 'qa', 'ci', 'coverage', 'bench', 'benchmark', 'benchmarks'];

/** Whether an extra / group name denotes tooling (`docs`, `dev-server`, `test_utils`). */
export function isDevExtra(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[-_.]+/)
    .some((word) => PYTHON_DEV_EXTRAS.includes(word));
}

const PRIVATE_CLASSIFIER = 'Private :: Do Not Upload';

function isLocalReference(url: string): boolean {
  return /^file:/i.test(url) || url.startsWith('.') || url.startsWith('/');
}

export function parsePyprojectToml(text: string, ctx: ManifestContext): ParsedManifest | null {
  let toml: Record<string, unknown>;
  try {
    toml = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    warnManifest(ctx, undefined, `not valid TOML, manifest skipped: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
  const project = isRecord(toml.project) ? toml.project : null;
  const tool = isRecord(toml.tool) ? toml.tool : {};
  const poetry = isRecord(tool.poetry) ? tool.poetry : null;
  const poetryExtras = poetry && isRecord(poetry.extras) ? poetry.extras : {};
  /** Names of the Poetry extras that list a package. */
  const poetryExtrasOf = (pkg: string): string[] =>
    Object.entries(poetryExtras)
      .filter(([, list]) => Array.isArray(list) && list.some((item) => typeof item === 'string' && item.toLowerCase() === pkg.toLowerCase()))
      .map(([extra]) => extra);

  const deps = new DependencyList();
  const addPep508List = (list: unknown, scope: DependencyScope, field: string): void => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      warnManifest(ctx, field, 'not a list, skipped');
      return;
    }
    for (const [i, item] of list.entries()) {
      if (isRecord(item)) continue; // PEP 735 `{include-group = "…"}`: the included group is read on its own
      const req = typeof item === 'string' ? parsePep508(item) : null;
      if (!req) {
        warnManifest(ctx, `${field}[${i}]`, `not a PEP 508 requirement: ${JSON.stringify(item)}`);
        continue;
      }
      deps.add(purlOrWarn(ctx, 'pypi', req.name, `${field}[${i}]`), req.specifier ?? req.url, scope, req.url !== null && isLocalReference(req.url));
    }
  };
  const addPoetryTable = (table: unknown, scope: DependencyScope, field: string): void => {
    if (table === undefined) return;
    if (!isRecord(table)) {
      warnManifest(ctx, field, 'not a table, skipped');
      return;
    }
    for (const [name, value] of Object.entries(table)) {
      if (name.toLowerCase() === 'python') continue;
      const at = `${field}.${name}`;
      // A list of tables is several constraints for one package (per-platform versions).
      const first = Array.isArray(value) ? value[0] : value;
      let range: string | null = null;
      let internal = false;
      let depScope = scope;
      if (typeof first === 'string') range = first;
      else if (isRecord(first)) {
        range = typeof first.version === 'string' ? first.version : null;
        internal = typeof first.path === 'string';
        const extras = poetryExtrasOf(name);
        if (first.optional === true && extras.length > 0 && extras.every(isDevExtra)) depScope = 'dev';
      } else {
        warnManifest(ctx, at, 'not a version string or dependency table, skipped');
        continue;
      }
      deps.add(purlOrWarn(ctx, 'pypi', name, at), range, depScope, internal);
    }
  };


  if (project) {
    addPep508List(project.dependencies, 'runtime', 'project.dependencies');
    const extras = project['optional-dependencies'];
    if (isRecord(extras)) {
      for (const [extra, list] of Object.entries(extras)) {
        addPep508List(list, isDevExtra(extra) ? 'dev' : 'runtime', `project.optional-dependencies.${extra}`);
      }
    }
  }
  const groups = toml['dependency-groups'];
  if (isRecord(groups)) for (const [group, list] of Object.entries(groups)) addPep508List(list, 'dev', `dependency-groups.${group}`);
  if (poetry) {
    addPoetryTable(poetry.dependencies, 'runtime', 'tool.poetry.dependencies');
    addPoetryTable(poetry['dev-dependencies'], 'dev', 'tool.poetry.dev-dependencies');
    if (isRecord(poetry.group)) {
      for (const [group, body] of Object.entries(poetry.group)) {
        if (isRecord(body)) addPoetryTable(body.dependencies, group === 'main' ? 'runtime' : 'dev', `tool.poetry.group.${group}.dependencies`);
      }
    }
  }
  const buildSystem = isRecord(toml['build-system']) ? toml['build-system'] : null;
  if (buildSystem) addPep508List(buildSystem.requires, 'build', 'build-system.requires');

  const name = typeof project?.name === 'string' ? project.name : typeof poetry?.name === 'string' ? poetry.name : null;
  const classifiers = [project?.classifiers, poetry?.classifiers].flatMap((c) => (Array.isArray(c) ? c : []));
  return {
    path: ctx.path,
    kind: 'pyproject.toml',
    publishes: name ? purlOrWarn(ctx, 'pypi', name, project?.name ? 'project.name' : 'tool.poetry.name') : null,
    isPrivate: classifiers.some((c) => typeof c === 'string' && c.trim() === PRIVATE_CLASSIFIER),
    isExampleOrTest: isExampleOrTestPath(ctx.path),
    dependencies: deps.toArray(),
  };
}

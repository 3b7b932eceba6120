import { describe, expect, it } from 'vitest';
import { parsePyprojectToml } from './pyproject-toml.ts';
import { parsePep508 } from './pep508.ts';
import { realManifest, testContext } from './test-support.ts';

describe('parsePep508', () => {
  it('strips extras and markers, keeps the specifier', () => {
    expect(parsePep508("toml>=0.10.2; python_version < '3.11'")).toEqual({ name: 'toml', specifier: '>=0.10.2', url: null });
    expect(parsePep508('requests[socks, security] >= 2.0, <3')).toEqual({ name: 'requests', specifier: '>=2.0,<3', url: null });
    expect(parsePep508('mypy>=1.14.1 ; platform_python_implementation != "PyPy"')).toEqual({ name: 'mypy', specifier: '>=1.14.1', url: null });
    expect(parsePep508('pydantic')).toEqual({ name: 'pydantic', specifier: null, url: null });
    expect(parsePep508('name (>=1.0)')).toEqual({ name: 'name', specifier: '>=1.0', url: null });
    expect(parsePep508('pkg @ file:///src/pkg')).toEqual({ name: 'pkg', specifier: null, url: 'file:///src/pkg' });
  });
  it('rejects what is not a requirement', () => {
    for (const bad of ['', '>=1.0', 'name garbage', 'name[extra']) expect(parsePep508(bad), bad).toBeNull();
  });
});

describe('parsePyprojectToml', () => {
  it('reads the real StellarCN/py-stellar-base pyproject (PEP 621 + PEP 735)', () => {
    const ctx = testContext('pyproject.toml');
    const m = parsePyprojectToml(realManifest('StellarCN/py-stellar-base', 'pyproject.toml'), ctx)!;
    expect(ctx.warnings).toEqual([]);
    expect(m.publishes).toBe('pkg:pypi/stellar-sdk');
    const dep = (purl: string, scope = 'runtime') => m.dependencies.find((d) => d.purl === purl && d.scope === scope);
    expect(dep('pkg:pypi/toml')?.versionRange).toBe('>=0.10.2');
    expect(dep('pkg:pypi/typing-extensions')).toBeDefined();
    expect(dep('pkg:pypi/aiohttp')?.versionRange).toBe('>=3.9.1'); // optional extra `aiohttp`: a user-facing feature
    expect(dep('pkg:pypi/pytest', 'dev')).toBeDefined(); // [dependency-groups].dev
    expect(dep('pkg:pypi/pytest')).toBeUndefined();
  });

  it('reads the real stellar/django-polaris pyproject (Poetry)', () => {
    const ctx = testContext('pyproject.toml');
    const m = parsePyprojectToml(realManifest('stellar/django-polaris', 'pyproject.toml'), ctx)!;
    expect(ctx.warnings).toEqual([]);
    expect(m.publishes).toBe('pkg:pypi/django-polaris');
    const dep = (purl: string, scope = 'runtime') => m.dependencies.find((d) => d.purl === purl && d.scope === scope);
    expect(dep('pkg:pypi/python')).toBeUndefined();
    expect(dep('pkg:pypi/stellar-sdk')?.versionRange).toBe('>=10');
    expect(dep('pkg:pypi/sphinx', 'dev')).toBeDefined(); // optional, only in the `docs` extra
    expect(dep('pkg:pypi/gunicorn', 'dev')).toBeDefined(); // optional, only in `dev-server`
    expect(dep('pkg:pypi/poetry-core', 'build')).toBeDefined();
  });

  it('handles Poetry groups, path deps, tooling extras and the private classifier', () => {
    const ctx = testContext('pyproject.toml');
    const m = parsePyprojectToml(
      `
[project]
name = "Acme_Tool"
classifiers = ["Private :: Do Not Upload"]
dependencies = ["local-lib @ file:../lib", "not a req !!"]
[project.optional-dependencies]
test = ["pytest"]
cli = ["click>=8"]
[tool.poetry.dependencies]
python = "^3.10"
sibling = { path = "../sibling", develop = true }
multi = [{ version = "1", python = "<3.9" }, { version = "2", python = ">=3.9" }]
[tool.poetry.group.lint.dependencies]
ruff = "*"
`,
      ctx,
    )!;
    expect(m.publishes).toBe('pkg:pypi/acme-tool');
    expect(m.isPrivate).toBe(true);
    expect(m.dependencies).toEqual([
      { purl: 'pkg:pypi/click', versionRange: '>=8', scope: 'runtime', internal: false },
      { purl: 'pkg:pypi/local-lib', versionRange: 'file:../lib', scope: 'runtime', internal: true },
      { purl: 'pkg:pypi/multi', versionRange: '1', scope: 'runtime', internal: false },
      { purl: 'pkg:pypi/pytest', versionRange: null, scope: 'dev', internal: false },
      { purl: 'pkg:pypi/ruff', versionRange: '*', scope: 'dev', internal: false },
      { purl: 'pkg:pypi/sibling', versionRange: null, scope: 'runtime', internal: true },
    ]);
    expect(ctx.warnings.map((w) => w.field)).toEqual(['project.dependencies[1]']);
  });

  it('bad TOML is one warning and no manifest', () => {
    const ctx = testContext('pyproject.toml');
    expect(parsePyprojectToml('[project\n', ctx)).toBeNull();
    expect(ctx.warnings).toHaveLength(1);
  });
});

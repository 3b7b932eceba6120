import { describe, expect, it } from 'vitest';
import { parseGoMod } from './go-mod.ts';
import { realManifest, testContext } from './test-support.ts';

describe('parseGoMod', () => {
  it('reads the real stellar/go go.mod', () => {
    const ctx = testContext('go.mod');
    const text = realManifest('stellar/go', 'go.mod');
    const m = parseGoMod(text, ctx)!;
    expect(ctx.warnings).toEqual([]);
    expect(m.publishes).toBe('pkg:golang/github.com/stellar/go');
    const toml = m.dependencies.find((d) => d.purl === 'pkg:golang/github.com/BurntSushi/toml');
    expect(toml).toEqual({ purl: 'pkg:golang/github.com/BurntSushi/toml', versionRange: 'v1.3.2', scope: 'runtime', internal: false });
    expect(m.dependencies.find((d) => d.purl === 'pkg:golang/github.com/google/uuid')?.scope).toBe('runtime'); // `// indirect`
    // every module required in the file is there once
    const required = new Set([...text.matchAll(/^\s*(?:require\s+)?([\w.-]+\.[\w./-]+)\s+v\S+/gm)].map((r) => r[1]));
    expect(m.dependencies.length).toBe(required.size);
  });

  it('handles single and block requires, comments, quoted paths and local replaces', () => {
    const ctx = testContext('svc/go.mod');
    const m = parseGoMod(
      `// comment
module "example.com/Acme/svc"

go 1.24
toolchain go1.24.1

require example.com/one v1.0.0
require (
\texample.com/two v0.0.0-20230301143203-a9d515a09cc2 // indirect
\texample.com/local v0.0.0
\texample.com/broken
)
replace example.com/local => ../local
replace (
\texample.com/two v0.0.0 => example.com/two-fork v1.0.0
)
exclude example.com/one v0.9.0
tool example.com/one/cmd
`,
      ctx,
    )!;
    expect(m.publishes).toBe('pkg:golang/example.com/Acme/svc');
    expect(m.isExampleOrTest).toBe(false);
    expect(m.dependencies).toEqual([
      { purl: 'pkg:golang/example.com/local', versionRange: 'v0.0.0', scope: 'runtime', internal: true },
      { purl: 'pkg:golang/example.com/one', versionRange: 'v1.0.0', scope: 'runtime', internal: false },
      { purl: 'pkg:golang/example.com/two', versionRange: 'v0.0.0-20230301143203-a9d515a09cc2', scope: 'runtime', internal: false },
    ]);
    expect(ctx.warnings.map((w) => w.field)).toEqual(['line 11']);
  });

  it('a go.mod without module publishes nothing, with a warning', () => {
    const ctx = testContext('go.mod');
    expect(parseGoMod('go 1.22\n', ctx)!.publishes).toBeNull();
    expect(ctx.warnings.map((w) => w.field)).toEqual(['module']);
  });
});

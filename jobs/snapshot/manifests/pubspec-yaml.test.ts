import { describe, expect, it } from 'vitest';
import { parsePubspecYaml } from './pubspec-yaml.ts';
import { realManifest, testContext } from './test-support.ts';

describe('parsePubspecYaml', () => {
  it('reads the real Soneso/stellar_flutter_sdk pubspec and its example app', () => {
    const ctx = testContext('pubspec.yaml');
    const m = parsePubspecYaml(realManifest('Soneso/stellar_flutter_sdk', 'pubspec.yaml'), ctx)!;
    expect(ctx.warnings).toEqual([]);
    expect(m.publishes).toBe('pkg:pub/stellar_flutter_sdk');
    expect(m.isPrivate).toBe(false);
    expect(m.dependencies.find((d) => d.purl === 'pkg:pub/flutter')).toMatchObject({ internal: true, scope: 'runtime' });
    expect(m.dependencies.find((d) => d.purl === 'pkg:pub/dio')).toMatchObject({ internal: false, scope: 'runtime' });

    const example = parsePubspecYaml(realManifest('Soneso/stellar_flutter_sdk', 'example/pubspec.yaml'), testContext('example/pubspec.yaml'))!;
    expect(example.isExampleOrTest).toBe(true);
    expect(example.isPrivate).toBe(true); // publish_to: none
    expect(example.dependencies.find((d) => d.purl === 'pkg:pub/stellar_flutter_sdk')?.internal).toBe(true); // path: ../
  });

  it('classifies sources: hosted and git external, path and sdk internal', () => {
    const ctx = testContext('pubspec.yaml');
    const m = parsePubspecYaml(
      `name: acme
dependencies:
  plain: ^1.0.0
  any:
  hosted_dep: { hosted: https://pub.example.invalid, version: ^2.0.0 }
  git_dep: { git: { url: https://github.com/x/y.git } }
  local: { path: ../local }
  flutter: { sdk: flutter }
  weird: [1, 2]
dev_dependencies:
  test: ^1.24.0
`,
      ctx,
    )!;
    expect(m.dependencies).toEqual([
      { purl: 'pkg:pub/any', versionRange: null, scope: 'runtime', internal: false },
      { purl: 'pkg:pub/flutter', versionRange: null, scope: 'runtime', internal: true },
      { purl: 'pkg:pub/git_dep', versionRange: null, scope: 'runtime', internal: false },
      { purl: 'pkg:pub/hosted_dep', versionRange: '^2.0.0', scope: 'runtime', internal: false },
      { purl: 'pkg:pub/local', versionRange: null, scope: 'runtime', internal: true },
      { purl: 'pkg:pub/plain', versionRange: '^1.0.0', scope: 'runtime', internal: false },
      { purl: 'pkg:pub/test', versionRange: '^1.24.0', scope: 'dev', internal: false },
    ]);
    expect(ctx.warnings.map((w) => w.field)).toEqual(['dependencies.weird']);
  });

  it('bad YAML is one warning and no manifest', () => {
    const ctx = testContext('pubspec.yaml');
    expect(parsePubspecYaml('name: [unclosed\n', ctx)).toBeNull();
    expect(parsePubspecYaml('- a list\n', ctx)).toBeNull();
    expect(ctx.warnings).toHaveLength(2);
  });
});

/**
 * Manifests under example / test / fixture / template paths are not what a repo publishes
 * (DESIGN §4.5 "skip manifests under example/test/fixture paths when deciding what a repo
 * publishes"). Any directory segment of the manifest's path equal (case-insensitively) to one of
 * these names marks it. Exact segment match only: `test-utils/` or `soroban-test-helpers/` are
 * real, published crates, while `examples/`, `tests/`, `testdata/` hold code nobody installs.
 */
export const EXAMPLE_OR_TEST_SEGMENTS: readonly string[] = [
  'example', 'examples',
  'test', 'tests', '__tests__',
  'fixture', 'fixtures', '__fixtures__',
  'testdata', 'test-data', 'test_data',
  'template', 'templates',
  'demo', 'demos',
  'sample', 'samples',
  'bench', 'benches', 'benchmark', 'benchmarks',
  'e2e',
  'mock', 'mocks', '__mocks__',
];

/**
 * Words that mark a folder even inside a longer name (`p28-owner-fixture/`, `token_example/`):
 * nobody publishes a fixture or an example. `test` is deliberately not here (`test-utils/` crates
 * are published).
 */
export const EXAMPLE_OR_FIXTURE_WORDS: readonly string[] = ['example', 'examples', 'fixture', 'fixtures'];

const SEGMENTS = new Set(EXAMPLE_OR_TEST_SEGMENTS);
const WORDS = new Set(EXAMPLE_OR_FIXTURE_WORDS);

/** `examples/counter/Cargo.toml`, `tools/p28-owner-fixture/Cargo.toml` → true; `Cargo.toml`, `packages/sdk/package.json` → false. */
export function isExampleOrTestPath(repoRelativePath: string): boolean {
  const segments = repoRelativePath.split(/[\\/]/);
  segments.pop();
  return segments.some((s) => SEGMENTS.has(s.toLowerCase()) || s.toLowerCase().split(/[-_.]/).some((w) => WORDS.has(w)));
}

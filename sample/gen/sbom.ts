/**
 * GitHub dependency-graph SBOMs (SPDX 2.3 JSON, as `/repos/{owner}/{repo}/dependency-graph/sbom`
 * returns them) and one team-declared SBOM at `.pg-atlas/sbom.spdx.json` (DESIGN §4.3, §4.4;
 * docs/SNAPSHOT.md). Cases covered: a bare and a `{"sbom": …}`-wrapped document, GitHub Actions
 * packages (CI scope), one package at two versions, a NOASSERTION version, a version range, a
 * document with no DEPENDS_ON at all (every package direct), a nested DEPENDS_ON between two
 * non-root packages, and a package without a purl (`axios` vendored into comet-relay's web UI) whose name collides
 * with the npm package `axios`.
 */
import { createHash } from 'node:crypto';

export interface SbomPackageSpec {
  /** SPDXID type segment as GitHub writes it: npm, cargo, pypi, golang, githubactions, … */
  type: string;
  name: string;
  version: string;
  /** null: no externalRefs at all. */
  purl: string | null;
  license?: string;
}

export interface SbomSpec {
  owner: string;
  repo: string;
  branch: string;
  created: string;
  creators: string[];
  wrapped: boolean;
  rootFirst: boolean;
  packages: SbomPackageSpec[];
  /** 'root': DEPENDS_ON from the root to every package; 'none': only DESCRIBES. */
  relationships: 'root' | 'none';
  /** Extra DEPENDS_ON between non-root packages, by package name@version. */
  nested?: [string, string][];
}

const GITHUB_CREATORS = ['Tool: protobom-v0.0.0-20261030094512-5c1e07b2d9aa+dirty', 'Tool: GitHub.com-Dependency-Graph'];
const DEP_SUFFIX = '75c946';

const hex = (label: string, n: number): string => createHash('sha256').update(label).digest('hex').slice(0, n);
const idPart = (s: string): string => s.replace(/\//g, '-').replace(/[^A-Za-z0-9.-]/g, '');

function uuidOf(label: string): string {
  const h = hex(label, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const spdxIdOf = (p: SbomPackageSpec): string => `SPDXRef-${p.type}-${idPart(p.name)}-${idPart(p.version)}-${DEP_SUFFIX}`;

export function buildSbom(spec: SbomSpec): string {
  const rootId = `SPDXRef-github-${spec.owner}-${spec.repo}-${spec.branch}-${hex(`${spec.owner}/${spec.repo}`, 6)}`;
  const root = {
    name: `com.github.${spec.owner}/${spec.repo}`,
    SPDXID: rootId,
    versionInfo: spec.branch,
    downloadLocation: `git+https://github.com/${spec.owner}/${spec.repo}`,
    filesAnalyzed: false,
    externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: `pkg:github/${spec.owner}/${spec.repo}@${spec.branch}` }],
  };
  const deps = spec.packages.map((p) => ({
    name: p.name,
    SPDXID: spdxIdOf(p),
    versionInfo: p.version,
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    ...(p.license ? { licenseConcluded: p.license } : {}),
    ...(p.purl ? { externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: p.purl }] } : {}),
  }));
  const byKey = new Map(spec.packages.map((p) => [`${p.name}@${p.version}`, spdxIdOf(p)]));
  const relationships: { spdxElementId: string; relatedSpdxElement: string; relationshipType: string }[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relatedSpdxElement: rootId, relationshipType: 'DESCRIBES' },
  ];
  if (spec.relationships === 'root') {
    for (const d of deps) relationships.push({ spdxElementId: rootId, relatedSpdxElement: d.SPDXID, relationshipType: 'DEPENDS_ON' });
  }
  for (const [from, to] of spec.nested ?? []) {
    const a = byKey.get(from);
    const b = byKey.get(to);
    if (!a || !b) throw new Error(`sample/gen/sbom: nested relationship ${from} -> ${to} names an unknown package`);
    relationships.push({ spdxElementId: a, relatedSpdxElement: b, relationshipType: 'DEPENDS_ON' });
  }
  const doc = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `com.github.${spec.owner}/${spec.repo}`,
    documentNamespace: `https://spdx.org/spdxdocs/protobom/${uuidOf(`${spec.owner}/${spec.repo}@${spec.created}`)}`,
    creationInfo: { creators: spec.creators, created: spec.created },
    packages: spec.rootFirst ? [root, ...deps] : [...deps, root],
    relationships,
  };
  return `${JSON.stringify(spec.wrapped ? { sbom: doc } : doc, null, 2)}\n`;
}

const pkg = (type: string, name: string, version: string, purl: string | null, license?: string): SbomPackageSpec => ({ type, name, version, purl, license });

/** GitHub SBOMs, written to `sbom/<owner>__<repo>.spdx.json`. */
export const GITHUB_SBOMS: readonly SbomSpec[] = [
  {
    owner: 'nebula-labs', repo: 'nebula-sdk', branch: 'main', created: '2026-11-13T07:12:40Z', creators: GITHUB_CREATORS,
    wrapped: false, rootFirst: false, relationships: 'root',
    packages: [
      pkg('cargo', 'serde', '1.0.210', 'pkg:cargo/serde@1.0.210', 'MIT OR Apache-2.0'),
      pkg('cargo', 'thiserror', '1.0.64', 'pkg:cargo/thiserror@1.0.64', 'MIT OR Apache-2.0'),
      pkg('cargo', 'sha2', '0.10.8', 'pkg:cargo/sha2@0.10.8', 'MIT OR Apache-2.0'),
      pkg('cargo', 'syn', '2.0.77', 'pkg:cargo/syn@2.0.77', 'MIT OR Apache-2.0'),
      pkg('cargo', 'quote', '1.0.37', 'pkg:cargo/quote@1.0.37', 'MIT OR Apache-2.0'),
      pkg('cargo', 'proc-macro2', '1.0.86', 'pkg:cargo/proc-macro2@1.0.86', 'MIT OR Apache-2.0'),
      pkg('cargo', 'ed25519-dalek', '2.1.1', 'pkg:cargo/ed25519-dalek@2.1.1', 'BSD-3-Clause'),
      pkg('cargo', 'proptest', '1.5.0', 'pkg:cargo/proptest@1.5.0', 'MIT OR Apache-2.0'),
      pkg('cargo', 'rustc_version', '0.4.1', 'pkg:cargo/rustc_version@0.4.1', 'MIT OR Apache-2.0'),
      pkg('githubactions', 'actions/checkout', '4.*.*', 'pkg:githubactions/actions/checkout@4.%2A.%2A'),
      pkg('githubactions', 'dtolnay/rust-toolchain', 'stable', 'pkg:githubactions/dtolnay/rust-toolchain@stable'),
    ],
  },
  {
    owner: 'orbitkit', repo: 'orbitkit-sdk', branch: 'main', created: '2026-11-12T19:40:03Z', creators: [...GITHUB_CREATORS, 'Tool: dependabot'],
    wrapped: true, rootFirst: true, relationships: 'root',
    packages: [
      pkg('npm', '@orbitkit/base', '2.3.1', 'pkg:npm/%40orbitkit/base@2.3.1', 'Apache-2.0'),
      pkg('npm', 'axios', '1.7.7', 'pkg:npm/axios@1.7.7', 'MIT'),
      pkg('npm', 'eventsource', 'NOASSERTION', 'pkg:npm/eventsource', 'MIT'),
      pkg('npm', 'typescript', '5.6.3', 'pkg:npm/typescript@5.6.3', 'Apache-2.0'),
      pkg('npm', 'vitest', '2.1.4', 'pkg:npm/vitest@2.1.4', 'MIT'),
      pkg('npm', 'lumen-lint', '^0.9.2', 'pkg:npm/lumen-lint@%5E0.9.2', 'MIT'),
      pkg('githubactions', 'actions/setup-node', '4.*.*', 'pkg:githubactions/actions/setup-node@4.%2A.%2A'),
    ],
  },
  {
    owner: 'pystar-dev', repo: 'pystar', branch: 'main', created: '2026-11-11T02:05:51Z', creators: GITHUB_CREATORS,
    wrapped: false, rootFirst: false, relationships: 'root',
    packages: [
      pkg('pypi', 'requests', '2.32.3', 'pkg:pypi/requests@2.32.3', 'Apache-2.0'),
      pkg('pypi', 'aiohttp', '3.10.10', 'pkg:pypi/aiohttp@3.10.10', 'Apache-2.0'),
      pkg('pypi', 'pynacl', '1.5.0', 'pkg:pypi/pynacl@1.5.0', 'Apache-2.0'),
      pkg('pypi', 'sphinx', '7.4.7', 'pkg:pypi/sphinx@7.4.7', 'BSD-2-Clause'),
      pkg('pypi', 'sphinx', '8.1.3', 'pkg:pypi/sphinx@8.1.3', 'BSD-2-Clause'),
      pkg('pypi', 'typing-extensions', '4.12.2', 'pkg:pypi/typing-extensions@4.12.2', 'PSF-2.0'),
      pkg('githubactions', 'actions/checkout', '4.*.*', 'pkg:githubactions/actions/checkout@4.%2A.%2A'),
      pkg('githubactions', 'pypa/gh-action-pypi-publish', 'release/v1', 'pkg:githubactions/pypa/gh-action-pypi-publish@release%2Fv1'),
    ],
  },
  {
    owner: 'stardust-wallet', repo: 'stardust-web', branch: 'main', created: '2026-11-13T11:31:18Z', creators: GITHUB_CREATORS,
    wrapped: false, rootFirst: true, relationships: 'none',
    packages: [
      pkg('npm', '@orbitkit/sdk', '11.0.2', 'pkg:npm/%40orbitkit/sdk@11.0.2', 'Apache-2.0'),
      pkg('npm', '@orbitkit/react', '1.2.0', 'pkg:npm/%40orbitkit/react@1.2.0', 'MIT'),
      pkg('npm', 'react', '19.0.0', 'pkg:npm/react@19.0.0', 'MIT'),
      pkg('npm', 'react-dom', '19.0.0', 'pkg:npm/react-dom@19.0.0', 'MIT'),
      pkg('npm', 'axios', '1.7.7', 'pkg:npm/axios@1.7.7', 'MIT'),
      pkg('npm', 'vite', '5.4.10', 'pkg:npm/vite@5.4.10', 'MIT'),
    ],
  },
  {
    owner: 'cometworks', repo: 'comet-relay', branch: 'main', created: '2026-11-10T22:48:00Z', creators: GITHUB_CREATORS,
    wrapped: true, rootFirst: false, relationships: 'root',
    packages: [
      pkg('golang', 'github.com/cometworks/comet-xdr-go', 'v0.6.1', 'pkg:golang/github.com/cometworks/comet-xdr-go@v0.6.1', 'Apache-2.0'),
      pkg('golang', 'github.com/gorilla/websocket', 'v1.5.3', 'pkg:golang/github.com/gorilla/websocket@v1.5.3', 'BSD-2-Clause'),
      pkg('golang', 'golang.org/x/crypto', 'v0.28.0', 'pkg:golang/golang.org/x/crypto@v0.28.0', 'BSD-3-Clause'),
      pkg('golang', 'github.com/stretchr/testify', 'v1.9.0', 'pkg:golang/github.com/stretchr/testify@v1.9.0', 'MIT'),
      pkg('generic', 'axios', '1.7.7', null),
      pkg('githubactions', 'actions/setup-go', '5.*.*', 'pkg:githubactions/actions/setup-go@5.%2A.%2A'),
    ],
    nested: [['github.com/cometworks/comet-xdr-go@v0.6.1', 'github.com/stretchr/testify@v1.9.0']],
  },
];

/** The team-declared SBOM committed by zenith-pay at `.pg-atlas/sbom.spdx.json` (provenance: the repo itself). */
export const DECLARED_SBOM: SbomSpec = {
  owner: 'zenith-pay', repo: 'zenith-gateway', branch: 'main', created: '2026-10-02T09:00:00Z',
  creators: ['Organization: Zenith Pay', 'Tool: sample-sbom-writer-0.3.1'],
  wrapped: false, rootFirst: true, relationships: 'root',
  packages: [
    pkg('npm', '@orbitkit/sdk', '11.0.1', 'pkg:npm/%40orbitkit/sdk@11.0.1', 'Apache-2.0'),
    pkg('npm', 'express', '4.21.1', 'pkg:npm/express@4.21.1', 'MIT'),
    pkg('npm', 'pino', '9.5.0', 'pkg:npm/pino@9.5.0', 'MIT'),
    pkg('npm', 'helmet', '8.0.0', 'pkg:npm/helmet@8.0.0', 'MIT'),
  ],
};

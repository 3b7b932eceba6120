/**
 * The repositories of the sample ecosystem: their GitHub facts and commit histories (DESIGN §3,
 * §4.3, §4.5, §5.3–§5.5). Manifests live in manifests.ts. Histories are written as segments with
 * exact per-person commit counts, so each repo's pony factor is fixed by construction:
 * nebula-sdk ≥ 5, comet-relay 2, pystar 1, lumen-lint 2 only when `you@example.com` is not merged.
 * Snapshot date 2026-11-15: 24-month window from 2024-11-15, 90-day window from 2026-08-17.
 */

export interface Segment {
  /** First and last day (YYYY-MM-DD, UTC) the segment's commits fall on. */
  from: string;
  to: string;
  /** Person or bot key (people.ts) → number of commits. */
  authors: Record<string, number>;
}

export interface ReleaseSpec {
  tag: string;
  name: string;
  publishedAt: string;
  prerelease?: boolean;
}

export interface RepoSpec {
  owner: string;
  repo: string;
  branch: string;
  description: string;
  /** GitHub's primary language, null when GitHub shows none. */
  language: string | null;
  license: string | null;
  topics: string[];
  stars: number;
  forks: number;
  createdAt: string;
  homepage?: string;
  archived?: boolean;
  /** false: the collector stored no github.json for it (stars/forks then come from deps.dev). */
  githubJson: boolean;
  history: Segment[];
  /** Share of human commits whose committer is GitHub's web-flow identity. */
  webFlowShare: number;
  /** Share of human commits with Co-authored-by trailers. */
  coAuthorRate: number;
  /** Merge commits on top of the non-merge ones (commit_count_all counts them; the log excludes them). */
  merges: number;
  releases?: ReleaseSpec[];
  mailmap?: string;
  /** The clone failed for good: status.json, no log, no manifests. */
  unreachable?: string;
  /** Deliberately broken log lines (index in the newest-first log where they are inserted). */
  malformedLineAt?: number;
  emptyEmailCommit?: { person: string; date: string };
}

const NEBULA_MAILMAP = `# Map old identities to the current ones.
Theo Brandt <theo.brandt@example.com> <theo@old-laptop.example.net>
Sofia Lindqvist <sofia@example.org> Sofia L <sofia.l@example.net>
`;

export const REPOS: readonly RepoSpec[] = [
  // ---- nebula-labs: the core Rust SDK (owner-level GitHub social) ----
  {
    owner: 'nebula-labs', repo: 'nebula-sdk', branch: 'main',
    description: 'Rust SDK for writing Nebula smart contracts.', language: 'Rust', license: 'Apache-2.0',
    topics: ['nebula', 'rust', 'sdk', 'smart-contracts'], stars: 412, forks: 96, createdAt: '2021-03-08T09:12:44Z',
    homepage: 'https://docs.nebula-labs.example.org', githubJson: true,
    history: [
      { from: '2021-03-10', to: '2024-11-10', authors: { theo: 40, sofia: 25, ada: 20, priya: 15, marcus: 10 } },
      { from: '2024-11-20', to: '2026-11-12', authors: { ada: 16, priya: 15, marcus: 14, theo: 14, sofia: 13, chen: 12, amara: 11, lucas: 10, elif: 9, noah: 8, isla: 6, talbot: 5, dependabot: 18, gha: 4 } },
    ],
    webFlowShare: 0.45, coAuthorRate: 0.12, merges: 41,
    releases: [
      { tag: 'v4.2.0', name: 'v4.2.0', publishedAt: '2026-10-01T14:03:11Z' },
      { tag: 'v4.2.0-rc.1', name: 'v4.2.0 release candidate 1', publishedAt: '2026-09-10T08:40:00Z', prerelease: true },
      { tag: 'v4.1.0', name: 'v4.1.0', publishedAt: '2026-06-12T10:15:27Z' },
      { tag: 'v4.0.0', name: 'v4.0.0 — new host functions', publishedAt: '2025-11-20T16:45:02Z' },
    ],
    mailmap: NEBULA_MAILMAP,
  },
  {
    owner: 'nebula-labs', repo: 'nebula-cli', branch: 'main',
    description: 'Command-line tool to build, deploy and invoke Nebula contracts.', language: 'Rust', license: 'Apache-2.0',
    topics: ['nebula', 'cli'], stars: 150, forks: 31, createdAt: '2022-05-02T11:00:00Z', githubJson: true,
    history: [
      { from: '2022-05-02', to: '2024-11-01', authors: { ada: 20, marcus: 12 } },
      { from: '2024-12-01', to: '2026-11-08', authors: { marcus: 22, ada: 10, kim: 6, dependabot: 8 } },
    ],
    webFlowShare: 0.3, coAuthorRate: 0.05, merges: 12,
    releases: [{ tag: 'v2.6.1', name: 'nebula-cli 2.6.1', publishedAt: '2026-10-20T12:00:00Z' }],
  },
  {
    owner: 'nebula-labs', repo: 'nebula-docs', branch: 'main',
    description: 'Documentation site for the Nebula platform.', language: 'MDX', license: 'CC-BY-4.0',
    topics: ['docs'], stars: 37, forks: 52, createdAt: '2021-06-14T08:30:00Z', githubJson: true,
    history: [
      { from: '2021-06-14', to: '2024-10-30', authors: { sofia: 15 } },
      { from: '2024-11-18', to: '2026-11-10', authors: { sofia: 10, amara: 8, isla: 7, tomas: 5, bjorn: 4 } },
    ],
    webFlowShare: 0.6, coAuthorRate: 0.05, merges: 20,
  },
  {
    owner: 'nebula-labs', repo: 'nebula-vscode', branch: 'main',
    description: 'VS Code extension for Nebula contract development.', language: 'TypeScript', license: 'MIT',
    topics: ['vscode-extension'], stars: 22, forks: 4, createdAt: '2024-01-09T10:00:00Z', githubJson: false,
    history: [
      { from: '2024-01-09', to: '2024-11-01', authors: { lucas: 6 } },
      { from: '2024-11-20', to: '2026-09-30', authors: { lucas: 9, ada: 2 } },
    ],
    webFlowShare: 0.2, coAuthorRate: 0, merges: 2,
  },
  // ---- orbitkit: JS SDK family (renamed package, workspace monorepo) ----
  {
    owner: 'orbitkit', repo: 'orbitkit-base', branch: 'master',
    description: 'Low-level primitives for OrbitKit: keys, XDR, transactions.', language: 'JavaScript', license: 'Apache-2.0',
    topics: ['javascript', 'xdr'], stars: 88, forks: 40, createdAt: '2019-09-02T15:20:00Z', githubJson: true,
    history: [
      { from: '2019-09-02', to: '2024-11-01', authors: { ben: 40, grace: 25 } },
      { from: '2024-12-02', to: '2026-10-30', authors: { grace: 12, ben: 9, nils: 4, renovate: 10 } },
    ],
    webFlowShare: 0.5, coAuthorRate: 0.04, merges: 18, malformedLineAt: 7,
  },
  {
    owner: 'orbitkit', repo: 'orbitkit-sdk', branch: 'main',
    description: 'OrbitKit JavaScript SDK (formerly published as orbitkit-sdk).', language: 'TypeScript', license: 'Apache-2.0',
    topics: ['javascript', 'typescript', 'sdk'], stars: 640, forks: 210, createdAt: '2019-10-11T09:00:00Z',
    homepage: 'https://orbitkit.example.org', githubJson: true,
    history: [
      { from: '2019-10-11', to: '2024-11-05', authors: { ben: 60, grace: 30, mira: 20 } },
      { from: '2024-11-25', to: '2026-11-13', authors: { mira: 30, grace: 18, ben: 10, paulo: 8, freya: 6, dependabot: 15 } },
    ],
    webFlowShare: 0.55, coAuthorRate: 0.08, merges: 35,
    releases: [
      { tag: 'v11.0.2', name: 'v11.0.2', publishedAt: '2026-10-28T18:22:09Z' },
      { tag: 'v11.0.0', name: 'v11.0.0', publishedAt: '2026-05-04T13:00:00Z' },
      { tag: 'v9.0.0', name: 'v9.0.0: published as @orbitkit/sdk', publishedAt: '2024-02-19T10:30:00Z' },
    ],
  },
  {
    owner: 'orbitkit', repo: 'orbitkit-react', branch: 'main',
    description: 'React hooks and components for OrbitKit.', language: 'TypeScript', license: 'MIT',
    topics: ['react', 'hooks'], stars: 120, forks: 18, createdAt: '2023-02-06T12:00:00Z', githubJson: true,
    history: [
      { from: '2023-02-06', to: '2024-11-01', authors: { freya: 25 } },
      { from: '2024-11-16', to: '2026-11-02', authors: { freya: 30, paulo: 12, mira: 5, renovate: 6 } },
    ],
    webFlowShare: 0.4, coAuthorRate: 0.06, merges: 14,
  },
  // ---- lumen-tools: a dependency cycle, a placeholder e-mail shared by two people ----
  {
    owner: 'lumen-tools', repo: 'lumen-lint', branch: 'main',
    description: 'Linter for OrbitKit transaction scripts.', language: 'TypeScript', license: 'MIT',
    topics: ['linter'], stars: 45, forks: 6, createdAt: '2022-08-15T07:00:00Z', githubJson: true,
    history: [
      { from: '2022-08-15', to: '2024-11-01', authors: { jonas: 15, lena: 10 } },
      { from: '2024-11-20', to: '2026-11-01', authors: { jonas: 14, lena: 12, wen: 6, talbot: 3 } },
    ],
    webFlowShare: 0.2, coAuthorRate: 0.05, merges: 6,
  },
  {
    owner: 'lumen-tools', repo: 'lumen-fmt', branch: 'main',
    description: 'Formatter for OrbitKit transaction scripts.', language: 'TypeScript', license: 'MIT',
    topics: ['formatter'], stars: 30, forks: 3, createdAt: '2022-09-01T07:00:00Z', githubJson: true,
    history: [
      { from: '2022-09-01', to: '2024-10-20', authors: { lena: 12 } },
      { from: '2024-12-01', to: '2026-10-25', authors: { lena: 10, wen: 8, jonas: 4 } },
    ],
    webFlowShare: 0.2, coAuthorRate: 0, merges: 3,
  },
  {
    owner: 'lumen-tools', repo: 'lumen-legacy', branch: 'main',
    description: '', language: null, license: null, topics: [], stars: 0, forks: 0, createdAt: '2021-01-01T00:00:00Z',
    githubJson: false, history: [], webFlowShare: 0, coAuthorRate: 0, merges: 0, unreachable: 'not found',
  },
  // ---- pystar-dev: Python SDK, pony factor 1 ----
  {
    owner: 'pystar-dev', repo: 'pystar', branch: 'main',
    description: 'Python SDK for the Nebula network.', language: 'Python', license: 'Apache-2.0',
    topics: ['python', 'sdk'], stars: 298, forks: 77, createdAt: '2018-04-20T03:00:00Z', githubJson: true,
    history: [
      { from: '2018-04-20', to: '2024-11-10', authors: { hana: 90, yusuf: 15, omar: 10 } },
      { from: '2024-11-16', to: '2026-11-11', authors: { hana: 60, yusuf: 8, omar: 6, zara: 5, diego: 4, dependabot: 12, gha: 3 } },
    ],
    webFlowShare: 0.25, coAuthorRate: 0.03, merges: 30,
    releases: [
      { tag: '3.2.0', name: '3.2.0', publishedAt: '2026-09-02T04:10:00Z' },
      { tag: '3.1.0', name: '3.1.0', publishedAt: '2026-03-15T02:00:00Z' },
    ],
  },
  {
    owner: 'pystar-dev', repo: 'pystar-cli', branch: 'main',
    description: 'Command line wallet built on pystar.', language: 'Python', license: 'MIT',
    topics: ['cli'], stars: 19, forks: 2, createdAt: '2023-06-01T03:00:00Z', githubJson: true,
    history: [
      { from: '2023-06-01', to: '2024-10-01', authors: { hana: 8 } },
      { from: '2024-12-10', to: '2026-09-20', authors: { hana: 10, zara: 9 } },
    ],
    webFlowShare: 0.1, coAuthorRate: 0, merges: 2,
  },
  // ---- cometworks: Go service (repo URL with /tree/main/sub) and a project-less Go module ----
  {
    owner: 'cometworks', repo: 'comet-relay', branch: 'main',
    description: 'Relay service streaming Nebula ledger events over WebSockets.', language: 'Go', license: 'MIT',
    topics: ['go', 'websocket', 'relay'], stars: 64, forks: 11, createdAt: '2023-01-09T09:00:00Z', githubJson: true,
    history: [
      { from: '2023-01-09', to: '2024-11-01', authors: { omar: 20, kim: 18 } },
      { from: '2024-11-22', to: '2026-11-09', authors: { kim: 20, omar: 18, chen: 5, yusuf: 4 } },
    ],
    webFlowShare: 0.35, coAuthorRate: 0.1, merges: 15, emptyEmailCommit: { person: 'kim', date: '2026-07-14' },
  },
  {
    owner: 'cometworks', repo: 'comet-xdr-go', branch: 'main',
    description: 'Go XDR bindings for Nebula.', language: 'Go', license: 'Apache-2.0',
    topics: ['go', 'xdr'], stars: 12, forks: 3, createdAt: '2022-11-14T09:00:00Z', githubJson: true,
    history: [
      { from: '2022-11-14', to: '2024-11-01', authors: { omar: 25 } },
      { from: '2024-11-20', to: '2026-04-10', authors: { omar: 6, kim: 3 } },
    ],
    webFlowShare: 0.1, coAuthorRate: 0, merges: 1,
  },
  // ---- quasar-mobile: Dart / Flutter ----
  {
    owner: 'quasar-mobile', repo: 'quasar_dart_sdk', branch: 'master',
    description: 'Dart SDK for Nebula, for Flutter apps.', language: 'Dart', license: 'MIT',
    topics: ['dart', 'flutter', 'sdk'], stars: 133, forks: 41, createdAt: '2020-06-03T06:00:00Z', githubJson: true,
    history: [
      { from: '2020-06-03', to: '2024-11-01', authors: { aiko: 50, chen: 10 } },
      { from: '2024-11-18', to: '2026-10-29', authors: { aiko: 25, wen: 10, chen: 6, dependabot: 5 } },
    ],
    webFlowShare: 0.2, coAuthorRate: 0.04, merges: 10,
    releases: [{ tag: '2.1.0', name: '2.1.0', publishedAt: '2026-08-30T07:00:00Z' }],
  },
  {
    owner: 'quasar-mobile', repo: 'quasar_flutter_widgets', branch: 'main',
    description: 'Flutter widgets for Nebula wallets.', language: 'Dart', license: 'MIT',
    topics: ['flutter', 'widgets'], stars: 27, forks: 5, createdAt: '2023-03-20T06:00:00Z', githubJson: true,
    history: [
      { from: '2023-03-20', to: '2024-11-01', authors: { aiko: 12, wen: 8 } },
      { from: '2024-11-25', to: '2026-05-20', authors: { wen: 7, aiko: 3 } },
    ],
    webFlowShare: 0.1, coAuthorRate: 0, merges: 4,
  },
  // ---- phporbit: PHP SDK (Completed, quiet) ----
  {
    owner: 'phporbit', repo: 'orbit-php-sdk', branch: 'main',
    description: 'PHP SDK for OrbitKit-compatible Nebula APIs.', language: 'PHP', license: 'Apache-2.0',
    topics: ['php', 'sdk'], stars: 71, forks: 22, createdAt: '2019-02-11T10:00:00Z', githubJson: true,
    history: [
      { from: '2019-02-11', to: '2024-11-01', authors: { nils: 70, ingrid: 20 } },
      { from: '2024-11-20', to: '2026-02-14', authors: { nils: 12, ingrid: 3 } },
    ],
    webFlowShare: 0.1, coAuthorRate: 0, merges: 8,
  },
  // ---- javastar: Java SDK (Unknown status, quiet) and an examples-only repo ----
  {
    owner: 'javastar', repo: 'javastar-sdk', branch: 'master',
    description: 'Java SDK for Nebula.', language: 'Java', license: 'Apache-2.0',
    topics: ['java', 'sdk'], stars: 102, forks: 38, createdAt: '2018-11-05T10:00:00Z', githubJson: true,
    history: [
      { from: '2018-11-05', to: '2024-11-01', authors: { paulo: 45, mateo: 30 } },
      { from: '2024-12-01', to: '2026-03-01', authors: { mateo: 8, paulo: 5, dependabot: 6 } },
    ],
    webFlowShare: 0.3, coAuthorRate: 0.02, merges: 12,
  },
  {
    owner: 'javastar', repo: 'javastar-examples', branch: 'master',
    description: 'Example programs for javastar-sdk.', language: 'Java', license: 'Apache-2.0',
    topics: ['examples'], stars: 9, forks: 7, createdAt: '2020-02-01T10:00:00Z', githubJson: false,
    history: [
      { from: '2020-02-01', to: '2024-10-01', authors: { mateo: 11 } },
      { from: '2025-01-10', to: '2025-06-01', authors: { mateo: 2 } },
    ],
    webFlowShare: 0, coAuthorRate: 0, merges: 0,
  },
  // ---- stardust-wallet: apps (owner-only URL via /orgs/…/repositories) ----
  {
    owner: 'stardust-wallet', repo: 'stardust-web', branch: 'main',
    description: 'Stardust web wallet.', language: 'TypeScript', license: 'GPL-3.0',
    topics: ['wallet', 'react'], stars: 210, forks: 44, createdAt: '2022-01-17T08:00:00Z', githubJson: true,
    history: [
      { from: '2022-01-17', to: '2024-11-01', authors: { zara: 30, lucas: 25 } },
      { from: '2024-11-17', to: '2026-11-12', authors: { lucas: 22, zara: 20, elif: 15, ravi: 12, grace: 4, dependabot: 10 } },
    ],
    webFlowShare: 0.5, coAuthorRate: 0.07, merges: 25,
  },
  {
    owner: 'stardust-wallet', repo: 'stardust-extension', branch: 'main',
    description: 'Stardust browser extension (still on the old orbitkit-sdk package).', language: 'JavaScript', license: 'GPL-3.0',
    topics: ['browser-extension'], stars: 58, forks: 9, createdAt: '2021-08-02T08:00:00Z', githubJson: true,
    history: [
      { from: '2021-08-02', to: '2024-10-01', authors: { lucas: 20 } },
      { from: '2024-12-03', to: '2025-12-01', authors: { lucas: 4, ravi: 2 } },
    ],
    webFlowShare: 0.3, coAuthorRate: 0, merges: 5,
  },
  {
    owner: 'stardust-wallet', repo: 'stardust-mobile', branch: 'main',
    description: 'Stardust mobile wallet (Flutter).', language: 'Dart', license: 'GPL-3.0',
    topics: ['wallet', 'flutter'], stars: 40, forks: 6, createdAt: '2023-07-10T08:00:00Z', githubJson: true,
    history: [{ from: '2024-11-20', to: '2026-11-04', authors: { ravi: 18, elif: 10, aiko: 2 } }],
    webFlowShare: 0.3, coAuthorRate: 0.05, merges: 6,
  },
  // ---- meteor-fi: Abandoned in OpenGrants but active again (activity cascade) ----
  {
    owner: 'meteor-fi', repo: 'meteor-contracts', branch: 'main',
    description: 'Meteor DEX pool and router contracts.', language: 'Rust', license: 'MIT',
    topics: ['dex', 'amm'], stars: 76, forks: 20, createdAt: '2022-04-04T12:00:00Z', githubJson: true,
    history: [
      { from: '2022-04-04', to: '2024-11-01', authors: { diego: 35, mateo: 10 } },
      { from: '2024-11-20', to: '2025-03-01', authors: { diego: 8 } },
      { from: '2026-09-01', to: '2026-11-05', authors: { diego: 5, grace: 3 } },
    ],
    webFlowShare: 0.3, coAuthorRate: 0.05, merges: 9,
  },
  {
    owner: 'meteor-fi', repo: 'meteor-app', branch: 'main',
    description: 'Meteor DEX web app.', language: 'TypeScript', license: 'MIT',
    topics: ['dex'], stars: 15, forks: 4, createdAt: '2022-06-01T12:00:00Z', githubJson: false,
    history: [
      { from: '2022-06-01', to: '2024-11-01', authors: { mateo: 15 } },
      { from: '2024-11-20', to: '2025-02-10', authors: { mateo: 3 } },
    ],
    webFlowShare: 0.2, coAuthorRate: 0, merges: 3,
  },
  {
    owner: 'meteor-fi', repo: 'meteor-php', branch: 'main',
    description: 'PHP client for Meteor DEX.', language: 'PHP', license: 'MIT',
    topics: ['php'], stars: 6, forks: 1, createdAt: '2023-09-12T12:00:00Z', githubJson: true,
    history: [
      { from: '2023-09-12', to: '2024-11-01', authors: { ingrid: 6 } },
      { from: '2025-01-15', to: '2026-10-02', authors: { ingrid: 5, nils: 2 } },
    ],
    webFlowShare: 0, coAuthorRate: 0, merges: 0,
  },
  // ---- nova-oracle: a repo with no commit in the window; a live lib only a dead repo uses ----
  {
    owner: 'nova-oracle', repo: 'nova-feeds', branch: 'main',
    description: 'Price feed contracts.', language: 'Rust', license: 'MIT',
    topics: ['oracle'], stars: 33, forks: 8, createdAt: '2021-10-04T12:00:00Z', githubJson: false,
    history: [{ from: '2021-10-04', to: '2024-03-20', authors: { isla: 30, tomas: 12 } }],
    webFlowShare: 0.2, coAuthorRate: 0, merges: 7,
  },
  {
    owner: 'nova-oracle', repo: 'nova-price-lib', branch: 'main',
    description: 'Client library for Nova price feeds.', language: 'TypeScript', license: 'MIT',
    topics: ['oracle', 'client'], stars: 11, forks: 2, createdAt: '2023-04-17T12:00:00Z', githubJson: true,
    history: [
      { from: '2023-04-17', to: '2024-11-01', authors: { tomas: 10 } },
      { from: '2024-11-25', to: '2026-10-19', authors: { tomas: 8, bjorn: 6 } },
    ],
    webFlowShare: 0.2, coAuthorRate: 0, merges: 2,
  },
  // ---- darkmatter-labs: Abandoned and archived ----
  {
    owner: 'darkmatter-labs', repo: 'dm-bridge', branch: 'main',
    description: 'Bridge relayer (archived).', language: 'TypeScript', license: 'MIT',
    topics: ['bridge'], stars: 19, forks: 5, createdAt: '2022-02-21T12:00:00Z', archived: true, githubJson: true,
    history: [
      { from: '2022-02-21', to: '2024-11-01', authors: { yusuf: 20, elif: 8 } },
      { from: '2024-11-18', to: '2025-01-20', authors: { yusuf: 3 } },
    ],
    webFlowShare: 0.2, coAuthorRate: 0, merges: 4,
  },
  // ---- zenith-pay: the orphan application's repo, with a team-declared SBOM ----
  {
    owner: 'zenith-pay', repo: 'zenith-gateway', branch: 'main',
    description: 'Payment gateway on OrbitKit.', language: 'TypeScript', license: 'MIT',
    topics: ['payments', 'gateway'], stars: 24, forks: 3, createdAt: '2024-05-06T12:00:00Z', githubJson: true,
    history: [
      { from: '2024-05-06', to: '2024-11-01', authors: { noah: 10 } },
      { from: '2024-11-20', to: '2026-11-10', authors: { noah: 25, talbot: 10, ben: 3 } },
    ],
    webFlowShare: 0.4, coAuthorRate: 0.05, merges: 11,
  },
  // ---- solar-indexer: inserted by an override ----
  {
    owner: 'solar-indexer', repo: 'solar-indexer', branch: 'main',
    description: 'Indexer for Nebula contract events.', language: 'Rust', license: 'Apache-2.0',
    topics: ['indexer'], stars: 52, forks: 7, createdAt: '2024-02-12T12:00:00Z', githubJson: true,
    history: [
      { from: '2024-02-12', to: '2024-11-01', authors: { chen: 8 } },
      { from: '2024-11-20', to: '2026-11-07', authors: { chen: 20, wen: 6, ingrid: 4 } },
    ],
    webFlowShare: 0.3, coAuthorRate: 0.03, merges: 5,
  },
];

export const fullNameOf = (r: Pick<RepoSpec, 'owner' | 'repo'>): string => `${r.owner}/${r.repo}`;

/**
 * The sample's OpenGrants content (DESIGN §4.1): project records, grant pools and awarded
 * applications. Values are chosen to exercise the project-list rules: every integrationStatus
 * variant (and a missing one), GitHub socials as repo and owner URLs in messy spellings, a
 * non-GitHub URL, an "Education & Community" project, an application whose `code` overrides the
 * social, and an application whose project has no record (an orphan project).
 */

export interface ProjectSpec {
  slug: string;
  name: string;
  description: string;
  /** undefined: the key is absent from the record. */
  integrationStatus?: string;
  category: string;
  website?: string;
  x?: string;
  /** GitHub social value exactly as submitted (null: no GitHub social). */
  github: string | null;
  /** A non-GitHub code link listed as the GitHub social (it must resolve to nothing). */
  openSource: boolean;
  sorobanUsed: boolean;
  regions?: string;
}

export interface PoolSpec {
  round: number;
  quarterYear: string;
  closeDate: string;
  openDate: string;
  year: string;
  totalGrantPoolUSD: number;
  votersNumber: number;
}

export interface ApplicationSpec {
  round: number;
  slug: string;
  projectSlug: string;
  title: string;
  projectName: string;
  category: string;
  awardedUSD: number;
  paidUSD: number;
  paidXLM: number;
  trancheCompletionPercent: number;
  trancheCompletion: string;
  lastPayment?: string;
  awardType: string;
  oneSentence: string;
  productsAndServices: string;
  technicalArchitecture: string;
  website?: string;
  /** undefined: no `code` key. */
  code?: string;
  useSoroban: boolean;
  createdAt: string;
}

export const PROJECTS: readonly ProjectSpec[] = [
  {
    slug: 'nebula_sdk', name: 'Nebula SDK', integrationStatus: 'Mainnet', category: 'Developer Tooling',
    description: 'The Rust SDK, CLI and docs for building Nebula smart contracts.',
    website: 'https://nebula-labs.example.org', x: 'https://x.com/nebula_labs_example', github: 'https://github.com/nebula-labs/',
    openSource: true, sorobanUsed: true, regions: 'Europe, North America',
  },
  {
    slug: 'orbitkit', name: 'OrbitKit JS SDK', integrationStatus: 'Live (on Mainnet)', category: 'Developer Tooling',
    description: 'JavaScript SDK family for the Nebula network: base primitives, the SDK and React hooks.',
    website: 'https://orbitkit.example.org', github: 'git+https://github.com/OrbitKit/orbitkit-sdk.git/',
    openSource: true, sorobanUsed: true,
  },
  {
    slug: 'lumen_tools', name: 'Lumen Tools', integrationStatus: 'Development', category: 'Developer Tooling',
    description: 'Linter and formatter for OrbitKit transaction scripts.',
    github: 'https://github.com/Lumen-Tools/lumen-lint?tab=readme-ov-file', openSource: true, sorobanUsed: false,
  },
  {
    slug: 'pystar_sdk', name: 'PyStar SDK', integrationStatus: 'Mainnet', category: 'Developer Tooling',
    description: 'Python SDK and CLI for the Nebula network.',
    website: 'https://pystar.example.org', github: 'https://github.com/PyStar-Dev', openSource: true, sorobanUsed: true,
  },
  {
    slug: 'comet-relay', name: 'Comet Relay', integrationStatus: 'Testnet', category: 'Infrastructure & Services',
    description: 'A relay that streams Nebula ledger events to apps over WebSockets.',
    github: 'https://github.com/cometworks/comet-relay/tree/main/cmd/relay', openSource: true, sorobanUsed: false,
  },
  {
    slug: 'quasar.dart', name: 'Quasar Dart SDK', integrationStatus: 'Mainnet', category: 'Developer Tooling',
    description: 'Dart SDK and Flutter widgets for Nebula wallets.',
    github: 'https://github.com/quasar-mobile', openSource: true, sorobanUsed: true,
  },
  {
    slug: 'orbit_php_sdk', name: 'Orbit PHP SDK', integrationStatus: 'Completed', category: 'Developer Tooling',
    description: 'PHP SDK for OrbitKit-compatible Nebula APIs.',
    github: 'https://github.com/phporbit/orbit-php-sdk.git', openSource: true, sorobanUsed: false,
  },
  {
    slug: 'javastar_sdk', name: 'JavaStar SDK', integrationStatus: 'Unknown', category: 'Developer Tooling',
    description: 'Java SDK for the Nebula network.',
    github: 'git@github.com:javastar/javastar-sdk.git', openSource: true, sorobanUsed: false,
  },
  {
    slug: 'stardust_wallet', name: 'Stardust Wallet', integrationStatus: 'Mainnet', category: 'Applications',
    description: 'A web, browser-extension and mobile wallet for Nebula assets — built on OrbitKit and Quasar.',
    website: 'https://stardust-wallet.example.com', x: 'https://x.com/stardust_wallet_example',
    github: 'https://github.com/orgs/stardust-wallet/repositories', openSource: true, sorobanUsed: true,
  },
  {
    slug: 'meteor_dex', name: 'Meteor DEX', integrationStatus: 'Abandoned', category: 'Financial Protocols',
    description: 'An automated market maker on Nebula. Development paused in 2025 and resumed in autumn 2026.',
    website: 'https://meteor-fi.example.com', github: 'https://github.com/meteor-fi', openSource: true, sorobanUsed: true,
  },
  {
    slug: 'nova_oracle', name: 'Nova Oracle', integrationStatus: 'Mainnet', category: 'Infrastructure & Services',
    description: 'Price feed contracts and a client library.',
    github: 'https://github.com/nova-oracle', openSource: true, sorobanUsed: true,
  },
  {
    slug: 'darkmatter_bridge', name: 'DarkMatter Bridge', integrationStatus: 'Abandoned', category: 'Infrastructure & Services',
    description: 'A token bridge relayer; the team stopped work in early 2025.',
    github: 'https://github.com/darkmatter-labs/dm-bridge/', openSource: true, sorobanUsed: false,
  },
  {
    slug: 'astro_academy', name: 'Astro Academy', integrationStatus: 'Expansion', category: 'Education & Community',
    description: 'Workshops and tutorials for new Nebula developers.',
    website: 'https://astro-academy.example.org', github: 'https://github.com/astro-academy', openSource: true, sorobanUsed: false,
  },
  {
    slug: 'pulsar_explorer', name: 'Pulsar Explorer', category: 'End-User Application',
    description: 'A block explorer for Nebula, hosted on GitLab.',
    github: 'https://gitlab.com/pulsar-explorer/pulsar-web', openSource: true, sorobanUsed: false,
  },
];

export const POOLS: readonly PoolSpec[] = [
  { round: 29, quarterYear: "Q3 '24", openDate: 'July 1, 2024', closeDate: 'August 12, 2024', year: '2024', totalGrantPoolUSD: 1500000, votersNumber: 61 },
  { round: 33, quarterYear: "Q1 '25", openDate: 'January 6, 2025', closeDate: 'February 10, 2025', year: '2025', totalGrantPoolUSD: 1250000, votersNumber: 58 },
  { round: 37, quarterYear: "Q3 '25", openDate: 'July 7, 2025', closeDate: 'August 11, 2025', year: '2025', totalGrantPoolUSD: 1000000, votersNumber: 70 },
  { round: 41, quarterYear: "Q1 '26", openDate: 'January 5, 2026', closeDate: 'February 9, 2026', year: '2026', totalGrantPoolUSD: 1000000, votersNumber: 66 },
];

const PRODUCTS_TEMPLATE = (what: string): string =>
  `${what}\n\nCore features\n\n1. Open source under a permissive licence.\n   \n2. Tested against Nebula testnet and mainnet.\n\nThe team maintains it in the open and publishes releases to the package registry.\n`;

export const APPLICATIONS: readonly ApplicationSpec[] = [
  // SCF #29
  {
    round: 29, slug: 'nebula_sdk_v3', projectSlug: 'nebula_sdk', title: 'Nebula SDK v3: contract testing', projectName: 'Nebula SDK', category: 'Developer Tooling',
    awardedUSD: 120000, paidUSD: 120000, paidXLM: 1143512.4, trancheCompletionPercent: 100, trancheCompletion: 'Pre-Launch #3 - Mainnet', lastPayment: '3/14/2025',
    awardType: 'Build', oneSentence: 'Testing utilities and a stable macro API for the Rust SDK.', productsAndServices: PRODUCTS_TEMPLATE('Nebula SDK is the Rust toolkit for contracts.'),
    technicalArchitecture: 'https://docs.example.org/nebula/architecture', useSoroban: true, createdAt: '2024-08-20T00:00:00Z',
  },
  {
    round: 29, slug: 'orbitkit_sdk_v9', projectSlug: 'orbitkit', title: 'OrbitKit SDK v9 and the scoped package', projectName: 'OrbitKit JS SDK', category: 'Developer Tooling',
    awardedUSD: 90000, paidUSD: 90000, paidXLM: 857634.3, trancheCompletionPercent: 100, trancheCompletion: 'Pre-Launch #3 - Mainnet', lastPayment: '2/2/2025',
    awardType: 'Build', oneSentence: 'Move the SDK to the @orbitkit scope and add streaming.', productsAndServices: PRODUCTS_TEMPLATE('OrbitKit is the JavaScript SDK family.'),
    technicalArchitecture: 'https://docs.example.org/orbitkit/architecture', code: 'https://github.com/OrbitKit/orbitkit-sdk', useSoroban: true, createdAt: '2024-08-20T00:00:00Z',
  },
  {
    round: 29, slug: 'pystar_async', projectSlug: 'pystar_sdk', title: 'Async client for PyStar', projectName: 'PyStar SDK', category: 'Developer Tooling',
    awardedUSD: 60000, paidUSD: 60000, paidXLM: 571756.2, trancheCompletionPercent: 100, trancheCompletion: 'Pre-Launch #3 - Mainnet', lastPayment: '1/20/2025',
    awardType: 'Build', oneSentence: 'An asyncio client and typed models for the Python SDK.', productsAndServices: PRODUCTS_TEMPLATE('PyStar is the Python SDK.'),
    technicalArchitecture: 'https://docs.example.org/pystar/architecture', useSoroban: false, createdAt: '2024-08-20T00:00:00Z',
  },
  {
    round: 29, slug: 'javastar_sdk', projectSlug: 'javastar_sdk', title: 'JavaStar SDK contract support', projectName: 'JavaStar SDK', category: 'Developer Tooling',
    awardedUSD: 45000, paidUSD: 30000, paidXLM: 285878.1, trancheCompletionPercent: 67, trancheCompletion: 'Pre-Launch #2 - Testnet', lastPayment: '12/2/2024',
    awardType: 'Build', oneSentence: 'Contract invocation support in the Java SDK.', productsAndServices: PRODUCTS_TEMPLATE('JavaStar is the Java SDK.'),
    technicalArchitecture: 'https://docs.example.org/javastar/architecture', code: 'git@github.com:javastar/javastar-sdk.git', useSoroban: false, createdAt: '2024-08-20T00:00:00Z',
  },
  {
    round: 29, slug: 'darkmatter_bridge', projectSlug: 'darkmatter_bridge', title: 'DarkMatter Bridge relayer', projectName: 'DarkMatter Bridge', category: 'Infrastructure & Services',
    awardedUSD: 75000, paidUSD: 25000, paidXLM: 238232.0, trancheCompletionPercent: 33, trancheCompletion: 'Pre-Launch #1 - MVP', lastPayment: '10/30/2024',
    awardType: 'Build', oneSentence: 'A relayer bridging tokens to Nebula.', productsAndServices: PRODUCTS_TEMPLATE('A bridge relayer, "trust-minimised".'),
    technicalArchitecture: 'https://docs.example.org/darkmatter/architecture', code: 'https://github.com/darkmatter-labs/dm-bridge', useSoroban: false, createdAt: '2024-08-20T00:00:00Z',
  },
  // SCF #33
  {
    round: 33, slug: 'meteor_dex_v2', projectSlug: 'meteor_dex', title: 'Meteor DEX v2 router', projectName: 'Meteor DEX', category: 'Financial Protocols',
    awardedUSD: 100000, paidUSD: 100000, paidXLM: 312500.0, trancheCompletionPercent: 100, trancheCompletion: 'Pre-Launch #3 - Mainnet', lastPayment: '9/1/2025',
    awardType: 'Build', oneSentence: 'A multi-hop router for Meteor pools.', productsAndServices: PRODUCTS_TEMPLATE('Meteor is an AMM.'),
    technicalArchitecture: 'https://docs.example.org/meteor/architecture', website: 'https://meteor-fi.example.com', useSoroban: true, createdAt: '2025-02-20T00:00:00Z',
  },
  {
    round: 33, slug: 'orbit_php_sdk', projectSlug: 'orbit_php_sdk', title: 'Orbit PHP SDK 1.x', projectName: 'Orbit PHP SDK', category: 'Developer Tooling',
    awardedUSD: 40000, paidUSD: 40000, paidXLM: 125000.0, trancheCompletionPercent: 100, trancheCompletion: 'Pre-Launch #3 - Mainnet', lastPayment: '7/15/2025',
    awardType: 'Build', oneSentence: 'Complete the PHP SDK and publish 1.x on Packagist.', productsAndServices: PRODUCTS_TEMPLATE('A PHP SDK.'),
    technicalArchitecture: 'https://docs.example.org/phporbit/architecture', code: 'https://github.com/phporbit/orbit-php-sdk', useSoroban: false, createdAt: '2025-02-20T00:00:00Z',
  },
  {
    round: 33, slug: 'comet_relay', projectSlug: 'comet-relay', title: 'Comet Relay', projectName: 'Comet Relay', category: 'Infrastructure & Services',
    awardedUSD: 65000, paidUSD: 43333.33, paidXLM: 135416.65, trancheCompletionPercent: 67, trancheCompletion: 'Pre-Launch #2 - Testnet', lastPayment: '6/3/2025',
    awardType: 'Build', oneSentence: 'Stream ledger events to apps over WebSockets.', productsAndServices: PRODUCTS_TEMPLATE('Comet Relay is a Go service.'),
    technicalArchitecture: 'https://docs.example.org/comet/architecture', useSoroban: false, createdAt: '2025-02-20T00:00:00Z',
  },
  {
    round: 33, slug: 'quasar_dart_sdk', projectSlug: 'quasar.dart', title: 'Quasar Dart SDK 2.0', projectName: 'Quasar Dart SDK', category: 'Developer Tooling',
    awardedUSD: 55000, paidUSD: 55000, paidXLM: 171875.0, trancheCompletionPercent: 100, trancheCompletion: 'Pre-Launch #3 - Mainnet', lastPayment: '8/8/2025',
    awardType: 'Build', oneSentence: 'Contract support and null-safety rewrite of the Dart SDK.', productsAndServices: PRODUCTS_TEMPLATE('Quasar is the Dart SDK.'),
    technicalArchitecture: 'https://docs.example.org/quasar/architecture', useSoroban: true, createdAt: '2025-02-20T00:00:00Z',
  },
  // SCF #37
  {
    round: 37, slug: 'orbitkit_react', projectSlug: 'orbitkit', title: 'OrbitKit React hooks', projectName: 'OrbitKit JS SDK', category: 'Developer Tooling',
    awardedUSD: 70000, paidUSD: 70000, paidXLM: 218750.0, trancheCompletionPercent: 100, trancheCompletion: 'Pre-Launch #3 - Mainnet', lastPayment: '4/2/2026',
    awardType: 'Build', oneSentence: 'React hooks and a base library split for OrbitKit.', productsAndServices: PRODUCTS_TEMPLATE('OrbitKit React adds hooks.'),
    technicalArchitecture: 'https://docs.example.org/orbitkit/react', code: 'https://github.com/orbitkit/', useSoroban: true, createdAt: '2025-08-20T00:00:00Z',
  },
  {
    round: 37, slug: 'stardust_wallet_mobile', projectSlug: 'stardust_wallet', title: 'Stardust mobile', projectName: 'Stardust Wallet', category: 'Applications',
    awardedUSD: 110000, paidUSD: 73333.33, paidXLM: 229166.66, trancheCompletionPercent: 67, trancheCompletion: 'Pre-Launch #2 - Testnet', lastPayment: '5/19/2026',
    awardType: 'Build', oneSentence: 'A Flutter mobile wallet sharing code with the web wallet.', productsAndServices: PRODUCTS_TEMPLATE('Stardust is a wallet family.'),
    technicalArchitecture: 'https://docs.example.org/stardust/architecture', website: 'https://stardust-wallet.example.com', useSoroban: true, createdAt: '2025-08-20T00:00:00Z',
  },
  {
    round: 37, slug: 'nova_oracle', projectSlug: 'nova_oracle', title: 'Nova price feeds', projectName: 'Nova Oracle', category: 'Infrastructure & Services',
    awardedUSD: 80000, paidUSD: 80000, paidXLM: 250000.0, trancheCompletionPercent: 100, trancheCompletion: 'Pre-Launch #3 - Mainnet', lastPayment: '3/30/2026',
    awardType: 'Build', oneSentence: 'Decentralised price feeds and a client library.', productsAndServices: PRODUCTS_TEMPLATE('Nova is an oracle.'),
    technicalArchitecture: 'https://docs.example.org/nova/architecture', useSoroban: true, createdAt: '2025-08-20T00:00:00Z',
  },
  {
    round: 37, slug: 'lumen_tools', projectSlug: 'lumen_tools', title: 'Lumen lint rules for contracts', projectName: 'Lumen Tools', category: 'Developer Tooling',
    awardedUSD: 30000, paidUSD: 10000, paidXLM: 31250.0, trancheCompletionPercent: 33, trancheCompletion: 'Pre-Launch #1 - MVP', lastPayment: '11/4/2025',
    awardType: 'Build', oneSentence: 'Lint rules that catch unsafe transaction scripts.', productsAndServices: PRODUCTS_TEMPLATE('Lumen Tools lint and format scripts.'),
    technicalArchitecture: 'https://docs.example.org/lumen/architecture', code: 'https://github.com/lumen-tools/lumen-lint', useSoroban: false, createdAt: '2025-08-20T00:00:00Z',
  },
  // SCF #41
  {
    round: 41, slug: 'nebula_sdk_v4', projectSlug: 'nebula_sdk', title: 'Nebula SDK v4 host functions', projectName: 'Nebula SDK', category: 'Developer Tooling',
    awardedUSD: 150000, paidUSD: 100000, paidXLM: 312500.0, trancheCompletionPercent: 67, trancheCompletion: 'Pre-Launch #2 - Testnet', lastPayment: '9/22/2026',
    awardType: 'Build', oneSentence: 'New host functions and a faster test environment.', productsAndServices: PRODUCTS_TEMPLATE('Nebula SDK v4.'),
    technicalArchitecture: 'https://docs.example.org/nebula/v4', useSoroban: true, createdAt: '2026-02-20T00:00:00Z',
  },
  {
    round: 41, slug: 'zenith_gateway', projectSlug: 'zenith_payments', title: 'Zenith payment gateway', projectName: 'Zenith Payments', category: 'Applications',
    awardedUSD: 50000, paidUSD: 50000, paidXLM: 156250.0, trancheCompletionPercent: 100, trancheCompletion: 'Pre-Launch #3 - Mainnet', lastPayment: '10/12/2026',
    awardType: 'Build', oneSentence: 'A merchant payment gateway on OrbitKit.', productsAndServices: PRODUCTS_TEMPLATE('Zenith is a payment gateway.'),
    technicalArchitecture: 'https://docs.example.org/zenith/architecture', code: 'https://github.com/zenith-pay/zenith-gateway', useSoroban: false, createdAt: '2026-02-20T00:00:00Z',
  },
  {
    round: 41, slug: 'pulsar_explorer', projectSlug: 'pulsar_explorer', title: 'Pulsar Explorer contract views', projectName: 'Pulsar Explorer', category: 'End-User Application',
    awardedUSD: 35000, paidUSD: 0, paidXLM: 0, trancheCompletionPercent: 0, trancheCompletion: 'Pre-Launch #0 - Awarded',
    awardType: 'Build', oneSentence: 'Contract-aware views in the explorer.', productsAndServices: PRODUCTS_TEMPLATE('Pulsar is an explorer.'),
    technicalArchitecture: 'https://docs.example.org/pulsar/architecture', code: 'https://gitlab.com/pulsar-explorer/pulsar-web', useSoroban: false, createdAt: '2026-02-20T00:00:00Z',
  },
  {
    round: 41, slug: 'astro_academy', projectSlug: 'astro_academy', title: 'Astro Academy cohort 3', projectName: 'Astro Academy', category: 'Education & Community',
    awardedUSD: 25000, paidUSD: 25000, paidXLM: 78125.0, trancheCompletionPercent: 100, trancheCompletion: 'Pre-Launch #3 - Mainnet', lastPayment: '8/1/2026',
    awardType: 'Build', oneSentence: 'Twelve weeks of workshops for new developers.', productsAndServices: PRODUCTS_TEMPLATE('Astro Academy teaches.'),
    technicalArchitecture: 'https://docs.example.org/astro/curriculum', useSoroban: false, createdAt: '2026-02-20T00:00:00Z',
  },
];

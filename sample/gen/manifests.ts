/**
 * Manifest files at HEAD of each sample repo, under their repo-relative paths (DESIGN §4.5). They
 * form the sample's dependency web: a Rust workspace publishing `nebula-sdk` (+ macros, env),
 * a JS base lib and SDK (`@orbitkit/base` → `@orbitkit/sdk`, formerly `orbitkit-sdk`), apps on
 * top, Python / Go / Dart / PHP / Java packages, a two-repo cycle (lumen-lint ↔ lumen-fmt),
 * examples and test fixtures that publish nothing, and repos without any manifest.
 */

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export const MANIFESTS: Record<string, Record<string, string>> = {
  'nebula-labs/nebula-sdk': {
    'Cargo.toml': `[workspace]
resolver = "2"
members = [
    "crates/nebula-sdk",
    "crates/nebula-sdk-macros",
    "crates/nebula-env",
]
exclude = ["examples/hello-contract", "tests/fixtures/bad-contract"]

[workspace.package]
version = "4.2.0"
edition = "2021"
license = "Apache-2.0"
repository = "https://github.com/nebula-labs/nebula-sdk"
rust-version = "1.79"

[workspace.dependencies]
nebula-sdk-macros = { version = "=4.2.0", path = "crates/nebula-sdk-macros" }
nebula-env = { version = "=4.2.0", path = "crates/nebula-env" }
serde = { version = "1.0.210", default-features = false, features = ["derive"] }
thiserror = "1.0"
sha2 = "0.10.8"

[profile.release]
opt-level = "z"
lto = true
`,
    'crates/nebula-sdk/Cargo.toml': `[package]
name = "nebula-sdk"
description = "SDK for writing Nebula smart contracts."
version.workspace = true
edition.workspace = true
license.workspace = true
repository.workspace = true
authors = ["Nebula Labs <maintainers@nebula-labs.example.org>"]

[lib]
crate-type = ["rlib"]

[features]
default = []
testutils = ["nebula-env/testutils"]

[dependencies]
nebula-sdk-macros = { workspace = true }
nebula-env.workspace = true
serde = { workspace = true }
ed25519-dalek = { version = "2.1.1", optional = true }

[dev-dependencies]
proptest = "1.5"
nebula-sdk = { path = ".", features = ["testutils"] }

[build-dependencies]
rustc_version = "0.4"
`,
    'crates/nebula-sdk-macros/Cargo.toml': `[package]
name = "nebula-sdk-macros"
description = "Procedural macros for nebula-sdk."
version.workspace = true
edition.workspace = true
license.workspace = true
repository.workspace = true

[lib]
proc-macro = true

[dependencies]
syn = { version = "2.0.77", features = ["full"] }
quote = "1.0"
proc-macro2 = "1.0"
nebula-env = { workspace = true }

[build-dependencies]
rustc_version = "0.4"
`,
    'crates/nebula-env/Cargo.toml': `[package]
name = "nebula-env"
description = "Host environment interface for Nebula contracts."
version.workspace = true
edition.workspace = true
license.workspace = true
repository.workspace = true

[features]
testutils = []

[dependencies]
thiserror = { workspace = true }
sha2 = { workspace = true }
serde = { workspace = true }

[target.'cfg(not(target_family = "wasm"))'.dependencies]
rand = "0.8"
`,
    'examples/hello-contract/Cargo.toml': `[package]
name = "hello-contract"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
crate-type = ["cdylib"]

[dependencies]
nebula-sdk = { path = "../../crates/nebula-sdk" }

[dev-dependencies]
nebula-sdk = { path = "../../crates/nebula-sdk", features = ["testutils"] }
`,
    'tests/fixtures/bad-contract/Cargo.toml': `[package]
name = "bad-contract-fixture"
version = "0.1.0"
edition = "2021"

[dependencies]
nebula-sdk = { path = "../../../crates/nebula-sdk" }
`,
  },
  'nebula-labs/nebula-cli': {
    'Cargo.toml': `[package]
name = "nebula-cli"
description = "Build, deploy and invoke Nebula contracts."
version = "2.6.1"
edition = "2021"
license = "Apache-2.0"
repository = "https://github.com/nebula-labs/nebula-cli"

[[bin]]
name = "nebula"
path = "src/main.rs"

[dependencies]
nebula-sdk = "4.2"
clap = { version = "4.5", features = ["derive", "env"] }
tokio = { version = "1.40", features = ["full"] }
serde_json = "1.0"
reqwest = { version = "0.12", default-features = false, features = ["rustls-tls", "json"] }

[dev-dependencies]
assert_cmd = "2.0"
predicates = "3.1"
`,
  },
  'nebula-labs/nebula-vscode': {
    'package.json': json({
      name: 'nebula-vscode',
      displayName: 'Nebula',
      version: '0.7.3',
      private: true,
      publisher: 'nebula-labs',
      engines: { vscode: '^1.90.0' },
      scripts: { build: 'tsc -p .' },
      devDependencies: { '@types/vscode': '^1.90.0', typescript: '^5.6.0' },
    }),
  },
  'orbitkit/orbitkit-base': {
    'package.json': json({
      name: '@orbitkit/base',
      version: '2.3.1',
      description: 'Low-level primitives for OrbitKit: keys, XDR, transactions.',
      main: 'lib/index.js',
      types: 'types/index.d.ts',
      repository: { type: 'git', url: 'git+https://github.com/orbitkit/orbitkit-base.git' },
      license: 'Apache-2.0',
      dependencies: { '@noble/curves': '^1.6.0', 'bignumber.js': '^9.1.2', 'base32.js': '^0.1.0' },
      devDependencies: { typescript: '^5.6.0', vitest: '^2.1.0', eslint: '^9.12.0' },
    }),
  },
  'orbitkit/orbitkit-sdk': {
    'package.json': json({
      name: '@orbitkit/sdk',
      version: '11.0.2',
      description: 'OrbitKit JavaScript SDK.',
      main: 'lib/index.js',
      repository: { type: 'git', url: 'git+https://github.com/OrbitKit/orbitkit-sdk.git' },
      license: 'Apache-2.0',
      dependencies: { '@orbitkit/base': '^2.3.0', axios: '^1.7.7', eventsource: '^2.0.2' },
      devDependencies: { typescript: '^5.6.0', vitest: '^2.1.0', 'lumen-lint': '^0.9.2' },
    }),
    'examples/node-quickstart/package.json': json({
      name: 'orbitkit-node-quickstart',
      version: '1.0.0',
      description: 'Example: send a payment with @orbitkit/sdk.',
      dependencies: { '@orbitkit/sdk': '^11.0.0', dotenv: '^16.4.5' },
    }),
  },
  'orbitkit/orbitkit-react': {
    'package.json': json({
      name: 'orbitkit-react-monorepo',
      private: true,
      workspaces: ['packages/*'],
      devDependencies: { typescript: '^5.6.0', vitest: '^2.1.0', '@testing-library/react': '^16.0.1' },
    }),
    'packages/react/package.json': json({
      name: '@orbitkit/react',
      version: '1.2.0',
      repository: { type: 'git', url: 'https://github.com/orbitkit/orbitkit-react', directory: 'packages/react' },
      license: 'MIT',
      dependencies: { '@orbitkit/hooks-core': 'workspace:*' },
      peerDependencies: { react: '^18.0.0 || ^19.0.0', '@orbitkit/sdk': '^11.0.0' },
      devDependencies: { react: '^19.0.0', '@types/react': '^19.0.0' },
    }),
    'packages/hooks-core/package.json': json({
      name: '@orbitkit/hooks-core',
      version: '1.2.0',
      license: 'MIT',
      dependencies: { '@orbitkit/sdk': '^11.0.0' },
      optionalDependencies: { bufferutil: '^4.0.8' },
    }),
  },
  'lumen-tools/lumen-lint': {
    'package.json': json({
      name: 'lumen-lint',
      version: '0.9.4',
      bin: { 'lumen-lint': 'bin/lumen-lint.js' },
      repository: 'github:lumen-tools/lumen-lint',
      license: 'MIT',
      dependencies: { 'lumen-fmt': '^1.4.0', '@orbitkit/base': '^2.0.0', chalk: '^5.3.0' },
      devDependencies: { typescript: '^5.6.0' },
    }),
  },
  'lumen-tools/lumen-fmt': {
    'package.json': json({
      name: 'lumen-fmt',
      version: '1.4.2',
      repository: { type: 'git', url: 'git+https://github.com/lumen-tools/lumen-fmt.git' },
      license: 'MIT',
      dependencies: { 'lumen-lint': '^0.9.0', prettier: '^3.3.3' },
    }),
  },
  'pystar-dev/pystar': {
    'pyproject.toml': `[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "pystar-sdk"
version = "3.2.0"
description = "Python SDK for the Nebula network."
readme = "README.md"
license = "Apache-2.0"
requires-python = ">=3.9"
authors = [{ name = "PyStar maintainers", email = "maintainers@pystar.example.org" }]
dependencies = [
    "requests>=2.31,<3",
    "aiohttp>=3.9",
    "PyNaCl>=1.5.0",
    "typing-extensions>=4.6; python_version < '3.11'",
]

[project.optional-dependencies]
docs = ["sphinx>=7", "furo"]
test = ["pytest>=8", "pytest-asyncio"]

[project.urls]
Homepage = "https://github.com/pystar-dev/pystar"
Repository = "https://github.com/pystar-dev/pystar.git"
`,
    'tests/fixtures/legacy_pkg/pyproject.toml': `[project]
name = "legacy-pkg-fixture"
version = "0.0.1"
dependencies = ["pystar-sdk"]
`,
  },
  'pystar-dev/pystar-cli': {
    'pyproject.toml': `[tool.poetry]
name = "pystar-cli"
version = "0.4.0"
description = "Command line wallet built on pystar."
authors = ["PyStar maintainers <maintainers@pystar.example.org>"]
license = "MIT"
packages = [{ include = "pystar_cli" }]

[tool.poetry.dependencies]
python = "^3.10"
pystar-sdk = "^3.1"
click = "^8.1"
rich = { version = "^13.7", optional = true }

[tool.poetry.group.dev.dependencies]
pytest = "^8.3"

[build-system]
requires = ["poetry-core>=1.0.0"]
build-backend = "poetry.core.masonry.api"
`,
  },
  'cometworks/comet-relay': {
    'go.mod': `module github.com/cometworks/comet-relay

go 1.22.5

require (
	github.com/cometworks/comet-xdr-go v0.6.1
	github.com/gorilla/websocket v1.5.3
	golang.org/x/crypto v0.28.0
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/stretchr/testify v1.9.0 // indirect
	golang.org/x/sys v0.26.0 // indirect
)
`,
  },
  'cometworks/comet-xdr-go': {
    'go.mod': `module github.com/cometworks/comet-xdr-go

go 1.21

require github.com/stretchr/testify v1.9.0

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
`,
  },
  'quasar-mobile/quasar_dart_sdk': {
    'pubspec.yaml': `name: quasar_sdk
description: Dart SDK for Nebula, for Flutter apps.
version: 2.1.0
homepage: https://github.com/quasar-mobile/quasar_dart_sdk

environment:
  sdk: '>=3.0.0 <4.0.0'

dependencies:
  http: ^1.2.0
  pointycastle: ^3.9.1
  pinenacl: ^0.6.0
  collection: ^1.18.0

dev_dependencies:
  test: ^1.25.0
  lints: ^4.0.0
`,
    'example/pubspec.yaml': `name: quasar_sdk_example
description: Examples for quasar_sdk.
publish_to: none

environment:
  sdk: '>=3.0.0 <4.0.0'

dependencies:
  quasar_sdk:
    path: ../
`,
  },
  'quasar-mobile/quasar_flutter_widgets': {
    'pubspec.yaml': `name: quasar_widgets
description: Flutter widgets for Nebula wallets.
version: 0.4.1
repository: https://github.com/quasar-mobile/quasar_flutter_widgets

environment:
  sdk: '>=3.0.0 <4.0.0'
  flutter: '>=3.10.0'

dependencies:
  flutter:
    sdk: flutter
  quasar_sdk: ^2.0.0
  qr_flutter: ^4.1.0

dev_dependencies:
  flutter_test:
    sdk: flutter
`,
  },
  'phporbit/orbit-php-sdk': {
    'composer.json': json({
      name: 'phporbit/orbit-php-sdk',
      description: 'PHP SDK for OrbitKit-compatible Nebula APIs.',
      type: 'library',
      license: 'Apache-2.0',
      require: { php: '>=8.1', 'ext-json': '*', 'guzzlehttp/guzzle': '^7.8', 'phpseclib/phpseclib': '^3.0' },
      'require-dev': { 'phpunit/phpunit': '^10.5' },
      autoload: { 'psr-4': { 'PhpOrbit\\Sdk\\': 'src/' } },
    }),
  },
  'javastar/javastar-sdk': {
    'pom.xml': `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>

  <groupId>io.javastar</groupId>
  <artifactId>javastar-sdk</artifactId>
  <version>1.9.0</version>
  <packaging>jar</packaging>
  <name>javastar-sdk</name>
  <url>https://github.com/javastar/javastar-sdk</url>

  <properties>
    <okhttp.version>4.12.0</okhttp.version>
  </properties>

  <dependencies>
    <dependency>
      <groupId>com.squareup.okhttp3</groupId>
      <artifactId>okhttp</artifactId>
      <version>\${okhttp.version}</version>
    </dependency>
    <dependency>
      <groupId>com.google.code.gson</groupId>
      <artifactId>gson</artifactId>
      <version>2.11.0</version>
    </dependency>
    <dependency>
      <groupId>org.bouncycastle</groupId>
      <artifactId>bcprov-jdk18on</artifactId>
      <version>1.78.1</version>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>5.11.0</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
</project>
`,
  },
  'javastar/javastar-examples': {
    'examples/payments/pom.xml': `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.javastar.examples</groupId>
  <artifactId>payments-example</artifactId>
  <version>1.0-SNAPSHOT</version>
  <dependencies>
    <dependency>
      <groupId>io.javastar</groupId>
      <artifactId>javastar-sdk</artifactId>
      <version>1.9.0</version>
    </dependency>
  </dependencies>
</project>
`,
  },
  'stardust-wallet/stardust-web': {
    'package.json': json({
      name: 'stardust-web',
      version: '3.4.0',
      private: true,
      type: 'module',
      dependencies: {
        '@orbitkit/sdk': '^11.0.1',
        '@orbitkit/react': '^1.2.0',
        react: '^19.0.0',
        'react-dom': '^19.0.0',
        axios: '^1.7.7',
      },
      devDependencies: { vite: '^5.4.0', typescript: '^5.6.0', 'lumen-lint': '^0.9.4' },
    }),
  },
  'stardust-wallet/stardust-extension': {
    'package.json': json({
      name: 'stardust-extension',
      version: '1.8.2',
      private: true,
      dependencies: { 'orbitkit-sdk': '^8.2.0', 'webextension-polyfill': '^0.12.0' },
      devDependencies: { webpack: '^5.95.0' },
    }),
  },
  'stardust-wallet/stardust-mobile': {
    'pubspec.yaml': `name: stardust_mobile
description: Stardust mobile wallet.
publish_to: 'none'
version: 1.3.0+42

environment:
  sdk: '>=3.3.0 <4.0.0'

dependencies:
  flutter:
    sdk: flutter
  quasar_sdk: ^2.1.0
  quasar_widgets: ^0.4.0
  provider: ^6.1.2

dev_dependencies:
  flutter_test:
    sdk: flutter
  flutter_lints: ^4.0.0
`,
  },
  'meteor-fi/meteor-contracts': {
    'Cargo.toml': `[workspace]
resolver = "2"
members = ["contracts/*"]

[workspace.dependencies]
nebula-sdk = "4.1"
`,
    'contracts/pool/Cargo.toml': `[package]
name = "meteor-pool"
version = "0.3.0"
edition = "2021"
publish = false

[lib]
crate-type = ["cdylib"]

[dependencies]
nebula-sdk = { workspace = true }

[dev-dependencies]
nebula-sdk = { workspace = true, features = ["testutils"] }
`,
    'contracts/router/Cargo.toml': `[package]
name = "meteor-router"
version = "0.3.0"
edition = "2021"
publish = false

[lib]
crate-type = ["cdylib"]

[dependencies]
nebula-sdk = { workspace = true }
meteor-pool = { path = "../pool" }
`,
  },
  'meteor-fi/meteor-app': {
    'package.json': json({
      name: 'meteor-app',
      private: true,
      dependencies: { '@orbitkit/sdk': '^11.0.0', next: '^14.2.0', react: '^18.3.1' },
      devDependencies: { typescript: '^5.6.0' },
    }),
  },
  'meteor-fi/meteor-php': {
    'composer.json': json({
      name: 'meteor-fi/meteor-php',
      description: 'PHP client for Meteor DEX.',
      type: 'library',
      license: 'MIT',
      require: { php: '^8.2', 'phporbit/orbit-php-sdk': '^1.4' },
    }),
  },
  'nova-oracle/nova-feeds': {
    'Cargo.toml': `[package]
name = "nova-feeds"
version = "0.2.0"
edition = "2021"
publish = false

[lib]
crate-type = ["cdylib"]

[dependencies]
nebula-sdk = "3.9"
`,
  },
  'nova-oracle/nova-price-lib': {
    'package.json': json({
      name: 'nova-price-lib',
      version: '0.3.2',
      repository: { type: 'git', url: 'https://github.com/nova-oracle/nova-price-lib.git' },
      license: 'MIT',
      dependencies: { 'bignumber.js': '^9.1.2' },
    }),
  },
  'darkmatter-labs/dm-bridge': {
    'package.json': json({
      name: 'dm-bridge',
      version: '0.5.0',
      private: true,
      dependencies: { 'nova-price-lib': '^0.3.0', ethers: '^6.13.0' },
    }),
  },
  'zenith-pay/zenith-gateway': {
    'package.json': json({
      name: '@zenith-pay/gateway',
      version: '0.8.0',
      repository: { type: 'git', url: 'git+https://github.com/zenith-pay/zenith-gateway.git' },
      license: 'MIT',
      dependencies: { '@orbitkit/sdk': '^11.0.0', express: '^4.21.0', pino: '^9.4.0' },
      devDependencies: { typescript: '^5.6.0', vitest: '^2.1.0' },
    }),
  },
  'solar-indexer/solar-indexer': {
    'Cargo.toml': `[package]
name = "solar-indexer"
version = "0.5.0"
edition = "2021"
license = "Apache-2.0"
repository = "https://github.com/solar-indexer/solar-indexer"

[dependencies]
nebula-env = "4.2"
tokio = { version = "1.40", features = ["rt-multi-thread", "macros"] }
sqlx = { version = "0.8", features = ["postgres", "runtime-tokio"] }
serde = { version = "1.0", features = ["derive"] }
`,
  },
};

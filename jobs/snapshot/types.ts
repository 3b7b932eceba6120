/**
 * The compute stage's view of one raw snapshot (docs/SNAPSHOT.md): every record parsed from its
 * native upstream format and validated at the boundary. Readers never throw on a bad record; they
 * push a `SnapshotWarning` naming the file and field and skip the record.
 */
import type { Purl } from '../ids/purl.ts';
import type { ProjectId } from '../ids/project-id.ts';
import type { RepoId } from '../ids/repo-id.ts';

export interface SnapshotWarning {
  /** Which source the file belongs to: opengrants, overrides, sbom, ecosystem, registry, funding. */
  source: string;
  /** Path relative to the snapshot root. */
  file: string;
  /** Dotted path of the offending field inside the file (`data[12].socials[0].value`), when known. */
  field?: string;
  message: string;
}

/** Collects warnings; passed to every reader. */
export interface WarningSink {
  warn(w: SnapshotWarning): void;
}

export type SourceState = 'ok' | 'partial' | 'failed' | 'stale' | 'missing';

export interface SourceStatus {
  name: string;
  state: SourceState;
  /** Date the source was retrieved (YYYY-MM-DD or ISO), as recorded in snapshot.json. */
  retrievedAt?: string;
  /** Records read from the snapshot for this source. */
  records: number;
  /** Warnings raised while reading it. */
  warnings: number;
  /** First errors recorded by the collector or the reader. */
  errors: string[];
}

// ---------- OpenGrants (DAOIP-5) ----------

export interface OgProject {
  id: ProjectId;
  name: string;
  description: string | null;
  /** socials[] as given: GitHub, Website, X, LinkedIn, Discord. */
  socials: { name: string; value: string }[];
  integrationStatus: string | null;
  category: string | null;
  website: string | null;
  githubExtension: string | null;
  xExtension: string | null;
  openSource: boolean | null;
  totalAwardedUSD: number | null;
  totalPaidUSD: number | null;
  awardedSubmissionsCount: number | null;
}

export interface OgGrantPool {
  id: string;
  name: string;
  /** "Build Award Round", ... */
  type: string | null;
  isOpen: boolean | null;
  closeDate: string | null;
  quarterYear: string | null;
  totalAwardedUSD: number | null;
}

export interface OgApplication {
  id: string;
  projectId: ProjectId;
  projectName: string | null;
  grantPoolId: string | null;
  grantPoolName: string | null;
  /** "SCF #30" */
  round: string | null;
  category: string | null;
  code: string | null;
  trancheCompletionPercent: number | null;
  totalAwardedUSD: number | null;
  totalPaidUSD: number | null;
  awardType: string | null;
  oneSentenceDescription: string | null;
  technicalArchitecture: string | null;
  website: string | null;
  status: string | null;
  /** createdAt, used to find the *latest* application. */
  createdAt: string | null;
  /** Source file, for provenance. */
  file: string;
}

// ---------- Overrides ----------

export interface OverrideEntry {
  id: ProjectId;
  file: string;
  displayName: string;
  activityStatus: string;
  gitOwnerUrl: string;
  category: string | null;
  gitRepoUrls: string[];
  metadata: {
    description: string | null;
    website: string | null;
    xProfile: string | null;
    openSource: boolean | null;
    firstReleased: string | null;
  } | null;
}

// ---------- SPDX SBOMs ----------

export interface SbomPackage {
  spdxId: string;
  name: string;
  /** null for NOASSERTION / NONE / missing. */
  version: string | null;
  /** Canonical version-less purl, when the package has one. */
  purl: Purl | null;
  /** The version (or range) written in the purl, if any. */
  purlVersion: string | null;
  downloadLocation: string | null;
}

export interface SbomDocument {
  /** Path relative to the snapshot root. */
  file: string;
  name: string;
  /** The repo the SBOM describes (from the file name `<owner>__<repo>.spdx.json`, the path in the snapshot, or the described package). */
  repoId: RepoId | null;
  /** SPDXIDs of the described (root) packages. */
  rootIds: string[];
  packages: SbomPackage[];
  /** DEPENDS_ON relationships as (from SPDXID, to SPDXID). */
  dependsOn: { from: string; to: string }[];
  /** SHA-256 over names, packages and relationships, sorted; excludes documentNamespace and creationInfo. */
  semanticHash: string;
  /** `github-dependency-graph` (collected from GitHub) or `declared` (committed by the team). */
  provenance: 'github-sbom' | 'declared-sbom';
}

// ---------- git ----------

export interface GitCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  /** Author date converted to UTC, ISO 8601 `YYYY-MM-DDTHH:MM:SSZ`. */
  authorDateUtc: string;
  committerName: string;
  committerEmail: string;
  coAuthors: { name: string; email: string }[];
}

export interface MailmapEntry {
  properName: string | null;
  properEmail: string | null;
  commitName: string | null;
  commitEmail: string;
}

// ---------- manifests ----------

export type DependencyScope = 'runtime' | 'dev' | 'build' | 'ci' | 'unknown';
export type ManifestKind = 'package.json' | 'Cargo.toml' | 'pyproject.toml' | 'go.mod' | 'pubspec.yaml' | 'composer.json' | 'pom.xml';

export interface DeclaredDependency {
  /** Canonical version-less purl of the dependency. */
  purl: Purl;
  /** Version requirement as written (`^1.2.0`, `>=2,<3`, `workspace:*`), null when none. */
  versionRange: string | null;
  scope: DependencyScope;
  /** workspace / path / file / link dependency: stays inside the repo, never an external edge. */
  internal: boolean;
}

export interface ParsedManifest {
  /** Repository-relative path (`crates/foo/Cargo.toml`). */
  path: string;
  kind: ManifestKind;
  /** The package this manifest would publish (null for virtual workspaces / unnamed). */
  publishes: Purl | null;
  /** `private: true` (npm) or `publish = false` (Cargo): never published. */
  isPrivate: boolean;
  /** Under an example/test/fixture/template path: not counted as what the repo publishes. */
  isExampleOrTest: boolean;
  dependencies: DeclaredDependency[];
}

// ---------- ecosystem repos ----------

export interface RawRepo {
  id: RepoId;
  /** `Owner/Repo` as upstream spells it. */
  fullName: string;
  url: string;
  defaultBranch: string | null;
  headCommit: string | null;
  headCommitDate: string | null;
  firstCommitDate: string | null;
  commitCountAll: number | null;
  /** From a GitHub API repo record when the collector stored one (github.json), else null. */
  github: {
    stars: number | null;
    forks: number | null;
    archived: boolean | null;
    pushedAt: string | null;
    license: string | null;
    topics: string[];
    description: string | null;
  } | null;
  /** Terminal collection failure (not found, taken down, private), when the collector recorded one. */
  unreachable: string | null;
  manifests: ParsedManifest[];
  /** Non-merge commits, newest first, from gitlog-full.txt (or gitlog.txt when the full log is absent). */
  commits: GitCommit[];
  /** Whether the log covers the whole history (gitlog-full.txt) or only a window (gitlog.txt). */
  logCoverage: 'full' | 'window' | 'none';
  mailmap: MailmapEntry[];
  releases: { tag: string; name: string | null; publishedAt: string | null }[];
}

// ---------- registries ----------

export type RegistryName = 'npm' | 'crates' | 'pypi' | 'packagist' | 'pubdev' | 'depsdev';

export interface RegistryPackage {
  registry: RegistryName;
  purl: Purl;
  latestVersion: string | null;
  /** Downloads over the last 30 days (crates.io: recent_downloads / 3), null when unknown. */
  downloads30d: number | null;
  /** Repository URL the registry reports, when given. */
  repositoryUrl: string | null;
  /** Dependencies of the latest version (runtime only unless scope says otherwise). */
  dependencies: { purl: Purl; versionRange: string | null; scope: DependencyScope }[];
  /** Reverse dependents the registry reported (purls), within the documented caps. */
  dependents: Purl[];
  file: string;
}

/** deps.dev project record: stars/forks keyed by repo. */
export interface RepoPopularity {
  repoId: RepoId;
  stars: number | null;
  forks: number | null;
  source: string;
  file: string;
}

// ---------- funding ----------

export interface FundingAward {
  /** Project the award belongs to, when it could be resolved. */
  projectId: ProjectId | null;
  /** Project title as written in the source. */
  projectName: string;
  round: string;
  awardType: string | null;
  awardedUSD: number | null;
  paidUSD: number | null;
  trancheCompletionPercent: number | null;
  /** A GitHub URL the source gives for the project (its code or repository), when any. */
  repoUrl?: string | null;
  source: string;
  file: string;
}

export interface RawSnapshot {
  root: string;
  /** Reference date (YYYY-MM-DD) for every time window. */
  asOf: string;
  /** Free-form label from snapshot.json (e.g. "sample data"); null for real snapshots. */
  label: string | null;
  sources: Record<string, SourceStatus>;
  opengrants: { projects: OgProject[]; pools: OgGrantPool[]; applications: OgApplication[] };
  overrides: OverrideEntry[];
  repos: RawRepo[];
  sboms: SbomDocument[];
  registry: RegistryPackage[];
  popularity: RepoPopularity[];
  funding: FundingAward[];
  warnings: SnapshotWarning[];
}

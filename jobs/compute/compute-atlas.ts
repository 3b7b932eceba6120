/**
 * The compute stage: one raw snapshot in, every table of atlas.sqlite out (DESIGN §2). Pure and
 * deterministic: no I/O, no clock; time windows are anchored at the snapshot's `as_of`; every
 * list is sorted before it leaves.
 */
import type { ProjectId } from '../ids/project-id.ts';
import type { RepoId } from '../ids/repo-id.ts';
import type { BuildSummary } from '../cli/build-summary.ts';
import { redactEmails } from '../publish/api/redact-emails.ts';
import { DEFINITIONS_VERSION, SCHEMA_VERSION } from '../publish/schema.ts';
import type { AtlasTables, Row } from '../publish/write-atlas.ts';
import type { RawRepo, RawSnapshot, SnapshotWarning, SourceStatus, WarningSink } from '../snapshot/types.ts';
import { computeContributors } from './contributors-step.ts';
import { computeLayout } from './layout/graph-layout.ts';
import { activeSubgraph } from './metrics/active-subgraph.ts';
import { activityStatus } from './metrics/activity-status.ts';
import { projectAdoption, repoAdoption } from './metrics/adoption.ts';
import { criticality } from './metrics/criticality.ts';
import type { DependencyGraph } from './metrics/dependency-graph.ts';
import { percentileRank } from './metrics/percentile.ts';
import { projectCriticality } from './metrics/project-criticality.ts';
import { transitiveDependents } from './metrics/transitive-dependents.ts';
import { METRIC_SCOPES, buildDependencyEdges } from './model/dependency-edges.ts';
import { resolveFunding } from './model/funding.ts';
import { buildAliasTable } from './model/package-aliases.ts';
import { buildProjects } from './model/projects.ts';
import { assignReposToProjects } from './model/repo-assignment.ts';
import type { ActivityStatus } from './model/types.ts';
import { compareCodeUnits } from '../snapshot/code-unit-order.ts';

export interface ComputeOptions {
  /** package.json version, recorded in meta.build_version. */
  buildVersion: string;
  /** Counts of the build this one replaces (status page deltas), when known. An input, like the snapshot. */
  previous?: PreviousBuild | null;
}

/** What is known of the previously published build (meta.previous_build). */
export interface PreviousBuild {
  snapshot_as_of: string | null;
  counts: { projects: number; active_projects: number | null; repos: number; external_packages: number | null; edges: number; metric_edges: number | null; contributors: number | null };
}

export interface ComputeResult {
  tables: AtlasTables;
  summary: BuildSummary;
}

/** DESIGN §5.1: a repo is active when its project is live or in-dev. */
export const ACTIVE_STATUSES: readonly ActivityStatus[] = ['live', 'in-dev'];

/** A repo that only an SBOM told us about: no git data, no manifests. */
function sbomOnlyRepo(id: RepoId): RawRepo {
  const fullName = id.slice('pkg:github/'.length);
  return {
    id, fullName, url: `https://github.com/${fullName}`, defaultBranch: null, headCommit: null, headCommitDate: null,
    firstCommitDate: null, commitCountAll: null, github: null, unreachable: null, manifests: [], commits: [],
    logCoverage: 'none', mailmap: [], releases: [],
  };
}

function redactWarning(w: SnapshotWarning): SnapshotWarning {
  return { ...w, file: redactEmails(w.file), ...(w.field === undefined ? {} : { field: redactEmails(w.field) }), message: redactEmails(w.message) };
}

const redactText = (text: string | null): string | null => (text === null ? null : redactEmails(text));

/** Sorts by a string key in code-unit order (compareCodeUnits: the same on every machine). */
function byString<T>(key: (x: T) => string): (a: T, b: T) => number {
  return (a, b) => compareCodeUnits(key(a), key(b));
}

function maxDate(dates: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (best === null || d > best)) best = d;
  return best;
}

/** ISO date-time with offset → UTC `YYYY-MM-DDTHH:MM:SSZ`; null when unparsable. */
function toUtc(iso: string | null): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function computeAtlas(snap: RawSnapshot, options: ComputeOptions): ComputeResult {
  // DESIGN §11: atlas.sqlite is deployed, so no e-mail may reach it. Warnings can quote input
  // (JSON / YAML parser errors show a snippet of the file, e.g. a package.json `author`), and
  // public submissions' free text can hold addresses: both pass through `redactEmails`.
  const warnings: SnapshotWarning[] = snap.warnings.map(redactWarning);
  const sink: WarningSink = { warn: (w) => warnings.push(redactWarning(w)) };
  // Time windows are half-open and end at as_of 00:00 UTC (metrics/time-window.ts): a commit on
  // or after that instant is in no window, so it must not hide an earlier one in the cascade below.
  const asOfAnchor = `${snap.asOf}T00:00:00Z`;

  // ---- model: projects, repos, aliases, edges ----
  const projects = buildProjects({ projects: snap.opengrants.projects, applications: snap.opengrants.applications, overrides: snap.overrides }, sink);
  const repoById = new Map<RepoId, RawRepo>();
  for (const r of snap.repos) {
    if (repoById.has(r.id)) {
      sink.warn({ source: 'ecosystem', file: `ecosystem/repos/${r.fullName}`, field: 'full_name', message: `repo ${r.id} appears twice (case variants?); the first is kept` });
      continue;
    }
    repoById.set(r.id, r);
  }
  for (const doc of snap.sboms) if (doc.repoId && !repoById.has(doc.repoId)) repoById.set(doc.repoId, sbomOnlyRepo(doc.repoId));
  const repos = [...repoById.values()].sort(byString((r) => r.id));

  const { byRepo: assignment, uncollectedRepoUrls } = assignReposToProjects(projects, repos.map((r) => ({ id: r.id, owner: r.fullName.split('/')[0] })), sink);
  if (uncollectedRepoUrls.length > 0) {
    sink.warn({ source: 'model', file: 'opengrants/', field: 'repo URLs', message: `${uncollectedRepoUrls.length} project repo URL(s) point to repos absent from the snapshot (not collected): ${uncollectedRepoUrls.slice(0, 8).map((u) => u.repoId.slice(11)).join(', ')}${uncollectedRepoUrls.length > 8 ? ', …' : ''}` });
  }
  const projectOfRepo = new Map<string, ProjectId>();
  for (const [repoId, a] of assignment) projectOfRepo.set(repoId, a.projectId);
  const reposOfProject = new Map<ProjectId, RawRepo[]>(projects.map((p) => [p.id, []]));
  for (const r of repos) {
    const p = projectOfRepo.get(r.id);
    if (p) reposOfProject.get(p)!.push(r);
  }

  const aliases = buildAliasTable(repos, snap.registry, sink);
  const deps = buildDependencyEdges(repos, snap.sboms, snap.registry, aliases);

  // ---- contributors (DESIGN §5.3) ----
  const contributors = computeContributors(repos, reposOfProject, snap.asOf);

  // ---- activity status with the git cascade (DESIGN §5.5) ----
  const statusOf = new Map<ProjectId, { status: ActivityStatus; source: string; reason: string }>();
  for (const p of projects) {
    const projectRepos = reposOfProject.get(p.id) ?? [];
    const lastCommit = maxDate(projectRepos.flatMap((r) => [contributors.repo.get(r.id)?.lastCommitAt ?? null, toUtc(r.headCommitDate)]).filter((d) => d !== null && d < asOfAnchor));
    statusOf.set(p.id, activityStatus({
      baseline: p.baselineStatus,
      baselineSource: p.baselineSource,
      baselineReason: p.baselineReason,
      lastCommitInRepos: lastCommit,
      trancheCompletionPct: p.trancheCompletionPct,
      asOf: snap.asOf,
    }));
  }
  const isActiveRepo = (id: string) => {
    const p = projectOfRepo.get(id);
    return p !== undefined && ACTIVE_STATUSES.includes(statusOf.get(p)!.status);
  };

  // ---- graph metrics (DESIGN §5.1–5.2) ----
  const metricScopes = new Set<string>(METRIC_SCOPES);
  const metricEdges = deps.edges.filter((e) => metricScopes.has(e.scope));
  const vertices = [...repos.map((r) => r.id as string), ...deps.externals.map((x) => x.purl as string)].sort();
  const graph: DependencyGraph = { vertices, edges: metricEdges.map((e) => [e.from, e.to]) };
  const active = activeSubgraph(graph, isActiveRepo);
  const crit = criticality(graph, active.members);
  const blast = transitiveDependents(graph, active.members);
  const projCrit = projectCriticality(graph, active.members, projectOfRepo, projects.map((p) => p.id));
  const dependencyCount = new Map<string, number>();
  for (const e of metricEdges) dependencyCount.set(e.from, (dependencyCount.get(e.from) ?? 0) + 1);

  // ---- adoption (DESIGN §5.4) ----
  const downloadsOf = new Map<string, number>();
  const latestVersionOf = new Map<string, string>();
  for (const pkg of [...snap.registry].sort(byString((p) => p.purl))) {
    const repo = aliases.resolve(pkg.purl);
    if (!repo) continue;
    if (pkg.downloads30d !== null) downloadsOf.set(repo, (downloadsOf.get(repo) ?? 0) + pkg.downloads30d);
    if (pkg.latestVersion && !latestVersionOf.has(repo)) latestVersionOf.set(repo, pkg.latestVersion);
  }
  const popularity = new Map(snap.popularity.map((p) => [p.repoId as string, p] as const));
  const signals = new Map<string, { downloads?: number; stars?: number; forks?: number }>();
  for (const r of repos) {
    const pop = popularity.get(r.id);
    const stars = r.github?.stars ?? pop?.stars ?? null;
    const forks = r.github?.forks ?? pop?.forks ?? null;
    const s: { downloads?: number; stars?: number; forks?: number } = {};
    if (downloadsOf.has(r.id)) s.downloads = downloadsOf.get(r.id);
    if (stars !== null) s.stars = stars;
    if (forks !== null) s.forks = forks;
    signals.set(r.id, s);
  }
  const adoption = repoAdoption(signals);
  const composites = new Map<string, number | null>([...adoption].map(([id, a]) => [id, a.composite] as const));
  const projectRepoIds = new Map<string, string[]>([...reposOfProject].map(([p, rs]) => [p, rs.map((r) => r.id as string)] as const));
  const projAdoption = projectAdoption(composites, projectRepoIds);

  // ---- project-level graph: repo edges collapsed (DESIGN §3) ----
  const projectEdges = new Map<string, { from: string; to: string; all: number; metric: number }>();
  for (const e of deps.edges) {
    if (e.toKind !== 'repo') continue;
    const from = projectOfRepo.get(e.from);
    const to = projectOfRepo.get(e.to);
    if (!from || !to || from === to) continue;
    const key = `${from}\u0000${to}`;
    const pe = projectEdges.get(key) ?? { from, to, all: 0, metric: 0 };
    pe.all++;
    if (metricScopes.has(e.scope)) pe.metric++;
    projectEdges.set(key, pe);
  }
  const dependentProjects = new Map<string, number>();
  const dependencyProjects = new Map<string, number>();
  for (const pe of projectEdges.values()) {
    if (pe.metric === 0) continue;
    dependentProjects.set(pe.to, (dependentProjects.get(pe.to) ?? 0) + 1);
    dependencyProjects.set(pe.from, (dependencyProjects.get(pe.from) ?? 0) + 1);
  }

  // ---- layouts (DESIGN §7: precomputed, deterministic) ----
  const projectLayout = computeLayout({
    nodes: projects.map((p) => p.id),
    edges: [...projectEdges.values()].filter((e) => e.metric > 0).map((e) => ({ from: e.from, to: e.to, weight: e.metric })),
  });
  const repoLayout = computeLayout({
    nodes: vertices,
    edges: deps.edges.map((e) => ({ from: e.from, to: e.to, weight: 1 })),
  });

  // ---- criticality percentile among projects with a score ----
  const scoredProjects = projects.filter((p) => projCrit.get(p.id)?.criticality != null);
  const critPct = percentileRank(scoredProjects.map((p) => projCrit.get(p.id)!.criticality!));
  const critPctOf = new Map(scoredProjects.map((p, i) => [p.id, critPct[i]] as const));

  // ---- funding ----
  const funding = resolveFunding(snap.funding, projects, snap.opengrants.applications, sink, projectOfRepo);

  // ---- rows ----
  // Direct dependents of a project: active-subgraph vertices outside it with an edge into one of its repos.
  const directDependentsOf = new Map<string, Set<string>>();
  for (const e of metricEdges) {
    const to = projectOfRepo.get(e.to);
    if (!to || projectOfRepo.get(e.from) === to || !active.members.has(e.from)) continue;
    const set = directDependentsOf.get(to) ?? new Set<string>();
    set.add(e.from);
    directDependentsOf.set(to, set);
  }
  const aliasRepos = new Set(aliases.aliases.map((a) => a.repoId as string));
  const projectRows: Row[] = projects.map((p) => {
    const st = statusOf.get(p.id)!;
    const pc = projCrit.get(p.id);
    const cs = contributors.project.get(p.id);
    const repoIds = projectRepoIds.get(p.id) ?? [];
    const directDependents = repoIds.length ? directDependentsOf.get(p.id)?.size ?? 0 : null;
    return {
      project_id: p.id, name: redactEmails(p.name), type: repoIds.some((r) => aliasRepos.has(r)) ? 'public-good' : 'scf-project',
      activity_status: st.status, baseline_status: p.baselineStatus, status_source: st.source, status_reason: st.reason, origin: p.origin,
      category: p.category, integration_status: p.integrationStatus, git_owner_url: p.gitOwnerUrl, description: redactText(p.description),
      website: p.website, x_url: p.xUrl, open_source: p.openSource, crawled: p.crawled,
      total_awarded_usd: p.totalAwardedUSD, total_paid_usd: p.totalPaidUSD, tranche_completion_pct: p.trancheCompletionPct,
      repo_count: repoIds.length, criticality: pc?.criticality ?? null, criticality_repo_sum: pc?.repoSum ?? null,
      criticality_pct: critPctOf.get(p.id) ?? null, direct_dependents: directDependents,
      dependent_projects: dependentProjects.get(p.id) ?? 0, dependency_projects: dependencyProjects.get(p.id) ?? 0,
      pony_factor: cs?.ponyFactor ?? null, contributors_total: cs?.contributorsTotal ?? null,
      contributors_active_30d: cs?.active30d ?? null, contributors_active_90d: cs?.active90d ?? null,
      top_contributor_share: cs?.topShare ?? null, commits_window: cs?.commitsWindow ?? null, bot_commits_window: cs?.botCommitsWindow ?? null,
      first_commit_at: cs?.firstCommitAt ?? null, last_commit_at: cs?.lastCommitAt ?? null,
      adoption: projAdoption.get(p.id)?.adoption ?? null, adoption_repos: projAdoption.get(p.id)?.repos ?? 0,
      in_active_subgraph: repoIds.some((r) => active.members.has(r)),
    };
  });

  const repoRows: Row[] = repos.map((r) => {
    const cs = contributors.repo.get(r.id);
    const a = adoption.get(r.id);
    const assigned = assignment.get(r.id);
    const sources = deps.reposWithDependencyData.get(r.id) ?? [];
    return {
      repo_id: r.id, full_name: r.fullName, url: r.url, project_id: assigned?.projectId ?? null, assigned_by: assigned?.by ?? null,
      is_active: isActiveRepo(r.id), in_active_subgraph: active.members.has(r.id), default_branch: r.defaultBranch,
      latest_version: latestVersionOf.get(r.id) ?? r.releases[0]?.tag ?? null,
      latest_commit_at: maxDate([cs?.lastCommitAt ?? null, toUtc(r.headCommitDate)]), first_commit_at: toUtc(r.firstCommitDate) ?? cs?.firstCommitAt ?? null,
      commit_count_all: r.commitCountAll, log_coverage: r.logCoverage,
      stars: signals.get(r.id)?.stars ?? null, forks: signals.get(r.id)?.forks ?? null, downloads_30d: signals.get(r.id)?.downloads ?? null,
      archived: r.github?.archived ?? null, unreachable: r.unreachable, license: r.github?.license ?? null, description: redactText(r.github?.description ?? null),
      publishes_packages: aliasRepos.has(r.id), has_dependency_data: sources.length > 0, dependency_sources: sources,
      criticality: crit.score.get(r.id) ?? 0, direct_dependents: crit.totalDirectDependents.get(r.id) ?? 0, dependency_count: dependencyCount.get(r.id) ?? 0,
      pony_factor: cs?.ponyFactor ?? null, contributors_total: cs?.contributorsTotal ?? 0,
      contributors_active_30d: cs?.active30d ?? 0, contributors_active_90d: cs?.active90d ?? 0, top_contributor_share: cs?.topShare ?? null,
      commits_window: cs?.commitsWindow ?? 0, bot_commits_window: cs?.botCommitsWindow ?? 0,
      adoption: a?.composite ?? null, adoption_signals: a?.coverage ?? 0,
      downloads_pct: a?.percentiles.downloads ?? null, stars_pct: a?.percentiles.stars ?? null, forks_pct: a?.percentiles.forks ?? null,
    };
  });

  const externalRows: Row[] = deps.externals.map((x) => ({
    purl: x.purl, type: x.type, name: x.name, in_active_subgraph: active.members.has(x.purl),
    criticality: crit.score.get(x.purl) ?? 0, direct_dependents: crit.totalDirectDependents.get(x.purl) ?? 0,
  }));

  const edgeRows: Row[] = deps.edges.map((e) => ({
    from_id: e.from, to_id: e.to, to_kind: e.toKind, scope: e.scope, in_metric_scope: metricScopes.has(e.scope),
    version_ranges: e.versionRanges, provenance: e.provenance, confidence: e.confidence,
  }));

  const blastRows: Row[] = [];
  for (const [vertex, list] of blast) for (const d of list) blastRows.push({ vertex_id: vertex, dependent_id: d.id, distance: d.distance });

  const layoutRows: Row[] = [
    ...[...projectLayout].map(([id, p]) => ({ level: 'project', node_id: id, x: p.x, y: p.y })),
    ...[...repoLayout].map(([id, p]) => ({ level: 'repo', node_id: id, x: p.x, y: p.y })),
  ];

  const releaseRows: Row[] = repos.flatMap((r) => {
    const seen = new Set<string>();
    return r.releases.filter((x) => !seen.has(x.tag) && seen.add(x.tag)).map((x) => ({ repo_id: r.id, tag: x.tag, name: x.name, published_at: x.publishedAt }));
  });

  // ---- sources and meta ----
  const sources: SourceStatus[] = Object.values(snap.sources).map((s) => ({ ...s, errors: s.errors.map(redactEmails), warnings: warnings.filter((w) => w.source === s.name).length })).sort(byString((s) => s.name));
  const activeProjects = projects.filter((p) => ACTIVE_STATUSES.includes(statusOf.get(p.id)!.status)).length;
  const activeRepos = repos.filter((r) => isActiveRepo(r.id));
  const coverage = activeRepos.length ? Math.round((activeRepos.filter((r) => deps.reposWithDependencyData.has(r.id)).length / activeRepos.length) * 10000) / 100 : null;
  const summary: BuildSummary = {
    asOf: snap.asOf,
    label: snap.label,
    counts: {
      projects: projects.length, activeProjects, repos: repos.length, externalPackages: deps.externals.length,
      edges: deps.edges.length, metricEdges: metricEdges.length, contributors: contributors.contributorRows.length,
      activeContributors30d: contributors.active30d, activeContributors90d: contributors.active90d,
    },
    sources,
    warnings: [...warnings].sort((a, b) => compareCodeUnits(a.source, b.source) || compareCodeUnits(a.file, b.file) || compareCodeUnits(a.field ?? '', b.field ?? '') || compareCodeUnits(a.message, b.message)),
  };
  const meta: Row = {
    id: 1, schema_version: SCHEMA_VERSION, definitions_version: DEFINITIONS_VERSION, build_version: options.buildVersion,
    snapshot_as_of: snap.asOf, snapshot_label: snap.label, is_sample: (snap.label ?? '').toLowerCase().includes('sample'),
    metric_scopes: [...METRIC_SCOPES], project_count: projects.length, active_project_count: activeProjects,
    repo_count: repos.length, active_repo_count: activeRepos.length, external_package_count: deps.externals.length,
    edge_count: deps.edges.length, metric_edge_count: metricEdges.length, contributor_count: contributors.contributorRows.length,
    active_contributors_30d: contributors.active30d, active_contributors_90d: contributors.active90d,
    active_subgraph_size: active.members.size, dependency_coverage_pct: coverage, warning_count: summary.warnings.length,
    previous_build: options.previous ? { snapshot_as_of: options.previous.snapshot_as_of, counts: options.previous.counts } : null,
  };

  const tables: AtlasTables = {
    meta: [meta],
    source_status: sources.map((s) => ({ source: s.name, state: s.state, retrieved_at: s.retrievedAt ?? null, records: s.records, warnings: s.warnings, errors: s.errors })),
    warnings: summary.warnings.map((w, i) => ({ seq: i + 1, source: w.source, file: w.file, field: w.field ?? null, message: w.message })),
    projects: projectRows,
    repos: repoRows,
    external_packages: externalRows,
    package_aliases: aliases.aliases.map((a) => ({ purl: a.purl, repo_id: a.repoId, manifest_path: a.manifestPath, evidence: a.evidence })),
    edges: edgeRows,
    project_edges: [...projectEdges.values()].map((e) => ({ from_project: e.from, to_project: e.to, repo_edge_count: e.all, metric_edge_count: e.metric })),
    transitive_dependents: blastRows,
    contributors: contributors.contributorRows,
    contributions: contributors.contributionRows,
    monthly_commits: contributors.monthlyRows,
    releases: releaseRows,
    funding: funding.rows,
    rounds: funding.rounds(snap.opengrants.pools),
    graph_layout: layoutRows,
  };
  return { tables, summary };
}

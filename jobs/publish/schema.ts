/**
 * atlas.sqlite: the one published artefact (DESIGN §6). All DDL lives here; docs/SCHEMA.md documents
 * every column and a test matches the two. Bump SCHEMA_VERSION on any change to table or column
 * names or meanings; it is written to `PRAGMA user_version` and to `meta.schema_version`.
 *
 * Conventions: ids are the domain ids of DESIGN §3 (DAOIP-5 project ids, `pkg:github/owner/repo`
 * repo ids, version-less purls); dates are ISO 8601 UTC strings; booleans are 0/1; JSON columns
 * hold arrays/objects serialised with sorted keys; NULL means "unknown / not applicable", never 0.
 */

/** Schema version (PRAGMA user_version). Major bumps break queries; see docs/SCHEMA.md history. */
export const SCHEMA_VERSION = 1;

/** Version of the metric definitions implemented (DESIGN §5), shown on the methodology page. */
export const DEFINITIONS_VERSION = '2026.12-1';

export const SCHEMA_SQL = `
CREATE TABLE meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  schema_version INTEGER NOT NULL,
  definitions_version TEXT NOT NULL,
  build_version TEXT NOT NULL,
  snapshot_as_of TEXT NOT NULL,
  snapshot_label TEXT,
  is_sample INTEGER NOT NULL,
  metric_scopes TEXT NOT NULL,
  project_count INTEGER NOT NULL,
  active_project_count INTEGER NOT NULL,
  repo_count INTEGER NOT NULL,
  active_repo_count INTEGER NOT NULL,
  external_package_count INTEGER NOT NULL,
  edge_count INTEGER NOT NULL,
  metric_edge_count INTEGER NOT NULL,
  contributor_count INTEGER NOT NULL,
  active_contributors_30d INTEGER NOT NULL,
  active_contributors_90d INTEGER NOT NULL,
  active_subgraph_size INTEGER NOT NULL,
  dependency_coverage_pct REAL,
  warning_count INTEGER NOT NULL,
  previous_build TEXT
);

CREATE TABLE source_status (
  source TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  retrieved_at TEXT,
  records INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  errors TEXT NOT NULL
);

CREATE TABLE warnings (
  seq INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  file TEXT NOT NULL,
  field TEXT,
  message TEXT NOT NULL
);

CREATE TABLE projects (
  project_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  activity_status TEXT NOT NULL,
  baseline_status TEXT NOT NULL,
  status_source TEXT NOT NULL,
  status_reason TEXT NOT NULL,
  origin TEXT NOT NULL,
  category TEXT,
  integration_status TEXT,
  git_owner_url TEXT,
  description TEXT,
  website TEXT,
  x_url TEXT,
  open_source INTEGER,
  crawled INTEGER NOT NULL,
  total_awarded_usd REAL,
  total_paid_usd REAL,
  tranche_completion_pct REAL,
  repo_count INTEGER NOT NULL,
  criticality INTEGER,
  criticality_repo_sum INTEGER,
  criticality_pct REAL,
  direct_dependents INTEGER,
  dependent_projects INTEGER,
  dependency_projects INTEGER,
  pony_factor INTEGER,
  contributors_total INTEGER,
  contributors_active_30d INTEGER,
  contributors_active_90d INTEGER,
  top_contributor_share REAL,
  commits_window INTEGER,
  bot_commits_window INTEGER,
  first_commit_at TEXT,
  last_commit_at TEXT,
  adoption REAL,
  adoption_repos INTEGER,
  in_active_subgraph INTEGER NOT NULL
);

CREATE TABLE repos (
  repo_id TEXT PRIMARY KEY,
  full_name TEXT NOT NULL,
  url TEXT NOT NULL,
  project_id TEXT REFERENCES projects(project_id),
  assigned_by TEXT,
  is_active INTEGER NOT NULL,
  in_active_subgraph INTEGER NOT NULL,
  default_branch TEXT,
  latest_version TEXT,
  latest_commit_at TEXT,
  first_commit_at TEXT,
  commit_count_all INTEGER,
  log_coverage TEXT NOT NULL,
  stars INTEGER,
  forks INTEGER,
  downloads_30d INTEGER,
  archived INTEGER,
  unreachable TEXT,
  license TEXT,
  description TEXT,
  publishes_packages INTEGER NOT NULL,
  has_dependency_data INTEGER NOT NULL,
  dependency_sources TEXT NOT NULL,
  criticality INTEGER NOT NULL,
  direct_dependents INTEGER NOT NULL,
  dependency_count INTEGER NOT NULL,
  pony_factor INTEGER,
  contributors_total INTEGER NOT NULL,
  contributors_active_30d INTEGER NOT NULL,
  contributors_active_90d INTEGER NOT NULL,
  top_contributor_share REAL,
  commits_window INTEGER NOT NULL,
  bot_commits_window INTEGER NOT NULL,
  adoption REAL,
  adoption_signals INTEGER NOT NULL,
  downloads_pct REAL,
  stars_pct REAL,
  forks_pct REAL
);

CREATE TABLE external_packages (
  purl TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  in_active_subgraph INTEGER NOT NULL,
  criticality INTEGER NOT NULL,
  direct_dependents INTEGER NOT NULL
);

CREATE TABLE package_aliases (
  purl TEXT PRIMARY KEY,
  repo_id TEXT NOT NULL REFERENCES repos(repo_id),
  manifest_path TEXT,
  evidence TEXT NOT NULL
);

CREATE TABLE edges (
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  to_kind TEXT NOT NULL CHECK (to_kind IN ('repo', 'external')),
  scope TEXT NOT NULL,
  in_metric_scope INTEGER NOT NULL,
  version_ranges TEXT NOT NULL,
  provenance TEXT NOT NULL,
  confidence TEXT NOT NULL,
  PRIMARY KEY (from_id, to_id)
) WITHOUT ROWID;

CREATE TABLE project_edges (
  from_project TEXT NOT NULL,
  to_project TEXT NOT NULL,
  repo_edge_count INTEGER NOT NULL,
  metric_edge_count INTEGER NOT NULL,
  PRIMARY KEY (from_project, to_project)
) WITHOUT ROWID;

CREATE TABLE transitive_dependents (
  vertex_id TEXT NOT NULL,
  dependent_id TEXT NOT NULL,
  distance INTEGER NOT NULL,
  PRIMARY KEY (vertex_id, dependent_id)
) WITHOUT ROWID;

CREATE TABLE contributors (
  contributor_hash TEXT PRIMARY KEY,
  commits_window INTEGER NOT NULL,
  repo_count INTEGER NOT NULL,
  first_commit_at TEXT NOT NULL,
  last_commit_at TEXT NOT NULL
);

CREATE TABLE contributions (
  contributor_hash TEXT NOT NULL REFERENCES contributors(contributor_hash),
  repo_id TEXT NOT NULL REFERENCES repos(repo_id),
  commits_window INTEGER NOT NULL,
  first_commit_at TEXT NOT NULL,
  last_commit_at TEXT NOT NULL,
  PRIMARY KEY (repo_id, contributor_hash)
) WITHOUT ROWID;

CREATE TABLE monthly_commits (
  repo_id TEXT NOT NULL REFERENCES repos(repo_id),
  month TEXT NOT NULL,
  commits INTEGER NOT NULL,
  PRIMARY KEY (repo_id, month)
) WITHOUT ROWID;

CREATE TABLE releases (
  repo_id TEXT NOT NULL REFERENCES repos(repo_id),
  tag TEXT NOT NULL,
  name TEXT,
  published_at TEXT,
  PRIMARY KEY (repo_id, tag)
) WITHOUT ROWID;

CREATE TABLE funding (
  seq INTEGER PRIMARY KEY,
  project_id TEXT,
  project_name TEXT NOT NULL,
  round TEXT NOT NULL,
  award_type TEXT,
  awarded_usd REAL,
  paid_usd REAL,
  tranche_completion_pct REAL,
  source TEXT NOT NULL
);

CREATE TABLE rounds (
  round TEXT PRIMARY KEY,
  pool_id TEXT,
  type TEXT,
  close_date TEXT,
  quarter_year TEXT,
  total_awarded_usd REAL,
  awarded_projects INTEGER NOT NULL
);

CREATE TABLE graph_layout (
  level TEXT NOT NULL CHECK (level IN ('project', 'repo')),
  node_id TEXT NOT NULL,
  x REAL NOT NULL,
  y REAL NOT NULL,
  PRIMARY KEY (level, node_id)
) WITHOUT ROWID;

CREATE INDEX idx_projects_criticality ON projects(criticality DESC);
CREATE INDEX idx_projects_status ON projects(activity_status);
CREATE INDEX idx_repos_project ON repos(project_id);
CREATE INDEX idx_repos_criticality ON repos(criticality DESC);
CREATE INDEX idx_edges_to ON edges(to_id);
CREATE INDEX idx_project_edges_to ON project_edges(to_project);
CREATE INDEX idx_transitive_dependents_dependent ON transitive_dependents(dependent_id);
CREATE INDEX idx_contributions_contributor ON contributions(contributor_hash);
CREATE INDEX idx_funding_project ON funding(project_id);
CREATE INDEX idx_package_aliases_repo ON package_aliases(repo_id);
`;

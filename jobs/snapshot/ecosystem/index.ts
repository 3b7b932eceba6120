/** Ecosystem repo folder readers (docs/SNAPSHOT.md, DESIGN §4.3, §4.5). */
export { readEcosystemRepos } from './read-ecosystem-repos.ts';
export { readRawRepo, ECOSYSTEM_SOURCE, REPO_FILES } from './read-repo.ts';
export { readRepoManifests, listManifestPaths, MANIFESTS_DIR } from './repo-manifests.ts';
export { listRepoDirs, ECOSYSTEM_REPOS_DIR, type RepoDir } from './repo-dirs.ts';

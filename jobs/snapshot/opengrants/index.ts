/** OpenGrants (DAOIP-5) snapshot readers and the status mapping the model uses (DESIGN §4.1). */
export { readOpenGrants, OPENGRANTS_DIR } from './read-opengrants.ts';
export type { OpenGrantsRecords } from './read-opengrants.ts';
export { parseOgProjects, OPENGRANTS_SOURCE } from './projects.ts';
export { parseOgGrantPools } from './grant-pools.ts';
export { parseOgApplications } from './applications.ts';
export { mapIntegrationStatus, statusFromTrancheCompletion, INTEGRATION_STATUS_MAP, DEFAULT_ACTIVITY_STATUS, TRANCHE_COMPLETE_PERCENT } from './integration-status.ts';
export type { ActivityStatus, StatusDecision } from './integration-status.ts';

/** DAOIP-5 project ids (`daoip-5:scf:project:python_stellar_sdk`; may contain `.`, `:`, `-`, `_`). */
export type ProjectId = string & { readonly __brand: 'ProjectId' };

const PROJECT_ID_RE = /^daoip-5:[a-z0-9_.-]+:project:[^\s]+$/i;

export function isProjectId(text: string): text is ProjectId {
  return PROJECT_ID_RE.test(text);
}

/** The id OpenGrants would give an application-only project (no project record). */
export function asProjectId(text: string): ProjectId {
  if (!isProjectId(text)) throw new Error(`jobs/ids/project-id: not a DAOIP-5 project id: ${text}`);
  return text;
}

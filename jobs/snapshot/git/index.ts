/** git log and .mailmap readers (DESIGN §4.5, §5.3). */
export { parseGitLog, GIT_LOG_FIELDS, WARN_LINE_SAMPLE, type GitLogParse } from './parse-git-log.ts';
export { parseMailmap } from './parse-mailmap.ts';
export { toUtcIso } from './utc-date.ts';

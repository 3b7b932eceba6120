/**
 * Tells a terminal repo failure (recorded on the repo as `status.json {"unreachable": …}`, DESIGN §3
 * "archived/private/unreachable status") from a transient one (an error of this run, previous data
 * kept), from git's stderr. Pure.
 */

export type Unreachable = 'not found' | 'taken down' | 'private';

export function classifyGitFailure(stderr: string): Unreachable | null {
  if (/DMCA|taken down|access to this repository has been disabled|repository is disabled/i.test(stderr)) return 'taken down';
  if (/could not read Username|Authentication failed|terminal prompts disabled|Permission denied \(publickey\)/i.test(stderr)) return 'private';
  if (/repository .*not found|not found|does not appear to be a git repository|does not exist|No such file or directory/i.test(stderr)) return 'not found';
  return null;
}

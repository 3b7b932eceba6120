import { describe, expect, it } from 'vitest';
import { fullNameOfRepoId, parseGitHubUrl, repoIdOf } from './repo-id.ts';

describe('parseGitHubUrl (DESIGN §3, §4.1)', () => {
  it('resolves every URL variant of one repo to one RepoId', () => {
    const variants = [
      'https://github.com/StellarCN/py-stellar-base',
      'git+https://github.com/StellarCN/py-stellar-base.git',
      'git+https://github.com/StellarCN/py-stellar-base.git/',
      'git@github.com:stellarcn/py-stellar-base.git',
      'git://github.com/StellarCN/py-stellar-base.git',
      'https://github.com/StellarCN/py-stellar-base/tree/main/stellar_sdk',
      'https://github.com/StellarCN/py-stellar-base?tab=readme-ov-file',
      'http://www.github.com/StellarCN/py-stellar-base/',
      'github.com/StellarCN/py-stellar-base',
      'https://github.com/STELLARCN/PY-STELLAR-BASE#readme',
    ];
    const ids = variants.map((v) => {
      const t = parseGitHubUrl(v);
      return t?.kind === 'repo' ? t.id : `not a repo: ${v}`;
    });
    expect(new Set(ids)).toEqual(new Set([repoIdOf('StellarCN', 'py-stellar-base')]));
    expect(fullNameOfRepoId(repoIdOf('StellarCN', 'py-stellar-base'))).toBe('stellarcn/py-stellar-base');
  });

  it('recognises owner-only URLs', () => {
    for (const url of ['https://github.com/stellar', 'github.com/stellar/', 'https://github.com/orgs/stellar/repositories', 'https://github.com/stellar?tab=repositories', 'https://github.com/orgs/stellar']) {
      expect(parseGitHubUrl(url), url).toEqual({ kind: 'owner', owner: 'stellar' });
    }
  });

  it('gives null for non-GitHub URLs and free text', () => {
    for (const url of ['https://gitlab.com/stellar/go', 'https://stellar.org', 'https://github.io/x', 'not a url', '', null, undefined, 'https://github.com/', 'https://github.com/features/actions']) {
      expect(parseGitHubUrl(url), String(url)).toBeNull();
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REALDATA_DIR } from '../../../test/support/paths.ts';
import type { SnapshotWarning } from '../types.ts';
import { listOverrideFiles, mergeOverrideFiles, parseOverrideFile, readOverrides } from './index.ts';

function collector() {
  const warnings: SnapshotWarning[] = [];
  return { warnings, sink: { warn: (w: SnapshotWarning) => warnings.push(w) } };
}

describe('readOverrides on the real files', () => {
  const { warnings, sink } = collector();
  const entries = readOverrides(REALDATA_DIR, sink);

  it('reads both data files, skips the schema, and raises no warning', () => {
    expect(listOverrideFiles(REALDATA_DIR)).toEqual(['overrides/pg-proposal-overrides.yml', 'overrides/project-overrides.yml']);
    expect(entries).toHaveLength(23);
    expect(entries.filter((e) => e.file === 'overrides/pg-proposal-overrides.yml')).toHaveLength(20);
    expect(warnings).toEqual([]);
  });

  it('maps every field', () => {
    const net = entries.find((e) => e.id === 'daoip-5:scf:project:.net_stellar_sdk')!;
    expect(net).toEqual({
      id: 'daoip-5:scf:project:.net_stellar_sdk',
      file: 'overrides/pg-proposal-overrides.yml',
      displayName: '.NET Stellar SDK',
      activityStatus: 'live',
      gitOwnerUrl: 'https://github.com/Beans-BV',
      category: 'SDKs',
      gitRepoUrls: ['https://github.com/Beans-BV/dotnet-stellar-sdk'],
      metadata: { description: '.NET Stellar SDK that supports API backends with Horizon and Soroban.', website: 'https://beans-bv.github.io/dotnet-stellar-sdk/', xProfile: null, openSource: null, firstReleased: 'April 2018' },
    });
    const sdf = entries.find((e) => e.id === 'daoip-5:scf:project:stellar_sdf')!;
    expect(sdf.metadata).toMatchObject({ openSource: true, xProfile: 'https://x.com/stellarorg' });
    expect(sdf.gitRepoUrls).toEqual([]);
    expect(sdf.category).toBeNull();
    // Folded multi-line descriptions arrive as one line.
    expect(entries.find((e) => e.id === 'daoip-5:scf:project:flutter_stellar_sdk')!.metadata!.description).toContain('high-level Soroban smart contract');
  });
});

describe('bad override input', () => {
  const file = 'overrides/test.yml';

  it('keeps a partial entry, warning about each missing or bad field by name', () => {
    const { warnings, sink } = collector();
    const yaml = [
      'daoip-5:scf:project:partial:',
      '  git_repo_urls:',
      '    - "https://github.com/a/b"',
      '    - "not a url"',
      '  activity_status: "sleeping"',
      '  colour: blue',
      '  metadata:',
      '    website: "https://a.example"',
      'daoip-5:scf:project:fine:',
      '  display_name: Fine',
      '  activity_status: Live',
      '  git_owner_url: https://github.com/fine',
    ].join('\n');
    const entries = parseOverrideFile(yaml, file, sink);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ displayName: '', activityStatus: '', gitOwnerUrl: '', gitRepoUrls: ['https://github.com/a/b'], metadata: { website: 'https://a.example', description: null } });
    expect(entries[1]).toMatchObject({ displayName: 'Fine', activityStatus: 'live', gitOwnerUrl: 'https://github.com/fine', metadata: null });
    const byField = Object.fromEntries(warnings.map((w) => [w.field, w.message]));
    expect(warnings.every((w) => w.file === file && w.source === 'overrides')).toBe(true);
    expect(Object.keys(byField).sort()).toEqual(
      [
        '["daoip-5:scf:project:partial"].activity_status',
        '["daoip-5:scf:project:partial"].colour',
        '["daoip-5:scf:project:partial"].display_name',
        '["daoip-5:scf:project:partial"].git_owner_url',
        '["daoip-5:scf:project:partial"].git_repo_urls[1]',
        '["daoip-5:scf:project:partial"].metadata.description',
      ].sort(),
    );
    expect(byField['["daoip-5:scf:project:partial"].display_name']).toContain('display_name');
  });

  it('skips entries whose key is not a project id or whose value is not a map', () => {
    const { warnings, sink } = collector();
    const entries = parseOverrideFile('python_sdk:\n  display_name: X\ndaoip-5:scf:project:s: just text\ndaoip-5:scf:project:ok:\n  display_name: OK\n  activity_status: in-dev\n  git_owner_url: https://github.com/ok\n', file, sink);
    expect(entries.map((e) => e.id)).toEqual(['daoip-5:scf:project:ok']);
    expect(warnings.map((w) => w.field)).toEqual(['python_sdk', '["daoip-5:scf:project:s"]']);
  });

  it('keeps the first of a key repeated in one file', () => {
    const { warnings, sink } = collector();
    const entry = (name: string) => `daoip-5:scf:project:twice:\n  display_name: ${name}\n  activity_status: live\n  git_owner_url: https://github.com/t\n`;
    const entries = parseOverrideFile(entry('First') + entry('Second'), file, sink);
    expect(entries.map((e) => e.displayName)).toEqual(['First']);
    expect(warnings).toHaveLength(1);
  });

  it('gives one warning and no entries for invalid YAML or a non-map document', () => {
    const { warnings, sink } = collector();
    expect(parseOverrideFile('a: [unclosed', file, sink)).toEqual([]);
    expect(parseOverrideFile('- a\n- b\n', file, sink)).toEqual([]);
    expect(parseOverrideFile('', file, sink)).toEqual([]);
    expect(warnings).toHaveLength(2);
  });

  it('keeps the first file of an id overridden in two files and names both', () => {
    const { warnings, sink } = collector();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overrides-'));
    fs.mkdirSync(path.join(dir, 'overrides'));
    const entry = (name: string) => `daoip-5:scf:project:dup:\n  display_name: ${name}\n  activity_status: live\n  git_owner_url: https://github.com/d\n`;
    fs.writeFileSync(path.join(dir, 'overrides/b-second.yml'), entry('From B'));
    fs.writeFileSync(path.join(dir, 'overrides/a-first.yml'), entry('From A'));
    fs.writeFileSync(path.join(dir, 'overrides/schema-x.yml'), 'type: object\n');
    const entries = readOverrides(dir, sink);
    expect(entries.map((e) => e.displayName)).toEqual(['From A']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].file).toBe('overrides/b-second.yml');
    expect(warnings[0].message).toContain('overrides/a-first.yml');
    expect(warnings[0].message).toContain('overrides/b-second.yml');
    fs.rmSync(dir, { recursive: true });
  });

  it('merge keeps unrelated entries of both files', () => {
    const { sink } = collector();
    const a = parseOverrideFile('daoip-5:scf:project:a:\n  display_name: A\n  activity_status: live\n  git_owner_url: https://github.com/a\n', 'overrides/a.yml', sink);
    const b = parseOverrideFile('daoip-5:scf:project:b:\n  display_name: B\n  activity_status: live\n  git_owner_url: https://github.com/b\n', 'overrides/b.yml', sink);
    expect(mergeOverrideFiles([a, b], sink).map((e) => e.id)).toEqual(['daoip-5:scf:project:a', 'daoip-5:scf:project:b']);
  });
});

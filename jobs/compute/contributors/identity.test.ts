import { describe, expect, it } from 'vitest';
import { automationKind, githubNoreplyLogin } from './automation-identity.ts';
import { contributorHash, identityKey } from './identity-key.ts';
import { applyMailmap } from './mailmap.ts';
import { isPlaceholderEmail } from './placeholder-email.ts';

describe('automationKind (DESIGN §5.3 bots, plus AI tools)', () => {
  it.each([
    ['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com'],
    ['github-actions[bot]', 'github-actions[bot]@users.noreply.github.com'],
    ['Dependabot', 'support@dependabot.com'],
    ['renovate-bot', 'bot@renovateapp.com'],
    ['greenkeeperio-bot', 'support@greenkeeper.io'],
    ['github-actions', 'github-actions@github.com'],
    ['GitHub', 'noreply@github.com'],
    ['Someone', '27856297+dependabot-preview[bot]@users.noreply.github.com'],
    ['stellar-scaffold[bot]', 'p0@example.invalid'],
  ])('%s <%s> is a bot', (name, email) => expect(automationKind(name, email)).toBe('bot'));

  it.each([
    ['Claude', 'noreply@anthropic.com'],
    ['Claude Opus 4.6 (1M context)', 'noreply@anthropic.com'],
    ['Codex', 'noreply@openai.com'],
    ['Copilot', '175728472+Copilot@users.noreply.github.com'],
    ['Copilot Autofix powered by AI', '175728472+Copilot@users.noreply.github.com'],
    ['Claude', '242468646+Claude@users.noreply.github.com'],
  ])('%s <%s> is an AI tool', (name, email) => expect(automationKind(name, email)).toBe('tool'));

  it.each([
    ['Abbott Robotham', 'abbott@bots.example.org'],
    ['robot-arm-dev', '123+robot-arm-dev@users.noreply.github.com'],
    ['botanist', 'p1@example.invalid'],
    ['Claude Shannon', 'claude@bell-labs.example'],
  ])('%s <%s> is a person', (name, email) => expect(automationKind(name, email)).toBeNull());
});

describe('placeholders and identity keys (DESIGN §5.3)', () => {
  it.each(['you@example.com', ' YOUR-EMAIL@example.com', 'your_email@example.com', 'root@localhost', 'user@localhost', 'test@test.com', 'noreply@localhost', 'dev@box.(none)', 'me@laptop.local', '', 'not-an-address', 'anything@example.org'])(
    '%j is a placeholder',
    (e) => expect(isPlaceholderEmail(e)).toBe(true),
  );
  it.each(['p67456068d7@example.invalid', 'alice@stellar.org', '123+alice@users.noreply.github.com'])('%j is real', (e) =>
    expect(isPlaceholderEmail(e)).toBe(false),
  );

  it('folds GitHub noreply forms, trims and lower-cases', () => {
    expect(githubNoreplyLogin('57945817+uECC6210e@users.noreply.github.com')).toBe('uecc6210e');
    const a = identityKey({ name: 'A', email: '57945817+uecc6210e@users.noreply.github.com' });
    const b = identityKey({ name: 'B', email: ' UECC6210E@users.noreply.github.com ' });
    expect(a).toBe('uecc6210e@users.noreply.github.com');
    expect(b).toBe(a);
    expect(identityKey({ name: 'x', email: '  Alice@Stellar.ORG ' })).toBe('alice@stellar.org');
  });

  it('keys placeholder addresses by author name, and gives up when there is no name either', () => {
    expect(identityKey({ name: ' Dev BB5F84E5 ', email: 'you@example.com' })).toBe('name:dev bb5f84e5');
    expect(identityKey({ name: 'Dev 1', email: 'you@example.com' })).not.toBe(identityKey({ name: 'Dev 2', email: 'you@example.com' }));
    expect(identityKey({ name: '', email: '' })).toBeNull();
  });

  it('hashes the key with SHA-256', () => {
    expect(contributorHash('alice@stellar.org')).toMatch(/^[0-9a-f]{64}$/);
    // sha256("abc"), the FIPS 180-2 test vector.
    expect(contributorHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('applies the mailmap, preferring name+e-mail entries over e-mail-only ones', () => {
    const entries = [
      { properName: 'Alice', properEmail: 'alice@stellar.org', commitName: null, commitEmail: 'OLD@laptop.example' },
      { properName: null, properEmail: 'bob@stellar.org', commitName: 'Bob', commitEmail: 'old@laptop.example' },
    ];
    expect(applyMailmap({ name: 'whoever', email: 'old@laptop.example' }, entries)).toEqual({ name: 'Alice', email: 'alice@stellar.org' });
    expect(applyMailmap({ name: 'bob', email: 'Old@Laptop.example' }, entries)).toEqual({ name: 'bob', email: 'bob@stellar.org' });
    expect(applyMailmap({ name: 'carol', email: 'carol@x.example' }, entries)).toEqual({ name: 'carol', email: 'carol@x.example' });
  });
});

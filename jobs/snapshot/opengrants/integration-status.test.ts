import { describe, expect, it } from 'vitest';
import { mapIntegrationStatus, statusFromTrancheCompletion } from './integration-status.ts';

// DESIGN §4.1 status mapping, §5.7 item 8.
describe('mapIntegrationStatus', () => {
  it.each([
    ['Mainnet', 'live'],
    ['Live (on Mainnet)', 'live'],
    ['Expansion', 'live'],
    ['Development', 'in-dev'],
    ['Testnet', 'in-dev'],
    ['Idea', 'in-dev'],
    ['Abandoned', 'discontinued'],
    ['Completed', 'discontinued'],
    ['Unknown', 'non-responsive'],
    ['  mainnet ', 'live'],
    ['LIVE (ON MAINNET)', 'live'],
    ['abandoned', 'discontinued'],
    [null, 'in-dev'],
    ['', 'in-dev'],
    ['Paused', 'in-dev'],
  ] as const)('%j → %s', (raw, status) => {
    expect(mapIntegrationStatus(raw).status).toBe(status);
  });

  it('says why', () => {
    expect(mapIntegrationStatus('Mainnet').reason).toContain('Mainnet');
    expect(mapIntegrationStatus('Paused').reason).toContain('not recognised');
    expect(mapIntegrationStatus(null).reason).toContain('missing');
  });
});

describe('statusFromTrancheCompletion', () => {
  it.each([
    [100, 'live'],
    [67, 'in-dev'],
    [0, 'in-dev'],
    [null, 'in-dev'],
  ] as const)('%j → %s', (pct, status) => {
    expect(statusFromTrancheCompletion(pct).status).toBe(status);
  });
});

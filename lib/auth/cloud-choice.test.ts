import { beforeAll, describe, expect, it } from 'vitest';
import { seal } from '@/lib/session/seal';

const SECRET = 'c'.repeat(40);
let choice: typeof import('./cloud-choice');
let sealed: typeof import('@/lib/session/sealed');

beforeAll(async () => {
  process.env.SESSION_SECRET = SECRET;
  process.env.KEYSTONE_URL = 'http://127.0.0.1:5000/v3';
  process.env.OS_REGION = 'RegionOne';
  process.env.AVAILABLE_REGIONS = 'RegionOne=http://127.0.0.1:5000/v3#RegionOne, RegionTwo=http://127.0.0.1:5000/v3#RegionTwo, Elsewhere=https://keystone.example.org/v3';
  choice = await import('./cloud-choice');
  sealed = await import('@/lib/session/sealed');
});

describe('the login forms’ cloud field', () => {
  it('takes a configured label and gives its cloud', () => {
    expect(choice.offersCloudChoice()).toBe(true);
    expect(choice.cloudField().parse('RegionTwo')).toMatchObject({ label: 'RegionTwo', keystoneUrl: 'http://127.0.0.1:5000/v3', region: 'RegionTwo' });
    expect(choice.cloudField().parse('Elsewhere')).toMatchObject({ keystoneUrl: 'https://keystone.example.org/v3', region: 'RegionOne' });
  });

  it('refuses an unknown, missing or non-string cloud with the message for next to the field', () => {
    for (const value of ['RegionThree', 'regiontwo', '', null, undefined, ['RegionOne']]) {
      const parsed = choice.cloudField().safeParse(value);
      expect(parsed.success, String(value)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('That cloud is not offered here. Choose one from the list.');
    }
  });

  it('names the cloud whose Keystone does not answer', () => {
    expect(choice.keystoneOf(choice.findCloud('RegionTwo')!)).toBe('The identity service (Keystone) of RegionTwo');
  });
});

describe('a session sealed before clouds existed', () => {
  const base = { v: 2, token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { id: 'u', name: 'demo', domain: 'Default' }, project: { id: 'p', name: 'demo' }, roles: [], glanceUrl: 'http://g' };

  it('belongs to KEYSTONE_URL and OS_REGION, under the label configured for them', () => {
    const now = Date.now();
    const read = sealed.readSealedSession(seal({ ...base, issuedAt: now, lastSeenAt: now }, SECRET), now);
    expect(read?.session.cloud).toEqual({ label: 'RegionOne', keystoneUrl: 'http://127.0.0.1:5000/v3', region: 'RegionOne' });
  });

  it('keeps the cloud a newer session names', () => {
    const now = Date.now();
    const cloud = { label: 'Elsewhere', keystoneUrl: 'https://keystone.example.org/v3', region: 'RegionOne' };
    expect(sealed.readSealedSession(seal({ ...base, cloud, issuedAt: now, lastSeenAt: now }, SECRET), now)?.session.cloud).toEqual(cloud);
  });
});

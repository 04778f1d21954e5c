import { describe, expect, it } from 'vitest';
import { actorOf, formatSecurityEvent } from './security-log';

const at = new Date('2026-12-01T10:00:00Z');

describe('formatSecurityEvent', () => {
  it('is one JSON line with the known fields only', () => {
    const line = formatSecurityEvent({ action: 'sign-in', outcome: 'failed', reason: 'bad_credentials', user: 'demo', domain: 'Default', client: '198.51.100.7', status: 401 }, at);
    expect(JSON.parse(line)).toEqual({
      time: '2026-12-01T10:00:00.000Z',
      log: 'security',
      action: 'sign-in',
      outcome: 'failed',
      reason: 'bad_credentials',
      user: 'demo',
      domain: 'Default',
      client: '198.51.100.7',
      status: 401,
    });
  });

  it('has no field a secret could travel in, even when a caller passes one', () => {
    const event = { action: 'sign-in', outcome: 'allowed', reason: 'password', token: 'gAAAAA-secret', password: 'hunter2' } as unknown as Parameters<typeof formatSecurityEvent>[0];
    const line = formatSecurityEvent(event, at);
    expect(line).not.toContain('gAAAAA-secret');
    expect(line).not.toContain('hunter2');
  });

  it('cannot be split into two lines by a hostile user name, and bounds its length', () => {
    const line = formatSecurityEvent({ action: 'sign-in', outcome: 'failed', reason: 'bad_credentials', user: `evil\n{"log":"security","outcome":"allowed"}${'x'.repeat(1000)}` }, at);
    expect(line.split('\n')).toHaveLength(1);
    expect((JSON.parse(line) as { user: string }).user).toHaveLength(256);
  });
});

describe('actorOf', () => {
  it('takes who from a session and nothing else', () => {
    const session = { token: 'secret', user: { id: 'u1', name: 'demo', domain: 'Default' }, project: { id: 'p1', name: 'demo' } };
    expect(actorOf(session)).toEqual({ user: 'demo', userId: 'u1', domain: 'Default', project: 'p1' });
    expect(actorOf(null)).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { checkContentLength, isSameOrigin, uploadStatusProblem } from './request-checks';

const headers = (init: Record<string, string>) => new Headers(init);

describe('isSameOrigin', () => {
  it('accepts the host the request was sent to', () => {
    expect(isSameOrigin(headers({ origin: 'http://127.0.0.1:3102', host: '127.0.0.1:3102' }), undefined)).toBe(true);
    expect(isSameOrigin(headers({ origin: 'https://iris.example', host: 'backend:3000', 'x-forwarded-host': 'iris.example' }), undefined)).toBe(true);
  });

  it('refuses a missing, opaque or foreign origin', () => {
    expect(isSameOrigin(headers({ host: '127.0.0.1:3102' }), undefined)).toBe(false);
    expect(isSameOrigin(headers({ origin: 'null', host: '127.0.0.1:3102' }), undefined)).toBe(false);
    expect(isSameOrigin(headers({ origin: 'http://evil.example', host: '127.0.0.1:3102' }), undefined)).toBe(false);
    expect(isSameOrigin(headers({ origin: 'http://127.0.0.1:3999', host: '127.0.0.1:3102' }), undefined)).toBe(false);
  });

  it('uses PUBLIC_ORIGIN when configured, scheme included', () => {
    expect(isSameOrigin(headers({ origin: 'https://images.example.org', host: 'internal' }), 'https://images.example.org')).toBe(true);
    expect(isSameOrigin(headers({ origin: 'http://images.example.org', host: 'images.example.org' }), 'https://images.example.org')).toBe(false);
  });
});

describe('checkContentLength', () => {
  const describeBytes = (bytes: number) => `${bytes} B`;
  it('requires a length, refuses empty and over-cap files', () => {
    expect(checkContentLength(null, 10, describeBytes)).toMatchObject({ ok: false, status: 411 });
    expect(checkContentLength('abc', 10, describeBytes)).toMatchObject({ ok: false, status: 411 });
    expect(checkContentLength('0', 10, describeBytes)).toMatchObject({ ok: false, status: 400 });
    expect(checkContentLength('11', 10, describeBytes)).toEqual({ ok: false, status: 413, message: 'This file is 11 B; this cloud accepts image files up to 10 B.' });
    expect(checkContentLength('10', 10, describeBytes)).toEqual({ ok: true, bytes: 10 });
  });
});

describe('uploadStatusProblem', () => {
  it('lets data go only to a queued image, and says why not otherwise', () => {
    expect(uploadStatusProblem('queued')).toBeUndefined();
    expect(uploadStatusProblem('active')).toBe('This image already has its data. Glance takes data only once: create a new image for this file.');
    expect(uploadStatusProblem('deactivated')).toMatch(/already has its data/);
    expect(uploadStatusProblem('saving')).toBe('Glance is already receiving data for this image (saving). Wait for it to finish, or delete the image and start again.');
    expect(uploadStatusProblem('killed')).toBe('This image is killed: Glance takes data only for a new image that has none yet (queued).');
  });
});

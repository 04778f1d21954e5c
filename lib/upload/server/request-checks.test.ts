import { describe, expect, it } from 'vitest';
import { checkContentLength, importStatusProblem, uploadStatusProblem, uploadTargetOf } from './request-checks';

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

describe('uploadTargetOf and importStatusProblem', () => {
  it('stages only when glance-direct is asked for', () => {
    expect(uploadTargetOf(new URLSearchParams('via=glance-direct'))).toBe('stage');
    expect(uploadTargetOf(new URLSearchParams('via=file'))).toBe('file');
    expect(uploadTargetOf(new URLSearchParams(''))).toBe('file');
  });

  it('imports only an image whose data is staged (uploading), and says why not otherwise', () => {
    expect(importStatusProblem('uploading')).toBeUndefined();
    expect(importStatusProblem('queued')).toMatch(/no staged data/);
    expect(importStatusProblem('importing')).toMatch(/already importing/);
    expect(importStatusProblem('active')).toMatch(/already has its data/);
    expect(importStatusProblem('killed')).toMatch(/This image is killed/);
  });
});

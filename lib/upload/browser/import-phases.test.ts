import { describe, expect, it } from 'vitest';
import { conversionOf, importPhases, importSettled } from './import-phases';

const states = (input: Parameters<typeof importPhases>[0]) => importPhases(input).map((p) => `${p.key}:${p.state}`);

describe('importPhases', () => {
  it('follows a qcow2 through staging, import, conversion and active', () => {
    expect(states({ transfer: 'sending', uploadedFormat: 'qcow2' })).toEqual(['uploading:current', 'importing:pending', 'converting:pending', 'active:pending']);
    expect(states({ transfer: 'staged', uploadedFormat: 'qcow2', image: { status: 'uploading', disk_format: 'qcow2' } })).toEqual(['uploading:done', 'importing:current', 'converting:pending', 'active:pending']);
    expect(states({ transfer: 'staged', uploadedFormat: 'qcow2', image: { status: 'importing', disk_format: 'raw' } })).toEqual(['uploading:done', 'importing:done', 'converting:current', 'active:pending']);
    const done = importPhases({ transfer: 'staged', uploadedFormat: 'qcow2', image: { status: 'active', disk_format: 'raw' } });
    expect(done.map((p) => p.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(done[2]!.detail).toBe('qcow2 → raw');
  });

  it('skips conversion when the format stayed, and shows a failed import', () => {
    const raw = importPhases({ transfer: 'staged', uploadedFormat: 'raw', image: { status: 'active', disk_format: 'raw' } });
    expect(raw[2]).toMatchObject({ state: 'skipped', detail: 'not needed: stays raw' });
    expect(states({ transfer: 'staged', uploadedFormat: 'qcow2', image: { status: 'queued', disk_format: 'qcow2' } })[1]).toBe('importing:failed');
    expect(states({ transfer: 'failed', uploadedFormat: 'qcow2' })[1]).toBe('importing:failed');
  });

  it('knows when a conversion happened and when polling can stop', () => {
    expect(conversionOf('qcow2', { status: 'active', disk_format: 'raw' })).toEqual({ from: 'qcow2', to: 'raw' });
    expect(conversionOf('raw', { status: 'active', disk_format: 'raw' })).toBeUndefined();
    expect(conversionOf('qcow2', undefined)).toBeUndefined();
    expect(importSettled({ status: 'importing' })).toBe(false);
    expect(importSettled({ status: 'uploading' })).toBe(false);
    expect(importSettled({ status: 'queued' })).toBe(true);
    expect(importSettled({ status: 'active' })).toBe(true);
  });
});

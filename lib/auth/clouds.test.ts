import { describe, expect, it } from 'vitest';
import { parseClouds } from './clouds';

const KEYSTONE_URL = 'http://127.0.0.1:5000/v3';

describe('parseClouds', () => {
  it('is the single cloud of KEYSTONE_URL, KEYSTONE_PUBLIC_URL and OS_REGION without AVAILABLE_REGIONS', () => {
    expect(parseClouds({ KEYSTONE_URL })).toEqual([{ label: 'Default', keystoneUrl: KEYSTONE_URL, publicUrl: KEYSTONE_URL }]);
    expect(parseClouds({ KEYSTONE_URL: `${KEYSTONE_URL}/`, KEYSTONE_PUBLIC_URL: 'https://id.example.org/v3', OS_REGION: 'RegionOne', AVAILABLE_REGIONS: ' ' })).toEqual([
      { label: 'RegionOne', keystoneUrl: KEYSTONE_URL, publicUrl: 'https://id.example.org/v3', region: 'RegionOne' },
    ]);
  });

  it('lists the configured clouds in order, with their region and browser URL', () => {
    const clouds = parseClouds({
      KEYSTONE_URL,
      OS_REGION: 'RegionOne',
      AVAILABLE_REGIONS: 'Melbourne (RegionTwo)=http://10.0.0.5:5000/v3/#RegionTwo | https://identity.example.org:5000/v3 , Local=http://127.0.0.1:5000/v3',
    });
    expect(clouds).toEqual([
      { label: 'Melbourne (RegionTwo)', keystoneUrl: 'http://10.0.0.5:5000/v3', publicUrl: 'https://identity.example.org:5000/v3', region: 'RegionTwo' },
      // no #region: OS_REGION, as for the single cloud
      { label: 'Local', keystoneUrl: KEYSTONE_URL, publicUrl: KEYSTONE_URL, region: 'RegionOne' },
    ]);
    expect(parseClouds({ KEYSTONE_URL, AVAILABLE_REGIONS: 'A=https://a.example/v3' })).toEqual([
      { label: 'A', keystoneUrl: 'https://a.example/v3', publicUrl: 'https://a.example/v3' },
    ]);
  });

  it('refuses entries it cannot read, with the entry in the message', () => {
    const refuse = (AVAILABLE_REGIONS: string) => () => parseClouds({ KEYSTONE_URL, AVAILABLE_REGIONS });
    expect(refuse('just-a-label')).toThrow(/"just-a-label" is not Label=<Keystone v3 URL>/);
    expect(refuse('=http://a/v3')).toThrow(/is not Label=/);
    expect(refuse('A=not a url')).toThrow(/"A=not a url": "not a url" is not a URL/);
    expect(refuse('A=ftp://a/v3')).toThrow(/must be http\(s\)/);
    expect(refuse('A=http://a/v3?x=1')).toThrow(/no query/);
    expect(refuse('A=http://a/v3#')).toThrow(/region after #/);
    expect(refuse('A=http://a/v3|http://b/v3|http://c/v3')).toThrow(/more than one \|/);
    expect(refuse('A=http://a/v3, A=http://b/v3')).toThrow(/"A" appears twice/);
    expect(refuse(`${'x'.repeat(65)}=http://a/v3`)).toThrow(/1-64 characters/);
  });

  it('refuses settings that would contradict the choice', () => {
    expect(() => parseClouds({ KEYSTONE_URL, AVAILABLE_REGIONS: 'A=http://a/v3', GLANCE_URL: 'http://g:9292' })).toThrow(/GLANCE_URL cannot be combined/);
    expect(() => parseClouds({ KEYSTONE_URL, AVAILABLE_REGIONS: 'A=http://a/v3', KEYSTONE_PUBLIC_URL: 'http://p/v3' })).toThrow(/KEYSTONE_PUBLIC_URL cannot be combined/);
  });
});

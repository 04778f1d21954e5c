import { afterEach, describe, expect, it, vi } from 'vitest';

const saved = { ...process.env };

async function loadEnv(settings: Record<string, string>) {
  vi.resetModules();
  process.env = { ...saved, SESSION_SECRET: 's'.repeat(40), ...settings };
  return (await import('./env')).env;
}

afterEach(() => {
  process.env = { ...saved };
});

describe('env() and AVAILABLE_REGIONS', () => {
  it('is one cloud (KEYSTONE_URL, OS_REGION) when unset', async () => {
    const env = await loadEnv({ KEYSTONE_URL: 'http://127.0.0.1:5000/v3', OS_REGION: 'RegionOne', AVAILABLE_REGIONS: '' });
    expect(env().CLOUDS).toEqual([{ label: 'RegionOne', keystoneUrl: 'http://127.0.0.1:5000/v3', publicUrl: 'http://127.0.0.1:5000/v3', region: 'RegionOne' }]);
  });

  it('refuses a bad list at start-up with one message naming the variable and the entry', async () => {
    const env = await loadEnv({ AVAILABLE_REGIONS: 'RegionOne=http://127.0.0.1:5000/v3#RegionOne,Broken' });
    expect(() => env()).toThrow(/Invalid Iris configuration \(see docs\/configuration.md\):\n {2}AVAILABLE_REGIONS: "Broken" is not Label=<Keystone v3 URL>/);
  });
});

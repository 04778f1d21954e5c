import { defineConfig, devices } from '@playwright/test';
import { e2eServerEnv } from './e2e/support/server-env';
import { NODE_FLAGS } from './server/node-flags.mjs';

const port = Number(process.env.IRIS_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1360, height: 900 } };

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // one retry in CI absorbs a slow machine; a test that fails twice fails the run
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: test tools cannot download browsers here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // the cluster specs run against nginx + two replicas (playwright.cluster.config.ts); the reconfigure specs below
    { name: 'chromium', testIgnore: ['cluster/**', 'reconfigure/**'], use: desktop },
    {
      // Specs that restart a service every other spec uses (scripts/openstack/glance-import-methods.sh): after the
      // main project, one at a time. `--project=reconfigure --no-deps` runs them alone.
      name: 'reconfigure',
      testDir: 'e2e/reconfigure',
      dependencies: ['chromium'],
      fullyParallel: false,
      workers: 1,
      use: desktop,
    },
  ],
  webServer: {
    command: `node ${NODE_FLAGS.join(' ')} server/start.mjs -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/login`,
    // never reuse: a server left from an older build silently tests stale code
    reuseExistingServer: false,
    timeout: 60_000,
    env: e2eServerEnv,
  },
});

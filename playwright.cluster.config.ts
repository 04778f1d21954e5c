import { defineConfig, devices } from '@playwright/test';

// The cluster specs (e2e/cluster/): nginx with TLS in front of two replicas, started by
// scripts/cluster/up.sh in global setup. One worker: the specs stop and start replicas.
const offset = Number(process.env.IRIS_PORT_OFFSET ?? 0);
const port = Number(process.env.IRIS_CLUSTER_HTTPS_PORT ?? 8443 + offset);

export default defineConfig({
  testDir: 'e2e/cluster',
  outputDir: 'test-results/cluster',
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  globalSetup: './e2e/cluster/global-setup.ts',
  globalTeardown: './e2e/cluster/global-teardown.ts',
  use: {
    baseURL: `https://localhost:${port}`,
    // the local cluster's certificate is self-signed by scripts/cluster/up.sh
    ignoreHTTPSErrors: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'cluster', use: { ...devices['Desktop Chrome'], viewport: { width: 1360, height: 900 } } }],
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Every import method the local RegionOne Glance enables as ensure.sh leaves it (scripts/openstack/glance-features.sh). */
export const allImportMethods = ['glance-direct', 'web-download', 'copy-image', 'glance-download'];

/**
 * Reconfigure RegionOne's Glance to enable only `methods` (or all four again): rewrites its config, restarts
 * only its glance-api and resolves once /v2/info/import lists them. Specs calling it live in e2e/reconfigure,
 * which runs alone (playwright.config.ts), because every other spec uses this Glance.
 * Asynchronous on purpose: a blocked event loop would not see the old Glance close its keep-alive sockets,
 * and the next fetch would pick one of them ("other side closed").
 */
export async function enableGlanceImportMethods(methods: string[] | 'all') {
  const list = methods === 'all' ? 'all' : methods.join(',');
  const { stdout } = await promisify(execFile)('bash', ['scripts/openstack/glance-import-methods.sh', list], { timeout: 120_000 });
  process.stdout.write(stdout);
}

import { readFileSync, existsSync } from 'node:fs';

/** Facts about the local stack written by scripts/openstack (seed.env, endpoints.env). */
function readEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  return Object.fromEntries(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => {
        const index = line.indexOf('=');
        return [line.slice(0, index).trim(), line.slice(index + 1).trim().replace(/^['"]|['"]$/g, '')];
      }),
  );
}

const state = process.env.IRIS_OPENSTACK_STATE ?? '/tmp/iris-openstack';
const seed = readEnvFile(`${state}/seed.env`);
const endpoints = readEnvFile(`${state}/endpoints.env`);

export const stack = {
  keystoneUrl: process.env.KEYSTONE_URL ?? endpoints.KEYSTONE_URL ?? 'http://127.0.0.1:5000/v3',
  glanceUrl: process.env.GLANCE_URL ?? endpoints.GLANCE_URL ?? 'http://127.0.0.1:9292',
  sessionSecret: process.env.SESSION_SECRET ?? '',
  projects: {
    admin: seed.P_ADMIN ?? '',
    demo: seed.P_DEMO ?? '',
    demoLab: seed.P_DEMO_LAB ?? '',
    alt: seed.P_ALT ?? '',
    official: seed.P_OFFICIAL ?? '',
  },
};

/** The local stack's federation (scripts/openstack/seed-federation.sh) and demo's application credential. */
export const federation = {
  issuer: endpoints.OIDC_ISSUER ?? '',
  idp: endpoints.FEDERATION_IDP ?? 'local-oidc',
  /** The login page's button, as scripts/stack-env.sh labels the provider. */
  button: 'Sign in with Demo identity provider',
  providerLabel: 'Demo identity provider',
  users: {
    demo: { username: 'fed-demo', password: seed.FED_DEMO_PASSWORD ?? 'fed-demo-secret' },
    solo: { username: 'fed-solo', password: seed.FED_SOLO_PASSWORD ?? 'fed-solo-secret' },
    guest: { username: 'fed-guest', password: seed.FED_GUEST_PASSWORD ?? 'fed-guest-secret' },
  },
  appcred: { id: seed.APPCRED_ID ?? '', name: seed.APPCRED_NAME ?? '', user: seed.APPCRED_USER ?? 'demo', secret: seed.APPCRED_SECRET ?? '' },
};

/** The port Glance's web-download allow-list names (scripts/openstack: IRIS_WEB_DOWNLOAD_PORTS). */
export const webDownloadPort = Number((process.env.IRIS_WEB_DOWNLOAD_PORTS ?? '8089').split(',')[0]);

/** Iris under test listens here (playwright.config.ts); extra servers of a spec take ports above it. */
export const irisPort = Number(process.env.IRIS_E2E_PORT ?? 3100);

/** quota-lab (scripts/openstack/seed-glance-features.sh): small unified limits, 16 of 40 MiB and 1 of 5 images as seeded. */
export const quotaLab = {
  username: 'quota',
  password: seed.QUOTA_PASSWORD ?? 'quota-secret',
  project: 'quota-lab',
  projectId: seed.P_QUOTA_LAB ?? '',
  adminPassword: seed.ADMIN_PASSWORD ?? 'admin-secret',
};

/** RegionTwo's Glance: no glance-direct (the plain PUT fallback). */
export const glanceRegionTwoUrl = process.env.GLANCE_REGION_TWO_URL ?? endpoints.GLANCE_REGION_TWO_URL ?? 'http://127.0.0.1:9295';

/** Glance's staging area (glance-direct) on the local stack: one file per staged image, named by its ID. */
export const glanceStagingDir = `${state}/glance/staging`;

export const users = {
  demo: { username: 'demo', password: 'demo-secret', project: 'demo' },
  alt: { username: 'alt', password: 'alt-secret', project: 'alt' },
  curator: { username: 'curator', password: 'curator-secret', project: 'images-official' },
  admin: { username: 'admin', password: 'admin-secret', project: 'admin' },
} as const;

export type UserName = keyof typeof users;

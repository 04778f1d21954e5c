#!/usr/bin/env node
// sso-smoke.mjs: drive the local stack's federation chain in Debian's Chromium and check
// what comes out, the way Iris will use it:
//   Keystone WebSSO -> the OpenID provider's sign-in page -> back through Keystone -> a
//   token POSTed to a trusted dashboard (a receiver this script runs) -> validate it,
//   list /v3/auth/projects, scope it, list Glance images with it.
// Plus what must fail: a wrong password, Cancel, a user mapped to no project, an untrusted
// origin, a wrong application-credential secret. Exits 1 if any check fails.
//   bash scripts/openstack/ensure.sh && node scripts/openstack/sso-smoke.mjs
// Env as for ensure.sh (IRIS_OPENSTACK_STATE, IRIS_SSO_SMOKE_PORT, IRIS_PORT_OFFSET); CHROMIUM_PATH.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const started = performance.now();
const state = process.env.IRIS_OPENSTACK_STATE ?? '/tmp/iris-openstack';
const readEnv = (file) =>
  Object.fromEntries(
    readFileSync(`${state}/${file}`, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
const stack = readEnv('endpoints.env');
const seed = readEnv('seed.env');
const keystone = stack.KEYSTONE_URL;
const receiverPort = Number(process.env.IRIS_SSO_SMOKE_PORT ?? 5557 + Number(process.env.IRIS_PORT_OFFSET ?? 0));
const receiver = `http://127.0.0.1:${receiverPort}/auth/websso/callback`;
const websso = (origin) => `${keystone}/auth/OS-FEDERATION/websso/${stack.FEDERATION_PROTOCOL}?origin=${encodeURIComponent(origin)}`;

let failures = 0;
function check(name, ok, detail = '') {
  if (!ok) failures += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
  return ok;
}
const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(1);
// Keystone answers every refusal with the same "requires authentication"; only its log says why.
const keystoneLogCount = (text) => readFileSync(`${state}/log/keystone.log`, 'utf8').split(text).length - 1;

// ------------------------------------------------------------------ the receiver ----
// Stands in for Iris's callback: records each POSTed token and its Origin header.
const posts = [];
let onPost = () => {};
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    if (req.method === 'POST' && req.url === '/auth/websso/callback') {
      posts.push({ token: new URLSearchParams(body).get('token'), origin: req.headers.origin, url: req.url });
      onPost();
    }
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>received</title><h1>Token received</h1>');
  });
});
await new Promise((resolve, reject) => server.once('error', reject).listen(receiverPort, '127.0.0.1', resolve));
const nextPost = (timeoutMs) =>
  new Promise((resolve) => {
    const count = posts.length;
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    onPost = () => posts.length > count && (clearTimeout(timer), resolve(posts.at(-1)));
  });

// ------------------------------------------------------------------ Keystone API ----
async function keystoneCall(method, path, { token, body } = {}) {
  const res = await fetch(`${keystone}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { 'X-Auth-Token': token } : {}),
      ...(path === '/auth/tokens' && method === 'GET' ? { 'X-Subject-Token': token } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
  return { status: res.status, json, subjectToken: res.headers.get('x-subject-token') };
}

/** Validate a WebSSO token, list its projects, scope it to the first and list that project's images. */
async function checkToken(user, token, expectedProjects, expectedImage) {
  const valid = await keystoneCall('GET', '/auth/tokens', { token });
  const t = valid.json?.token;
  check(`${user}: Keystone validates the POSTed token`, valid.status === 200, `HTTP ${valid.status}`);
  check(`${user}: token is federated through ${stack.FEDERATION_IDP}/${stack.FEDERATION_PROTOCOL}`,
    t?.user?.name === user && t?.methods?.includes(stack.FEDERATION_PROTOCOL)
      && t?.user?.['OS-FEDERATION']?.identity_provider?.id === stack.FEDERATION_IDP
      && t?.user?.['OS-FEDERATION']?.protocol?.id === stack.FEDERATION_PROTOCOL,
    `user ${t?.user?.name}, methods ${t?.methods}, domain ${t?.user?.domain?.name}`);
  const projects = await keystoneCall('GET', '/auth/projects', { token });
  const names = (projects.json?.projects ?? []).map((p) => p.name).sort();
  check(`${user}: /v3/auth/projects lists exactly ${expectedProjects.join(', ')}`,
    JSON.stringify(names) === JSON.stringify([...expectedProjects].sort()), `got ${names.join(', ') || 'none'}`);
  const project = projects.json?.projects?.find((p) => p.name === expectedProjects[0]);
  if (!project) return;
  const scoped = await keystoneCall('POST', '/auth/tokens', {
    body: { auth: { identity: { methods: ['token'], token: { id: token } }, scope: { project: { id: project.id } } } },
  });
  check(`${user}: token scopes to project ${project.name}`, scoped.status === 201 && scoped.json?.token?.project?.id === project.id,
    `HTTP ${scoped.status}, roles ${scoped.json?.token?.roles?.map((r) => r.name)}`);
  const images = await fetch(`${stack.GLANCE_URL}/v2/images?owner=${project.id}`, { headers: { 'X-Auth-Token': scoped.subjectToken ?? '' } });
  const imageNames = images.ok ? (await images.json()).images.map((i) => i.name) : [];
  check(`${user}: Glance lists project ${project.name}'s images with the scoped token`,
    images.status === 200 && (expectedImage ? imageNames.includes(expectedImage) : true),
    `HTTP ${images.status}, ${imageNames.length} images${expectedImage ? `, ${expectedImage} ${imageNames.includes(expectedImage) ? 'present' : 'missing'}` : ''}`);
}

// --------------------------------------------------------------------- browser ----
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const contexts = [];
async function openSignIn(origin = receiver) {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(websso(origin));
  const onProvider = page.url().startsWith(`${stack.OIDC_ISSUER}/interaction/`);
  return { context, page, urls, onProvider };
}
async function signIn(page, user, password) {
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The whole chain for one user; returns the page (its browser now has sessions at the IdP and Keystone). */
async function federatedUser(user, password, expectedProjects, expectedImage) {
  const t0 = performance.now();
  const { page, urls, onProvider } = await openSignIn();
  check(`${user}: Keystone sends the browser to the provider's sign-in page`, onProvider, page.url());
  check(`${user}: the sign-in page is the provider's own`,
    await page.getByRole('heading', { name: 'Sign in to Iris demo identity provider' }).isVisible());
  const posted = nextPost(30_000);
  // a refusal ends the wait at once (and says so) instead of running into the timeout
  const refused = page
    .waitForResponse((r) => r.url().startsWith(`${keystone}/auth/OS-FEDERATION/`) && r.status() >= 400, { timeout: 30_000 })
    .then((r) => ({ refused: `Keystone answered HTTP ${r.status()}: see ${state}/log/keystone.log` }), () => undefined);
  await signIn(page, user, password);
  const post = await Promise.race([posted, refused]);
  if (!check(`${user}: the receiver gets a token POSTed back through Keystone`, Boolean(post?.token),
    post?.refused ?? `${seconds(t0)}s, page at ${page.url()}`)) return page;
  check(`${user}: the POST comes from Keystone's origin`, post.origin === new URL(keystone).origin, `Origin: ${post.origin}`);
  await page.getByRole('heading', { name: 'Token received' }).waitFor();
  check(`${user}: the token never appears in a URL the browser requested`, !urls.some((u) => u.includes(post.token)), `${urls.length} requests`);
  await checkToken(user, post.token, expectedProjects, expectedImage);
  return page;
}

try {
  const demoPage = await federatedUser('fed-demo', seed.FED_DEMO_PASSWORD, ['demo', 'demo-lab'], 'demo-private');
  await federatedUser('fed-solo', seed.FED_SOLO_PASSWORD, ['fed-solo']);

  // Already signed in at the provider and Keystone: a second WebSSO needs no password...
  const again = nextPost(15_000);
  await demoPage.goto(websso(receiver));
  check('fed-demo: a second WebSSO in the same browser posts a token without a password', Boolean((await again)?.token));
  // ...but Keystone still posts only to a trusted dashboard.
  const before = posts.length;
  const evil = `http://127.0.0.1:9/evil-${Date.now()}`;
  const untrusted = await demoPage.goto(websso(evil));
  check('an origin not in trusted_dashboard is refused by Keystone and gets no token',
    untrusted?.status() === 401 && posts.length === before && keystoneLogCount(`${evil} is not a trusted dashboard host`) === 1,
    `HTTP ${untrusted?.status()}`);

  // A wrong password stays on the provider's page with a message.
  {
    const { page } = await openSignIn();
    await signIn(page, 'fed-demo', 'not-the-password');
    check('a wrong password is refused on the provider\'s page',
      page.url().startsWith(stack.OIDC_ISSUER) && (await page.getByRole('alert').textContent())?.includes('Wrong username or password'));
  }
  // Cancel at the provider: no token. (The browser ends on an error page of mod_auth_openidc at
  // Keystone: 2.4.12 takes the error response's RFC 9207 "iss" for a third-party login.)
  {
    const count = posts.length;
    const { page } = await openSignIn();
    const answer = page.waitForResponse((r) => r.url().startsWith(`${keystone}/auth/OS-FEDERATION/`) && r.url().includes('error=access_denied'), { timeout: 30_000 }).catch(() => undefined);
    await page.getByRole('button', { name: 'Cancel' }).click();
    const response = await answer;
    await page.waitForLoadState();
    check('Cancel at the provider returns to Keystone with access_denied and gets no token',
      Boolean(response) && posts.length === count && (await page.locator('body').innerText()).includes('Error'),
      `HTTP ${response?.status()} at ${page.url().split('?')[0]}`);
  }
  // fed-guest (group visitors) is mapped to a Keystone user in no group: a token, but no project.
  await federatedUser('fed-guest', seed.FED_GUEST_PASSWORD, []);

  // Application credentials: by id, by name + user; a wrong secret.
  const appcred = (credential) =>
    keystoneCall('POST', '/auth/tokens', { body: { auth: { identity: { methods: ['application_credential'], application_credential: credential } } } });
  const byId = await appcred({ id: seed.APPCRED_ID, secret: seed.APPCRED_SECRET });
  check('application credential (id + secret) gets a token scoped to project demo',
    byId.status === 201 && byId.json?.token?.project?.id === seed.P_DEMO && byId.json?.token?.application_credential?.id === seed.APPCRED_ID,
    `HTTP ${byId.status}, project ${byId.json?.token?.project?.name}`);
  const byName = await appcred({ name: seed.APPCRED_NAME, secret: seed.APPCRED_SECRET, user: { name: seed.APPCRED_USER, domain: { id: 'default' } } });
  check('application credential (name + user + secret) gets the same scope', byName.status === 201 && byName.json?.token?.project?.id === seed.P_DEMO, `HTTP ${byName.status}`);
  const wrong = await appcred({ id: seed.APPCRED_ID, secret: 'wrong-secret' });
  check('application credential with a wrong secret is refused', wrong.status === 401, `HTTP ${wrong.status}`);
} catch (error) {
  check('the smoke run itself', false, error instanceof Error ? error.message.split('\n')[0] : String(error));
} finally {
  await Promise.all(contexts.map((c) => c.close()));
  await browser.close();
  server.close();
}
console.log(`${failures ? `${failures} check(s) FAILED` : 'all checks passed'} in ${seconds(started)}s`);
process.exit(failures ? 1 : 0);

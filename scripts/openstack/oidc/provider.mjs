// A real OpenID Connect provider on loopback for the local stack (npm oidc-provider), with
// its own sign-in page and a few federated demo users. Keystone's Apache (mod_auth_openidc)
// is its only client. Started by scripts/openstack/up.sh:
//   node scripts/openstack/oidc/provider.mjs $STATE/oidc/config.json
// The config (written by up.sh, mode 600) holds the issuer, port, client and users.
import { createServer } from 'node:http';
import { generateKeyPairSync, timingSafeEqual, createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Provider from 'oidc-provider';
import { loginPage, errorPage } from './login-page.mjs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const users = new Map(config.users.map((user) => [user.username, user]));
const log = (message) => console.log(`[oidc ${new Date().toISOString()}] ${message}`);

/** One RSA signing key per state dir, kept so id_tokens verify across restarts. */
function signingKeys(file) {
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: `iris-${Date.now()}` };
    writeFileSync(file, JSON.stringify({ keys: [jwk] }), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

// Compare digests so neither the length nor the content of the password leaks through timing.
const sameSecret = (a, b) =>
  timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

const SCOPE = 'openid email profile groups';

const provider = new Provider(config.issuer, {
  clients: [
    {
      client_id: config.client.id,
      client_secret: config.client.secret,
      client_name: config.client.name,
      redirect_uris: config.client.redirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: signingKeys(config.jwksFile),
  cookies: { keys: config.cookieKeys },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
    groups: ['groups'],
  },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, sub) {
    const user = users.get(sub);
    if (!user) return undefined;
    return {
      accountId: sub,
      claims: async () => ({
        sub,
        preferred_username: user.username,
        name: user.name,
        email: user.email,
        email_verified: true,
        groups: user.groups,
      }),
    };
  },
  // Keystone is this provider's one first-party client: no consent screen, like a campus IdP
  // that has pre-approved the cloud.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope(SCOPE);
    await grant.save();
    return grant;
  },
  async renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = errorPage({ providerName: config.name, title: 'Sign-in failed', detail: out.error_description ?? out.error });
  },
});

async function readForm(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

function send(res, status, html) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Frame-Options': 'DENY' });
  res.end(html);
}

/** GET /interaction/:uid shows the form; POST …/login checks the password; POST …/abort cancels. */
async function interaction(req, res) {
  const [, , uid, action] = new URL(req.url, config.issuer).pathname.split('/');
  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    return send(res, 400, errorPage({ providerName: config.name, title: 'This sign-in has expired', detail: 'Go back to the service you came from and start again.' }));
  }
  if (details.uid !== uid) return send(res, 400, errorPage({ providerName: config.name, title: 'Sign-in mismatch', detail: 'Start again from the service you came from.' }));
  const page = { uid, providerName: config.name, clientName: config.client.name };

  if (req.method === 'GET' && !action) return send(res, 200, loginPage(page));
  if (req.method === 'POST' && action === 'login') {
    const form = await readForm(req);
    const username = form.get('username') ?? '';
    const user = users.get(username);
    if (!user || !sameSecret(form.get('password') ?? '', user.password)) {
      log(`sign-in refused for "${username.slice(0, 64)}"`);
      return send(res, 401, loginPage({ ...page, username, error: 'Wrong username or password.' }));
    }
    log(`signed in ${username}`);
    return provider.interactionFinished(req, res, { login: { accountId: username } }, { mergeWithLastSubmission: false });
  }
  if (req.method === 'POST' && action === 'abort') {
    return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The user cancelled the sign-in.' }, { mergeWithLastSubmission: false });
  }
  return send(res, 405, errorPage({ providerName: config.name, title: 'Not allowed', detail: 'Unsupported request.' }));
}

const oidc = provider.callback();
const server = createServer((req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((error) => {
      log(`interaction error: ${error.message}`);
      if (!res.headersSent) send(res, 500, errorPage({ providerName: config.name, title: 'Sign-in failed', detail: 'Try again.' }));
    });
  } else {
    oidc(req, res);
  }
});
server.listen(config.port, config.host, () => log(`issuer ${config.issuer} listening; users: ${[...users.keys()].join(', ')}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));

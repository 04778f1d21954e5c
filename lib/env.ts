import 'server-only';
import { z } from 'zod';
import { parseTrustedProxies } from '@/lib/http/forwarded';
import { parseClouds } from '@/lib/auth/clouds';
import { parseLoginChoices } from '@/lib/auth/login-choices';
import { DEFAULT_LOGIN_USER_PROPERTY } from '@/lib/images/catalog';

const officialOwnerSchema = z
  .string()
  .transform((raw) =>
    raw
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const [id = '', label] = entry.split('=');
        const trimmed = label?.trim();
        return trimmed ? { id: id.trim(), label: trimmed } : { id: id.trim() };
      }),
  )
  .pipe(z.array(z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be project IDs'), label: z.string().max(64).optional() })));

const trustedProxiesSchema = z.string().transform((raw, ctx) => {
  try {
    return parseTrustedProxies(raw);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `must be IP addresses or CIDR ranges, comma-separated (${(error as Error).message})` });
    return z.NEVER;
  }
});

const seconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const settingsSchema = z.object({
  KEYSTONE_URL: z.url().default('http://127.0.0.1:5000/v3'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters (openssl rand -hex 32)'),
  OS_REGION: z.string().min(1).optional(),
  OS_INTERFACE: z.enum(['public', 'internal', 'admin']).default('public'),
  GLANCE_URL: z.url().optional(),
  OFFICIAL_IMAGE_OWNERS: officialOwnerSchema.default([]),
  // the image property that names the user to log in as (lib/images/catalog.ts)
  IMAGE_LOGIN_USER_PROPERTY: z
    .string()
    .regex(/^[A-Za-z0-9_:.-]{1,255}$/, 'must be an image property name (letters, digits, _ : . -)')
    .default(DEFAULT_LOGIN_USER_PROPERTY),
  SESSION_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(25 * 1024 ** 3),
  OPENSTACK_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  // below gunicorn's default keep-alive (2 s), the shortest of the usual OpenStack front ends
  OPENSTACK_KEEPALIVE_MS: z.coerce.number().int().positive().default(1_500),
  OPENSTACK_BREAKER_COOLDOWN_MS: z.coerce.number().int().nonnegative().default(10_000),
  UPLOADS_PER_USER: z.coerce.number().int().positive().default(4),
  UPLOADS_TOTAL: z.coerce.number().int().positive().default(32),
  PUBLIC_ORIGIN: z.url().optional(),
  TRUSTED_PROXIES: trustedProxiesSchema.default(null),
  SESSION_IDLE_TIMEOUT_SECONDS: seconds(30 * 60),
  SESSION_MAX_AGE_SECONDS: seconds(12 * 60 * 60),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGN_IN_MAX_FAILURES_PER_CLIENT: z.coerce.number().int().positive().default(20),
  SIGN_IN_LOCKOUT_SECONDS: seconds(60),
  // shared with nginx only: the header value that lets nginx ask for the nginx byte path
  IRIS_NGINX_SECRET: z.string().min(32, 'IRIS_NGINX_SECRET must be at least 32 characters (openssl rand -hex 32)').optional(),
  // sign-in choices, Horizon's names (lib/auth/login-choices.ts)
  WEBSSO_CHOICES: z.string().optional(),
  WEBSSO_IDP_MAPPING: z.string().optional(),
  WEBSSO_IDP_HEALTH_URLS: z.string().optional(),
  // Keystone as the browser reaches it, when Iris uses another URL (an internal one)
  KEYSTONE_PUBLIC_URL: z.url().optional(),
  WEBSSO_PENDING_SECONDS: seconds(600),
  WEBSSO_HEALTH_TIMEOUT_MS: z.coerce.number().int().positive().default(3_000),
  // several clouds/regions to choose from at sign-in, Horizon's AVAILABLE_REGIONS (lib/auth/clouds.ts)
  AVAILABLE_REGIONS: z.string().optional(),
  // the name index behind substring search (lib/data/name-index.ts); 0 records turns it off
  NAME_INDEX_REFRESH_SECONDS: z.coerce.number().int().nonnegative().default(5),
  NAME_INDEX_REBUILD_SECONDS: seconds(600),
  NAME_INDEX_MAX_RECORDS: z.coerce.number().int().nonnegative().default(300_000),
  NAME_INDEX_MAX_PROJECTS: z.coerce.number().int().positive().default(100),
  // how long a project's GET /v2/info/usage answer is reused (lib/data/usage.ts); 0 asks every time
  USAGE_CACHE_SECONDS: z.coerce.number().int().nonnegative().default(30),
});

/** A list setting parsed by `parse`, or one issue on `key` with the parser's message. */
function parsedList<T>(key: string, parse: () => T, ctx: z.RefinementCtx): T {
  try {
    return parse();
  } catch (error) {
    ctx.addIssue({ code: 'custom', path: [key], message: (error as Error).message });
    return z.NEVER;
  }
}

const envSchema = settingsSchema.transform((settings, ctx) => ({
  ...settings,
  LOGIN_CHOICES: parsedList('WEBSSO_CHOICES', () => parseLoginChoices(settings), ctx),
  CLOUDS: parsedList('AVAILABLE_REGIONS', () => parseClouds(settings), ctx),
}));

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed configuration; throws one readable error listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid Iris configuration (see docs/configuration.md):\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}

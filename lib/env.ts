import 'server-only';
import { z } from 'zod';

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

const envSchema = z.object({
  KEYSTONE_URL: z.url().default('http://127.0.0.1:5000/v3'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters (openssl rand -hex 32)'),
  OS_REGION: z.string().min(1).optional(),
  OS_INTERFACE: z.enum(['public', 'internal', 'admin']).default('public'),
  GLANCE_URL: z.url().optional(),
  OFFICIAL_IMAGE_OWNERS: officialOwnerSchema.default([]),
  SESSION_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(25 * 1024 ** 3),
  OPENSTACK_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  PUBLIC_ORIGIN: z.url().optional(),
  // shared with nginx only: the header value that lets nginx ask for the nginx byte path
  IRIS_NGINX_SECRET: z.string().min(32, 'IRIS_NGINX_SECRET must be at least 32 characters (openssl rand -hex 32)').optional(),
});

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

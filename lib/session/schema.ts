import { z } from 'zod';

/** The cloud the user chose at sign-in: every Keystone call of the session goes to its URL, Glance is its region's. */
export const sessionCloudSchema = z.object({ label: z.string(), keystoneUrl: z.string(), region: z.string().optional() });

export type SessionCloud = z.infer<typeof sessionCloudSchema>;

export const sessionSchema = z.object({
  v: z.literal(2),
  token: z.string().min(1),
  expiresAt: z.string(),
  /** Sign-in time (ms since epoch): the absolute cap counts from here; a project switch keeps it. */
  issuedAt: z.number(),
  /** Last request that counted as activity (ms since epoch): the idle limit counts from here. */
  lastSeenAt: z.number(),
  user: z.object({ id: z.string(), name: z.string(), domain: z.string() }),
  project: z.object({ id: z.string(), name: z.string() }),
  roles: z.array(z.string()),
  glanceUrl: z.string(),
  cloud: sessionCloudSchema,
  /** How the user proved who they are; an application credential's project cannot be switched. */
  signInMethod: z.enum(['password', 'websso', 'application_credential']).optional(),
});

export type SignInMethod = NonNullable<Session['signInMethod']>;

export type Session = z.infer<typeof sessionSchema>;

/**
 * What the browser may know about the session: not the token nor where Iris reaches OpenStack;
 * `cloud` is the chosen cloud's label when the login page offers several.
 */
export type SessionView = Omit<Session, 'token' | 'v' | 'glanceUrl' | 'issuedAt' | 'lastSeenAt' | 'signInMethod' | 'cloud'> & {
  isAdmin: boolean;
  signInMethod: SignInMethod;
  cloud?: string;
};

export function toSessionView(session: Session, showCloud: boolean): SessionView {
  return {
    ...(showCloud ? { cloud: session.cloud.label } : {}),
    expiresAt: session.expiresAt,
    user: session.user,
    project: session.project,
    roles: session.roles,
    isAdmin: session.roles.includes('admin'),
    signInMethod: session.signInMethod ?? 'password',
  };
}

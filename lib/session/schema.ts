import { z } from 'zod';

export const sessionSchema = z.object({
  v: z.literal(1),
  token: z.string().min(1),
  expiresAt: z.string(),
  user: z.object({ id: z.string(), name: z.string(), domain: z.string() }),
  project: z.object({ id: z.string(), name: z.string() }),
  roles: z.array(z.string()),
  glanceUrl: z.string(),
});

export type Session = z.infer<typeof sessionSchema>;

/** What the browser may know about the session: everything except the token. */
export type SessionView = Omit<Session, 'token' | 'v' | 'glanceUrl'> & { isAdmin: boolean };

export function toSessionView(session: Session): SessionView {
  return {
    expiresAt: session.expiresAt,
    user: session.user,
    project: session.project,
    roles: session.roles,
    isAdmin: session.roles.includes('admin'),
  };
}

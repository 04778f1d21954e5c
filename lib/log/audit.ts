import 'server-only';
import { contextOf, currentRequestContext } from '@/lib/http/request-context';
import type { Session } from '@/lib/session/schema';
import { actorOf, logSecurityEvent, type SecurityEvent } from './security-log';

type AuditEvent = Omit<SecurityEvent, 'client' | 'user' | 'userId' | 'domain' | 'project' | 'cloud'> & {
  session?: Session | null;
  /** For attempts without a session (sign-in): the user as typed. */
  user?: string;
  domain?: string;
  cloud?: string;
};

function entry({ session, ...event }: AuditEvent, client: string): SecurityEvent {
  const actor = actorOf(session);
  return { ...event, ...actor, cloud: actor.cloud ?? event.cloud, client };
}

/** Log a security event of the request being handled (pages, server actions, route handlers). */
export async function audit(event: AuditEvent): Promise<void> {
  logSecurityEvent(entry(event, (await currentRequestContext()).client));
}

/** The same for a raw request whose headers are at hand (proxy.ts, Pages API routes). */
export function auditRequest(source: Headers | Record<string, string | string[] | undefined>, event: AuditEvent): void {
  logSecurityEvent(entry(event, contextOf(source).client));
}

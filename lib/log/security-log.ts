/**
 * The security log: ONE JSON line on stdout per authentication decision and per refused action,
 * for the operator's log shipper. The fields are fixed, so a token, password or secret has no
 * field to travel in; every value is a short string or number.
 */

export type SecurityOutcome = 'allowed' | 'refused' | 'failed' | 'ended';

export interface SecurityEvent {
  /** What was attempted: `sign-in`, `sign-out`, `image.update`, `GET /api/projects`, … */
  action: string;
  outcome: SecurityOutcome;
  /** Why, as a stable code: `bad_credentials`, `throttled_account`, `no_session`, `origin_mismatch`, … */
  reason: string;
  /** User name as typed or as Keystone knows it (never the password). */
  user?: string;
  userId?: string;
  domain?: string;
  /** Project ID the session is scoped to. */
  project?: string;
  /** The label of the cloud (Keystone and region) signed in to, or being signed in to. */
  cloud?: string;
  /** The client's address as Iris determined it (see lib/http/forwarded.ts). */
  client?: string;
  /** HTTP status the refusal answered with, when there is one. */
  status?: number;
  /** Seconds until a throttled client may try again. */
  retryAfter?: number;
  /** The resource acted on (an image ID), never a credential. */
  target?: string;
}

const MAX_FIELD = 256;
const FIELDS = ['action', 'outcome', 'reason', 'user', 'userId', 'domain', 'project', 'cloud', 'client', 'status', 'retryAfter', 'target'] as const;

/** The line for one event: known fields only, strings cut to a bounded length, JSON-escaped (no log injection). */
export function formatSecurityEvent(event: SecurityEvent, now: Date = new Date()): string {
  const record: Record<string, string | number> = { time: now.toISOString(), log: 'security' };
  for (const field of FIELDS) {
    const value = event[field];
    if (value === undefined || value === null || value === '') continue;
    record[field] = typeof value === 'number' ? value : String(value).slice(0, MAX_FIELD);
  }
  return JSON.stringify(record);
}

/** Write one security event. Never throws: logging must not break the request it describes. */
export function logSecurityEvent(event: SecurityEvent): void {
  try {
    process.stdout.write(`${formatSecurityEvent(event)}\n`);
  } catch {
    // stdout closed: nothing sensible left to do
  }
}

interface Actor {
  user: { id: string; name: string; domain: string };
  project: { id: string };
  cloud?: { label: string };
}

/** The who of an event, from a session: user name, ID, domain, project ID and cloud label (nothing else). */
export function actorOf(session: Actor | null | undefined): Pick<SecurityEvent, 'user' | 'userId' | 'domain' | 'project' | 'cloud'> {
  if (!session) return {};
  return { user: session.user.name, userId: session.user.id, domain: session.user.domain, project: session.project.id, cloud: session.cloud?.label };
}

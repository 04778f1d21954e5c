import { OpenStackError, OpenStackUnavailableError } from './errors';

/**
 * Glance checks every token with Keystone, so a Keystone outage looks like a Glance failure:
 * Glance answers 503 "The Keystone service is temporarily unavailable", or 401 when it defers
 * the decision (`delay_auth_decision`), or hangs until Iris's timeout when Keystone hangs.
 * Those failures are blamed on Keystone when Glance says so or Keystone does not answer itself,
 * so the user reads which service is down and is not sent to sign in again for nothing.
 */
export async function blameKeystone(error: unknown, keystoneAnswers: () => Promise<boolean>): Promise<unknown> {
  if (!couldBeKeystone(error)) return error;
  if (error instanceof OpenStackError && error.status === 503 && /keystone/i.test(error.detail)) {
    return new OpenStackUnavailableError('keystone', error.detail, { reason: 'reported', affected: 'glance' });
  }
  if (await keystoneAnswers()) return error;
  return new OpenStackUnavailableError('keystone', 'no answer while Glance failed', { reason: 'unreachable', affected: 'glance' });
}

function couldBeKeystone(error: unknown): boolean {
  if (error instanceof OpenStackUnavailableError) return error.service === 'glance';
  return error instanceof OpenStackError && error.service === 'glance' && (error.status === 401 || error.status === 503);
}

import type { z } from 'zod';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';

export type ActionErrorCode =
  | 'invalid_input'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unavailable'
  | 'throttled'
  | 'upstream'
  | 'interrupted';

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState<TData = undefined> =
  | { status: 'idle' }
  | { status: 'success'; message?: string; data?: TData }
  | {
      status: 'error';
      code: ActionErrorCode;
      message: string;
      fieldErrors?: FieldErrors;
      values?: Record<string, string | string[]>;
    };

export const idle: ActionState<never> = { status: 'idle' };

/** A text field as a refused action echoed it back (so the form keeps what was typed), else `fallback`. */
export function echoedValue(state: ActionState<unknown>, key: string, fallback = ''): string {
  const value = state.status === 'error' ? state.values?.[key] : undefined;
  return typeof value === 'string' ? value : fallback;
}

export function ok<T = undefined>(message?: string, data?: T): ActionState<T> {
  return { status: 'success', message, data };
}

export function fail(code: ActionErrorCode, message: string, extra?: { fieldErrors?: FieldErrors; values?: Record<string, string | string[]> }): ActionState<never> {
  return { status: 'error', code, message, ...extra };
}

export function fromZodError(error: z.ZodError, values?: Record<string, string | string[]>): ActionState<never> {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (!key) formErrors.push(issue.message);
    else (fieldErrors[key] ??= []).push(issue.message);
  }
  return fromFieldErrors(fieldErrors, formErrors[0], values);
}

/** Refused input, said next to each field; the form-level line defaults to a general one. */
export function fromFieldErrors(fieldErrors: FieldErrors, message = 'Some fields need your attention.', values?: Record<string, string | string[]>): ActionState<never> {
  return fail('invalid_input', message, { fieldErrors, values });
}

const CODE_BY_STATUS: Record<number, ActionErrorCode> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  415: 'invalid_input',
};

/** A sentence a person understands for an OpenStack error answer. */
export function describeOpenStackError(error: OpenStackError | OpenStackUnavailableError): { code: ActionErrorCode; message: string } {
  if (error instanceof OpenStackUnavailableError) {
    const name = error.service === 'glance' ? 'The image service (Glance)' : 'The identity service (Keystone)';
    const consequence = error.affected === 'glance' ? ', so the image service (Glance) cannot check your sign-in' : '';
    return { code: 'unavailable', message: `${name} is not answering right now${consequence}. Try again in a moment.` };
  }
  const code = CODE_BY_STATUS[error.status] ?? 'upstream';
  // jsonschema explanations follow "Failed validating…"; the first sentence is the useful part
  const detail = error.detail.split(/\s*Failed validating/)[0]!.trim();
  switch (code) {
    case 'unauthorized':
      return { code, message: 'Your session has expired. Please sign in again.' };
    case 'not_found':
      return { code, message: detail.startsWith('No image found') || !detail ? 'That image no longer exists, or your project cannot see it.' : detail };
    case 'forbidden':
      return { code, message: `Not allowed: ${detail}` };
    case 'conflict':
      return { code, message: `Conflict: ${detail}` };
    case 'too_large':
      return { code, message: `Too large: ${detail}` };
    case 'invalid_input':
      return { code, message: `Glance refused the request: ${detail}` };
    default:
      return { code, message: `The image service failed (${error.status}). Try again; if it persists, tell your cloud operator.` };
  }
}

/** Turn an expected OpenStack failure into an ActionState; rethrow anything else (bugs, redirects). */
export function fromOpenStackError(error: unknown): ActionState<never> {
  if (error instanceof OpenStackError || error instanceof OpenStackUnavailableError) {
    const { code, message } = describeOpenStackError(error);
    return fail(code, message);
  }
  throw error;
}

/**
 * What the browser says when a server action got no answer: the replica that was running it
 * stopped (nginx answers 502 and never resends a POST to another replica, docs/deployment.md),
 * the connection dropped, or the server failed. Whether the change was applied is unknown.
 */
export const INTERRUPTED_MESSAGE =
  'Iris got no answer while saving: the server may have stopped. Your change may or may not have been applied, so check the current state before trying again.';

/** Next's own control flow (redirect(), notFound()) travels as a rejection with one of these digests. */
function isNextControlFlow(error: unknown): boolean {
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? (error as { digest: unknown }).digest : undefined;
  return typeof digest === 'string' && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest);
}

/**
 * A server action called from the browser, its failure to answer turned into an 'interrupted'
 * state instead of an error page: the caller shows the message and re-reads what is true now.
 */
export async function settleAction<T>(call: Promise<ActionState<T>>): Promise<ActionState<T>> {
  try {
    return await call;
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    return fail('interrupted', INTERRUPTED_MESSAGE);
  }
}

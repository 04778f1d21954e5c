import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OpenStackError, OpenStackUnavailableError, extractErrorDetail } from '@/lib/openstack/errors';
import { INTERRUPTED_MESSAGE, describeOpenStackError, echoedValue, fail, fromOpenStackError, fromZodError, idle, ok, settleAction } from './action-state';

const glanceError = (status: number, detail: string) =>
  new OpenStackError({ status, service: 'glance', method: 'POST', path: '/v2/images', detail });

describe('describeOpenStackError', () => {
  it('maps statuses to codes', () => {
    expect(describeOpenStackError(glanceError(403, 'Image x is protected and cannot be deleted.'))).toEqual({
      code: 'forbidden',
      message: 'Not allowed: Image x is protected and cannot be deleted.',
    });
    expect(describeOpenStackError(glanceError(409, 'Member a is duplicated for image b')).code).toBe('conflict');
    expect(describeOpenStackError(glanceError(401, 'x')).code).toBe('unauthorized');
    expect(describeOpenStackError(glanceError(413, 'x')).code).toBe('too_large');
    expect(describeOpenStackError(glanceError(502, 'x')).message).toMatch(/failed \(502\)/);
  });
  it('keeps the first sentence of a jsonschema error', () => {
    const detail = extractErrorDetail(
      { message: "400 Bad Request<br /><br />\n'bogus' is not one of [None, 'ami', 'raw']\n\nFailed validating 'enum' in schema['properties']", code: '400 Bad Request' },
      'x',
    );
    expect(describeOpenStackError(glanceError(400, detail)).message).toBe(
      "Glance refused the request: 400 Bad Request 'bogus' is not one of [None, 'ami', 'raw']",
    );
  });
  it('explains an unreachable service', () => {
    expect(describeOpenStackError(new OpenStackUnavailableError('glance', new Error('ECONNREFUSED')))).toEqual({
      code: 'unavailable',
      message: 'The image service (Glance) is not answering right now. Try again in a moment.',
    });
  });
});

describe('extractErrorDetail', () => {
  it('reads Keystone and Glance bodies and strips HTML', () => {
    expect(extractErrorDetail({ error: { code: 401, message: 'The request you have made requires authentication.' } }, 'f')).toBe(
      'The request you have made requires authentication.',
    );
    expect(extractErrorDetail('<html><body><h1>409 Conflict</h1>busy</body></html>', 'f')).toBe('409 Conflict busy');
    expect(extractErrorDetail(undefined, 'fallback')).toBe('fallback');
  });
});

describe('fromOpenStackError / fromZodError', () => {
  it('rethrows what is not an OpenStack error', () => {
    const bug = new TypeError('boom');
    expect(() => fromOpenStackError(bug)).toThrow(bug);
  });
  it('groups zod issues per field', () => {
    const schema = z.object({ name: z.string().max(3, 'Too long'), min_disk: z.number().min(0, 'Not negative') });
    const result = schema.safeParse({ name: 'abcd', min_disk: -1 });
    if (result.success) throw new Error('expected failure');
    const state = fromZodError(result.error, { name: 'abcd' });
    expect(state).toMatchObject({ status: 'error', code: 'invalid_input', fieldErrors: { name: ['Too long'], min_disk: ['Not negative'] }, values: { name: 'abcd' } });
  });
});

describe('echoedValue', () => {
  it('returns what a refused action echoed for a text field', () => {
    const refused = fail('invalid_input', 'x', { values: { username: 'demo', tags: ['a', 'b'] } });
    expect(echoedValue(refused, 'username')).toBe('demo');
  });
  it('falls back for lists, missing keys and states that are not errors', () => {
    const refused = fail('invalid_input', 'x', { values: { tags: ['a'] } });
    expect(echoedValue(refused, 'tags', 'none')).toBe('none');
    expect(echoedValue(refused, 'domain', 'Default')).toBe('Default');
    expect(echoedValue(idle, 'username')).toBe('');
    expect(echoedValue(ok('done'), 'username', 'f')).toBe('f');
  });
});

describe('settleAction', () => {
  it('passes an answer through', async () => {
    await expect(settleAction(Promise.resolve(ok('Saved.')))).resolves.toEqual(ok('Saved.'));
    await expect(settleAction(Promise.resolve(fail('conflict', 'No.')))).resolves.toEqual(fail('conflict', 'No.'));
  });
  it('turns no answer (nginx 502, a dropped connection) into a state that says the outcome is unknown', async () => {
    // what Next's client throws for nginx's 502 page, and what fetch throws for a dropped connection
    for (const error of [new Error('An unexpected response was received from the server.'), new TypeError('Failed to fetch')]) {
      await expect(settleAction(Promise.reject(error))).resolves.toEqual({ status: 'error', code: 'interrupted', message: INTERRUPTED_MESSAGE });
    }
  });
  it("rethrows Next's redirect and not-found", async () => {
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;push;/images;307;' });
    await expect(settleAction(Promise.reject(redirect))).rejects.toBe(redirect);
    const notFound = Object.assign(new Error('x'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    await expect(settleAction(Promise.reject(notFound))).rejects.toBe(notFound);
  });
});

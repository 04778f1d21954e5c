import { describe, expect, it, vi } from 'vitest';
import { blameKeystone } from './blame';
import { OpenStackError, OpenStackUnavailableError } from './errors';

const glanceError = (status: number, detail: string) => new OpenStackError({ status, service: 'glance', method: 'GET', path: '/v2/images', detail });

describe('blameKeystone', () => {
  it('names Keystone when Glance says Keystone is unavailable, without asking Keystone', async () => {
    const probe = vi.fn(async () => true);
    const blamed = await blameKeystone(glanceError(503, 'The Keystone service is temporarily unavailable.'), probe);
    expect(blamed).toBeInstanceOf(OpenStackUnavailableError);
    expect(blamed).toMatchObject({ service: 'keystone', reason: 'reported', affected: 'glance' });
    expect(probe).not.toHaveBeenCalled();
  });

  it('names Keystone when Glance refuses a token (401) and Keystone does not answer', async () => {
    const blamed = await blameKeystone(glanceError(401, 'This server could not verify that you are authorized'), async () => false);
    expect(blamed).toMatchObject({ service: 'keystone', affected: 'glance' });
  });

  it('keeps a 401 as it is when Keystone answers: the token really expired', async () => {
    const error = glanceError(401, 'This server could not verify that you are authorized');
    expect(await blameKeystone(error, async () => true)).toBe(error);
  });

  it('names Keystone when Glance timed out and Keystone does not answer either', async () => {
    const error = new OpenStackUnavailableError('glance', new Error('Headers Timeout Error'), { reason: 'timeout' });
    expect(await blameKeystone(error, async () => false)).toMatchObject({ service: 'keystone', affected: 'glance' });
    expect(await blameKeystone(error, async () => true)).toBe(error);
  });

  it('a plain Glance 503 is Glance’s own unless Keystone is silent too', async () => {
    const error = glanceError(503, 'Service Unavailable');
    expect(await blameKeystone(error, async () => true)).toBe(error);
    expect(await blameKeystone(error, async () => false)).toMatchObject({ service: 'keystone' });
  });

  it('leaves other failures alone without asking Keystone', async () => {
    const probe = vi.fn(async () => false);
    for (const error of [glanceError(404, 'No image found'), glanceError(500, 'boom'), new OpenStackUnavailableError('keystone', 'down'), new Error('bug')]) {
      expect(await blameKeystone(error, probe)).toBe(error);
    }
    expect(probe).not.toHaveBeenCalled();
  });
});

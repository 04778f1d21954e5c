import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INVALID_IMAGE_ID } from '@/lib/glance/schemas';
import { parseImageArgs } from './glance-action';

const ID = '0c9e8a4e-7a61-4a4f-9a57-3c1b8e0a2f11';
const schema = z.object({ imageId: z.string(), project: z.string().trim().min(1, 'Enter a project.') });

describe('parseImageArgs', () => {
  it('hands back the parsed arguments when the ID and the schema accept them', () => {
    expect(parseImageArgs(schema, { imageId: ID, project: ' demo ' })).toEqual({ ok: true, data: { imageId: ID, project: 'demo' } });
  });

  it('checks the image ID first, with its one message, whatever else is wrong', () => {
    for (const imageId of ['not-a-uuid', '', undefined, 42, `${ID}/../x`]) {
      expect(parseImageArgs(schema, { imageId, project: '' })).toEqual({
        ok: false,
        state: { status: 'error', code: 'invalid_input', message: INVALID_IMAGE_ID },
      });
    }
  });

  it('refuses what the schema refuses, field by field, with the typed values echoed', () => {
    const result = parseImageArgs(schema, { imageId: ID, project: '  ' }, { project: '  ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state).toMatchObject({ status: 'error', code: 'invalid_input', fieldErrors: { project: ['Enter a project.'] }, values: { project: '  ' } });
  });
});

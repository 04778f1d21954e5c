import { describe, expect, it } from 'vitest';
import { askedByNginx, nginxDownloadHeaders, nginxUploadGrant, uploadImageIdOf, uploadSearchOf, uploadStoreChosen } from './byte-path';

const SECRET = 'a'.repeat(64);
const ID = '0d2b4c9e-7f1a-4e6b-9c3d-2a1b0c9d8e7f';

describe('askedByNginx', () => {
  it('is true only for the exact shared secret', () => {
    expect(askedByNginx(SECRET, SECRET)).toBe(true);
    expect(askedByNginx([SECRET], SECRET)).toBe(true);
    expect(askedByNginx('a'.repeat(63), SECRET)).toBe(false);
    expect(askedByNginx('b'.repeat(64), SECRET)).toBe(false);
    expect(askedByNginx(undefined, SECRET)).toBe(false);
    expect(askedByNginx('', SECRET)).toBe(false);
  });

  it('is false whenever Iris has no secret, whatever the header says', () => {
    expect(askedByNginx(SECRET, undefined)).toBe(false);
    expect(askedByNginx('', '')).toBe(false);
  });
});

describe('nginxDownloadHeaders', () => {
  it('redirects to the internal Glance location and hands over token, range and ETag', () => {
    expect(nginxDownloadHeaders({ imageId: ID, token: 'tok', range: 'bytes=0-99', etag: '"abc"', size: 1024 })).toEqual({
      'x-accel-redirect': `/_iris/glance/images/${ID}/file`,
      'x-iris-glance-token': 'tok',
      'x-iris-glance-range': 'bytes=0-99',
      'x-iris-etag': '"abc"',
      'x-iris-size': '1024',
    });
  });

  it('sends no range, ETag or size header when there is none', () => {
    const headers = nginxDownloadHeaders({ imageId: ID, token: 'tok', range: null, etag: null, size: null });
    expect(Object.keys(headers).sort()).toEqual(['x-accel-redirect', 'x-iris-glance-token']);
  });
});

describe('nginxUploadGrant', () => {
  it('names the checked image and the token, and is never cached', () => {
    expect(nginxUploadGrant({ imageId: ID, token: 'tok', target: 'file' })).toEqual({ 'x-iris-glance-token': 'tok', 'x-iris-glance-image': ID, 'x-iris-glance-target': 'file', 'cache-control': 'no-store' });
    expect(nginxUploadGrant({ imageId: ID, token: 'tok', target: 'stage' })['x-iris-glance-target']).toBe('stage');
  });
});

describe('uploadImageIdOf', () => {
  it('reads the ID from the upload URI nginx forwards', () => {
    expect(uploadImageIdOf(`/api/uploads/${ID}`)).toBe(ID);
    expect(uploadImageIdOf(`/api/uploads/${ID}?x=1`)).toBe(ID);
  });

  it('gives nothing for other paths and broken encodings', () => {
    expect(uploadImageIdOf(`/api/uploads/${ID}/more`)).toBeUndefined();
    expect(uploadImageIdOf('/api/images/x/file')).toBeUndefined();
    expect(uploadImageIdOf('/api/uploads/%E0%A4%A')).toBeUndefined();
    expect(uploadImageIdOf(null)).toBeUndefined();
  });
});

describe('uploadSearchOf', () => {
  it('reads the query of an upload URI only', () => {
    expect(uploadSearchOf(`/api/uploads/${ID}?via=glance-direct`).get('via')).toBe('glance-direct');
    expect(uploadSearchOf(`/api/uploads/${ID}`).get('via')).toBeNull();
    expect(uploadSearchOf(`/api/images/${ID}?via=glance-direct`).get('via')).toBeNull();
    expect(uploadSearchOf(null).get('via')).toBeNull();
  });
});

describe('uploadStoreChosen', () => {
  it('tells an upload that names a store (Iris then streams it itself: nginx sends no store header)', () => {
    expect(uploadStoreChosen(`/api/uploads/${ID}?store=archive`)).toBe(true);
    expect(uploadStoreChosen(`/api/uploads/${ID}`)).toBe(false);
    expect(uploadStoreChosen(`/api/uploads/${ID}?x=1`)).toBe(false);
    expect(uploadStoreChosen(null)).toBe(false);
  });
});

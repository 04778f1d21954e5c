import { describe, expect, it } from 'vitest';
import { copyProblem, imageStores, storeChoiceProblem, storeChoices, storeCli, storeDeleteProblem } from './stores';

const choices = storeChoices([
  { id: 'archive', description: 'Second file store' },
  { id: 'os_glance_staging_store' },
  { id: 'local', description: 'Local filesystem store', default: 'true' },
]);

const image = (fields: Record<string, unknown>) => ({ status: 'active', stores: 'local', ...fields });

describe('storeChoices', () => {
  it('drops Glance’s internal stores, reads default "true" and puts the default first', () => {
    expect(choices).toEqual([
      { id: 'local', description: 'Local filesystem store', isDefault: true },
      { id: 'archive', description: 'Second file store', isDefault: false },
    ]);
  });
});

describe('imageStores', () => {
  it('splits Glance’s comma lists; a copy or failure for a store that has the data is not reported', () => {
    expect(imageStores(image({ stores: 'local, archive', os_glance_importing_to_stores: 'archive,fast', os_glance_failed_import: 'local' }))).toEqual({
      present: ['local', 'archive'],
      copying: ['fast'],
      failed: [],
    });
    expect(imageStores({ stores: undefined })).toEqual({ present: [], copying: [], failed: [] });
  });
});

describe('storeChoiceProblem', () => {
  it('accepts no choice (the default store) and a known store', () => {
    expect(storeChoiceProblem(choices, '')).toBeUndefined();
    expect(storeChoiceProblem(choices, 'archive')).toBeUndefined();
  });
  it('refuses an unknown store, naming the ones there are', () => {
    expect(storeChoiceProblem(choices, 'nowhere')).toBe('This cloud has no store “nowhere”. Choose one of: local, archive.');
    expect(storeChoiceProblem([], 'archive')).toMatch(/single store/);
  });
});

describe('copyProblem', () => {
  it('refuses no target, an unknown store, a store that has it, a running copy, an image not active', () => {
    expect(copyProblem(choices, image({}), [])).toMatch(/at least one/);
    expect(copyProblem(choices, image({}), ['nowhere'])).toMatch(/no store “nowhere”/);
    expect(copyProblem(choices, image({}), ['local'])).toBe('The image is already in “local”: choose a store it is not in yet.');
    expect(copyProblem(choices, image({ os_glance_importing_to_stores: 'archive' }), ['archive'])).toMatch(/still running/);
    expect(copyProblem(choices, image({ status: 'queued', stores: undefined }), ['archive'])).toMatch(/Only an active image/);
  });
  it('lets a failed store be tried again', () => {
    expect(copyProblem(choices, image({ os_glance_failed_import: 'archive' }), ['archive'])).toBeUndefined();
  });
});

describe('storeDeleteProblem', () => {
  it('refuses a store without the image and the last copy', () => {
    expect(storeDeleteProblem(image({}), 'archive')).toMatch(/not in store “archive”/);
    expect(storeDeleteProblem(image({}), 'local')).toMatch(/only copy/);
    expect(storeDeleteProblem(image({ stores: 'local,archive' }), 'archive')).toBeUndefined();
  });
});

describe('storeCli', () => {
  it('quotes each value and says --allow-failure the other way round from all_stores_must_succeed', () => {
    expect(storeCli.copy('id-1', ['archive', 'fast'], true)).toBe('glance image-import --import-method copy-image --stores archive,fast --allow-failure False id-1');
    expect(storeCli.remove('id-1', "odd'store")).toBe("glance stores-delete --store 'odd'\\''store' id-1");
  });
});

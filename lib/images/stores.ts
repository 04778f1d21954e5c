import type { Image, StoresInfo } from '@/lib/glance/schemas';
import { command } from './cli';

/** The upload route's query parameter naming the store chosen at create (`/api/uploads/{id}?store=…`). */
export const UPLOAD_STORE_PARAM = 'store';

/** One store of a multi-store cloud, as the Create form and the Stores card offer it. */
export interface StoreChoice {
  id: string;
  description: string;
  isDefault: boolean;
}

// Glance's internal stores (staging, tasks) show up in some answers; nobody can choose them.
const INTERNAL_STORE = /^os_glance_/;

/** The stores of GET /v2/info/stores a user may choose, the default first; `default` is the string "true". */
export function storeChoices(stores: StoresInfo['stores']): StoreChoice[] {
  return stores
    .filter((store) => !INTERNAL_STORE.test(store.id))
    .map((store) => ({ id: store.id, description: store.description?.trim() ?? '', isDefault: store.default === true || store.default === 'true' }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
}

/** Glance keeps store lists as comma-separated strings on the image. */
function storeList(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return [...new Set(value.split(',').map((part) => part.trim()).filter(Boolean))];
}

/** Where the image's data is, where a copy is running, and where the last import or copy failed. */
export interface ImageStores {
  present: string[];
  copying: string[];
  failed: string[];
}

export function imageStores(image: Pick<Image, 'stores'> & Record<string, unknown>): ImageStores {
  const present = storeList(image.stores);
  return {
    present,
    copying: storeList(image.os_glance_importing_to_stores).filter((store) => !present.includes(store)),
    failed: storeList(image.os_glance_failed_import).filter((store) => !present.includes(store)),
  };
}

/** A copy is running: the page keeps asking Glance until it ends. */
export const isCopying = (image: Pick<Image, 'stores'> & Record<string, unknown>) => imageStores(image).copying.length > 0;

const names = (stores: readonly string[]) => stores.map((store) => `“${store}”`).join(', ');

export const storeMessages = {
  unknown: (store: string, choices: readonly StoreChoice[]) =>
    `This cloud has no store “${store}”. Choose one of: ${choices.map((choice) => choice.id).join(', ')}.`,
  noStores: 'This cloud has a single store: there is no store to choose.',
  already: (stores: readonly string[]) => `The image is already in ${names(stores)}: choose a store it is not in yet.`,
  copying: (stores: readonly string[]) => `A copy to ${names(stores)} is still running: wait for it to finish.`,
  notActive: 'Only an active image can be copied: its data must be complete first.',
  noneChosen: 'Choose at least one store to copy to.',
  notIn: (store: string) => `The image is not in store “${store}”.`,
  lastCopy: (store: string) => `“${store}” holds the image’s only copy: delete the image instead, or copy it to another store first.`,
};

/** Why a store chosen at create cannot be used, or undefined when it can (an empty choice means the default store). */
export function storeChoiceProblem(choices: readonly StoreChoice[], store: string): string | undefined {
  if (!store) return undefined;
  if (choices.length === 0) return storeMessages.noStores;
  return choices.some((choice) => choice.id === store) ? undefined : storeMessages.unknown(store, choices);
}

/** Why these stores cannot receive a copy of the image, or undefined when Glance should be asked. */
export function copyProblem(choices: readonly StoreChoice[], image: Pick<Image, 'stores' | 'status'> & Record<string, unknown>, targets: readonly string[]): string | undefined {
  if (targets.length === 0) return storeMessages.noneChosen;
  const unknown = targets.find((store) => !choices.some((choice) => choice.id === store));
  if (unknown !== undefined) return choices.length ? storeMessages.unknown(unknown, choices) : storeMessages.noStores;
  const { present, copying } = imageStores(image);
  const already = targets.filter((store) => present.includes(store));
  if (already.length) return storeMessages.already(already);
  const running = targets.filter((store) => copying.includes(store));
  if (running.length) return storeMessages.copying(running);
  if (image.status !== 'active') return storeMessages.notActive;
  return undefined;
}

/** Why one store's copy cannot be removed, or undefined. */
export function storeDeleteProblem(image: Pick<Image, 'stores'> & Record<string, unknown>, store: string): string | undefined {
  const { present } = imageStores(image);
  if (!present.includes(store)) return storeMessages.notIn(store);
  if (present.length === 1) return storeMessages.lastCopy(store);
  return undefined;
}

/** The glance CLI lines (python-openstackclient 6 has no import or store commands). */
export const storeCli = {
  copy: (id: string, stores: readonly string[], allMustSucceed: boolean) =>
    command('glance', 'image-import', '--import-method', 'copy-image', '--stores', stores.join(','), '--allow-failure', allMustSucceed ? 'False' : 'True', id),
  remove: (id: string, store: string) => command('glance', 'stores-delete', '--store', store, id),
  info: () => command('glance', 'stores-info'),
};

/** Glance's refusals of a copy or a store removal, in words (its own text is kept after them). */
export function storeRefusal(status: number, detail: string): string | undefined {
  if (/already present at store/i.test(detail)) return `The image is already in that store. (Glance: ${detail})`;
  if (status === 409 && /store .* (not found|not available)/i.test(detail)) return `This cloud has no such store. (Glance: ${detail})`;
  if (status === 403 && /only store/i.test(detail)) return `That store holds the image’s only copy: delete the image instead. (Glance: ${detail})`;
  if (status === 403) return `Glance allows only administrators to copy images between stores or remove a store’s copy on this cloud. (Glance: ${detail})`;
  return undefined;
}

import { CreateFormSection, type FieldErrorsOf } from '@/components/images/create/create-form-section';
import type { StoreChoice } from '@/lib/images/stores';
import { StoreOptions } from './store-options';

/** Where Glance keeps the new image's data, on a cloud with several stores (nothing otherwise). */
export function CreateStoreField({ stores, errors }: { stores: readonly StoreChoice[]; errors: FieldErrorsOf }) {
  if (stores.length < 2) return null;
  const storeErrors = errors('store');
  return (
    <CreateFormSection title="Store" description="Where Glance keeps the image data. An administrator can copy it to more stores later.">
      <StoreOptions stores={stores} type="radio" name="store" label="Store" errorId={storeErrors ? 'store-error' : undefined} />
      {storeErrors && (
        <p id="store-error" className="text-sm text-red-700">
          {storeErrors.join(' ')}
        </p>
      )}
    </CreateFormSection>
  );
}

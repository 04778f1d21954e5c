import type { StoreChoice } from '@/lib/images/stores';
import { cn } from '@/lib/utils';

interface StoreOptionsProps {
  stores: readonly StoreChoice[];
  /** One store (radio, the default preselected) or several (checkbox, none preselected). */
  type: 'radio' | 'checkbox';
  name: string;
  label: string;
  /** Stores that cannot be chosen, each with the reason shown beside it. */
  unavailable?: Record<string, string>;
  errorId?: string;
}

/** The cloud's stores as choices, each with the description its operator gave it. */
export function StoreOptions({ stores, type, name, label, unavailable = {}, errorId }: StoreOptionsProps) {
  return (
    <div role={type === 'radio' ? 'radiogroup' : 'group'} aria-label={label} aria-describedby={errorId} className="grid gap-2 sm:grid-cols-2">
      {stores.map((store) => {
        const reason = unavailable[store.id];
        return (
          <label
            key={store.id}
            className={cn(
              'flex gap-3 rounded-lg p-3 ring-1 ring-slate-300 ring-inset',
              reason ? 'cursor-not-allowed bg-slate-50' : 'cursor-pointer bg-white hover:bg-slate-50',
              'has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600',
            )}
          >
            <input
              type={type}
              name={name}
              value={store.id}
              disabled={!!reason}
              defaultChecked={type === 'radio' && store.isDefault}
              className="mt-1 accent-brand-600"
            />
            <span className="min-w-0">
              <StoreLabel store={store} />
              {reason && <span className="block text-xs text-slate-600">{reason}</span>}
            </span>
          </label>
        );
      })}
    </div>
  );
}

/** A store's ID, "(default)" where it is, and its operator's description. */
export function StoreLabel({ store }: { store: StoreChoice }) {
  return (
    <>
      <span className="block text-sm font-medium break-words text-slate-900">
        {store.id}
        {store.isDefault && <span className="ml-1 text-xs font-normal text-slate-600"> (default)</span>}
      </span>
      {store.description && <span className="block text-xs break-words text-slate-600">{store.description}</span>}
    </>
  );
}

import { useEffect, useId } from 'react';
import { useStore } from 'zustand';
import { storeChoiceStore } from '../stores/store-choice-store';
import { catalogueStore } from '../stores/catalogue-store';
import { useCatalogue } from '../stores/use-catalogue';
import { shortStoreName } from '../catalogue/stock-summary';
import { useT } from '../i18n/use-t';

/** Which store the customer wants to see stock for and pick up from; kept on this device. */
export function StorePicker() {
  const { t } = useT();
  const id = useId();
  const storeId = useStore(storeChoiceStore, (s) => s.storeId);
  const locations = useCatalogue((s) => s.locations);
  useEffect(() => {
    void catalogueStore.getState().loadLocations().catch(() => undefined);
  }, []);
  const stores = (locations ?? []).filter((l) => l.kind === 'store');
  return (
    <div className="store-picker">
      <label htmlFor={id}>{t('shop.store')}</label>
      <select id={id} value={storeId ?? ''} onChange={(e) => storeChoiceStore.getState().setStoreId(e.target.value || null)}>
        <option value="">{t('shop.storeAny')}</option>
        {stores.map((s) => (
          <option key={s.id} value={s.id}>
            {shortStoreName(s)}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useNames } from '../../components/timeline/use-names';
import { useCatalogue } from '../../stores/use-catalogue';
import { createImportStore } from './import-store';
import { CsvImport } from './CsvImport';
import { ExportButton } from './ExportButton';
import { SelectField } from './SelectField';

/**
 * Stock of one location: import a CSV of counts and export the current stock. A manager works on
 * their own store only (`storeId`); an admin picks any location.
 */
export function StockTab({ storeId }: { storeId?: string }) {
  const { t } = useT();
  const names = useNames();
  const locations = useCatalogue((s) => s.locations) ?? [];
  const [chosen, setChosen] = useState(storeId ?? '');
  const [imports] = useState(() => createImportStore('stock'));
  const locationId = storeId ?? (chosen || locations[0]?.id || '');
  const label = (id: string) => locations.find((l) => l.id === id)?.name ?? names.store(id);
  return (
    <section className="admin-section" aria-labelledby="stock-title">
      <h1 id="stock-title">{t('stk.title')}</h1>
      {storeId ? (
        <p data-testid="stock-location">
          {t('stk.location')}{t('app.colon')} <strong>{label(storeId)}</strong>
        </p>
      ) : (
        <SelectField label={t('stk.location')} value={locationId} onValue={setChosen} options={locations.map((l) => [l.id, l.name] as const)} testId="stock-location" />
      )}
      <CsvImport store={imports} title={t('imp.stockTitle')} help={`${t('imp.stockHelp')} ${t('stk.help')}`} />
      {locationId && (
        <section className="admin-card" aria-labelledby="stock-export-title">
          <h2 id="stock-export-title">{t('imp.exportTitle')}</h2>
          <ExportButton kind="stock" locationId={locationId} label={t('imp.exportStockOf', { location: label(locationId) })} />
        </section>
      )}
    </section>
  );
}

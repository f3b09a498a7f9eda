import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { createImportStore } from './import-store';
import { CsvImport } from './CsvImport';
import { ExportButton } from './ExportButton';

/** Catalogue CSV import (Shopify layout) with its preview and job, stock import, and the exports. */
export function ImportTab() {
  const { t } = useT();
  // One store per visit of the tab: leaving and coming back starts afresh.
  const [products] = useState(() => createImportStore('products'));
  const [stock] = useState(() => createImportStore('stock'));
  return (
    <section className="admin-section" aria-labelledby="import-title">
      <h1 id="import-title">{t('admin.tab.import')}</h1>
      <CsvImport store={products} title={t('imp.productsTitle')} help={t('imp.productsHelp')} />
      <CsvImport store={stock} title={t('imp.stockTitle')} help={t('imp.stockHelp')} />
      <section className="admin-card" aria-labelledby="export-title">
        <h2 id="export-title">{t('imp.exportTitle')}</h2>
        <p className="admin-actions">
          <ExportButton kind="products" label={t('imp.exportProducts')} />
          <ExportButton kind="stock" label={t('imp.exportStock')} />
        </p>
      </section>
    </section>
  );
}

import { useT } from '../../../i18n/use-t';

/** The store layout editor's place in the back office; `storeId` is the store being edited. */
export function LayoutTab(_props: { storeId?: string }) {
  const { t } = useT();
  return (
    <section className="admin-section" aria-labelledby="layout-title">
      <h1 id="layout-title">{t('admin.tab.layout')}</h1>
      <p className="notice" data-testid="layout-soon">
        {t('layout.soon')}
      </p>
    </section>
  );
}

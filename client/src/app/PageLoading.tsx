import { useT } from '../i18n/use-t';

export function PageLoading() {
  const { t } = useT();
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </div>
  );
}

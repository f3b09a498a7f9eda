import { useT } from '../../i18n/use-t';

/** Previous / next with "page 2 of 7"; hidden when everything fits on one page. */
export function Pager({ page, total, pageSize, onPage }: { page: number; total: number; pageSize: number; onPage(p: number): void }) {
  const { t } = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav className="admin-pager" aria-label={t('admin.paging')}>
      <button type="button" className="btn btn--small btn--ghost" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('admin.prev')}
      </button>
      <span aria-live="polite">{t('admin.pageOf', { page, pages })}</span>
      <button type="button" className="btn btn--small btn--ghost" disabled={page >= pages} onClick={() => onPage(page + 1)} data-testid="pager-next">
        {t('admin.next')}
      </button>
    </nav>
  );
}

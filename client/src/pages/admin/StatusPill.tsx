import { useT } from '../../i18n/use-t';

/** "Published" or "Draft", as a small coloured label. */
export function StatusPill({ status }: { status: 'published' | 'draft' }) {
  const { t } = useT();
  return <span className={`admin-pill admin-pill--${status}`}>{t(status === 'draft' ? 'prod.draft' : 'prod.published')}</span>;
}

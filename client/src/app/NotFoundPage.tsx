import { Link } from 'wouter';
import { useT } from '../i18n/use-t';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <section className="page narrow">
      <h1>{t('app.notFound')}</h1>
      <p>
        <Link href="/">{t('app.backHome')}</Link>
      </p>
    </section>
  );
}

import { Link } from 'wouter';
import { useT } from '../i18n/use-t';

const STORES = ['Lyon Part-Dieu', 'Paris Marais', 'Bordeaux Sainte-Catherine'];

export function SiteFooter() {
  const { t } = useT();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <div>
          <p className="logo logo--small">Vitrine</p>
          <p className="muted">{t('footer.tagline')}</p>
        </div>
        <div>
          <h2 className="site-footer__title">{t('footer.stores')}</h2>
          <ul className="plain">
            {STORES.map((s) => (
              <li key={s}>Vitrine {s}</li>
            ))}
          </ul>
        </div>
        <p className="muted small">
          {t('footer.rights')} <Link href="/privacy" data-testid="footer-privacy">{t('footer.privacy')}</Link>
        </p>
      </div>
    </footer>
  );
}

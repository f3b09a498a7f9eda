import { Link } from 'wouter';
import { useT } from '../../i18n/use-t';
import '../../i18n/privacy-text';
import '../../privacy/consent-banner.css';
import { ConsentChoice } from './ConsentChoice';

/** `/privacy`: what is kept, why and for how long (as `shared/privacy/retention.ts` enforces), and the consent choice. */
export function PrivacyPage() {
  const { t } = useT();
  return (
    <section className="page narrow privacy-page" data-testid="privacy-page">
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>
      <h2>{t('privacy.kept.title')}</h2>
      <ul>
        <li>{t('privacy.kept.account')}</li>
        <li>{t('privacy.kept.orders')}</li>
        <li>{t('privacy.kept.guests')}</li>
        <li>{t('privacy.kept.help')}</li>
        <li>{t('privacy.kept.analytics')}</li>
      </ul>
      <h2>{t('privacy.choice.title')}</h2>
      <ConsentChoice />
      <h2>{t('privacy.rights.title')}</h2>
      <p>{t('privacy.rights.text')}</p>
      <p>
        <Link href="/account" className="btn" data-testid="privacy-to-account">{t('privacy.rights.account')}</Link>
      </p>
    </section>
  );
}

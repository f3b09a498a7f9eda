import { useStore } from 'zustand';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { consentStore } from './consent-store';
import './consent-banner.css';

/**
 * Asks on the first visit whether the journey may be measured. "Refuse" and "Accept" sit side by
 * side with the same look, as the CNIL asks; closing is not a yes. The privacy page reopens it.
 */
export function ConsentBanner() {
  const { t } = useT();
  const asking = useStore(consentStore, (s) => s.asking);
  if (!asking) return null;
  const decide = (yes: boolean) => void consentStore.getState().decide(yes).catch(() => undefined);
  return (
    <section className="consent-banner" aria-labelledby="consent-title" data-testid="consent-banner">
      <h2 id="consent-title" className="consent-banner__title">{t('consent.title')}</h2>
      <p className="consent-banner__text">
        {t('consent.text')} <Link href="/privacy">{t('consent.more')}</Link>
      </p>
      <p className="consent-banner__actions">
        <button type="button" className="btn" data-testid="consent-refuse" onClick={() => decide(false)}>{t('consent.refuse')}</button>
        <button type="button" className="btn" data-testid="consent-accept" onClick={() => decide(true)}>{t('consent.accept')}</button>
      </p>
    </section>
  );
}

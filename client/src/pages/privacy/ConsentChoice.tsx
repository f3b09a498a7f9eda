import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import { consentStore } from '../../privacy/consent-store';

/** The current journey-analytics choice and the two buttons that change it, side by side. */
export function ConsentChoice() {
  const { t } = useT();
  const choice = useStore(consentStore, (s) => s.choice);
  const state = choice ? (choice.analytics ? 'privacy.choice.yes' : 'privacy.choice.no') : 'privacy.choice.none';
  const decide = (yes: boolean) => void consentStore.getState().decide(yes).catch(() => undefined);
  return (
    <div className="privacy-page__choice">
      <p role="status" data-testid="consent-state">{t(state)}</p>
      <p className="consent-banner__actions">
        <button type="button" className="btn" data-testid="privacy-refuse" aria-pressed={choice?.analytics === false} onClick={() => decide(false)}>{t('consent.refuse')}</button>
        <button type="button" className="btn" data-testid="privacy-accept" aria-pressed={choice?.analytics === true} onClick={() => decide(true)}>{t('consent.accept')}</button>
      </p>
    </div>
  );
}

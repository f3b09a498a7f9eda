import { useLocation } from 'wouter';
import { helpStore } from '../../stores/help-store';
import { browsingStore } from '../../stores/browsing-store';
import { cartStore } from '../../stores/cart-store';
import { useT } from '../../i18n/use-t';

/** "Ask an advisor": hands the customer's context to whatever the help feature installed in helpStore. */
export function HelpButton() {
  const { t } = useT();
  const [path] = useLocation();
  const ask = () => {
    const { productId, variantId } = browsingStore.getState();
    helpStore.getState().request({
      path,
      productId: productId ?? undefined,
      variantId: variantId ?? undefined,
      cartId: cartStore.getState().cart?.id,
    });
  };
  return (
    <button type="button" className="help-button" onClick={ask} data-testid="ask-advisor" aria-label={t('header.help')} title={t('header.help')}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <path d="M4 5h16v11H9l-5 4z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      </svg>
      <span>{t('header.help')}</span>
    </button>
  );
}

import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useStore } from 'zustand';
import { HelpButton } from '../../app/header/HelpButton';
import { LanguageSwitch } from '../../app/header/LanguageSwitch';
import { formatPrice } from '../../i18n/format';
import { browsingStore } from '../../stores/browsing-store';
import { useCart } from '../../stores/use-cart';
import { useLocale } from '../../stores/use-locale';
import { togglePointerLock } from '../../scene/navigation/desktop-input';
import { storeNavStore } from '../../scene/navigation/store-nav-store';
import { panelPrice, productPanelStore } from '../../scene/panel/product-panel-store';
import { storeText } from '../../scene/store-messages';
import type { StoreWorld } from '../../scene/store-world';
import { storeXR } from '../../xr/vr/store-xr';
import { ConsentBanner } from '../../privacy/ConsentBanner';
import { CartOverlay } from './CartOverlay';
import { useVrAvailable } from './use-vr-available';

/** How long the how-to-move hint stays up, unless the visitor selects a product first. */
const HINT_MS = 15_000;

/**
 * The 2D layer over the store: leave, language, help, mouse look, Enter VR and the live cart;
 * a hint line, a crosshair in mouse-look mode, a live region announcing the selection, and the
 * consent banner on a first visit (a bare route has no shop layout to show it).
 * `sessionPanel` is the slot for the live session's panel (client/src/room: people, chat, voice);
 * it shares the right-hand column with the cart, so the two never overlap.
 *
 * @example <StoreHud world={world} sessionPanel={<HelpSlot />} />
 */
export function StoreHud({ world, sessionPanel }: { world: StoreWorld; sessionPanel?: ReactNode }) {
  const locale = useLocale();
  const [, navigate] = useLocation();
  const xr = storeXR();
  const vr = useVrAvailable(xr);
  const inXR = useStore(storeNavStore, (s) => s.inXR);
  const selected = useStore(storeNavStore, (s) => s.selected);
  const count = useCart((s) => s.cart?.lines.reduce((n, l) => n + l.qty, 0) ?? 0);
  const [cartOpen, setCartOpen] = useState(false);
  const [locked, setLocked] = useState(false);
  const [hint, setHint] = useState(true);
  useEffect(() => {
    const t = setTimeout(() => setHint(false), HINT_MS);
    return () => clearTimeout(t);
  }, []);
  useEffect(() => {
    if (selected >= 0) setHint(false);
  }, [selected]);
  const touch = typeof matchMedia !== 'undefined' && matchMedia('(pointer: coarse)').matches;

  useEffect(() => {
    const onChange = () => setLocked(!!document.pointerLockElement);
    document.addEventListener('pointerlockchange', onChange);
    return () => document.removeEventListener('pointerlockchange', onChange);
  }, []);

  // What the customer looks at, for the advisor they may call.
  const item = selected >= 0 ? world.items[selected] : null;
  const product = item ? world.productById.get(item.productId) : null;
  const promotions = useStore(productPanelStore, (s) => s.promotions);
  const price = product ? panelPrice({ product, variantId: item?.variantId ?? null, promotions }) : null;
  useEffect(() => {
    browsingStore.getState().setViewing(product?.id ?? null, item?.variantId ?? null);
  }, [product, item]);

  const leave = () => {
    const fromHere = document.referrer.startsWith(location.origin) && history.length > 1;
    if (fromHere) history.back();
    else navigate('/');
  };
  const canvas = () => document.querySelector<HTMLCanvasElement>('.store-canvas canvas');

  return (
    <>
      {/* The bar, then the column below it, whatever height the bar wraps to. */}
      <div className="store-hud__layer">
        <header className="store-hud">
          <button type="button" className="store-hud__leave" onClick={leave} data-testid="store-leave" aria-label={storeText(locale, 'leave')}>
            <span aria-hidden="true">←</span> <span className="store-hud__label">{storeText(locale, 'leave')}</span>
          </button>
          <h1 className="store-hud__title">{world.layout.name[locale]}</h1>
          <div className="store-hud__actions">
            <HelpButton />
            <LanguageSwitch />
            {!touch && (
              <button type="button" className="store-hud__btn" aria-pressed={locked} onClick={() => canvas() && togglePointerLock(canvas()!)}>
                {storeText(locale, 'mouseLook')}
              </button>
            )}
            {vr && (
              <button type="button" className="store-hud__btn store-hud__btn--vr" data-testid="enter-vr" onClick={() => void (inXR ? xr.getState().session?.end() : xr.enterVR())}>
                {storeText(locale, inXR ? 'exitVr' : 'enterVr')}
              </button>
            )}
            <button type="button" className="store-hud__btn store-hud__cart" aria-expanded={cartOpen} onClick={() => setCartOpen(!cartOpen)} data-testid="store-cart-toggle">
              {storeText(locale, 'cart')} <span className="store-hud__badge" data-testid="store-cart-count">{count}</span>
            </button>
          </div>
        </header>
        {/* Under the bar, in the column's flow: it pushes the cart and the session down rather than covering them. */}
        <ConsentBanner />
        <div className="store-hud__side">
          {cartOpen && <CartOverlay world={world} onClose={() => setCartOpen(false)} />}
          {sessionPanel && <div className="store-hud__session">{sessionPanel}</div>}
        </div>
      </div>
      {hint && <p className="store-hud__hint">{storeText(locale, touch ? 'hintTouch' : 'hintDesktop')}</p>}
      {locked && <div className="store-hud__crosshair" aria-hidden="true" />}
      <div className="sr-only" aria-live="polite" data-testid="store-selection" data-amount={price?.price.amount}>
        {product && price
          ? storeText(locale, 'selected', {
              name: product.name[locale],
              price: price.was ? `${formatPrice(price.price, locale)} (${storeText(locale, 'was', { price: formatPrice(price.was, locale) })})` : formatPrice(price.price, locale),
            })
          : ''}
      </div>
    </>
  );
}

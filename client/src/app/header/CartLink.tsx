import { Link } from 'wouter';
import { useCart } from '../../stores/use-cart';
import { useT } from '../../i18n/use-t';

/** Cart icon with the live number of items. */
export function CartLink() {
  const { t, tn } = useT();
  const count = useCart((s) => s.cart?.lines.reduce((n, l) => n + l.qty, 0) ?? 0);
  return (
    <Link href="/cart" className="cart-link" data-testid="cart-link">
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path d="M3 4h2l2.2 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 8H6.2" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
        <circle cx="9" cy="19" r="1.5" fill="currentColor" />
        <circle cx="17" cy="19" r="1.5" fill="currentColor" />
      </svg>
      <span className="cart-link__label">{t('header.cart')}</span>
      {/* Read as "Cart 2 items": the visible words first, so a voice command naming them finds the link. */}
      <span className="badge" data-testid="cart-count">
        {count}
      </span>
      <span className="visually-hidden"> {tn('header.cartItems', count)}</span>
    </Link>
  );
}

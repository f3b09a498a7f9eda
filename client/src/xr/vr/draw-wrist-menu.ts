import type { Cart } from '../../../../shared/cart/cart';
import type { Locale } from '../../../../shared/i18n-text';
import { formatPrice } from '../../i18n/format';
import { linePriceOf } from '../../../../shared/pricing/line-price-of';
import type { StoreSettings } from '../../scene/navigation/store-nav-store';
import type { Region } from '../../scene/panel/panel-regions';
import { storeText } from '../../scene/store-messages';

export const WRIST_W = 512;
export const WRIST_H = 720;
export type WristAction = 'smooth' | 'snap' | 'vignette' | 'seated';
const SETTINGS: WristAction[] = ['smooth', 'snap', 'vignette', 'seated'];
const FONT = 'system-ui, sans-serif';

/** The settings toggles at the bottom of the wrist menu. */
export function wristMenuRegions(): Region<WristAction>[] {
  return SETTINGS.map((action, i) => ({ action, x: 24, y: WRIST_H - 24 - (SETTINGS.length - i) * 76, w: WRIST_W - 48, h: 68 }));
}

/**
 * The wrist menu: the live cart (lines, total, stream state) above comfort settings. Redrawn
 * when the cart, the settings or the language change.
 *
 * @example drawWristMenu(ctx, cart, 'open', names, settings, 'fr')
 */
export function drawWristMenu(
  ctx: CanvasRenderingContext2D,
  cart: Cart | null,
  live: string,
  nameOf: (productId: string) => string,
  settings: StoreSettings,
  locale: Locale,
): void {
  ctx.clearRect(0, 0, WRIST_W, WRIST_H);
  ctx.fillStyle = 'rgba(31,42,46,0.92)';
  ctx.beginPath();
  ctx.roundRect(0, 0, WRIST_W, WRIST_H, 32);
  ctx.fill();
  const count = cart?.lines.reduce((n, l) => n + l.qty, 0) ?? 0;
  write(ctx, `${storeText(locale, 'cart')} · ${count}`, 28, 52, 38, '#ffffff', 700);
  ctx.fillStyle = live === 'open' ? '#6fcf8f' : '#e0a84a';
  ctx.beginPath();
  ctx.arc(WRIST_W - 44, 48, 10, 0, Math.PI * 2);
  ctx.fill();
  let y = 110;
  const lines = cart?.lines ?? [];
  if (lines.length === 0) write(ctx, storeText(locale, 'cartEmpty'), 28, y, 26, '#c9cfd1', 400);
  for (const l of lines.slice(0, 5)) {
    write(ctx, `${l.qty} × ${truncate(ctx, nameOf(l.productId), 250)}`, 28, y, 26, '#ffffff', 500);
    // The line's price from the shared pricing, promotions included, as on every other surface.
    write(ctx, formatPrice(linePriceOf(l).total, locale), WRIST_W - 28, y, 26, '#ffffff', 500, 'right');
    y += 42;
  }
  if (lines.length > 5) write(ctx, `+ ${lines.length - 5}`, 28, y, 24, '#c9cfd1', 400);
  if (cart) write(ctx, `${storeText(locale, 'total')}  ${formatPrice(cart.totals.total, locale)}`, WRIST_W - 28, 380, 32, '#f0a33c', 700, 'right');

  for (const r of wristMenuRegions()) {
    const on = r.action === 'smooth' ? settings.smoothLocomotion : r.action === 'vignette' ? settings.vignette : r.action === 'seated' ? settings.seated : true;
    ctx.fillStyle = 'rgba(255,255,255,0.08)';
    ctx.beginPath();
    ctx.roundRect(r.x, r.y, r.w, r.h, 16);
    ctx.fill();
    const label =
      r.action === 'smooth' ? storeText(locale, 'smooth') : r.action === 'snap' ? storeText(locale, 'snapTurn', { n: settings.snapTurnDeg }) : r.action === 'vignette' ? storeText(locale, 'vignette') : storeText(locale, 'seated');
    write(ctx, label, r.x + 20, r.y + r.h / 2, 26, '#ffffff', 500);
    if (r.action !== 'snap') write(ctx, storeText(locale, on ? 'on' : 'off'), r.x + r.w - 20, r.y + r.h / 2, 26, on ? '#6fcf8f' : '#c9cfd1', 700, 'right');
  }
}

function write(ctx: CanvasRenderingContext2D, s: string, x: number, y: number, size: number, color: string, weight: number, align: CanvasTextAlign = 'left') {
  ctx.font = `${weight} ${size}px ${FONT}`;
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.textBaseline = 'middle';
  ctx.fillText(s, x, y);
}

function truncate(ctx: CanvasRenderingContext2D, s: string, max: number): string {
  ctx.font = `500 26px ${FONT}`;
  if (ctx.measureText(s).width <= max) return s;
  let t = s;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t}…`;
}

import type { Locale } from '../../../../shared/i18n-text';
import { formatCm, formatPrice } from '../../i18n/format';
import { translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/fr';
import { storeText } from '../store-messages';
import type { Region } from './panel-regions';
import { PANEL_H, PANEL_W, type PanelAction } from './product-panel-layout';
import { panelPrice, type PanelState } from './product-panel-store';

const INK = '#1f2a2e';
const MUTED = '#6b7578';
const ACCENT = '#b4623f';
const OK = '#2f7a4b';
const BAD = '#b3261e';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export interface PanelPaint {
  state: PanelState;
  locale: Locale;
  regions: Region<PanelAction>[];
  hovered: PanelAction | null;
  holding: boolean;
  qrImage: HTMLImageElement | null;
}

/** The ids of the availability rows: delivery, then each store. */
export function panelRowIds(state: PanelState): string[] {
  return ['ship', ...state.locations.filter((l) => l.kind === 'store').map((l) => l.id)];
}

/**
 * Paints the product panel: name, price, size, variants, stock per store with the fulfilment
 * choice, add to cart, AR by QR code, pick up. Called when something shown changes, not per frame.
 *
 * @example drawProductPanel(ctx, { state, locale: 'fr', regions, hovered: null, holding: false, qrImage: null })
 */
export function drawProductPanel(ctx: CanvasRenderingContext2D, p: PanelPaint): void {
  const { state, locale } = p;
  const product = state.product;
  ctx.clearRect(0, 0, PANEL_W, PANEL_H);
  roundRect(ctx, 4, 4, PANEL_W - 8, PANEL_H - 8, 36, '#fffdf9', '#e4dfd8');
  if (!product) return;
  const isHover = (a: PanelAction) => !!p.hovered && p.hovered.type === a.type && ('id' in a ? 'id' in p.hovered && p.hovered.id === a.id : true);

  for (const r of p.regions) if (r.action.type === 'close') {
    roundRect(ctx, r.x, r.y, r.w, r.h, 36, isHover(r.action) ? '#efe9df' : '#f6f2ec');
    text(ctx, '×', r.x + r.w / 2, r.y + r.h / 2 + 2, 52, INK, 'center', 400);
  }

  if (state.view === 'qr') {
    text(ctx, storeText(locale, 'scanQr'), 48, 80, 40, INK, 'left', 700);
    text(ctx, product.name[locale], 48, 132, 30, MUTED, 'left', 400);
    if (p.qrImage) ctx.drawImage(p.qrImage, (PANEL_W - 560) / 2, 180, 560, 560);
    else text(ctx, state.error ?? storeText(locale, 'loading'), PANEL_W / 2, 460, 32, state.error ? BAD : MUTED, 'center', 400);
    const back = p.regions.find((r) => r.action.type === 'back')!;
    button(ctx, back, storeText(locale, 'back'), false, isHover(back.action));
    return;
  }

  text(ctx, translate(locale, `category.${product.category}` as MessageKey).toUpperCase(), 48, 70, 26, MUTED, 'left', 600);
  fitText(ctx, product.name[locale], 48, 130, 54, PANEL_W - 180, INK, 700);
  // The shared pricing's unit price, the former one struck through beside it when a promotion applies.
  const price = panelPrice(state);
  if (price) {
    const now = formatPrice(price.price, locale);
    text(ctx, now, 48, 200, 46, ACCENT, 'left', 700);
    if (price.was) {
      const x = 48 + ctx.measureText(now).width + 24;
      text(ctx, formatPrice(price.was, locale), x, 204, 32, MUTED, 'left', 400);
      const w = ctx.measureText(formatPrice(price.was, locale)).width;
      ctx.fillStyle = MUTED;
      ctx.fillRect(x, 203, w, 3);
      text(ctx, `−${price.percent} %`, x + w + 20, 204, 30, ACCENT, 'left', 700);
    }
  }
  const { w, h, d } = product.dimensionsM;
  text(ctx, storeText(locale, 'dimensions', { w: formatCm(w, locale), h: formatCm(h, locale), d: formatCm(d, locale) }), 48, 252, 28, MUTED, 'left', 400);

  product.variants.forEach((v, i) => {
    const r = p.regions.find((x) => x.action.type === 'variant' && x.action.id === String(i));
    if (!r) return;
    const selected = v.id === state.variantId;
    ctx.beginPath();
    ctx.arc(r.x + r.w / 2, r.y + r.h / 2, r.w / 2 - (selected ? 0 : 6), 0, Math.PI * 2);
    ctx.fillStyle = selected ? INK : isHover(r.action) ? '#cfc8bd' : '#e4dfd8';
    ctx.fill();
    ctx.beginPath();
    ctx.arc(r.x + r.w / 2, r.y + r.h / 2, r.w / 2 - 10, 0, Math.PI * 2);
    ctx.fillStyle = v.swatch;
    ctx.fill();
    if (selected) text(ctx, v.name[locale], p.regions.filter((x) => x.action.type === 'variant').reduce((m, x) => Math.max(m, x.x + x.w), 0) + 20, r.y + r.h / 2, 30, INK, 'left', 500);
  });

  const rows = p.regions.filter((r) => r.action.type === 'fulfil');
  const [firstRow] = rows;
  if (firstRow) text(ctx, storeText(locale, 'availability'), 48, firstRow.y - 24, 26, MUTED, 'left', 600);
  for (const r of rows) {
    const id = (r.action as { id: string }).id;
    const loc = state.locations.find((l) => l.id === id);
    const stock = id === 'ship' ? warehouseStock(state) : state.availability?.find((a) => a.locationId === id)?.available;
    const selected = state.fulfilment === id;
    if (selected || isHover(r.action)) roundRect(ctx, r.x, r.y, r.w, r.h, 12, selected ? '#f5e6de' : '#f6f2ec');
    ctx.beginPath();
    ctx.arc(r.x + 28, r.y + r.h / 2, 13, 0, Math.PI * 2);
    ctx.lineWidth = 3;
    ctx.strokeStyle = selected ? ACCENT : MUTED;
    ctx.stroke();
    if (selected) {
      ctx.beginPath();
      ctx.arc(r.x + 28, r.y + r.h / 2, 7, 0, Math.PI * 2);
      ctx.fillStyle = ACCENT;
      ctx.fill();
    }
    const label = id === 'ship' ? storeText(locale, 'delivery') : (loc?.name.replace(/^Vitrine /, '') ?? id);
    fitText(ctx, label, r.x + 56, r.y + r.h / 2, 30, r.w - 300, INK, 500, 'middle');
    const stockText = stock === undefined ? '…' : stock > 0 ? storeText(locale, 'inStock', { n: stock }) : storeText(locale, 'soldOut');
    text(ctx, stockText, r.x + r.w - 16, r.y + r.h / 2, 28, stock === undefined ? MUTED : stock > 0 ? OK : BAD, 'right', 600);
  }

  const add = p.regions.find((r) => r.action.type === 'add')!;
  const label =
    state.status === 'adding' ? storeText(locale, 'adding') : state.status === 'added' ? storeText(locale, 'added') : state.status === 'error' ? storeText(locale, 'addFailed') : storeText(locale, 'addToCart');
  button(ctx, add, label, true, isHover(add.action), state.status === 'added' ? OK : state.status === 'error' ? BAD : ACCENT);
  const ar = p.regions.find((r) => r.action.type === 'ar')!;
  button(ctx, ar, storeText(locale, 'viewInAr'), false, isHover(ar.action));
  const hold = p.regions.find((r) => r.action.type === 'hold')!;
  button(ctx, hold, storeText(locale, p.holding ? 'putBack' : 'pickUp'), false, isHover(hold.action));
}

function warehouseStock(state: PanelState): number | undefined {
  if (!state.availability) return undefined;
  const warehouses = new Set(state.locations.filter((l) => l.kind === 'warehouse').map((l) => l.id));
  return state.availability.filter((a) => warehouses.has(a.locationId)).reduce((n, a) => n + a.available, 0);
}

function button(ctx: CanvasRenderingContext2D, r: Region<PanelAction>, label: string, primary: boolean, hover: boolean, fill = ACCENT) {
  roundRect(ctx, r.x, r.y, r.w, r.h, 18, primary ? (hover ? '#9a5233' : fill) : hover ? '#efe9df' : '#f6f2ec', primary ? undefined : '#d9d2c7');
  fitText(ctx, label, r.x + r.w / 2, r.y + r.h / 2 + 2, primary ? 40 : 32, r.w - 32, primary ? '#ffffff' : INK, 600, 'middle', 'center');
}

function text(ctx: CanvasRenderingContext2D, s: string, x: number, y: number, size: number, color: string, align: CanvasTextAlign, weight: number) {
  ctx.font = `${weight} ${size}px ${FONT}`;
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.textBaseline = 'middle';
  ctx.fillText(s, x, y);
}

function fitText(ctx: CanvasRenderingContext2D, s: string, x: number, y: number, size: number, maxW: number, color: string, weight: number, baseline: CanvasTextBaseline = 'middle', align: CanvasTextAlign = 'left') {
  let px = size;
  ctx.font = `${weight} ${px}px ${FONT}`;
  while (ctx.measureText(s).width > maxW && px > 14) {
    px -= 2;
    ctx.font = `${weight} ${px}px ${FONT}`;
  }
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.textBaseline = baseline;
  ctx.fillText(s, x, y);
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number, fill: string, stroke?: string) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fillStyle = fill;
  ctx.fill();
  if (stroke) {
    ctx.lineWidth = 2;
    ctx.strokeStyle = stroke;
    ctx.stroke();
  }
}

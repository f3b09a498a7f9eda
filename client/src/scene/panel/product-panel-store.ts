import { createStore } from 'zustand/vanilla';
import type { Channel } from '../../../../shared/channel';
import type { Location } from '../../../../shared/catalogue/location';
import type { Product } from '../../../../shared/catalogue/product';
import type { Fulfilment } from '../../../../shared/cart/fulfilment';
import type { Promotion } from '../../../../shared/pricing/promotion';
import { unitPriceAfterPromotions, type UnitPrice } from '../../../../shared/pricing/unit-price';
import { authApi } from '../../api/auth-api';
import { catalogueApi } from '../../api/catalogue-api';
import { cartStore } from '../../stores/cart-store';
import { catalogueStore } from '../../stores/catalogue-store';

export interface PanelState {
  product: Product | null;
  variantId: string | null;
  /** 'ship' or a store's location id (click and collect). */
  fulfilment: string;
  availability: Array<{ locationId: string; available: number }> | null;
  locations: Location[];
  status: 'idle' | 'adding' | 'added' | 'error';
  error: string | null;
  view: 'info' | 'qr';
  qr: string | null;
  /** Promotions as last read, so the panel shows the price every other surface shows. */
  promotions: readonly Promotion[];
  open(product: Product, variantId: string | null): void;
  close(): void;
  setVariant(id: string): void;
  setFulfilment(id: string): void;
  /** Adds the product to the live cart with the channel it was added from. */
  add(channel: Channel): Promise<void>;
  showQr(): Promise<void>;
  back(): void;
}

/**
 * The price the panel shows for one unit of its product (the chosen variant's when it has its own):
 * the shared pricing's, promotions included, as on the storefront and the cart line.
 *
 * @example panelPrice(productPanelStore.getState())?.price
 */
export function panelPrice(s: Pick<PanelState, 'product' | 'variantId' | 'promotions'>, nowIso = new Date().toISOString()): UnitPrice | null {
  if (!s.product) return null;
  const base = s.product.variants.find((v) => v.id === s.variantId)?.price ?? s.product.price;
  return unitPriceAfterPromotions(base, s.product.category, s.promotions, nowIso);
}

let locationsPromise: Promise<Location[]> | null = null;
let openSeq = 0;

/**
 * What the in-scene product panel shows and does: stock per location, the chosen variant and
 * fulfilment, adding to the shell's cart store, and the QR code that opens the product in AR on
 * a phone. One command per action, reused by the desktop panel, the headset and the keyboard.
 *
 * @example productPanelStore.getState().add('vr')
 */
export const productPanelStore = createStore<PanelState>((set, get) => ({
  product: null,
  variantId: null,
  fulfilment: 'ship',
  availability: null,
  locations: [],
  status: 'idle',
  error: null,
  view: 'info',
  qr: null,
  promotions: catalogueStore.getState().promotions ?? [],
  open(product, variantId) {
    if (get().product?.id === product.id && get().variantId === variantId) return;
    const seq = ++openSeq;
    set({ product, variantId, fulfilment: 'ship', availability: null, status: 'idle', error: null, view: 'info', qr: null });
    locationsPromise ??= catalogueApi.locations().then((r) => r.items).catch(() => {
      // Asked again on the next open.
      locationsPromise = null;
      return [];
    });
    void locationsPromise.then((locations) => seq === openSeq && set({ locations }));
    void catalogueStore
      .getState()
      .loadPromotions()
      .then((promotions) => set({ promotions }))
      .catch(() => undefined);
    void catalogueApi
      .availability(product.id)
      .then((a) => seq === openSeq && set({ availability: a.items }))
      .catch(() => seq === openSeq && set({ availability: [] }));
  },
  close() {
    openSeq++;
    set({ product: null, view: 'info', qr: null, status: 'idle' });
  },
  setVariant(id) {
    set({ variantId: id, status: 'idle' });
  },
  setFulfilment(id) {
    set({ fulfilment: id, status: 'idle' });
  },
  async add(channel) {
    const { product, variantId, fulfilment } = get();
    if (!product || get().status === 'adding') return;
    set({ status: 'adding', error: null });
    const f: Fulfilment = fulfilment === 'ship' ? { type: 'ship' } : { type: 'pickup', locationId: fulfilment };
    try {
      await cartStore.getState().addLine(product.id, { variantId: variantId ?? undefined, fulfilment: f, channel });
      if (get().product?.id === product.id) set({ status: 'added' });
    } catch (e) {
      set({ status: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  },
  async showQr() {
    const { product } = get();
    if (!product) return;
    set({ view: 'qr', qr: null });
    try {
      const link = await authApi.deviceLink(`/p/${product.id}?ar=1`);
      if (get().product?.id === product.id) set({ qr: link.qr });
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) });
    }
  },
  back() {
    set({ view: 'info' });
  },
}));

// The merchant changed the open product: show its new price and names; taken off sale, close.
catalogueStore.subscribe((s, before) => {
  const open = productPanelStore.getState().product;
  if (!open || s.revision === before.revision) return;
  const fresh = s.products[open.id];
  if (!fresh && before.products[open.id]) productPanelStore.getState().close();
  else if (fresh && fresh !== open) productPanelStore.setState({ product: fresh });
});

// A promotion started or ended while a panel is open changes its price at once, as on every other surface.
catalogueStore.subscribe((s, prev) => {
  if (s.promotions && s.promotions !== prev.promotions) productPanelStore.setState({ promotions: s.promotions });
});

import type { Cart } from '../../../shared/cart/cart';
import type { CartCommand } from '../../../shared/cart/cart-command';
import type { Promotion } from '../../../shared/pricing/promotion';
import { cartApi } from '../api/cart-api';
import { catalogueApi } from '../api/catalogue-api';
import { ApiError, isApiError } from '../api/api-error';
import { cartStore, type SendOptions } from '../stores/cart-store';
import { sessionStore } from '../stores/session-store';
import { catalogueStore } from '../stores/catalogue-store';
import { channelStore } from '../stores/channel-store';
import { appChannelStore } from './app-channel-store';
import { applyOffline, learnLineIds, translateCommands, type QueuedBatch } from './cart-queue';
import { read, write } from './device-storage';

const LAST_CART = 'vitrine.lastCart';
const QUEUE = 'vitrine.cartQueue';
const LINE_IDS = 'vitrine.cartQueue.lineIds';
const PROMOTIONS = 'vitrine.promotions';

let queue: QueuedBatch[] = [];
let lineIds: Record<string, string> = {};
let flushing: Promise<void> | null = null;
let retry: ReturnType<typeof setTimeout> | undefined;
let backoff = 1000;

/** Online but the server could not be reached (lost answer, server restarting): try again a bit later. */
function flushSoon(): void {
  clearTimeout(retry);
  retry = setTimeout(() => void flushCartQueue(), backoff);
  backoff = Math.min(backoff * 2, 30_000);
}

const userId = () => sessionStore.getState().user?.id ?? null;
const saveQueue = () => {
  write(QUEUE, queue.length ? queue : null);
  write(LINE_IDS, queue.length ? lineIds : null);
  appChannelStore.setState({ queued: queue.length });
};

function context(): Parameters<typeof applyOffline>[2] {
  const c = catalogueStore.getState();
  return {
    product: (id) => c.products[id],
    location: (id) => c.locations?.find((l) => l.id === id),
    // Priced offline with the promotions last read (kept on the device): without them a change made
    // offline would show the cart at full price, unlike the server and every other surface.
    promotions: c.promotions ?? read<Promotion[]>(PROMOTIONS, []),
    now: new Date().toISOString(),
    channel: channelStore.getState().channel,
  };
}

/** Keeps a change for later and shows it on the cart at once. */
function enqueue(commands: CartCommand[], opts: SendOptions): Cart {
  const cart = cartStore.getState().cart;
  // Never seen a cart on this device: nothing to show the change on, so say it failed rather than queue blind.
  if (!cart) throw new ApiError(0, 'network', 'offline: the cart could not be reached');
  const shown = cart ? applyOffline(cart, commands, { ...context(), ...(opts.channel ? { channel: opts.channel } : {}) }, () => crypto.randomUUID().slice(0, 8)) : null;
  queue.push({
    key: opts.idempotencyKey ?? crypto.randomUUID(),
    userId: userId() ?? '',
    commands,
    ...(opts.channel ? { channel: opts.channel } : {}),
    localLines: shown?.localLines ?? [],
    at: Date.now(),
  });
  saveQueue();
  if (shown) cartStore.setState({ cart: shown.cart });
  return shown?.cart ?? cart;
}

/**
 * Sends the queued batches in order, each with its own Idempotency-Key: a batch whose answer was
 * lost is sent again as it was and the server answers it without applying it twice. Device-made
 * line ids are translated as the server's answers come in.
 */
export function flushCartQueue(): Promise<void> {
  if (flushing) return flushing;
  if (!queue.length || !navigator.onLine) return Promise.resolve();
  // Cleared after assignment (a `finally` inside would run before `flushing` is even set when nothing awaits).
  flushing = runFlush().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function runFlush(): Promise<void> {
  appChannelStore.setState({ syncing: true });
  try {
    let cart = await cartApi.active();
    // Always the head of the queue: each pass shifts it once done (or stops on a failure).
    for (let batch = queue[0]; batch; batch = queue[0]) {
      if (batch.userId !== userId()) {
        // Made by another identity on this device (signed out meanwhile): not this cart's.
        queue.shift();
        saveQueue();
        continue;
      }
      // Translated once and kept, so a resend after a lost answer is byte-for-byte the same request.
      batch.commands = translateCommands(batch.commands, lineIds, cart);
      saveQueue();
      if (!batch.commands.length) {
        queue.shift();
        saveQueue();
        continue;
      }
      try {
        cart = await cartApi.commands(cart.id, batch.commands, undefined, batch.channel, batch.key);
        Object.assign(lineIds, learnLineIds(batch, cart));
        queue.shift();
        saveQueue();
      } catch (e) {
        if (e instanceof ApiError && e.retryable) throw e; // still offline: keep the rest for the next time
        if (isApiError(e, 'cart_closed')) {
          cart = await cartApi.active();
          continue;
        }
        // Refused for good (sold out, invalid): dropped, and the customer is told.
        queue.shift();
        saveQueue();
        appChannelStore.setState({ dropped: appChannelStore.getState().dropped + 1 });
      }
    }
    if (!queue.length) lineIds = {};
    backoff = 1000;
    saveQueue();
    // The server's cart now, shown as it is: a replayed batch answers with the cart as it was then, and the
    // guess made offline carries the old version number, so "newer wins" alone could keep the guess on screen.
    const now = await cartApi.active();
    const shown = cartStore.getState().cart;
    if (!shown || shown.id !== now.id || now.version >= shown.version) cartStore.setState({ cart: now });
    if (appChannelStore.getState().fromStorage || cartStore.getState().live !== 'open') {
      appChannelStore.setState({ fromStorage: false });
      await cartStore.getState().refresh();
    }
  } catch {
    // Network gone again: the queue waits for the next "online", or retries soon if the device thinks it is online.
    if (navigator.onLine) flushSoon();
  } finally {
    appChannelStore.setState({ syncing: false });
  }
}

/**
 * Makes the cart work offline: the last cart is kept on the device and shown when the app starts
 * without network; changes made offline (or whose request failed on the network) are queued, shown
 * at once, and sent in order when the network returns, each exactly once.
 */
export function installOfflineCart(): void {
  queue = read<QueuedBatch[]>(QUEUE, []);
  lineIds = read<Record<string, string>>(LINE_IDS, {});
  appChannelStore.setState({ queued: queue.length });

  // The promotions, kept on the device as soon as they are read, and read at start (the service worker
  // answers from its cache when offline), so the cart keeps them offline.
  if (!catalogueStore.getState().promotions) {
    const kept = read<Promotion[] | null>(PROMOTIONS, null);
    if (kept) catalogueStore.setState({ promotions: kept });
  }
  catalogueStore.subscribe((s, prev) => {
    if (s.promotions && s.promotions !== prev.promotions) write(PROMOTIONS, s.promotions);
  });
  // Read afresh, even over the ones kept: the merchant may have changed them since.
  void catalogueApi.promotions().then(({ items }) => catalogueStore.setState({ promotions: items }), () => undefined);

  const send = cartStore.getState().send;
  cartStore.setState({
    async send(commands, opts = {}) {
      // Behind queued changes, or offline: join the queue, so order is kept.
      if (queue.length || !navigator.onLine) {
        const shown = enqueue(commands, opts);
        void flushCartQueue();
        return shown;
      }
      const key = opts.idempotencyKey ?? crypto.randomUUID();
      try {
        return await send(commands, { ...opts, idempotencyKey: key });
      } catch (e) {
        // Lost on the way (or its answer was): queued with the same key, so it cannot apply twice.
        if (isApiError(e, 'network')) {
          const shown = enqueue(commands, { ...opts, idempotencyKey: key });
          flushSoon();
          return shown;
        }
        throw e;
      }
    },
  });

  cartStore.subscribe((s, prev) => {
    if (s.cart && s.cart !== prev.cart && s.cart.status === 'active' && !queue.length) {
      write(LAST_CART, { userId: userId(), cart: s.cart });
    }
    // Started without network: show the last cart this device saw for this customer.
    if (s.status === 'error' && !s.cart && isApiError(s.error, 'network')) {
      const last = read<{ userId: string | null; cart: Cart } | null>(LAST_CART, null);
      if (last && last.userId === userId()) {
        appChannelStore.setState({ fromStorage: true });
        cartStore.setState({ cart: last.cart, status: 'ready' });
      }
    }
  });

  const online = () => {
    appChannelStore.setState({ online: true });
    void flushCartQueue();
    if (appChannelStore.getState().fromStorage && !queue.length) {
      appChannelStore.setState({ fromStorage: false });
      void cartStore.getState().refresh().catch(() => undefined);
    }
  };
  window.addEventListener('online', online);
  window.addEventListener('offline', () => appChannelStore.setState({ online: false }));
  if (queue.length && navigator.onLine) setTimeout(() => void flushCartQueue(), 500);
}

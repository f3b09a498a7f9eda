import '../../i18n/timeline-text';
import type { TimelineEvent } from '../../../../shared/timeline/timeline-event';
import type { Money } from '../../../../shared/money';
import type { MessageKey } from '../../i18n/fr';
import type { PluralKey, Vars } from '../../i18n/translate';
import type { IconName } from './Icon';

export interface DescribeContext {
  t(key: MessageKey, vars?: Vars): string;
  tn(key: PluralKey, n: number, vars?: Vars): string;
  product(id: string): string;
  store(id: string): string;
  money(m: Money): string;
}

export interface DescribedEvent {
  icon: IconName;
  tone: 'neutral' | 'good' | 'warn' | 'bad';
  title: string;
  details: string[];
}

type By = { role?: string; name?: string; storeId?: string } | undefined;

const STATUS_KEYS = {
  placed: 'status.placed',
  ready_for_pickup: 'status.ready_for_pickup',
  picked_up: 'status.picked_up',
  shipped: 'status.shipped',
  cancelled: 'status.cancelled',
} as const satisfies Record<string, MessageKey>;

/** Why a pickup (or one store's part of it) was cancelled: its hold ran out, or what the desk said. */
function reasonOf(reason: unknown, c: DescribeContext): string[] {
  if (reason === 'not_collected') return [c.t('timeline.notCollected')];
  if (reason === 'no_show' || reason === 'changed_mind' || reason === 'other') return [c.t(`timeline.reason.${reason}`)];
  return [];
}

function who(by: By, c: DescribeContext): string {
  if (by?.name) return by.name;
  return by?.role === 'advisor' ? c.t('timeline.anAdvisor') : c.t('timeline.staff');
}

const KIND_KEYS = {
  consultation: 'timeline.kind.consultation',
  event: 'timeline.kind.event',
  friends: 'timeline.kind.friends',
  help: 'timeline.kind.help',
} as const satisfies Record<string, MessageKey>;

/** What an ended session showed and added (both `help.ended` and `session.summary` carry it). */
function summaryDetails(data: Record<string, unknown>, c: DescribeContext): string[] {
  const shown = Array.isArray(data.shown) ? [...new Set(data.shown.map(String))] : [];
  const added = Array.isArray(data.added) ? (data.added as { productId?: unknown; qty?: unknown }[]) : [];
  const out: string[] = [];
  if (shown.length) out.push(c.t('timeline.shown', { items: shown.map((id) => c.product(id)).join(', ') }));
  if (added.length) out.push(c.t('timeline.added', { items: added.map((a) => `${c.product(String(a.productId))} × ${Number(a.qty) || 1}`).join(', ') }));
  return out;
}

function cartDetails(data: Record<string, unknown>, c: DescribeContext): string[] {
  const commands = Array.isArray(data.commands) ? (data.commands as Record<string, unknown>[]) : [];
  const adds = commands.filter((x) => x.type === 'addLine').map((x) => `${c.product(String(x.productId))} × ${Number(x.qty) || 1}`);
  const out: string[] = [];
  if (adds.length) out.push(c.t('timeline.added', { items: adds.join(', ') }));
  if (commands.some((x) => x.type === 'setQty')) out.push(c.t('timeline.qty'));
  if (commands.some((x) => x.type === 'removeLine')) out.push(c.t('timeline.removed'));
  if (commands.some((x) => x.type === 'setFulfilment')) out.push(c.t('timeline.moved'));
  const by = data.by as By;
  if (by?.role && by.role !== 'customer') out.push(c.t('timeline.by', { who: who(by, c) }));
  return out;
}

/**
 * Turns one timeline event into what a person reads: an icon, a tone, a sentence and details, in
 * the current language. Unknown event types (added by later features) still read sensibly.
 *
 * @example describeEvent({ type: 'order.status_changed', data: { to: 'ready_for_pickup' }, ... }, ctx).title // "Order: Ready for pickup"
 */
export function describeEvent(e: TimelineEvent | (Omit<TimelineEvent, 'type'> & { type: string }), c: DescribeContext): DescribedEvent {
  const d = e.data;
  const by = d.by as By;
  const storeOf = (id: unknown) => (typeof id === 'string' ? [c.store(id)] : []);
  switch (e.type) {
    case 'session.started':
      return { icon: 'user', tone: 'neutral', title: c.t('timeline.session.started'), details: d.walkIn ? [c.t('timeline.atTill'), ...storeOf(d.storeId)] : [] };
    case 'session.signed_in':
      return { icon: 'user', tone: 'neutral', title: c.t('timeline.session.signed_in'), details: [] };
    case 'cart.created':
      return { icon: 'cart', tone: 'neutral', title: c.t('timeline.cart.created'), details: [] };
    case 'cart.changed':
      return { icon: 'cart', tone: 'neutral', title: c.t('timeline.cart.changed'), details: cartDetails(d, c) };
    case 'cart.merged':
      return { icon: 'merge', tone: 'neutral', title: c.t('timeline.cart.merged'), details: [] };
    case 'cart.handoff_created':
      return { icon: 'code', tone: 'neutral', title: c.t('timeline.cart.handoff_created'), details: [] };
    case 'cart.handoff_redeemed':
      return { icon: by?.role === 'advisor' ? 'help' : 'store', tone: 'neutral', title: c.t('timeline.cart.handoff_redeemed', { who: who(by, c) }), details: storeOf(by?.storeId) };
    case 'checkout.refused':
      return { icon: 'warn', tone: 'warn', title: c.t('timeline.checkout.refused'), details: [] };
    case 'order.placed': {
      const total = d.total as Money | undefined;
      const number = typeof d.number === 'string' ? d.number : undefined;
      const title = number ? c.t('timeline.order.placedNumber', { number, total: total ? c.money(total) : '' }) : c.t('timeline.order.placed', { total: total ? c.money(total) : '' });
      return { icon: 'order', tone: 'good', title, details: [] };
    }
    case 'order.status_changed': {
      const to = String(d.to) as keyof typeof STATUS_KEYS;
      const status = STATUS_KEYS[to] ? c.t(STATUS_KEYS[to]) : String(d.to);
      const details = [...(d.atTill ? [c.t('timeline.atTill')] : []), ...reasonOf(d.reason, c), ...storeOf(by?.storeId)];
      const icon: IconName = to === 'ready_for_pickup' ? 'ready' : to === 'cancelled' ? 'cancel' : to === 'placed' ? 'order' : 'done';
      return { icon, tone: to === 'cancelled' ? 'bad' : 'good', title: c.t('timeline.order.status_changed', { status }), details };
    }
    case 'order.pickup_changed': {
      // One store's part of an order collected at several stores.
      const to = String(d.to) as keyof typeof STATUS_KEYS;
      const status = STATUS_KEYS[to] ? c.t(STATUS_KEYS[to]) : String(d.to);
      const details = reasonOf(d.reason, c);
      const icon: IconName = to === 'ready_for_pickup' ? 'ready' : to === 'cancelled' ? 'cancel' : 'done';
      return { icon, tone: to === 'cancelled' ? 'bad' : 'good', title: c.t('timeline.order.pickup_changed', { store: c.store(String(d.storeId)), status }), details };
    }
    case 'order.handed_over': {
      const products = Array.isArray(d.products) ? (d.products as { productId: string; qty: number }[]) : [];
      const n = products.reduce((s, p) => s + (Number(p.qty) || 0), 0);
      return {
        icon: 'done', tone: 'good', title: c.tn('timeline.order.handed_over', n),
        details: [products.map((p) => `${c.product(p.productId)} × ${p.qty}`).join(', '), ...storeOf(d.storeId)].filter(Boolean),
      };
    }
    case 'payment.declined':
      return { icon: 'card', tone: 'bad', title: c.t('timeline.payment.declined'), details: storeOf(d.storeId) };
    case 'payment.taken': {
      const amount = d.amount as Money | undefined;
      return { icon: 'card', tone: 'good', title: c.t('timeline.payment.taken', { total: amount ? c.money(amount) : '' }), details: storeOf(d.storeId) };
    }
    case 'payment.refunded': {
      const amount = d.amount as Money | undefined;
      // A cancelled pickup part's share says which store's part it was.
      const details = [...storeOf(d.storeId), ...(typeof d.partStoreId === 'string' && d.partStoreId !== d.storeId ? [c.t('timeline.partAt', { store: c.store(d.partStoreId) })] : [])];
      return { icon: 'card', tone: 'neutral', title: c.t(d.card ? 'timeline.payment.refundedCard' : 'timeline.payment.refunded', { total: amount ? c.money(amount) : '' }), details };
    }
    case 'product.viewed':
      return { icon: 'eye', tone: 'neutral', title: c.t('timeline.product.viewed', { product: c.product(String(d.productId)) }), details: [] };
    case 'product.viewed_in_ar':
      return { icon: 'ar', tone: 'neutral', title: c.t('timeline.product.viewed_in_ar', { product: c.product(String(d.productId)) }), details: [] };
    case 'help.requested':
      return { icon: 'help', tone: 'neutral', title: c.t('timeline.help.requested'), details: typeof d.productId === 'string' ? [c.product(d.productId)] : [] };
    case 'help.accepted': {
      const advisor = d.advisor as { name?: string } | undefined;
      return { icon: 'help', tone: 'good', title: c.t('timeline.help.accepted', { who: advisor?.name ?? c.t('timeline.anAdvisor') }), details: [] };
    }
    case 'help.returned': {
      const advisor = d.advisor as { name?: string } | undefined;
      const name = advisor?.name ?? c.t('timeline.anAdvisor');
      return { icon: 'requeue', tone: 'warn', title: c.t(d.reason === 'left' ? 'timeline.help.returnedLeft' : 'timeline.help.returned', { who: name }), details: [] };
    }
    case 'help.ended':
      return { icon: 'help', tone: 'neutral', title: c.t('timeline.help.ended'), details: summaryDetails(d, c) };
    case 'session.summary': {
      const kind = KIND_KEYS[String(d.kind) as keyof typeof KIND_KEYS];
      return { icon: 'summary', tone: 'neutral', title: c.t('timeline.session.summary', { kind: kind ? c.t(kind) : String(d.title ?? '') }), details: summaryDetails(d, c) };
    }
    case 'booking.created':
      return { icon: 'calendar', tone: 'neutral', title: c.t('timeline.booking.created'), details: [] };
    case 'booking.cancelled': {
      const advisor = d.advisor as { name?: string } | undefined;
      // Only a cancellation by staff says who: the customer knows when it was them (and the advisor reads "Appointment cancelled").
      const details = d.by === 'customer' ? [] : [c.t('timeline.by', { who: advisor?.name ?? c.t('timeline.anAdvisor') })];
      return { icon: 'calendarOff', tone: 'warn', title: c.t('timeline.booking.cancelled'), details };
    }
    case 'room.joined':
      return { icon: 'room', tone: 'neutral', title: c.t('timeline.room.joined'), details: [] };
    default:
      return { icon: 'dot', tone: 'neutral', title: c.t('timeline.other', { type: e.type }), details: [] };
  }
}

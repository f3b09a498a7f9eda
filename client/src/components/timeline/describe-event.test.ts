import { beforeAll, describe, expect, it } from 'vitest';
import { describeEvent, type DescribeContext } from './describe-event';
import { loadLocale, translate, translatePlural } from '../../i18n/translate';
import { formatPrice } from '../../i18n/format';
import type { Locale } from '../../../../shared/i18n-text';

const ctx = (locale: Locale): DescribeContext => ({
  t: (k, v) => translate(locale, k, v),
  tn: (k, n, v) => translatePlural(locale, k, n, v),
  product: (id) => ({ 'lamp-bulle': 'Lampe Bulle' })[id] ?? id,
  store: (id) => ({ 'store-lyon': 'Lyon Part-Dieu' })[id] ?? id,
  money: (m) => formatPrice(m, locale),
});
const ev = (type: string, data: Record<string, unknown> = {}, channel = 'web') => ({ at: '2026-05-10T10:00:00.000Z', channel, type, data }) as never;

describe('timeline events as people read them', () => {
  beforeAll(() => loadLocale('en'));

  it('says in both languages that an order is ready for pickup', () => {
    const e = ev('order.status_changed', { orderId: 'o1', from: 'placed', to: 'ready_for_pickup', by: { role: 'clerk', storeId: 'store-lyon' } }, 'store');
    expect(describeEvent(e, ctx('en'))).toMatchObject({ icon: 'ready', tone: 'good', title: 'Order: Ready for pickup', details: ['Lyon Part-Dieu'] });
    expect(describeEvent(e, ctx('fr')).title).toBe('Commande : Prête à retirer');
  });

  it('lists what a cart change added, and who made it when it was staff', () => {
    const e = ev('cart.changed', { commands: [{ type: 'addLine', productId: 'lamp-bulle', qty: 2 }, { type: 'removeLine', lineId: 'x' }], by: { role: 'advisor' } }, 'advisor');
    expect(describeEvent(e, ctx('en')).details).toEqual(['added: Lampe Bulle × 2', 'item removed', 'by an advisor']);
  });

  it('reads till events: hand-over with its products, and a declined card', () => {
    expect(describeEvent(ev('order.handed_over', { products: [{ productId: 'lamp-bulle', qty: 1 }], storeId: 'store-lyon' }), ctx('en')))
      .toMatchObject({ title: 'Handed over at the till: 1 item', details: ['Lampe Bulle × 1', 'Lyon Part-Dieu'] });
    expect(describeEvent(ev('payment.declined', { storeId: 'store-lyon' }), ctx('fr'))).toMatchObject({ tone: 'bad', title: 'Carte refusée en caisse' });
  });

  it('reads a till payment given back with its amount and store', () => {
    const e = ev('payment.refunded', { amount: { amount: 5865, currency: 'EUR' }, storeId: 'store-lyon' });
    expect(describeEvent(e, ctx('fr')).title).toMatch(/^Paiement en caisse remboursé, 58,65\s€$/);
    expect(describeEvent(e, ctx('en'))).toMatchObject({ icon: 'card', details: ['Lyon Part-Dieu'] });
  });

  it('reads one part of an order paid at its pickup desk, with that part\'s amount and store', () => {
    const e = ev('payment.taken', { amount: { amount: 4900, currency: 'EUR' }, storeId: 'store-lyon' });
    expect(describeEvent(e, ctx('fr')).title).toMatch(/^Payé au retrait en magasin, 49,00\s€$/);
    expect(describeEvent(e, ctx('en'))).toMatchObject({ icon: 'card', tone: 'good', title: 'Paid at the pickup desk, €49.00', details: ['Lyon Part-Dieu'] });
  });

  it('reads the share of a cancelled pickup part given back from a card paid at checkout', () => {
    const e = ev('payment.refunded', { amount: { amount: 4900, currency: 'EUR' }, partStoreId: 'store-lyon', card: true });
    expect(describeEvent(e, ctx('en'))).toMatchObject({ title: 'Card payment refunded, €49.00', details: ['for the part to collect at Lyon Part-Dieu'] });
    expect(describeEvent(e, ctx('fr')).title).toMatch(/^Paiement par carte remboursé, 49,00\s€$/);
  });

  it('explains a pickup released because nobody came', () => {
    const d = describeEvent(ev('order.status_changed', { to: 'cancelled', reason: 'not_collected' }), ctx('en'));
    expect(d).toMatchObject({ icon: 'cancel', tone: 'bad', title: 'Order: Cancelled', details: ['not collected in time, back on the shelf'] });
  });

  it('says why a desk cancelled its store\'s part of an order', () => {
    const e = ev('order.pickup_changed', { storeId: 'store-lyon', to: 'cancelled', reason: 'no_show', by: { role: 'clerk', storeId: 'store-lyon' } }, 'store');
    expect(describeEvent(e, ctx('en'))).toMatchObject({ icon: 'cancel', tone: 'bad', details: ['the customer never came'] });
    expect(describeEvent(e, ctx('fr')).details).toEqual(['le client n\'est pas venu']);
  });

  it('shows money in the locale and names AR views', () => {
    expect(describeEvent(ev('order.placed', { total: { amount: 129900, currency: 'EUR' } }), ctx('fr')).title).toMatch(/^Commande passée, 1\s299,00\s€$/);
    expect(describeEvent(ev('product.viewed_in_ar', { productId: 'lamp-bulle' }, 'ar'), ctx('en')).title).toBe('Saw Lampe Bulle at home (AR)');
  });

  it('reads the help and session life cycle: handed back to the queue, summaries, cancelled appointments', () => {
    const advisor = { id: 'u-ines', name: 'Inès' };
    expect(describeEvent(ev('help.returned', { reason: 'released', advisor }, 'advisor'), ctx('en'))).toMatchObject({ icon: 'requeue', tone: 'warn', title: 'Handed back to the head of the queue by Inès' });
    expect(describeEvent(ev('help.returned', { reason: 'left', advisor }, 'advisor'), ctx('fr')).title).toBe('Inès a dû partir : remis en tête de file');
    const summary = { kind: 'consultation', title: 'Private consultation', shown: ['lamp-bulle', 'lamp-bulle'], added: [{ productId: 'lamp-bulle', qty: 2 }] };
    expect(describeEvent(ev('session.summary', summary, 'advisor'), ctx('en'))).toMatchObject({
      icon: 'summary', title: 'Session ended: appointment with an advisor', details: ['shown: Lampe Bulle', 'added: Lampe Bulle × 2'],
    });
    expect(describeEvent(ev('session.summary', { kind: 'friends', shown: [], added: [] }), ctx('fr'))).toMatchObject({ title: 'Fin de la session : visite entre amis', details: [] });
    expect(describeEvent(ev('help.ended', { kind: 'help', shown: ['lamp-bulle'], added: [] }), ctx('fr')).details).toEqual(['présenté : Lampe Bulle']);
    expect(describeEvent(ev('booking.cancelled', { by: 'customer', advisor }), ctx('en'))).toMatchObject({ icon: 'calendarOff', title: 'Appointment cancelled', details: [] });
    expect(describeEvent(ev('booking.cancelled', { by: 'advisor', advisor }), ctx('fr')).details).toEqual(['par Inès']);
  });

  it('still reads an event type it does not know', () => {
    expect(describeEvent(ev('loyalty.points_earned'), ctx('en'))).toMatchObject({ icon: 'dot', title: 'Other step (loyalty.points_earned)' });
  });
});

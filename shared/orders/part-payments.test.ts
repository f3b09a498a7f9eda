import { describe, expect, it } from 'vitest';
import { paidByParts, settlingPartPayment } from './part-payments';
import { money } from '../money';

const paid = { paymentId: 'pay_1', amount: money(4900) };

describe('an order paid at pickup, part by part', () => {
  it('is paid only once every part still to collect is paid', () => {
    expect(paidByParts([{ status: 'picked_up', paid }, { status: 'ready_for_pickup' }])).toBe(false);
    expect(paidByParts([{ status: 'picked_up', paid }, { status: 'picked_up', paid }])).toBe(true);
    expect(paidByParts([{ status: 'picked_up', paid }])).toBe(true);
  });

  it('owes nothing for a part released unpaid, but is not paid when nothing was', () => {
    expect(paidByParts([{ status: 'picked_up', paid }, { status: 'cancelled' }])).toBe(true);
    expect(paidByParts([{ status: 'cancelled' }, { status: 'cancelled' }])).toBe(false);
    expect(paidByParts([])).toBe(false);
  });
});

describe('the payment an order paid part by part reads as', () => {
  it('is the last part that took money, not a part settled with nothing to collect', () => {
    const free = { paymentId: 'pay_free', amount: money(0) };
    const card = { paymentId: 'pi_card', amount: money(4900) };
    expect(settlingPartPayment([{ paid: card }, { paid: free }])).toBe(card);
    expect(settlingPartPayment([{ paid: free }, { paid: card }])).toBe(card);
    expect(settlingPartPayment([{ paid: free }, {}])).toBe(free);
    expect(settlingPartPayment([{}])).toBeUndefined();
  });
});

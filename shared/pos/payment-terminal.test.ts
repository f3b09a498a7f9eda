import { describe, expect, it } from 'vitest';
import { authorise, luhnValid, TEST_CARDS, TERMINAL_LIMIT_MINOR } from './payment-terminal';
import { money } from '../money';

describe('the simulated payment terminal', () => {
  it('approves the approval test card with its last four digits', () => {
    expect(authorise('4242 4242 4242 4242', money(12900))).toEqual({ approved: true, last4: '4242' });
  });

  it('declines the decline and insufficient-funds test cards, each with its reason', () => {
    expect(authorise(TEST_CARDS.declined, money(12900))).toMatchObject({ approved: false, reason: 'card_declined', last4: '0002' });
    expect(authorise(TEST_CARDS.insufficientFunds, money(12900))).toMatchObject({ approved: false, reason: 'insufficient_funds' });
  });

  it('refuses malformed numbers, amounts over the limit and non-positive amounts', () => {
    expect(authorise('4242 4242 4242 4241', money(100))).toMatchObject({ approved: false, reason: 'invalid_card' });
    expect(authorise('12', money(100))).toMatchObject({ approved: false, reason: 'invalid_card' });
    expect(authorise(TEST_CARDS.approved, money(TERMINAL_LIMIT_MINOR + 1))).toMatchObject({ approved: false, reason: 'amount_over_limit' });
    expect(authorise(TEST_CARDS.approved, money(0))).toMatchObject({ approved: false, reason: 'invalid_amount' });
  });

  it('checks card numbers with the Luhn digit', () => {
    expect(luhnValid('79927398713')).toBe(false); // too short for a card
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
});

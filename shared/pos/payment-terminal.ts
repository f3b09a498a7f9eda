import type { Money } from '../money';

/**
 * The till's payment terminal, simulated: it decides like a card acquirer would, from the card and
 * the amount, and nothing else. Test cards make every outcome reproducible at a demo till.
 */
export const TEST_CARDS = {
  /** Always approved. */
  approved: '4242424242424242',
  /** Refused by the bank. */
  declined: '4000000000000002',
  /** Refused: not enough money on the account. */
  insufficientFunds: '4000000000009995',
} as const;

/** Above this the terminal refuses without asking the bank (contactless and chip limits aside). */
export const TERMINAL_LIMIT_MINOR = 2_000_000;

export type DeclineReason = 'card_declined' | 'insufficient_funds' | 'invalid_card' | 'amount_over_limit' | 'invalid_amount';

export type TerminalDecision =
  | { approved: true; last4: string }
  | { approved: false; last4: string; reason: DeclineReason };

/** Luhn checksum, the check digit every payment card number carries. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Approves or declines a charge.
 *
 * @example authorise('4242 4242 4242 4242', { amount: 12900, currency: 'EUR' }) // { approved: true, last4: '4242' }
 * @example authorise(TEST_CARDS.declined, money(12900)) // { approved: false, reason: 'card_declined', ... }
 */
export function authorise(card: string, amount: Money): TerminalDecision {
  const digits = card.replace(/[\s-]/g, '');
  const last4 = digits.slice(-4).padStart(4, '•');
  if (!Number.isInteger(amount.amount) || amount.amount <= 0) return { approved: false, last4, reason: 'invalid_amount' };
  if (!luhnValid(digits)) return { approved: false, last4, reason: 'invalid_card' };
  if (digits === TEST_CARDS.declined) return { approved: false, last4, reason: 'card_declined' };
  if (digits === TEST_CARDS.insufficientFunds) return { approved: false, last4, reason: 'insufficient_funds' };
  if (amount.amount > TERMINAL_LIMIT_MINOR) return { approved: false, last4, reason: 'amount_over_limit' };
  return { approved: true, last4 };
}

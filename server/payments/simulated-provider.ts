import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { authorise as decide, TERMINAL_LIMIT_MINOR } from '../../shared/pos/payment-terminal';
import { cardBrand } from '../../shared/payments/card-brand';
import type { Db } from '../db/database';
import { queryRows } from '../db/query-rows';
import { PaymentProviderError, type PaymentProvider, type ProviderCall, type ProviderPayment } from './payment-provider';

type Status = ProviderPayment['status'];
type DeclineReason = NonNullable<ProviderPayment['declineReason']>;
interface PaymentRow { id: string; status: string; amount: number; currency: string; brand: string; last4: string; decline_reason: string | null; refunded_amount: number | null }

function fromRow(r: PaymentRow): ProviderPayment {
  return {
    id: r.id, status: r.status as Status, amount: { amount: Number(r.amount), currency: r.currency }, brand: r.brand, last4: r.last4,
    ...(Number(r.refunded_amount ?? 0) > 0 ? { refunded: { amount: Number(r.refunded_amount), currency: r.currency } } : {}),
    ...(r.decline_reason ? { declineReason: r.decline_reason as DeclineReason } : {}),
  };
}

/**
 * A provider that stands where a real one would, for demos and tests: its own card page
 * (`/pay/sim/card`) and terminal (`/pay/sim/terminal`) turn a card into a one-time token, and it
 * decides like the README's test cards say (4242… approved, 4000 0000 0000 0002 declined,
 * 4000 0000 0000 9995 insufficient funds). Its tokens and payments live in the database
 * (`sandbox_card_tokens`, `sandbox_payments`), like a sandbox account every process shares: a card
 * typed on one process is paid on another, and a restart forgets nothing.
 *
 * @example const { token } = await sim.tokenise('4242 4242 4242 4242'); await sim.authorise({ token, amount, reference });
 */
export class SimulatedPaymentProvider implements PaymentProvider {
  readonly name = 'simulated';
  constructor(private readonly db: Db) {}

  /** The provider's side of its card page: Vitrine gets the token, the number is not kept. */
  async tokenise(card: string, call: ProviderCall = {}): Promise<{ token: string; brand: string; last4: string }> {
    const digits = card.replace(/[\s-]/g, '');
    const token = `tok_sim_${randomBytes(12).toString('hex')}`;
    const brand = cardBrand(digits);
    // The card's own verdict, judged on the smallest amount; the amount's checks run at authorisation.
    const verdict = decide(digits, { amount: 1, currency: 'EUR' });
    const refusal = verdict.approved ? null : verdict.reason;
    await queryRows(call.within ?? this.db, sql`insert into sandbox_card_tokens (token, brand, last4, refusal) values (${token}, ${brand}, ${verdict.last4}, ${refusal})`);
    return { token, brand, last4: verdict.last4 };
  }

  /** The README's approved test card, as if typed into the provider's page. */
  async sandboxToken(call: ProviderCall = {}): Promise<string> {
    return (await this.tokenise('4242424242424242', call)).token;
  }

  async authorise({ token, amount, reference }: { token: string; amount: ProviderPayment['amount']; reference: string }, call: ProviderCall = {}): Promise<ProviderPayment> {
    const on = call.within ?? this.db;
    const id = `pi_sim_${randomBytes(12).toString('hex')}`;
    // Spending the token is one conditional update: of two processes redeeming it at once, one gets
    // the row; the other waits on its lock, then finds it spent.
    const [card] = await queryRows<{ brand: string; last4: string; refusal: string | null }>(on, sql`
      update sandbox_card_tokens set used_at = now() where token = ${token} and used_at is null
      returning brand, last4, refusal`);
    const reason = !card ? 'unknown_token' : refusalFor(card.refusal, amount);
    const [row] = await queryRows<PaymentRow>(on, sql`
      insert into sandbox_payments (id, status, amount, currency, brand, last4, decline_reason, reference)
      values (${id}, ${reason ? 'declined' : 'authorised'}, ${amount.amount}, ${amount.currency}, ${card?.brand ?? 'unknown'}, ${card?.last4 ?? '••••'}, ${reason}, ${reference})
      returning id, status, amount, currency, brand, last4, decline_reason, refunded_amount`);
    return fromRow(row!);
  }

  async capture(paymentId: string, call: ProviderCall = {}): Promise<ProviderPayment> {
    return this.move(paymentId, { authorised: 'captured', captured: 'captured' }, call.within ?? this.db);
  }

  async refund(paymentId: string, call: ProviderCall = {}, amount?: ProviderPayment['amount']): Promise<ProviderPayment> {
    const on = call.within ?? this.db;
    if (amount) return this.refundPart(paymentId, amount, on);
    const done = await this.move(paymentId, { authorised: 'voided', captured: 'refunded', voided: 'voided', refunded: 'refunded' }, on);
    // A capture given back whole: all of what was left is refunded now.
    if (done.status !== 'refunded') return done;
    const [row] = await queryRows<PaymentRow>(on, sql`
      update sandbox_payments set refunded_amount = amount where id = ${paymentId}
      returning id, status, amount, currency, brand, last4, decline_reason, refunded_amount`);
    return fromRow(row!);
  }

  /**
   * Part of a payment given back, in one guarded update: an authorisation is lowered (released
   * whole, it is voided), a capture counts what was refunded (all of it, it is refunded).
   */
  private async refundPart(paymentId: string, amount: ProviderPayment['amount'], on: Pick<Db, 'execute'>): Promise<ProviderPayment> {
    const x = amount.amount;
    if (!Number.isSafeInteger(x) || x <= 0) throw new PaymentProviderError(`cannot refund ${x}`);
    const [moved] = await queryRows<PaymentRow>(on, sql`
      update sandbox_payments set
        status = case
          when status = 'authorised' and amount = ${x} then 'voided'
          when status = 'captured' and amount - refunded_amount = ${x} then 'refunded'
          else status end,
        amount = case when status = 'authorised' and amount > ${x} then amount - ${x} else amount end,
        refunded_amount = case when status = 'captured' then refunded_amount + ${x} else refunded_amount end,
        updated_at = now()
      where id = ${paymentId} and currency = ${amount.currency}
        and ((status = 'authorised' and amount >= ${x}) or (status = 'captured' and amount - refunded_amount >= ${x}))
      returning id, status, amount, currency, brand, last4, decline_reason, refunded_amount`);
    if (moved) return fromRow(moved);
    const now = await this.read(paymentId, on);
    if (!now) throw new PaymentProviderError(`no payment ${paymentId}`);
    throw new PaymentProviderError(`cannot give ${x} back from a ${now.status} payment of ${now.amount.amount}${now.refunded ? ` (${now.refunded.amount} refunded)` : ''}`);
  }

  async status(paymentId: string): Promise<ProviderPayment | undefined> {
    return this.read(paymentId, this.db);
  }

  private async read(paymentId: string, on: Pick<Db, 'execute'>): Promise<ProviderPayment | undefined> {
    const [row] = await queryRows<PaymentRow>(on, sql`
      select id, status, amount, currency, brand, last4, decline_reason, refunded_amount from sandbox_payments where id = ${paymentId}`);
    return row && fromRow(row);
  }

  /** One guarded update: two processes capturing (or refunding) at once move the payment once. */
  private async move(paymentId: string, next: Partial<Record<Status, Status>>, on: Pick<Db, 'execute'>): Promise<ProviderPayment> {
    const from = Object.keys(next) as Status[];
    const cases = sql.join(from.map((f) => sql`when ${f} then ${next[f]}`), sql` `);
    const [moved] = await queryRows<PaymentRow>(on, sql`
      update sandbox_payments set status = case status ${cases} end, updated_at = now()
      where id = ${paymentId} and status in (${sql.join(from.map((f) => sql`${f}`), sql`, `)})
      returning id, status, amount, currency, brand, last4, decline_reason, refunded_amount`);
    if (moved) return fromRow(moved);
    const now = await this.read(paymentId, on);
    if (!now) throw new PaymentProviderError(`no payment ${paymentId}`);
    throw new PaymentProviderError(`a ${now.status} payment cannot be changed so`);
  }
}

/** The amount's own checks first, as the terminal does, then the card's, then the limit. */
function refusalFor(cardRefusal: string | null, amount: ProviderPayment['amount']): DeclineReason | null {
  if (!Number.isInteger(amount.amount) || amount.amount <= 0) return 'invalid_amount';
  if (cardRefusal) return cardRefusal as DeclineReason;
  if (amount.amount > TERMINAL_LIMIT_MINOR) return 'amount_over_limit';
  return null;
}

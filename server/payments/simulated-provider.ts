import { randomBytes } from 'node:crypto';
import { authorise as decide } from '../../shared/pos/payment-terminal';
import { cardBrand } from '../../shared/payments/card-brand';
import { PaymentProviderError, type PaymentProvider, type ProviderPayment } from './payment-provider';

interface CardToken {
  digits: string;
  brand: string;
  last4: string;
  used: boolean;
}

/**
 * A provider that stands where a real one would, for demos and tests: its own card page
 * (`/pay/sim/card`) and terminal (`/pay/sim/terminal`) turn a card into a one-time token, and it
 * decides like the README's test cards say (4242… approved, 4000 0000 0000 0002 declined,
 * 4000 0000 0000 9995 insufficient funds). Its state lives in this process, like a sandbox account:
 * several processes need a real provider.
 */
export class SimulatedPaymentProvider implements PaymentProvider {
  readonly name = 'simulated';
  private readonly tokens = new Map<string, CardToken>();
  private readonly payments = new Map<string, ProviderPayment>();

  /** The provider's side of its card page: the card stays here, Vitrine gets the token. */
  tokenise(card: string): { token: string; brand: string; last4: string } {
    const digits = card.replace(/[\s-]/g, '');
    const token = `tok_sim_${randomBytes(12).toString('hex')}`;
    const brand = cardBrand(digits);
    const last4 = digits.slice(-4).padStart(4, '•');
    this.tokens.set(token, { digits, brand, last4, used: false });
    return { token, brand, last4 };
  }

  /** The README's approved test card, as if typed into the provider's page. */
  sandboxToken(): string {
    return this.tokenise('4242424242424242').token;
  }

  async authorise({ token, amount }: { token: string; amount: ProviderPayment['amount']; reference: string }): Promise<ProviderPayment> {
    const id = `pi_sim_${randomBytes(12).toString('hex')}`;
    const card = this.tokens.get(token);
    if (!card || card.used) {
      const p: ProviderPayment = { id, status: 'declined', amount, brand: 'unknown', last4: '••••', declineReason: 'unknown_token' };
      this.payments.set(id, p);
      return p;
    }
    card.used = true;
    const decision = decide(card.digits, amount);
    const p: ProviderPayment = decision.approved
      ? { id, status: 'authorised', amount, brand: card.brand, last4: card.last4 }
      : { id, status: 'declined', amount, brand: card.brand, last4: card.last4, declineReason: decision.reason };
    this.payments.set(id, p);
    return { ...p };
  }

  async capture(paymentId: string): Promise<ProviderPayment> {
    return this.move(paymentId, { authorised: 'captured', captured: 'captured' });
  }

  async refund(paymentId: string): Promise<ProviderPayment> {
    return this.move(paymentId, { authorised: 'voided', captured: 'refunded', voided: 'voided', refunded: 'refunded' });
  }

  async status(paymentId: string): Promise<ProviderPayment | undefined> {
    const p = this.payments.get(paymentId);
    return p && { ...p };
  }

  private move(paymentId: string, next: Partial<Record<ProviderPayment['status'], ProviderPayment['status']>>): ProviderPayment {
    const p = this.payments.get(paymentId);
    if (!p) throw new PaymentProviderError(`no payment ${paymentId}`);
    const to = next[p.status];
    if (!to) throw new PaymentProviderError(`a ${p.status} payment cannot be changed so`);
    p.status = to;
    return { ...p };
  }
}

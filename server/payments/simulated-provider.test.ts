import { describe, expect, it } from 'vitest';
import { SimulatedPaymentProvider } from './simulated-provider';
import { TEST_CARDS } from '../../shared/pos/payment-terminal';
import { money } from '../../shared/money';

describe('the simulated payment provider', () => {
  it('decides as the test cards say and keeps only brand and last four digits in what it answers', async () => {
    const sim = new SimulatedPaymentProvider();
    const ok = await sim.authorise({ token: sim.tokenise('4242 4242 4242 4242').token, amount: money(1000), reference: 'o1' });
    expect(ok).toMatchObject({ status: 'authorised', brand: 'visa', last4: '4242' });
    expect(JSON.stringify(ok)).not.toContain(TEST_CARDS.approved);
    expect(await sim.authorise({ token: sim.tokenise(TEST_CARDS.declined).token, amount: money(1000), reference: 'o2' })).toMatchObject({ status: 'declined', declineReason: 'card_declined' });
    expect(await sim.authorise({ token: sim.tokenise(TEST_CARDS.insufficientFunds).token, amount: money(1000), reference: 'o3' })).toMatchObject({ status: 'declined', declineReason: 'insufficient_funds' });
  });

  it('uses a token once, captures an authorisation, releases or refunds on the way back', async () => {
    const sim = new SimulatedPaymentProvider();
    const { token } = sim.tokenise(TEST_CARDS.approved);
    const a = await sim.authorise({ token, amount: money(500), reference: 'o' });
    expect((await sim.authorise({ token, amount: money(500), reference: 'o' })).status).toBe('declined');
    expect((await sim.capture(a.id)).status).toBe('captured');
    expect((await sim.refund(a.id)).status).toBe('refunded');
    await expect(sim.capture(a.id)).rejects.toThrow();
    const b = await sim.authorise({ token: sim.tokenise(TEST_CARDS.approved).token, amount: money(500), reference: 'o' });
    expect((await sim.refund(b.id)).status).toBe('voided');
    expect((await sim.status(b.id))?.status).toBe('voided');
  });
});

/**
 * The payment provider's terminal beside the till, simulated: the customer's card is presented to
 * it (here: which test card they tap) and it answers the provider's one-time token. The till and
 * Vitrine's server only ever see that token, never the card number.
 *
 * @example const token = await presentCard(TEST_CARDS.approved); await posApi.pay(cartId, token, key);
 */
export async function presentCard(card: string): Promise<string> {
  const r = await fetch('/pay/sim/tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ card }) });
  if (!r.ok) throw new Error(`the payment terminal did not answer (${r.status})`);
  return ((await r.json()) as { token: string }).token;
}

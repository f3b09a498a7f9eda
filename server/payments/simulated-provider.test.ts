import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedPaymentProvider } from './simulated-provider';
import { TEST_CARDS } from '../../shared/pos/payment-terminal';
import { money } from '../../shared/money';
import { openDatabase, type Database } from '../db/database';
import { queryRows } from '../db/query-rows';
import { sql } from 'drizzle-orm';

describe('the simulated payment provider', () => {
  let database: Database;
  let sim: SimulatedPaymentProvider;
  beforeAll(async () => {
    database = await openDatabase({ kind: 'memory' });
    sim = new SimulatedPaymentProvider(database.db);
  });
  afterAll(async () => { await database.close(); });

  it('decides as the test cards say and keeps only brand and last four digits in what it answers and stores', async () => {
    const ok = await sim.authorise({ token: (await sim.tokenise('4242 4242 4242 4242')).token, amount: money(1000), reference: 'o1' });
    expect(ok).toMatchObject({ status: 'authorised', brand: 'visa', last4: '4242' });
    expect(JSON.stringify(ok)).not.toContain(TEST_CARDS.approved);
    expect(await sim.authorise({ token: (await sim.tokenise(TEST_CARDS.declined)).token, amount: money(1000), reference: 'o2' })).toMatchObject({ status: 'declined', declineReason: 'card_declined' });
    expect(await sim.authorise({ token: (await sim.tokenise(TEST_CARDS.insufficientFunds)).token, amount: money(1000), reference: 'o3' })).toMatchObject({ status: 'declined', declineReason: 'insufficient_funds' });
    expect(await sim.authorise({ token: (await sim.tokenise('4242 4242 4242 4241')).token, amount: money(1000), reference: 'o4' })).toMatchObject({ status: 'declined', declineReason: 'invalid_card' });
    expect(await sim.authorise({ token: (await sim.tokenise(TEST_CARDS.approved)).token, amount: money(2_000_001), reference: 'o5' })).toMatchObject({ status: 'declined', declineReason: 'amount_over_limit' });
    const dump = JSON.stringify(await queryRows(database.db, sql`select * from sandbox_card_tokens`));
    expect(dump).not.toContain(TEST_CARDS.approved);
  });

  it('uses a token once, captures an authorisation, releases or refunds on the way back', async () => {
    const { token } = await sim.tokenise(TEST_CARDS.approved);
    const a = await sim.authorise({ token, amount: money(500), reference: 'o' });
    expect((await sim.authorise({ token, amount: money(500), reference: 'o' })).status).toBe('declined');
    expect((await sim.capture(a.id)).status).toBe('captured');
    expect((await sim.refund(a.id)).status).toBe('refunded');
    await expect(sim.capture(a.id)).rejects.toThrow();
    const b = await sim.authorise({ token: (await sim.tokenise(TEST_CARDS.approved)).token, amount: money(500), reference: 'o' });
    expect((await sim.refund(b.id)).status).toBe('voided');
    expect((await sim.status(b.id))?.status).toBe('voided');
    await expect(sim.capture('pi_sim_nothing')).rejects.toThrow(/no payment/);
  });

  it('gives part of a payment back: a capture stays captured until all of it is refunded, an authorisation is lowered', async () => {
    const a = await sim.authorise({ token: (await sim.tokenise(TEST_CARDS.approved)).token, amount: money(10700), reference: 'parts' });
    await sim.capture(a.id);
    expect(await sim.refund(a.id, {}, money(4900))).toMatchObject({ status: 'captured', amount: money(10700), refunded: money(4900) });
    await expect(sim.refund(a.id, {}, money(5801))).rejects.toThrow(/cannot give 5801 back/);
    expect(await sim.refund(a.id, {}, money(5800))).toMatchObject({ status: 'refunded', refunded: money(10700) });
    await expect(sim.refund(a.id, {}, money(1))).rejects.toThrow();

    const held = await sim.authorise({ token: (await sim.tokenise(TEST_CARDS.approved)).token, amount: money(10700), reference: 'held' });
    expect(await sim.refund(held.id, {}, money(4900))).toMatchObject({ status: 'authorised', amount: money(5800) });
    // What is captured afterwards is what is left of the hold.
    expect(await sim.capture(held.id)).toMatchObject({ status: 'captured', amount: money(5800) });
    const whole = await sim.authorise({ token: (await sim.tokenise(TEST_CARDS.approved)).token, amount: money(300), reference: 'whole' });
    expect((await sim.refund(whole.id, {}, money(300))).status).toBe('voided');
    await expect(sim.refund(whole.id, {}, money(0))).rejects.toThrow();
    // A full refund after a partial one gives back the rest.
    const c = await sim.authorise({ token: (await sim.tokenise(TEST_CARDS.approved)).token, amount: money(1000), reference: 'rest' });
    await sim.capture(c.id);
    await sim.refund(c.id, {}, money(400));
    expect(await sim.refund(c.id)).toMatchObject({ status: 'refunded', refunded: money(1000) });
  });

  it('lets one of many simultaneous redemptions of a token win', async () => {
    const { token } = await sim.tokenise(TEST_CARDS.approved);
    const other = new SimulatedPaymentProvider(database.db);
    const tries = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? sim : other).authorise({ token, amount: money(700), reference: `r${i}` })));
    expect(tries.filter((t) => t.status === 'authorised')).toHaveLength(1);
  });

  it('keeps an authorised payment capturable across a restart of the embedded database', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-sandbox-'));
    try {
      const first = await openDatabase({ kind: 'embedded', dataDir });
      const before = new SimulatedPaymentProvider(first.db);
      const held = await before.authorise({ token: (await before.tokenise(TEST_CARDS.approved)).token, amount: money(900), reference: 'kept' });
      const spare = (await before.tokenise(TEST_CARDS.approved)).token;
      await first.close();
      const second = await openDatabase({ kind: 'embedded', dataDir });
      try {
        const after = new SimulatedPaymentProvider(second.db);
        expect(await after.capture(held.id)).toMatchObject({ status: 'captured', amount: money(900), last4: '4242' });
        expect((await after.authorise({ token: spare, amount: money(100), reference: 'spare' })).status).toBe('authorised');
      } finally { await second.close(); }
    } finally { fs.rmSync(dataDir, { recursive: true, force: true }); }
  }, 60_000);
});

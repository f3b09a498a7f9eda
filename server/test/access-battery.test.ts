import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { expressAppOf, expressOperations } from '../test-support/express-operations';
import type { HelpRequestView } from '../../shared/room/help';
import { ACCESS_RULES, PERSONAS, type AccessFixture, type AccessRule, type Persona } from './access-rules';
import { handCartTo, must, pickupAt } from './pos-helpers';
import { users } from '../db/schema/commerce';

/** Which fixture id a `{id}` stands for, by the resource it follows. */
const ID_BY_RESOURCE: Record<string, keyof AccessFixture> = {
  carts: 'cartId', orders: 'orderId', requests: 'helpRequestId', customers: 'customerId', sessions: 'sessionId',
};

function pathFor(op: string, rule: AccessRule, f: AccessFixture): string {
  const path = op.slice(op.indexOf(' ') + 1);
  const given = rule.params?.(f) ?? {};
  return path.replace(/\{(\w+)\}/g, (_, name: string, at: number) => {
    if (given[name]) return encodeURIComponent(given[name]);
    if (name === 'storeId') return f.storeId;
    const resource = path.slice(0, at).split('/').filter(Boolean).at(-1)!;
    const key = ID_BY_RESOURCE[resource];
    if (!key) throw new Error(`${op}: say in its rule what {${name}} is`);
    return encodeURIComponent(f[key]);
  });
}

/** The status of one request; event streams are cut as soon as their headers arrive. */
async function statusOf(base: string, token: string | undefined, op: string, rule: AccessRule, f: AccessFixture): Promise<number> {
  const method = op.slice(0, op.indexOf(' '));
  const abort = new AbortController();
  const res = await fetch(base + pathFor(op, rule, f), {
    method,
    signal: abort.signal,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    ...(method === 'GET' || method === 'DELETE' ? {} : { body: JSON.stringify(rule.body?.(f) ?? {}) }),
  });
  if (res.headers.get('content-type')?.includes('text/event-stream')) abort.abort();
  else await res.arrayBuffer();
  return res.status;
}

/**
 * The review's battery: every route, asked by every kind of caller, answers as its rule in
 * `access-rules.ts` says. A route without a rule fails here, so a new route cannot ship unguarded.
 */
describe('authorisation across every route and role', () => {
  let t: TestServer;
  let routes: string[];
  let fixture: AccessFixture;
  const tokens = {} as Record<Persona, string | undefined>;

  beforeAll(async () => {
    t = await startTestServer('embedded');
    routes = [...new Set(expressOperations(expressAppOf(t.server.httpServer).router.stack))].sort();
    const [owner, otherCustomer, advisor, advisorInSession, clerkHere, clerkElsewhere, admin] = await Promise.all([
      t.guest(), t.guest(), t.login('theo@vitrine.demo'), t.login('ines@vitrine.demo'), t.login('paris@vitrine.demo'), t.login('lyon@vitrine.demo'), t.login('admin@vitrine.demo'),
    ]);
    const managerId = `manager-${randomUUID()}`;
    await t.server.services.database.db.insert(users).values({ id: managerId, role: 'manager', storeId: 'store-paris', name: 'Manager' });
    // Signed in just now, as the personas that typed a password, so adding a passkey is judged on the role alone.
    const manager = await t.server.services.tokens.issue({ userId: managerId, role: 'manager', storeId: 'store-paris', guest: false, name: 'Manager', signedInAtMs: t.server.services.now().getTime() });
    Object.assign(tokens, {
      anonymous: undefined, owner: owner.token, otherCustomer: otherCustomer.token, advisor: advisor.token, advisorInSession: advisorInSession.token,
      clerkHere: clerkHere.token, clerkElsewhere: clerkElsewhere.token, manager: manager.token, admin: admin.token,
    });
    const bought = await owner.cart();
    await must(owner, bought.id, [{ type: 'addLine', productId: 'planter-terrazzo', qty: 1, fulfilment: pickupAt('store-paris') }]);
    const order = await owner.checkout(bought.id, randomUUID());
    if (order.status !== 201) throw new Error(`checkout ${order.status}`);
    const cart = await owner.cart();
    await must(owner, cart.id, [{ type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'ship' } }]);
    await handCartTo(owner, clerkHere, cart.id);
    const asked = await owner.post<HelpRequestView>('/api/help/requests', { page: '/cart' });
    const accepted = await advisorInSession.post(`/api/help/requests/${asked.body.id}/accept`);
    if (accepted.status !== 200) throw new Error(`accept ${accepted.status}`);
    fixture = { customerId: owner.user!.id, cartId: cart.id, orderId: order.body.id, helpRequestId: asked.body.id, sessionId: accepted.body.session.id, storeId: 'store-paris' };
  }, 120_000);
  afterAll(() => t?.close());

  it('has a rule for every route the API serves, and none for a route it does not', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((op) => !ACCESS_RULES[op])).toEqual([]);
    expect(Object.keys(ACCESS_RULES).filter((op) => !routes.includes(op))).toEqual([]);
  });

  /** Another token of the same person, for a call that ends the token it is made with. */
  async function freshToken(who: Persona): Promise<string | undefined> {
    const token = tokens[who];
    if (!token) return undefined;
    const check = await t.server.services.tokens.verify(token);
    if (!check.ok) throw new Error(`${who}'s token no longer works`);
    return (await t.server.services.tokens.issue(check.principal)).token;
  }

  it('lets through exactly the callers each rule names', async () => {
    const ordered = Object.entries(ACCESS_RULES).filter(([op]) => routes.includes(op)).sort(([, a], [, b]) => Number(!!a.last) - Number(!!b.last));
    const wrong: string[] = [];
    // Everyone refused first, on an untouched fixture; then those let through, the fixture-changing routes last.
    for (const [op, rule] of ordered) {
      for (const who of PERSONAS.filter((p) => !rule.allow.includes(p))) {
        const status = await statusOf(t.url, tokens[who], op, rule, fixture);
        if (![401, 403, 404].includes(status)) wrong.push(`${op} as ${who}: ${status}, expected a refusal`);
      }
    }
    for (const [op, rule] of ordered) {
      for (const who of rule.allow) {
        const status = await statusOf(t.url, rule.spendsToken ? await freshToken(who) : tokens[who], op, rule, fixture);
        if (status === 401 || status === 403 || status >= 500) wrong.push(`${op} as ${who}: ${status}, expected to get through`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

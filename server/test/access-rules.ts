

/**
 * Who the battery asks as. The fixture: `owner` (a customer) has an active cart handed to
 * `clerkHere` (clerk of store-paris) with a code, an order to pick up at store-paris, and a help
 * request accepted by `advisorInSession`. `advisor` is another advisor, `clerkElsewhere` the clerk of
 * store-lyon, `manager` runs store-paris.
 */
export const PERSONAS = ['anonymous', 'owner', 'otherCustomer', 'advisor', 'advisorInSession', 'clerkHere', 'clerkElsewhere', 'manager', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];

/** The ids the fixture made, for paths and bodies. */
export interface AccessFixture {
  customerId: string;
  cartId: string;
  orderId: string;
  helpRequestId: string;
  sessionId: string;
  storeId: string;
}

export interface AccessRule {
  /** Who must get through (any answer but 401/403); everyone else must get 401, 403 or 404. */
  allow: readonly Persona[];
  /** Path parameters by name, when the default (`{id}` from the path's resource, `{storeId}` the store) does not fit. */
  params?: (f: AccessFixture) => Record<string, string>;
  body?: (f: AccessFixture) => unknown;
  /** Changes the fixture for those after it (cancels, releases, checks out): asked last. */
  last?: boolean;
  /** Ends the caller's token (sign-out): those let through call with a fresh token of their own. */
  spendsToken?: boolean;
}

const everyone = PERSONAS;
const signedIn = PERSONAS.filter((p) => p !== 'anonymous');
const customers = ['owner', 'otherCustomer'] as const;
const advisors = ['advisor', 'advisorInSession'] as const;
const clerks = ['clerkHere', 'clerkElsewhere'] as const;
/** Those the customer brought to their cart: the advisor of their session, the clerk they gave a code to (and admins). */
const servingCustomer = ['advisorInSession', 'clerkHere', 'admin'] as const;
const backOffice = ['manager', 'admin'] as const;

/**
 * Every route the API serves and who may call it on the fixture. One line per route: a route
 * missing here fails the battery.
 */
export const ACCESS_RULES: Record<string, AccessRule> = {
  'GET /api/health': { allow: everyone },
  'GET /api/docs': { allow: everyone },
  'GET /api/openapi.json': { allow: everyone },
  'POST /api/auth/guest': { allow: everyone },
  'POST /api/auth/login': { allow: everyone, body: () => ({ email: 'camille@vitrine.demo', password: 'vitrine' }) },
  'GET /api/auth/me': { allow: signedIn },
  'POST /api/auth/sign-up': { allow: everyone },
  'POST /api/auth/verify-email': { allow: everyone },
  'POST /api/auth/password-reset': { allow: everyone },
  'POST /api/auth/password-reset/confirm': { allow: everyone },
  'POST /api/auth/passkey/options': { allow: everyone },
  'POST /api/auth/passkey/login': { allow: everyone },
  'POST /api/account/password': { allow: signedIn },
  'POST /api/account/email': { allow: signedIn },
  'POST /api/auth/email-change/confirm': { allow: everyone },
  'POST /api/auth/email-change/undo': { allow: everyone },
  'GET /api/account/passkeys': { allow: signedIn },
  // The fixture's customers are guests: no account to add a passkey to or remove one from.
  'POST /api/account/passkeys/options': { allow: signedIn.filter((p) => p !== 'owner' && p !== 'otherCustomer') },
  'POST /api/account/passkeys': { allow: signedIn },
  'DELETE /api/account/passkeys/{id}': { allow: signedIn.filter((p) => p !== 'owner' && p !== 'otherCustomer'), params: () => ({ id: 'no-such-passkey' }) },
  'GET /api/admin/outbox': { allow: ['admin'] },
  'POST /api/auth/device-link': { allow: customers },
  'POST /api/auth/device-link/{code}': { allow: everyone, params: () => ({ code: 'ZZZZZZZZ' }) },
  'GET /api/products': { allow: everyone },
  'GET /api/products/{id}': { allow: everyone, params: () => ({ id: 'lamp-bulle' }) },
  'GET /api/products/{id}/availability': { allow: everyone, params: () => ({ id: 'lamp-bulle' }) },
  'GET /api/availability': { allow: everyone },
  'GET /api/locations': { allow: everyone },
  'GET /api/promotions': { allow: everyone },
  'POST /api/carts': { allow: customers },
  'GET /api/carts/{id}': { allow: ['owner', ...servingCustomer] },
  'GET /api/carts/{id}/events': { allow: ['owner', ...servingCustomer] },
  'POST /api/carts/{id}/commands': { allow: ['owner', ...servingCustomer], body: () => ({ commands: [{ type: 'removeLine', lineId: 'no-such-line' }] }) },
  'POST /api/carts/{id}/handoff': { allow: ['owner'] },
  'POST /api/carts/{id}/delivery-quote': { allow: ['owner', ...servingCustomer], body: () => ({ shippingAddress: { postcode: '75004', city: 'Paris', country: 'FR' } }) },
  'GET /api/carts/{id}/delivery-quote': { allow: ['owner', ...servingCustomer] },
  'POST /api/carts/{id}/checkout': { allow: ['owner', ...servingCustomer], body: () => ({ payment: { method: 'in_store' } }), last: true },
  'POST /api/handoff/{code}': { allow: [...advisors, ...clerks, 'admin'], params: () => ({ code: 'ZZZZZZ' }) },
  'GET /api/orders/{id}': { allow: ['owner', 'advisorInSession', 'clerkHere', 'manager', 'admin'] },
  'POST /api/orders/{id}/status': { allow: ['clerkHere', 'manager', 'admin'], body: () => ({ status: 'ready_for_pickup' }) },
  'GET /api/customers/me/orders': { allow: customers },
  'GET /api/customers/me/addresses': { allow: customers },
  'GET /api/customers/me/orders/events': { allow: customers },
  'GET /api/customers/me/timeline': { allow: customers },
  'GET /api/customers/me/consent': { allow: customers },
  'PUT /api/customers/me/consent': { allow: customers, body: () => ({ analytics: true }) },
  'GET /api/customers/me/data': { allow: customers },
  // An empty password is malformed (422): the customers get through without erasing the fixture (erasure is tested in privacy.test.ts).
  'POST /api/customers/me/erase': { allow: customers, body: () => ({ password: '' }) },
  'GET /api/customers/{id}/timeline': { allow: servingCustomer },
  'POST /api/events': { allow: customers, body: () => ({ type: 'product.viewed', data: { productId: 'lamp-bulle' } }) },
  'POST /api/pos/walk-in': { allow: clerks },
  'POST /api/pos/carts/{id}/checkout': { allow: ['clerkHere'], body: () => ({ token: 'tok_not_a_real_token' }), last: true },
  'POST /api/pos/orders/{id}/handover': { allow: ['clerkHere'], body: () => ({ pickupCode: '000000' }) },
  // Only the pickup store's own staff cancel its part (the manager then finds it cancelled: 409).
  'POST /api/pos/orders/{id}/cancel-part': { allow: ['clerkHere', 'manager'], body: () => ({ reason: 'no_show' }), last: true },
  'GET /api/pos/customers/{id}': { allow: servingCustomer, params: (f) => ({ id: f.customerId }) },
  'GET /api/stores/{storeId}/pickups': { allow: ['clerkHere', 'manager', 'admin'] },
  'GET /api/stores/{storeId}/pickups/events': { allow: ['clerkHere', 'manager', 'admin'] },
  'GET /api/stores/{storeId}/stock': { allow: ['clerkHere', 'manager', 'admin'] },
  'POST /api/stores/{storeId}/receive': { allow: ['clerkHere', 'manager', 'admin'], body: () => ({}) },
  'POST /api/stores/{storeId}/count': { allow: ['clerkHere', 'manager', 'admin'], body: () => ({}) },
  'GET /api/dashboard': { allow: ['admin'] },
  'POST /api/help/requests': { allow: customers },
  'GET /api/help/requests/{id}': { allow: ['owner', ...advisors, 'admin'] },
  'GET /api/help/requests/{id}/events': { allow: ['owner', ...advisors, 'admin'] },
  'DELETE /api/help/requests/{id}': { allow: ['owner', 'admin'], last: true },
  'GET /api/help/queue': { allow: [...advisors, 'admin'] },
  'GET /api/help/queue/events': { allow: [...advisors, 'admin'] },
  'POST /api/help/requests/{id}/accept': { allow: [...advisors, 'admin'] },
  'POST /api/help/requests/{id}/release': { allow: ['advisorInSession'], last: true },
  'POST /api/sessions': { allow: customers, body: () => ({ kind: 'friends', title: 'Visit' }) },
  'GET /api/sessions/mine': { allow: signedIn },
  'GET /api/sessions/{id}': { allow: ['owner', 'advisorInSession', 'admin'], params: (f) => ({ id: f.sessionId }) },
  'POST /api/sessions/{id}/room': { allow: ['owner', 'advisorInSession'], params: (f) => ({ id: f.sessionId }) },
  'POST /api/sessions/{id}/end': { allow: ['owner', 'advisorInSession', 'admin'], params: (f) => ({ id: f.sessionId }), last: true },
  'GET /api/sessions/{id}/summary': { allow: ['owner', 'advisorInSession', 'admin'], params: (f) => ({ id: f.sessionId }) },
  'POST /api/advisor/slots': { allow: advisors, body: () => ({}) },
  'GET /api/advisor/slots': { allow: advisors },
  'DELETE /api/advisor/slots/{id}': { allow: advisors, params: () => ({ id: 'no-such-slot' }) },
  'GET /api/slots': { allow: signedIn },
  'POST /api/bookings': { allow: customers, body: () => ({}) },
  'GET /api/bookings/mine': { allow: signedIn },
  'DELETE /api/bookings/{id}': { allow: signedIn, params: () => ({ id: 'no-such-booking' }) },
  'GET /api/ready': { allow: everyone },
  'GET /api/catalogue/events': { allow: everyone },
  'GET /api/stores/{storeId}/layout': { allow: everyone },
  'GET /api/stores/{storeId}/layout/events': { allow: everyone },
  // The back office: the merchant's admins everywhere, a store's manager for that store (store-paris here).
  'GET /api/admin/products': { allow: backOffice },
  'GET /api/admin/products/{id}': { allow: backOffice, params: () => ({ id: 'lamp-bulle' }) },
  'POST /api/admin/products': { allow: ['admin'] },
  'PUT /api/admin/products/{id}': { allow: ['admin'], params: () => ({ id: 'lamp-bulle' }) },
  'POST /api/admin/products/{id}/publish': { allow: ['admin'], params: () => ({ id: 'no-such-product' }) },
  'POST /api/admin/products/{id}/unpublish': { allow: ['admin'], params: () => ({ id: 'no-such-product' }) },
  'POST /api/admin/promotions': { allow: ['admin'], body: () => ({ id: 'no-such-product', kind: 'bundle' }) },
  'DELETE /api/admin/promotions/{id}': { allow: ['admin'], params: () => ({ id: 'no-such-promotion' }) },
  'PUT /api/admin/products/{id}/model': { allow: ['admin'], params: () => ({ id: 'lamp-bulle' }) },
  'POST /api/admin/imports/products': { allow: ['admin'] },
  'POST /api/admin/imports/stock': { allow: backOffice },
  'GET /api/admin/exports/products': { allow: backOffice },
  'GET /api/admin/exports/stock': { allow: backOffice },
  'POST /api/admin/backups': { allow: ['admin'] },
  'GET /api/admin/jobs': { allow: backOffice },
  'GET /api/admin/jobs/{id}': { allow: backOffice, params: () => ({ id: 'job_none' }) },
  'GET /api/admin/staff': { allow: backOffice },
  'POST /api/admin/staff': { allow: backOffice },
  'POST /api/admin/staff/{id}/deactivate': { allow: backOffice, params: () => ({ id: 'no-such-user' }) },
  'POST /api/admin/staff/{id}/reactivate': { allow: backOffice, params: () => ({ id: 'no-such-user' }) },
  'GET /api/admin/audit': { allow: ['admin'] },
  'GET /api/admin/stores/{storeId}/layouts': { allow: backOffice },
  'GET /api/admin/stores/{storeId}/layouts/{version}': { allow: backOffice, params: (f) => ({ storeId: f.storeId, version: '1' }) },
  'PUT /api/admin/stores/{storeId}/layouts/draft': { allow: backOffice },
  'POST /api/admin/stores/{storeId}/layouts/draft/publish': { allow: backOffice },
  // Signing out everywhere ends every token of the caller: asked at the very end.
  'POST /api/auth/logout': { allow: signedIn, spendsToken: true, last: true },
  'POST /api/auth/logout-everywhere': { allow: signedIn, spendsToken: true, last: true },
};

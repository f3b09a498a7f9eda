import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi/dist/index.mjs';
import { z } from 'zod';
import { ProductSchema } from '../../shared/catalogue/product';
import { ProductSearchResultSchema } from '../../shared/catalogue/product-search';
import { CartSchema } from '../../shared/cart/cart';
import { CartCommandsRequestSchema } from '../../shared/cart/cart-command';
import { OrderSchema } from '../../shared/orders/order';
import { DeliveryQuoteRequestSchema, DeliveryQuoteSchema, ShippingAddressSchema } from '../../shared/delivery/delivery-schemas';
import { AvailabilitySchema } from '../../shared/stock/stock-level';
import { ApiErrorSchema } from '../../shared/http/api-error';
import { ClientTimelineEventSchema } from '../../shared/timeline/timeline-event';
import { UserSchema } from '../../shared/auth/role';
import { PromotionSchema } from '../../shared/pricing/promotion';
import {
  AuthResponseSchema, AvailabilityQuerySchema, CheckoutRequestSchema, DeviceLinkRequestSchema, HandoffCodeSchema, HandoffSchema, HealthSchema, ReadySchema, LocationListSchema, LoginRequestSchema,
  OrderListSchema, OrderStatusRequestSchema, ProductQuerySchema, TimelineSchema,
} from '../../shared/http/api-schemas';
import { ModelUploadAcceptedSchema, ModelUploadQuerySchema } from '../../shared/http/model-upload-schemas';
import { storeAppPaths } from '../pos/store-app-openapi';
import { liveSessionPaths } from './live-session-openapi';
import { adminProductPaths } from './admin-product-openapi';
import { layoutPaths } from '../layouts/layout-openapi';
import { adminImportPaths } from './admin-import-openapi';
import { accountPaths } from './account-openapi';
import { privacyPaths } from './privacy-openapi';

// zod 4's `.meta({ id })` names a schema; the generator turns each into a reusable component.
// (The registry's `register()` relies on patching ZodType.prototype, which zod 4 classes do not inherit from.)
const ProductSchemaRef = ProductSchema.meta({ id: 'Product' });
const CartSchemaRef = CartSchema.meta({ id: 'Cart' });
const OrderSchemaRef = OrderSchema.meta({ id: 'Order' });
const ErrorSchemaRef = ApiErrorSchema.meta({ id: 'Error' });

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(ErrorSchemaRef) });
const id = z.object({ id: z.string() });
const channelHeader = z.object({ 'x-channel': z.enum(['web', 'app', 'vr', 'ar', 'store', 'advisor']).optional() });

/**
 * The public contract as OpenAPI 3.1, generated from the same zod schemas the server validates
 * with, so the document cannot drift from the code.
 */
export function buildOpenApiDocument(): object {
  const reg = new OpenAPIRegistry();
  const bearer = reg.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });

  const auth = [{ [bearer.name]: [] }];
  const paths: RouteConfig[] = [
    { method: 'get', path: '/api/health', summary: 'Liveness and which storage and presence are in use', responses: { 200: { description: 'ok', ...json(HealthSchema) } } },
    { method: 'get', path: '/api/ready', summary: 'Readiness: whether the database and, when configured, Redis answer right now (for a load balancer); /api/health stays the liveness check', responses: { 200: { description: 'ready', ...json(ReadySchema) }, 503: { description: 'a dependency is down', ...json(ReadySchema) } } },
    { method: 'post', path: '/api/auth/logout', summary: 'Sign this token out: it is refused (401) from then on, on every process', security: auth, responses: { 204: { description: 'signed out' }, 401: error('no session, or already signed out') } },
    { method: 'post', path: '/api/auth/logout-everywhere', summary: 'Sign out everywhere: every token of the account issued until now is refused, on every process', security: auth, responses: { 204: { description: 'signed out everywhere' }, 401: error('no session') } },
    { method: 'post', path: '/api/auth/guest', summary: 'Start a guest session (a customer without credentials)', responses: { 201: { description: 'session', ...json(AuthResponseSchema) }, 429: error('rate limited') } },
    { method: 'post', path: '/api/auth/login', summary: 'Sign in; a guest token in Authorization merges the guest cart into the account. Wrong passwords are limited per client address and per e-mail (shared through Redis when configured)', request: { body: json(LoginRequestSchema) }, responses: { 200: { description: 'session', ...json(AuthResponseSchema) }, 401: error('wrong email or password'), 403: error('the account is deactivated'), 422: error('invalid body'), 429: error('too many wrong passwords from this address or for this e-mail') } },
    { method: 'get', path: '/api/auth/me', summary: 'Any signed-in user, guests included: who the token belongs to, read fresh from the accounts', security: auth, responses: { 200: { description: 'user', ...json(UserSchema) }, 401: error('no session, the token is not valid, or the account no longer exists') } },
    { method: 'post', path: '/api/auth/device-link', request: { body: json(DeviceLinkRequestSchema) }, summary: 'Customer: a one-time link (and its QR) that signs the same customer in on another device, landing on `path` (body `{path?}`, default `/`)', security: auth, responses: { 201: { description: 'link', ...json(HandoffSchema) }, 401: error('no session'), 403: error('customers only'), 422: error('invalid body') } },
    { method: 'post', path: '/api/auth/device-link/{code}', summary: 'Anyone holding the link: redeem its code once for a session of the customer who made it', request: { params: z.object({ code: HandoffCodeSchema }) }, responses: { 200: { description: 'session', ...json(AuthResponseSchema) }, 404: error('unknown link'), 410: error('used or expired'), 422: error('malformed code'), 429: error('rate limited') } },
    { method: 'get', path: '/api/products', summary: 'Search the catalogue (French and English, accents ignored)', request: { query: ProductQuerySchema }, responses: { 200: { description: 'products', ...json(ProductSearchResultSchema) } } },
    { method: 'get', path: '/api/products/{id}', summary: 'One product', request: { params: id }, responses: { 200: { description: 'product', ...json(ProductSchemaRef) }, 404: error('no such product') } },
    { method: 'get', path: '/api/products/{id}/availability', summary: 'Available = on hand − reserved, per location', request: { params: id }, responses: { 200: { description: 'availability', ...json(AvailabilitySchema) }, 404: error('no such product') } },
    { method: 'get', path: '/api/availability', summary: 'Availability of several products at once (?productIds=a,b,c, at most 100)', request: { query: AvailabilityQuerySchema }, responses: { 200: { description: 'availability per product', ...json(z.object({ items: z.array(AvailabilitySchema) })) }, 404: error('unknown product'), 422: error('invalid query') } },
    { method: 'get', path: '/api/locations', summary: 'Warehouses and stores', responses: { 200: { description: 'locations', ...json(LocationListSchema) } } },
    { method: 'get', path: '/api/promotions', summary: 'Every promotion (a percentage off a category, or a bundle price) with its window; carts and the till apply the same ones', responses: { 200: { description: 'promotions', ...json(z.object({ items: z.array(PromotionSchema) })) } } },
    { method: 'post', path: '/api/carts', summary: "The caller's active cart (201 when created)", security: auth, request: { headers: channelHeader }, responses: { 200: { description: 'existing', ...json(CartSchemaRef) }, 201: { description: 'created', ...json(CartSchemaRef) }, 401: error('no session') } },
    { method: 'get', path: '/api/carts/{id}', summary: 'A cart the caller may see', security: auth, request: { params: id }, responses: { 200: { description: 'cart', ...json(CartSchemaRef) }, 403: error('not yours'), 404: error('no such cart') } },
    { method: 'post', path: '/api/carts/{id}/commands', summary: 'Apply commands atomically; the version goes up by one. With an optional Idempotency-Key, a replay returns the stored cart (header Idempotent-Replayed) instead of applying twice', security: auth, request: { params: id, headers: channelHeader.extend({ 'idempotency-key': z.string().optional() }), body: json(CartCommandsRequestSchema) }, responses: { 200: { description: 'new cart', ...json(CartSchemaRef) }, 409: error('version_conflict (with cart) or insufficient_stock (with lines)'), 422: error('invalid command'), 429: error('rate limited') } },
    { method: 'get', path: '/api/carts/{id}/events', summary: 'Server-sent events: `event: cart`, `id: <version>`, data = Cart. Resume with Last-Event-ID. EventSource may pass ?token=.', security: auth, request: { params: id }, responses: { 200: { description: 'text/event-stream' } } },
    { method: 'post', path: '/api/carts/{id}/handoff', summary: 'A one-time code and QR for a clerk or advisor to open this cart', security: auth, request: { params: id }, responses: { 201: { description: 'code', ...json(HandoffSchema) }, 403: error('not your cart') } },
    { method: 'post', path: '/api/handoff/{code}', summary: 'Clerk or advisor redeems a handoff code', security: auth, request: { params: z.object({ code: z.string() }) }, responses: { 200: { description: 'cart', ...json(CartSchemaRef) }, 404: error('unknown code'), 410: error('used or expired') } },
    { method: 'post', path: '/api/carts/{id}/delivery-quote', summary: 'Delivery groups of the cart with fee and promised date, and the totals checkout will charge (docs/delivery.md)', security: auth, request: { params: id, body: json(DeliveryQuoteRequestSchema) }, responses: { 200: { description: 'quote', ...json(DeliveryQuoteSchema) } } },
    { method: 'get', path: '/api/carts/{id}/delivery-quote', summary: 'The same quote for an address given as ?postcode=&city=&country=', security: auth, request: { params: id }, responses: { 200: { description: 'quote', ...json(DeliveryQuoteSchema) } } },
    { method: 'post', path: '/api/carts/{id}/checkout', summary: 'Reserve every line and place the order; needs Idempotency-Key', security: auth, request: { params: id, headers: z.object({ 'idempotency-key': z.string() }), body: json(CheckoutRequestSchema) }, responses: { 201: { description: 'order', ...json(OrderSchemaRef) }, 200: { description: 'replayed order', ...json(OrderSchemaRef) }, 402: error('payment_failed: the provider declined the card token (reason card_declined, insufficient_funds...); nothing reserved'), 409: error('insufficient_stock with lines, nothing reserved; price_changed with lines [{lineId, productId, from, to}] until the customer accepts the new prices (command acceptPrices); unavailable_lines with lines no longer sold'), 422: error('key reused with another body; invalid naming the field (shippingAddress when lines ship without one, shippingAddress.postcode, shippingAddress.city for express outside a store city)') } },
    { method: 'get', path: '/api/orders/{id}', summary: 'An order', security: auth, request: { params: id }, responses: { 200: { description: 'order', ...json(OrderSchemaRef) }, 404: error('no such order') } },
    { method: 'post', path: '/api/orders/{id}/status', summary: 'Legal status transitions only (staff; customers may cancel a placed order)', security: auth, request: { params: id, body: json(OrderStatusRequestSchema) }, responses: { 200: { description: 'order', ...json(OrderSchemaRef) }, 409: error('illegal transition, or payment_due: an unpaid order is handed over only through the till\'s payment'), 403: error('not this role\'s job for this order'), 404: error('no such order, or not one the caller may reach') } },
    { method: 'get', path: '/api/customers/me/addresses', summary: "Where the caller's orders were delivered, latest first (saved addresses)", security: auth, responses: { 200: { description: 'addresses', ...json(z.object({ items: z.array(ShippingAddressSchema) })) } } },
    { method: 'get', path: '/api/customers/me/orders', summary: "The caller's orders", security: auth, responses: { 200: { description: 'orders', ...json(OrderListSchema) } } },
    { method: 'get', path: '/api/customers/me/timeline', summary: 'Every event of the caller across channels', security: auth, responses: { 200: { description: 'timeline', ...json(TimelineSchema) } } },
    { method: 'post', path: '/api/events', summary: 'Record a product view (web, AR, VR) on the timeline', security: auth, request: { body: json(ClientTimelineEventSchema) }, responses: { 201: { description: 'recorded' } } },
    {
      method: 'put', path: '/api/admin/products/{id}/model',
      summary: `Admin: upload a product's 3D model (or, with ?variant=, that variant's own model) as a GLB or a zip of a .gltf and its files, at most 100 MiB. Answers 202 with a \`model.process\` job, which validates it (Khronos validator), corrects an obvious unit slip or Z-up export, checks its size against dimensionsM (1 cm or 2 %), puts its origin per placement, simplifies to 50,000 triangles, compresses it (WebP textures at most 2048 px, meshopt, at most 2 MB), makes the Quick Look USDZ and a poster. Its result, once succeeded, is ${'`{model: {glb, usdz}, thumbnail, report}`'} (zod schema ModelJobResultSchema in shared/http/model-upload-schemas.ts) and GET /api/products/{id} serves the new files, under content-hashed /files/ URLs cached as immutable.`,
      security: auth,
      request: {
        params: id,
        query: ModelUploadQuerySchema,
        body: { content: { 'model/gltf-binary': { schema: z.string().meta({ format: 'binary' }) }, 'application/zip': { schema: z.string().meta({ format: 'binary' }) } } },
      },
      responses: {
        202: { description: 'queued; follow the job', ...json(ModelUploadAcceptedSchema) },
        401: error('no session'), 403: error('admins only'), 404: error('no such product or variant'), 413: error('larger than 100 MiB'),
        415: error('not model/gltf-binary or application/zip'), 422: error('empty body or invalid query'), 429: error('rate limited'),
      },
    },
  ];
  paths.push(...storeAppPaths({ json, error, auth })); // till, desk, stock, feeds, dashboard
  paths.push(...liveSessionPaths({ json, error, auth })); // help queue, sessions, slots, bookings
  paths.push(...adminProductPaths({ json, error, auth }));
  paths.push(...layoutPaths({ json, error, auth })); // store layouts
  paths.push(...adminImportPaths({ json, error, auth })); // back office: imports, exports, jobs, staff, audit
  paths.push(...accountPaths({ json, error, auth })); // sign-up, links, passwords, passkeys, outbox
  paths.push(...privacyPaths({ json, error, auth })); // consent, data export, erasure
  for (const p of paths) reg.registerPath(p);
  return new OpenApiGeneratorV31(reg.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Vitrine API', version: '1.0.0', description: 'The public contract shared by the web, app, VR, AR, advisor and till channels. Errors are `{error, message}` with a 4xx status. Any path, query or JSON body holding U+0000 (NUL) or a lone UTF-16 surrogate (`\\ud800`) is refused with 400 `invalid_text`. Each user may hold a few live event streams at once (every kind together); one more is refused with 429 `rate_limited`.' },
    servers: [{ url: '/' }],
  });
}

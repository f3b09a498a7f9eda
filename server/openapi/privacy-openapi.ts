import type { RouteConfig } from '@asteasolutions/zod-to-openapi/dist/index.mjs';
import { z } from 'zod';
import { ConsentChoiceSchema, ConsentSchema, EraseRequestSchema } from '../../shared/privacy/consent';

type Helpers = {
  json(schema: z.ZodType): object;
  error(description: string): object;
  auth: Record<string, string[]>[];
};

const body = (schema: z.ZodType) => ({ body: { content: { 'application/json': { schema } } } });

/** The customer's consent, data export and erasure, for the OpenAPI document. */
export function privacyPaths({ json, error, auth }: Helpers): RouteConfig[] {
  const customerOnly = error('staff have no customer data of their own');
  return [
    { method: 'get', path: '/api/customers/me/consent', summary: "Customer (guests included): the caller's journey-analytics choice; `analytics: null` until they chose, which counts as no", security: auth, responses: { 200: { description: 'choice', ...json(ConsentSchema) }, 401: error('no session'), 403: customerOnly } },
    { method: 'put', path: '/api/customers/me/consent', summary: 'Customer: make or change the journey-analytics choice (views, AR views, virtual store visits); a refusal also deletes the analytics recorded so far', security: auth, request: body(ConsentChoiceSchema), responses: { 200: { description: 'choice recorded', ...json(ConsentSchema) }, 401: error('no session'), 403: customerOnly, 422: error('invalid body') } },
    { method: 'get', path: '/api/customers/me/data', summary: 'Customer: every row about the caller, by table (account, consents, carts, orders, timeline, help requests, bookings, sessions, passkeys by their public parts, mails, links, payments at a till, staff access); secrets (password and link hashes, mail bodies) left out', security: auth, responses: { 200: { description: 'the data, as a JSON download', ...json(z.record(z.string(), z.unknown())) }, 401: error('no session'), 403: customerOnly, 429: error('rate limited') } },
    { method: 'post', path: '/api/customers/me/erase', summary: "Customer: erase the account. An account with a password confirms with it (`{password}`); a guest sends `{}`. Personal data goes; orders stay for the accounts, without contact or address, under a deactivated account whose tokens are refused", security: auth, request: body(EraseRequestSchema), responses: { 204: { description: 'erased' }, 401: error('no session'), 403: error('wrong or missing password (`field: "password"`), or staff'), 409: error('`open_orders`: orders still to be shipped or picked up (`orders`: their numbers)'), 422: error('invalid body'), 429: error('rate limited') } },
  ];
}

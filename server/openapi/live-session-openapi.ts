import type { ResponseConfig, RouteConfig } from '@asteasolutions/zod-to-openapi/dist/index.mjs';
import { z } from 'zod';
import { HelpRequestInputSchema } from '../../shared/room/help';
import { BookingInputSchema, SlotsInputSchema } from '../help/bookings';
import { JoinSessionSchema, NewSessionSchema } from '../../shared/room/session-requests';
import { SlotQuerySchema } from '../../shared/room/slot-query';

type Helpers = {
  json(schema: z.ZodType): { content: { 'application/json': { schema: z.ZodType } } };
  error(description: string): ResponseConfig;
  auth: Record<string, string[]>[];
};

const id = z.object({ id: z.string() });

/** The help queue, live sessions (help, events, friends' visits, consultations), advisors' slots and bookings, for the OpenAPI document. */
export function liveSessionPaths({ json, error, auth }: Helpers): RouteConfig[] {
  const ok = (description: string) => ({ description });
  const signedIn = error('no session, or the token is not valid');
  return [
    // Help queue: customers ask, advisors take the next one.
    { method: 'post', path: '/api/help/requests', summary: 'Customer: ask an advisor, with what they look at (product, cart, page, store, message). While a request of theirs is still waiting or served, answers that one (200) instead of queueing another', security: auth, request: { body: json(HelpRequestInputSchema) }, responses: { 201: ok('HelpRequestView: queued, with its position'), 200: ok('HelpRequestView: the request already open'), 401: signedIn, 403: error('customers only'), 422: error('invalid body or unknown product'), 429: error('rate limited') } },
    { method: 'get', path: '/api/help/requests/{id}', summary: 'The customer who asked, an advisor or an admin: the request, its position while waiting, then its advisor and session', security: auth, request: { params: id }, responses: { 200: ok('HelpRequestView'), 401: signedIn, 403: error('someone else\'s request, or a clerk'), 404: error('no such help request') } },
    { method: 'get', path: '/api/help/requests/{id}/events', summary: 'Server-sent events: `event: request` with the request at once and on every change (position, advisor, session to join). Same callers as GET /api/help/requests/{id}; the customer\'s open stream keeps the request alive. EventSource may pass ?token=.', security: auth, request: { params: id }, responses: { 200: ok('text/event-stream'), 401: signedIn, 403: error('someone else\'s request, or a clerk'), 404: error('no such help request') } },
    { method: 'delete', path: '/api/help/requests/{id}', summary: 'The customer who asked, or an admin: withdraw the request; when an advisor is already serving it, the session ends too. A closed request answers as it is', security: auth, request: { params: id }, responses: { 200: ok('HelpRequestView'), 401: signedIn, 403: error('someone else\'s request, or not a customer or admin'), 404: error('no such help request') } },
    { method: 'get', path: '/api/help/queue', summary: 'Advisor or admin: the waiting requests in serving order (handed-back customers first, then first come, first served)', security: auth, responses: { 200: ok('{items: HelpRequestView[]}'), 401: signedIn, 403: error('advisors and admins only') } },
    { method: 'get', path: '/api/help/queue/events', summary: 'Advisor or admin. Server-sent events: `event: queue` with `{items}`, at once and on every change. EventSource may pass ?token=.', security: auth, responses: { 200: ok('text/event-stream'), 401: signedIn, 403: error('advisors and admins only') } },
    { method: 'post', path: '/api/help/requests/{id}/accept', summary: 'Advisor or admin: take a waiting request. Exactly one advisor wins; the customer\'s cart opens to them for the session. Answers {request, session, roomId, cartId}', security: auth, request: { params: id }, responses: { 200: ok('{request, session, roomId, cartId}'), 401: signedIn, 403: error('advisors and admins only'), 404: error('no such help request'), 409: error('another advisor already took it, or it is closed') } },
    { method: 'post', path: '/api/help/requests/{id}/release', summary: 'The advisor serving the request: hand the customer back, first in line for the next advisor (same session); the advisor loses access to the cart', security: auth, request: { params: id }, responses: { 200: ok('HelpRequestView'), 401: signedIn, 403: error('not an advisor or admin, or not serving this request'), 404: error('no such help request') } },

    // Sessions: the door of every private room, and what happened in it.
    { method: 'post', path: '/api/sessions', request: { body: json(NewSessionSchema) }, summary: 'Advisor or admin: host a group event (`{kind: "event", title, startsAt?, capacity?, admission?: "open" | "host", storeId?}`); customer: a visit with friends (`{kind: "friends", title?, storeId?}`). Answers the session with its invite in joinPath', security: auth, responses: { 201: ok('SessionView with the invite'), 401: signedIn, 403: error('events are for advisors and admins, friends\' visits for customers'), 422: error('invalid body, or a storeId that is no store of the catalogue'), 429: error('rate limited') } },
    { method: 'get', path: '/api/sessions/mine', summary: 'Any signed-in user: the sessions they host, are served in or joined by link, open ones first (invites on the ones they host)', security: auth, responses: { 200: ok('{items: SessionView[]}'), 401: signedIn } },
    { method: 'get', path: '/api/sessions/{id}', summary: 'Its host, its customer, its members, staff who took part, or an admin: the session', security: auth, request: { params: id }, responses: { 200: ok('SessionView'), 401: signedIn, 403: error('not part of this session'), 404: error('no such session') } },
    { method: 'get', path: '/api/sessions/{id}/summary', summary: 'Same callers as GET /api/sessions/{id}: the products shown and what staff added to customers\' carts', security: auth, request: { params: id }, responses: { 200: ok('SessionSummary'), 401: signedIn, 403: error('not part of this session'), 404: error('no such session') } },
    { method: 'post', path: '/api/sessions/{id}/end', summary: 'The host, the customer of a help session or consultation, or an admin: end the session once (its help request closes, staff lose the cart, the summary lands on every customer\'s timeline, the room closes). Answers the summary', security: auth, request: { params: id }, responses: { 200: ok('SessionSummary'), 401: signedIn, 403: error('only the host can end this session'), 404: error('no such session') } },
    { method: 'post', path: '/api/sessions/{id}/room', summary: 'Anyone with a seat (the host, the session\'s customer, a member) or an invite (`{invite?}` from the join link): the room to join with `joinById(roomId, {token})`. Answers {roomId, session}', security: auth, request: { params: id, body: json(JoinSessionSchema) }, responses: { 200: ok('{roomId, session}'), 401: signedIn, 403: error('invite not valid, not invited, or removed by the host'), 404: error('no such session'), 409: error('the session has ended'), 422: error('invalid body'), 429: error('rate limited') } },

    // Advisors' slots and customers' bookings (private consultations).
    { method: 'get', path: '/api/slots', request: { query: SlotQuerySchema }, summary: 'Any signed-in user: free slots from now on, soonest first (`?from=&to=` ISO times, `?advisorId=`)', security: auth, responses: { 200: ok('{items: Slot[]}'), 401: signedIn, 422: error('invalid query') } },
    { method: 'get', path: '/api/advisor/slots', summary: 'Advisor: their own slots not yet over (free, booked or withdrawn)', security: auth, responses: { 200: ok('{items: Slot[]}'), 401: signedIn, 403: error('advisors only') } },
    { method: 'post', path: '/api/advisor/slots', summary: 'Advisor: publish free slots; a start already published is skipped. Answers the slots created', security: auth, request: { body: json(SlotsInputSchema) }, responses: { 201: ok('{items: Slot[]}'), 401: signedIn, 403: error('advisors only'), 422: error('invalid body, or a slot in the past') } },
    { method: 'delete', path: '/api/advisor/slots/{id}', summary: 'Advisor: withdraw one of their own free slots', security: auth, request: { params: id }, responses: { 200: ok('Slot'), 401: signedIn, 403: error('advisors only'), 409: error('not one of your free slots') } },
    { method: 'post', path: '/api/bookings', summary: 'Customer: book a free slot. Two customers racing get one booking and one 409; a private consultation session is prepared and the booking lands on the timeline with its join path', security: auth, request: { body: json(BookingInputSchema) }, responses: { 201: ok('Booking'), 401: signedIn, 403: error('customers only'), 404: error('no such slot'), 409: error('the slot is no longer free'), 422: error('invalid body or unknown product'), 429: error('rate limited') } },
    { method: 'get', path: '/api/bookings/mine', summary: 'Any signed-in user: their bookings (an advisor\'s include the ones booked with them) from a day ago on, soonest first', security: auth, responses: { 200: ok('{items: Booking[]}'), 401: signedIn } },
    { method: 'delete', path: '/api/bookings/{id}', summary: 'The booking\'s customer or advisor, or an admin: cancel it. Its session closes; the slot is free again when the customer cancels, withdrawn when the advisor does. A cancelled booking answers as it is', security: auth, request: { params: id }, responses: { 200: ok('Booking'), 401: signedIn, 403: error('not your booking'), 404: error('no such booking') } },
  ];
}

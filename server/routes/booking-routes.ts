import { Router } from 'express';
import { requestOrigin } from '../http/request-origin';
import type { Services } from '../app/services';
import { parseInput } from '../http/parse-input';
import { channelOf } from '../http/channel';
import { requirePrincipal } from '../http/principal';
import { SlotQuerySchema } from '../../shared/room/slot-query';
import { BookingInputSchema, SlotsInputSchema, bookSlot, bookingsOf, cancelBooking, freeSlots, publishSlots, slotsOf, withdrawSlot } from '../help/bookings';

/** Advisors publish free slots; customers book private consultations on them. */
export function bookingRoutes(s: Services): Router {
  const r = Router();
  const { db } = s.database;

  r.post('/advisor/slots', async (req, res) => {
    const p = requirePrincipal(req, 'advisor');
    res.status(201).json({ items: await publishSlots(s, p, parseInput(SlotsInputSchema, req.body)) });
  });

  r.get('/advisor/slots', async (req, res) => {
    const p = requirePrincipal(req, 'advisor');
    res.json({ items: await slotsOf(db, p.userId, s.now()) });
  });

  r.delete('/advisor/slots/:id', async (req, res) => {
    const p = requirePrincipal(req, 'advisor');
    res.json(await withdrawSlot(s, p, req.params.id));
  });

  r.get('/slots', async (req, res) => {
    requirePrincipal(req);
    const q = parseInput(SlotQuerySchema, req.query, 'query');
    res.json({ items: await freeSlots(db, s.now(), q) });
  });

  r.post('/bookings', async (req, res) => {
    const p = requirePrincipal(req, 'customer');
    await s.limits.commands.consume(`book:${p.userId}`);
    res.status(201).json(await bookSlot(s, p, parseInput(BookingInputSchema, req.body), channelOf(req), requestOrigin(req, s.config)));
  });

  r.get('/bookings/mine', async (req, res) => {
    const p = requirePrincipal(req);
    res.json({ items: await bookingsOf(db, p, s.now()) });
  });

  r.delete('/bookings/:id', async (req, res) => {
    const p = requirePrincipal(req);
    res.json(await cancelBooking(s, p, req.params.id, channelOf(req), requestOrigin(req, s.config)));
  });

  return r;
}

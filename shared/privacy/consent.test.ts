import { describe, expect, it } from 'vitest';
import { ANALYTICS_EVENT_TYPES, ConsentChoiceSchema, EraseRequestSchema, isAnalyticsEvent } from './consent';
import { TIMELINE_EVENT_TYPES } from '../timeline/timeline-event';

describe('analytics consent', () => {
  it('needs consent for views and store visits only, never for carts, orders, help or sign-ins', () => {
    expect(ANALYTICS_EVENT_TYPES.every((t) => isAnalyticsEvent(t))).toBe(true);
    const essential = TIMELINE_EVENT_TYPES.filter((t) => !isAnalyticsEvent(t));
    for (const t of ['cart.changed', 'order.placed', 'help.requested', 'session.signed_in', 'booking.created'] as const) expect(essential).toContain(t);
    expect(isAnalyticsEvent('room.joined')).toBe(true);
  });

  it('takes a yes or a no and nothing else', () => {
    expect(ConsentChoiceSchema.safeParse({ analytics: true }).success).toBe(true);
    expect(ConsentChoiceSchema.safeParse({ analytics: 'yes' }).success).toBe(false);
    expect(ConsentChoiceSchema.safeParse({ analytics: true, ads: true }).success).toBe(false);
  });

  it('lets a guest erase without a password and refuses anything else in the body', () => {
    expect(EraseRequestSchema.safeParse({}).success).toBe(true);
    expect(EraseRequestSchema.safeParse({ password: '' }).success).toBe(false);
    expect(EraseRequestSchema.safeParse({ password: 'x', all: true }).success).toBe(false);
  });
});

/**
 * How long personal data is kept once it no longer serves its purpose (written on the privacy page
 * too). Analytics events: the CNIL allows 13 months for an audience cookie and 25 for the data it
 * gathered; we keep the shorter. A consent choice is asked again after 13 months.
 */
export const RETENTION = {
  /** A guest session with no order, idle this long, is deleted with its cart and journey. */
  guestDays: 30,
  /** Help requests closed (or cancelled) this long ago are deleted with their context. */
  helpMonths: 12,
  /** Journey analytics (views, visits of the virtual store). */
  analyticsMonths: 13,
  /** After this, the banner asks again. */
  consentMonths: 13,
} as const;

/** `when` moved back by whole calendar months (the 31st falls back to the month's last day). */
export function monthsBefore(when: Date, months: number): Date {
  const d = new Date(when.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export interface RetentionCutoffs {
  /** Guests created and last active before this are deleted (when they never ordered). */
  guestsIdleBefore: Date;
  helpClosedBefore: Date;
  analyticsBefore: Date;
}

/**
 * The instants before which each kind of data is deleted, for a sweep run at `now`.
 *
 * @example retentionCutoffs(new Date('2026-12-05T00:00:00Z')).analyticsBefore // 2025-11-05T00:00:00Z
 */
export function retentionCutoffs(now: Date): RetentionCutoffs {
  return {
    guestsIdleBefore: new Date(now.getTime() - RETENTION.guestDays * 24 * 3600_000),
    helpClosedBefore: monthsBefore(now, RETENTION.helpMonths),
    analyticsBefore: monthsBefore(now, RETENTION.analyticsMonths),
  };
}

/**
 * Whether a consent choice made at `decidedAt` is too old to stand and must be asked again.
 *
 * @example consentExpired('2025-01-01T00:00:00Z', new Date('2026-03-01T00:00:00Z')) // true
 */
export function consentExpired(decidedAt: string, now: Date): boolean {
  const t = Date.parse(decidedAt);
  return !Number.isFinite(t) || t <= monthsBefore(now, RETENTION.consentMonths).getTime();
}

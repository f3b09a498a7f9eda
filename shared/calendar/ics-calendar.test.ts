import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsCalendar, icsTime, type CalendarInvite } from './ics-calendar';
import { readIcs } from './read-ics';

const invite: CalendarInvite = {
  method: 'REQUEST',
  uid: 'booking-42@vitrine',
  sequence: 0,
  stamp: new Date('2026-12-05T10:00:00.123Z'),
  start: new Date('2026-12-07T14:00:00Z'),
  end: new Date('2026-12-07T14:30:00Z'),
  summary: 'Rendez-vous conseil, canapé; avec Inès',
  description: 'Ligne 1\nLigne 2 — '.repeat(8),
  location: 'En ligne: https://shop.example/store?session=s1',
  organizer: { name: 'Inès (Vitrine)', email: 'shop@vitrine.test' },
  attendee: { name: 'Zoé', email: 'zoe@example.com' },
};

describe('iCalendar invitations', () => {
  it('writes times in UTC without separators', () => {
    expect(icsTime(new Date('2026-12-07T14:00:00.500Z'))).toBe('20261207T140000Z');
  });

  it('escapes the characters TEXT values reserve', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds lines at 75 octets without cutting a UTF-8 character', () => {
    const long = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldIcsLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(long);
  });

  it('holds one confirmed event with its UID, times, organizer and attendee, every line CRLF and short', () => {
    const text = icsCalendar(invite);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const l of text.split('\r\n')) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    const props = readIcs(text);
    const get = (n: string) => props.find((p) => p.name === n);
    expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(get('METHOD')?.value).toBe('REQUEST');
    expect(get('UID')?.value).toBe('booking-42@vitrine');
    expect(get('SEQUENCE')?.value).toBe('0');
    expect(get('DTSTART')?.value).toBe('20261207T140000Z');
    expect(get('DTEND')?.value).toBe('20261207T143000Z');
    expect(get('DTSTAMP')?.value).toBe('20261205T100000Z');
    expect(get('SUMMARY')?.value).toBe(invite.summary);
    expect(get('DESCRIPTION')?.value).toBe(invite.description);
    expect(get('LOCATION')?.value).toBe(invite.location);
    expect(get('STATUS')?.value).toBe('CONFIRMED');
    expect(get('ORGANIZER')).toEqual({ name: 'ORGANIZER', params: { CN: 'Inès (Vitrine)' }, value: 'mailto:shop@vitrine.test' });
    expect(get('ATTENDEE')?.params).toMatchObject({ CN: 'Zoé', PARTSTAT: 'ACCEPTED' });
    expect(props.filter((p) => p.name === 'BEGIN').map((p) => p.value)).toEqual(['VCALENDAR', 'VEVENT', 'VALARM']);
  });

  it('cancels the same event: same UID, higher sequence, CANCEL and CANCELLED, no alarm', () => {
    const props = readIcs(icsCalendar({ ...invite, method: 'CANCEL', sequence: 1 }));
    const get = (n: string) => props.find((p) => p.name === n)?.value;
    expect([get('METHOD'), get('UID'), get('SEQUENCE'), get('STATUS')]).toEqual(['CANCEL', 'booking-42@vitrine', '1', 'CANCELLED']);
    expect(props.some((p) => p.name === 'BEGIN' && p.value === 'VALARM')).toBe(false);
  });
});

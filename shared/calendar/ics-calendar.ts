/**
 * One appointment as an iCalendar (RFC 5545) text, for mail invitations (RFC 5546 iTIP): a
 * `REQUEST` when it is booked and a `CANCEL` with the same UID and a higher SEQUENCE when it is
 * called off, so calendar programs update the event they already hold instead of adding one.
 */
export interface CalendarInvite {
  method: 'REQUEST' | 'CANCEL';
  /** Stable for the appointment's whole life, e.g. `booking-<id>@vitrine`. */
  uid: string;
  /** 0 when booked; each later message about the same appointment is higher. */
  sequence: number;
  /** When this message was written. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer: { name: string; email: string };
  attendee?: { name?: string; email: string };
}

const CRLF = '\r\n';

/** Octets of one character in UTF-8 (the code base runs where TextEncoder's types are not declared). */
function utf8Octets(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** `20261205T141500Z`: every time is written in UTC. */
export function icsTime(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeIcsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** A parameter value (a CN) is quoted; double quotes cannot appear in it at all. */
function paramValue(s: string): string {
  return `"${s.replace(/["\r\n]/g, '')}"`;
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1): continuation lines
 * start with one space, and a UTF-8 character is never cut in two.
 *
 * @example foldIcsLine('DESCRIPTION:' + 'x'.repeat(100)).split('\r\n').length // 2
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; a continuation's leading space counts, leaving 74.
  let limit = 75;
  for (const ch of line) {
    const size = utf8Octets(ch);
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/**
 * The whole VCALENDAR text, CRLF line ends, folded.
 *
 * @example icsCalendar({ method: 'REQUEST', uid: 'booking-1@vitrine', sequence: 0, stamp, start, end, summary: 'Conseil', organizer: { name: 'Vitrine', email: 'shop@vitrine.test' } })
 */
export function icsCalendar(e: CalendarInvite): string {
  const cancelled = e.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vitrine//Appointments//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${e.method}`,
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${icsTime(e.stamp)}`,
    `DTSTART:${icsTime(e.start)}`,
    `DTEND:${icsTime(e.end)}`,
    `SUMMARY:${escapeIcsText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeIcsText(e.description)}`] : []),
    ...(e.location ? [`LOCATION:${escapeIcsText(e.location)}`] : []),
    ...(e.url ? [`URL:${e.url}`] : []),
    `ORGANIZER;CN=${paramValue(e.organizer.name)}:mailto:${e.organizer.email}`,
    ...(e.attendee
      ? [`ATTENDEE;${e.attendee.name ? `CN=${paramValue(e.attendee.name)};` : ''}ROLE=REQ-PARTICIPANT;PARTSTAT=${cancelled ? 'DECLINED' : 'ACCEPTED'};RSVP=FALSE:mailto:${e.attendee.email}`]
      : []),
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    ...(cancelled ? [] : ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeIcsText(e.summary)}`, 'TRIGGER:-PT15M', 'END:VALARM']),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

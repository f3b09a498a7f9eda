import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { apiRequest } from '../api/api-client';
import { browsingStore } from '../stores/browsing-store';
import { useLocale } from '../stores/use-locale';
import { formatDate, formatTime } from '../i18n/format';
import { roomText } from './room-text';

interface Slot { id: string; advisor: { id: string; name: string }; startsAt: string }
interface Booking { id: string; sessionId: string; advisor: { id: string; name: string }; startsAt: string; status: string; joinPath: string; remind: boolean }

/**
 * Booking a private consultation (from a product page or inside the store: the product on screen
 * travels with it), and the reminder with its join link when one is about to start.
 */
export function BookingCard({ offer }: { offer: boolean }) {
  const locale = useLocale();
  const [bookings, setBookings] = useState<Booking[]>([]);
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void apiRequest<{ items: Booking[] }>('/bookings/mine').then((r) => setBookings(r.items)).catch(() => undefined);
  }, []);
  const when = (iso: string) => `${formatDate(iso, locale)} ${formatTime(iso, locale)}`;
  const open = async () => {
    const r = await apiRequest<{ items: Slot[] }>('/slots').catch(() => ({ items: [] as Slot[] }));
    setSlots(r.items.slice(0, 6));
  };
  const book = async (slot: Slot) => {
    setError(null);
    try {
      const productId = browsingStore.getState().productId ?? undefined;
      const b = await apiRequest<Booking>('/bookings', { method: 'POST', body: { slotId: slot.id, ...(productId ? { productId } : {}) } });
      setBookings([...bookings, b]);
      setSlots(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const upcoming = bookings.filter((b) => b.status === 'booked');
  return (
    <div className="room-booking" data-testid="booking-card">
      {upcoming.map((b) => (
        <p key={b.id} className={b.remind ? 'room-notice' : undefined} role={b.remind ? 'status' : undefined}>
          {b.remind ? roomText(locale, 'reminder', { name: b.advisor.name, time: formatTime(b.startsAt, locale) }) : roomText(locale, 'booked', { when: when(b.startsAt), name: b.advisor.name })}{' '}
          <Link href={b.joinPath} className="room-link">
            {roomText(locale, 'joinNow')}
          </Link>
        </p>
      ))}
      {offer && !slots && (
        <button type="button" className="room-link" onClick={() => void open()} data-testid="book-open">
          {roomText(locale, 'book')}
        </button>
      )}
      {slots && (
        <div>
          <strong>{roomText(locale, 'bookTitle')}</strong>
          {slots.length === 0 && <p className="muted">{roomText(locale, 'noSlots')}</p>}
          <ul className="room-people">
            {slots.map((s) => (
              <li key={s.id}>
                <button type="button" className="room-link" onClick={() => void book(s)}>
                  {when(s.startsAt)} · {s.advisor.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

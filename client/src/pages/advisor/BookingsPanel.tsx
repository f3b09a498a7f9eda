import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useLocale } from '../../stores/use-locale';
import { apiRequest } from '../../api/api-client';
import { formatDate, formatTime } from '../../i18n/format';
import { roomStore } from '../../room/room-store';
import { advisorText, advisorWord } from './advisor-text';
import { useCatalogue } from '../../stores/use-catalogue';

interface Slot { id: string; startsAt: string; endsAt: string; status: string }
interface Booking { id: string; sessionId: string; customerId: string; startsAt: string; status: string; productId?: string; remind: boolean }

/** Free slots the advisor publishes, and the consultations customers booked on them. */
export function BookingsPanel() {
  const locale = useLocale();
  const products = useCatalogue((s) => s.products);
  const [slots, setSlots] = useState<Slot[]>([]);
  const [bookings, setBookings] = useState<Booking[]>([]);
  const [start, setStart] = useState(() => new Date(Date.now() + 3600_000).toISOString().slice(0, 16));
  const [minutes, setMinutes] = useState(30);
  const [count, setCount] = useState(4);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const [s, b] = await Promise.all([apiRequest<{ items: Slot[] }>('/advisor/slots'), apiRequest<{ items: Booking[] }>('/bookings/mine')]);
    setSlots(s.items);
    setBookings(b.items);
  }, []);
  useEffect(() => {
    void reload().catch((e) => setError((e as Error).message));
  }, [reload]);
  const publish = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const first = new Date(start).getTime();
    const list = Array.from({ length: count }, (_, i) => ({ startsAt: new Date(first + i * minutes * 60_000).toISOString(), minutes }));
    try {
      await apiRequest('/advisor/slots', { method: 'POST', body: { slots: list } });
      await reload();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const when = (iso: string) => `${formatDate(iso, locale)} ${formatTime(iso, locale)}`;
  return (
    <section className="advisor-bookings" data-testid="advisor-bookings">
      <form onSubmit={publish} className="advisor-form">
        <h2>{advisorText(locale, 'publish')}</h2>
        <label className="field">
          <span>{advisorText(locale, 'start')}</span>
          <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} required />
        </label>
        <label className="field">
          <span>{advisorText(locale, 'minutes')}</span>
          <input type="number" min={10} max={180} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} />
        </label>
        <label className="field">
          <span>{advisorText(locale, 'count')}</span>
          <input type="number" min={1} max={20} value={count} onChange={(e) => setCount(Number(e.target.value))} />
        </label>
        <button className="btn btn--accent" type="submit">
          {advisorText(locale, 'publish')}
        </button>
        {error && <p className="error-text">{error}</p>}
      </form>
      <div>
        <h2>{advisorText(locale, 'myBookings')}</h2>
        {bookings.length === 0 && <p className="muted">{advisorText(locale, 'none')}</p>}
        <ul>
          {bookings.map((b) => (
            <li key={b.id}>
              {when(b.startsAt)}{b.productId ? ` · ${products[b.productId]?.name[locale] ?? ''}` : ''} · {advisorWord(locale, 'booking_', b.status, 'none')}{' '}
              {b.status === 'booked' && (
                <>
                  <button type="button" className="btn btn--small" onClick={() => void roomStore.getState().joinSession(b.sessionId)}>
                    {advisorText(locale, 'join')}
                  </button>{' '}
                  <button type="button" className="btn btn--ghost btn--small" onClick={() => void apiRequest(`/bookings/${b.id}`, { method: 'DELETE' }).then(reload)}>
                    {advisorText(locale, 'cancelBooking')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
        <h2>{advisorText(locale, 'mySlots')}</h2>
        <ul>
          {slots.map((s) => (
            <li key={s.id}>
              {when(s.startsAt)} – {formatTime(s.endsAt, locale)} · {advisorWord(locale, 'slot_', s.status, 'none')}{' '}
              {s.status === 'free' && (
                <button type="button" className="btn btn--ghost btn--small" onClick={() => void apiRequest(`/advisor/slots/${s.id}`, { method: 'DELETE' }).then(reload)}>
                  {advisorText(locale, 'withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

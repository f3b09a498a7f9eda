import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useSession } from '../../stores/use-session';
import { useLocale } from '../../stores/use-locale';
import { Link } from 'wouter';
import { StaffBar } from '../../app/staff/StaffBar';
import { StaffGate } from '../../app/staff/StaffGate';
import { advisorStore } from './advisor-store';
import { advisorText } from './advisor-text';
import { QueueList } from './QueueList';
import { ServingView } from './ServingView';
import { BookingsPanel } from './BookingsPanel';
import { EventsPanel } from './EventsPanel';
import './advisor.css';

const TABS = ['help', 'bookings', 'events'] as const;
type Tab = (typeof TABS)[number];

/**
 * `/advisor`, the advisor console: the help queue live with each customer's context, accepting a
 * request and joining that customer's session as an avatar (spotlight, laser, follow me, adding
 * to their cart), slots and bookings, and hosting group events.
 */
export function AdvisorPage() {
  const locale = useLocale();
  const user = useSession((s) => s.user);
  const serving = useStore(advisorStore, (s) => s.serving);
  const [tab, setTab] = useState<Tab>('help');
  const advisor = user && (user.role === 'advisor' || user.role === 'admin') ? user : null;

  const advisorId = advisor?.id;
  useEffect(() => {
    if (!advisorId) return;
    advisorStore.getState().start();
    return () => advisorStore.getState().stop();
  }, [advisorId]);

  if (!advisor) {
    return (
      <StaffGate title={advisorText(locale, 'signIn')} hint="advisor.demo">
        {user && !user.guest && <p className="notice">{advisorText(locale, 'notAdvisor')}</p>}
      </StaffGate>
    );
  }

  return (
    <div className="staff advisor" data-testid="advisor">
      <StaffBar
        brand={
          <>
            <Link href="/">Vitrine</Link> · {advisorText(locale, 'title')}
          </>
        }
        name={advisor.name}
      >
        <nav className="staff-tabs" aria-label={advisorText(locale, 'title')}>
          {TABS.map((x) => (
            <button key={x} type="button" aria-pressed={tab === x} onClick={() => setTab(x)}>
              {advisorText(locale, x === 'help' ? 'tabHelp' : x === 'bookings' ? 'tabBookings' : 'tabEvents')}
            </button>
          ))}
        </nav>
      </StaffBar>
      <main id="main" className="advisor-main">
        {tab === 'help' && (
          <div className="advisor-help">
            <QueueList />
            {serving && <ServingView />}
          </div>
        )}
        {tab === 'bookings' && <BookingsPanel />}
        {tab === 'events' && <EventsPanel />}
      </main>
    </div>
  );
}

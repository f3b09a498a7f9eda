import { useEffect, useState } from 'react';
import type { Dashboard } from '../../../../shared/dashboard/build-dashboard';
import { dashboardApi } from '../../api/dashboard-api';

/** How often the figures are read again while the dashboard is open. */
export const REFRESH_MS = 15_000;

/** The dashboard's figures for the last `days` days, refreshed every 15 seconds (and at once when `days` changes). */
export function useDashboard(days: number, enabled: boolean) {
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [at, setAt] = useState<Date | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    const read = () =>
      dashboardApi
        .get(days)
        .then((d) => {
          if (!alive) return;
          setData(d);
          setAt(new Date());
          setError(null);
        })
        .catch((e: Error) => alive && setError(e.message));
    void read();
    const timer = setInterval(read, REFRESH_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [days, enabled]);
  return { data, error, at };
}

import { useEffect } from 'react';

/**
 * Calls a route's prefetch outside its Suspense boundary, so it runs at once rather than after the
 * page's code has arrived (and after React's reveal throttle).
 */
export function RoutePrefetch({ prefetch, params }: { prefetch: (p: Record<string, string | undefined>) => void; params: Record<string, string | undefined> }) {
  const key = JSON.stringify(params);
  useEffect(() => {
    prefetch(JSON.parse(key) as Record<string, string | undefined>);
  }, [prefetch, key]);
  return null;
}

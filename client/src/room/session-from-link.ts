/**
 * Routes that do not rejoin from here: the 3D store joins a linked session itself once it has
 * drawn (a seat reservation can expire while its first frames compile), and the staff screens
 * have no customer help corner to show the session in.
 */
const JOINED_ELSEWHERE = ['/store', '/advisor', '/pos', '/admin', '/dashboard'];

/**
 * The session a link asks this shop page to rejoin (`/p/lamp-bulle?session=…&invite=…`, as the
 * "help request answered" mail sends), or null.
 *
 * @example sessionFromLink('/p/lamp-bulle', '?session=ses_1') // { sessionId: 'ses_1' }
 */
export function sessionFromLink(pathname: string, search: string): { sessionId: string; invite?: string } | null {
  if (JOINED_ELSEWHERE.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return null;
  const q = new URLSearchParams(search);
  const sessionId = q.get('session')?.trim();
  if (!sessionId) return null;
  const invite = q.get('invite')?.trim();
  return invite ? { sessionId, invite } : { sessionId };
}

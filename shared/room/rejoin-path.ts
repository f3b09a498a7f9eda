/** Where a rejoin link goes when the page asked from cannot be trusted: the 3D store joins any session. */
export const REJOIN_FALLBACK_PAGE = '/store';

// Resolving against an origin that cannot exist tells a path of this site from one that leaves it
// (`//evil.com`, `/\evil.com`, `https://x`, a tab or newline hidden between the slashes).
const PROBE_ORIGIN = 'https://vitrine.invalid';

/**
 * The link back to a help session, as a path of this site: the page the customer asked from,
 * with `?session=` (which every shop page and the 3D store read to rejoin the session). Only a
 * path of this site is kept, without its query or fragment; anything else (another site, a
 * scheme, nothing) falls back to the 3D store, so a recorded page can never make an open redirect.
 *
 * @example rejoinPath('/p/lamp-bulle', 'ses_1') // '/p/lamp-bulle?session=ses_1'
 * @example rejoinPath('//evil.com', 'ses_1') // '/store?session=ses_1'
 */
export function rejoinPath(page: string | null | undefined, sessionId: string): string {
  return `${sameSitePath(page)}?session=${encodeURIComponent(sessionId)}`;
}

function sameSitePath(page: string | null | undefined): string {
  if (!page?.startsWith('/')) return REJOIN_FALLBACK_PAGE;
  let url: URL;
  try {
    url = new URL(page, PROBE_ORIGIN);
  } catch {
    return REJOIN_FALLBACK_PAGE;
  }
  if (url.origin !== PROBE_ORIGIN || url.pathname.startsWith('//')) return REJOIN_FALLBACK_PAGE;
  return url.pathname;
}

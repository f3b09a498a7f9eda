import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { routes } from './app/routes';
import { matchPath } from './app/match-path';
import './app/app.css';
import { installAppChannel } from './pwa/install-app-channel';
import { followCatalogueChanges } from './stores/follow-catalogue-changes';
import { localeStore } from './stores/locale-store';
import { loadLocale } from './i18n/translate';

/**
 * Starts the first page's code and data before the first render, so the page appears directly
 * rather than after a loading fallback (and React's reveal throttle).
 */
async function preloadFirstRoute(): Promise<void> {
  for (const r of routes) {
    const params = matchPath(r.path, window.location.pathname);
    if (!params) continue;
    r.prefetch?.(params);
    await Promise.race([r.component.preload().catch(() => undefined), new Promise((ok) => setTimeout(ok, 4000))]);
    return;
  }
}

installAppChannel(); // [store & app] service worker, offline cart queue and its banner
followCatalogueChanges(); // the merchant's product changes show on every open page

void Promise.all([preloadFirstRoute(), loadLocale(localeStore.getState().locale)]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

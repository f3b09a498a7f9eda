import { createStore } from 'zustand/vanilla';
import type { Locale } from '../../../shared/i18n-text';
import { loadLocale } from '../i18n/translate';

const KEY = 'vitrine.locale';

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'fr' || saved === 'en') return saved;
  } catch {
    /* storage blocked: fall through to the browser language */
  }
  const langs = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  for (const l of langs) {
    if (l?.toLowerCase().startsWith('fr')) return 'fr';
    if (l?.toLowerCase().startsWith('en')) return 'en';
  }
  return 'fr';
}

interface LocaleState {
  locale: Locale;
  /** Switches once the language's messages are there, so a page never shows a mix. */
  setLocale(locale: Locale): Promise<void>;
}

/**
 * The UI language, kept in localStorage; defaults to the browser's language (French otherwise).
 * @example localeStore.getState().setLocale('en')
 */
export const localeStore = createStore<LocaleState>((set) => ({
  locale: initialLocale(),
  async setLocale(locale) {
    await loadLocale(locale);
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      /* not persisted, still switched */
    }
    set({ locale });
  },
}));

function applyLang(l: Locale) {
  if (typeof document !== 'undefined') document.documentElement.lang = l;
}
applyLang(localeStore.getState().locale);
localeStore.subscribe((s) => applyLang(s.locale));

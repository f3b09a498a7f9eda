import { useStore } from 'zustand';
import type { Locale } from '../../../shared/i18n-text';
import { localeStore } from './locale-store';

/** @example const locale = useLocale() // 'fr' */
export function useLocale(): Locale {
  return useStore(localeStore, (s) => s.locale);
}

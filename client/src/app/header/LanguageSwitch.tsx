import { LOCALES } from '../../../../shared/i18n-locales';
import { localeStore } from '../../stores/locale-store';
import { useT } from '../../i18n/use-t';

/** FR | EN toggle; the choice is kept on this device. */
export function LanguageSwitch() {
  const { t, locale } = useT();
  return (
    <div className="lang" role="group" aria-label={t('header.language')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === locale}
          onClick={() => void localeStore.getState().setLocale(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

import { money } from '../../../../shared/money-math';
import { formatPrice } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

/** Money (minor units of the dashboard's currency) and percentages in the current language. */
export function useDashFormat(currency: string) {
  const { locale } = useT();
  return {
    eur: (minor: number) => formatPrice(money(Math.round(minor), currency), locale),
    pct: (r: number) => new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(r),
  };
}

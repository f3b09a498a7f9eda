import type { Category } from '../../../../shared/catalogue/product';
import { CATEGORIES } from '../../../../shared/catalogue/catalogue-enums';
import { useT } from '../../i18n/use-t';

/** Category chips; `null` is "All". */
export function CategoryFilter({ value, onChange }: { value: Category | null; onChange(c: Category | null): void }) {
  const { t } = useT();
  const options: (Category | null)[] = [null, ...CATEGORIES];
  return (
    <div className="chips" role="group" aria-label={t('shop.filters')}>
      {options.map((c) => (
        <button key={c ?? 'all'} type="button" className="chip" aria-pressed={value === c} onClick={() => onChange(c)}>
          {t(c ? `category.${c}` : 'category.all')}
        </button>
      ))}
    </div>
  );
}

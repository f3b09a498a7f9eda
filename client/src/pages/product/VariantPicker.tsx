import type { Variant } from '../../../../shared/catalogue/product';
import { useT } from '../../i18n/use-t';

/** Swatches as a radio group: arrow keys move between them, the name is read out. */
export function VariantPicker({ variants, value, onChange }: { variants: Variant[]; value: string | null; onChange(id: string): void }) {
  const { t, locale } = useT();
  const current = variants.find((v) => v.id === value) ?? variants[0];
  if (!current) return null;
  return (
    <fieldset className="variants">
      <legend>
        {t('product.variant')}
        {t('app.colon')} <strong>{current.name[locale]}</strong>
      </legend>
      <div className="variants__list">
        {variants.map((v) => (
          <label key={v.id} className="swatch" title={v.name[locale]}>
            <input type="radio" name="variant" value={v.id} checked={v.id === current.id} onChange={() => onChange(v.id)} className="visually-hidden" data-testid={`variant-${v.id}`} />
            <span className="swatch__chip" style={{ background: v.swatch }} aria-hidden="true" />
            <span className="visually-hidden">{v.name[locale]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

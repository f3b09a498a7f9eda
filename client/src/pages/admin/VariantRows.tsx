import { useT } from '../../i18n/use-t';
import { emptyVariant, type FieldErrors, type ProductDraft, type VariantDraft } from './product-form';
import { FormField } from './FormField';
import { useFieldError } from './use-field-error';

/** The variants as rows of fields, each removable, plus "add a variant". */
export function VariantRows({ draft, onChange, errors, readOnly }: { draft: ProductDraft; onChange(d: ProductDraft): void; errors: FieldErrors; readOnly: boolean }) {
  const { t } = useT();
  const err = useFieldError(errors);
  const setRow = (i: number, patch: Partial<VariantDraft>) => onChange({ ...draft, variants: draft.variants.map((v, j) => (j === i ? { ...v, ...patch } : v)) });
  return (
    <fieldset className="variant-rows" data-testid="variant-rows">
      <legend>{t('prod.variants')}</legend>
      {draft.variants.length === 0 && <p className="muted small">{t('prod.noVariants')}</p>}
      {draft.variants.map((v, i) => {
        const p = `variants.${i}`;
        return (
          <fieldset key={i} className="variant-row" data-testid="variant-row">
            <legend>{t('prod.variantN', { n: i + 1 })}</legend>
            <div className="admin-grid">
              <FormField label={t('var.id')} value={v.id} onValue={(x) => setRow(i, { id: x })} error={err(`${p}.id`)} readOnly={readOnly} required autoComplete="off" />
              <FormField label={t('var.sku')} value={v.sku} onValue={(x) => setRow(i, { sku: x })} error={err(`${p}.sku`)} readOnly={readOnly} />
              <FormField label={t('var.nameFr')} value={v.nameFr} onValue={(x) => setRow(i, { nameFr: x })} error={err(`${p}.name.fr`)} readOnly={readOnly} required lang="fr" />
              <FormField label={t('var.nameEn')} value={v.nameEn} onValue={(x) => setRow(i, { nameEn: x })} error={err(`${p}.name.en`)} readOnly={readOnly} required lang="en" />
              <FormField label={t('var.swatch')} type="color" value={v.swatch} onValue={(x) => setRow(i, { swatch: x })} error={err(`${p}.swatch`)} disabled={readOnly} />
              <FormField label={t('var.price')} value={v.price} onValue={(x) => setRow(i, { price: x })} error={err(`${p}.price`)} readOnly={readOnly} inputMode="decimal" />
            </div>
            {!readOnly && (
              <button type="button" className="btn btn--small btn--ghost" onClick={() => onChange({ ...draft, variants: draft.variants.filter((_, j) => j !== i) })}>
                {t('prod.removeVariant', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {err('variants') && <p className="error-text">{err('variants')}</p>}
      {!readOnly && (
        <button type="button" className="btn btn--small btn--ghost" onClick={() => onChange({ ...draft, variants: [...draft.variants, emptyVariant()] })} data-testid="variant-add">
          + {t('prod.addVariant')}
        </button>
      )}
    </fieldset>
  );
}

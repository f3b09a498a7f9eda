import type { FormEvent } from 'react';
import { CATEGORIES, PLACEMENTS } from '../../../../shared/catalogue/catalogue-enums';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/fr';
import type { FieldErrors, ProductDraft } from './product-form';
import { FormField } from './FormField';
import { SelectField } from './SelectField';
import { VariantRows } from './VariantRows';
import { useFieldError } from './use-field-error';

/** The fields of a product, grouped; every field shows its own error. */
export function ProductForm({ draft, onChange, errors, readOnly, busy, onSubmit }: {
  draft: ProductDraft;
  onChange(d: ProductDraft): void;
  errors: FieldErrors;
  readOnly: boolean;
  busy: boolean;
  onSubmit(e: FormEvent): void;
}) {
  const { t } = useT();
  const err = useFieldError(errors);
  const set = (k: keyof ProductDraft) => (v: string) => onChange({ ...draft, [k]: v });
  const text = (k: keyof ProductDraft, label: MessageKey, path: string, extra: Record<string, unknown> = {}) => (
    <FormField label={t(label)} value={draft[k] as string} onValue={set(k)} error={err(path)} readOnly={readOnly} testId={`pf-${k}`} {...extra} />
  );
  return (
    <form className="product-form" onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend>{t('prod.names')}</legend>
        <div className="admin-grid">
          {text('id', 'prod.handle', 'id', { readOnly: readOnly || !draft.isNew, help: draft.isNew ? t('prod.handleHelp') : undefined, required: true, autoComplete: 'off', pattern: '[a-z0-9-]+' })}
          {text('sku', 'prod.sku', 'sku', { required: true })}
          {text('nameFr', 'prod.nameFr', 'name.fr', { required: true, lang: 'fr' })}
          {text('nameEn', 'prod.nameEn', 'name.en', { required: true, lang: 'en' })}
        </div>
        <div className="admin-grid">
          {text('descFr', 'prod.descFr', 'description.fr', { multiline: true, required: true, lang: 'fr' })}
          {text('descEn', 'prod.descEn', 'description.en', { multiline: true, required: true, lang: 'en' })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('prod.priceGroup')}</legend>
        <div className="admin-grid">
          {readOnly ? (
            text('category', 'prod.category', 'category')
          ) : (
            <SelectField label={t('prod.category')} value={draft.category} onValue={set('category')} error={err('category')} options={CATEGORIES.map((c) => [c, t(`category.${c}` as MessageKey)] as const)} testId="pf-category" />
          )}
          {text('price', 'prod.price', 'price', { inputMode: 'decimal', required: true })}
          {text('compareAt', 'prod.compareAt', 'compareAtPrice', { inputMode: 'decimal' })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('prod.dimensions')}</legend>
        <div className="admin-grid admin-grid--narrow">
          {text('w', 'prod.width', 'dimensionsM.w', { inputMode: 'decimal', required: true })}
          {text('h', 'prod.height', 'dimensionsM.h', { inputMode: 'decimal', required: true })}
          {text('d', 'prod.depth', 'dimensionsM.d', { inputMode: 'decimal', required: true })}
        </div>
        <fieldset className="admin-radios" disabled={readOnly}>
          <legend>{t('prod.placement')}</legend>
          {PLACEMENTS.map((p) => (
            <label key={p}>
              <input type="radio" name="placement" value={p} checked={draft.placement === p} onChange={() => set('placement')(p)} />
              {t(`placement.${p}`)}
            </label>
          ))}
          {err('placement') && <p className="error-text">{err('placement')}</p>}
        </fieldset>
      </fieldset>
      <VariantRows draft={draft} onChange={onChange} errors={errors} readOnly={readOnly} />
      {!readOnly && (
        <p className="product-form__actions">
          <button type="submit" className="btn btn--accent" disabled={busy} data-testid="product-save">
            {busy ? t('prod.saving') : t('prod.save')}
          </button>
        </p>
      )}
    </form>
  );
}

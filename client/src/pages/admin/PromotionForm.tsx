import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/fr';
import { CATEGORIES } from '../../../../shared/catalogue/catalogue-enums';
import { isApiError } from '../../api/api-error';
import { FormField } from './FormField';
import { SelectField } from './SelectField';
import { SetProductsPicker } from './SetProductsPicker';
import { emptyPromotionDraft, fromPromotionDraft, MAX_PERCENT, promotionErrorsFromAnswer, suggestPromotionId, type PromotionDraft, type PromotionFieldError } from './promotion-form';
import { promotionsStore } from './promotions-store';

/**
 * Starts a promotion of either kind the shop knows: a percentage off a category, or a price for a
 * set of products chosen by name. Refusals (an id already used, a product gone) show by their field.
 */
export function PromotionForm({ onCreated }: { onCreated(): void }) {
  const { t, locale } = useT();
  const [d, setD] = useState<PromotionDraft>(emptyPromotionDraft);
  const [errors, setErrors] = useState<Record<string, PromotionFieldError>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const err = (path: string) => (errors[path] ? t(`promo.err.${errors[path]}` as MessageKey) : undefined);
  const set = (k: 'labelEn' | 'category' | 'percent' | 'price' | 'startsOn' | 'endsOn') => (v: string) => setD({ ...d, [k]: v });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const built = fromPromotionDraft(d);
    if ('errors' in built) {
      setErrors(built.errors);
      setMessage({ ok: false, text: t('promo.notCreated') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const p = await promotionsStore.getState().create(built.promotion);
      onCreated();
      setMessage({ ok: true, text: t('promo.created', { name: p.label[locale] }) });
      setD(emptyPromotionDraft());
    } catch (x) {
      const found = isApiError(x) ? promotionErrorsFromAnswer(x.status, x.body) : {};
      setErrors(found);
      setMessage({ ok: false, text: Object.keys(found).length ? t('promo.notCreated') : (x as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="admin-card" onSubmit={submit} noValidate aria-labelledby="promo-new-title" data-testid="promo-form">
      <h2 id="promo-new-title">{t('promo.new')}</h2>
      <fieldset className="admin-radios" data-testid="promo-kind">
        <legend>{t('promo.kind')}</legend>
        {(['category_percent', 'bundle'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="promo-kind" value={k} checked={d.kind === k} onChange={() => setD({ ...d, kind: k })} />
            {t(`promo.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="admin-grid">
        <FormField
          label={t('promo.labelFr')}
          value={d.labelFr}
          onValue={(v) => setD({ ...d, labelFr: v, id: d.idTouched ? d.id : suggestPromotionId(v) })}
          error={err('label.fr')}
          testId="promo-label-fr"
        />
        <FormField label={t('promo.labelEn')} value={d.labelEn} onValue={set('labelEn')} error={err('label.en')} testId="promo-label-en" />
        <FormField
          label={t('promo.id')}
          value={d.id}
          onValue={(v) => setD({ ...d, id: v, idTouched: true })}
          error={err('id')}
          help={t('promo.idHelp')}
          autoComplete="off"
          spellCheck={false}
          testId="promo-id"
        />
        {d.kind === 'category_percent' ? (
          <>
            <SelectField label={t('promo.category')} value={d.category} onValue={set('category')} error={err('category')} options={CATEGORIES.map((c) => [c, t(`category.${c}`)] as const)} testId="promo-category" />
            <FormField label={t('promo.percent')} type="number" inputMode="numeric" min={1} max={MAX_PERCENT} step={1} value={d.percent} onValue={set('percent')} error={err('percent')} help={t('promo.percentHelp')} testId="promo-percent" />
          </>
        ) : (
          <FormField label={t('promo.price')} inputMode="decimal" value={d.price} onValue={set('price')} error={err('price')} testId="promo-price" />
        )}
        <FormField label={t('promo.startsOn')} type="date" value={d.startsOn} onValue={set('startsOn')} error={err('startsAt')} testId="promo-starts" />
        <FormField label={t('promo.endsOn')} type="date" value={d.endsOn} onValue={set('endsOn')} error={err('endsAt')} testId="promo-ends" />
      </div>
      {d.kind === 'bundle' && <SetProductsPicker chosen={d.products} onChosen={(products) => setD({ ...d, products })} errors={errors} />}
      {message && (
        <p className={`notice ${message.ok ? 'notice--ok' : 'notice--error'}`} role={message.ok ? 'status' : 'alert'} data-testid="promo-message">
          {message.text}
        </p>
      )}
      <button type="submit" className="btn btn--accent" disabled={busy} data-testid="promo-create">
        {t('promo.create')}
      </button>
    </form>
  );
}

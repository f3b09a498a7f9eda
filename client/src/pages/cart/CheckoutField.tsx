import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/fr';
import { fieldErrors, useCheckoutForm, checkoutFormStore, type FormField } from './checkout-form-store';

/** One labelled input of the checkout form, with its error under it once the customer has left it. */
export function CheckoutField({ field, label, ships, type = 'text', autoComplete, inputMode }: {
  field: FormField;
  label: MessageKey;
  ships: boolean;
  type?: string;
  autoComplete: string;
  inputMode?: 'email' | 'tel' | 'numeric' | 'text';
}) {
  const { t } = useT();
  const value = useCheckoutForm((s) => (field === 'email' || field === 'phone' ? s.contact[field] : s.address[field]));
  const touched = useCheckoutForm((s) => !!s.touched[field]);
  const server = useCheckoutForm((s) => s.serverErrors[field]);
  const local = useCheckoutForm((s) => fieldErrors(s, ships)[field]);
  const error = server ?? (touched ? local : undefined);
  const id = `checkout-${field}`;
  return (
    <div className={`field field--${field}`}>
      <label htmlFor={id}>{t(label)}</label>
      <input
        id={id}
        name={field}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => checkoutFormStore.getState().set(field, e.target.value)}
        onBlur={() => checkoutFormStore.getState().touch(field)}
        data-testid={id}
      />
      {error && (
        <p className="error-text small" id={`${id}-error`} data-testid={`${id}-error`}>
          {t(`checkout.err.${error}`)}
        </p>
      )}
    </div>
  );
}

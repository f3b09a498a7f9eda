import { useId, type InputHTMLAttributes } from 'react';

/**
 * A labelled input with its help and its error under it, tied with `aria-describedby` so a screen
 * reader reads them with the field; `multiline` makes it a textarea.
 *
 * @example <FormField label={t('prod.price')} value={d.price} onValue={set('price')} error={errors.price} inputMode="decimal" />
 */
export function FormField({
  label,
  value,
  onValue,
  error,
  help,
  multiline,
  testId,
  ...rest
}: {
  label: string;
  value: string;
  onValue(v: string): void;
  error?: string;
  help?: string;
  multiline?: boolean;
  testId?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const id = useId();
  const describedBy = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'data-testid': testId };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} value={value} required={rest.required} onChange={(e) => onValue(e.target.value)} />
      ) : (
        <input {...common} {...rest} value={value} onChange={(e) => onValue(e.target.value)} />
      )}
      {help && (
        <p className="small muted field__help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error && (
        <p className="error-text field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

import { useId, type InputHTMLAttributes } from 'react';

/**
 * A labelled input whose help and inline error are read with it (`aria-describedby`).
 *
 * @example <AccessField label={t('acct.email')} type="email" value={email} onValue={setEmail} error={errorFor('email')} />
 */
export function AccessField({ label, value, onValue, error, help, ...rest }: {
  label: string;
  value: string;
  onValue(v: string): void;
  error?: string;
  help?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const id = useId();
  const describedBy = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} value={value} onChange={(e) => onValue(e.target.value)} />
      {help && <p className="small muted" id={`${id}-help`}>{help}</p>}
      {error && <p className="error-text small" id={`${id}-error`}>{error}</p>}
    </div>
  );
}

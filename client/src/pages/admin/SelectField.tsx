import { useId } from 'react';

/** A labelled select. @example <SelectField label={t('prod.category')} value={c} onValue={setC} options={[['sofas', 'Canapés']]} /> */
export function SelectField({
  label,
  value,
  onValue,
  options,
  error,
  testId,
}: {
  label: string;
  value: string;
  onValue(v: string): void;
  options: readonly (readonly [value: string, label: string])[];
  error?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.target.value)} data-testid={testId} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      {error && (
        <p className="error-text field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

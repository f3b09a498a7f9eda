import { MAX_LINE_QTY } from '../../../shared/cart/cart-limits';
import './qty-stepper.css';

/** − qty + with a typed field in between; never below `min` nor above the cart's per-line maximum. */
export function QtyStepper({ value, onChange, label, min = 1, max = MAX_LINE_QTY, disabled, testId }: {
  value: number;
  onChange(n: number): void;
  label: string;
  min?: number;
  max?: number;
  disabled?: boolean;
  testId?: string;
}) {
  const clamp = (n: number) => Math.max(min, Math.min(max, Math.round(n)));
  return (
    <div className="stepper" role="group" aria-label={label} data-testid={testId}>
      <button type="button" onClick={() => onChange(clamp(value - 1))} disabled={disabled || value <= min} aria-label={`${label} −1`}>
        −
      </button>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value}
        aria-label={label}
        disabled={disabled}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (Number.isFinite(n) && e.target.value !== '') onChange(clamp(n));
        }}
      />
      <button type="button" onClick={() => onChange(clamp(value + 1))} disabled={disabled || value >= max} aria-label={`${label} +1`}>
        +
      </button>
    </div>
  );
}

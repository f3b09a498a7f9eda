/** A length or position on the plan, in metres, to a centimetre. */
export function MetreField({ label, value, onValue, testId }: { label: string; value: number; onValue: (v: number) => void; testId: string }) {
  return (
    <label style={{ display: 'block' }}>
      {label}{' '}
      <input type="number" step={0.1} value={Math.round(value * 100) / 100} onChange={(e) => onValue(Number(e.target.value))} data-testid={testId} style={{ width: '6em' }} />
    </label>
  );
}

import { useStore } from 'zustand';
import { counter } from './counter-store';
import { Label } from './Label';

/** The island root: rendered by React inside the Preact page. */
export function Island({ label }: { label: string }) {
  const n = useStore(counter, (s) => s.n);
  return <Label text={`${label} ${n}`} />;
}

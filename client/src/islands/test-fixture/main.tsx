import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { useStore } from 'zustand';
import { counter } from './counter-store';
import { Label } from './Label';

const Island = lazy(() => import('./Island').then((m) => ({ default: m.Island })));

function App() {
  const n = useStore(counter, (s) => s.n);
  return (
    <main>
      <Label text={String(n)} />
      <Suspense fallback={null}>
        <Island label="island" />
      </Suspense>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);

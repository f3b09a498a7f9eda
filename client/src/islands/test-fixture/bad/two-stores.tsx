import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { useLikes } from './likes-store';

const Island = lazy(() => import('./LikesIsland').then((m) => ({ default: m.LikesIsland })));

function App() {
  return (
    <Suspense fallback={null}>
      <p>{useLikes()}</p>
      <Island />
    </Suspense>
  );
}

createRoot(document.getElementById('root')!).render(<App />);

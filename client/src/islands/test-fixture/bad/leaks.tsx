import { createRoot } from 'react-dom/client';
import { Spinner } from '../three/Spinner';

/** A 2D page that renders a React-only component directly instead of through an island root. */
createRoot(document.getElementById('root')!).render(<Spinner />);

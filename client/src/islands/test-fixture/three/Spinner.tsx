import { useEffect, useState } from 'react';

/** Stands for 3D code: it runs only on React. */
export function Spinner() {
  const [n, setN] = useState(0);
  useEffect(() => setN(1), []);
  return <span>{n}</span>;
}

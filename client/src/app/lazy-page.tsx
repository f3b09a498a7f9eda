import { use, type ComponentType } from 'react';

export interface LazyPage {
  (): React.ReactNode;
  /** Starts (once) the download of the page's code. */
  preload(): Promise<void>;
  displayName?: string;
}

/**
 * Like React.lazy, but once `preload()` has finished the page renders synchronously: the first
 * visit does not show a fallback and then wait for React's reveal throttle (about 300 ms).
 *
 * @example const ProductPage = lazyPage(() => import('../pages/product/ProductPage').then((m) => m.ProductPage))
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let Loaded: ComponentType | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (c) => {
        Loaded = c;
      },
      (e: unknown) => {
        pending = null;
        throw e;
      },
    ));
  const Page = (() => {
    if (!Loaded) use(preload());
    const C = Loaded!;
    return <C />;
  }) as LazyPage;
  Page.preload = preload;
  return Page;
}

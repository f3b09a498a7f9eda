import { prefetchProductPage } from '../pages/product/prefetch-product-page';
import { lazyPage, type LazyPage } from './lazy-page';

export interface AppRoute {
  /** wouter pattern, e.g. `/p/:productId`. */
  path: string;
  component: LazyPage;
  /** `shop`: header and footer around the page; `bare`: the page owns the whole screen (till, console, 3D store). */
  layout: 'shop' | 'bare';
  /** Starts the route's downloads (data, 3D code, models) in parallel with its lazy code. Keep it tiny: it is in the shell. */
  prefetch?: (params: Record<string, string | undefined>) => void;
}

/**
 * Every client route, one line each; pages load lazily (`lazyPage`) so the 2D shell stays small and
 * three.js only arrives with the pages that draw in 3D. Pages export a named component.
 */
export const routes: AppRoute[] = [
  { path: '/', layout: 'shop', component: lazyPage(() => import('../pages/home/StorefrontPage').then((m) => m.StorefrontPage)) },
  { path: '/p/:productId', layout: 'shop', prefetch: prefetchProductPage, component: lazyPage(() => import('../pages/product/ProductPage').then((m) => m.ProductPage)) },
  { path: '/cart', layout: 'shop', component: lazyPage(() => import('../pages/cart/CartPage').then((m) => m.CartPage)) },
  { path: '/account', layout: 'shop', component: lazyPage(() => import('../pages/account/AccountPage').then((m) => m.AccountPage)) },
  { path: '/account/:step', layout: 'shop', component: lazyPage(() => import('../pages/account-access/AccountAccessPage').then((m) => m.AccountAccessPage)) },
  { path: '/privacy', layout: 'shop', component: lazyPage(() => import('../pages/privacy/PrivacyPage').then((m) => m.PrivacyPage)) },
  { path: '/store', layout: 'bare', component: lazyPage(() => import('../pages/store/StorePage').then((m) => m.StorePage)) },
  { path: '/advisor', layout: 'bare', component: lazyPage(() => import('../pages/advisor/AdvisorPage').then((m) => m.AdvisorPage)) },
  { path: '/pos', layout: 'bare', component: lazyPage(() => import('../pages/pos/PosPage').then((m) => m.PosPage)) },
  { path: '/admin', layout: 'bare', component: lazyPage(() => import('../pages/admin/AdminPage').then((m) => m.AdminPage)) },
  { path: '/dashboard', layout: 'bare', component: lazyPage(() => import('../pages/dashboard/DashboardPage').then((m) => m.DashboardPage)) },
];

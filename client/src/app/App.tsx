import { Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { routes } from './routes';
import { ShopLayout } from './ShopLayout';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { PageLoading } from './PageLoading';
import { NotFoundPage } from './NotFoundPage';
import { RoutePrefetch } from './RoutePrefetch';
import { sessionStore } from '../stores/session-store';
import { followCustomerCart } from '../stores/cart-store';
// [live sessions] "Ask an advisor" and the session panel (client/src/room); the room code itself loads on first use.
import { installHelp } from '../room/install-help';

installHelp();
// [/live sessions]

/** The application: starts the session and (for a customer) the live cart, then renders the matching route. */
export function App() {
  useEffect(() => {
    void sessionStore.getState().start();
    // Customers only: staff pages (/advisor, /pos, /dashboard) have no cart of their own to load.
    void followCustomerCart().catch(() => undefined);
  }, []);

  return (
    <Switch>
      {routes.map(({ path, component: Page, layout, prefetch }) => (
        <Route key={path} path={path}>
          {(params) => {
            const page = (
              <RouteErrorBoundary>
                {prefetch && <RoutePrefetch prefetch={prefetch} params={params} />}
                <Suspense fallback={<PageLoading />}>
                  <Page />
                </Suspense>
              </RouteErrorBoundary>
            );
            return layout === 'shop' ? <ShopLayout>{page}</ShopLayout> : page;
          }}
        </Route>
      ))}
      <Route>
        <ShopLayout>
          <NotFoundPage />
        </ShopLayout>
      </Route>
    </Switch>
  );
}

import layoutJson from '../../../../assets/store-layout/store-layout.json';
import type { StoreLayout } from '../../../../shared/store-layout/store-layout-schema';

/**
 * The store's layout, bundled with the page. The JSON is kept complete (every default written
 * out) and validated by store-layout-data.test.ts, so zod stays out of the browser bundle.
 */
export const storeLayout = layoutJson as unknown as StoreLayout;

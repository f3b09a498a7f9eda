import type { Services } from '../app/services';
import { loadCatalogue } from './catalogue';

/**
 * Tells this process that some products changed in the database: the in-memory catalogue is read
 * again, in place, so every holder of `s.catalogue` sees the new products. Call after commit.
 *
 * @example await announceCatalogueChange(s, ['sofa-oslo-3']);
 */
export async function announceCatalogueChange(s: Pick<Services, 'catalogue' | 'database' | 'log'>, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  try {
    Object.assign(s.catalogue, await loadCatalogue(s.database.db));
  } catch (err) {
    s.log.warn({ err, ids: ids.slice(0, 20) }, 'could not reload the catalogue after a change');
  }
}

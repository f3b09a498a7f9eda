import { serviceAvailable } from '../test-support/services-available';
import type { Backend } from '../test-support/test-server';

/** The embedded database always; PostgreSQL when reachable (required in CI). */
export async function testBackends(): Promise<Backend[]> {
  return (await serviceAvailable('PostgreSQL')) ? ['embedded', 'postgres'] : ['embedded'];
}

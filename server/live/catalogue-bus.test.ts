import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { serviceAvailable, TEST_POSTGRES_URL, TEST_REDIS_URL } from '../test-support/services-available';
import { createPgCatalogueBus } from './pg-catalogue-bus';
import { createRedisCatalogueBus } from './redis-catalogue-bus';
import type { CatalogueBus, CatalogueChanged } from './catalogue-bus';

const log = pino({ level: 'silent' });
const hasPg = await serviceAvailable('PostgreSQL');
const hasRedis = await serviceAvailable('Redis');

/** Two processes' buses: a change published on one reaches the other's listeners. */
async function crosses(a: CatalogueBus, b: CatalogueBus) {
  try {
    const heard = new Promise<CatalogueChanged>((resolve) => b.subscribe(resolve));
    const change: CatalogueChanged = { ids: ['sofa-oslo-3'], version: 42, origin: 'process-a' };
    await a.publish(change);
    expect(await Promise.race([heard, new Promise((_, no) => setTimeout(() => no(new Error('not heard within 5 s')), 5000))])).toEqual(change);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
}

describe('the catalogue bus between processes', () => {
  it.runIf(hasPg)('carries a change over PostgreSQL LISTEN/NOTIFY', async () => {
    await crosses(await createPgCatalogueBus(TEST_POSTGRES_URL, log), await createPgCatalogueBus(TEST_POSTGRES_URL, log));
  });

  it.runIf(hasRedis)('carries a change over Redis pub/sub', async () => {
    await crosses(await createRedisCatalogueBus(`${TEST_REDIS_URL}/6`, log), await createRedisCatalogueBus(`${TEST_REDIS_URL}/6`, log));
  });
});

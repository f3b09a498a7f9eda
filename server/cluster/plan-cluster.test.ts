import { describe, expect, it } from 'vitest';
import { planCluster } from './plan-cluster';

const services = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/vitrine', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('planCluster (npm run start:cluster)', () => {
  it('refuses to start without PostgreSQL and Redis, naming what is missing', () => {
    const none = planCluster({});
    expect(none.ok).toBe(false);
    expect(!none.ok && none.message).toMatch(/needs DATABASE_URL and REDIS_URL/);
    const noRedis = planCluster({ DATABASE_URL: services.DATABASE_URL });
    expect(!noRedis.ok && noRedis.message).toMatch(/needs REDIS_URL:/);
  });

  it('gives each process its own port and a room address under the proxy, one per CPU by default', () => {
    const plan = planCluster(services, 4);
    expect(plan.ok && plan.processes.map((p) => [p.name, p.env.PORT, p.env.HOST, p.env.VITRINE_PUBLIC_ADDRESS])).toEqual([
      ['1', '3001', '127.0.0.1', 'localhost:8080/rooms/1'],
      ['2', '3002', '127.0.0.1', 'localhost:8080/rooms/2'],
      ['3', '3003', '127.0.0.1', 'localhost:8080/rooms/3'],
      ['4', '3004', '127.0.0.1', 'localhost:8080/rooms/4'],
    ]);
    expect(planCluster(services, 1).ok && (planCluster(services, 1) as { processes: unknown[] }).processes).toHaveLength(2);
  });

  it('follows the public URL, the first port, the count and a per-machine name', () => {
    const plan = planCluster({ ...services, VITRINE_PUBLIC_URL: 'https://shop.example', VITRINE_FIRST_PORT: '4000', VITRINE_PROCESSES: '2', VITRINE_CLUSTER_NAME: 'b', HOST: '0.0.0.0' });
    expect(plan.ok && plan.processes.map((p) => [p.port, p.env.HOST, p.env.VITRINE_PUBLIC_ADDRESS])).toEqual([
      [4000, '0.0.0.0', 'shop.example/rooms/b1'],
      [4001, '0.0.0.0', 'shop.example/rooms/b2'],
    ]);
  });

  it('refuses nonsense with the variable named', () => {
    expect(planCluster({ ...services, VITRINE_PROCESSES: 'two' })).toMatchObject({ ok: false, message: expect.stringMatching(/VITRINE_PROCESSES/) });
    expect(planCluster({ ...services, VITRINE_FIRST_PORT: '65535', VITRINE_PROCESSES: '2' })).toMatchObject({ ok: false, message: expect.stringMatching(/VITRINE_FIRST_PORT/) });
    expect(planCluster({ ...services, VITRINE_CLUSTER_NAME: '../x' })).toMatchObject({ ok: false, message: expect.stringMatching(/VITRINE_CLUSTER_NAME/) });
    expect(planCluster({ ...services, VITRINE_PUBLIC_URL: 'not a url' })).toMatchObject({ ok: false, message: expect.stringMatching(/VITRINE_PUBLIC_URL/) });
  });
});

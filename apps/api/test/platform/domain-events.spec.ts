import { ACCESS_CHANGED, DomainEvents, loadConfig, type AccessChanged } from '@ruta/server-core';
import { PubSubEngine } from 'graphql-subscriptions';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../src/create-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await sleep(20);
  }
}

/** The user ids of the access changes `app` publishes, from the moment of the call. */
async function heard(app: INestApplication): Promise<string[]> {
  const ids: string[] = [];
  await app.get(PubSubEngine).subscribe(ACCESS_CHANGED, (payload: AccessChanged) => payload.userId && ids.push(payload.userId), {});
  return ids;
}

/**
 * The outbox: an event is written in the transaction of its change, dispatched after the commit by
 * exactly one instance, never for a rolled-back change, and not lost when its writer stops.
 */
describe('domain events', () => {
  let a: TestApp;
  let b: INestApplication;

  beforeAll(async () => {
    a = await startTestApp();
    b = await createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), a.databaseUrl);
    await b.init();
  }, 60_000);
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('is dispatched after its transaction commits, not before', async () => {
    const received = await heard(a.app);
    const userId = randomUUID();
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    const transaction = a.db.transaction(async (manager) => {
      await a.app.get(DomainEvents).record(manager, ACCESS_CHANGED, { userId });
      await committed;
    });
    await sleep(300);
    await a.app.get(DomainEvents).dispatch();
    expect(received).not.toContain(userId);
    commit();
    await transaction;
    await eventually(() => received.includes(userId));
    const [row] = await a.db.query(`SELECT dispatched_at FROM domain_event WHERE payload->>'userId' = $1`, [userId]);
    expect(row.dispatched_at).toBeInstanceOf(Date);
  });

  it('is never dispatched for a rolled-back change', async () => {
    const received = await heard(a.app);
    const userId = randomUUID();
    await expect(
      a.db.transaction(async (manager) => {
        await a.app.get(DomainEvents).record(manager, ACCESS_CHANGED, { userId });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    await a.app.get(DomainEvents).dispatch();
    await sleep(200);
    expect(received).not.toContain(userId);
    expect(await a.db.query(`SELECT 1 FROM domain_event WHERE payload->>'userId' = $1`, [userId])).toHaveLength(0);
  });

  it('cannot be recorded apart from a change (outside a transaction)', async () => {
    await expect(a.app.get(DomainEvents).record(a.db.manager, ACCESS_CHANGED, { userId: randomUUID() })).rejects.toThrow(
      /outside a transaction/,
    );
  });

  it('is dispatched once, by one of the instances sharing the database', async () => {
    // Without Redis each instance publishes in its own process: together they must hear each event once.
    const [onA, onB] = [await heard(a.app), await heard(b)];
    const ids = Array.from({ length: 60 }, () => randomUUID());
    await Promise.all(
      ids.map((userId, index) =>
        a.db.transaction((manager) => (index % 2 ? a.app : b).get(DomainEvents).record(manager, ACCESS_CHANGED, { userId })),
      ),
    );
    await eventually(() => ids.every((id) => onA.includes(id) || onB.includes(id)));
    await sleep(300);
    for (const id of ids) expect(onA.filter((seen) => seen === id).length + onB.filter((seen) => seen === id).length).toBe(1);
  });

  it('is not lost when the instance that wrote it stops before dispatching it', async () => {
    const received = await heard(a.app);
    const userId = randomUUID();
    // A committed row nobody dispatched (its writer died between the commit and the relay).
    await a.db.query(`INSERT INTO domain_event (type, payload) VALUES ($1, $2)`, [ACCESS_CHANGED, JSON.stringify({ userId })]);
    await eventually(() => received.includes(userId), 8_000); // the relay's poll finds it without a notification
  });

  it('carries the real changes: signing out records the session’s access change in the same commit', async () => {
    const { data } = await a.gql<{ login: { token: string } }>(
      'mutation { login(email: "analista@demo.ruta.ec", password: "ruta-demo") { token } }',
    );
    const token = data!.login.token;
    const before = Number((await a.db.query(`SELECT count(*) FROM domain_event WHERE type = $1`, [ACCESS_CHANGED]))[0].count);
    await a.gql('mutation { logout }', { token });
    const after = Number((await a.db.query(`SELECT count(*) FROM domain_event WHERE type = $1`, [ACCESS_CHANGED]))[0].count);
    expect(after).toBe(before + 1);
  });
});

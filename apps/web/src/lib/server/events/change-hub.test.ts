import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeHub, type StreamMessage } from './change-hub.ts';

let database: TestDatabase;
let alice: string;
let bob: string;

async function createUser(email: string): Promise<string> {
  const [row] = await database.db.asService((tx) => tx<{ id: string }[]>`insert into users (email) values (${email}) returning id`);
  return row?.id as string;
}

async function createTask(userId: string, title: string): Promise<string> {
  const [row] = await database.db.asUser(userId, (tx) => tx<{ id: string }[]>`insert into tasks (user_id, title) values (${userId}, ${title}) returning id`);
  return row?.id as string;
}

function collector() {
  const messages: StreamMessage[] = [];
  let ended = false;
  return {
    messages,
    get ended() {
      return ended;
    },
    subscriber: { deliver: (message: StreamMessage) => messages.push(message), end: () => (ended = true) },
  };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  alice = await createUser('alice@example.test');
  bob = await createUser('bob@example.test');
});

afterAll(() => database.drop());

describe('ChangeHub', () => {
  it("delivers a committed change to its owner's streams and never to another user's", async () => {
    const hub = new ChangeHub(database.db.sql);
    await hub.start();
    try {
      const aliceTab1 = collector();
      const aliceTab2 = collector();
      const bobTab = collector();
      hub.subscribe(alice, null, aliceTab1.subscriber);
      hub.subscribe(alice, null, aliceTab2.subscriber);
      hub.subscribe(bob, null, bobTab.subscriber);

      const taskId = await createTask(alice, 'Water the plants');
      await until(() => aliceTab1.messages.length > 0 && aliceTab2.messages.length > 0, "alice's change");
      // Bob's own change arriving proves his stream was live while Alice's went by.
      const bobTaskId = await createTask(bob, 'Bob task');
      await until(() => bobTab.messages.length > 0, "bob's change");

      expect(aliceTab1.messages).toEqual([
        { kind: 'change', eventId: expect.stringMatching(/^[0-9a-f]{8}-1$/), change: { table: 'tasks', op: 'insert', id: taskId } },
      ]);
      expect(aliceTab2.messages).toEqual(aliceTab1.messages);
      expect(bobTab.messages).toEqual([
        { kind: 'change', eventId: expect.stringMatching(/-2$/), change: { table: 'tasks', op: 'insert', id: bobTaskId } },
      ]);
    } finally {
      await hub.stop();
    }
  });

  it('does not deliver changes from a rolled-back transaction', async () => {
    const hub = new ChangeHub(database.db.sql);
    await hub.start();
    try {
      const tab = collector();
      hub.subscribe(alice, null, tab.subscriber);
      await database.db
        .asUser(alice, async (tx) => {
          await tx`insert into tasks (user_id, title) values (${alice}, 'never happened')`;
          throw new Error('roll back');
        })
        .catch(() => undefined);
      const committed = await createTask(alice, 'happened');
      await until(() => tab.messages.length > 0, 'the committed change');
      expect(tab.messages).toEqual([{ kind: 'change', eventId: expect.any(String), change: { table: 'tasks', op: 'insert', id: committed } }]);
    } finally {
      await hub.stop();
    }
  });

  it("replays a user's missed changes after Last-Event-ID, and sends resync for ids it cannot resume", async () => {
    const hub = new ChangeHub(database.db.sql, { bufferSize: 3 });
    await hub.start();
    try {
      // Bob's stream stays open throughout: counting its changes shows when the hub has seen his.
      const watcher = collector();
      hub.subscribe(bob, null, watcher.subscriber);
      const first = collector();
      const unsubscribe = hub.subscribe(alice, null, first.subscriber);
      await createTask(alice, 'one');
      await until(() => first.messages.length === 1, 'the first change');
      unsubscribe();
      const lastSeen = first.messages[0]?.kind === 'change' ? first.messages[0].eventId : '';

      // While Alice is disconnected: one change of hers and one of Bob's.
      const missed = await createTask(alice, 'two');
      await createTask(bob, 'bob two');
      await until(() => watcher.messages.length === 1, "bob's change");

      const resumed = collector();
      hub.subscribe(alice, lastSeen, resumed.subscriber);
      expect(resumed.messages).toEqual([{ kind: 'change', eventId: expect.any(String), change: { table: 'tasks', op: 'insert', id: missed } }]);

      const fromElsewhere = collector();
      hub.subscribe(alice, 'deadbeef-1', fromElsewhere.subscriber);
      expect(fromElsewhere.messages).toEqual([{ kind: 'resync' }]);

      // Two more changes push the one after lastSeen out of the 3-slot buffer.
      await createTask(bob, 'bob three');
      await createTask(bob, 'bob four');
      await until(() => watcher.messages.length === 3, "bob's later changes");
      const tooLate = collector();
      hub.subscribe(alice, lastSeen, tooLate.subscriber);
      expect(tooLate.messages).toEqual([{ kind: 'resync' }]);
    } finally {
      await hub.stop();
    }
  });

  it('forgets a stream once unsubscribed and ends open streams on stop', async () => {
    const hub = new ChangeHub(database.db.sql);
    await hub.start();
    const gone = collector();
    const open = collector();
    const unsubscribe = hub.subscribe(alice, null, gone.subscriber);
    hub.subscribe(alice, null, open.subscriber);
    expect(hub.streamCount(alice)).toBe(2);
    unsubscribe();
    expect(hub.streamCount(alice)).toBe(1);

    await createTask(alice, 'after unsubscribe');
    await until(() => open.messages.length === 1, 'the change on the open stream');
    expect(gone.messages).toEqual([]);

    await hub.stop();
    expect(open.ended).toBe(true);
    expect(hub.streamCount()).toBe(0);
  });

  it('ignores notifications it cannot read, and quietly those of no user', async () => {
    const warnings: string[] = [];
    const hub = new ChangeHub(database.db.sql, { onWarning: (message) => warnings.push(message) });
    await hub.start();
    try {
      const tab = collector();
      hub.subscribe(alice, null, tab.subscriber);
      await database.db.sql`select pg_notify('ordo_changes', 'not json')`;
      await database.db.sql`select pg_notify('ordo_changes', '{"table":"queue_jobs","op":"insert","id":"1","user_id":null}')`;
      const taskId = await createTask(alice, 'after the noise');
      await until(() => tab.messages.length === 1, 'the real change');
      expect(tab.messages[0]).toMatchObject({ kind: 'change', change: { id: taskId } });
      expect(warnings).toEqual(['ignored an unreadable change notification']);
    } finally {
      await hub.stop();
    }
  });

  it('ends only the streams opened with the credentials named, and only that user\'s', async () => {
    const hub = new ChangeHub(database.db.sql);
    const revoked = collector();
    const kept = collector();
    const anonymous = collector();
    const bobsTab = collector();
    hub.subscribe(alice, null, { ...revoked.subscriber, credentialId: 'session-1' });
    hub.subscribe(alice, null, { ...kept.subscriber, credentialId: 'token-2' });
    hub.subscribe(alice, null, anonymous.subscriber);
    hub.subscribe(bob, null, { ...bobsTab.subscriber, credentialId: 'session-1' });
    expect(hub.credentialsOf(alice).toSorted()).toEqual(['session-1', 'token-2']);
    expect(hub.endStreamsOpenedWith(alice, new Set(['session-1']))).toBe(1);
    expect([revoked.ended, kept.ended, anonymous.ended, bobsTab.ended]).toEqual([true, false, false, false]);
  });
});

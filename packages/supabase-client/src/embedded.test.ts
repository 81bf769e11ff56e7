import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from './db.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { migrate } from './migrate.ts';
import { findFreePort } from './port.ts';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ordo-embedded-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function migrateAt(url: string): Promise<string[]> {
  const db = createDb({ url, max: 1 });
  try {
    const { applied } = await migrate(db.sql);
    return applied;
  } finally {
    await db.close();
  }
}

// The postmaster (first line of postmaster.pid) and its children, via /proc (Linux).
function serverProcesses(): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'cluster', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // Fields after the ")" closing the command name: state, ppid, …
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false; // exited while we looked
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startEmbeddedPostgres', () => {
  it('runs the migrations, keeps data across a restart and leaves no process behind', async () => {
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    const started: number[] = [];
    try {
      expect(first.url).toMatch(new RegExp(`@127\\.0\\.0\\.1:${port}/ordo$`));
      expect((await migrateAt(first.url)).length).toBeGreaterThan(0);
      started.push(...serverProcesses());
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(await migrateAt(second.url)).toEqual([]);
      started.push(...serverProcesses());
    } finally {
      await second.stop();
    }

    // postmaster plus at least its checkpointer and friends, each time.
    expect(started.length).toBeGreaterThan(4);
    expect(started.filter(isAlive)).toEqual([]);
  });

  it('refuses a port that is taken, naming it and how to pick another', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) => {
      blocker.listen(0, '127.0.0.1', () => {
        const address = blocker.address();
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      });
    });
    try {
      await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(
        new RegExp(`port ${port} .*already in use.*ORDO_EMBEDDED_PG_PORT`),
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

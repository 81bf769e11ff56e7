import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from './db.ts';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';
import { socketOnLocalPort } from './testing/local-socket.ts';

// Node has no getsockopt: a child given the socket as its fd 3 asks the kernel.
const PRINT_NO_DELAY = 'import socket\ns = socket.socket(fileno=3)\nprint(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))\ns.detach()';

/** Whether the kernel sends this socket's small writes at once (TCP_NODELAY), as the socket is now. */
async function kernelNoDelay(socket: Socket): Promise<boolean> {
  // The descriptor, not the socket: given a stream, spawn stops reading it for good.
  const fd = (socket as Socket & { _handle?: { fd?: number } })._handle?.fd;
  if (fd === undefined || fd < 0) throw new Error('the socket has no file descriptor');
  const child = spawn('python3', ['-c', PRINT_NO_DELAY], { stdio: ['ignore', 'pipe', 'inherit', fd] });
  if (!child.stdout) throw new Error('python3 has no stdout pipe');
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  const [code] = await once(child, 'close');
  if (code !== 0) throw new Error(`python3 exited with ${code}: ${printed}`);
  return Number(printed.trim()) !== 0;
}

let database: TestDatabase;
let single: Db;
let server: { host: string; port: number };

beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
  single = createDb({ url: database.url, max: 1 });
  const url = new URL(database.url);
  server = { host: url.hostname, port: Number(url.port || 5432) };
});

afterAll(async () => {
  await single?.close();
  await database?.drop();
});

describe('database connections', () => {
  it('reads the option from the kernel: off for a plain socket until it is set', async () => {
    const plain = createConnection(server);
    await new Promise<void>((resolve, reject) => plain.once('connect', resolve).once('error', reject));
    try {
      expect(await kernelNoDelay(plain)).toBe(false);
      plain.setNoDelay(true);
      expect(await kernelNoDelay(plain)).toBe(true);
    } finally {
      plain.destroy();
    }
  });

  it('sends small writes at once (Nagle off), so pipelined messages do not wait for an ACK', async () => {
    const [backend] = await single.sql<{ port: number }[]>`select inet_client_port() as port`;
    if (!backend) throw new Error('no client port');
    expect(await kernelNoDelay(socketOnLocalPort(backend.port))).toBe(true);
    // The connection still works after the check.
    const [answer] = await single.sql<{ one: number }[]>`select 1 as one`;
    expect(answer?.one).toBe(1);
  });
});

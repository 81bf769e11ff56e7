import { createServer, type Server, type Socket, connect } from 'node:net';

/** PostgreSQL backend message types this proxy reads (protocol 3: a type byte, then a 4-byte length that counts itself). */
const DATA_ROW = 0x44;
const READY_FOR_QUERY = 0x5a;

/**
 * A loopback TCP proxy in front of PostgreSQL that can lose one answer on its way back: once armed,
 * the first answer with a row holding the given text cuts the client's connection, while the server
 * side is read to the end of the transaction and then closed. The statement has run and committed (the client sent
 * its Sync with it); the client sees only a dropped connection, as after a network fault.
 */
export class AnswerDroppingProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  /** The text a row must hold for its answer to be lost; null when disarmed. */
  private armedFor: Buffer | null = null;
  /** Answers lost so far. */
  dropped = 0;

  private constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
    server: Server,
  ) {
    this.server = server;
  }

  /** Starts a proxy to `databaseUrl`'s server on a free loopback port. */
  static async start(databaseUrl: string): Promise<AnswerDroppingProxy> {
    const url = new URL(databaseUrl);
    const target = { host: url.hostname, port: Number(url.port || 5432) };
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const proxy = new AnswerDroppingProxy(target, port, server);
    server.on('connection', (client) => proxy.relay(client));
    return proxy;
  }

  /** `databaseUrl` with its host and port replaced by the proxy's. */
  urlFor(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  /** The next answer with a row holding `text` is lost (other answers, like a new connection's type lookup, pass). */
  dropNextRowsWith(text: string): void {
    this.armedFor = Buffer.from(text);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: Socket): void {
    const upstream = connect(this.target.port, this.target.host);
    this.sockets.add(client).add(upstream);
    client.on('close', () => this.sockets.delete(client));
    upstream.on('close', () => this.sockets.delete(upstream));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('data', (chunk) => upstream.write(chunk));
    client.on('end', () => upstream.end());
    let pending = Buffer.alloc(0);
    let cut = false;
    upstream.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      // Whole messages only: each is passed on, or swallowed once this client's answer is cut.
      while (pending.length >= 5) {
        const length = 1 + pending.readUInt32BE(1);
        if (pending.length < length) break;
        const message = pending.subarray(0, length);
        pending = pending.subarray(length);
        if (!cut && this.armedFor && message[0] === DATA_ROW && message.includes(this.armedFor)) {
          this.armedFor = null;
          this.dropped++;
          cut = true;
          client.destroy();
        }
        if (!cut) client.write(message);
        else if (message[0] === READY_FOR_QUERY) upstream.end();
      }
    });
    upstream.on('end', () => client.end());
  }
}

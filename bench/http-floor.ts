// The bare node:http floor that web benchmarks compare the app with: a server in a process of its
// own that answers each request with the JSON its `answer` gives (the app's statements and JSON,
// and nothing else: no framework, authentication or checks). Whatever the app costs above it is
// the framework's share. The benchmark script forks itself with its own arguments (startFloor),
// and in that process calls serveJsonFloor.
import { type ChildProcess, fork } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FloorRequest {
  method: string;
  url: URL;
  /** The request body as text ('' for none). */
  body: string;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Serves `answer` as JSON on 127.0.0.1 (any port) and sends the port to the parent process. */
export function serveJsonFloor(answer: (request: FloorRequest) => Promise<unknown>): void {
  const server = createServer((request, response) => {
    readBody(request)
      .then((body) => answer({ method: request.method ?? 'GET', url: new URL(request.url ?? '/', 'http://floor'), body }))
      .then(
        (data) => {
          const body = Buffer.from(JSON.stringify(data));
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.byteLength });
          response.end(body);
        },
        (error: unknown) => {
          response.writeHead(500);
          response.end(String(error));
        },
      );
  });
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
}

/** Forks `script` with `args` (it calls serveJsonFloor when it sees them) and waits for its port. */
export async function startFloor(script: string, args: string[]): Promise<{ origin: string; child: ChildProcess }> {
  const child = fork(script, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`floor server exited with ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, child };
}

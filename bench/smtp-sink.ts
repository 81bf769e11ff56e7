// A loopback SMTP server for benchmarks: accepts every message, keeps no body, and records per
// message when it accepted it, to whom, its size and the brief id named in its Message-ID (or an
// X-Ordo-Brief-Id header). Unlike @ordo/notify/testing's inbox it does not parse messages with
// mailparser: at thousands of messages a second that parse would be what the bench measured.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface AcceptedMessage {
  /** Wall-clock milliseconds (sub-millisecond resolution) when the server answered 250. */
  acceptedAt: number;
  recipients: string[];
  bytes: number;
  /** The first UUID in the Message-ID header (else in X-Ordo-Brief-Id); null when neither has one. */
  briefId: string | null;
}

export interface SmtpSink {
  port: number;
  readonly accepted: AcceptedMessage[];
  /** Forgets what was accepted (between passes). */
  reset(): void;
  close(): Promise<void>;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const HEADER_END = '\r\n\r\n';

/** The wall clock with sub-millisecond resolution, comparable across processes on one machine. */
export const wallClockMs = (): number => performance.timeOrigin + performance.now();

function briefIdIn(headers: string): string | null {
  // Unfolded enough for the two headers we read: a folded value continues on lines starting with whitespace.
  const unfolded = headers.replace(/\r\n[ \t]+/g, ' ');
  for (const name of ['message-id', 'x-ordo-brief-id']) {
    const line = unfolded.split('\r\n').find((candidate) => candidate.toLowerCase().startsWith(`${name}:`));
    const id = line?.match(UUID)?.[0];
    if (id) return id.toLowerCase();
  }
  return null;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  let accepted: AcceptedMessage[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    // Many pooled connections from one host, as a relay would allow.
    maxClients: 1_000,
    logger: false,
    onData(stream, session, callback) {
      let bytes = 0;
      let headers = '';
      let headersDone = false;
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (headersDone) return;
        headers += chunk.toString('latin1');
        const end = headers.indexOf(HEADER_END);
        if (end >= 0) {
          headers = headers.slice(0, end);
          headersDone = true;
        }
      });
      stream.on('end', () => {
        accepted.push({
          acceptedAt: wallClockMs(),
          recipients: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
          bytes,
          briefId: briefIdIn(headers),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    get accepted() {
      return accepted;
    },
    reset() {
      accepted = [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

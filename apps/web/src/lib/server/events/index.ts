import { database } from '../db.ts';
import { log } from '../logger.ts';
import { ChangeHub } from './change-hub.ts';

let hub: ChangeHub | undefined;

/** The process's change hub, listening on its own connection from the first stream on. */
export async function changeHub(): Promise<ChangeHub> {
  if (!hub) {
    const created = new ChangeHub(database().sql, { onWarning: (message, detail) => log().warn({ detail }, message) });
    hub = created;
    // Open streams would hold adapter-node's graceful shutdown until its timeout; end
    // them as soon as the process is asked to stop (EventSource reconnects elsewhere).
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void created.stop());
  }
  await hub.start();
  return hub;
}

/** The process's change hub if a stream ever started it (nothing to end otherwise). */
export function runningChangeHub(): ChangeHub | undefined {
  return hub;
}

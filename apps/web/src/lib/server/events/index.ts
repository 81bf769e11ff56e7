import { database } from '../db.ts';
import { log } from '../logger.ts';
import { ChangeHub } from './change-hub.ts';

let hub: ChangeHub | undefined;

/** The process's change hub, listening on its own connection from the first stream on. */
export async function changeHub(): Promise<ChangeHub> {
  hub ??= new ChangeHub(database().sql, { onWarning: (message, detail) => log().warn({ detail }, message) });
  await hub.start();
  return hub;
}

/** The process's change hub if a stream ever started it (nothing to end otherwise). */
export function runningChangeHub(): ChangeHub | undefined {
  return hub;
}

/** Ends every open event stream, so that a closing HTTP server is not held open by them. */
export function endChangeStreams(): void {
  hub?.endStreams();
}

/** Ends the streams and the LISTEN on ordo_changes; before the pool closes, which would cut the UNLISTEN. */
export async function stopChangeHub(): Promise<void> {
  const stopping = hub;
  hub = undefined;
  await stopping?.stop();
}

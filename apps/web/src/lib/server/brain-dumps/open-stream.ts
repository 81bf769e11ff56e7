import { draftContext } from './draft-context.ts';
import { draftProvider, runningDraft, startDraft } from './draft-run.ts';
import { liveStream, replayStream, seenEvents } from './event-stream.ts';
import { claimForDrafting, failDrafting, getBrainDump, readStreamEvents } from './store.ts';

const ORPHANED = {
  event: 'error' as const,
  data: { code: 'interrupted', message: 'drafting was interrupted (the server stopped)', recoverable: true },
};

/**
 * The stream of a dump, or null when the user has no such dump. A dump drafting here is joined
 * (after replaying what the client missed); a dump not yet drafted, or whose draft failed before
 * producing anything, starts drafting (from the first event, whatever Last-Event-ID said); any
 * other dump replays its recorded events and ends.
 */
export async function openDraftStream(
  user: { id: string; timezone: string },
  dumpId: string,
  lastEventId: string | null,
): Promise<ReadableStream<Uint8Array> | null> {
  const dump = await getBrainDump(user.id, dumpId);
  if (!dump) return null;
  const running = runningDraft(dumpId);
  if (running) return liveStream(running, seenEvents(lastEventId));

  if (dump.status === 'drafting') {
    // No run holds it in this process: the process that drafted it stopped midway.
    await failDrafting(user.id, dumpId, { events: [ORPHANED], operations: [], error: ORPHANED.data.message });
  }
  const mayDraft = dump.status === 'pending' || dump.status === 'drafting' || (dump.status === 'failed' && dump.operations.length === 0);
  // The context is read before the claim so that nothing awaits between claiming and registering the run.
  const context = mayDraft ? await draftContext(user) : null;
  if (context && (await claimForDrafting(user.id, dumpId, draftProvider()))) {
    return liveStream(startDraft(user, dumpId, dump.text, context), 0);
  }
  // Another request may have claimed it between our read and our claim.
  const claimed = runningDraft(dumpId);
  if (claimed) return liveStream(claimed, seenEvents(lastEventId));
  return replayStream(await readStreamEvents(user.id, dumpId), seenEvents(lastEventId));
}


import { draftContext } from './draft-context.ts';
import { DRAFT_LEASE } from './draft-lease.ts';
import { draftProvider, runningDraft, startDraft } from './draft-run.ts';
import { liveStream, replayStream, seenEvents } from './event-stream.ts';
import { failIfAbandoned, followStream } from './follow-stream.ts';
import { DRAFT_RUNS_PER_DUMP, limitDraftRuns } from './rate-limit.ts';
import type { StreamEvent } from './schemas.ts';
import { claimForDrafting, type DraftState, readDraftState } from './store.ts';

const REDRAFT_LIMIT: StreamEvent = {
  event: 'error',
  data: {
    code: 'redraft_limit',
    message: `this brain dump was drafted ${DRAFT_RUNS_PER_DUMP} times without a result; write it again as a new one`,
    recoverable: false,
  },
};

function tooManyDrafts(retryAfterSeconds: number): StreamEvent {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return {
    event: 'error',
    data: { code: 'rate_limited', message: `too many drafts this hour; try again in ${minutes} min`, recoverable: true },
  };
}

/** The stream of a dump that may not draft now: its recorded events after `seen`, then why not. */
function refusal(state: DraftState, seen: number, reason: StreamEvent): ReadableStream<Uint8Array> {
  return replayStream([...state.events, reason], seen);
}

/**
 * The stream of a dump, or null when the user has no such dump. A dump drafting here is joined
 * (after replaying what the client missed), and one drafting in another process is followed
 * through the database while that process holds its lease; a dump not yet drafted, or whose draft
 * failed before producing anything (or whose drafting process stopped), starts drafting (from the
 * first event, whatever Last-Event-ID said) within the per-dump and hourly limits on drafting
 * runs; any other dump replays its recorded events and ends.
 */
export async function openDraftStream(
  user: { id: string; timezone: string },
  dumpId: string,
  lastEventId: string | null,
): Promise<ReadableStream<Uint8Array> | null> {
  let state = await readDraftState(user.id, dumpId);
  if (!state) return null;
  const seen = seenEvents(lastEventId);
  const running = runningDraft(dumpId);
  if (running) return liveStream(running, seen);

  if (state.status === 'drafting') {
    if (state.leased) return followStream(user.id, dumpId, seen);
    // Its lease expired: the process that drafted it stopped midway.
    if (await failIfAbandoned(user.id, dumpId)) state = await readDraftState(user.id, dumpId);
    if (!state) return null;
  }
  const mayDraft = state.status === 'pending' || (state.status === 'failed' && state.operationCount === 0);
  if (mayDraft) {
    if (state.draftRuns >= DRAFT_RUNS_PER_DUMP) return refusal(state, seen, REDRAFT_LIMIT);
    const retryAfterSeconds = await limitDraftRuns(user.id);
    if (retryAfterSeconds !== null) return refusal(state, seen, tooManyDrafts(retryAfterSeconds));
    // The context is read before the claim so that nothing awaits between claiming and registering the run.
    const context = await draftContext(user);
    if (await claimForDrafting(user.id, dumpId, draftProvider(), DRAFT_LEASE, DRAFT_RUNS_PER_DUMP)) {
      return liveStream(startDraft(user, dumpId, state.text, context), 0);
    }
  }
  // Another request, here or in another process, may have claimed it between our read and our claim.
  const claimed = runningDraft(dumpId);
  if (claimed) return liveStream(claimed, seen);
  const latest = await readDraftState(user.id, dumpId);
  if (latest?.status === 'drafting') return followStream(user.id, dumpId, seen);
  return replayStream(latest?.events ?? [], seen);
}

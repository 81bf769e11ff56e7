import { calendarStopChannelsDefaults, calendarStopChannelsPayloadSchema } from '@ordo/shared-types';
import { stopOrphanChannels } from '../calendar/orphan-channels.ts';
import { defineJob } from '../queue/job-definition.ts';

/** Stops the push channels no calendar needs any more and forgets old stopped ones (calendar/orphan-channels.ts). */
export const calendarStopChannels = defineJob({
  name: 'calendar.stop_channels',
  payload: calendarStopChannelsPayloadSchema,
  options: { ...calendarStopChannelsDefaults, timeoutMs: 5 * 60_000 },
  async handler(_payload, { deps, log }) {
    if (!deps.google) return { stopped: 0, failed: 0, forgotten: 0 };
    const result = await stopOrphanChannels(deps.google, deps.clock.now(), log);
    if (result.stopped + result.failed + result.forgotten > 0) log.info(result, 'calendar push channels stopped');
    return result;
  },
});

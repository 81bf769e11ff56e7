import { rateLimiter } from '../rate-limit/app-rate-limiter.ts';
import { clientKey } from '../rate-limit/client-key.ts';
import { FEED_FETCHES_PER_ADDRESS, FEED_FETCHES_PER_FEED } from './feed-limits.ts';

const WINDOW_MS = 15 * 60 * 1000;

/** Counts one fetch; the seconds to wait when over a limit, else null. */
export async function limitFeedFetch(address: string, tokenDigest: string): Promise<number | null> {
  const limiter = rateLimiter();
  const byAddress = await limiter.hit(`ics_feed:ip:${clientKey(address)}`, FEED_FETCHES_PER_ADDRESS, WINDOW_MS);
  if (!byAddress.allowed) return byAddress.retryAfterSeconds;
  const byFeed = await limiter.hit(`ics_feed:feed:${tokenDigest}`, FEED_FETCHES_PER_FEED, WINDOW_MS);
  return byFeed.allowed ? null : byFeed.retryAfterSeconds;
}

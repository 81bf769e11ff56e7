import type { Db } from '@ordo/supabase-client';
import { WriteBatcher } from '../queue/write-batcher.ts';
import { claimNotificationDeliveries, type NotificationClaim, type NotificationClaimRequest } from './claim-notification-deliveries.ts';
import type { SendSlots } from './send-slots.ts';

/**
 * Claims notification deliveries in batches: the claims asked for in one turn of the event loop
 * (the jobs a queue claim started) go together at the end of that turn, and those asked for while
 * batches' transactions run go together in the next (WriteBatcher; at most two in flight), one
 * transaction for all of them instead of one each. Each claim still answers only once its
 * `sending` row is committed. The SMS slots of the sends it lets go are reserved in the same
 * transaction (one statement less per send batch).
 */
export class NotificationClaimer {
  private readonly batcher: WriteBatcher<NotificationClaimRequest, NotificationClaim>;

  constructor(db: Db, smsSlots: SendSlots) {
    // Gathering the turn: started alone, the turn's first two claims would each take a transaction.
    this.batcher = new WriteBatcher((requests) => claimNotificationDeliveries(db, requests, smsSlots), { gatherTurn: true });
  }

  claim(request: NotificationClaimRequest): Promise<NotificationClaim> {
    return this.batcher.add(request);
  }
}

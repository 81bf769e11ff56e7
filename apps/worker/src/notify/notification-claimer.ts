import type { Db } from '@ordo/supabase-client';
import { WriteBatcher } from '../queue/write-batcher.ts';
import { claimNotificationDeliveries, type NotificationClaim, type NotificationClaimRequest } from './claim-notification-deliveries.ts';
import type { SendSlots } from './send-slots.ts';

/**
 * Claims notification deliveries in batches: the claims asked for while one batch's transaction
 * runs go together in the next (WriteBatcher), one transaction for all of them instead of one
 * each. Each claim still answers only once its `sending` row is committed. The SMS slots of the
 * sends it lets go are reserved in the same transaction (one statement less per send batch).
 */
export class NotificationClaimer {
  private readonly batcher: WriteBatcher<NotificationClaimRequest, NotificationClaim>;

  constructor(db: Db, smsSlots: SendSlots) {
    this.batcher = new WriteBatcher((requests) => claimNotificationDeliveries(db, requests, smsSlots));
  }

  claim(request: NotificationClaimRequest): Promise<NotificationClaim> {
    return this.batcher.add(request);
  }
}

import type { Db } from '@ordo/supabase-client';
import { WriteBatcher } from '../queue/write-batcher.ts';
import { recordSent, type SentDelivery } from './record-delivery.ts';

/**
 * Marks deliveries sent in batches: the deliveries accepted while one batch commits are marked in
 * the next, one transaction for all of them (WriteBatcher, gathering each turn's). The send's
 * handler still waits for its own row to be committed `sent` before its job completes, so a
 * retry never finds a delivery the server took still `sending` unless the process died.
 */
export class SentRecorder {
  private readonly batcher: WriteBatcher<SentDelivery, null>;

  constructor(db: Db) {
    this.batcher = new WriteBatcher(async (batch) => {
      await recordSent(db, batch);
      return batch.map(() => null);
    }, { gatherTurn: true });
  }

  async record(deliveryId: string, userId: string): Promise<void> {
    await this.batcher.add({ deliveryId, userId });
  }
}

import type { BriefDraft, StageReport } from '@ordo/ai-pipeline';
import { findBriefPeople, finishBrief, type OpenedBatchBrief } from '@ordo/supabase-client';
import { alertBriefReady } from '../alerts/brief-ready-alert.ts';
import { briefEmail } from '../delivery/brief-email.ts';
import { openSendingDelivery, type SendClaim } from '../delivery/claim-brief-delivery.ts';
import type { JobDeps } from '../job-deps.ts';
import { finishedBrief } from './finished-brief.ts';

/** A batch's brief as written, not yet stored. */
export interface WrittenBrief {
  opened: OpenedBatchBrief;
  draft: BriefDraft;
  reports: StageReport[];
}

/** What storing one brief came to. */
export type StoredBrief =
  /** Stored `ready`; `claim` is its email to send now, or null when the channel is off or it already had a delivery row (`deliveryExists`). */
  | { stored: true; claim: SendClaim | null; deliveryExists: boolean }
  /** The row is no longer generating for this job (another job took it over): nothing was written. */
  | { stored: false };

/**
 * Stores a batch's written briefs in one transaction, as brief.generate stores one: each brief with
 * its email and `ready`, its delivery's `sending` row when the email channel is on (read in this
 * transaction, so an unsubscribe that commits first is honoured), and its brief-ready alert. The
 * commit waits for its flush: the `sending` rows must be durable before the sends. A brief whose row
 * another job took over meanwhile is left out: nothing of it is written.
 */
export async function storeWrittenBriefs(deps: Pick<JobDeps, 'db' | 'clock' | 'mailLinks'>, jobId: string, written: readonly WrittenBrief[]): Promise<StoredBrief[]> {
  const { db, clock, mailLinks } = deps;
  return db.asService(async (tx) => {
    const recipients = new Map((await findBriefPeople(tx, written.map((brief) => brief.opened.person.id))).map((person) => [person.id, person]));
    const now = clock.now();
    const withEmails = written.map(({ opened, draft, reports }) => ({
      opened,
      draft,
      reports,
      email: briefEmail(
        {
          id: opened.id,
          user_id: opened.person.id,
          kind: opened.request.kind,
          local_date: opened.request.local_date,
          headline: draft.headline,
          markdown: draft.markdown,
          name: recipients.get(opened.person.id)?.name ?? opened.person.name,
        },
        mailLinks,
        now,
      ),
    }));
    // One round trip for the updates, one for the deliveries and alerts of those stored.
    const finished = await Promise.all(
      withEmails.map(({ opened, draft, reports, email }) =>
        finishBrief(tx, opened.id, jobId, finishedBrief(draft, reports, email, now)),
      ),
    );
    return Promise.all(
      withEmails.map(async ({ opened, draft, email }, index): Promise<StoredBrief> => {
        if (!finished[index]) return { stored: false };
        const recipient = recipients.get(opened.person.id);
        const delivering = recipient?.email_enabled === true;
        const [deliveryId] = await Promise.all([
          delivering
            ? openSendingDelivery(tx, { briefId: opened.id, userId: opened.person.id, recipient: recipient.email, jobId, messageId: email.messageId })
            : null,
          alertBriefReady(
            tx,
            { id: opened.id, userId: opened.person.id, kind: opened.request.kind, localDate: opened.request.local_date, headline: draft.headline },
            now,
            mailLinks.appOrigin,
          ),
        ]);
        const claim: SendClaim | null = delivering && deliveryId ? { action: 'send', deliveryId, userId: opened.person.id, recipient: recipient.email, email } : null;
        return { stored: true, claim, deliveryExists: delivering && !deliveryId };
      }),
    );
  });
}

import type { BriefDraft, StageReport } from '@ordo/ai-pipeline';
import { findBriefPeople, finishBriefs, type OpenedBatchBrief } from '@ordo/supabase-client';
import { alertBriefsReady } from '../alerts/brief-ready-alert.ts';
import type { RenderedBriefEmail } from '@ordo/notify';
import { briefEmail, briefEmailInput, type BriefToRender } from '../delivery/brief-email.ts';
import { openSendingDeliveries, type SendClaim } from '../delivery/claim-brief-delivery.ts';
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
 * transaction, so an unsubscribe that commits first is honoured), and its brief-ready alert; a
 * statement for all the briefs at each step, not one a brief. The commit waits for its flush: the
 * `sending` rows must be durable before the sends. A brief whose row another job took over
 * meanwhile is left out: nothing of it is written.
 */
export async function storeWrittenBriefs(
  deps: Pick<JobDeps, 'db' | 'clock' | 'mailLinks' | 'mailWork'>,
  jobId: string,
  written: readonly WrittenBrief[],
): Promise<StoredBrief[]> {
  const { db, clock, mailLinks, mailWork } = deps;
  const now = clock.now();
  const toRender = ({ opened, draft }: WrittenBrief, name: string | null): BriefToRender => ({
    id: opened.id,
    user_id: opened.person.id,
    kind: opened.request.kind,
    local_date: opened.request.local_date,
    headline: draft.headline,
    markdown: draft.markdown,
    name,
  });
  // Rendered on the mail threads before the transaction, with the name the brief was opened with.
  const rendered = await Promise.all(written.map((brief) => mailWork.render(briefEmailInput(toRender(brief, brief.opened.person.name), now))));
  return db.asService(async (tx) => {
    const recipients = new Map((await findBriefPeople(tx, written.map((brief) => brief.opened.person.id))).map((person) => [person.id, person]));
    const withEmails = written.map((brief, index) => {
      const { opened, draft, reports } = brief;
      const recipient = recipients.get(opened.person.id);
      const name = recipient?.name ?? opened.person.name;
      // The greeting has the name of the moment: a rename since the open renders again, here.
      const email = name === opened.person.name ? (rendered[index] as RenderedBriefEmail) : briefEmail(toRender(brief, name), mailLinks, now);
      return { opened, draft, reports, email, recipient: recipient?.email_enabled === true ? recipient.email : null };
    });
    const finished = await finishBriefs(
      tx,
      jobId,
      withEmails.map(({ opened, draft, reports, email }) => ({ id: opened.id, brief: finishedBrief(draft, reports, email, now) })),
    );
    const stored = withEmails.filter(({ opened }) => finished.has(opened.id));
    // The deliveries and the alerts of those stored together: one round trip.
    const [deliveryIds] = await Promise.all([
      openSendingDeliveries(
        tx,
        jobId,
        stored.flatMap(({ opened, email, recipient }) =>
          recipient === null ? [] : [{ briefId: opened.id, userId: opened.person.id, recipient, messageId: email.messageId }],
        ),
      ),
      alertBriefsReady(
        tx,
        stored.map(({ opened, draft }) => ({
          id: opened.id,
          userId: opened.person.id,
          kind: opened.request.kind,
          localDate: opened.request.local_date,
          headline: draft.headline,
        })),
        now,
        mailLinks.appOrigin,
      ),
    ]);
    return withEmails.map(({ opened, email, recipient }): StoredBrief => {
      if (!finished.has(opened.id)) return { stored: false };
      const deliveryId = deliveryIds.get(opened.id);
      const claim: SendClaim | null =
        recipient !== null && deliveryId !== undefined ? { action: 'send', deliveryId, userId: opened.person.id, recipient, email } : null;
      return { stored: true, claim, deliveryExists: recipient !== null && deliveryId === undefined };
    });
  });
}

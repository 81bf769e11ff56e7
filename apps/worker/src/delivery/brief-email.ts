import { type BriefMailLinks, type RenderedBriefEmail, renderBriefEmail } from '@ordo/notify';
import type { Tx } from '@ordo/supabase-client';

/** A stored brief with what its email needs about its owner. */
export interface BriefForMail {
  id: string;
  user_id: string;
  kind: 'daily' | 'weekly';
  local_date: string;
  status: string;
  headline: string | null;
  markdown: string | null;
  email: string;
  name: string | null;
  email_enabled: boolean;
  email_disabled_reason: 'unsubscribed' | 'bounced' | null;
}

/**
 * Reads one brief with its owner's address and email channel state, or null when there is no such
 * brief. With `lock`, the brief row stays locked to the end of the transaction: two workers deciding
 * about the same brief's delivery then decide one after the other.
 */
export async function readBriefForMail(tx: Tx, briefId: string, options: { lock?: boolean } = {}): Promise<BriefForMail | null> {
  const [row] = await tx<BriefForMail[]>`
    select b.id, b.user_id, b.kind, b.local_date::text as local_date, b.status, b.headline, b.markdown,
           u.email, u.name, coalesce(p.email_enabled, true) as email_enabled, p.email_disabled_reason
    from public.daily_briefs b
    join public.users u on u.id = b.user_id
    left join public.brief_preferences p on p.user_id = b.user_id
    where b.id = ${briefId}
    ${options.lock ? tx`for update of b` : tx``}`;
  return row ?? null;
}

/** The brief as its email (subject, HTML, text, headers), links signed for its owner from `now`. */
export function briefEmail(brief: BriefForMail, links: BriefMailLinks, now: Date): RenderedBriefEmail {
  return renderBriefEmail(
    {
      briefId: brief.id,
      userId: brief.user_id,
      name: brief.name,
      localDate: brief.local_date,
      kind: brief.kind,
      headline: brief.headline,
      markdown: brief.markdown ?? '',
      now,
    },
    links,
  );
}

/**
 * Renders a ready brief and stores its `html` and `text` on the row, in the caller's transaction
 * (brief.generate calls this where it stores the brief; brief.deliver before each send). Returns
 * the email, or null when the brief does not exist.
 */
export async function storeBriefEmail(tx: Tx, briefId: string, links: BriefMailLinks, now: Date): Promise<RenderedBriefEmail | null> {
  const brief = await readBriefForMail(tx, briefId);
  if (!brief) return null;
  const email = briefEmail(brief, links, now);
  await tx`update public.daily_briefs set html = ${email.html}, text = ${email.text} where id = ${briefId}`;
  return email;
}

import { type BriefEmailInput, type BriefMailLinks, briefEmailEnvelope, type RenderedBriefEmail, renderBriefEmail } from '@ordo/notify';
import type { Tx } from '@ordo/supabase-client';

/** A stored brief with what its email needs about its owner, and its email as last rendered. */
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
  html: string | null;
  text: string | null;
  /** When html and text were rendered (null: never). */
  email_rendered_at: Date | null;
}

/** What rendering the brief's email needs. */
export type BriefToRender = Pick<BriefForMail, 'id' | 'user_id' | 'kind' | 'local_date' | 'headline' | 'markdown' | 'name'>;

/**
 * An email rendered at most this long ago is sent as stored rather than rendered again: its
 * unsubscribe link's 90 days count from the render, and its greeting has the name of then. In the
 * morning rush brief.generate renders it seconds before the send.
 */
export const STORED_EMAIL_MAX_AGE_MS = 60 * 60_000;

/**
 * Reads one brief with its owner's address and email channel state, or null when there is no such
 * brief. With `lock`, the brief row stays locked to the end of the transaction: two workers deciding
 * about the same brief's delivery then decide one after the other.
 */
export async function readBriefForMail(tx: Tx, briefId: string, options: { lock?: boolean } = {}): Promise<BriefForMail | null> {
  const [row] = await tx<BriefForMail[]>`
    select b.id, b.user_id, b.kind, b.local_date::text as local_date, b.status, b.headline, b.markdown,
           b.html, b.text, b.email_rendered_at,
           u.email, u.name, coalesce(p.email_enabled, true) as email_enabled, p.email_disabled_reason
    from public.daily_briefs b
    join public.users u on u.id = b.user_id
    left join public.brief_preferences p on p.user_id = b.user_id
    where b.id = ${briefId}
    ${options.lock ? tx`for update of b` : tx``}`;
  return row ?? null;
}

/** What renderBriefEmail takes for the brief, rendered at `now`. */
export function briefEmailInput(brief: BriefToRender, now: Date): BriefEmailInput {
  return {
    briefId: brief.id,
    userId: brief.user_id,
    name: brief.name,
    localDate: brief.local_date,
    kind: brief.kind,
    headline: brief.headline,
    markdown: brief.markdown ?? '',
    now,
  };
}

/** The brief as its email (subject, HTML, text, headers), links signed for its owner from `now`. */
export function briefEmail(brief: BriefToRender, links: BriefMailLinks, now: Date): RenderedBriefEmail {
  return renderBriefEmail(briefEmailInput(brief, now), links);
}

/**
 * The email stored with the brief, as it was rendered (the headers and unsubscribe link follow from
 * the render time), when it was rendered within STORED_EMAIL_MAX_AGE_MS before `now`; otherwise null.
 */
export function storedBriefEmail(brief: BriefForMail, links: BriefMailLinks, now: Date): RenderedBriefEmail | null {
  const renderedAt = brief.email_rendered_at;
  if (brief.html === null || brief.text === null || renderedAt === null) return null;
  const age = now.getTime() - renderedAt.getTime();
  if (age < 0 || age > STORED_EMAIL_MAX_AGE_MS) return null;
  const envelope = briefEmailEnvelope(
    { briefId: brief.id, userId: brief.user_id, localDate: brief.local_date, kind: brief.kind, headline: brief.headline, now: renderedAt },
    links,
  );
  return { ...envelope, html: brief.html, text: brief.text };
}

/** Stores a rendered email on the brief, with its render time, in the caller's transaction. */
export async function storeBriefEmail(tx: Tx, briefId: string, email: RenderedBriefEmail, renderedAt: Date): Promise<void> {
  await tx`update public.daily_briefs set html = ${email.html}, text = ${email.text}, email_rendered_at = ${renderedAt} where id = ${briefId}`;
}

import { randomUUID } from 'node:crypto';
import type { Db } from '@ordo/supabase-client';

export interface SeededUser {
  id: string;
  email: string;
}

/** A person with a name and a unique address (their brief preferences come from the insert trigger). */
export async function seedUser(db: Db, name = 'Ada'): Promise<SeededUser> {
  const email = `${name.toLowerCase()}-${randomUUID()}@example.test`;
  const [user] = await db.asService((tx) => tx<{ id: string }[]>`insert into public.users (email, name) values (${email}, ${name}) returning id`);
  if (!user) throw new Error('user insert returned no row');
  return { id: user.id, email };
}

export interface SeededBrief {
  status?: 'pending' | 'generating' | 'ready' | 'skipped' | 'failed';
  localDate?: string;
  sendAt?: Date;
  headline?: string;
  markdown?: string;
  trigger?: 'schedule' | 'manual';
}

/** A stored brief, as brief.generate leaves it (ready, Markdown and headline, no html/text yet). */
export async function seedBrief(db: Db, userId: string, brief: SeededBrief = {}): Promise<string> {
  const [row] = await db.asService(
    (tx) => tx<{ id: string }[]>`
      insert into public.daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, status, headline, markdown)
      values (${userId}, 'daily', ${brief.localDate ?? '2026-12-03'}, 'Europe/London', ${brief.sendAt ?? new Date('2026-12-03T07:00:00Z')},
              ${brief.trigger ?? 'manual'}, ${brief.status ?? 'ready'}, ${brief.headline ?? 'three things for today'},
              ${brief.markdown ?? '## Wins\n\nYou closed **3 tasks** yesterday.\n\n## Today\n\n1. Call the bank\n2. Draft the plan\n'})
      returning id`,
  );
  if (!row) throw new Error('brief insert returned no row');
  return row.id;
}

import type { BriefSection } from '@ordo/shared-types';
import type { Sql, Tx } from '../db.ts';

/** Who a brief is for, as the brief job needs them: the profile's zone and name, and their brief settings. */
export interface BriefPerson {
  id: string;
  name: string | null;
  email: string;
  timezone: string;
  sections: BriefSection[];
  /** The email channel (off after an unsubscribe or repeated hard bounces). */
  email_enabled: boolean;
}

/** The person with this id, or null when the account is gone. */
export async function findBriefPerson(sql: Sql | Tx, userId: string): Promise<BriefPerson | null> {
  // Every account has a brief_preferences row (created with the user); the left join only keeps a
  // person whose row is missing from disappearing, with the defaults.
  const [row] = await sql<BriefPerson[]>`
    select u.id, u.name, u.email, u.timezone,
           coalesce(p.sections, '{wins,today,overdue,upcoming,projects,focus}'::text[]) as sections,
           coalesce(p.email_enabled, true) as email_enabled
    from public.users u
    left join public.brief_preferences p on p.user_id = u.id
    where u.id = ${userId}`;
  return row ?? null;
}

/** findBriefPerson for several people in one query; an account that is gone is missing from the answer. */
export async function findBriefPeople(sql: Sql | Tx, userIds: readonly string[]): Promise<BriefPerson[]> {
  return sql<BriefPerson[]>`
    select u.id, u.name, u.email, u.timezone,
           coalesce(p.sections, '{wins,today,overdue,upcoming,projects,focus}'::text[]) as sections,
           coalesce(p.email_enabled, true) as email_enabled
    from public.users u
    left join public.brief_preferences p on p.user_id = u.id
    where u.id = any(${userIds as string[]}::uuid[])`;
}

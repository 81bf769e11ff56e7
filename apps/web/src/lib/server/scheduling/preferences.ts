import { defaultSchedulingPreferences, type SchedulingPreferences, schedulingPreferencesSchema } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { database } from '../db.ts';

const columns = (tx: Tx) => tx`buffer_minutes, min_chunk_minutes, allow_split, default_duration_minutes`;

/** The person's planning preferences inside a transaction as them; the defaults when they never saved any. */
export async function readSchedulingPreferences(tx: Tx, userId: string): Promise<SchedulingPreferences> {
  const [row] = await tx<SchedulingPreferences[]>`select ${columns(tx)} from public.scheduling_preferences where user_id = ${userId}`;
  return row ? schedulingPreferencesSchema.parse(row) : defaultSchedulingPreferences;
}

/** The person's planning preferences, through RLS. */
export function getSchedulingPreferences(userId: string): Promise<SchedulingPreferences> {
  return database().asUser(userId, (tx) => readSchedulingPreferences(tx, userId));
}

/** Saves every preference (the first save creates the row), through RLS and the column grants. */
export async function saveSchedulingPreferences(userId: string, input: SchedulingPreferences): Promise<SchedulingPreferences> {
  const [row] = await database().asUser(
    userId,
    (tx) => tx<SchedulingPreferences[]>`
      insert into public.scheduling_preferences (user_id, buffer_minutes, min_chunk_minutes, allow_split, default_duration_minutes)
      values (${userId}, ${input.buffer_minutes}, ${input.min_chunk_minutes}, ${input.allow_split}, ${input.default_duration_minutes})
      on conflict (user_id) do update
      set buffer_minutes = excluded.buffer_minutes, min_chunk_minutes = excluded.min_chunk_minutes,
          allow_split = excluded.allow_split, default_duration_minutes = excluded.default_duration_minutes
      returning ${columns(tx)}`,
  );
  if (!row) throw new Error('scheduling preferences upsert returned no row');
  return schedulingPreferencesSchema.parse(row);
}

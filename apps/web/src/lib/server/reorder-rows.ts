import type { Tx } from '@ordo/supabase-client';
import { distinctSlots } from './reorder-slots.ts';

/**
 * Gives the listed live (not deleted) rows of `table` the places they already hold, in the listed
 * order (distinctSlots), locking them first. All or nothing: false, with nothing changed, when any
 * id is not a live row the caller can see (RLS decides whose rows those are).
 */
export async function reorderLiveRows(tx: Tx, table: 'projects' | 'tasks', orderedIds: readonly string[]): Promise<boolean> {
  const ids = tx.array([...orderedIds]);
  const held = await tx<{ position: number }[]>`
    select position from ${tx(`public.${table}`)}
    where id = any(${ids}::uuid[]) and deleted_at is null
    order by position, id
    for update
  `;
  if (held.length !== orderedIds.length) return false;
  const slots = distinctSlots(held.map((row) => row.position));
  await tx`
    update ${tx(`public.${table}`)} r set position = o.position
    from unnest(${ids}::uuid[], ${tx.array(slots)}::float8[]) as o(id, position)
    where r.id = o.id and r.position <> o.position
  `;
  return true;
}

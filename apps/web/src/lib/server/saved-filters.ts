import {
  calendarDay,
  describeFilterError,
  parseTaskFilter,
  type SavedFilter,
  type SavedFilterInput,
  type SavedFilterPatch,
  TASK_PAGE_DEFAULT,
  type TaskWithExtras,
} from '@ordo/shared-types';
import { filteredTaskPage, type Tx } from '@ordo/supabase-client';
import { database } from './db.ts';
import { FieldError } from './field-error.ts';
import { decodeListCursor, encodeTaskCursor } from './task-cursor.ts';
import { withTaskExtras } from './tasks.ts';
import { violatedConstraint } from './violated-constraint.ts';

// A person's saved filters, acting as them (asUser): RLS decides what is theirs; null/false answer
// "not found or not yours" alike. Filter text is checked by the schemas (filterQuerySchema) before
// it reaches here.

const parseOne = (rows: readonly unknown[]): SavedFilter | null => (rows[0] as SavedFilter | undefined) ?? null;

// The unique index compares names without regard to case; its refusal names the field.
async function namingDuplicateNames<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedConstraint(error) === 'saved_filters_user_name_key') throw new FieldError('name', `You already have a filter named “${name}”`);
    throw error;
  }
}

// Reads are pipelined (readAsUser): the sidebar's list is read on every page load.

/** The person's saved filters in sidebar order, as a statement to run as them. */
export const savedFiltersQuery = (tx: Tx) => tx<SavedFilter[]>`select * from public.saved_filters order by position, id`;

/** The person's saved filters in sidebar order. */
export async function listSavedFilters(userId: string): Promise<SavedFilter[]> {
  const [rows] = await database().readAsUser(userId, (tx) => [savedFiltersQuery(tx)] as const);
  return rows;
}

export async function getSavedFilter(userId: string, id: string): Promise<SavedFilter | null> {
  const [rows] = await database().readAsUser(userId, (tx) => [tx`select * from public.saved_filters where id = ${id}`] as const);
  return parseOne(rows);
}

/** A new filter goes last unless a position is given. */
export async function createSavedFilter(userId: string, input: SavedFilterInput): Promise<SavedFilter> {
  return namingDuplicateNames(input.name, () =>
    database().asUser(userId, async (tx) => {
      const [row] = await tx<{ next: number }[]>`select coalesce(max(position), 0) + 1 as next from public.saved_filters`;
      const values = { user_id: userId, name: input.name, query: input.query, position: input.position ?? row?.next ?? 1 };
      const filter = parseOne(await tx`insert into public.saved_filters ${tx(values)} returning *`);
      if (!filter) throw new Error('saved filter insert returned no row');
      return filter;
    }),
  );
}

export async function updateSavedFilter(userId: string, id: string, patch: SavedFilterPatch): Promise<SavedFilter | null> {
  const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return namingDuplicateNames(patch.name, () =>
    database().asUser(userId, async (tx) =>
      parseOne(
        Object.keys(changes).length === 0
          ? await tx`select * from public.saved_filters where id = ${id}`
          : await tx`update public.saved_filters set ${tx(changes)} where id = ${id} returning *`,
      ),
    ),
  );
}

export async function deleteSavedFilter(userId: string, id: string): Promise<boolean> {
  const rows = await database().asUser(userId, (tx) => tx`delete from public.saved_filters where id = ${id} returning id`);
  return rows.length > 0;
}

export interface FilterPageOptions {
  cursor?: string | undefined;
  limit?: number | undefined;
  now?: Date;
}

/**
 * One page of the person's tasks matching filter text, in list order, each with its labels and
 * progress; "today" and "overdue" are the person's own day in their time zone. Text that does not
 * parse is a FieldError on `query` naming the position.
 */
export async function filterTasks(
  user: { id: string; timezone: string },
  query: string,
  options: FilterPageOptions = {},
): Promise<{ tasks: TaskWithExtras[]; next_cursor: string | null }> {
  const parsed = parseTaskFilter(query);
  if (!parsed.ok) throw new FieldError('query', describeFilterError(parsed.error));
  const limit = options.limit ?? TASK_PAGE_DEFAULT;
  const after = options.cursor ? decodeListCursor(options.cursor) : null;
  const today = calendarDay(options.now ?? new Date(), user.timezone);
  const rows = await filteredTaskPage(database(), user.id, { filter: parsed.filter, today, after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    tasks: await withTaskExtras(user.id, page),
    next_cursor: rows.length > limit && last ? encodeTaskCursor({ position: last.position, id: last.id }) : null,
  };
}

import { randomUUID } from 'node:crypto';
import {
  addDays,
  type FilterDate,
  type FilterNode,
  type FilterTerm,
  mentionsStatus,
  PRIORITY_OF_LEVEL,
  parseTaskFilter,
  printTaskFilter,
} from '@ordo/shared-types';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import { filteredTaskPage } from './task-filter-sql.ts';

// Random task sets in the real database and random filters (trees, printed to text and parsed
// back): the rows the compiled SQL returns must be exactly those a plain TypeScript reading of the
// filter picks from the same tasks.

const TODAY = '2026-12-10';
const WORDS = ['kitchen', 'kit', 'sink', 'paint', 'fence', 'garden', 'invoice', 'call', 'mum', 'tax'];
const PROJECTS = ['Home', 'Work', 'Side project'];
const LABELS = ['phone', 'Errand', 'waiting on'];
const STATUSES = ['todo', 'in_progress', 'done', 'cancelled'] as const;
const OPEN = new Set(['todo', 'in_progress']);

interface GeneratedTask {
  title: string;
  notes: string | null;
  status: (typeof STATUSES)[number];
  priority: 'low' | 'medium' | 'high' | null;
  due: number | null;
  deadline: number | null;
  project: number | null;
  labels: number[];
  recurring: boolean;
  /** An earlier task this one is a subtask of (taken modulo the index; a task's parent is top-level). */
  parent: number | null;
  deleted: boolean;
}

/** A task as the reference evaluator sees it. */
interface ReferenceTask {
  id: string;
  title: string;
  notes: string | null;
  status: string;
  priority: string | null;
  due_date: string | null;
  deadline: string | null;
  project: string | null;
  labels: string[];
  recurring: boolean;
  subtask: boolean;
  deleted: boolean;
}

const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((list) => list.join(' '));
const dayOffset = fc.option(fc.integer({ min: -3, max: 3 }), { nil: null });

const taskArbitrary: fc.Arbitrary<GeneratedTask> = fc.record({
  title: words(1, 3),
  notes: fc.option(words(1, 4), { nil: null }),
  status: fc.constantFrom(...STATUSES),
  priority: fc.constantFrom('low', 'medium', 'high', null),
  due: dayOffset,
  deadline: dayOffset,
  project: fc.option(fc.nat({ max: PROJECTS.length - 1 }), { nil: null }),
  labels: fc.uniqueArray(fc.nat({ max: LABELS.length - 1 }), { maxLength: LABELS.length }),
  recurring: fc.boolean(),
  parent: fc.option(fc.nat({ max: 30 }), { nil: null, freq: 3 }),
  deleted: fc.constantFrom(false, false, false, true),
});

// Names as people type them: any case, and names nobody has.
const nameVariants = (names: string[]) => fc.constantFrom(...names.flatMap((name) => [name, name.toUpperCase(), name.toLowerCase()]), 'nothing');

const filterDate: fc.Arbitrary<FilterDate> = fc.oneof(
  fc.integer({ min: -4, max: 4 }).map((days): FilterDate => ({ kind: 'date', date: addDays(TODAY, days) })),
  fc.constantFrom('yesterday', 'today', 'tomorrow').map((word): FilterDate => ({ kind: 'relative', word: word as 'today' })),
);

const searchText = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { maxLength: 1 }), fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 7 }))
  .map(([before, last, keep]) => [...before, last.slice(0, keep)].join(' '));

const termArbitrary: fc.Arbitrary<FilterTerm> = fc.oneof(
  fc.constantFrom<FilterTerm>(
    { type: 'today' },
    { type: 'tomorrow' },
    { type: 'overdue' },
    { type: 'no_date' },
    { type: 'no_deadline' },
    { type: 'no_labels' },
    { type: 'inbox' },
    { type: 'recurring' },
    { type: 'subtask' },
  ),
  fc.constantFrom(1, 2, 3, 4).map((level): FilterTerm => ({ type: 'priority', level: level as 1 })),
  fc.constantFrom('open', 'todo', 'in_progress', 'done', 'cancelled').map((status): FilterTerm => ({ type: 'status', status: status as 'open' })),
  nameVariants(PROJECTS).map((name): FilterTerm => ({ type: 'project', name })),
  nameVariants(LABELS).map((name): FilterTerm => ({ type: 'label', name })),
  fc
    .record({ field: fc.constantFrom('due', 'deadline'), bound: fc.constantFrom('before', 'after'), date: filterDate })
    .map((bound): FilterTerm => ({ type: 'date_bound', ...(bound as { field: 'due'; bound: 'before'; date: FilterDate }) })),
  searchText.map((text): FilterTerm => ({ type: 'search', text })),
);

const { node: filterArbitrary } = fc.letrec<{ node: FilterNode; not: FilterNode; and: FilterNode; or: FilterNode }>((tie) => ({
  node: fc.oneof({ maxDepth: 4, depthSize: 'small' }, termArbitrary.map((term): FilterNode => ({ kind: 'term', term })), tie('not'), tie('and'), tie('or')),
  not: tie('node').map((operand): FilterNode => ({ kind: 'not', operand })),
  and: fc.tuple(tie('node'), tie('node')).map(([left, right]): FilterNode => ({ kind: 'and', left, right })),
  or: fc.tuple(tie('node'), tie('node')).map(([left, right]): FilterNode => ({ kind: 'or', left, right })),
}));

// The reference: the filter language's meaning, read straight from docs/tasks.md.
function dayOf(date: FilterDate): string {
  return date.kind === 'date' ? date.date : addDays(TODAY, { yesterday: -1, today: 0, tomorrow: 1 }[date.word]);
}

function searchMatches(text: string, task: ReferenceTask): boolean {
  const tokens = `${task.title} ${task.notes ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const query = text.toLowerCase().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (query.length === 0) return false;
  return query.every((word, i) => (i === query.length - 1 ? tokens.some((token) => token.startsWith(word)) : tokens.includes(word)));
}

function termMatches(term: FilterTerm, task: ReferenceTask): boolean {
  const lower = (name: string | null) => name?.toLowerCase();
  switch (term.type) {
    case 'today':
      return task.due_date === TODAY;
    case 'tomorrow':
      return task.due_date === addDays(TODAY, 1);
    case 'overdue':
      return task.due_date !== null && task.due_date < TODAY && OPEN.has(task.status);
    case 'no_date':
      return task.due_date === null;
    case 'no_deadline':
      return task.deadline === null;
    case 'no_labels':
      return task.labels.length === 0;
    case 'inbox':
      return task.project === null;
    case 'recurring':
      return task.recurring;
    case 'subtask':
      return task.subtask;
    case 'priority':
      return task.priority === PRIORITY_OF_LEVEL[term.level];
    case 'status':
      return term.status === 'open' ? OPEN.has(task.status) : task.status === term.status;
    case 'project':
      return task.project !== null && lower(task.project) === lower(term.name);
    case 'label':
      return task.labels.some((label) => lower(label) === lower(term.name));
    case 'date_bound': {
      const value = term.field === 'due' ? task.due_date : task.deadline;
      if (value === null) return false;
      return term.bound === 'before' ? value < dayOf(term.date) : value > dayOf(term.date);
    }
    case 'search':
      return searchMatches(term.text, task);
  }
}

function nodeMatches(node: FilterNode, task: ReferenceTask): boolean {
  switch (node.kind) {
    case 'term':
      return termMatches(node.term, task);
    case 'not':
      return !nodeMatches(node.operand, task);
    case 'and':
      return nodeMatches(node.left, task) && nodeMatches(node.right, task);
    case 'or':
      return nodeMatches(node.left, task) || nodeMatches(node.right, task);
  }
}

function referenceResult(filter: FilterNode, tasks: ReferenceTask[]): string[] {
  const statusDecides = mentionsStatus(filter);
  return tasks
    .filter((task) => !task.deleted && (statusDecides || OPEN.has(task.status)) && nodeMatches(filter, task))
    .map((task) => task.id)
    .toSorted();
}

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

/** A new person holding the generated tasks; returns them as the reference sees them. */
async function insertPerson(generated: GeneratedTask[]): Promise<{ userId: string; tasks: ReferenceTask[] }> {
  const userId = await createTestUser(database.db);
  const tasks = await database.db.asService(async (tx) => {
    const projectIds = PROJECTS.map(() => randomUUID());
    const labelIds = LABELS.map(() => randomUUID());
    await tx`insert into public.projects ${tx(PROJECTS.map((name, i) => ({ id: projectIds[i], user_id: userId, name })))}`;
    await tx`insert into public.labels ${tx(LABELS.map((name, i) => ({ id: labelIds[i], user_id: userId, name })))}`;
    const [series] = await tx<{ id: string }[]>`
      insert into public.task_series (user_id, rrule, starts_on, title) values (${userId}, 'FREQ=DAILY', ${TODAY}, 'Series') returning id`;
    const rows = generated.map((task, index) => {
      const parentIndex = task.parent === null || index === 0 ? null : task.parent % index;
      // Subtasks hang under top-level tasks only, and do not repeat.
      const parent = parentIndex !== null && generated[parentIndex]?.parent === null ? parentIndex : null;
      return { task, index, parent };
    });
    const ids = generated.map(() => randomUUID());
    const insertRows = (subtasks: boolean) =>
      rows
        .filter((row) => (row.parent !== null) === subtasks)
        .map(({ task, index, parent }) => ({
          id: ids[index],
          user_id: userId,
          title: task.title,
          notes: task.notes,
          status: task.status,
          priority: task.priority,
          due_date: task.due === null ? null : addDays(TODAY, task.due),
          deadline: task.deadline === null ? null : addDays(TODAY, task.deadline),
          project_id: task.project === null ? null : projectIds[task.project],
          parent_id: parent === null ? null : ids[parent],
          recurrence_rule: task.recurring && parent === null ? 'FREQ=DAILY' : null,
          recurrence_from_completion: task.recurring && parent === null ? false : null,
          recurrence_series_id: task.recurring && parent === null ? (series?.id ?? null) : null,
          recurrence_anchor: task.recurring && parent === null ? TODAY : null,
          deleted_at: task.deleted ? new Date() : null,
          position: (index * 7) % 11,
        }));
    for (const subtasks of [false, true]) {
      const batch = insertRows(subtasks);
      if (batch.length > 0) await tx`insert into public.tasks ${tx(batch)}`;
    }
    const taskLabels = generated.flatMap((task, index) => task.labels.map((label) => ({ task_id: ids[index], label_id: labelIds[label], user_id: userId })));
    if (taskLabels.length > 0) await tx`insert into public.task_labels ${tx(taskLabels)}`;
    return rows.map(({ task, index, parent }): ReferenceTask => ({
      id: ids[index] as string,
      title: task.title,
      notes: task.notes,
      status: task.status,
      priority: task.priority,
      due_date: task.due === null ? null : addDays(TODAY, task.due),
      deadline: task.deadline === null ? null : addDays(TODAY, task.deadline),
      project: task.project === null ? null : (PROJECTS[task.project] as string),
      labels: task.labels.map((label) => LABELS[label] as string),
      recurring: task.recurring && parent === null,
      subtask: parent !== null,
      deleted: task.deleted,
    }));
  });
  return { userId, tasks };
}

describe('filters compiled to SQL', () => {
  it('return exactly the tasks the reference evaluator picks, for random tasks and filters', async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(taskArbitrary, { maxLength: 25 }), filterArbitrary, async (generated, filter) => {
        const text = printTaskFilter(filter);
        const parsed = parseTaskFilter(text);
        expect(parsed, text).toEqual({ ok: true, filter });
        const { userId, tasks } = await insertPerson(generated);
        const rows = await filteredTaskPage(database.db, userId, { filter, today: TODAY, after: null, limit: 1000 });
        const expected = referenceResult(filter, tasks);
        expect(rows.map((row) => row.id).toSorted(), text).toEqual(expected);
        // In list order.
        const order = rows.map((row) => [row.position, row.id] as const);
        expect(order).toEqual(order.toSorted(([p1, i1], [p2, i2]) => p1 - p2 || (i1 < i2 ? -1 : i1 > i2 ? 1 : 0)));
        if (expected.length > 0) nonEmpty += 1;
      }),
      { numRuns: 40 },
    );
    // The generators are not so selective that every filter matches nothing.
    expect(nonEmpty).toBeGreaterThan(5);
  });

  it("never returns another person's tasks, whatever the filter", async () => {
    const mine = await insertPerson([
      { title: 'kitchen', notes: null, status: 'todo', priority: 'high', due: 0, deadline: null, project: 0, labels: [0], recurring: false, parent: null, deleted: false },
    ]);
    const theirs = await insertPerson([
      { title: 'kitchen', notes: null, status: 'todo', priority: 'high', due: 0, deadline: null, project: 0, labels: [0], recurring: false, parent: null, deleted: false },
    ]);
    const filter = parseTaskFilter('today & p1 & #home & @phone & search: kit | !today');
    if (!filter.ok) throw new Error(filter.error.message);
    const rows = await filteredTaskPage(database.db, mine.userId, { filter: filter.filter, today: TODAY, after: null, limit: 100 });
    expect(rows.map((row) => row.id)).toEqual(mine.tasks.map((task) => task.id));
    expect(rows.map((row) => row.id)).not.toContain(theirs.tasks[0]?.id);
  });

  it('pages in list order with a cursor', async () => {
    const { userId } = await insertPerson(
      Array.from({ length: 7 }, () => ({ title: 'call mum', notes: null, status: 'todo' as const, priority: null, due: 0, deadline: null, project: null, labels: [], recurring: false, parent: null, deleted: false })),
    );
    const filter = parseTaskFilter('today');
    if (!filter.ok) throw new Error(filter.error.message);
    const all = await filteredTaskPage(database.db, userId, { filter: filter.filter, today: TODAY, after: null, limit: 100 });
    const paged: string[] = [];
    let after: { position: number; id: string } | null = null;
    for (;;) {
      const page = await filteredTaskPage(database.db, userId, { filter: filter.filter, today: TODAY, after, limit: 3 });
      paged.push(...page.map((row) => row.id));
      const last = page.at(-1);
      if (page.length < 3 || !last) break;
      after = { position: last.position, id: last.id };
    }
    expect(all).toHaveLength(7);
    expect(paged).toEqual(all.map((row) => row.id));
  });
});

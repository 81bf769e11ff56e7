import {
  addDays,
  type BriefCalendarEvent,
  type BriefFacts,
  type BriefKind,
  calendarDay,
  daysBetween,
  deadlineRisk,
  formatZonedIso,
  instantOfWallTime,
  parseDate,
} from '@ordo/shared-types';
import type { Sql, Tx } from '../db.ts';
import { pipelinedRead, type ReadResults } from '../run-as.ts';
import type { BriefPerson } from './brief-person.ts';
import { activeProjectsProgress } from './projects.ts';
import { overdueTasks, type TaskSummary, tasksDueOn, tasksDueWithin } from './tasks.ts';

// A brief is short: more than this many items in one list would not be read, and the whole set
// goes into a model's prompt.
const LIST_LIMIT = 25;
const PROJECT_LIMIT = 20;
const UPCOMING_DAYS = 7;

type CompletedRow = TaskSummary & { completed_at: Date };

const openTask = (tx: Tx, userId: string) => tx`t.user_id = ${userId} and t.deleted_at is null and t.status in ('todo', 'in_progress')`;
const summaryColumns = (tx: Tx) =>
  tx`t.id, t.title, t.status, t.priority, t.due_date, t.start_at, t.deadline, t.recurrence_rule, t.recurrence_from_completion,
      (select p.name from projects p where p.id = t.project_id) as project_name`;

/** Tasks completed in [from, to), oldest first. */
function completedBetween(tx: Tx, userId: string, from: Date, to: Date, limit: number) {
  return tx<CompletedRow[]>`
    select ${summaryColumns(tx)}, t.completed_at from tasks t
    where t.user_id = ${userId} and t.deleted_at is null and t.status = 'done'
      and t.completed_at >= ${from} and t.completed_at < ${to}
    order by t.completed_at
    limit ${limit}`;
}

/** Open tasks starting in [from, to), by start time. */
function scheduledBetween(tx: Tx, userId: string, from: Date, to: Date, limit: number) {
  return tx<TaskSummary[]>`
    select ${summaryColumns(tx)} from tasks t
    where ${openTask(tx, userId)} and t.start_at >= ${from} and t.start_at < ${to}
    order by t.start_at, t.position
    limit ${limit}`;
}

interface DayEventRow {
  title: string | null;
  all_day: boolean;
  start_at: Date | null;
  end_at: Date | null;
  start_date: string | null;
  end_date: string | null;
}

/**
 * The person's synced calendar events on their day [from, to) (`day` for all-day ones), timed by
 * start and all-day first. Shown calendars give their titles; busy-only calendars only that the
 * time is taken ("Busy"), so their free (transparent) events are left out.
 */
function calendarEventsOfDay(tx: Tx, userId: string, day: string, from: Date, to: Date, limit: number) {
  return tx<DayEventRow[]>`
    select case when c.sync_mode = 'show' then coalesce(e.title, '(no title)') else 'Busy' end as title,
      e.all_day, e.start_at, e.end_at, e.start_date::text as start_date, e.end_date::text as end_date
    from calendar_events e
    join calendars c on c.id = e.calendar_id and c.sync_mode in ('show', 'busy')
    where e.user_id = ${userId} and (c.sync_mode = 'show' or e.busy)
      and ((not e.all_day and e.start_at < ${to} and e.end_at > ${from})
        or (e.all_day and e.start_date <= ${day}::date and e.end_date > ${day}::date))
    order by e.all_day desc, e.start_at, e.title
    limit ${limit}`;
}

function briefEvent(row: DayEventRow, zone: string): BriefCalendarEvent {
  if (row.all_day) return { title: row.title as string, start: row.start_date as string, end: row.end_date as string, all_day: true };
  return {
    title: row.title as string,
    start: formatZonedIso(new Date(row.start_at as Date), zone),
    end: formatZonedIso(new Date(row.end_at as Date), zone),
    all_day: false,
  };
}

/** The first instant of `day` in `zone` (a day that starts in a DST gap starts when the gap ends). */
function startOfDay(day: string, zone: string): Date {
  return instantOfWallTime({ ...parseDate(day), hour: 0, minute: 0 }, zone);
}

function briefTask(row: TaskSummary, zone: string, today: string) {
  return {
    id: row.id,
    title: row.title,
    project_name: row.project_name,
    priority: row.priority,
    due_date: row.due_date,
    start_at: row.start_at ? formatZonedIso(new Date(row.start_at), zone) : null,
    deadline: row.deadline,
    at_risk: deadlineRisk(row, today, zone) !== null,
  };
}

type FactsPerson = Pick<BriefPerson, 'id' | 'name' | 'timezone' | 'sections'>;
type FactsRequest = { kind: BriefKind; localDate: string };

/** The days a brief covers, in the person's zone. */
function briefDays(person: FactsPerson, brief: FactsRequest) {
  const zone = person.timezone;
  const today = brief.localDate;
  const completedFrom = addDays(today, brief.kind === 'weekly' ? -7 : -1);
  return { zone, today, completedFrom, dayStart: startOfDay(today, zone), nextDayStart: startOfDay(addDays(today, 1), zone) };
}

/** The reads of one person's facts, unawaited (pipelinedRead sends them together). */
function factQueries(tx: Tx, person: FactsPerson, brief: FactsRequest) {
  const { zone, today, completedFrom, dayStart, nextDayStart } = briefDays(person, brief);
  return [
    completedBetween(tx, person.id, startOfDay(completedFrom, zone), dayStart, LIST_LIMIT),
    scheduledBetween(tx, person.id, dayStart, nextDayStart, LIST_LIMIT),
    tasksDueOn(tx, person.id, today, LIST_LIMIT),
    overdueTasks(tx, person.id, today, LIST_LIMIT),
    tasksDueWithin(tx, person.id, today, UPCOMING_DAYS, LIST_LIMIT),
    activeProjectsProgress(tx, person.id, PROJECT_LIMIT),
    calendarEventsOfDay(tx, person.id, today, dayStart, nextDayStart, LIST_LIMIT),
  ] as const;
}

type FactRows = ReadResults<ReturnType<typeof factQueries>>;

function factsOf(person: FactsPerson, brief: FactsRequest, rows: FactRows): BriefFacts {
  const { zone, today, completedFrom } = briefDays(person, brief);
  const [completed, scheduled, dueToday, overdue, upcoming, projects, events] = rows;
  return {
    name: person.name,
    timezone: zone,
    local_date: today,
    kind: brief.kind,
    sections: person.sections,
    completed_from: completedFrom,
    completed_to: addDays(today, -1),
    completed: completed.map((row) => ({ ...briefTask(row, zone, today), completed_on: calendarDay(new Date(row.completed_at), zone) })),
    scheduled_today: scheduled.map((row) => briefTask(row, zone, today)),
    due_today: dueToday.map((row) => briefTask(row, zone, today)),
    overdue: overdue.map((row) => ({
      ...briefTask(row, zone, today),
      due_date: row.due_date as string,
      age_days: daysBetween(row.due_date as string, today),
    })),
    upcoming: upcoming.map((row) => briefTask(row, zone, today)),
    projects: projects.map((project) => ({ id: project.id, name: project.name, open: project.total - project.done, done: project.done })),
    calendar_events: events.map((row) => briefEvent(row, zone)),
  };
}

/**
 * Everything one person's brief for `localDate` may mention, read in one round trip. Day
 * boundaries are the person's own midnights (through the shared time module), so "yesterday"
 * is their yesterday whatever the server's zone. The reads run as the connection's role and name
 * the user in every query.
 */
export async function readBriefFacts(sql: Sql, person: FactsPerson, brief: FactsRequest): Promise<BriefFacts> {
  return factsOf(person, brief, await pipelinedRead(sql, (tx) => factQueries(tx, person, brief)));
}

/**
 * readBriefFacts for several people at once (a batch of briefs): every read in one READ ONLY
 * transaction and one round trip, so the batch's facts are one snapshot. In the order given.
 */
export async function readBriefFactsOfMany(sql: Sql, briefs: readonly { person: FactsPerson; brief: FactsRequest }[]): Promise<BriefFacts[]> {
  let perPerson = 0;
  const rows: unknown[] = await pipelinedRead(sql, (tx) =>
    briefs.flatMap(({ person, brief }) => {
      const queries = factQueries(tx, person, brief);
      perPerson = queries.length;
      return queries;
    }),
  );
  return briefs.map(({ person, brief }, index) => factsOf(person, brief, rows.slice(index * perPerson, (index + 1) * perPerson) as unknown as FactRows));
}

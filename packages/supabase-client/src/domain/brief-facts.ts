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
import type { Fragment } from 'postgres';
import type { Sql, Tx } from '../db.ts';
import { pipelinedRead } from '../run-as.ts';
import type { BriefPerson } from './brief-person.ts';
import { activeProjectsProgressOf, type ProjectProgress } from './projects.ts';
import { openTask, overdueTasksOf, type TaskSummary, taskListColumns, tasksDueOnOf, tasksDueWithinOf } from './tasks.ts';

// A brief is short: more than this many items in one list would not be read, and the whole set
// goes into a model's prompt.
const LIST_LIMIT = 25;
const PROJECT_LIMIT = 20;
const UPCOMING_DAYS = 7;

/** A task as a brief's list reads it: no labels or subtask progress, which a brief never shows. */
type ListTask = Omit<TaskSummary, 'labels' | 'progress' | 'parent_id'>;
type CompletedRow = ListTask & { completed_at: Date };

// Each read takes the batch's people as one set (`people`) and answers for all of them: a statement
// a kind of fact, not one a person (seven for a batch of ten instead of seventy). Each row carries
// its person's place in the batch (`ord`, from 1) and its place in that person's list (`rn`).

/** The batch's people with their days, one row each (`f`): user, today, and the instants bounding their lists. */
interface PeopleDays {
  userIds: string[];
  todays: string[];
  completedFroms: string[];
  dayStarts: string[];
  nextDayStarts: string[];
}

const people = (tx: Tx, days: PeopleDays) =>
  tx`unnest(${days.userIds}::uuid[], ${days.todays}::date[], ${days.completedFroms}::timestamptz[], ${days.dayStarts}::timestamptz[],
            ${days.nextDayStarts}::timestamptz[]) with ordinality as f(user_id, today, completed_from, day_start, next_day_start, ord)`;

/**
 * `list` (a query over `f`'s person, in its own order and limit) for every person of the batch,
 * each person's rows in that order.
 */
function perPerson<Row>(tx: Tx, days: PeopleDays, list: Fragment) {
  return tx<(Row & { ord: number })[]>`
    select f.ord::int as ord, x.* from ${people(tx, days)}
    cross join lateral (select l.*, row_number() over () as rn from (${list}) l) x
    order by f.ord, x.rn`;
}

/** Tasks completed in [completed_from, day_start), oldest first. */
const completedBefore = (tx: Tx, days: PeopleDays) =>
  perPerson<CompletedRow>(
    tx,
    days,
    tx`select ${taskListColumns(tx)}, t.completed_at from tasks t
       where t.user_id = f.user_id and t.deleted_at is null and t.status = 'done'
         and t.completed_at >= f.completed_from and t.completed_at < f.day_start
       order by t.completed_at
       limit ${LIST_LIMIT}`,
  );

/** Open tasks starting on the day, by start time. */
const scheduledToday = (tx: Tx, days: PeopleDays) =>
  perPerson<ListTask>(
    tx,
    days,
    tx`select ${taskListColumns(tx)} from tasks t
       where ${openTask(tx, tx`f.user_id`)} and t.start_at >= f.day_start and t.start_at < f.next_day_start
       order by t.start_at, t.position
       limit ${LIST_LIMIT}`,
  );

/** Open tasks due on the day, in list order. */
const dueToday = (tx: Tx, days: PeopleDays) => perPerson<ListTask>(tx, days, tasksDueOnOf(tx, taskListColumns(tx), tx`f.user_id`, tx`f.today`, LIST_LIMIT));

/** Open tasks due before the day, oldest due first. */
const overdue = (tx: Tx, days: PeopleDays) => perPerson<ListTask>(tx, days, overdueTasksOf(tx, taskListColumns(tx), tx`f.user_id`, tx`f.today`, LIST_LIMIT));

/** Open tasks due in the UPCOMING_DAYS days after the day, soonest first. */
const upcoming = (tx: Tx, days: PeopleDays) =>
  perPerson<ListTask>(tx, days, tasksDueWithinOf(tx, taskListColumns(tx), tx`f.user_id`, tx`f.today`, UPCOMING_DAYS, LIST_LIMIT));

/** The first active projects in list order, each with its task counts (counted only for those shown). */
const projectsProgress = (tx: Tx, days: PeopleDays) => perPerson<ProjectProgress>(tx, days, activeProjectsProgressOf(tx, tx`f.user_id`, PROJECT_LIMIT));

interface DayEventRow {
  title: string | null;
  all_day: boolean;
  start_at: Date | null;
  end_at: Date | null;
  start_date: string | null;
  end_date: string | null;
}

/**
 * The person's synced calendar events on their day (by its instants; by the date for all-day
 * ones), timed by start and all-day first. Shown calendars give their titles; busy-only calendars
 * only that the time is taken ("Busy"), so their free (transparent) events are left out.
 */
const calendarEventsOfDay = (tx: Tx, days: PeopleDays) =>
  perPerson<DayEventRow>(
    tx,
    days,
    tx`select case when c.sync_mode = 'show' then coalesce(e.title, '(no title)') else 'Busy' end as title,
         e.all_day, e.start_at, e.end_at, e.start_date::text as start_date, e.end_date::text as end_date
       from calendar_events e
       join calendars c on c.id = e.calendar_id and c.sync_mode in ('show', 'busy')
       where e.user_id = f.user_id and (c.sync_mode = 'show' or e.busy)
         and ((not e.all_day and e.start_at < f.next_day_start and e.end_at > f.day_start)
           or (e.all_day and e.start_date <= f.today and e.end_date > f.today))
       order by e.all_day desc, e.start_at, e.title
       limit ${LIST_LIMIT}`,
  );

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

function briefTask(row: ListTask, zone: string, today: string) {
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

/** The days a brief covers, in the person's zone, and the instants bounding them (computed once a brief). */
function briefDays(person: FactsPerson, brief: FactsRequest) {
  const zone = person.timezone;
  const today = brief.localDate;
  const completedFrom = addDays(today, brief.kind === 'weekly' ? -7 : -1);
  return {
    userId: person.id,
    zone,
    today,
    completedFrom,
    completedFromStart: startOfDay(completedFrom, zone),
    dayStart: startOfDay(today, zone),
    nextDayStart: startOfDay(addDays(today, 1), zone),
  };
}

type BriefDays = ReturnType<typeof briefDays>;

/** The reads of the batch's facts, unawaited (pipelinedRead sends them together), a statement a kind. */
function factQueries(tx: Tx, each: readonly BriefDays[]) {
  const days: PeopleDays = {
    userIds: each.map((day) => day.userId),
    todays: each.map((day) => day.today),
    completedFroms: each.map((day) => day.completedFromStart.toISOString()),
    dayStarts: each.map((day) => day.dayStart.toISOString()),
    nextDayStarts: each.map((day) => day.nextDayStart.toISOString()),
  };
  return [
    completedBefore(tx, days),
    scheduledToday(tx, days),
    dueToday(tx, days),
    overdue(tx, days),
    upcoming(tx, days),
    projectsProgress(tx, days),
    calendarEventsOfDay(tx, days),
  ] as const;
}

/** One person's rows of each read. */
interface FactRows {
  completed: CompletedRow[];
  scheduled: ListTask[];
  dueOn: ListTask[];
  overdue: ListTask[];
  upcoming: ListTask[];
  projects: ProjectProgress[];
  events: DayEventRow[];
}

/** Rows of a batch read, split by person (`ord` counts from 1), each person's in the order read. */
function byPerson<Row extends { ord: number }>(rows: readonly Row[], count: number): Row[][] {
  const lists: Row[][] = Array.from({ length: count }, () => []);
  for (const row of rows) lists[row.ord - 1]?.push(row);
  return lists;
}

function factsOf(person: FactsPerson, brief: FactsRequest, { zone, today, completedFrom }: BriefDays, rows: FactRows): BriefFacts {
  return {
    name: person.name,
    timezone: zone,
    local_date: today,
    kind: brief.kind,
    sections: person.sections,
    completed_from: completedFrom,
    completed_to: addDays(today, -1),
    completed: rows.completed.map((row) => ({ ...briefTask(row, zone, today), completed_on: calendarDay(new Date(row.completed_at), zone) })),
    scheduled_today: rows.scheduled.map((row) => briefTask(row, zone, today)),
    due_today: rows.dueOn.map((row) => briefTask(row, zone, today)),
    overdue: rows.overdue.map((row) => ({
      ...briefTask(row, zone, today),
      due_date: row.due_date as string,
      age_days: daysBetween(row.due_date as string, today),
    })),
    upcoming: rows.upcoming.map((row) => briefTask(row, zone, today)),
    projects: rows.projects.map((project) => ({ id: project.id, name: project.name, open: project.total - project.done, done: project.done })),
    calendar_events: rows.events.map((row) => briefEvent(row, zone)),
  };
}

/**
 * Everything one person's brief for `localDate` may mention, read in one round trip. Day
 * boundaries are the person's own midnights (through the shared time module), so "yesterday"
 * is their yesterday whatever the server's zone. The reads run as the connection's role and name
 * the user in every query.
 */
export async function readBriefFacts(sql: Sql, person: FactsPerson, brief: FactsRequest): Promise<BriefFacts> {
  const [facts] = await readBriefFactsOfMany(sql, [{ person, brief }]);
  return facts as BriefFacts;
}

/**
 * readBriefFacts for several people at once (a batch of briefs): one statement a kind of fact for
 * all of them, every read in one READ ONLY transaction and one round trip, so the batch's facts are
 * one snapshot. In the order given.
 */
export async function readBriefFactsOfMany(sql: Sql, briefs: readonly { person: FactsPerson; brief: FactsRequest }[]): Promise<BriefFacts[]> {
  if (briefs.length === 0) return [];
  const days = briefs.map(({ person, brief }) => briefDays(person, brief));
  const [completed, scheduled, dueOn, overdueRows, upcomingRows, projects, events] = await pipelinedRead(sql, (tx) => factQueries(tx, days));
  const count = briefs.length;
  const lists = {
    completed: byPerson(completed, count),
    scheduled: byPerson(scheduled, count),
    dueOn: byPerson(dueOn, count),
    overdue: byPerson(overdueRows, count),
    upcoming: byPerson(upcomingRows, count),
    projects: byPerson(projects, count),
    events: byPerson(events, count),
  };
  return briefs.map(({ person, brief }, index) => {
    const of = <Row>(list: Row[][]) => list[index] ?? [];
    return factsOf(person, brief, days[index] as BriefDays, {
      completed: of(lists.completed),
      scheduled: of(lists.scheduled),
      dueOn: of(lists.dueOn),
      overdue: of(lists.overdue),
      upcoming: of(lists.upcoming),
      projects: of(lists.projects),
      events: of(lists.events),
    });
  });
}

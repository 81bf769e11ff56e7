import type { TextRange } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import { type QuickAddContext, type QuickAddResult, parseQuickAdd } from './parse-quick-add.ts';

// Friday 4 December 2026, 10:00 in New York (15:00Z).
const NEW_YORK: QuickAddContext = {
  now: new Date('2026-12-04T15:00:00Z'),
  timezone: 'America/New_York',
  projects: ['Family', 'Home Reno', 'Work'],
  labels: ['phone', 'Errands', 'waiting for'],
};
// Friday 4 December 2026, 16:00 in Berlin (day-first dates, German dates).
const BERLIN: QuickAddContext = { ...NEW_YORK, now: new Date('2026-12-04T15:00:00Z'), timezone: 'Europe/Berlin' };
// Saturday 5 December 2026, 02:00 in Sydney (summer, +11): it is still Friday in UTC.
const SYDNEY: QuickAddContext = { ...NEW_YORK, now: new Date('2026-12-04T15:00:00Z'), timezone: 'Australia/Sydney' };
// Saturday 7 March 2026, 12:00 EST in New York: clocks go forward in the night to Sunday.
const BEFORE_SPRING_FORWARD: QuickAddContext = { ...NEW_YORK, now: new Date('2026-03-07T17:00:00Z') };
// Saturday 4 April 2026, 10:00 AEDT in Sydney: clocks go back in the night to Sunday.
const BEFORE_SYDNEY_FALL_BACK: QuickAddContext = { ...NEW_YORK, now: new Date('2026-04-03T23:00:00Z'), timezone: 'Australia/Sydney' };
// Sunday 8 March 2026, 01:30 EST, half an hour before the gap.
const IN_THE_NIGHT_OF_THE_GAP: QuickAddContext = { ...NEW_YORK, now: new Date('2026-03-08T06:30:00Z') };

type Expected = Partial<Omit<QuickAddResult, 'spans' | 'project' | 'labels'>> & {
  project?: string | null;
  newProject?: boolean;
  labels?: string[];
  /** Each recognised piece as `kind:text`, in the order they stand. */
  spans: string[];
};

interface Case {
  text: string;
  context?: QuickAddContext;
  ignore?: TextRange[];
  expected: Expected;
}

const NONE: Expected = { spans: [] };

const CASES: Case[] = [
  // The example, and pieces of it.
  {
    text: 'Call mum tomorrow 6pm for 30m p1 #Family @phone every sunday deadline dec 24',
    expected: {
      title: 'Call mum',
      due_date: '2026-12-05',
      start_at: '2026-12-05T18:00:00-05:00',
      duration_minutes: 30,
      priority: 'high',
      project: 'Family',
      newProject: false,
      labels: ['phone'],
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=SU', from_completion: false },
      deadline: '2026-12-24',
      spans: ['date:tomorrow 6pm', 'duration:for 30m', 'priority:p1', 'project:#Family', 'label:@phone', 'recurrence:every sunday', 'deadline:deadline dec 24'],
    },
  },
  // Ambiguity: words that look like dates but are not.
  { text: 'call May', expected: { ...NONE, title: 'call May', due_date: null } },
  { text: 'email May about the lease', expected: { ...NONE, title: 'email May about the lease' } },
  { text: 'plan the trip in June', expected: { ...NONE, title: 'plan the trip in June' } },
  { text: 'buy 2 eggs', expected: { ...NONE, title: 'buy 2 eggs', due_date: null, start_at: null } },
  { text: 'buy 12 eggs and 3 apples', expected: { ...NONE, title: 'buy 12 eggs and 3 apples' } },
  { text: 'read chapter 3 on monday', expected: { title: 'read chapter 3', due_date: '2026-12-07', start_at: null, spans: ['date:on monday'] } },
  { text: 'fix issue 42 friday', expected: { title: 'fix issue 42', due_date: '2026-12-04', spans: ['date:friday'] } },
  { text: 'buy p100 tokens', expected: { ...NONE, title: 'buy p100 tokens', priority: null } },
  { text: 'mail bob@example.com the draft', expected: { ...NONE, title: 'mail bob@example.com the draft', labels: [] } },
  { text: 'learn C# basics', expected: { ...NONE, title: 'learn C# basics', project: null } },
  { text: 'fix bug #42', expected: { ...NONE, title: 'fix bug #42', project: null } },
  { text: 'go by bus', expected: { ...NONE, title: 'go by bus', deadline: null } },
  { text: 'stay for a while', expected: { ...NONE, title: 'stay for a while', duration_minutes: null } },
  { text: 'every little thing', expected: { ...NONE, title: 'every little thing', recurrence: null } },
  { text: 'start walking every morning', expected: { ...NONE, title: 'start walking every morning' } },

  // Quoting keeps words literal; the quote marks leave the title.
  { text: 'watch "Friday night lights" tomorrow', expected: { title: 'watch Friday night lights', due_date: '2026-12-05', spans: ['date:tomorrow'] } },
  { text: 'read "Tomorrow and Tomorrow"', expected: { ...NONE, title: 'read Tomorrow and Tomorrow', due_date: null } },
  { text: 'book “p1 lounge” for 2h', expected: { title: 'book p1 lounge', priority: null, duration_minutes: 120, spans: ['duration:for 2h'] } },
  { text: 'tag "@home" in the photo', expected: { ...NONE, title: 'tag @home in the photo', labels: [] } },
  { text: 'print "every day counts" poster p3', expected: { title: 'print every day counts poster', recurrence: null, priority: 'low', spans: ['priority:p3'] } },
  { text: 'say "by friday" to Sam', expected: { ...NONE, title: 'say by friday to Sam', deadline: null } },
  { text: 'an "unclosed quote tomorrow', expected: { title: 'an "unclosed quote', due_date: '2026-12-05', spans: ['date:tomorrow'] } },

  // Priorities.
  { text: 'pay taxes p1', expected: { title: 'pay taxes', priority: 'high', spans: ['priority:p1'] } },
  { text: 'P2 review budget', expected: { title: 'review budget', priority: 'medium', spans: ['priority:P2'] } },
  { text: 'tidy desk p3', expected: { title: 'tidy desk', priority: 'low', spans: ['priority:p3'] } },
  { text: 'someday sort photos p4', expected: { title: 'someday sort photos', priority: null, spans: ['priority:p4'] } },
  { text: 'p1 first p3 second', expected: { title: 'first p3 second', priority: 'high', spans: ['priority:p1'] } },
  { text: 'check (p2) later', expected: { title: 'check () later', priority: 'medium', spans: ['priority:p2'] } },

  // Projects.
  { text: 'paint the hall #home reno', expected: { title: 'paint the hall', project: 'Home Reno', newProject: false, spans: ['project:#home reno'] } },
  { text: '#work send invoices', expected: { title: 'send invoices', project: 'Work', newProject: false, spans: ['project:#work'] } },
  { text: 'plan party #Birthday', expected: { title: 'plan party', project: 'Birthday', newProject: true, spans: ['project:#Birthday'] } },
  { text: 'buy tiles #"Kitchen Reno"', expected: { title: 'buy tiles', project: 'Kitchen Reno', newProject: true, spans: ['project:#"Kitchen Reno"'] } },
  { text: 'buy tiles #home-reno', expected: { title: 'buy tiles', project: 'home-reno', newProject: true, spans: ['project:#home-reno'] } },
  { text: 'call Ann #Family, then #Work', expected: { title: 'call Ann, then #Work', project: 'Family', spans: ['project:#Family'] } },
  { text: 'file receipts #work.', expected: { title: 'file receipts.', project: 'Work', spans: ['project:#work'] } },
  { text: 'sand floors #home renovation', expected: { title: 'sand floors renovation', project: 'home', newProject: true, spans: ['project:#home'] } },

  // Labels.
  { text: 'call the bank @phone', expected: { title: 'call the bank', labels: ['phone'], spans: ['label:@phone'] } },
  { text: 'buy stamps @errands @Phone', expected: { title: 'buy stamps', labels: ['Errands', 'phone'], spans: ['label:@errands', 'label:@Phone'] } },
  { text: 'ping Lee @waiting for reply', expected: { title: 'ping Lee reply', labels: ['waiting for'], spans: ['label:@waiting for'] } },
  { text: 'buy glue @"craft shop"', expected: { title: 'buy glue', labels: ['craft shop'], spans: ['label:@"craft shop"'] } },
  { text: 'renew visa @admin @admin', expected: { title: 'renew visa', labels: ['admin'], spans: ['label:@admin', 'label:@admin'] } },
  { text: 'meet at @ the cafe', expected: { ...NONE, title: 'meet at @ the cafe', labels: [] } },

  // Durations.
  { text: 'deep work for 2h', expected: { title: 'deep work', duration_minutes: 120, spans: ['duration:for 2h'] } },
  { text: 'yoga for 1h30m', expected: { title: 'yoga', duration_minutes: 90, spans: ['duration:for 1h30m'] } },
  { text: 'run for 90 min', expected: { title: 'run', duration_minutes: 90, spans: ['duration:for 90 min'] } },
  { text: 'nap for 20 minutes', expected: { title: 'nap', duration_minutes: 20, spans: ['duration:for 20 minutes'] } },
  { text: 'study for 1.5 hours', expected: { title: 'study', duration_minutes: 90, spans: ['duration:for 1.5 hours'] } },
  { text: 'walk for an hour', expected: { title: 'walk', duration_minutes: 60, spans: ['duration:for an hour'] } },
  { text: 'stretch for half an hour', expected: { title: 'stretch', duration_minutes: 30, spans: ['duration:for half an hour'] } },
  { text: 'write for 1h 15m', expected: { title: 'write', duration_minutes: 75, spans: ['duration:for 1h 15m'] } },
  { text: 'camp for 3 days', expected: { ...NONE, title: 'camp for 3 days', duration_minutes: null, due_date: null } },
  { text: 'fast for 30h', expected: { ...NONE, title: 'fast for 30h', duration_minutes: null } },

  // Times of day.
  { text: 'call sam 3pm', expected: { title: 'call sam', due_date: '2026-12-04', start_at: '2026-12-04T15:00:00-05:00', spans: ['date:3pm'] } },
  { text: 'meeting at 18:00', expected: { title: 'meeting', due_date: '2026-12-04', start_at: '2026-12-04T18:00:00-05:00', spans: ['date:at 18:00'] } },
  { text: 'coffee at 9am', expected: { title: 'coffee', due_date: '2026-12-05', start_at: '2026-12-05T09:00:00-05:00', spans: ['date:at 9am'] } },
  { text: 'pick up kids at 5', expected: { title: 'pick up kids', start_at: '2026-12-04T17:00:00-05:00', spans: ['date:at 5'] } },
  // What a time without am/pm times says its half of the day.
  { text: 'dinner with Ana saturday 7:30', expected: { title: 'dinner with Ana', start_at: '2026-12-05T19:30:00-05:00', spans: ['date:saturday 7:30'] } },
  { text: 'breakfast meeting monday at 6', expected: { title: 'breakfast meeting', start_at: '2026-12-07T06:00:00-05:00', spans: ['date:monday at 6'] } },
  { text: 'lunch tomorrow at noon', expected: { title: 'lunch', start_at: '2026-12-05T12:00:00-05:00', spans: ['date:tomorrow at noon'] } },
  { text: 'dinner friday with Bob at 7pm', expected: { title: 'dinner with Bob', due_date: '2026-12-04', start_at: '2026-12-04T19:00:00-05:00', spans: ['date:friday', 'date:at 7pm'] } },
  { text: 'at 8pm call grandma on sunday', expected: { title: 'call grandma', due_date: '2026-12-06', start_at: '2026-12-06T20:00:00-05:00', spans: ['date:at 8pm', 'date:on sunday'] } },
  { text: 'tomorrow #Work 6pm review', expected: { title: 'review', due_date: '2026-12-05', start_at: '2026-12-05T18:00:00-05:00', spans: ['date:tomorrow', 'project:#Work', 'date:6pm'] } },

  // Relative dates.
  { text: 'water plants today', expected: { title: 'water plants', due_date: '2026-12-04', start_at: null, spans: ['date:today'] } },
  { text: 'renew passport in 2 weeks', expected: { title: 'renew passport', due_date: '2026-12-18', spans: ['date:in 2 weeks'] } },
  { text: 'call back in 2 hours', expected: { title: 'call back', due_date: '2026-12-04', start_at: '2026-12-04T12:00:00-05:00', spans: ['date:in 2 hours'] } },
  { text: 'plan sprint next week', expected: { title: 'plan sprint', due_date: '2026-12-07', spans: ['date:next week'] } },
  { text: 'demo next friday', expected: { title: 'demo', due_date: '2026-12-11', spans: ['date:next friday'] } },
  { text: 'party Dec 19', expected: { title: 'party', due_date: '2026-12-19', spans: ['date:Dec 19'] } },
  { text: 'dentist May 3 at 2:30pm', expected: { title: 'dentist', due_date: '2027-05-03', start_at: '2027-05-03T14:30:00-04:00', spans: ['date:May 3 at 2:30pm'] } },
  { text: 'send card 5/12', expected: { title: 'send card', due_date: '2027-05-12', spans: ['date:5/12'] } },
  { text: 'send card 5/12', context: BERLIN, expected: { title: 'send card', due_date: '2026-12-05', spans: ['date:5/12'] } },
  { text: 'send card 3/12', context: BERLIN, expected: { title: 'send card', due_date: '2027-12-03', spans: ['date:3/12'] } },
  { text: 'file report on 2027-01-15', expected: { title: 'file report', due_date: '2027-01-15', spans: ['date:on 2027-01-15'] } },

  // Deadlines.
  { text: 'finish report by friday p2', expected: { title: 'finish report', deadline: '2026-12-04', due_date: null, priority: 'medium', spans: ['deadline:by friday', 'priority:p2'] } },
  { text: 'submit grant deadline jan 15', expected: { title: 'submit grant', deadline: '2027-01-15', spans: ['deadline:deadline jan 15'] } },
  { text: 'tax return deadline: april 15', expected: { title: 'tax return', deadline: '2027-04-15', spans: ['deadline:deadline: april 15'] } },
  { text: 'draft essay monday by thursday', expected: { title: 'draft essay', due_date: '2026-12-07', deadline: '2026-12-10', spans: ['date:monday', 'deadline:by thursday'] } },
  { text: 'order gifts by dec 20 at 5pm', expected: { title: 'order gifts', deadline: '2026-12-20', start_at: null, spans: ['deadline:by dec 20 at 5pm'] } },
  { text: 'pay rent by tomorrow', expected: { title: 'pay rent', deadline: '2026-12-05', spans: ['deadline:by tomorrow'] } },

  // Repeats on the calendar.
  { text: 'standup every weekday at 9:30', expected: { title: 'standup', due_date: '2026-12-07', start_at: '2026-12-07T09:30:00-05:00', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', from_completion: false }, spans: ['recurrence:every weekday', 'date:at 9:30'] } },
  { text: 'stretch every day', expected: { title: 'stretch', due_date: '2026-12-04', recurrence: { rrule: 'FREQ=DAILY', from_completion: false }, spans: ['recurrence:every day'] } },
  { text: 'review budget every 2 weeks', expected: { title: 'review budget', recurrence: { rrule: 'FREQ=WEEKLY;INTERVAL=2', from_completion: false }, spans: ['recurrence:every 2 weeks'] } },
  { text: 'clean gutters every other month', expected: { title: 'clean gutters', recurrence: { rrule: 'FREQ=MONTHLY;INTERVAL=2', from_completion: false }, spans: ['recurrence:every other month'] } },
  { text: 'pay rent every month on the 1st', expected: { title: 'pay rent', due_date: '2027-01-01', recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', from_completion: false }, spans: ['recurrence:every month on the 1st'] } },
  { text: 'invoice every last friday', expected: { title: 'invoice', due_date: '2026-12-25', recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=-1FR', from_completion: false }, spans: ['recurrence:every last friday'] } },
  { text: 'book club every 2nd tuesday of the month', expected: { title: 'book club', due_date: '2026-12-08', recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=2TU', from_completion: false }, spans: ['recurrence:every 2nd tuesday of the month'] } },
  { text: 'backup every month on the last day', expected: { title: 'backup', due_date: '2026-12-31', recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', from_completion: false }, spans: ['recurrence:every month on the last day'] } },
  { text: 'gym every mon, wed and fri until dec 31', expected: { title: 'gym', due_date: '2026-12-04', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20261231', from_completion: false }, spans: ['recurrence:every mon, wed and fri until dec 31'] } },
  { text: 'piano every other saturday', expected: { title: 'piano', due_date: '2026-12-05', recurrence: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', from_completion: false }, spans: ['recurrence:every other saturday'] } },
  { text: 'mow lawn every weekend 6 times', expected: { title: 'mow lawn', due_date: '2026-12-05', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=SA,SU;COUNT=6', from_completion: false }, spans: ['recurrence:every weekend 6 times'] } },
  { text: 'anniversary dinner every year on jun 12', expected: { title: 'anniversary dinner', due_date: '2027-06-12', recurrence: { rrule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=12', from_completion: false }, spans: ['recurrence:every year on jun 12'] } },
  { text: 'check smoke alarms every 15th', expected: { title: 'check smoke alarms', due_date: '2026-12-15', recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', from_completion: false }, spans: ['recurrence:every 15th'] } },
  { text: 'water ferns every week on tuesday and friday', expected: { title: 'water ferns', due_date: '2026-12-04', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU,FR', from_completion: false }, spans: ['recurrence:every week on tuesday and friday'] } },
  { text: 'team lunch every thursday from tomorrow', expected: { title: 'team lunch from', due_date: '2026-12-05', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TH', from_completion: false }, spans: ['recurrence:every thursday', 'date:tomorrow'] } },

  // Repeats counted from completion.
  { text: 'water plants every! 3 days', expected: { title: 'water plants', due_date: '2026-12-04', recurrence: { rrule: 'FREQ=DAILY;INTERVAL=3', from_completion: true }, spans: ['recurrence:every! 3 days'] } },
  { text: 'haircut every! 6 weeks', expected: { title: 'haircut', recurrence: { rrule: 'FREQ=WEEKLY;INTERVAL=6', from_completion: true }, spans: ['recurrence:every! 6 weeks'] } },
  { text: 'replace filter every! month', expected: { title: 'replace filter', recurrence: { rrule: 'FREQ=MONTHLY', from_completion: true }, spans: ['recurrence:every! month'] } },
  { text: 'descale kettle every! other week', expected: { title: 'descale kettle', recurrence: { rrule: 'FREQ=WEEKLY;INTERVAL=2', from_completion: true }, spans: ['recurrence:every! other week'] } },
  { text: 'call dad every! sunday', expected: { title: 'call dad every!', recurrence: null, due_date: '2026-12-06', spans: ['date:sunday'] } },

  // Other languages chrono reads.
  { text: 'Zahnarzt morgen 10 Uhr', context: BERLIN, expected: { title: 'Zahnarzt', due_date: '2026-12-05', start_at: '2026-12-05T10:00:00+01:00', spans: ['date:morgen 10 Uhr'] } },
  { text: 'Steuer bis Freitag', context: BERLIN, expected: { title: 'Steuer bis', due_date: '2026-12-04', spans: ['date:Freitag'] } },
  { text: 'dentiste demain à 10h', context: BERLIN, expected: { title: 'dentiste', due_date: '2026-12-05', start_at: '2026-12-05T10:00:00+01:00', spans: ['date:demain à 10h'] } },
  { text: 'llamar al fontanero mañana', context: BERLIN, expected: { title: 'llamar al fontanero', due_date: '2026-12-05', spans: ['date:mañana'] } },

  // Other zones, and days around a change of clocks.
  { text: 'swim tomorrow', context: SYDNEY, expected: { title: 'swim', due_date: '2026-12-06', spans: ['date:tomorrow'] } },
  { text: 'market saturday 8am', context: SYDNEY, expected: { title: 'market', due_date: '2026-12-05', start_at: '2026-12-05T08:00:00+11:00', spans: ['date:saturday 8am'] } },
  { text: 'brunch tomorrow 9am', context: BEFORE_SPRING_FORWARD, expected: { title: 'brunch', due_date: '2026-03-08', start_at: '2026-03-08T09:00:00-04:00', spans: ['date:tomorrow 9am'] } },
  { text: 'brunch sunday 9am every sunday', context: BEFORE_SPRING_FORWARD, expected: { title: 'brunch', due_date: '2026-03-08', start_at: '2026-03-08T09:00:00-04:00', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=SU', from_completion: false }, spans: ['date:sunday 9am', 'recurrence:every sunday'] } },
  { text: 'run tomorrow 7am', context: BEFORE_SYDNEY_FALL_BACK, expected: { title: 'run', due_date: '2026-04-05', start_at: '2026-04-05T07:00:00+10:00', spans: ['date:tomorrow 7am'] } },
  { text: 'check oven in 2 hours', context: IN_THE_NIGHT_OF_THE_GAP, expected: { title: 'check oven', due_date: '2026-03-08', start_at: '2026-03-08T04:30:00-04:00', spans: ['date:in 2 hours'] } },

  // Chips the person undid stay text.
  { text: 'read chapter 3 on monday', ignore: [{ start: 15, end: 24 }], expected: { ...NONE, title: 'read chapter 3 on monday', due_date: null } },
  { text: 'call May tomorrow p1', ignore: [{ start: 18, end: 20 }], expected: { title: 'call May p1', priority: null, due_date: '2026-12-05', spans: ['date:tomorrow'] } },
  { text: 'order #Family photo book', ignore: [{ start: 6, end: 13 }], expected: { ...NONE, title: 'order #Family photo book', project: null } },
  { text: 'Friday market run friday', ignore: [{ start: 0, end: 6 }], expected: { title: 'Friday market run', due_date: '2026-12-04', spans: ['date:friday'] } },

  // Nothing left for a title.
  { text: 'tomorrow 6pm p1', expected: { title: '', due_date: '2026-12-05', priority: 'high', spans: ['date:tomorrow 6pm', 'priority:p1'] } },
];

function check(result: QuickAddResult, expected: Expected, text: string): void {
  const { spans, project, newProject, labels, ...fields } = expected;
  expect(result).toMatchObject(fields);
  expect(result.spans.map((span) => `${span.kind}:${span.text}`)).toEqual(spans);
  for (const span of result.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  if (project !== undefined) expect(result.project?.name ?? null).toBe(project);
  if (newProject !== undefined) expect(result.project?.existing).toBe(!newProject);
  if (labels !== undefined) expect(result.labels.map((label) => label.name)).toEqual(labels);
}

describe('quick add grammar', () => {
  it('has at least 80 phrasings', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(CASES.map((entry) => [entry.text + (entry.context && entry.context !== NEW_YORK ? ` (${entry.context.timezone}, ${entry.context.now.toISOString()})` : '') + (entry.ignore ? ' with an undone chip' : ''), entry] as const))(
    '%s',
    (_, { text, context = NEW_YORK, ignore, expected }) => {
      check(parseQuickAdd(text, { ...context, ignore }), expected, text);
    },
  );

  it('gives each span its offsets into the original text', () => {
    const text = 'Call mum tomorrow 6pm p1';
    expect(parseQuickAdd(text, NEW_YORK).spans.map(({ kind, start, end }) => ({ kind, start, end }))).toEqual([
      { kind: 'date', start: 9, end: 21 },
      { kind: 'priority', start: 22, end: 24 },
    ]);
  });

  it('is the same reading, span for span, for the same text and clock', () => {
    const text = 'Call mum tomorrow 6pm for 30m p1 #Family @phone every sunday deadline dec 24';
    expect(parseQuickAdd(text, NEW_YORK)).toEqual(parseQuickAdd(text, NEW_YORK));
  });

  it('limits what it reads to the kinds asked for', () => {
    const result = parseQuickAdd('pay rent tomorrow p1 by friday', NEW_YORK, ['priority', 'deadline']);
    expect(result.spans.map((span) => span.kind)).toEqual(['priority', 'deadline']);
    expect(result).toMatchObject({ title: 'pay rent tomorrow', due_date: null, priority: 'high', deadline: '2026-12-04' });
  });
});

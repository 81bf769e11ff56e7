import ICAL from 'ical.js';

/** One VEVENT as ical.js (an independent parser) reads it. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  url: string | null;
  sequence: number | null;
  allDay: boolean;
  /** ISO instants for timed events; 'YYYY-MM-DD' for all-day ones. */
  start: string;
  end: string;
  lastModified: string | null;
  dtstamp: string | null;
}

const timeText = (time: ICAL.Time) => (time.isDate ? time.toString() : time.toJSDate().toISOString());

/** The events of an iCalendar text, parsed by ical.js; throws when it is not valid iCalendar. */
export function parseFeed(text: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  if (calendar.name !== 'vcalendar') throw new Error(`expected a VCALENDAR, got ${calendar.name}`);
  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    const stamp = (name: string) => {
      const value = component.getFirstPropertyValue(name);
      return value instanceof ICAL.Time ? value.toJSDate().toISOString() : null;
    };
    const sequence = component.getFirstPropertyValue('sequence');
    const url = component.getFirstPropertyValue('url');
    return {
      uid: event.uid,
      summary: event.summary,
      url: typeof url === 'string' ? url : null,
      sequence: typeof sequence === 'number' ? sequence : null,
      allDay: event.startDate.isDate,
      start: timeText(event.startDate),
      end: timeText(event.endDate),
      lastModified: stamp('last-modified'),
      dtstamp: stamp('dtstamp'),
    };
  });
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  return { name: typeof name === 'string' ? name : null, events };
}

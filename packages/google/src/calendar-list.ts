import type { calendar_v3 } from 'googleapis';
import { z } from 'zod';

/** One entry of the person's calendar list, as much of it as Ordo keeps. */
export const calendarListEntrySchema = z.object({
  id: z.string().min(1).max(1024),
  summary: z.string().max(1000).nullish(),
  summaryOverride: z.string().max(1000).nullish(),
  timeZone: z.string().max(100).nullish(),
  backgroundColor: z.string().max(20).nullish(),
  accessRole: z.enum(['owner', 'writer', 'reader', 'freeBusyReader']),
  primary: z.boolean().nullish(),
  deleted: z.boolean().nullish(),
});
export type CalendarListEntry = z.infer<typeof calendarListEntrySchema>;

const calendarListPageSchema = z.object({
  items: z.array(z.unknown()).nullish(),
  nextPageToken: z.string().nullish(),
});

/**
 * Every calendar on the person's list, page by page. Entries Google marks deleted, and entries
 * whose shape Ordo does not understand, are left out.
 */
export async function listCalendars(calendar: calendar_v3.Calendar): Promise<CalendarListEntry[]> {
  const entries: CalendarListEntry[] = [];
  let pageToken: string | undefined;
  do {
    const { data } = await calendar.calendarList.list({ maxResults: 250, ...(pageToken ? { pageToken } : {}) });
    const page = calendarListPageSchema.parse(data);
    for (const item of page.items ?? []) {
      const entry = calendarListEntrySchema.safeParse(item);
      if (entry.success && !entry.data.deleted) entries.push(entry.data);
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return entries;
}

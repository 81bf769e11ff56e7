import { describe, expect, it } from 'vitest';
import { historyLabel } from './history-label.ts';

const placement = { title: 'Call the bank', start_at: '2026-12-07T09:00:00.000Z', end_at: '2026-12-07T09:30:00.000Z', duration_minutes: 30 };
const at = new Date('2026-12-08T10:04:00Z');

describe('historyLabel', () => {
  it('says what happened in Google and where the task was, on the person’s clock', () => {
    expect(historyLabel({ at, source: 'google', kind: 'moved_in_google', version: placement }, 'UTC')).toBe(
      'Moved in Google Calendar on Tue 8 Dec 10:04 — was Mon 7 Dec 9:00–9:30',
    );
    expect(historyLabel({ at, source: 'google', kind: 'moved_in_google', version: placement }, 'America/New_York')).toBe(
      'Moved in Google Calendar on Tue 8 Dec 5:04 — was Mon 7 Dec 4:00–4:30',
    );
    expect(historyLabel({ at, source: 'google', kind: 'unscheduled_in_google', version: placement }, 'UTC')).toBe(
      'Deleted from Google Calendar on Tue 8 Dec 10:04, so the task has no time now — was Mon 7 Dec 9:00–9:30',
    );
  });

  it('names the side whose version lost a conflict, and that version', () => {
    expect(historyLabel({ at, source: 'ordo', kind: 'conflict_lost', version: placement }, 'UTC')).toBe(
      'Changed in Ordo and in Google Calendar; Google’s change on Tue 8 Dec 10:04 was newer and was kept — Ordo had Mon 7 Dec 9:00–9:30',
    );
    expect(historyLabel({ at, source: 'google', kind: 'conflict_lost', version: { ...placement, end_at: '2026-12-08T01:00:00.000Z' } }, 'UTC')).toBe(
      'Changed in Google Calendar on Tue 8 Dec 10:04, but the change in Ordo was newer and was kept — Google had Mon 7 Dec 9:00–Tue 8 Dec 1:00',
    );
    expect(historyLabel({ at, source: 'google', kind: 'conflict_lost', version: { ...placement, deleted: true } }, 'UTC')).toBe(
      'Deleted from Google Calendar on Tue 8 Dec 10:04, but the task had changed in Ordo since: the event was put back — it was Mon 7 Dec 9:00–9:30',
    );
  });
});

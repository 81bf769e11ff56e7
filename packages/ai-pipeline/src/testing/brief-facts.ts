import type { BriefFacts } from '@ordo/shared-types';
import { BRIEF_SECTIONS } from '@ordo/shared-types';

/** Ids of the tasks and project in `sampleBriefFacts`, for assertions. */
export const sampleIds = {
  shipped: '00000000-0000-4000-8000-000000000001',
  standup: '00000000-0000-4000-8000-000000000002',
  invoice: '00000000-0000-4000-8000-000000000003',
  taxes: '00000000-0000-4000-8000-000000000004',
  dentist: '00000000-0000-4000-8000-000000000005',
  slides: '00000000-0000-4000-8000-000000000006',
  garden: '00000000-0000-4000-8000-000000000101',
} as const;

/** A Thursday (2026-12-03) in Berlin with something in every list; titles hold Markdown characters on purpose. */
export function sampleBriefFacts(overrides: Partial<BriefFacts> = {}): BriefFacts {
  const task = (id: string, title: string, due: string | null, extra: Partial<BriefFacts['due_today'][number]> = {}) => ({
    id,
    title,
    project_name: null,
    priority: null,
    due_date: due,
    start_at: null,
    deadline: null,
    at_risk: false,
    ...extra,
  });
  return {
    name: 'Ada',
    timezone: 'Europe/Berlin',
    local_date: '2026-12-03',
    kind: 'daily',
    sections: [...BRIEF_SECTIONS],
    completed_from: '2026-12-02',
    completed_to: '2026-12-02',
    completed: [{ ...task(sampleIds.shipped, 'Ship the [beta] release', '2026-12-02'), completed_on: '2026-12-02' }],
    scheduled_today: [task(sampleIds.standup, 'Team standup', null, { start_at: '2026-12-03T09:30:00+01:00' })],
    due_today: [task(sampleIds.invoice, 'Send invoice #42 to *Acme*', '2026-12-03', { priority: 'high' })],
    overdue: [
      { ...task(sampleIds.taxes, 'File taxes', '2026-11-28', { project_name: 'Home' }), due_date: '2026-11-28', age_days: 5 },
      { ...task(sampleIds.dentist, 'Call the dentist', '2026-12-01'), due_date: '2026-12-01', age_days: 2 },
    ],
    upcoming: [task(sampleIds.slides, 'Slides for Friday 11 Dec talk', '2026-12-08', { priority: 'medium' })],
    projects: [{ id: sampleIds.garden, name: 'Garden', open: 3, done: 2 }],
    calendar_events: [],
    ...overrides,
  };
}

/** The same person on a day with nothing in it. */
export function emptyBriefFacts(overrides: Partial<BriefFacts> = {}): BriefFacts {
  return sampleBriefFacts({ completed: [], scheduled_today: [], due_today: [], overdue: [], upcoming: [], projects: [], ...overrides });
}

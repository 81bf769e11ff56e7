import { describe, expect, it } from 'vitest';
import { confidentTitlesAndDays } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';
import { withTrackerLinesRead } from './tracker-lines.ts';

const BOARD = `my tickets off the board (mine = assignee: me)

PAY-2211 Fix login redirect loop on SSO — assignee: me — due 30/Mar — P1
PAY-2214 Refund webhook retries — assignee: Noa — due 31/Mar
PAY-2220 Update the PCI scope doc | assignee: me | no due date
PAY-2198 Migrate cron to the new scheduler — assignee: me — status: Done ✅
PAY-2203 Currency rounding for ILS — assignee: me — due moved 29/Mar → 8/Apr
PAY-2179 Dark-mode toggle for the dashboard — assignee: me — Won't Do (PM closed it)`;

describe('tickets pasted off a tracker\'s board', () => {
  it('keeps the reader\'s, each as a list item with its day and priority, and leaves out the others\'', () => {
    expect(withTrackerLinesRead(BOARD).split('\n').slice(2)).toEqual([
      '- PAY-2211 Fix login redirect loop on SSO 30 Mar p1',
      '- PAY-2220 Update the PCI scope doc',
      '- [x] PAY-2198 Migrate cron to the new scheduler',
      '- PAY-2203 Currency rounding for ILS 8 Apr',
      '- PAY-2179 Dark-mode toggle for the dashboard: cancelled',
    ]);
  });

  it('leaves a dump with one assignee field, or none, as it was', () => {
    const one = 'PAY-2211 Fix login redirect loop — assignee: me — due 30/Mar\ncall the bank';
    expect(withTrackerLinesRead(one)).toBe(one);
    expect(withTrackerLinesRead('email the owner - ask about the lease')).toBe('email the owner - ask about the lease');
  });

  it('drafts the reader\'s tickets and closes, moves and cancels the open ones they name', () => {
    const ids = ['9b1f0c2d-3e4a-4b5c-8d6e-7f8091a2b3c1', '9b1f0c2d-3e4a-4b5c-8d6e-7f8091a2b3c2', '9b1f0c2d-3e4a-4b5c-8d6e-7f8091a2b3c3'];
    const tasks = ['PAY-2198 Migrate cron to the new scheduler', 'PAY-2203 Currency rounding for ILS', 'PAY-2179 Dark-mode toggle for the dashboard'].map((title, index) => ({
      id: ids[index] ?? '',
      title,
      project_id: null,
      due_date: index === 1 ? '2027-03-29' : null,
      status: 'todo',
    }));
    const operations = parseDump(BOARD, { today: '2027-03-26', timezone: 'Asia/Jerusalem', projects: [], tasks });
    expect(confidentTitlesAndDays(operations)).toEqual([
      ['PAY-2211 Fix login redirect loop on SSO', '2027-03-30'],
      ['PAY-2220 Update the PCI scope doc', null],
    ]);
    expect(operations).toContainEqual(expect.objectContaining({ op: 'create_task', title: 'PAY-2211 Fix login redirect loop on SSO', priority: 'high' }));
    expect(operations.flatMap((operation) => (operation.op === 'update_task' ? [[operation.task_id, operation.changes]] : []))).toEqual([
      [ids[0], { status: 'done' }],
      [ids[2], { status: 'cancelled' }],
      [ids[1], { due_date: '2027-04-08' }],
    ]);
  });
});

const RETRO = `Sprint 31 retro (pasted; I'm Meenakshi)

ACTION ITEMS
1. Merge freeze from Fri 4pm, set up the branch rule — owner: Rahul — next sprint
2. Timebox standup to 10 min — owner: Meenakshi
3. Draft a test plan template and share it in #payments — owner: Meenakshi — by Wed
4. Book a room for the next retro — owner: Meenakshi — by Tuesday
5. Follow up with SRE on the flaky staging DB — owners: Arjun, Meenakshi — ASAP`;

describe('action items pasted from a retro', () => {
  it('keeps the items the reader owns, by the name the dump gives them or among several owners, with their day or ASAP', () => {
    expect(withTrackerLinesRead(RETRO).split('\n').slice(3)).toEqual([
      '- Timebox standup to 10 min',
      '- Draft a test plan template and share it in #payments by Wed',
      '- Book a room for the next retro by Tuesday',
      '- Follow up with SRE on the flaky staging DB p1',
    ]);
  });

  it('drafts them as one task each, a step on what the task made kept with it and a channel left in its words', () => {
    const drafted = confidentTitlesAndDays(parseDump(RETRO, { today: '2026-08-14', timezone: 'Asia/Kolkata', projects: [], tasks: [] }));
    expect(drafted).toEqual(
      expect.arrayContaining([
        ['Draft a test plan template and share it in #payments', '2026-08-19'],
        ['Book a room for the next retro', '2026-08-18'],
      ]),
    );
    expect(drafted.some(([title]) => title.startsWith('Merge freeze'))).toBe(false);
  });
});

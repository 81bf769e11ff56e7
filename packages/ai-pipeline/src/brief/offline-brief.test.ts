import { describe, expect, it } from 'vitest';
import { emptyBriefFacts, sampleBriefFacts, sampleIds } from '../testing/brief-facts.ts';
import { checkBriefDraft } from './check-draft.ts';
import { mentionedDates } from './dates.ts';
import { writeOfflineBrief } from './offline-brief.ts';
import { offlinePriorities } from './offline-prioritise.ts';

const linkedIds = (markdown: string) => new Set([...markdown.matchAll(/\]\(\/(?:tasks|projects)\/([0-9a-f-]{36})\)/g)].map((match) => match[1]));

describe('offline prioritiser', () => {
  it('puts overdue work first (oldest first), then what is due today, then the week ahead', () => {
    const { priorities } = offlinePriorities(sampleBriefFacts());
    expect(priorities.map((priority) => priority.task_id)).toEqual([sampleIds.taxes, sampleIds.dentist, sampleIds.invoice]);
    expect(priorities[0]?.why).toBe('It has been overdue for 5 days.');
  });

  it('ranks by priority within a group and fills up from the week ahead', () => {
    const facts = sampleBriefFacts({ overdue: [] });
    const { priorities } = offlinePriorities(facts);
    expect(priorities.map((priority) => priority.task_id)).toEqual([sampleIds.invoice, sampleIds.standup, sampleIds.slides]);
    expect(priorities[2]?.why).toBe('It is due Tue 8 Dec.');
  });
});

describe('offline brief', () => {
  it('mentions exactly the tasks and project it was given, with their exact titles and dates, and passes the check', () => {
    const facts = sampleBriefFacts();
    const draft = writeOfflineBrief(facts, offlinePriorities(facts));
    expect(checkBriefDraft(facts, draft)).toEqual([]);
    expect(linkedIds(draft.markdown)).toEqual(new Set(Object.values(sampleIds)));
    // Markdown characters in titles are escaped, so the link text reads back as the exact title.
    expect(draft.markdown).toContain(`[Ship the \\[beta\\] release](/tasks/${sampleIds.shipped})`);
    expect(draft.markdown).toContain(`[Send invoice \\#42 to \\*Acme\\*](/tasks/${sampleIds.invoice})`);
    const days = mentionedDates(draft.markdown.replace(/\[(?:\\.|[^\]\\])*\]\([^)]*\)/g, ''), facts.local_date).map((date) => date.day);
    expect(new Set(days)).toEqual(new Set(['2026-12-03', '2026-11-28', '2026-12-01', '2026-12-08']));
    expect(draft).toMatchObject({ provider: 'offline', headline: 'three things for today, 2 overdue' });
  });

  it('names a deadline at risk beside the task, and the check accepts that date', () => {
    const base = sampleBriefFacts();
    const slides = { ...(base.upcoming[0] as (typeof base.upcoming)[number]), deadline: '2026-12-07', at_risk: true };
    const facts = sampleBriefFacts({ upcoming: [slides] });
    const draft = writeOfflineBrief(facts, offlinePriorities(facts));
    expect(draft.markdown).toMatch(new RegExp(`\\(/tasks/${sampleIds.slides}\\), due .+, at risk: deadline .+`));
    expect(checkBriefDraft(facts, draft)).toEqual([]);
    // A deadline in time is not mentioned.
    const calm = sampleBriefFacts({ upcoming: [{ ...slides, deadline: '2026-12-09', at_risk: false }] });
    expect(writeOfflineBrief(calm, offlinePriorities(calm)).markdown).not.toContain('deadline');
  });

  it('puts wins first and writes only the sections the person chose', () => {
    const facts = sampleBriefFacts({ sections: ['overdue', 'wins'] });
    const { markdown } = writeOfflineBrief(facts, offlinePriorities(facts));
    expect([...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual(['Wins', 'Overdue']);
    expect(markdown).not.toContain(sampleIds.invoice);
  });

  it('gives an empty day a short, friendly brief', () => {
    const facts = emptyBriefFacts();
    const draft = writeOfflineBrief(facts, offlinePriorities(facts));
    expect(draft.headline).toBe('A clear day ahead');
    expect(draft.markdown).toContain('Good morning, Ada.');
    expect(draft.markdown).toContain('Nothing is due today and nothing is overdue.');
    expect(draft.markdown.split(/\s+/).length).toBeLessThan(40);
    expect(checkBriefDraft(facts, draft)).toEqual([]);
  });

  it('writes a weekly review: the week\'s wins with their days, then the week ahead', () => {
    const [shipped] = sampleBriefFacts().completed;
    if (!shipped) throw new Error('the sample has a completed task');
    const facts = sampleBriefFacts({ kind: 'weekly', completed_from: '2026-11-26', completed: [{ ...shipped, completed_on: '2026-11-27' }] });
    const draft = writeOfflineBrief(facts, offlinePriorities(facts));
    expect(draft.markdown).toMatch(/^Here is your week in review, Ada\./);
    expect(draft.markdown).toContain('this past week');
    expect(draft.markdown).toContain(`](/tasks/${sampleIds.shipped}), Fri 27 Nov`);
    expect(draft.markdown).toContain('## The week ahead');
    expect(draft.headline).toBe('Your week: 1 win, 2 tasks ahead');
    expect(checkBriefDraft(facts, draft)).toEqual([]);
  });
});

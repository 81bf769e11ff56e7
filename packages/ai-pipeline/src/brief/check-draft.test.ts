import { describe, expect, it } from 'vitest';
import { sampleBriefFacts, sampleIds } from '../testing/brief-facts.ts';
import { checkBriefDraft } from './check-draft.ts';

const facts = sampleBriefFacts();
const check = (markdown: string, headline = 'A good day') => checkBriefDraft(facts, { headline, markdown });

describe('checkBriefDraft', () => {
  it('passes mentions of real tasks and projects with their titles and dates', () => {
    expect(
      check(
        [
          `Yesterday you finished [Ship the \\[beta\\] release](/tasks/${sampleIds.shipped}). Today is Thu 3 Dec.`,
          `- [File taxes](/tasks/${sampleIds.taxes}) has waited since Sat 28 Nov.`,
          `- [Slides for Friday 11 Dec talk](/tasks/${sampleIds.slides}) is due December 8th.`,
          `- [Garden](/projects/${sampleIds.garden}) is moving. See [your tasks](/tasks).`,
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('rejects a task that does not exist, a changed title and an unknown project', () => {
    const findings = check(
      [
        `- [Book flights](/tasks/00000000-0000-4000-8000-00000000beef)`,
        `- [Call dentist](/tasks/${sampleIds.dentist})`,
        `- [Allotment](/projects/00000000-0000-4000-8000-00000000cafe)`,
      ].join('\n'),
    );
    expect(findings).toHaveLength(3);
    expect(findings[0]).toContain('"Book flights" links to a task that is not in the facts');
    expect(findings[1]).toContain('exact title: "Call the dentist"');
    expect(findings[2]).toContain('"Allotment" links to a project that is not in the facts');
  });

  it('rejects a wrong date on a task line, a date the facts never mention, a wrong weekday and an impossible date', () => {
    const findings = check(
      [
        `- [File taxes](/tasks/${sampleIds.taxes}) is due Tue 8 Dec.`,
        'Your holiday starts 2027-01-15.',
        'Friday 3 Dec is today.',
        'Remember 31 Nov.',
      ].join('\n'),
    );
    expect(findings).toEqual([
      expect.stringContaining('"Tue 8 Dec" is not the date of the task on its line'),
      '"2027-01-15" is a date the facts do not mention',
      '"Friday 3 Dec" has the wrong weekday: it is Thu 3 Dec',
      '"31 Nov" is not a real date',
    ]);
  });

  it('rejects links outside Ordo and a headline with a link', () => {
    expect(check('See [this](https://evil.example/login).', `[File taxes](/tasks/${sampleIds.taxes})`)).toEqual([
      'the headline must be plain text, without links',
      expect.stringContaining('links outside Ordo'),
    ]);
  });
});

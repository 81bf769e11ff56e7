import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';
import { replyAsked } from './replies-asked.ts';

// A Wednesday.
const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

function created(dump: string): [string, string | null][] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [[operation.title, operation.due_date] as [string, string | null]] : [],
  );
}

describe('a reply to someone who asked about something', () => {
  it.each([
    ['Aunt Vera keeps asking about the caravan, text her back tonight', 'Text Aunt Vera back about the caravan', '2026-12-02'],
    ["Grandad wants to know if we're going to the regatta in August, I should give him a decision by Friday", 'Give Grandad a decision about the regatta', '2026-12-04'],
    ['Tobias asked again about the hedge, so reply to him tomorrow', 'Reply to Tobias about the hedge', '2026-12-03'],
    ['My brother asked about the fishing trip, and I have to get back to him on Monday.', 'Get back to my brother about the fishing trip', '2026-12-07'],
    ['The nursery emailed about the nativity costume, answer them today', 'Answer the nursery about the nativity costume', '2026-12-02'],
  ])('creates "%s" as the reply, with whom and what about', (dump, title, due) => {
    expect(created(dump)).toContainEqual([title, due]);
  });

  it('names the asker and the topic in the reply', () => {
    expect(replyAsked('I need to tell her yes or no', ['Rosa texted about the allotment share'])).toBe('tell Rosa yes or no about the allotment share');
    expect(replyAsked('ring him back', ['my dad called about the boiler'])).toBe('ring my dad back about the boiler');
    expect(replyAsked('ring her back', ['my grandmother called about the loft'])).toBe('ring my grandmother back about the loft');
  });

  it.each([
    // The pronoun names the other one: "her" is not "my dad".
    ['answer her', ['my dad asked about the loft']],
    // Nobody asked: a thing was said about, not asked about.
    ['reply to her', ['Rosa loved the allotment']],
    // Asked what to do, not about a thing: no topic to carry.
    ['answer her', ['Rosa asked me to water the plants']],
    // A reply naming its own person needs nothing from before.
    ['answer Rosa', ['Rosa asked about the allotment']],
    // The asked-about thing runs on past a topic's length: a story, not a topic.
    ['reply to her', ['Rosa asked about the thing with the fence and the shed and the bins out back last year']],
  ])('leaves "%s" after %j alone', (task, before) => {
    expect(replyAsked(task, before)).toBeNull();
  });

  it('leaves a reply offered when the sentence before says who asked what, not this one', () => {
    const titles = parseDump('Rosa asked about the allotment share. Reply to her.', context).flatMap((operation) =>
      operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : [],
    );
    expect(titles.some((title) => title.includes('allotment share') && title.startsWith('Reply'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { namesByPronoun, readClause } from './clause-kind.ts';
import { parseDump } from './parse-dump.ts';
import { isPastForm } from './verbs.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };
const listed = { listed: true, inProse: false };

/** What the review would create without a click, and what it offers. */
function drafted(dump: string): { created: string[]; offered: string[] } {
  const created: string[] = [];
  const offered: string[] = [];
  for (const operation of parseDump(dump, context)) {
    if (operation.op !== 'create_task') continue;
    ((operation.confidence ?? 1) < 0.5 ? offered : created).push(operation.title);
  }
  return { created, offered };
}

describe('a verb-like first word followed by a past form is a subject', () => {
  it.each(['Launch moved to 2 March', 'Call went well', 'Ship slipped', 'Review happened yesterday'])('"%s" is a statement', (clause) => {
    expect(readClause(clause, listed).kind).toBe('statement');
  });

  it.each(['Buy used books', 'Get paid', 'Print revised pages', 'Fix broken gate', 'Send signed copy'])('"%s" is still a task', (clause) => {
    expect(readClause(clause, listed)).toMatchObject({ kind: 'task', confidence: 0.9 });
  });

  it('leaves a moved launch in meeting notes out of the tasks', () => {
    expect(drafted('- Budget is on track\n- Launch moved to 2 March\n- draft the FAQ by Friday').created).toEqual(['Draft the FAQ']);
  });
});

describe('a task whose only object points elsewhere is offered', () => {
  it.each(['deal with this before the trip!!', 'Order it', 'sort it out', 'do it tomorrow', 'look into that'])('"%s" points elsewhere', (clause) => {
    expect(namesByPronoun(clause)).toBe(true);
  });

  it.each(['take it to the shop', 'pick them up at 3', 'carry it upstairs'])('"%s" names its thing by a pronoun', (clause) => {
    expect(namesByPronoun(clause)).toBe(true);
  });

  it.each(['reply to her', 'I must give him an answer by Monday', 'tell her yes or no', 'ring him about that'])('"%s" says what about only elsewhere', (clause) => {
    expect(namesByPronoun(clause)).toBe(true);
  });

  it.each(['call the plumber', 'Call IT about the printer', 'Chase IT', 'email the deck to them', 'send them the revised quote today', 'give them a call'])('"%s" does not', (clause) => {
    expect(namesByPronoun(clause)).toBe(false);
  });

  it.each(['get her a scarf', 'walk him to the bus stop', 'ring her after lunch', 'lend him the ladder', 'tell him the gate code', 'fetch her from the airport'])(
    '"%s" names a person by a pronoun and still says what to do',
    (clause) => {
      expect(namesByPronoun(clause)).toBe(false);
    },
  );

  it('keeps a person\'s task, named after whom the sentence before names, and offers a pronoun thing', () => {
    const dump = 'Grandpa Joe lands at six on Friday. Fetch him from the airport. The blender is rattling again. Take it back to the shop.';
    expect(drafted(dump)).toMatchObject({ created: ['Fetch Joe from the airport'] });
    expect(drafted(dump).offered).toContain('Take it back to the shop');
  });

  it('offers such a task opening a sentence, not one after "and" that points back in it', () => {
    const dump = 'The car is making that noise again. Take it to the shop. Finish the slides and send them to Raj.';
    expect(drafted(dump)).toEqual({ created: ['Finish the slides and send them to Raj'], offered: ['The car is making that noise again', 'Take it to the shop'] });
  });

  it('offers the note to self above a forwarded message', () => {
    expect(drafted('fyi need to deal with this before the trip!!\n\nbook the vet').created).toEqual(['Book the vet']);
  });
});

describe('a question after a verb of asking is its object', () => {
  it.each([
    ['find out who owns the empty lot behind building C', 'Find out who owns the empty lot behind building C'],
    ['ask Priya which day suits the team', 'Ask Priya which day suits the team'],
  ])('keeps the question in "%s"', (dump, title) => {
    expect(drafted(dump).created).toEqual([title]);
  });

  it('still moves a reason to the notes', () => {
    const [task] = parseDump('call the plumber which we should have done weeks ago', context);
    expect(task).toMatchObject({ title: 'Call the plumber', notes: 'which we should have done weeks ago' });
  });
});

describe('"reminder to self" is filler', () => {
  it('leaves the task', () => {
    expect(drafted('reminder to self pay the water bill by the 20th').created).toEqual(['Pay the water bill']);
  });
});

describe('a thing and a verb in the present say what happens', () => {
  it.each(['Clocks go forward', 'Bins go out Tues night', 'Parents come over', 'the shop closes early', 'Classes start again tomorrow'])('"%s" is a statement', (clause) => {
    expect(readClause(clause, listed).kind).toBe('statement');
  });

  it.each(['Groceries pick up', 'Emails catch up', 'Kids shoes', 'School shoes for Ruby'])('"%s", a to-do written noun first, is a task', (clause) => {
    expect(readClause(clause, listed).kind).toBe('task');
  });
});

describe('openers in other languages and "first thing"', () => {
  it.each([
    ['Allora first thing call the commercialista', ['Call the commercialista']],
    ['first thing call the bank', ['Call the bank']],
    ['pues llamar a mamá', ['Llamar a mamá']],
  ])('trims the opener of "%s"', (dump, expected) => {
    expect(drafted(dump).created.concat(drafted(dump).offered)).toEqual(expected);
  });
});

describe('past forms ending in -shed and -red', () => {
  it.each(['finished', 'pushed', 'ordered', 'answered', 'delivered'])('"%s" is a past form', (word) => {
    expect(isPastForm(word)).toBe(true);
  });

  it.each(['need', 'shed', 'hundred', 'red', 'seed'])('"%s" is not', (word) => {
    expect(isPastForm(word)).toBe(false);
  });

  it('reads a standup\'s "y:" and "t:" lines as done and to do', () => {
    expect(drafted('standup\ny: finished the export bug\nt: pair with Sam on caching').created).toEqual(['Pair with Sam on caching']);
  });
});

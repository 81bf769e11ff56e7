import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { isWellbeingWish, taskOfNeed } from './needs.ts';
import { parseDump } from './parse-dump.ts';
import { loadSpellingWordLists } from './spelling.ts';

beforeAll(() => loadSpellingWordLists());

const context: DraftContext = { today: '2026-09-01', timezone: 'UTC', projects: [], tasks: [] };

/** What the review would create without a click, with its due date. */
function confident(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) => {
    if ((operation.confidence ?? 1) < 0.5 || operation.op !== 'create_task') return [];
    return [operation.due_date ? `${operation.title} @${operation.due_date}` : operation.title];
  });
}

describe('the task a need or lack implies', () => {
  it.each([
    // Out of, low on, run out: a consumable to buy.
    ["we're out of dishwasher pods", 'buy dishwasher pods'],
    ["I've run out of printer paper", 'buy printer paper'],
    ['running low on coffee beans', 'buy coffee beans'],
    ['the dog food has run out', 'buy dog food'],
    ['milk is low', 'buy milk'],
    // A document or due that runs out is renewed, the day kept for the date reader.
    ['The car tax runs out at the end of the month as well', 'renew the car tax at the end of the month'],
    ['my passport expires in June', 'renew my passport in June'],
    ['the TV licence lapses on the 3rd', 'renew the TV licence on the 3rd'],
    // The writer's own need: a thing or a service to get.
    ['I need a haircut', 'get a haircut'],
    ['need new running socks', 'get new running socks'],
    // Someone's need: got for them; "for" once, a possessive kept as theirs.
    ['Kids need new gumboots too', 'get new gumboots for the kids'],
    ['he needs a collared shirt', 'get a collared shirt for him'],
    ['Sofia needs a costume for the play', 'get Sofia a costume for the play'],
    ['Sofia needs her books from the list', "get Sofia's books from the list"],
    ['my son needs new trainers', 'get new trainers for my son'],
    ['Mum needs a new phone charger', 'get a new phone charger for Mum'],
    // A thing needing an action named as a noun: that action's verb.
    ['The garden needs a proper weeding', 'weed the garden'],
    ['the car needs a service before the trip', 'service the car before the trip'],
    ['the windows need a good clean', 'clean the windows'],
  ])('reads "%s" as "%s"', (clause, task) => {
    expect(taskOfNeed(clause)?.task).toBe(task);
  });

  it.each([
    // Rest, feelings and abstract needs are how someone is, not errands.
    'I need a break',
    'I need a day off',
    'I need more sleep',
    'the team needs clarity',
    'Sam needs some space',
    'she needs reassurance',
    "we're out of time",
    "I'm out of ideas",
    // A thing lacking a thing, not an action: what to do about it is not said.
    'the car needs its MOT',
    'the kitchen needs a building permit',
    // Pointing at something said elsewhere, or someone else's lack.
    'Priya needs it by Wednesday',
    'the syndic needs access to the water meter',
    // Something that runs out but is not renewed, or someone who is out.
    'the milk expires tomorrow',
    'Tom is out',
    'Dad ran out',
    // A task and its reason: the one who ran out is "we", and the thing is named before.
    'order toner because we ran out',
    'pick up more coffee since they ran out',
  ])('reads no task in "%s"', (clause) => {
    expect(taskOfNeed(clause)).toBeNull();
  });

  it('gets a new thing for the thing that needs it, its deadline after and its remark kept', () => {
    expect(taskOfNeed('the outboard needs a new impeller')?.task).toBe('get a new impeller for the outboard');
    expect(taskOfNeed("the truck needs new wiper blades by Wednesday, rain's coming")?.task).toBe("get new wiper blades for the truck by Wednesday (rain's coming)");
    // People, and a need someone else reports, are read by the rules for them.
    expect(taskOfNeed('we need a new receptionist')?.task).not.toBe('get a new receptionist for the we');
    expect(taskOfNeed('Dami says the van needs new brake pads')).toBeNull();
    expect(taskOfNeed('the garden needs some love')).toBeNull();
  });

  it('leaves what "we" need to the sender of a message', () => {
    expect(taskOfNeed('need volunteers for the cake stall', 'We still ')).toBeNull();
    expect(taskOfNeed('need volunteers for the cake stall')?.task).toBe('get volunteers for the cake stall');
  });

  it('says which needs are lapses and what is got', () => {
    expect(taskOfNeed('the car tax runs out Friday')).toMatchObject({ lapse: true, got: null });
    expect(taskOfNeed('he needs a collared shirt')).toMatchObject({ lapse: false, got: 'a collared shirt for him' });
  });
});

describe('wishes for rest', () => {
  it.each(['relax more', 'rest a bit', 'slow down', 'take it easy', 'switch off properly'])('reads "%s" as a wish', (clause) => {
    expect(isWellbeingWish(clause)).toBe(true);
  });

  it.each(['relax the dress code', 'rest the dough for an hour', 'slow down the build'])('reads "%s" as a task', (clause) => {
    expect(isWellbeingWish(clause)).toBe(false);
  });

  it.each(['get an early night', 'drink more water', 'sleep all of the afternoon', 'talk to somebody', 'eat a proper meal'])(
    'reads care for oneself, "%s", as a wish',
    (clause) => {
      expect(isWellbeingWish(clause)).toBe(true);
    },
  );

  it.each(['talk to someone at the council about the bins', 'drink water samples from the well for testing', 'eat the leftovers before Friday', 'sleep train the baby'])(
    'reads "%s", care with a thing to do, as a task',
    (clause) => {
      expect(isWellbeingWish(clause)).toBe(false);
    },
  );

  it('offers self-care at the end of a weary dump, and keeps the errands', () => {
    expect(confident("Wiped out after the night shift. Return the library books tomorrow. I should talk to somebody, and remind me to drink more water.")).toEqual([
      'Return the library books @2026-09-02',
    ]);
  });
});

describe('needs in a dump', () => {
  it('writes a need stated on its own as its task', () => {
    expect(confident("Kids need new gumboots too. I need a haircut. We're out of dishwasher pods.")).toEqual([
      'Get new gumboots for the kids',
      'Get a haircut',
      'Buy dishwasher pods',
    ]);
  });

  it('dates a renewal by the day its thing runs out', () => {
    expect(confident('Call the bank. The car tax runs out on the 30th.')).toEqual(['Call the bank', 'Renew the car tax @2026-09-30']);
  });

  it('keeps a need after a comma its own task', () => {
    expect(confident('The kids need new backpacks, Sofia needs her books from the list, and I have to fill in the form.')).toEqual([
      'Get new backpacks for the kids',
      "Get Sofia's books from the list",
      'Fill in the form',
    ]);
  });

  it('lets the task a sentence goes on to name answer a lapse', () => {
    expect(confident('The inspection sticker expires on the 30th so book the inspection.')).toEqual(['Book the inspection @2026-09-30']);
    expect(confident('My passport expires in March - check the entry rules.')).toEqual(['Check the entry rules']);
  });

  it('names what "one" is from the need before it', () => {
    expect(confident("Lachie's presentation night is Friday and he needs a collared shirt, so I'll have to grab one.")).toEqual([
      'Grab a collared shirt for Lachie',
    ]);
  });

  it('makes no task of rest, feelings or abstract needs', () => {
    expect(confident('I need a break. I need to relax more. The team needs clarity. Sam needs some space. Call the plumber.')).toEqual([
      'Call the plumber',
    ]);
  });
});

describe('a thing that needs a new part, then a step done to it', () => {
  it('is the step, which says what for', () => {
    const titles = parseDump('The bear costume needs a new zip, take it to wardrobe Monday.', {
      today: '2027-11-05',
      timezone: 'UTC',
      projects: [],
      tasks: [],
    }).flatMap((operation) => (operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : []));
    expect(titles).toEqual(['Take the bear costume to wardrobe for a new zip']);
  });
});

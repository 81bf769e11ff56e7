import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { confidentTasks } from '../testing/confident-tasks.ts';
import { findAside, findDuration, findLeadingMonth, findPriority, trimFiller } from './cues.ts';
import { parseDump } from './parse-dump.ts';

describe('priority cues', () => {
  it('reads urgency and its absence', () => {
    for (const text of ['call bank!!', 'URGENT fix login', 'reply asap', 'important: renew visa', 'submit form (high)', 'high priority: taxes']) {
      expect(findPriority(text)?.value, text).toBe('high');
    }
    for (const text of ['learn Spanish whenever', 'sort photos, no rush', 'blog post - low priority', 'someday fix the shed', 'refactor (low prio)', 'GEZ Lastschrift prüfen, irgendwann']) {
      expect(findPriority(text)?.value, text).toBe('low');
    }
    expect(findPriority('this is not urgent')?.value).toBe('low');
    expect(findPriority('normal priority: tidy desk')?.value).toBe('medium');
    expect(findPriority('buy milk')).toBeNull();
    expect(findPriority('call bank!')).toBeNull();
  });
});

describe('duration cues', () => {
  it('reads hours and minutes in their common spellings', () => {
    const minutes = (text: string) => findDuration(text)?.value ?? null;
    expect(minutes('order tiles (2h)')).toBe(120);
    expect(minutes('retro 30 min')).toBe(30);
    expect(minutes('study for 1.5 hours')).toBe(90);
    expect(minutes('read for an hour')).toBe(60);
    expect(minutes('deep work 1h30m')).toBe(90);
    expect(minutes('walk, half an hour')).toBe(30);
    expect(minutes('fix tap (30m)')).toBe(30);
  });

  it('does not read dates, names or absurd spans as durations', () => {
    expect(findDuration('call back in 2 hours')).toBeNull();
    expect(findDuration('email Sarah')).toBeNull();
    expect(findDuration('ah I forgot the milk')).toBeNull();
    expect(findDuration('fast for 48 hours')).toBeNull();
  });

  it('cuts the word that introduces the duration', () => {
    const text = 'study for 2 hours tonight';
    const found = findDuration(text);
    expect(found && text.slice(found.index, found.index + found.length)).toBe('for 2 hours');
  });
});

describe('filler', () => {
  it('trims how people start and end to-dos in prose', () => {
    expect(trimFiller('I need to call mom')).toBe('call mom');
    expect(trimFiller('I should probably book flights')).toBe('book flights');
    expect(trimFiller('need to book the boiler service though')).toBe('book the boiler service');
    expect(trimFiller("don't forget to send the contract")).toBe('send the contract');
    expect(trimFiller('Kita Elternabend Dienstag, nicht vergessen')).toBe('Kita Elternabend Dienstag');
    expect(trimFiller('remember to defrost the chicken')).toBe('defrost the chicken');
    expect(trimFiller('gotta call grandma')).toBe('call grandma');
    expect(trimFiller('oh and also maybe print the draft too')).toBe('print the draft');
    expect(trimFiller("I'll need to renew the lease pls")).toBe('renew the lease');
  });

  it('trims an insistence or an aside at either end', () => {
    expect(trimFiller('book the chimney sweep no matter what')).toBe('book the chimney sweep');
    expect(trimFiller('feed the fish, by the way')).toBe('feed the fish');
    expect(trimFiller('whatever happens, collect the cake')).toBe('collect the cake');
    expect(trimFiller('by the way')).toBe('');
    expect(trimFiller('either way order the firewood')).toBe('order the firewood');
    expect(trimFiller('in any case, sign the lease')).toBe('sign the lease');
    expect(trimFiller('reseal the bathtub sometime')).toBe('reseal the bathtub');
    // A clause going on after the words keeps them: it says what the insistence is about.
    expect(trimFiller('keep the curfew no matter what the twins say')).toBe('keep the curfew no matter what the twins say');
  });

  it('trims a hedge or a step in a sequence before the need', () => {
    expect(trimFiller("I suppose I'd better get someone to look at the washer")).toBe('get someone to look at the washer');
    expect(trimFiller('I guess I should call the bank')).toBe('call the bank');
    expect(trimFiller('before that I need to empty the cupboards')).toBe('empty the cupboards');
    expect(trimFiller('we had better book the hall')).toBe('book the hall');
  });

  it('trims saying one keeps meaning to, or that someone has to', () => {
    expect(trimFiller('I keep meaning to email Hemi back')).toBe('email Hemi back');
    expect(trimFiller('I keep forgetting to cancel the gym')).toBe('cancel the gym');
    expect(trimFiller('someone needs to phone the insurance')).toBe('phone the insurance');
    expect(trimFiller('somebody has to be home')).toBe('be home');
  });

  it('keeps what someone keeps or has', () => {
    expect(trimFiller('I keep the receipts in a box')).toBe('I keep the receipts in a box');
    expect(trimFiller('someone has my umbrella')).toBe('someone has my umbrella');
  });

  it('leaves a plain title alone', () => {
    expect(trimFiller('Need for Speed tickets')).toBe('Need for Speed tickets');
    expect(trimFiller('Water the plants')).toBe('Water the plants');
  });
});

describe('asides after a task', () => {
  it('reads a condition that something is so, or a deadline before all of something, as an aside', () => {
    expect(findAside('merge the docs PR once CI is green')?.value).toBe('once CI is green');
    expect(findAside('deploy the fix as soon as the review is done')?.value).toBe('as soon as the review is done');
    expect(findAside('book the campsite before all the good pitches go')?.value).toBe('before all the good pitches go');
  });

  it('takes the days counted before an aside with it', () => {
    expect(findAside('defrost the turkey the night before the guests arrive')?.value).toBe('the night before the guests arrive');
    expect(findAside('post the forms two weeks before the course starts')?.value).toBe('two weeks before the course starts');
  });

  it('reads a reason starting "since" with its own subject and verb, or a precaution "in case", as an aside', () => {
    expect(findAside('wipe the fridge since the freezer defrosted')?.value).toBe('since the freezer defrosted');
    expect(findAside('top up the meter since my card was declined')?.value).toBe('since my card was declined');
    expect(findAside('carry spare fuses in case the lights trip')?.value).toBe('in case the lights trip');
    expect(findAside('copy the deeds in case of a dispute')?.value).toBe('in case of a dispute');
  });

  it('keeps "since" before a time, and "just in case" closing a task, out of the asides', () => {
    expect(findAside('phone the vet since the weekend')).toBeNull();
    expect(findAside('chase the refund owed since the 3rd')).toBeNull();
    expect(findAside('take a torch just in case')).toBeNull();
  });

  it('keeps a day after "once" or "before" in the task', () => {
    expect(findAside('water the plants once a week')).toBeNull();
    expect(findAside('pay the invoice before Friday')).toBeNull();
  });
});

describe('a month or season as a vague when', () => {
  it('finds a month or season leading a task, with its "sometime"', () => {
    expect(findLeadingMonth('sometime in October service the boiler')?.value).toBe('sometime in October');
    expect(findLeadingMonth('in the spring, prune the lemon tree')?.value).toBe('in the spring');
    expect(findLeadingMonth('during late August book the ferry')?.value).toBe('during late August');
  });

  it('leaves a month before a statement, or inside the task, alone', () => {
    expect(findLeadingMonth('in October the rent goes up')).toBeNull();
    expect(findLeadingMonth('book the ferry in August')).toBeNull();
  });

  it('reads "sometime in" a month at a task\'s end as an aside', () => {
    expect(findAside('descale the kettle sometime in June')?.value).toBe('sometime in June');
    expect(findAside('reply to Nan about the picnic in June')).toBeNull();
  });
});

describe('an adverb of manner before the verb', () => {
  const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };
  const titles = (dump: string) => parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));

  it('is filler, so the verb after it opens the task', () => {
    expect(trimFiller('urgently chase the courier')).toBe('chase the courier');
    expect(titles('water the palms also quickly wipe the hob')).toEqual(['Water the palms', 'Wipe the hob']);
  });

  it('leaves "just in case", which says when', () => {
    expect(trimFiller('just in case it rains')).toBe('just in case it rains');
  });
});

describe('what a request is about, said before its asking', () => {
  it.each([
    ['For the Lindqvist launch could you please print the name badges', 'print the name badges'],
    ['For Saturday, can you book the minibus', 'book the minibus'],
    ['for the school fair would you bake two trays of flapjacks', 'bake two trays of flapjacks'],
  ])('drops the topic and the asking from "%s"', (text, expected) => {
    expect(trimFiller(text)).toBe(expected);
  });

  it.each(['Pay for the tickets', 'Ask for the keys back could you', 'For the kids, a trampoline', 'Forward the invite to Noor'])('keeps "%s", where "for" asks nothing', (text) => {
    expect(trimFiller(text)).toBe(text);
  });
});

describe('what someone asks the writer to do', () => {
  it.each([
    ['Mum wants me to drive her to the eye doctor', 'drive her to the eye doctor'],
    ['the neighbour downstairs asked me to move my bike out of the hallway', 'move my bike out of the hallway'],
    ['Ammi also wants me to order the favours', 'order the favours'],
  ])('is the doing asked: "%s"', (text, task) => {
    expect(trimFiller(text)).toBe(task);
  });

  it('reads the request as a task, named for whom, unless the writer has not taken it on', () => {
    const context: DraftContext = { today: '2027-03-01', timezone: 'UTC', projects: [], tasks: [] };
    const titles = (dump: string) => confidentTasks(parseDump(dump, context)).map(([title]) => title);
    expect(titles('Mum wants me to drive her to the eye doctor on the 9th and I said yes, obviously.')).toEqual(['Drive Mum to the eye doctor']);
    expect(titles("Uncle Ray wants me to shoot his retirement party, we'll see, I haven't said yes.")).toEqual([]);
    expect(titles("Róisín wants me to look at flights home, but she's doing the booking.")).toEqual([]);
  });
});

describe('a doing already planned, told so it is not forgotten', () => {
  it.each([
    ["don't forget you're collecting the flower pots", 'collect the flower pots'],
    ["remember I'm driving Mum to the airport", 'drive Mum to the airport'],
    ["don't forget we're hosting book club", 'host book club'],
    ["remember you're doing the school run", 'do the school run'],
    // Taking someone somewhere is planned without the reminder too; so is what the writer has promised to do.
    ["I'm driving him", 'drive him'],
    ["I'm taking her to the vet", 'take her to the vet'],
    ["I've promised to drive her", 'drive her'],
  ])('is the doing: "%s"', (text, task) => {
    expect(trimFiller(text)).toBe(task);
  });

  it('leaves a remembered fact that is no doing alone', () => {
    expect(trimFiller("remember the gas man's coming Thursday")).not.toMatch(/^come/i);
    expect(trimFiller("don't forget I'm away next week")).toBe("don't forget I'm away next week");
  });
});

describe('what the writer has not done yet', () => {
  it.each([
    ["I still haven't booked the stand", 'book the stand'],
    ["we haven't ordered the cake yet", 'order the cake'],
    ["you still haven't booked an eye exam", 'book an eye exam'],
    ["haven't sent the union rep my overtime sheets", 'send the union rep my overtime sheets'],
  ])('is the doing left: "%s"', (text, task) => {
    expect(trimFiller(text)).toBe(task);
  });

  it.each([
    ["the landlord still hasn't fixed the radiator", 'fix'],
    ["we haven't talked since her surgery", 'talk'],
    ["I still haven't got anything", 'get'],
    ["I haven't got him anything yet", 'get'],
    ["I haven't even opened the template", 'open'],
  ])('leaves "%s" undone: someone else\'s doing, or no thing to do it to', (text, verb) => {
    expect(trimFiller(text).startsWith(verb)).toBe(false);
  });
});

describe('someone wanting a thing done', () => {
  it.each([
    ['Achieng wants the reward tiers finalised by Wednesday', 'finalise the reward tiers by Wednesday'],
    ['the landlord needs the form signed', 'sign the form'],
    ['Dad wants the garage cleared out this weekend', 'clear out the garage this weekend'],
    ['the agent wants the garden tidied, then weed', 'tidy the garden, then weed'],
  ])('asks for the doing: "%s"', (text, task) => {
    expect(trimFiller(text)).toBe(task);
  });

  it.each(['the dog needs her nails done', 'she wants the blue one', 'Mum wants the photos, printed or not'])('leaves "%s" as it is', (text) => {
    expect(trimFiller(text)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { readClause } from './clause-kind.ts';

const prose = { listed: false, inProse: false };
const kind = (clause: string) => readClause(clause, prose).kind;

describe('telling a task clause from a statement', () => {
  it('reads imperatives and "need to", "remind me to" as tasks', () => {
    for (const clause of ['call the contractor', 'I need to submit the report', 'remind me to book the car service', "don't forget to pay rent", 'gotta renew my passport']) {
      expect(readClause(clause, prose), clause).toMatchObject({ kind: 'task', confidence: 0.9 });
    }
  });

  it('reads a step asked for after its day, or in the infinitive after another step, as asked', () => {
    for (const clause of [
      'Next week I must finish setting up the laptop',
      'On Friday we have to return the van',
      'to ask Mr Patel whether we can borrow his gazebo',
      'by Wednesday drop a spare inhaler at the office',
      'Monday morning call the vet',
    ]) {
      expect(readClause(clause, prose), clause).toMatchObject({ kind: 'task', confidence: 0.9, text: clause });
    }
    expect(readClause('to the shop', prose)).not.toMatchObject({ confidence: 0.9 });
  });

  it('reads a verb and its object as a task when a mark parts them from a verb after ("renew passport – expires in June")', () => {
    for (const clause of ['Renew passport – expires in June', 'renew passport, expires in June', 'Pay rent - due Friday', 'book flights; prices go up Monday']) {
      expect(readClause(clause, prose), clause).toMatchObject({ kind: 'task', confidence: 0.9 });
    }
    // With nothing between them, a verb-like first word before a noun and a verb is the noun: "Press embargo lifts …".
    expect(kind('Press embargo lifts on launch day')).toBe('statement');
  });

  it('reads bare things as tasks, more surely in a list', () => {
    expect(readClause('dentist thu 2pm', prose)).toMatchObject({ kind: 'task', confidence: 0.7 });
    expect(readClause('taxes', { listed: true, inProse: false })).toMatchObject({ kind: 'task', confidence: 0.8 });
  });

  it('reads facts, conditions, project dates and someone else doing something as statements', () => {
    for (const clause of [
      'I keep forgetting things',
      'If the waitlist gets 200 signups by Dec 31 we open the beta',
      'Launch target Dec 15',
      'launch date is Jan 15',
      'the deadline is in two weeks',
      'we open the beta in January',
      'the printer is broken again',
      'Plan is to ship before the holidays',
      // Portuguese and Italian, a day as the subject: the date read in it makes no task of it.
      'a semana que vem tá puxada',
      'la caldaia è rotta da domani',
    ]) {
      expect(readClause(clause, prose), clause).toMatchObject({ kind: 'statement', confidence: 0.3 });
    }
  });

  it('drops feelings, greetings, sign-offs and "nothing"', () => {
    for (const clause of ['Work is a lot', "The weather's been awful", 'Hi team', 'Thanks for the meeting today', 'Best', 'Nothing', 'Nothing urgent really', "I'm behind on everything", 'ugh']) {
      expect(kind(clause), clause).toBe('noise');
    }
  });

  it('reads an event on a day as a task to keep only when the writer asks not to miss it, else as a suggestion', () => {
    expect(readClause("Mia's school play is Thursday, don't miss it", prose)).toMatchObject({ kind: 'task', confidence: 0.6 });
    expect(readClause("Jonas's graduation is on the 12th, don't forget it", prose)).toMatchObject({ kind: 'task', confidence: 0.6 });
    for (const clause of ["Dad's retirement party is next Saturday", 'The book fair is on Friday', 'Parents evening is Tuesday']) {
      expect(readClause(clause, prose).kind, clause).toBe('task');
      expect(readClause(clause, prose)).toMatchObject({ confidence: 0.45 });
    }
  });

  it('reads a clause as asked for only when the filler in front of it asks', () => {
    expect(readClause('I think I need to call the bank', prose)).toMatchObject({ kind: 'task', confidence: 0.9 });
    for (const clause of ["I think I'm almost home and the kids are asleep", 'ok so the car rego is paid']) expect(readClause(clause, prose).kind, clause).not.toBe('task');
    // One bare word after it, among other sentences, is only a suggestion.
    expect(readClause("I'm going to bed", { listed: false, inProse: true })).toMatchObject({ kind: 'task', confidence: 0.4 });
    expect(readClause('I need to renew the passport', { listed: false, inProse: true })).toMatchObject({ kind: 'task', confidence: 0.9 });
  });

  it('drops a feeling whose subject is left out', () => {
    for (const clause of ['Feels like a lot but most of it is small', 'Seems fine for now', 'Looks like rain all week', 'Big week at work', 'Busy day tomorrow', 'Too many things', "Hope you're well!"]) {
      expect(kind(clause), clause).toBe('noise');
    }
  });

  it('reads things done, someone else doing something and one\'s own warnings as not tasks', () => {
    for (const clause of ['Filed the tax extension', 'Paid off the car']) expect(kind(clause), clause).toBe('noise');
    for (const clause of ['The plumber came and fixed the sink', 'Sam has the car', 'Dana says Indeed works better', 'Priya will finish the migration script', 'Karen to organise the cake stall roster', "Don't quit the day job yet", 'Skipping the party this year']) {
      expect(kind(clause), clause).toBe('statement');
    }
    expect(readClause('Me to email the principal', prose)).toMatchObject({ kind: 'task', text: 'email the principal' });
  });

  it('turns a thing said to need doing into the doing', () => {
    expect(readClause("Mum's birthday card needs posting", prose)).toMatchObject({ kind: 'task', text: "post Mum's birthday card" });
    expect(readClause('the carp for Wigilia has to be ordered', prose)).toMatchObject({ kind: 'task', text: 'order the carp for Wigilia' });
  });

  it('reads a verb-like word before a code or a state it is in as a thing, not an imperative', () => {
    const listed = { listed: true, inProse: false };
    for (const clause of ['invoice #3318 overdue', 'order no. 5521 missing', 'order 7781 delayed again', 'invoice #3318', 'transfer still pending']) {
      const reading = readClause(clause, listed);
      expect(reading.kind === 'task' ? reading.confidence : null, clause).not.toBe(0.9);
    }
    // Numbers an imperative counts or a state describing its object leave the verb a verb.
    for (const clause of ['order 4 chairs for the patio', 'invoice the client for March', 'chase overdue invoices']) {
      expect(readClause(clause, listed), clause).toMatchObject({ kind: 'task', confidence: 0.9 });
    }
  });

  it('reads a verb-like word before "still not in", "not back yet" as a thing whose state is told', () => {
    const listed = { listed: true, inProse: false };
    for (const clause of ['refund still not in', 'payment not through yet', 'transfer still not cleared', 'permit not yet received']) {
      const reading = readClause(clause, listed);
      expect(reading.kind === 'task' ? reading.confidence : null, clause).not.toBe(0.9);
    }
    // The imperative with its object, or "not" inside a longer order, is still asked.
    for (const clause of ['refund the deposit not in full', 'transfer the files not backed up', 'order the prints still not framed']) {
      expect(readClause(clause, listed), clause).toMatchObject({ kind: 'task', confidence: 0.9 });
    }
  });
});

describe('a job given to someone by name in minutes', () => {
  it('reads "Name to …" as theirs when a verb the list lacks has an object after it', () => {
    expect(kind('Okello to service the pulper before intake')).toBe('statement');
    expect(kind('Mum to the airport Friday')).not.toBe('statement');
  });
});

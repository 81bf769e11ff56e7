import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { withObjectFirstTurned } from './object-first-items.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-06-29', timezone: 'Europe/Amsterdam', projects: [], tasks: [] };

describe('a list item naming its thing first, then only its verb', () => {
  it('is turned round into the task it is, its cue kept', () => {
    const titles = parseDump('- dentist, reschedule (whenever)\n- bins - take out\n- buy stamps', context).flatMap((operation) =>
      operation.op === 'create_task' ? [`${operation.title} / ${operation.priority ?? '-'}`] : [],
    );
    expect(titles).toEqual(['Reschedule dentist / low', 'Take out bins / -', 'Buy stamps / -']);
  });

  it('leaves things listed, a task then a word, a day and a long phrase as they were', () => {
    expect(withObjectFirstTurned('milk, eggs')).toBe('milk, eggs');
    expect(withObjectFirstTurned('call mum, book')).toBe('call mum, book');
    expect(withObjectFirstTurned('Friday, book')).toBe('Friday, book');
    expect(withObjectFirstTurned('the big blue garden shed, paint')).toBe('the big blue garden shed, paint');
  });
});

describe('a list item naming its thing, then what must be done to it by a day', () => {
  it('is the task of doing it, due that day', () => {
    const drafted = parseDump('- lifeguard schedule posted by EOD Friday\n- the permission forms signed before Monday\n- parcel delivered yesterday', context).flatMap((operation) =>
      operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title} → ${operation.due_date ?? 'none'}`] : [],
    );
    expect(drafted).toEqual(['Post lifeguard schedule → 2026-07-03', 'Sign the permission forms → 2026-07-05']);
  });

  it("leaves someone's wish and a verb that is no participle as they were", () => {
    expect(withObjectFirstTurned('agent wants the garden tidied by Friday')).toBe('agent wants the garden tidied by Friday');
    expect(withObjectFirstTurned('more chairs need by Friday')).toBe('more chairs need by Friday');
  });
});

describe('a list item naming its thing, then a step that points back at it', () => {
  it.each([
    ["fire extinguishers – check they're in date", "check the fire extinguishers are in date"],
    ['test kit reagents expired, buy new', 'buy new test kit reagents'],
    ['Octopus card autopay failed, sort it', 'sort the Octopus card autopay'],
    ['car - book it in for a service', 'book the car in for a service'],
    ["Sólveig's camp form, sign it by Friday", "sign Sólveig's camp form by Friday"],
  ])('is the step on the thing: "%s"', (item, turned) => {
    expect(withObjectFirstTurned(item)).toBe(turned);
  });

  it('leaves a person the item is for, a step with a thing of its own and a task then a remark as they were', () => {
    expect(withObjectFirstTurned('Nomvula – finalise the list and send it to me by Monday')).toBe('Nomvula – finalise the list and send it to me by Monday');
    expect(withObjectFirstTurned('ferry tickets, print the boarding passes and check them')).toBe('ferry tickets, print the boarding passes and check them');
    expect(withObjectFirstTurned('call mum, tell her it is fine')).toBe('call mum, tell her it is fine');
  });

  it.each([
    ['IPVA segunda parcela: check if I already paid it', 'check if I already paid the IPVA segunda parcela'],
    ['fuel advance: claim it from finance by Monday', 'claim the fuel advance from finance by Monday'],
  ])('after a label\'s colon, turns "%s" with "it" pointing back at the label', (item, turned) => {
    expect(withObjectFirstTurned(item)).toBe(turned);
  });

  it.each(['Mum & Dad: visit them Sunday', 'printer ink: order more', 'Garden: mow the lawn'])('leaves the label "%s", where "them" may be people or nothing points back', (item) => {
    expect(withObjectFirstTurned(item)).toBe(item);
  });
});

import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { readClause } from './clause-kind.ts';
import { parseDump } from './parse-dump.ts';
import { asSender } from './senders.ts';

const context: DraftContext = { today: '2026-09-14', timezone: 'Europe/London', projects: [], tasks: [] };

function drafted(dump: string) {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' ? [{ title: operation.title, due: operation.due_date, sure: (operation.confidence ?? 1) >= 0.5 }] : [],
  );
}

function confident(dump: string): string[] {
  return drafted(dump).flatMap((task) => (task.sure ? [task.title] : []));
}

describe('a request written from its sender’s side', () => {
  it('reads "your" as the reader’s own, and the sender’s "me" as the sender', () => {
    expect(asSender('please post me your mileage log', 'Femi')).toBe('please post Femi my mileage log');
    expect(asSender('Your badge is at reception', 'Femi')).toBe('My badge is at reception');
  });

  it('reads "send over" as sending to the sender, unless someone else is named after it', () => {
    expect(asSender('could you send over the signed SOW by Friday?', 'Rachel')).toBe('could you send Rachel the signed SOW by Friday?');
    expect(asSender('please email over the plans to Jo', 'Rachel')).toBe('please email over the plans to Jo');
    expect(confident('Hi Sam,\n\nCould you send over the signed SOW by Friday? Also, please loop in your finance contact.\n\nBest,\nRachel')).toEqual([
      'Send Rachel the signed SOW',
      'Loop in my finance contact',
    ]);
  });

  it('keeps "your" after "need", which asks for the thing to be sent', () => {
    expect(asSender('we need your signed timesheet', 'Femi')).toBe('we need your signed timesheet');
    expect(readClause('we also need a copy of your updated insurance schedule', { listed: false, inProse: true })).toMatchObject({
      kind: 'task',
      text: 'send a copy of the updated insurance schedule',
    });
  });

  it('drafts what a chat sender asks for as the reader would note it', () => {
    expect(confident('[14/09/2026, 08:10] Femi Ade: Can you post me your mileage log before Friday, accounts close tomorrow')).toEqual(['Post Femi Ade my mileage log']);
  });

  it('moves a closing remark of when something else falls to the notes', () => {
    const [task] = parseDump('Email the rota to the volunteers, the fete’s Saturday', context).filter((operation) => operation.op === 'create_task');
    expect(task).toMatchObject({ title: 'Email the rota to the volunteers' });
  });

  it('reads a word that could be a verb, with a contracted "is", as a thing and its state', () => {
    expect(readClause("Order's in your name", { listed: false, inProse: true }).kind).not.toBe('task');
    expect(readClause('Delivery’s late again', { listed: false, inProse: true }).kind).not.toBe('task');
    // "let's" asks.
    expect(readClause("let's order the chairs", { listed: false, inProse: true }).kind).toBe('task');
  });

  it('keeps initials with their dots inside their sentence', () => {
    expect(confident('Could you renew the I.T.V. certificate by Friday? Thanks')).toEqual(['Renew the I.T.V. certificate']);
  });

  it('answers a need with the reply that sorts "that"', () => {
    const tasks = drafted('Hi Cai,\n\nMilo still needs a locker key, can you sort that this week?\n\nBest,\nRhian');
    expect(tasks.filter((task) => task.sure)).toEqual([{ title: 'Sort a locker key for Milo', due: '2026-09-18', sure: true }]);
  });

  it('reads a closing wish with its comma as the close, the name under it as the signature', () => {
    expect(confident('Hi Cai,\n\nPlease return the projector by Thursday.\n\nHappy holidays,\nRhian')).toEqual(['Return the projector']);
  });
});

describe('a chat’s request to anyone in it', () => {
  it('leaves "can someone …" from another speaker to whoever takes it up', () => {
    const dump = '[18:02] Dad: can someone book the ferry for Saturday?\n[18:03] Ines: I will book it\n[18:05] Dad: and could anybody water the tomatoes tomorrow?\n[18:06] Me: I’ll water the tomatoes';
    expect(confident(dump)).toEqual(['Water the tomatoes']);
  });

  it('still shows the open request as a suggestion', () => {
    expect(drafted('[07:40] Gran: would anyone collect my prescription?').map((task) => [task.title, task.sure])).toEqual([
      ["Someone to collect Gran's prescription", false],
    ]);
  });

  it.each([
    ['[07:40] Gran: can you collect my prescription?', 'Collect Gran’s prescription'],
    ['can someone clear the gutter', 'Can someone clear the gutter'],
  ])('keeps "%s", asked of the reader or written by the reader', (dump, title) => {
    expect(confident(dump).map((one) => one.replace("'", '’'))).toEqual([title]);
  });
});

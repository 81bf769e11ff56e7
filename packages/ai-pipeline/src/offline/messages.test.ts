import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { greetedReader } from './clause-kind.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-02-09', timezone: 'Europe/Berlin', projects: [], tasks: [] };

/** What the review would create without a click, with its due date. */
function created(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title}${operation.due_date ? ` @${operation.due_date}` : ''}`] : [],
  );
}

describe('lines copied from a chat', () => {
  it('drops the time sent and the speaker, and keeps what is asked of the reader', () => {
    const dump =
      "[10:43] Priya: also the staging deploy is blocked until someone updates the env vars\n[10:50] Tom: I'll do the env vars\n[10:51] Priya: thanks! and @you please add the release notes to Confluence by Thu";
    expect(created(dump)).toEqual(['Add the release notes to Confluence @2026-02-12']);
  });

  it('leaves another speaker the job they take on after a reaction, and keeps the reader\'s own', () => {
    const dump = "[11:02] Ines: the printer is jammed again\n[11:03] Ines: 👍 I'll phone the repair shop\n[11:05] Me: ok I'll restock the paper tray";
    expect(created(dump)).toEqual(['Restock the paper tray']);
  });

  it('names a reply\'s "it" by the thing the message it answers is about, after a "yes"', () => {
    const dump = "[09/02/26, 6:05 PM] Mom: you're still bringing the pop-up tent on Sunday right?\n[09/02/26, 6:07 PM] Me: yes I'll grab it from the tower storage Saturday";
    expect(created(dump)).toEqual(['Grab the pop-up tent from the tower storage @2026-02-14']);
  });

  it('reads the message a reply answers under a dotted date, and leaves the tag "right" out of the thing', () => {
    const dump = "[09.02.2026 09:20] Elif: you're bringing the baklava from Kayseri right\n[09.02.2026 09:22] Me: yes I'll pick it up Saturday";
    expect(created(dump)).toContain('Pick the baklava from Kayseri up @2026-02-14');
  });

  it('takes a request to everyone as the reader\'s too', () => {
    expect(created('[09/02/26, 6:20 PM] Auntie Lei: everyone send your old photos of Grandpa to Malia by Friday!!')).toEqual([
      'Send my old photos of Grandpa to Malia @2026-02-13',
    ]);
  });

  it.each([
    ['09/02/2026, 10:42 - Sam: can you book the room for Friday?', 'Book the room @2026-02-13'],
    ['10:42 Sam: could you send me the invoice', 'Send Sam the invoice'],
  ])('reads "%s" as a request', (dump, task) => {
    expect(created(dump)).toEqual([task]);
  });
});

describe('chat lines pasted without their time', () => {
  it('reads a speaker asking the reader as the reader\'s task, and leaves the jobs others take or are given', () => {
    const dump =
      '#ops-room\nBenedikt: @me could you restart the print server on Thursday?\nHelga: I\'ll order the toner\nBenedikt: and can you send me the floor plan\nMe: sure';
    expect(created(dump)).toEqual(['Restart the print server @2026-02-12', 'Send Benedikt the floor plan']);
  });

  it.each([
    '#ops-room\nBenedikt: @ulla could you restart the print server on Thursday?\nMe: ok',
    '#ops-room\nBenedikt: the print server needs a restart\nHelga: can we do it Thursday?\nMe: ok',
  ])('leaves a request put to someone else, or no request, as it was: %s', (dump) => {
    expect(created(dump)).toEqual([]);
  });
});

describe('meeting notes with "Name - item" lines', () => {
  it('gives the reader an item under a topic of many words, and leaves the topic out of it', () => {
    expect(created('1. Open day on the 19th: me to book the minibus by Friday; Tariq to print the maps.')).toEqual(['Book the minibus @2026-02-13']);
    expect(created('Open day on the 19th: Tariq to print the maps')).toEqual([]);
  });

  it('gives the reader only the items for "Me", and keeps the names as written', () => {
    const dump = 'Action items:\nLeon - share brand assets\nMe - update the mobile header\nMe - send v2 to Rosa by Thursday';
    expect(created(dump)).toEqual(['Update the mobile header', 'Send v2 to Rosa @2026-02-12']);
    expect(parseDump(dump, context).some((operation) => operation.op === 'create_task' && operation.notes?.includes('Leon'))).toBe(true);
  });
});

describe('dictation', () => {
  it.each([
    ['text Aisha about um Sunday lunch and um pay the water bill', ['Text Aisha about Sunday lunch', 'Pay the water bill']],
    ['ring Nan tonight she hasn\'t been well', ['Ring Nan @2026-02-09']],
    ["I'm so tired of this week honestly need to get groceries on the way home", ['Get groceries on the way home']],
    ['book the MOT and the car needs new tyres too', ['Book the MOT']],
  ])('reads "%s"', (dump, tasks) => {
    expect(created(dump)).toEqual(tasks);
  });

  it('still keeps a question to ask whole', () => {
    expect(created('ask Tom if he hasn\'t got the keys')).toEqual(["Ask Tom if he hasn't got the keys"]);
  });
});

describe('what a message needs from the reader', () => {
  it.each([
    ['Need your updated bank details by Friday', ['Send updated bank details @2026-02-13']],
    ['Hi Sam,\nthey need your passport number by Friday.\nThanks', ['Send passport number @2026-02-13']],
  ])('is something to send in "%s"', (dump, tasks) => {
    expect(created(dump)).toEqual(tasks);
  });

  it('reads "I need a haircut" as getting one, not as sending it', () => {
    expect(created('I need a haircut. Book the dentist.')).toEqual(['Get a haircut', 'Book the dentist']);
  });

  it('reads a standup\'s blockers as no task', () => {
    expect(created('blockers: waiting on design\nwrite tests for the import')).toEqual(['Write tests for the import']);
  });
});

describe('the set phrases of a message', () => {
  it('ask nothing of the reader', () => {
    const dump =
      'Hi Anna,\nPlease find attached the invoice for March. Just a heads up that the office is closed Monday. Please submit your timesheet by Friday. Let me know if you have any questions. Feel free to reach out. Looking forward to hearing from you.\nBest,\nTom';
    // The sender's "your" is the reader's own.
    expect(created(dump)).toEqual(['Submit my timesheet @2026-02-13']);
  });

  it('leave a real request alone', () => {
    expect(created('let me know by Friday whether you can come')).toEqual(['Let me know whether you can come @2026-02-13']);
  });
});

describe('a meeting\'s name heading its notes', () => {
  it('is no task', () => {
    expect(created('standup 9/15\nwrite tests for the import\nalso ping Lauren')).toEqual(['Write tests for the import', 'Ping Lauren']);
  });

  it('leaves "sync the calendars" a task', () => {
    expect(created('sync the calendars\nbuy milk')).toEqual(['Sync the calendars', 'Buy milk']);
  });
});

describe('where a pasted chat came from', () => {
  it.each(['[from #ops-alerts]\n[10:02] Jonas: can you restart the build runner?', '[via WhatsApp]\n[10:02] Jonas: can you restart the build runner?'])(
    'reads "%s" without its channel line',
    (dump) => {
      expect(created(dump)).toEqual(['Restart the build runner']);
    },
  );

  it('keeps a bracketed line that asks something', () => {
    expect(created('[ask Jonas about the build runner]')).toHaveLength(1);
  });
});

describe('a message whose greeting names its reader', () => {
  it('gives the reader the steps labelled with the name greeted, and leaves the others theirs', () => {
    const dump = 'Hi Sam,\n\nRecap of the call:\n\nAction items:\n- Sam: send the floor plan to the builder by Wednesday\n- Laura: get two quotes for the worktops\n- Sam: confirm the delivery window\n\nBest,\nLaura';
    expect(created(dump)).toEqual(['Send the floor plan to the builder @2026-02-11', 'Confirm the delivery window']);
  });

  it('names no reader when the greeting addresses two people or a group', () => {
    const dump = 'Hi Sam and Jo,\n\nAction items:\n- Sam: send the floor plan\n- Jo: confirm the delivery window\n\nBest,\nLaura';
    expect(created(dump)).toEqual([]);
  });

  it.each([
    ['Hi Sam,', 'Sam'],
    ['Dear Ms. Mori,', 'Mori'],
    ['Good morning Priya!', 'Priya'],
    ['Hi team,', null],
    ['Hi all', null],
    ['Hello,', null],
    ['Hi Sam and Jo,', null],
    ['Hey Sam, Jo', null],
  ])('reads the reader of "%s" as %s', (line, reader) => {
    expect(greetedReader(line)).toBe(reader);
  });
});

describe('a reply in a chat', () => {
  it('names what its pronoun stands for from the message it answers', () => {
    const dump = '[08:15] Elin: also the summer tyres are still in the garage lol\n[08:20] Me: I\'ll swap them tomorrow';
    expect(created(dump)).toEqual(['Swap the summer tyres @2026-02-10']);
  });

  it('does not reach past its own message outside a chat', () => {
    expect(created('- the summer tyres are still in the garage\n- swap them tomorrow')).not.toContain('Swap the summer tyres @2026-02-10');
  });
});

describe('a reply taking on what the message before asked', () => {
  it('gives the reader the request, on the day the reply says', () => {
    const dump = [
      '[09:43] Inês: Tom can you fix the bathroom door handle?',
      '[09:50] Me: yep, will do it tomorrow',
      '[09:53] Inês: and someone has to pay the internet bill',
      '[09:55] Me: ok paying it tonight',
      '[09:56] Bea: can you order the matching robes? you have the sizes',
      '[09:57] Me: yes will order them Wednesday',
    ].join('\n');
    expect(created(dump)).toEqual(['Fix the bathroom door handle @2026-02-10', 'Pay the internet bill @2026-02-09', 'Order the matching robes @2026-02-11']);
  });

  it('takes nothing on when the reply says something else, or the message asked nothing', () => {
    expect(created('[09:43] Inês: Tom can you fix the bathroom door handle?\n[09:50] Me: no, Duarte said he would')).toEqual([]);
    expect(created('[09:43] Inês: the landlord comes Tuesday\n[09:50] Me: ok')).toEqual([]);
  });
});

describe("a pasted message's furniture", () => {
  it('drafts nothing of its header lines, and reads a labelled note in brackets as a line of its own', () => {
    const dump = '---------- Forwarded message ---------\nFrom: Mr Tan\nSubject: aircon servicing\nDear tenant, the servicing is on 8 July.\nRegards, Tan\n\n(me: book a day off for it)';
    const operations = parseDump(dump, context);
    expect(operations.filter((operation) => operation.op === 'create_project')).toEqual([]);
    expect(operations.flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []))).not.toContain('Mr Tan');
    expect(created(dump)).toContain('Book a day off for it');
  });

  it('reads "Also," before a sentence as no clause of its own', () => {
    expect(parseDump('Also, the gas bill is due on the 5th.', context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []))).toEqual([
      'The gas bill',
    ]);
  });
});

describe('a reply in a chat dated by the message it answers', () => {
  it('takes the day the message names, and an answer alone is no task', () => {
    const dump = '[09:02] Mam: Pakjesavond tonight at 7 at ours! Who brings the pepernoten?\n[09:05] Me: I\'ll bring pepernoten\n[09:06] Joost: can someone pick up Oma?\n[09:07] Me: on it';
    const tasks = created(dump);
    expect(tasks).toContain('Bring pepernoten @2026-02-09');
    expect(tasks).toContain('Pick up Oma');
    expect(tasks).not.toContain('On it');
  });
});

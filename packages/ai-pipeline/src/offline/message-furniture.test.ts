import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { readClause } from './clause-kind.ts';
import { parseDump } from './parse-dump.ts';

const context: DraftContext = { today: '2026-12-02', timezone: 'UTC', projects: [], tasks: [] };

/** Titles of the tasks the review would create without a click. */
function confident(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [operation.title] : [],
  );
}

describe('the furniture of a pasted message', () => {
  it.each([
    ['Could you send the floor plan by Friday? Met vriendelijke groet.', ['Send the floor plan']],
    ['Please sign the lease by Monday. Bien cordialement.', ['Sign the lease']],
    ['Merci for the photos! Book the ferry for Saturday.\nEnjoy your weekend, Paul', ['Book the ferry']],
    ['Order the frame for the print. Have a lovely evening, Nora.', ['Order the frame for the print']],
  ])('drops the closing of "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ["[Cousins]\nAuntie Rosa: Good evening all!\nUncle Tomo: we're 6\nmy notes: book the long table", ['Book the long table']],
    ["[Flat chat]\nJo Marsh: Morning!\nJo Marsh: they'll fix the boiler Tuesday\nme: buy descaler", ['Buy descaler']],
    ['[Book club crew]\nAnna Berg: Hi all!\nme: order the next novel', ['Order the next novel']],
  ])('reads a speaker’s greeting or news as no task in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Notes from the call with Omar:\n- reckons the venue is too small\n- wants the timeline pushed a week\n- send Omar the draft', ['Send Omar the draft']],
    ["Catch-up with Lee:\n- she'll share the rota tomorrow\n- prefers calls in the morning\n- book the room for the retro", ['Book the room for the retro']],
  ])('reads notes on what someone else said or will do as statements in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Good afternoon done. Rang the bank about the card, flew through the inbox. Still to do: call the vet.', ['Call the vet']],
    ['Not gonna lie, tough week. Fix the shelf.', ['Fix the shelf']],
  ])('drops what is done or only said in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});

describe('what a clause of a message is', () => {
  it.each(['Bien cordialement', 'Met vriendelijke groet', 'Liebe Grüße', 'Un abrazo', 'Have a good weekend', 'Not gonna lie', 'Rosa Lim: Good morning!', '"Good morning team', '“Kind regards'])(
    'reads "%s" as noise',
    (clause) => {
      expect(readClause(clause, { listed: true, inProse: false }).kind).toBe('noise');
    },
  );

  it.each(['reckons the venue is too small', 'hates the new logo', "she'll share the rota", 'Uncle Tomo: we\'re 6', 'rang the bank about the card'])(
    'reads "%s" as no task',
    (clause) => {
      expect(readClause(clause, { listed: true, inProse: false }).kind).not.toBe('task');
    },
  );

  it.each(['Garden: water the roses', 'Rosa Lim: book the long table', 'ring the bank about the card', 'thank Ana for the lift', 'plans for the weekend'])(
    'reads "%s" as a task',
    (clause) => {
      expect(readClause(clause, { listed: true, inProse: false }).kind).toBe('task');
    },
  );
});

describe('lines that stay tasks', () => {
  it.each([
    ['Garden: water the roses, weed the veg patch', ['Water the roses', 'Weed the veg patch']],
    ['mon: laundry\nsat - market run', ['Laundry', 'Market run']],
    ['- ring the garage\n- thank Ana for the lift', ['Ring the garage', 'Thank Ana for the lift']],
    ['Have the boiler serviced. Best of luck to Sam tomorrow.', ['Have the boiler serviced']],
  ])('keeps the tasks of "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['"Reminder that timesheets for December must be submitted by Friday."', 'Submit timesheets for December'],
    ['Just a friendly reminder that the consent forms need to be signed by Friday.', 'Sign the consent forms'],
  ])('reads what a reminder says needs doing as the task in "%s"', (dump, title) => {
    const [task] = parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation] : []));
    expect(task?.title).toBe(title);
    expect(task?.due_date).toBe('2026-12-04');
  });
});


describe('a line of who was there', () => {
  /** Titles of every new task, confident or offered. */
  function drafted(dump: string): string[] {
    return parseDump(dump, context).flatMap((operation) => (operation.op === 'create_task' ? [operation.title] : []));
  }

  it.each([
    ['Participants: Rhea, Tomasz and me\nCirculate the notes', ['Circulate the notes']],
    ['Apologies: Dr Okafor; Wen\n- chase the budget sign-off', ['Chase the budget sign-off']],
  ])('names nobody to do anything in "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it('keeps a list of jobs under a label about guests', () => {
    expect(drafted('Guests: fold the napkins, chill the juice')).toEqual(['Fold the napkins', 'Chill the juice']);
  });
});

describe('greetings and season\'s wishes in the languages people mix in', () => {
  it.each([
    ['[08:10] Rangi: Kia ora whānau, the marae working bee is Sunday\nMe: I\'ll bring the wheelbarrow', ['Bring the wheelbarrow']],
    ["[08:10] Tomasz: G'day crew, skip bin arrives Monday\nMe: I'll sweep the driveway", ['Sweep the driveway']],
    ['Buongiorno a tutti! Return the projector to the library by Friday.', ['Return the projector to the library']],
    ['Guten Morgen zusammen. Restock the printer paper.', ['Restock the printer paper']],
    ['[09:02] Inés: feliz navidad 🎄 bakery open on the 26th?\nMe: I\'ll defrost the croissant dough', ['Defrost the croissant dough']],
    ['Joyeux Noël! Water the office plants before the break.', ['Water the office plants']],
  ])('is furniture, and the message around it is read on: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each(['Kia ora koutou', 'Bom dia pessoal', 'Frohe Ostern', 'Buenas tardes equipo'])('"%s" asks nothing', (clause) => {
    expect(readClause(clause, { listed: true, inProse: false }).kind).toBe('noise');
  });

  it.each([
    ['- buy a feliz cumpleaños banner\n- book the piñata', ['Buy a feliz cumpleaños banner', 'Book the piñata']],
    ['- print the Aloha Festival flyers', ['Print the Aloha Festival flyers']],
  ])('leaves a task that only names a greeting or a wish: "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});

describe('a greeting that names the reader with a courtesy title', () => {
  it.each(['Dear Dr. Okonjo,', 'Hello Mrs. Lindqvist', 'Dear Prof. Haddad', 'Hi Mx. Rivera!'])('reads "%s" as noise', (clause) => {
    expect(readClause(clause, { listed: true, inProse: false }).kind).toBe('noise');
  });

  it('drops the greeting and keeps the request of the email under it', () => {
    expect(confident('> Dear Mr. Achterberg,\n> Please return the signed tenancy form by Friday.\n> Best regards, Lettings')).toEqual([
      'Return the signed tenancy form',
    ]);
  });

  it.each(['Email Dr. Okonjo the scan', 'Ask Mrs. Lindqvist about the fence'])('keeps "%s", which names the person in a task', (clause) => {
    expect(readClause(clause, { listed: true, inProse: false }).kind).toBe('task');
  });
});

describe('asking the reader to take on the job just said', () => {
  it.each(['can you take that?', 'Could you grab this one for me?', 'would u own that please', 'So can you pick this up?'])('reads "%s" as noise', (clause) => {
    expect(readClause(clause, { listed: true, inProse: false }).kind).toBe('noise');
  });

  it('keeps the job said before it as the task', () => {
    expect(confident('[10:02] Bea: the supplier list is out of date, someone needs to refresh it by Thursday, can you take that?\n[10:03] Me: yes')).toEqual([
      'Refresh the supplier list',
    ]);
  });

  it.each(['Take that parcel to the depot', 'can you take it to the tip on Saturday?', 'Grab this week’s rota'])('keeps "%s", which says what to do with it', (clause) => {
    expect(readClause(clause, { listed: true, inProse: false }).kind).toBe('task');
  });
});

describe('the opening of a pasted message', () => {
  it.each([
    ['> Dear Mr de la Cruz,\n> Please return the signed lease by Friday.', ['Return the signed lease']],
    ['Dear Dr van den Berg,\nCould you send the scan results?', ['Send the scan results']],
    ['Hello Ms Okafor, pick up the keys from reception.', ['Pick up the keys from reception']],
  ])('reads a greeting to a titled, many-word name as no task in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });

  it.each([
    ['Email from the council, pasted below:\n> Please renew your parking permit.', ['Renew your parking permit']],
    ['Text from my landlord:\nthe plumber comes Tuesday. Leave the key under the mat.', ['Leave the key under the mat']],
  ])('reads the line that names a pasted message as no task in "%s"', (dump, expected) => {
    expect(confident(dump)).toEqual(expected);
  });
});

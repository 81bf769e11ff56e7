import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { confidentTasks } from '../testing/confident-tasks.ts';
import { parseDump } from './parse-dump.ts';
import { asSender, withReaderNamed, withSendersNamed } from './senders.ts';

const context: DraftContext = { today: '2026-03-02', timezone: 'Europe/Madrid', projects: [], tasks: [] };

/** What the review would create without a click, with its due date. */
function created(dump: string): string[] {
  return parseDump(dump, context).flatMap((operation) =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [`${operation.title}${operation.due_date ? ` @${operation.due_date}` : ''}`] : [],
  );
}

describe('the sender of a pasted message', () => {
  it('names the sender for "me", "my" and "us", but not for a "Me:" label or an "@me" mention', () => {
    expect(asSender('please lend me your ladder and return my drill', 'Hugo')).toBe("please lend Hugo my ladder and return Hugo's drill");
    expect(asSender('give us a ring', 'Harbour Dental')).toBe('give Harbour Dental a ring');
    expect(asSender('Me: sort the recycling', 'Hugo')).toBe('Me: sort the recycling');
    expect(asSender('@me can you check', 'Hugo')).toBe('@me can you check');
    expect(asSender('the memo and some music', 'Hugo')).toBe('the memo and some music');
  });

  it('reads the name from the close of an email, on the sign-off line or under it', () => {
    expect(withSendersNamed('Hi Pau,\nCould you post me the spare key?\nCheers, Ines')).toBe('Hi Pau,\nCould you post Ines the spare key?\nCheers, Ines');
    expect(withSendersNamed('Hello,\nPlease forward me the quote.\n\nBest wishes,\nOscar Lind')).toContain('forward Oscar Lind the quote');
    expect(withSendersNamed('Hi Magda,\nCould you send us the quote? We\'ll pay the deposit once we have it. We will also need a headcount.\nWarm wishes,\nZuzia')).toBe(
      'Hi Magda,\nCould you send Zuzia the quote? Zuzia will pay the deposit once we have it. We will also need a headcount.\nWarm wishes,\nZuzia',
    );
  });

  it('leaves the sender what they say they will do, and the reader what they will do after the close', () => {
    const dump = 'Hi Rafa,\n\nThe boiler at the flat is ticking again. I will ring the landlord myself. Could you check the pressure gauge tonight?\n\nThanks,\nNoor\n\nI\'ll order a new filter';
    expect(created(dump)).toEqual(['Check the pressure gauge @2026-03-02', 'Order a new filter']);
    expect(asSender('Willow will sort it. I will bring the cake', 'Noor')).toBe('Willow will sort it. Noor will bring the cake');
  });

  it('takes a forwarded header\'s sender over a team signature', () => {
    const dump = 'From: Riverside Garage <desk@riverside.example>\nSubject: MOT due\nPlease ring us to book the van in.\nKind regards,\nThe Riverside team';
    expect(withSendersNamed(dump)).toContain('ring Riverside Garage to book');
  });

  it('leaves a dump alone when nothing names the sender, and the reader\'s own lines after the close', () => {
    expect(withSendersNamed('Hi Jo,\nsend me the photos\nThanks!')).toBe('Hi Jo,\nsend me the photos\nThanks!');
    expect(withSendersNamed('Dear Ana,\nemail me the rota\nRegards, Bea\n\nremind me to pay the plumber')).toContain('remind me to pay the plumber');
  });

  it('turns an emailed request for the sender into a task naming them', () => {
    expect(created('Olá Tiago,\n\nCould you drop me the signed lease by Thursday?\n\nAbraços, Marta')).toEqual(['Drop Marta the signed lease @2026-03-05']);
  });

  it('gives a chat speaker\'s "my" to the speaker', () => {
    expect(created('[09:14] Ruth: can you proofread my cover letter tomorrow?')).toEqual(["Proofread Ruth's cover letter @2026-03-03"]);
  });
});

describe('the reader named in meeting notes', () => {
  it('hands the items for the reader\'s name to "me", alone or with a partner', () => {
    const notes = 'Present: Wen, Bruno, me (Ayla)\n- Ayla to order the banners\n- Bruno - print flyers\n3. Wen + Ayla - set up the stall\n- Ayla + Wen: count the float';
    expect(withReaderNamed(notes)).toBe('Present: Wen, Bruno, me (Ayla)\n- Me to order the banners\n- Bruno - print flyers\n3. Wen + me - set up the stall\n- Me + Wen: count the float');
    expect(withReaderNamed('Attendees: Kofi (me), Lars\nKofi: book the van')).toContain('Me: book the van');
  });

  it('knows the reader as the notes\' writer, by initials and role, and gives them their items after a comma or with a partner "to"', () => {
    expect(withReaderNamed('Present: DB (me, minutes), KW\n- DB + KW to design the flyer\nAOB: a gospel hour, DB to look at the schedule')).toBe(
      'Present: DB (me, minutes), KW\n- Me + KW to design the flyer\nAOB: a gospel hour, me to look at the schedule',
    );
    expect(withReaderNamed('Present: MH (chair), LB (minutes)\nLB: book the room')).toContain('Me: book the room');
    expect(withReaderNamed('Present: Fiona (chair), me (Sam, sec)\n- Sam: send the entry forms')).toContain('- Me: send the entry forms');
    expect(withReaderNamed('Present: MH (chair), LB\nLB: book the room')).toContain('LB: book the room');
  });

  it('knows the reader by "I\'m Emre" over a pasted chat: their own lines are "Me:", and being called by name asks them', () => {
    const chat = 'family chat, I\'m Emre\n[20.03.2026 09:22] Emre: yes I\'ll pick it up tomorrow\n[20.03.2026 09:25] Annem: Emre call your uncle Hasan today\n[20.03.2026 09:30] Elif: Emre you\'re bringing the baklava right';
    expect(withReaderNamed(chat).split('\n').slice(1)).toEqual([
      '[20.03.2026 09:22] Me: yes I\'ll pick it up tomorrow',
      '[20.03.2026 09:25] Annem: call your uncle Hasan today',
      '[20.03.2026 09:30] Elif: Emre you\'re bringing the baklava right',
    ]);
    // "I'm Tired" names no one; a name said lower down is not the writer's.
    expect(withReaderNamed('I\'m Tired\nTired: call the bank')).toBe('I\'m Tired\nTired: call the bank');
    expect(withReaderNamed('notes\nlist\nmore\nI\'m Emre\nEmre: call the bank')).toContain('Emre: call the bank');
  });

  it('knows the reader by "me = Dani" or a chat export\'s "Me (Kemi)", and calling them by name after a sentence asks them', () => {
    expect(withReaderNamed('me = Dani\n[02/11/26, 09:20] Dani: sí I\'ll call them tomorrow')).toContain('] Me: sí I\'ll call them tomorrow');
    const chat = "[01/10/2026, 08:25] Me (Kemi): ok\n[01/10/2026, 09:02] Tunde: I'm printing the programmes. Kemi can you send me the photos tonight?";
    expect(withReaderNamed(chat)).toContain("Tunde: I'm printing the programmes. can you send me the photos tonight?");
    // Called by name before something that asks nothing of them, the name stays.
    expect(withReaderNamed(`${chat}\n[01/10/2026, 09:05] Tunde: Done. Kemi is the best`)).toContain('Done. Kemi is the best');
    const created = parseDump(`${chat}\n[01/10/2026, 09:03] Me (Kemi): sending now`, { today: '2026-10-01', timezone: 'Africa/Lagos', projects: [], tasks: [] });
    expect(confidentTasks(created).map(([title]) => title)).toEqual(['Send Tunde the photos']);
  });

  it('leaves notes alone that do not name the reader', () => {
    expect(withReaderNamed('- Ayla to order the banners')).toBe('- Ayla to order the banners');
  });

  it('creates the reader\'s items and not the others\'', () => {
    const notes = 'Garden club notes\nPresent: Wen, Bruno, me (Ayla)\nAction items:\n- Ayla to order the banners by Friday\n- Bruno - print the flyers';
    expect(created(notes)).toEqual(['Order the banners @2026-03-06']);
  });

  it('reads "1:1 with …" notes as a message, where another\'s labelled item is theirs', () => {
    expect(created('1:1 with Dana - notes\n- Dana: renew the software licence\n- book my eye test')).toEqual(['Book my eye test']);
  });
});

describe('a chat speaker whose name is also an English word', () => {
  it.each([
    ["Will: are we still doing the bake sale?\nMe: yes, I'll ice the cupcakes tonight\nWill: I'll bring the trestle table", ['Ice the cupcakes @2026-03-02']],
    ['Rose: did you book the ferry?\nMe: I will book the ferry tomorrow\nRose: ok, I can pack the cool box', ['Book the ferry @2026-03-03']],
  ])('is the speaker the reader answers, so their own lines are theirs: "%s"', (dump, expected) => {
    expect(created(dump)).toEqual(expected);
  });

  it.each([
    // A group's label asks the reader nothing: its lines stay the reader's.
    ["Garden: weed the beds\nMe: book the dentist\nGarden: I'll mow on Sunday", ['Weed the beds', 'Book the dentist', 'Mow @2026-03-08']],
    ['Will: check the gutters\nMe: renew the passport\nWill: sort the shed', ['Check the gutters', 'Renew the passport', 'Sort the shed']],
  ])('leaves labels over the reader\'s own lines alone: "%s"', (dump, expected) => {
    expect(created(dump)).toEqual(expected);
  });
});

describe('the sender of an email pasted with quote marks', () => {
  it('reads the greeting and the close through the "> " before each line', () => {
    expect(withSendersNamed('> Hello Bram,\n> Could you lend me the trestle tables?\n> Cheers, Wietske')).toBe(
      '> Hello Bram,\n> Could you lend Wietske the trestle tables?\n> Cheers, Wietske',
    );
    expect(withSendersNamed('>> Hi Ade,\n>> Please post me the spare fob.\n>> Many thanks,\n>> Kofi')).toContain('post Kofi the spare fob');
  });

  it('leaves a quoted message with no name in its close, and the reader’s own lines after it, as they are', () => {
    const dump = '> Hi Ade,\n> Please post me the spare fob.\n> Thanks!\n\nlend me the drill back';
    expect(withSendersNamed(dump)).toBe(dump);
  });

  it('names no one in a quoted line that is not a message', () => {
    const dump = '> remember to water the ferns\nask me about the fern food';
    expect(withSendersNamed(dump)).toBe(dump);
  });
});

describe('the reader called by name before a reminder', () => {
  it('is dropped, as before a request', () => {
    const dump = "me = Dani\n[02/11/26, 09:17] Mamá: Dani don't forget you're collecting the pots on Saturday";
    expect(withReaderNamed(dump)).toBe("me = Dani\n[02/11/26, 09:17] Mamá: don't forget you're collecting the pots on Saturday");
  });
});

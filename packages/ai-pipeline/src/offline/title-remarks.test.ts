import { describe, expect, it } from 'vitest';
import { findAside } from './cues.ts';
import { parseDump, readTask } from './parse-dump.ts';
import { segment } from './segment.ts';

const reference = { today: '2027-05-10', timezone: 'Europe/Dublin' };
const read = (text: string) => readTask(text, null, reference);

describe('what a title leaves out at its end', () => {
  it.each([
    ['descale the kettle tomorrow before work', 'Descale the kettle', 'before work'],
    ['bank transfer Friday after the school run', 'Bank transfer', 'after the school run'],
    ['post the birthday card Thursday straight after lunch', 'Post the birthday card', 'straight after lunch'],
  ])('moves when around a routine a dated task falls to the notes: "%s"', (text, title, notes) => {
    const task = read(text);
    expect(task.title).toBe(title);
    expect(task.notes).toBe(notes);
    expect(task.due_date).not.toBeNull();
  });

  it.each([
    ['wipe down the skirting before inspection', 'Wipe down the skirting before inspection'],
    ['restart the cache after migration', 'Restart the cache after migration'],
    ['look after the Nolans dog', 'Look after the Nolans dog'],
    ['tidy up after the barbecue', 'Tidy up after the barbecue'],
  ])('keeps a step said around another with no day of its own, and a verb that takes "after": "%s"', (text, title) => {
    expect(read(text).title).toBe(title);
  });

  it.each([
    ['memorise the soprano line by next choir practice', 'Memorise the soprano line', 'by next choir practice'],
    ['get the chimney swept before winter', 'Get the chimney swept', 'before winter'],
    ['reserve the campsite for Aug', 'Reserve the campsite', 'for Aug'],
    ['update the electoral roll within 2 weeks of moving', 'Update the electoral roll', 'within 2 weeks of moving'],
    ['practise the Satie waltz just for me', 'Practise the Satie waltz', 'just for me'],
  ])('moves a routine\'s next time, a clock hour, a season, a booked month or a span after an event to the notes: "%s"', (text, title, notes) => {
    const task = read(text);
    expect(task.title).toBe(title);
    expect(task.notes).toBe(notes);
    expect(task.due_date).toBeNull();
  });

  it.each([
    ['haircut for me', 'Haircut', 'for me'],
    ['osteopath for myself', 'Osteopath', 'for myself'],
  ])('moves the writer as beneficiary to the notes after a thing named alone: "%s"', (text, title, notes) => {
    expect(read(text)).toMatchObject({ title, notes });
  });

  it('keeps "for me" as the object of a verb said alone: "cover for me"', () => {
    expect(read('cover for me').title).toBe('Cover for me');
  });

  it('reads "till" as a thing, not as a time, on a dated task: "empty the till drawer for March Friday"', () => {
    expect(read('empty the till drawer for March Friday').title).toBe('Empty the till drawer for March');
  });

  it('moves a routine\'s next time to the notes when a bracket gives its day: "rehearse the duet by next lesson (Thursday)"', () => {
    expect(read('rehearse the duet by next lesson (Thursday)')).toMatchObject({ title: 'Rehearse the duet', due_date: '2027-05-13', notes: 'by next lesson' });
  });

  it.each([
    ['prepare the charts for the board review', 'Prepare the charts for the board review'],
    ['file the receipts for October', 'File the receipts for October'],
  ])('keeps a purpose, and the month a thing covers: "%s"', (text, title) => {
    expect(read(text).title).toBe(title);
  });

  it('reads "sometime after" a day as no deadline', () => {
    const task = read('book the boiler service for sometime after 20/6');
    expect(task).toMatchObject({ title: 'Book the boiler service', due_date: null, notes: 'for sometime after 20/6' });
  });
});

describe('a clause run on after the task', () => {
  it.each([
    ['replace the kitchen tap the old one is leaking', 'the old one is leaking'],
    ['buy new wipers the current ones are useless', 'the current ones are useless'],
    ['chase the refund from Aer Lingus they still haven\'t sent it', "they still haven't sent it"],
    ['ask Tomasz if he can swap shifts I need Friday evening', 'I need Friday evening'],
    ['pay the babysitter I owe her for three nights', 'I owe her for three nights'],
  ])('moves a new subject and its verb to the notes: "%s"', (text, aside) => {
    expect(findAside(text)?.value).toBe(aside);
  });

  it.each([
    ['email the council about the bin that never got emptied', 'that never got emptied'],
    ['repaint the gate post that fell over', 'that fell over'],
    ['return the parcel that still hasn\'t been opened', "that still hasn't been opened"],
  ])('moves a "that" clause complaining about the thing to the notes: "%s"', (text, aside) => {
    expect(findAside(text)?.value).toBe(aside);
  });

  it.each([
    'check that the alarm worked',
    'ask Noor if she can drive',
    "file the receipts I haven't scanned",
    'pay the invoice before Friday',
    'email the photos that Dara took',
  ])('keeps "%s" whole', (text) => {
    expect(findAside(text)).toBeNull();
  });
});

describe('a comma after a task\'s day', () => {
  it('starts a new item with a thing named after it', () => {
    expect(segment('ADMIN: file the expense claim today, council tax direct debit').map((item) => item.text)).toEqual([
      'file the expense claim today',
      'council tax direct debit',
    ]);
  });

  it('keeps what points back at the task with it', () => {
    expect(segment('renew the insurance by Friday, it takes ages').map((item) => item.text)).toEqual(['renew the insurance by Friday']);
  });
});

describe('how a task stands, said after its comma', () => {
  it.each([
    ['Return the hedge trimmer, overdue since Friday', 'Return the hedge trimmer'],
    ['Sign the allotment form, the committee’s asking', 'Sign the allotment form'],
    ['Order name badges for the quiz, 40 of them', 'Order name badges for the quiz'],
    ['Book the minibus, budget €300, fingers crossed', 'Book the minibus'],
    ['Chase the plumber’s invoice, long overdue', "Chase the plumber's invoice"],
  ])('leaves the remark out of the title: "%s"', (text, title) => {
    expect(segment(text).map((item) => item.text)).toEqual([title]);
  });

  it('keeps a second task after the comma', () => {
    expect(segment('Return the hedge trimmer, budget the trip').map((item) => item.text)).toEqual(['Return the hedge trimmer', 'budget the trip']);
  });
});

describe('"who" after a person', () => {
  it.each([
    ['reply to the tenant who wants a parking space', 'Reply to the tenant who wants a parking space'],
    ['thank the neighbour who fed the cat', 'Thank the neighbour who fed the cat'],
    ['nag the U12 coaches who still owe match reports', 'Nag the U12 coaches who still owe match reports'],
    ['remind my cubs who forgot their subs', 'Remind my cubs who forgot their subs'],
    ['message everyone who skipped the fire drill', 'Message everyone who skipped the fire drill'],
  ])('keeps the clause that says which person: "%s"', (text, title) => {
    expect(read(text).title).toBe(title);
  });

  it.each([
    ['call the plumber, who never answers', 'Call the plumber', 'who never answers'],
    ['email Jo who owes me 20 quid', 'Email Jo', 'who owes me 20 quid'],
    ['ring the two U12 coaches, who never reply', 'Ring the two U12 coaches', 'who never reply'],
  ])('moves a remark about someone named to the notes: "%s"', (text, title, notes) => {
    const task = read(text);
    expect(task.title).toBe(title);
    expect(task.notes).toBe(notes);
  });
});

describe('a bracket in a title', () => {
  it.each([
    ['order printer paper (10 reams)', 'Order printer paper (10 reams)'],
    ['book the eye test (grade 3)', 'Book the eye test (grade 3)'],
    ['buy tiles (size 30) for the porch', 'Buy tiles (size 30) for the porch'],
  ])('keeps a count or kind of the thing: "%s"', (text, title) => {
    const task = read(text);
    expect(task.title).toBe(title);
    expect(task.notes).toBeNull();
  });

  it.each([
    ['fix the gate (ugh)', 'Fix the gate', 'ugh'],
    ['ice the cake (day 2 visiting)', 'Ice the cake', 'day 2 visiting'],
  ])('moves a remark to the notes: "%s"', (text, title, notes) => {
    const task = read(text);
    expect(task.title).toBe(title);
    expect(task.notes).toBe(notes);
  });

  it.each([
    ['buy batteries before 6', 'Buy batteries'],
    ['call the vet (by 5)', 'Call the vet'],
  ])('reads a bare hour it is due by as today, out of the title: "%s"', (text, title) => {
    const task = read(text);
    expect(task.title).toBe(title);
    expect(task.due_date).toBe(reference.today);
  });

  it.each([
    ['order strings (D, G) for the violas', 'Order strings (D, G) for the violas'],
    ['buy fuses (13 amp + 5 amp)', 'Buy fuses (13 amp + 5 amp)'],
    ['reorder card stock (Conqueror 300gsm)', 'Reorder card stock (Conqueror 300gsm)'],
  ])('keeps the kinds of what is ordered: "%s"', (text, title) => {
    const task = read(text);
    expect(task.title).toBe(title);
    expect(task.notes).toBeNull();
  });

  it.each([
    ['buy party supplies (paper plates, napkins)', 'Buy party supplies', 'paper plates, napkins'],
    ['order the flowers (Gran insisted)', 'Order the flowers', 'Gran insisted'],
    ['buy a kettle (the quiet one)', 'Buy a kettle', 'the quiet one'],
    ['mend the fence (cedar, pine)', 'Mend the fence', 'cedar, pine'],
  ])('moves things listed, a remark, or kinds after no verb of getting to the notes: "%s"', (text, title, notes) => {
    const task = read(text);
    expect(task.title).toBe(title);
    expect(task.notes).toBe(notes);
  });

  it('leaves no title when only a word of when is left once the day is cut', () => {
    expect(read('now due the 19th').title).toBe('');
  });
});

describe('"all" or "everything" before a word of manner', () => {
  it('keeps "everything by size" in its task when no day follows', () => {
    expect(segment('Pack the vases. Tag everything by size.').map((item) => item.text)).toEqual(['Pack the vases', 'Tag everything by size']);
  });

  it('still gives every item the day "all by Friday" names', () => {
    expect(segment('book the vet, pay the sitter and buy food, all by Friday.').map((item) => [item.text, item.dateHint])).toEqual([
      ['book the vet', 'by Friday'],
      ['pay the sitter', 'by Friday'],
      ['buy food', 'by Friday'],
    ]);
  });
});

describe('a condition, a trade-off or a hedge after the task', () => {
  it.each([
    ['renew the safety certificate whether we sail or not', 'Renew the safety certificate', 'whether we sail or not'],
    ['do the tax return instead of the hike', 'Do the tax return', 'instead of the hike'],
    ['get Kayla a gift maybe those climbing shoes she wanted', 'Get Kayla a gift', 'maybe those climbing shoes she wanted'],
  ])('moves it to the notes: "%s"', (text, title, notes) => {
    const task = read(text);
    expect(task.title).toBe(title);
    expect(task.notes).toBe(notes);
  });

  it.each([
    ['fix the flaky recon test for real this time', 'Fix the flaky recon test'],
    ['walk the dogs rain or shine', 'Walk the dogs'],
  ])('drops what only insists: "%s"', (text, title) => {
    expect(read(text).title).toBe(title);
  });

  it.each([
    ['I need to ask Dana if she can do the launch video', 'Ask Dana if she can do the launch video'],
    ['and to ask Mr Patel whether we can borrow his gazebo', 'Ask Mr Patel whether we can borrow his gazebo'],
    ['tell the landlord whether we are renewing the lease', 'Tell the landlord whether we are renewing the lease'],
    ['decide whether to sell the van', 'Decide whether to sell the van'],
  ])('keeps the question a verb of asking asks, wherever the verb stands: "%s"', (text, title) => {
    expect(read(text).title).toBe(title);
  });

  it('keeps the question and still moves a reason after it', () => {
    const task = read('ask my manager whether I can shift my hours because of the swimming');
    expect(task.title).toBe('Ask my manager whether I can shift my hours');
    expect(task.notes).toBe('because of the swimming');
  });
});

describe('how the thing stands, said after the task\'s comma', () => {
  it.each([
    ['fix the van clock, still on winter time', 'fix the van clock', 'still on winter time'],
    ['ring the plumber, still dripping', 'ring the plumber', 'still dripping'],
  ])('is a remark on the task, not more of its title: "%s"', (text, title, aside) => {
    const [item] = segment(text);
    expect(item?.text).toBe(title);
    expect(item?.asides).toEqual([aside]);
  });
});

describe('a question after "about"', () => {
  it('is what the call is about, not a remark', () => {
    expect(findAside("ring Kumari aunty about which day we're visiting")).toBeNull();
    expect(findAside('email the landlord about who pays for the boiler')).toBeNull();
    expect(findAside('call the plumber which is overdue')?.value).toBe('which is overdue');
  });
});

describe('an event named by its hour at the end of a task', () => {
  it.each([
    ['fuel up tomorrow morning before the 8am charter', 'Fuel up', 'before the 8am charter', '2027-05-11', null],
    ['fuel up before the 8am charter', 'Fuel up', 'before the 8am charter', '2027-05-10', '2027-05-10T08:00:00+01:00'],
    ['print the handouts by the 2pm session', 'Print the handouts', 'by the 2pm session', '2027-05-10', '2027-05-10T14:00:00+01:00'],
  ])('goes to the notes whole, its hour still read: "%s"', (text, title, notes, due, start) => {
    const task = read(text);
    expect([task.title, task.notes, task.due_date, task.start_at]).toEqual([title, notes, due, start]);
  });

  it('stays where the hour is the task\'s own, or the event names a day', () => {
    expect(read('catch the 6pm train to Leeds').title).toBe('Catch the train to Leeds');
    expect(read('send the deck by the 10:30 standup tomorrow').notes).toBeNull();
  });
});

describe('a day in brackets after what it dates, then a deadline', () => {
  it.each([
    ['confirm 2 buses for the field trip (5/20) by Friday', '2027-05-14'],
    ['book the hall for the quiz (June 12) by Wednesday', '2027-05-12'],
  ])('is due by the deadline, the bracket being the event\'s day: "%s"', (text, due) => {
    expect(read(text).due_date).toBe(due);
  });

  it('keeps the first day when it is not in brackets of its own', () => {
    expect(read('book the hall for the quiz on June 12 by Wednesday').due_date).toBe('2027-06-12');
  });
});

describe('"esp." and "incl."', () => {
  it('end no sentence', () => {
    const titles = segment('check the hives esp. the two by the walnut. Order more frames').map((item) => item.text);
    expect(titles).toEqual(['check the hives esp. the two by the walnut', 'Order more frames']);
  });

  it('after a comma, open a remark on the task before them', () => {
    const drafted = parseDump('heft the hives again, esp. the two by the walnut', { ...reference, projects: [], tasks: [] }).flatMap((operation) =>
      operation.op === 'create_task' ? [[operation.title, operation.notes]] : [],
    );
    expect(drafted).toEqual([['Heft the hives again', 'esp. the two by the walnut']]);
  });
});

import type { DraftContext } from '../drafter.ts';
import { PREPARING_RUNS, prepareDateReaders } from './dates.ts';
import { parseDump } from './parse-dump.ts';
import { loadSpellingWordLists } from './spelling.ts';

/**
 * A dump of the shapes the parser reads (headings, labels, bullets, inline lists, a message with
 * owners, a chat line, prose with clauses, efforts, dates, repeats, cues, updates to an open task,
 * other languages, a pronoun or "it" standing for what was named, a pictured list, a bracket tag), so
 * its own patterns are compiled before the first real dump.
 */
const PREPARING_DUMP = `Sunday night brain dump

# Garden
- [ ] mow the lawn Saturday 30 min p2
- [x] rake leaves
- buy compost, seeds and gloves #home @shop
Project: Kitchen renovation
1) call the tiler tomorrow at 9 2) order tiles by the 15th 3) pay deposit before Christmas
URGENT: renew passport by end of month

Work stuff first. Need to finish the Q3 report by Friday 3pm, and then email Sam the slides — he asked twice.
The website redesign is finally moving. Draft the brief next week and book a call with the agency every Monday at 10.

So the big thing hanging over me is the garage conversion, which keeps slipping. Get quotes this week. Check the permit.
Honestly I'm exhausted, ugh. Dentist on 3/12 at 4:30pm (don't forget!!) and the car needs its MOT in 2 weeks.
Move the dentist appointment to Thursday week. Water bill is done. Maybe sort the photos someday, no rush.
📌 pick up the parcel 📌 text Mia about Sunday lunch
✅ booked the flights
ERRANDS
post office, bank and the pharmacy (before 6). Prep for the Friday meeting.
Leo's final is Saturday, don't miss it. House things:
- fix the tap
School reopens on the 8th, so buy the uniform before then. Registration closes Friday at 2,300 entries.
Gym 3x a week and 1:1s every other Friday; cancel my 2pm. In 10 days - get visa photos taken. Order the cake before Father's Day.

Action items:
Maria: update the pricing page by Wednesday
Leon - share brand assets
Me: send the contract tonight
[10:42] Priya: can you review my PR before 5?
Zahnarzt Dienstag 10 Uhr, payer la cantine samedi, dentista mañana.

Firstly, the shed roof is leaking again, so patch it up before the rain. Oh and clear that out of the hall too.
Nora's recital is on Friday, get her some tulips and ask if she needs a lift. Dad rang last night, call him back this month.
Gave the drill back to Omar. Can you check the boiler please
Morning swim before work. Find out who owns the blue van, and pay the deposit 2 days before the trip.
Before Friday, could you please (1) renew the domain (2) back up the laptop
[health] book a skin check in the morning, the night before the long weekend
Cancel my 2pm, the 3rd floor printer is jammed; order toner by the 2nd of June at the latest.
🎉 Ana's leaving party
🎈 order balloons
🎂 collect the cake Friday
Granny's flat needs sorting before next year, visit her in a month.
el lunes que viene llamar al fontanero a la tarde, morgen früh Bäcker, in zwei Wochen Steuer, dans deux semaines le loyer, ce soir appeler Léa, jeudi prochain réunion, fin de semana en la playa.
That's it for now.
Thanks,
Sam`;

const PREPARING_CONTEXT: DraftContext = {
  today: '2026-01-05',
  timezone: 'Europe/London',
  projects: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Garden' }],
  tasks: [
    { id: '00000000-0000-4000-8000-000000000002', title: 'Dentist appointment', project_id: null, due_date: '2026-01-07', status: 'open' },
    { id: '00000000-0000-4000-8000-000000000003', title: 'Pay the water bill', project_id: null, due_date: null, status: 'open' },
  ],
};

const ABOVE_LATIN_1 = /[\u0100-\u{10FFFF}]/gu;

/**
 * Does now what the offline parser would otherwise do in the first dumps it reads: loads the
 * word lists (about 400 ms), compiles chrono's patterns for every language it reads, then parses
 * a dump of its own so the parser's patterns are compiled too. V8 compiles a pattern apart for
 * one-byte and two-byte strings (a dump with an emoji or a dash is two-byte; the sample has both,
 * and a Latin-1 copy of it is the one-byte form). A server that drafts offline calls this at
 * start, so no request waits for it.
 */
export function prepareOfflineParser(): void {
  loadSpellingWordLists();
  prepareDateReaders();
  const oneByte = PREPARING_DUMP.replace(ABOVE_LATIN_1, '-');
  for (let run = 0; run < PREPARING_RUNS; run++) for (const dump of [oneByte, PREPARING_DUMP]) parseDump(dump, PREPARING_CONTEXT);
}

import type { EvalCase } from './dumps.ts';

/**
 * Twelfth fresh development set of issue #19 (thirtieth round): 48 everyday dumps written from the
 * text alone by two helpers who neither read nor ran the parser (they read only the `EvalCase` type
 * and examples of `eval/dumps.ts`, `eval/score.ts`, the Dates section and the start of the
 * Evaluation section of docs/ai.md, the header comments of `general-dev.ts` and the tenth and
 * eleventh fresh sets, and a few whole cases of the eleventh). Read once unseen, before any rule was
 * changed for it.
 *
 * Part A (the first 24): the established voices, the first word of each name: `terse` (a dash list,
 * a comma list), `prose`, `dictation` (one correcting itself), `slack`, `email` (two), `whatsapp`,
 * `meeting`, `feelings`, `us-dates`, `uk-dates`, `foreign-dates` (Portuguese and Italian mixed with
 * English), `emoji`, `project`s named in prose, `label`s (people, places), `groups` (markdown
 * headings; upper-case headings over unbulleted lines, with a loose paragraph after them) and
 * `conditions`. 7 dumps state groups; 195 expected tasks, 7 updates (open tasks in three dumps: done,
 * moved, cancelled) and 5 stated priorities; one long dump (1,308 characters, 20 tasks). `today`
 * falls on clock changes (Melbourne, Auckland, Halifax, Denver, Edmonton, Detroit, Paris, the day
 * after in Warsaw), holidays and month and year ends in 24 zones.
 *
 * Part B (the last 24): twelve new voices, one dump each (`gtd`, `packing`, `estimates`,
 * `strikethrough`, `applenotes`, `arrows`, `teacher`, `thread`, `sms`, `household`,
 * `second-person`, `taglish`), and twelve in established voices (`nothing`, `oneliner`, `long`,
 * `done`, `us-dates`, `groups`, `label`, `project`). 198 expected tasks and 11 updates (open tasks in
 * five dumps), 10 stated priorities; 7 dumps state groups (markdown and upper-case headings, `#tags`,
 * emoji headings, clients as labels, a production named in prose, loose "Me:" and "Separately, my
 * own stuff:" lines); the `long` dumps are 1,475 and 1,315 characters with 18 and 20 tasks. `today`
 * falls on clock changes, month and year ends and holidays in 21 zones.
 *
 * People: a piano tuner, a cheesemonger, a lighthouse volunteer, a hospital porter, an ice-cream van
 * driver, a deer-fence contractor, a submarine cable engineer, a funeral celebrant, a school bus
 * dispatcher, a lifeguard, an escape-room owner, a sourdough baker, a vintage-car restorer, a bee
 * inspector, a dog groomer, a costume designer, a climbing-gym setter, a greenhouse grower, a library
 * courier, a ferry deckhand, an orthodontist, a marathon pacer, a court interpreter, a cider maker, a
 * university admissions officer, a parent of twins, a subtitle translator, a cinema projectionist, a
 * living kidney donor, a wedding DJ, a Spanish teacher, a rural postie, a farrier, a shared house, a
 * sign-language interpreter, a night-market kakanin seller, a hospital chaplain, an insurance adjuster
 * after a hailstorm, a food-bank coordinator, a tree surgeon, an audiologist, a care-home minibus
 * driver, a choir director, a ski patroller, a tiler and a puppet maker.
 *
 * Every due date was computed with a Node script against each case's `today`, which printed its
 * weekday for a check by hand. Expected values follow the header of `general-dev.ts`, the date table
 * of docs/ai.md and the judgement calls of the earlier fresh sets. Plus these (part A):
 * - Under a person's label, titles keep the person's pronouns ("Mom: take her to brunch" is "Take
 *   her to brunch" in project "Mom"; "Grandpa Ed: call him" is "Call him"); the label says who.
 * - A bracketed place after a label's name is dropped like a role ("Lab (Al Quoz):" is "Lab").
 * - "Before then I need you to:" in a pasted email dates the items under it that name no day of
 *   their own the day before the event named just above it.
 * - A plan resting on fruit ripening ("if the Dabinett apples are ready by Wednesday, start picking
 *   them Thursday") is a task, as a plan resting on the weather is; "once X is done, do Y" is the
 *   task Y without a date; "if the bank says no, ask Papa" is none.
 * - An open task written again with a new day in dictation ("the mackenzie invoice ill send by
 *   friday now") moves it; a move taken back ("push the trailer wof to next month no wait leave it")
 *   is no update.
 * - "staff Christmas lunch booking" and "PTO request for Thanksgiving week" name things and take no
 *   holiday's date; "ring mum about the weekend" names a topic and takes no date.
 *
 * And these (part B):
 * - GTD contexts (`@calls`, `@errands`, `@computer`) say where a task can be done, not what it is
 *   for: they are no projects (the dump is ungrouped, no `project` keys); a bare name under
 *   `@calls` is "Call <name> …". "Waiting for" items are other people's, no tasks, except a chase
 *   the person sets themselves ("chase her Thursday"). "Someday/maybe" items are tasks with low
 *   priority and no due date.
 * - A packing list, one item a line, is one task a line titled "Pack X", as a shopping list's lines
 *   are "Buy X"; "pack weds night:" dates its items; "before we leave:" dates its items the day
 *   before the departure said above it; the trip itself is no task.
 * - Time estimates ("(45 min)", "~3h", "2h:") are neither due dates nor part of titles.
 * - `~~struck~~` items are done: an open task struck is done, anything else is nothing; a Notion
 *   callout holding a to-do is a task (ungrouped, above the headings); a toggle's notes are no tasks.
 * - An Apple Notes checklist: `○` lines are tasks, `✓` lines are done; the note's first line "before
 *   the 24th" is a date heading (its items the 23rd), not a project.
 * - A chain of steps ("call Raj → confirm venue load-in time → send final run sheet … by Fri") is one
 *   task a step; a date belongs to the step it is written in, the earlier steps have none.
 * - A teacher's week: day headings date their lines; period labels ("P3 non-contact:") leave the title.
 * - A numbered thread ("1/6 …"): each post is prose, the numbering is no date or project.
 * - Messages sent to oneself: time stamps are no due dates; a relative date is read from the
 *   message's own day ("Yesterday 2:40 PM: call Dr. Hale tomorrow" is today); a later message can
 *   undo an earlier one ("Pruitt paid 👍" marks the open chase done).
 * - A shared-house list: items under other housemates' names are theirs, "me:" and "everyone:"
 *   items are the person's; the names are no projects (the dump is ungrouped).
 * - Written to oneself as "you": "you need to X", "you promised Y you'd X", "you said you'd X" are
 *   tasks titled from X; advice ("drink water") is none.
 * - Taglish: titles keep the mixed language; "bukas" is tomorrow, "mamaya" today.
 */

const BAKER_FLOUR = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e01';
const BAKER_OVEN = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e02';
const BAKER_CLASS = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e03';
const BAKER_STALL = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e04';
const CAR_CHROME = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e05';
const CAR_SEATS = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e06';
const CAR_INSURANCE = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e07';
const FENCE_MACKENZIE = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e08';
const FENCE_PRINGLE = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e09';
const FENCE_TRAILER = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e10';
const BOOTH_PRINT = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f01';
const BOOTH_GLASS = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f02';
const TREE_CHIPPER = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f03';
const TREE_QUOTE = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f04';
const TREE_TPO = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f05';
const TREE_HARNESS = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f06';
const AUD_CALIBRATION = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f07';
const AUD_LIM = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f08';
const AUD_CPD = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f09';
const AUD_WEBINAR = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f10';
const DONOR_BLOODWORK = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f11';
const FARRIER_PRUITT = '8e3f5a71-2b4c-4d6e-9fa0-1b2c3d4e5f12';

export const generalTwelfthFreshCases: EvalCase[] = [
  {
    name: 'terse 1: piano tuner in Melbourne on Easter Sunday as the clocks go back, dash list',
    today: '2026-04-05',
    timezone: 'Australia/Melbourne',
    text: "easter sunday + clocks went back, finally an extra hour of sleep\n- tune the Steinway at Hamer Hall tues am\n- Mrs Adeyemi upright, sticky F#, tmrw arvo\n- order felt hammers + bridle straps from Jaques\n- invoice St Kilda primary for 3 pianos\n- pitch raise on the Brunswick church Bösendorfer thurs week\n- renew public liability before 30/4\n- ring Theo re sharing the van\n- dropped my tuning fork, buy a new A440 fork\n- drop kids at mum's wed morning (school hols, she's got them till fri)",
    tasks: [
      { title: 'Tune the Steinway at Hamer Hall', due: '2026-04-07' },
      { title: 'Mrs Adeyemi upright, sticky F#', due: '2026-04-06' }, // tmrw arvo: Easter Monday
      { title: 'Order felt hammers + bridle straps from Jaques', due: null },
      { title: 'Invoice St Kilda primary for 3 pianos', due: null },
      { title: 'Pitch raise on the Brunswick church Bösendorfer', due: '2026-04-16' }, // "thurs week": a week after the coming Thursday (9 April)
      { title: 'Renew public liability', due: '2026-04-29' }, // "before 30/4": the day before
      { title: 'Ring Theo re sharing the van', due: null },
      { title: 'Buy a new A440 fork', due: null },
      { title: "Drop kids at Mum's", due: '2026-04-08' },
    ],
  },
  {
    name: 'terse 2: Montréal cheesemonger on Canada Day and moving day, comma list',
    today: '2027-07-01',
    timezone: 'America/Toronto',
    text: "canada day AND moving day, shop's closed and half the plateau is on the sidewalk with mattresses. list: flip the tommes, call Fromagerie Hamel re the raclette order, pay Hydro by the 5th, new cheese wire, staff schedule by sat, help Marc move at 2, dentist mon 8:30, Élodie's bday gift, cave temp log (done), renew food handler cert, order more charcuterie paper whenever",
    tasks: [
      { title: 'Flip the tommes', due: null },
      { title: 'Call Fromagerie Hamel re the raclette order', due: null },
      { title: 'Pay Hydro', due: '2027-07-05' },
      { title: 'New cheese wire', due: null },
      { title: 'Staff schedule', due: '2027-07-03' },
      { title: 'Help Marc move', due: '2027-07-01' }, // a bare time of day is today
      { title: 'Dentist', due: '2027-07-05' },
      { title: "Élodie's bday gift", due: null },
      { title: 'Renew food handler cert', due: null },
      { title: 'Order more charcuterie paper', due: null, priority: 'low' },
    ],
  },
  {
    name: 'prose 1: lighthouse volunteer in Nova Scotia the day the clocks go forward',
    today: '2027-03-14',
    timezone: 'America/Halifax',
    text: "Lost an hour to the clocks last night and I can feel it. Spent the morning up at the lighthouse with Gord. The lamp room glass is filthy again from the winter salt, Gord says he'll do it Saturday, and somebody has been feeding the gulls off the railing, which I will never understand. The society's AGM is on the 27th and I said I'd have the treasurer's report ready for it, so I want it done the week before. I also promised to email the Parks Canada woman about the heritage plaque wording and I keep forgetting. The donation box lock is busted, so get a new padlock next time I'm at Kent. On the home front, my sister lands Thursday evening from Calgary and I have to pick her up at the airport, and the spare room is a disaster, clean it up Wednesday night. Dad's hearing aid appointment is Tuesday at 10 and I'm driving him. Oh, and the old fog horn tapes for the museum display, Gord thinks they're in my basement, have a look this week.",
    tasks: [
      { title: "Have the treasurer's report ready", due: '2027-03-20' }, // "the week before" the AGM on Saturday the 27th
      { title: 'Email the Parks Canada woman about the heritage plaque wording', due: null },
      { title: 'Get a new padlock for the donation box', due: null },
      { title: 'Pick up my sister at the airport', due: '2027-03-18' },
      { title: 'Clean up the spare room', due: '2027-03-17' },
      { title: 'Drive Dad to his hearing aid appointment', due: '2027-03-16' },
      { title: 'Look for the old fog horn tapes in my basement', due: '2027-03-19' }, // "this week" said on a Sunday: the Friday ahead
    ],
  },
  {
    name: 'prose 2: hospital porter in Johannesburg working on Freedom Day',
    today: '2027-04-27',
    timezone: 'Africa/Johannesburg',
    text: "Freedom Day and I'm on the 7-to-7 anyway, somebody has to push the beds. Public holiday shifts pay double so I'm not complaining that much. Things I keep meaning to do: my overtime claim for March still hasn't gone through, I need to go see Mrs Pillay in payroll about it before the end of the month. The wheelchair in ward 6 with the wobbly wheel, I must log a job card for it tomorrow otherwise somebody is going to fall. Thandi's school wants the trip money by Friday, R350. My licence disc expires end of May so renew it mid-May, not last minute like last year. The union meeting is Thursday at lunch and I told Sipho I'd come. I need new work shoes, these ones are finished. Mama's birthday is Sunday, buy her the airtime voucher and the cake from Woolies on Saturday.",
    tasks: [
      { title: 'See Mrs Pillay in payroll about my overtime claim', due: '2027-04-30' }, // "before the end of the month": its last day
      { title: 'Log a job card for the wheelchair in ward 6', due: '2027-04-28' },
      { title: "Pay Thandi's school trip money", due: '2027-04-30' },
      { title: 'Renew my licence disc', due: '2027-05-15' }, // mid-May
      { title: 'Go to the union meeting', due: '2027-04-29' },
      { title: 'Buy new work shoes', due: null },
      { title: 'Buy Mama the airtime voucher and the cake from Woolies', due: '2027-05-01' },
    ],
  },
  {
    name: 'dictation 1: ice-cream van driver in Sydney on Australia Day',
    today: '2027-01-26',
    timezone: 'Australia/Sydney',
    text: 'ok australia day and its 38 degrees so the van did a killing at bronte this morning um things to remember the generators making that rattle again so book it in with dave at the mechanics tomorrow and order more flake bars and rainbow sprinkles from the wholesaler before friday were nearly out and the council permit for the summer markets needs renewing by the end of the month and pay the ice supplier invoice and ring mum about the weekend and the kids want to come on the saturday run so check the spare seat belts before then',
    tasks: [
      { title: 'Book the generator in with Dave at the mechanics', due: '2027-01-27' },
      { title: 'Order more flake bars and rainbow sprinkles from the wholesaler', due: '2027-01-28' }, // "before friday": the day before
      { title: 'Renew the council permit for the summer markets', due: '2027-01-31' },
      { title: 'Pay the ice supplier invoice', due: null },
      { title: 'Ring Mum about the weekend', due: null }, // the weekend is the topic
      { title: 'Check the spare seat belts', due: '2027-01-29' }, // "before then": the day before the Saturday run
    ],
  },
  {
    name: 'dictation 2: deer-fence contractor in New Zealand as the clocks go forward, correcting himself, with open tasks',
    today: '2026-09-27',
    timezone: 'Pacific/Auckland',
    open: [
      { id: FENCE_MACKENZIE, title: 'Send the invoice for the Mackenzie job', due_date: '2026-09-25' },
      { id: FENCE_PRINGLE, title: 'Quote for the Pringle deer fence', due_date: null },
      { id: FENCE_TRAILER, title: 'Trailer WOF', due_date: '2026-10-15' },
    ],
    text: 'right clocks went forward last night so im already an hour behind um notes for the week the henderson job out at ohakune starts wednesday so i need to pick up the 2 metre netting from farmlands on monday no tuesday theyre shut monday for stocktake and get the post driver serviced before wednesday and ring craig about borrowing his tractor actually no ring his brother wayne its waynes tractor oh and the pringle quote went out yesterday so thats done and the mackenzie invoice ill send by friday now and push the trailer wof to next month no wait leave it where it is and book the dog in for his jabs and aroha wants me to call her mum on her birthday thats thursday no sorry friday',
    tasks: [
      { title: 'Pick up the 2 metre netting from Farmlands', due: '2026-09-29' }, // "monday no tuesday"
      { title: 'Get the post driver serviced', due: '2026-09-29' }, // "before wednesday": the day before
      { title: 'Ring Wayne about borrowing his tractor', due: null },
      { title: 'Book the dog in for his jabs', due: null },
      { title: "Call Aroha's mum on her birthday", due: '2026-10-02' }, // "thursday no sorry friday"
    ],
    updates: [
      { task_id: FENCE_PRINGLE, status: 'done' },
      { task_id: FENCE_MACKENZIE, due: '2026-10-02' },
    ],
  },
  {
    name: 'slack 1: submarine cable engineer in Singapore on National Day',
    today: '2027-08-09',
    timezone: 'Asia/Singapore',
    text: "#sg-marine-ops\n[08:41] Priyanka: happy National Day all 🇸🇬 ship's still out though. @Wen Jie can you send the splice report for segment S3 to the client by Wednesday?\n[08:43] Wen Jie: yes will do\n[08:44] Priyanka: @Marcus please book the ROV crew for the Batam survey, 16th onwards\n[08:50] Marcus: on it\n[08:52] Priyanka: @Wen Jie the OTDR traces from Friday look off, can you rerun them?\n[08:53] Wen Jie: ok 👍 will rerun tmrw morning\n[09:05] Aiko: whoever's free, the spares inventory needs updating before the audit on the 20th\n[09:06] Wen Jie: I'll take the inventory\n[09:10] Priyanka: ty. everyone submit timesheets by EOD Thursday pls\n\nme later: renew my BOSIET before Sept, it lapses. pick up the durian cake for the kids tonight",
    tasks: [
      { title: 'Send the splice report for segment S3 to the client', due: '2027-08-11' },
      { title: 'Rerun the OTDR traces', due: '2027-08-10' },
      { title: 'Update the spares inventory', due: '2027-08-19' }, // "before the audit on the 20th": the day before
      { title: 'Submit my timesheet', due: '2027-08-12' },
      { title: 'Renew my BOSIET', due: '2027-08-31' }, // "before Sept": the last day before September
      { title: 'Pick up the durian cake for the kids', due: '2027-08-09' },
    ],
  },
  {
    name: 'email 1: a bereaved family to a funeral celebrant in Edmonton the night the clocks go back',
    today: '2026-11-01',
    timezone: 'America/Edmonton',
    text: "From the Kowalczyk family, deal with this tonight:\n\n> Dear Ruth,\n> Thank you so much for sitting with us on Friday. Mum's service is confirmed for Saturday, November 7 at 11am at the Beechmount chapel. Could you send us a draft of the eulogy by Wednesday so Dad can read it through? We'd also love it if you could include the poem Andrzej chose, I'll scan it and send it to you tomorrow. Please let us know by Thursday how long the tribute slideshow can run. And please send your invoice to my brother Tomasz after the service.\n> Warmly, Kasia\n\nme: ask the chapel whether they have a piano, tomorrow first thing. print the order of service Friday. clocks went back last night so the oven clock is wrong again, fix it.",
    tasks: [
      { title: 'Send a draft of the eulogy', due: '2026-11-04' },
      { title: 'Include the poem Andrzej chose', due: null },
      { title: 'Let them know how long the tribute slideshow can run', due: '2026-11-05' },
      { title: 'Send my invoice to Tomasz', due: '2026-11-08' }, // "after the service" (Saturday 7 November): the day after
      { title: 'Ask the chapel whether they have a piano', due: '2026-11-02' },
      { title: 'Print the order of service', due: '2026-11-06' },
      { title: 'Fix the oven clock', due: null },
    ],
  },
  {
    name: 'email 2: transportation director to a school bus dispatcher in New York before Labor Day',
    today: '2026-08-31',
    timezone: 'America/New_York',
    text: "Forwarding to myself so I don't lose it.\n\n---------- Forwarded message ---------\nFrom: Denise Whitaker <d.whitaker@lakeview-schools.org>\nSubject: Opening week\n\nHi Luis,\nFirst day of school is Wednesday 9/9. Before then I need you to:\n- finalize the route sheets for all 14 buses and get them to me by Friday 9/4\n- confirm with Reyes Towing that the spare bus is back from the shop\n- run the radio check with all drivers at orientation on 9/8\nGary will handle the new driver badges and Pam is updating the parent portal. Please also send me the sub driver list by 9/3.\nThanks,\nDenise\n\nmy stuff: Labor Day is Monday so payroll cutoff moves up, submit my hours Friday. call Maria's pediatrician tomorrow",
    tasks: [
      { title: 'Finalize the route sheets for all 14 buses', due: '2026-09-04' },
      { title: 'Confirm with Reyes Towing that the spare bus is back from the shop', due: '2026-09-08' }, // "Before then": the day before the first day of school (9/9)
      { title: 'Run the radio check with all drivers at orientation', due: '2026-09-08' },
      { title: 'Send Denise the sub driver list', due: '2026-09-03' },
      { title: 'Submit my hours', due: '2026-09-04' },
      { title: "Call Maria's pediatrician", due: '2026-09-01' },
    ],
  },
  {
    name: 'whatsapp 1: lifeguard in Honolulu on Kamehameha Day, family group',
    today: '2026-06-11',
    timezone: 'Pacific/Honolulu',
    text: "[6/11/26, 6:02 PM] Auntie Lei: Happy Kamehameha Day ohana!! parade was so nice this morning\n[6/11/26, 6:05 PM] Mom: Kai you're still bringing the pop-up tent for Grandpa's 80th on Sunday right?\n[6/11/26, 6:07 PM] Me: yes I'll grab it from the tower storage Saturday\n[6/11/26, 6:08 PM] Mom: somebody also needs to pick up the lei from the lady in Kalihi Saturday morning\n[6/11/26, 6:10 PM] Keoni: I got the lei\n[6/11/26, 6:12 PM] Mom: and Kai please call the bakery tomorrow to change the cake to haupia\n[6/11/26, 6:13 PM] Me: ok ok\n[6/11/26, 6:20 PM] Auntie Lei: everyone send your old photos of Grandpa to Malia by Friday for the slideshow!!\n[6/11/26, 6:31 PM] Me: will do 🤙\n\nto do: recert CPR before the 30th, swap Tuesday shift w/ Noa",
    tasks: [
      { title: 'Grab the pop-up tent from the tower storage', due: '2026-06-13' },
      { title: 'Call the bakery to change the cake to haupia', due: '2026-06-12' },
      { title: 'Send my old photos of Grandpa to Malia', due: '2026-06-12' },
      { title: 'Recert CPR', due: '2026-06-29' }, // "before the 30th": the day before
      { title: 'Swap Tuesday shift with Noa', due: null }, // the weekday names which shift
    ],
  },
  {
    name: 'meeting 1: escape-room staff meeting in Warsaw on Easter Monday, the day after the clocks went forward',
    today: '2027-03-29',
    timezone: 'Europe/Warsaw',
    text: 'Staff meeting, Easter Monday 29.03, before opening\n(clocks went forward yesterday and Kuba still showed up an hour late lol)\nPresent: Ola (me), Kuba, Marta, Piotr\n\n- sarcophagus lock in Pharaoh keeps jamming → Piotr orders a new maglock, Ola rewires the reed switch Tuesday\n- corporate enquiry from Allegro → Marta\n- update the holiday opening hours on Google → Ola, by tomorrow\n- Kuba finishes the Submarine periscope prop by mid-April, Ola sends the sound designer the brief for Submarine this week\n- everyone: playtest Submarine Friday 9 April after close\n- Ola: pay ZUS by 15 April\n- Ola + Marta: interview the two game-master applicants Thursday\n- Piotr on holiday 5-9 April\n- next meeting 26.04',
    tasks: [
      { title: 'Rewire the reed switch', due: '2027-03-30' },
      { title: 'Update the holiday opening hours on Google', due: '2027-03-30' },
      { title: 'Send the sound designer the brief for Submarine', due: '2027-04-02' },
      { title: 'Playtest Submarine', due: '2027-04-09' },
      { title: 'Pay ZUS', due: '2027-04-15' },
      { title: 'Interview the two game-master applicants', due: '2027-04-01' },
    ],
  },
  {
    name: "feelings 1: sourdough baker in Brussels on New Year's Eve, burnt out, with open tasks",
    today: '2026-12-31',
    timezone: 'Europe/Brussels',
    open: [
      { id: BAKER_FLOUR, title: 'Order 25kg bags of T80 from the mill', due_date: '2026-12-30' },
      { id: BAKER_OVEN, title: 'Get the deck oven thermostat looked at', due_date: null },
      { id: BAKER_CLASS, title: 'Run the January sourdough class', due_date: '2027-01-09' },
      { id: BAKER_STALL, title: 'Pay the Sunday market stall fee', due_date: '2027-01-03' },
    ],
    text: "Last day of the year and I'm just empty. Three hundred loaves a day for the Christmas rush on four hours of sleep, and now the shop is quiet and I don't know what to do with myself. Everyone's going out tonight and all I want is to sit in the dark with the cat. I keep wondering whether this bakery is worth it. Lieve says I'm burnt out and she's probably right. At least the flour order went in yesterday. The oven thermostat can wait until after the holidays, I'll call the technician on the 4th. I'm cancelling the January class, I can't face it, so email the six people who booked and refund them. Should probably see the doctor about the sleep thing. Feed the starter tonight either way, she doesn't care what year it is.",
    tasks: [
      { title: 'Email the six people who booked and refund them', due: null },
      { title: 'See the doctor about the sleep thing', due: null },
      { title: 'Feed the starter', due: '2026-12-31' },
    ],
    updates: [
      { task_id: BAKER_FLOUR, status: 'done' },
      { task_id: BAKER_OVEN, due: '2027-01-04' },
      { task_id: BAKER_CLASS, status: 'cancelled' },
    ],
  },
  {
    name: 'us-dates 1: vintage-car restorer in Detroit the day the clocks fall back, with open tasks',
    today: '2027-11-07',
    timezone: 'America/Detroit',
    open: [
      { id: CAR_CHROME, title: 'Pick up the bumpers from the chrome plater', due_date: '2027-11-05' },
      { id: CAR_SEATS, title: 'Drop off the Mustang seats at the upholsterer', due_date: '2027-11-10' },
      { id: CAR_INSURANCE, title: 'Renew the garage insurance', due_date: '2027-12-01' },
    ],
    text: "clocks fell back, bonus hour in the shop 🙌\n- Bel Air wiring harness shows up 11/9, install it 11/10\n- picked up the chrome bumpers Fri, done\n- upholsterer pushed me back, Mustang seats drop-off is now 11/17\n- order the Holley carb rebuild kit\n- call the Dearborn Secretary of State re the Bel Air title Tues\n- pay Mike for the media blasting ($640) by 11/12\n- Veterans Day 11/11, shop closed, take Dad to the parade\n- winterize the GTO before the first freeze, say 11/15\n- invoice the Hendricks for the Corvair by 11/30\n- Thanksgiving 11/25, I'm on pies, order them by 11/20",
    tasks: [
      { title: 'Install the Bel Air wiring harness', due: '2027-11-10' },
      { title: 'Order the Holley carb rebuild kit', due: null },
      { title: 'Call the Dearborn Secretary of State re the Bel Air title', due: '2027-11-09' },
      { title: 'Pay Mike for the media blasting', due: '2027-11-12' },
      { title: 'Take Dad to the parade', due: '2027-11-11' },
      { title: 'Winterize the GTO', due: '2027-11-15' },
      { title: 'Invoice the Hendricks for the Corvair', due: '2027-11-30' },
      { title: 'Order the pies', due: '2027-11-20' },
    ],
    updates: [
      { task_id: CAR_CHROME, status: 'done' },
      { task_id: CAR_SEATS, due: '2027-11-17' },
    ],
  },
  {
    name: 'uk-dates 1: bee inspector in the Welsh Marches at the end of May',
    today: '2026-05-31',
    timezone: 'Europe/London',
    text: "End of May already and swarm season is mental.\n- inspect Mr Pryce's apiary in Ludlow Weds 3rd (suspected EFB)\n- allotment hives at Clun, Tues\n- Hereford college training apiary visit 11/6\n- May inspection returns to the NBU by 5/6\n- chase the lab re the Knighton samples (sent 22/5)\n- van MOT before 14/6\n- order more sample jars + disposable gloves\n- book a table at the Feathers for Gemma's birthday (Fri 5th)\n- swarm off the church wall in Bishop's Castle, collected Friday ✅",
    tasks: [
      { title: "Inspect Mr Pryce's apiary in Ludlow", due: '2026-06-03' },
      { title: 'Allotment hives at Clun', due: '2026-06-02' },
      { title: 'Hereford college training apiary visit', due: '2026-06-11' },
      { title: 'May inspection returns to the NBU', due: '2026-06-05' },
      { title: 'Chase the lab re the Knighton samples', due: null },
      { title: 'Van MOT', due: '2026-06-13' }, // "before 14/6": the day before
      { title: 'Order more sample jars + disposable gloves', due: null },
      { title: "Book a table at the Feathers for Gemma's birthday", due: '2026-06-05' }, // the remark names the birthday's day
    ],
  },
  {
    name: 'foreign-dates 1: dog groomer in São Paulo on Independence Day, Portuguese and English',
    today: '2026-09-07',
    timezone: 'America/Sao_Paulo',
    text: 'feriado de 7 de setembro, salão fechado, finally a day off 🙏\n- banho e tosa do Thor (golden) amanhã 9h, owner wants him short\n- pagar o aluguel do salão até sexta\n- order more of the oatmeal shampoo, tá acabando\n- levar a Mel no vet quarta\n- fazer a inscrição no curso de tosa asiática, vence dia 15\n- call the supplier about the broken dryer semana que vem\n- pagar o DAS do MEI, fim do mês\n- comprar presente pra minha mãe, aniversário dela é sábado',
    tasks: [
      { title: 'Banho e tosa do Thor', due: '2026-09-08' },
      { title: 'Pagar o aluguel do salão', due: '2026-09-11' },
      { title: 'Order more of the oatmeal shampoo', due: null },
      { title: 'Levar a Mel no vet', due: '2026-09-09' }, // "quarta": the coming Wednesday
      { title: 'Fazer a inscrição no curso de tosa asiática', due: '2026-09-15' },
      { title: 'Call the supplier about the broken dryer', due: '2026-09-14' }, // "semana que vem": next week's Monday
      { title: 'Pagar o DAS do MEI', due: '2026-09-30' },
      { title: 'Comprar presente pra minha mãe', due: '2026-09-12' }, // her birthday is Saturday
    ],
  },
  {
    name: 'foreign-dates 2: costume designer in Milan on Liberation Day, Italian and English',
    today: '2026-04-25',
    timezone: 'Europe/Rome',
    text: "25 aprile, corteo in the morning then straight back to the atelier because Traviata opens in three weeks and nothing is ready.\n- final fitting of Violetta's act 2 gown with Chiara lunedì prossimo\n- order 12m of the silk taffeta from the shop in Como entro mercoledì\n- dye the chorus shawls domani, studio is free\n- send the costume bible to the director entro venerdì\n- chiamare la sartoria Tirelli about renting the men's tailcoats\n- pay the freelance cutters fine mese\n- fiori per il compleanno della mamma (è il 2), comprarli il giorno prima\n- dopodomani: pick up the wigs from Rossi",
    tasks: [
      { title: "Final fitting of Violetta's act 2 gown with Chiara", due: '2026-04-27' }, // "lunedì prossimo" said on a Saturday: the Monday two days on
      { title: 'Order 12m of the silk taffeta from the shop in Como', due: '2026-04-29' },
      { title: 'Dye the chorus shawls', due: '2026-04-26' },
      { title: 'Send the costume bible to the director', due: '2026-05-01' },
      { title: "Chiamare la sartoria Tirelli about renting the men's tailcoats", due: null },
      { title: 'Pay the freelance cutters', due: '2026-04-30' },
      { title: 'Comprare i fiori per il compleanno della mamma', due: '2026-05-01' }, // "il giorno prima": the day before the 2nd
      { title: 'Pick up the wigs from Rossi', due: '2026-04-27' },
    ],
  },
  {
    name: 'emoji 1: climbing-gym setter in Denver the day the clocks spring forward, emoji headings',
    today: '2026-03-08',
    timezone: 'America/Denver',
    text: '⏰ clocks sprang forward, reset zero clocks, whatever\n\n🧗 GYM\n🔧 strip the cave wall tomorrow before open\n🟡 set 6 new yellows on the slab by Thursday\n📦 order the big Kilter slopers asap!!\n🧽 hold wash w/ Dani Tuesday night\n📝 send route grades to Jess for the app\n\n🏆 COMP\n📣 post the comp flyer on insta this week\n🏅 pick up the medals from the trophy shop Fri 20th\n🎧 ask Ray if we can borrow his speaker\n\n🏠 HOME\n💸 pay rent by the 10th\n🐕 Luna to the vet Wed 4:30\n🧺 laundry lol',
    tasks: [
      { title: 'Strip the cave wall', due: '2026-03-09', project: 'Gym' },
      { title: 'Set 6 new yellows on the slab', due: '2026-03-12', project: 'Gym' },
      { title: 'Order the big Kilter slopers', due: null, project: 'Gym', priority: 'high' },
      { title: 'Hold wash with Dani', due: '2026-03-10', project: 'Gym' },
      { title: 'Send route grades to Jess for the app', due: null, project: 'Gym' },
      { title: 'Post the comp flyer on insta', due: '2026-03-13', project: 'Comp' }, // "this week" said on a Sunday: the Friday ahead
      { title: 'Pick up the medals from the trophy shop', due: '2026-03-20', project: 'Comp' },
      { title: 'Ask Ray if we can borrow his speaker', due: null, project: 'Comp' },
      { title: 'Pay rent', due: '2026-03-10', project: 'Home' },
      { title: 'Luna to the vet', due: '2026-03-11', project: 'Home' },
      { title: 'Laundry', due: null, project: 'Home' },
    ],
  },
  {
    name: "project 1: greenhouse grower in the Westland on King's Day, two efforts named in prose",
    today: '2027-04-27',
    timezone: 'Europe/Amsterdam',
    text: "Koningsdag, orange everywhere, the kids are at the vrijmarkt selling their old toys and I'm in the glasshouse office with a coffee.\n\nThe propagation house build is finally happening. The steel frame gets delivered on the 10th, so before that I need the concrete footings checked by the inspector, and I have to sign the glazing contract with Van der Hoeven this week. Also ask Bram whether the old heating pipes can be reused.\n\nThe tomato crop is another story. The whitefly is back in compartment 4, so order another batch of Encarsia tomorrow, and talk to the Koppert advisor about the whitefly by Friday. Book the extra pickers from the agency for the first truss harvest too.\n\nSeparately, my driving licence needs renewing before June, and Sanne's parents' evening is Thursday.",
    tasks: [
      { title: 'Get the concrete footings checked by the inspector', due: '2027-05-09', project: 'Propagation house build' }, // "before that": the day before the frame comes on the 10th
      { title: 'Sign the glazing contract with Van der Hoeven', due: '2027-04-30', project: 'Propagation house build' },
      { title: 'Ask Bram whether the old heating pipes can be reused', due: null, project: 'Propagation house build' },
      { title: 'Order another batch of Encarsia', due: '2027-04-28', project: 'Tomato crop' },
      { title: 'Talk to the Koppert advisor about the whitefly', due: '2027-04-30', project: 'Tomato crop' },
      { title: 'Book the extra pickers from the agency for the first truss harvest', due: null, project: 'Tomato crop' },
      { title: 'Renew my driving licence', due: '2027-05-31', project: null }, // "before June": the last day before June
      { title: "Sanne's parents' evening", due: '2027-04-29', project: null },
    ],
  },
  {
    name: 'project 2: library courier in Vancouver on Family Day, a branch move and a backlog',
    today: '2027-02-15',
    timezone: 'America/Vancouver',
    text: "Family Day, the branches are closed so the van's parked and I'm home doing crafts with the kids.\n\nThe Renfrew branch move is finally happening. They close on March 1 and all the boxes come out over the two weeks after that. I need to measure the loading dock at the new site this week. I also need to get the extra dollies from the central warehouse at some point, and email Priya the schedule by Thursday.\n\nThen there's the interlibrary loan backlog, which is its own nightmare. Forty-two crates sitting at Central. Sort the crates by branch tomorrow and ask my supervisor for Saturday overtime to clear them.\n\nOther than that: book the van in for an oil change, and pay Milo's hockey fees by the 20th.",
    tasks: [
      { title: 'Measure the loading dock at the new site', due: '2027-02-19', project: 'Renfrew branch move' },
      { title: 'Get the extra dollies from the central warehouse', due: null, project: 'Renfrew branch move' },
      { title: 'Email Priya the schedule', due: '2027-02-18', project: 'Renfrew branch move' },
      { title: 'Sort the crates by branch', due: '2027-02-16', project: 'Interlibrary loan backlog' },
      { title: 'Ask my supervisor for Saturday overtime', due: null, project: 'Interlibrary loan backlog' }, // the weekday names which overtime
      { title: 'Book the van in for an oil change', due: null, project: null },
      { title: "Pay Milo's hockey fees", due: '2027-02-20', project: null },
    ],
  },
  {
    name: "label 1: ferry deckhand in Seattle on Mother's Day, people as labels",
    today: '2026-05-10',
    timezone: 'America/Los_Angeles',
    text: "Mother's Day and I'm working the Bainbridge run till 6, so brunch got moved to tomorrow.\nMom: pick up her prescription at Bartell's, fix the porch light, take her to brunch tomorrow\nJules: return her cooler, she's been asking\nDev (bosun): send him a copy of my new TWIC card by Wednesday, ask about swapping my Friday shift\nGrandpa Ed: call him before his hip surgery Thursday\nTasha: doing the Costco run, nothing for me there\nMe: renew USCG medical cert before 6/1, buy new rain bibs",
    tasks: [
      { title: "Pick up her prescription at Bartell's", due: null, project: 'Mom' },
      { title: 'Fix the porch light', due: null, project: 'Mom' },
      { title: 'Take her to brunch', due: '2026-05-11', project: 'Mom' },
      { title: 'Return her cooler', due: null, project: 'Jules' },
      { title: 'Send him a copy of my new TWIC card', due: '2026-05-13', project: 'Dev' },
      { title: 'Ask about swapping my Friday shift', due: null, project: 'Dev' },
      { title: 'Call him', due: '2026-05-13', project: 'Grandpa Ed' }, // "before his hip surgery Thursday": the day before
      { title: 'Renew USCG medical cert', due: '2026-05-31', project: null }, // "before 6/1": the day before
      { title: 'Buy new rain bibs', due: null, project: null },
    ],
  },
  {
    name: 'label 2: orthodontist in Dubai on National Day, places as labels',
    today: '2026-12-02',
    timezone: 'Asia/Dubai',
    text: "National Day, both clinics shut, fireworks at the Marina tonight 🇦🇪\nMarina clinic: intraoral scanner demo Sun 6th, renew the DHA facility licence before the 15th, fix the gaps in the sterilisation log, Reem's contract renewal\nJLT clinic: aligner stock count tomorrow, call the landlord re the AC leak, staff Christmas lunch booking\nVilla: pool pump guy Thursday 10am, pay DEWA, get a spare gate key cut\nLab (Al Quoz): pick up the retainers for the Hadad twins by Monday",
    tasks: [
      { title: 'Intraoral scanner demo', due: '2026-12-06', project: 'Marina clinic' },
      { title: 'Renew the DHA facility licence', due: '2026-12-14', project: 'Marina clinic' }, // "before the 15th": the day before
      { title: 'Fix the gaps in the sterilisation log', due: null, project: 'Marina clinic' },
      { title: "Reem's contract renewal", due: null, project: 'Marina clinic' },
      { title: 'Aligner stock count', due: '2026-12-03', project: 'JLT clinic' },
      { title: 'Call the landlord re the AC leak', due: null, project: 'JLT clinic' },
      { title: 'Staff Christmas lunch booking', due: null, project: 'JLT clinic' },
      { title: 'Pool pump guy', due: '2026-12-03', project: 'Villa' },
      { title: 'Pay DEWA', due: null, project: 'Villa' },
      { title: 'Get a spare gate key cut', due: null, project: 'Villa' },
      { title: 'Pick up the retainers for the Hadad twins', due: '2026-12-07', project: 'Lab' },
    ],
  },
  {
    name: "groups 1: marathon pacer in Chicago on Indigenous Peoples' Day, markdown headings",
    today: '2026-10-12',
    timezone: 'America/Chicago',
    text: "legs are dead. paced the 3:30 group yesterday, brought 41 of 52 in under time, I'll take it\n\n## Pacing\n- return the pace sign + balloon stick to Fleet Feet by Thursday\n- send my splits to Andrea for the pacer recap\n- sign up for the Indy Monumental pacer slot (race is Nov 7), deadline Friday\n- Strava post thanking the group\n\n## Work\n- Q3 variance report due Wed\n- prep the headcount numbers for my 1:1 with Dominic tomorrow\n- expense the hotel from the Naperville half\n- PTO request for Thanksgiving week\n\n## Home\n- ice bath supplies lol\n- no mail today (Columbus Day), mail mom's Medicare form tomorrow\n- pumpkin patch w/ the nieces sat\n- call the plumber about the basement drain URGENT\n- book a sports massage",
    tasks: [
      { title: 'Return the pace sign + balloon stick to Fleet Feet', due: '2026-10-15', project: 'Pacing' },
      { title: 'Send my splits to Andrea for the pacer recap', due: null, project: 'Pacing' },
      { title: 'Sign up for the Indy Monumental pacer slot', due: '2026-10-16', project: 'Pacing' }, // the deadline, not the race
      { title: 'Strava post thanking the group', due: null, project: 'Pacing' },
      { title: 'Q3 variance report', due: '2026-10-14', project: 'Work' },
      { title: 'Prep the headcount numbers for my 1:1 with Dominic', due: '2026-10-13', project: 'Work' },
      { title: 'Expense the hotel from the Naperville half', due: null, project: 'Work' },
      { title: 'PTO request for Thanksgiving week', due: null, project: 'Work' },
      { title: 'Ice bath supplies', due: null, project: 'Home' },
      { title: "Mail Mom's Medicare form", due: '2026-10-13', project: 'Home' },
      { title: 'Pumpkin patch with the nieces', due: '2026-10-17', project: 'Home' },
      { title: 'Call the plumber about the basement drain', due: null, project: 'Home', priority: 'high' },
      { title: 'Book a sports massage', due: null, project: 'Home' },
    ],
  },
  {
    name: 'groups 2: court interpreter in Hong Kong on National Day, upper-case headings over loose lines (long)',
    today: '2026-10-01',
    timezone: 'Asia/Hong_Kong',
    text: "National Day, no court. Signal 3 is up so the harbour fireworks are off anyway. Brain dump before next week eats me.\n\nCOURT\nWong fraud trial resumes Mon 5/10 at West Kowloon, re-read the witness statements before then\nfinish the derivatives glossary for the securities case by Tues\nask the clerk whether a Tagalog interpreter is booked for the Reyes hearing\nthe Reyes hearing itself got pushed to 19/10, not my problem\nSeptember fee claim to the Judiciary by 15/10\nnew court ID photo, mine has expired\nbring the big bilingual legal dictionary back from the office in Admiralty\n\nAGENCY\ntranslate the tenancy agreement for Mrs Lam (6 pages) by Sat\ninvoice Chan & Partners for last week's deposition\nreply to the Legal Aid enquiry about Cantonese-Urdu relay work\nupdate my rate card, p3\nchase Fung Translations, they still owe me for August\nKelvin is doing the Sheung Wan site visit, not me\n\nHOME\npay the management fee before the 10th\ntake Mum to her eye appointment Thurs 8/10 at 3\nrenew the Octopus card autopay\nget the aircon cleaned before it gets cold\nsign Jasmine's swimming gala form, it's due tomorrow\norder Dad's birthday cake for Sunday 11/10, the mango one from Kee Wah\n\nAnd outside all that: haircut Saturday, call Auntie Mei back about the wedding banquet, and take the winter duvets out whenever.",
    tasks: [
      { title: 'Re-read the witness statements', due: '2026-10-04', project: 'Court' }, // "before then": the day before Mon 5/10
      { title: 'Finish the derivatives glossary for the securities case', due: '2026-10-06', project: 'Court' },
      { title: 'Ask the clerk whether a Tagalog interpreter is booked for the Reyes hearing', due: null, project: 'Court' },
      { title: 'September fee claim to the Judiciary', due: '2026-10-15', project: 'Court' },
      { title: 'New court ID photo', due: null, project: 'Court' },
      { title: 'Bring the big bilingual legal dictionary back from the office in Admiralty', due: null, project: 'Court' },
      { title: 'Translate the tenancy agreement for Mrs Lam', due: '2026-10-03', project: 'Agency' },
      { title: "Invoice Chan & Partners for last week's deposition", due: null, project: 'Agency' },
      { title: 'Reply to the Legal Aid enquiry about Cantonese-Urdu relay work', due: null, project: 'Agency' },
      { title: 'Update my rate card', due: null, project: 'Agency', priority: 'low' },
      { title: 'Chase Fung Translations', due: null, project: 'Agency' },
      { title: 'Pay the management fee', due: '2026-10-09', project: 'Home' }, // "before the 10th": the day before
      { title: 'Take Mum to her eye appointment', due: '2026-10-08', project: 'Home' },
      { title: 'Renew the Octopus card autopay', due: null, project: 'Home' },
      { title: 'Get the aircon cleaned', due: null, project: 'Home' },
      { title: "Sign Jasmine's swimming gala form", due: '2026-10-02', project: 'Home' },
      { title: "Order Dad's birthday cake", due: '2026-10-11', project: 'Home' }, // "for Sunday 11/10": the day of the birthday it serves
      { title: 'Haircut', due: '2026-10-03', project: null },
      { title: 'Call Auntie Mei back about the wedding banquet', due: null, project: null },
      { title: 'Take the winter duvets out', due: null, project: null, priority: 'low' },
    ],
  },
  {
    name: 'conditions 1: cider maker in Normandy the day the clocks go back',
    today: '2026-10-25',
    timezone: 'Europe/Paris',
    text: "Clocks went back last night, gained an hour and spent it in the press house.\n- if the Dabinett apples are ready by Wednesday, start picking them Thursday with Lucas\n- once the old press is cleaned, send the seals to Maurice for checking\n- if it rains tomorrow, bottle the perry in the barn\n- if the bank says no to the loan, ask Papa about borrowing from him\n- once the stock count is done, update the excise declaration (due 10/11)\n- call the cooperative about the apple price tomorrow either way\n- if the frost comes early, wrap the young trees in the top orchard\n- register for the salon du cidre in Caen before the 31st, whatever happens with the loan",
    tasks: [
      { title: 'Start picking the Dabinett apples with Lucas', due: '2026-10-29' },
      { title: 'Send the seals to Maurice for checking', due: null },
      { title: 'Bottle the perry in the barn', due: '2026-10-26' },
      { title: 'Update the excise declaration', due: '2026-11-10' }, // 10/11 is 10 November in France
      { title: 'Call the cooperative about the apple price', due: '2026-10-26' },
      { title: 'Wrap the young trees in the top orchard', due: null },
      { title: 'Register for the salon du cidre in Caen', due: '2026-10-30' }, // "before the 31st": the day before
    ],
  },

  {
    name: 'gtd 1: university admissions officer on the Sunday the US clocks went back, contexts, waiting-for and someday lists',
    today: '2026-11-01',
    timezone: 'America/New_York',
    text: "Weekly review (clocks went back, using the extra hour for this)\n\n@calls\n- Dr. Feld at Lincoln High re counselor rec for Amara Osei\n- call Mom back about Thanksgiving\n- ring the bursar's office re the fee waiver batch before Wednesday\n\n@errands\n- pick up the new lanyards from the print shop\n- drop off the dry cleaning (interview suit) Tuesday\n\n@computer\n- reply to the early decision applicants with missing SAT scores by Friday\n- update the reader rubric doc for the new essay prompt\n- book flights for the Chicago college fair\n- submit mileage claim for October\n\nWaiting for\n- IT: new laptop image (asked 10/20)\n- Priya: transfer credit report, chase her Thursday\n- Dean's sign-off on the travel budget\n\nSomeday/maybe\n- learn enough Portuguese to read Brazilian transcripts\n- redo the campus tour script",
    tasks: [
      { title: 'Call Dr. Feld at Lincoln High re counselor rec for Amara Osei', due: null },
      { title: 'Call Mom back about Thanksgiving', due: null }, // "about Thanksgiving" names no day
      { title: "Ring the bursar's office re the fee waiver batch", due: '2026-11-03' }, // the day before Wednesday
      { title: 'Pick up the new lanyards from the print shop', due: null },
      { title: 'Drop off the dry cleaning (interview suit)', due: '2026-11-03' },
      { title: 'Reply to the early decision applicants with missing SAT scores', due: '2026-11-06' },
      { title: 'Update the reader rubric doc for the new essay prompt', due: null },
      { title: 'Book flights for the Chicago college fair', due: null },
      { title: 'Submit mileage claim for October', due: null },
      { title: 'Chase Priya for the transfer credit report', due: '2026-11-05' },
      { title: 'Learn enough Portuguese to read Brazilian transcripts', due: null, priority: 'low' },
      { title: 'Redo the campus tour script', due: null, priority: 'low' },
    ],
  },
  {
    name: 'packing 1: parent of twins in London on Easter Sunday as the clocks went forward, errands and a packing list',
    today: '2027-03-28',
    timezone: 'Europe/London',
    text: 'Easter Sunday + clocks went forward so the twins were up at "5" which is now 6?? whatever. Flying to Faro Thursday morning to see Nana & Grandad, back the 9th.\n\nbefore we leave:\n- buy Calpol sachets + factor 50\n- cancel the milk\n- ask Dee next door to feed the fish\n- ring the car hire place tomorrow, make sure BOTH car seats are booked\n- check Mia\'s passport, think it runs out in June, does Portugal need 3 months left?\n- get euros\n\npack weds night:\n- swim nappies\n- sunhats x2\n- white noise machine!!\n- bunny AND spare bunny\n- travel cot sheets\n\nTom\'s sorting the airport parking and Pepper goes to his mum\'s on Weds.',
    tasks: [
      { title: 'Buy Calpol sachets + factor 50', due: '2027-03-31' }, // "before we leave": the day before Thursday
      { title: 'Cancel the milk', due: '2027-03-31' },
      { title: 'Ask Dee next door to feed the fish', due: '2027-03-31' },
      { title: 'Ring the car hire place, make sure both car seats are booked', due: '2027-03-29' },
      { title: "Check Mia's passport", due: '2027-03-31' },
      { title: 'Get euros', due: '2027-03-31' },
      { title: 'Pack swim nappies', due: '2027-03-31' }, // "pack weds night:"
      { title: 'Pack sunhats x2', due: '2027-03-31' },
      { title: 'Pack white noise machine', due: '2027-03-31', priority: 'high' }, // "!!"
      { title: 'Pack bunny and spare bunny', due: '2027-03-31' },
      { title: 'Pack travel cot sheets', due: '2027-03-31' },
    ],
  },
  {
    name: 'estimates 1: subtitle translator in Seoul over Chuseok, time estimates on every line',
    today: '2026-09-25',
    timezone: 'Asia/Seoul',
    text: "chuseok and everyone's at my in-laws in Daejeon, I'm hiding upstairs with the laptop. realistic list w/ times:\n\n- spot-check ep 7 timings for the Netflix thriller (45 min), due Monday\n- translate ep 8 first pass ~3h, aim to finish by Sunday night\n- reply to the agency about the rate for the documentary (10m)\n- fix the line-break errors QC flagged in ep 6 (30m) today!\n- glossary for character names, update it ~1h\n- invoice September (15 min) before the end of the month\n- 2h: watch the pilot of the new K-drama for the pitch, before Wednesday\n- back up the project folder to the external drive (5 min)\n\nok. songpyeon first.",
    tasks: [
      { title: 'Spot-check ep 7 timings for the Netflix thriller', due: '2026-09-28' },
      { title: 'Translate ep 8 first pass', due: '2026-09-27' },
      { title: 'Reply to the agency about the rate for the documentary', due: null },
      { title: 'Fix the line-break errors QC flagged in ep 6', due: '2026-09-25' },
      { title: 'Update the glossary for character names', due: null },
      { title: 'Invoice September', due: '2026-09-30' }, // "before the end of the month": its last day
      { title: 'Watch the pilot of the new K-drama for the pitch', due: '2026-09-29' }, // the day before Wednesday
      { title: 'Back up the project folder to the external drive', due: null },
    ],
  },
  {
    name: 'strikethrough 1: cinema projectionist in Melbourne the morning the clocks went forward, Notion page with struck items, a callout and a toggle',
    today: '2026-10-04',
    timezone: 'Australia/Melbourne',
    text: "# Projectionist to-do 🎞️\n\n> 💡 Clocks went forward last night, check the booth automation clock before the 2pm matinee today!!\n\n## Prints & DCPs\n- ~~ingest the DCP for the Kurosawa double~~\n- ~~return the 35mm print of *Paris, Texas* to the distributor~~\n- book the courier for the festival prints Monday\n- splice the trailer reel for the silent film festival by Thursday\n- chase the KDM for *The Long Walk*, it expires Tuesday\n- order a new xenon bulb\n\n## Booth\n- ~~clean the port glass~~\n- recalibrate the sound processor before Friday's screening\n- test the backup projector on Wednesday\n\n▸ Notes from Greg\n    Greg is covering the late session on Tuesday. The platter motor hums but he says it's fine.",
    open: [
      { id: BOOTH_PRINT, title: 'Return the 35mm Paris, Texas print', due_date: '2026-10-02' },
      { id: BOOTH_GLASS, title: 'Clean the port glass', due_date: null },
    ],
    tasks: [
      { title: 'Check the booth automation clock before the matinee', due: '2026-10-04', project: null, priority: 'high' },
      { title: 'Book the courier for the festival prints', due: '2026-10-05', project: 'Prints & DCPs' },
      { title: 'Splice the trailer reel for the silent film festival', due: '2026-10-08', project: 'Prints & DCPs' },
      { title: 'Chase the KDM for The Long Walk', due: '2026-10-06', project: 'Prints & DCPs' }, // "it expires Tuesday"
      { title: 'Order a new xenon bulb', due: null, project: 'Prints & DCPs' },
      { title: 'Recalibrate the sound processor', due: '2026-10-08', project: 'Booth' }, // the day before Friday's screening
      { title: 'Test the backup projector', due: '2026-10-07', project: 'Booth' },
    ],
    updates: [
      { task_id: BOOTH_PRINT, status: 'done' },
      { task_id: BOOTH_GLASS, status: 'done' },
    ],
  },
  {
    name: 'applenotes 1: living kidney donor in Toronto on Family Day, an Apple Notes checklist before surgery',
    today: '2027-02-15',
    timezone: 'America/Toronto',
    text: "before the 24th\n(surgery 7:30am at Toronto General, nothing to eat after midnight)\n\n✓ pre-op bloodwork\n✓ tell HR + sign the leave form\n○ call Toronto General tomorrow to book the pre-admission clinic\n○ pick up stool softeners + Tylenol from Shoppers\n○ ask Jess to drive me in + stay the first night\n○ fill out the living donor expense reimbursement form by Friday\n○ freeze some soups this weekend\n○ buy a button-up pyjama top + a long phone charger\n○ email Danny the what-to-expect sheet\n○ cancel the climbing gym membership\n\nFamily Day, everyone's at Mom's. I feel weirdly calm. My little brother is getting my kidney.",
    open: [{ id: DONOR_BLOODWORK, title: 'Pre-op bloodwork', due_date: '2027-02-16' }],
    tasks: [
      { title: 'Call Toronto General to book the pre-admission clinic', due: '2027-02-16' },
      { title: 'Pick up stool softeners + Tylenol from Shoppers', due: '2027-02-23' }, // "before the 24th": the heading dates its items
      { title: 'Ask Jess to drive me in + stay the first night', due: '2027-02-23' },
      { title: 'Fill out the living donor expense reimbursement form', due: '2027-02-19' },
      { title: 'Freeze some soups', due: '2027-02-20' }, // "this weekend": the coming Saturday
      { title: 'Buy a button-up pyjama top + a long phone charger', due: '2027-02-23' },
      { title: 'Email Danny the what-to-expect sheet', due: '2027-02-23' },
      { title: 'Cancel the climbing gym membership', due: '2027-02-23' },
    ],
    updates: [{ task_id: DONOR_BLOODWORK, status: 'done' }],
  },
  {
    name: 'arrows 1: wedding DJ in Chicago on Memorial Day, chains of steps under event headings',
    today: '2026-05-25',
    timezone: 'America/Chicago',
    text: 'memorial day. played a backyard party last night till 1am, ears still ringing\n\nKOWALSKI WEDDING\ncall Raj → confirm venue load-in time → send final run sheet to the planner by Fri\nget the first-dance song from the bride -> edit the fade -> test the edit on the big rig Thursday\n\nMORALES QUINCE\nemail Mrs. Morales about the surprise dance → rehearse the changes with the court on Saturday\n\nGEAR\nfix the crackly XLR\nrenew liability insurance before 6/1 → send the new COI to the Kowalski venue',
    tasks: [
      { title: 'Call Raj', due: null, project: 'Kowalski wedding' },
      { title: 'Confirm venue load-in time', due: null, project: 'Kowalski wedding' },
      { title: 'Send final run sheet to the planner', due: '2026-05-29', project: 'Kowalski wedding' },
      { title: 'Get the first-dance song from the bride', due: null, project: 'Kowalski wedding' },
      { title: 'Edit the fade', due: null, project: 'Kowalski wedding' },
      { title: 'Test the edit on the big rig', due: '2026-05-28', project: 'Kowalski wedding' },
      { title: 'Email Mrs. Morales about the surprise dance', due: null, project: 'Morales quince' },
      { title: 'Rehearse the changes with the court', due: '2026-05-30', project: 'Morales quince' },
      { title: 'Fix the crackly XLR', due: null, project: 'Gear' },
      { title: 'Renew liability insurance', due: '2026-05-31', project: 'Gear' }, // the day before 6/1
      { title: 'Send the new COI to the Kowalski venue', due: null, project: 'Gear' },
    ],
  },
  {
    name: 'teacher 1: Spanish teacher in Auckland planning the week the night the clocks went back, days and periods',
    today: '2027-04-04',
    timezone: 'Pacific/Auckland',
    text: "Sunday night planning, clocks went back so at least I got an extra hour of marking in.\n\nMON\nP1 free - photocopy the Y9 food vocab booklet\nP3 non-contact: enter the Y11 listening marks into KAMAR\nP5 Y12 - hand back speaking drafts with feedback\nafter school: take the NCEA moderation folder to Whaea Mere\n\nTUE\nP2 non-contact - ring Tama's mum about his attendance\nlunch: Spanish club, print the quiz answer sheets\n\nWED\nP4 relief for Y10 sci - check Mr Fonoti left cover work in the tray\nbook the hall for the end-of-term fiesta\n\nTHU\nP6 - return Y13 essays\ndentist 4.15 (don't let anyone book me for duty)\n\nFRI\nfinish Y12 reports",
    tasks: [
      { title: 'Photocopy the Y9 food vocab booklet', due: '2027-04-05' },
      { title: 'Enter the Y11 listening marks into KAMAR', due: '2027-04-05' },
      { title: 'Hand back Y12 speaking drafts with feedback', due: '2027-04-05' },
      { title: 'Take the NCEA moderation folder to Whaea Mere', due: '2027-04-05' },
      { title: "Ring Tama's mum about his attendance", due: '2027-04-06' },
      { title: 'Print the quiz answer sheets for Spanish club', due: '2027-04-06' },
      { title: 'Check Mr Fonoti left cover work in the tray', due: '2027-04-07' },
      { title: 'Book the hall for the end-of-term fiesta', due: '2027-04-07' },
      { title: 'Return Y13 essays', due: '2027-04-08' },
      { title: 'Dentist', due: '2027-04-08' },
      { title: 'Finish Y12 reports', due: '2027-04-09' },
    ],
  },
  {
    name: 'thread 1: rural postie in the Highlands on Hogmanay, a numbered thread of posts',
    today: '2026-12-31',
    timezone: 'Europe/London',
    text: "1/6 right. hogmanay, round finished by 1 because half the glen's away. doing one of these threads so I actually do the stuff in January 🧵\n2/6 the van's MOT expires on the 8th, book it in at Munro's. and the heater fan is rattling again, get that looked at while it's in\n3/6 put in for the Skye relief shifts, the rota closes Monday. also take the scanner that keeps freezing back to the delivery office on the 2nd\n4/6 Mum's 70th is the 16th of Jan 🎂 order the cake from the bakery in Portree next week and sort the village hall booking asap\n5/6 hens need their winter wormer. Donnie wants his trailer back, drop it round on Saturday\n6/6 and start Couch to 5k on Monday. no really. happy new year all 🥃",
    tasks: [
      { title: "Book the van's MOT in at Munro's", due: '2027-01-08' }, // "expires on the 8th"
      { title: 'Get the heater fan looked at', due: null },
      { title: 'Put in for the Skye relief shifts', due: '2027-01-04' }, // "the rota closes Monday"
      { title: 'Take the scanner that keeps freezing back to the delivery office', due: '2027-01-02' },
      { title: 'Order the cake from the bakery in Portree', due: '2027-01-04' }, // "next week": its Monday; the 70th's date is the event's
      { title: 'Sort the village hall booking', due: null, priority: 'high' },
      { title: 'Give the hens their winter wormer', due: null },
      { title: "Drop Donnie's trailer round", due: '2027-01-02' },
      { title: 'Start Couch to 5k', due: '2027-01-04' },
    ],
  },
  {
    name: 'sms 1: farrier in Kentucky the day after Labor Day, notes texted to herself over two days',
    today: '2026-09-08',
    timezone: 'America/Kentucky/Louisville',
    text: "Notes to Self\n\nYesterday 6:52 AM\nlabor day and I'm shoeing. Delgado barn, 4 head\n\nYesterday 11:15 AM\norder more 0 and 1 fronts from the supply, running low\n\nYesterday 2:40 PM\ncall Dr. Hale tomorrow re the bay mare's x-rays, she might need wedges\n\nYesterday 9:03 PM\ninvoice the Delgados. and Mrs. Pruitt still owes for August\n\nToday 5:48 AM\nback sore. book chiro\n\nToday 7:10 AM\nget a new regulator for the forge before Sat's clinic at the fairgrounds. Thursday latest\n\nToday 9:20 AM\nshoe Duchess at the Kincaids' fri 8am\n\nToday 12:30 PM\nPruitt paid 👍",
    open: [{ id: FARRIER_PRUITT, title: 'Chase Mrs. Pruitt for August', due_date: null }],
    tasks: [
      { title: 'Order more 0 and 1 fronts from the supply', due: null },
      { title: "Call Dr. Hale re the bay mare's x-rays", due: '2026-09-08' }, // "tomorrow" in yesterday's message
      { title: 'Invoice the Delgados', due: null },
      { title: 'Book chiro', due: null },
      { title: 'Get a new regulator for the forge', due: '2026-09-10' }, // "Thursday latest" over "before Sat's clinic"
      { title: "Shoe Duchess at the Kincaids'", due: '2026-09-11' },
    ],
    updates: [{ task_id: FARRIER_PRUITT, status: 'done' }],
  },
  {
    name: "household 1: shared house in Cape Town on Heritage Day, the fridge whiteboard with housemates' names",
    today: '2026-09-24',
    timezone: 'Africa/Johannesburg',
    text: "HOUSE LIST (fridge whiteboard, copied before Lwazi wipes it again)\n\nLwazi: bins Thurs night, fix the gate latch\nPriya: pay the Eskom prepaid before the weekend, defrost freezer\nKai: ring the landlord about the damp in the back room\nme: dentist Monday 9am, sort the wifi router (it's in my name), buy a new mop + bleach\neveryone: clean out the fridge Sunday!!, chip in R100 for the braai tonight\n\nHeritage Day braai at 6 🔥\nRent is due on the 1st, Kai collects, I must EFT him my share by Wednesday.",
    tasks: [
      { title: 'Dentist', due: '2026-09-28' },
      { title: 'Sort the wifi router', due: null },
      { title: 'Buy a new mop + bleach', due: null },
      { title: 'Clean out the fridge', due: '2026-09-27', priority: 'high' },
      { title: 'Chip in R100 for the braai', due: '2026-09-24' },
      { title: 'EFT Kai my share of the rent', due: '2026-09-30' },
    ],
  },
  {
    name: 'second-person 1: sign-language interpreter in Denver the day the clocks sprang forward, written to "you"',
    today: '2027-03-14',
    timezone: 'America/Denver',
    text: "Okay, you. Clocks sprang forward and you lost an hour, so no excuses this week.\n\nYou need to send Marisol your availability for April before Tuesday. You need to renew the RID membership, it lapses at the end of the month. Don't forget you promised Grandpa you'd fix the screen door on his porch, do it Saturday. The court sent the case glossary for Wednesday's hearing, read it the night before. Call the agency about the VRS shifts. You said you'd bring a lasagna to the Nguyens' potluck on Friday. And you still haven't booked an eye exam.\n\nDrink water. You're doing fine.",
    tasks: [
      { title: 'Send Marisol your availability for April', due: '2027-03-15' }, // the day before Tuesday
      { title: 'Renew the RID membership', due: '2027-03-31' }, // "lapses at the end of the month"
      { title: "Fix the screen door on Grandpa's porch", due: '2027-03-20' },
      { title: 'Read the case glossary', due: '2027-03-16' }, // "the night before" Wednesday's hearing
      { title: 'Call the agency about the VRS shifts', due: null },
      { title: "Bring a lasagna to the Nguyens' potluck", due: '2027-03-19' },
      { title: 'Book an eye exam', due: null },
    ],
  },
  {
    name: 'taglish 1: kakanin seller at a Manila night market the day before Undas, Tagalog-English mix',
    today: '2026-10-31',
    timezone: 'Asia/Manila',
    text: "grabe ang traffic papuntang Cavite bukas for Undas so dapat maaga kami. list ko:\n- bumili ng kandila at bulaklak mamaya for Lola's puntod\n- gisingin si Jun ng 4:30 bukas\n- i-message si Carlo to cover the stall sa Sunday night market, sarado kasi ako\n- restock ng ube jam and leche flan containers before Friday\n- pay the stall rental sa Thursday (1.5k)\n- follow up Meralco bill, ang laki this month grabe\n- ipa-repair yung gas burner, nag-leak last week\n- reply kay Ms. Tan re the catering for her office party\nHappy Halloween daw sabi ng mga bata, nag-costume pa sila lol",
    tasks: [
      { title: "Bumili ng kandila at bulaklak for Lola's puntod", due: '2026-10-31' }, // "mamaya": later today
      { title: 'Gisingin si Jun', due: '2026-11-01' }, // "bukas": tomorrow
      { title: 'I-message si Carlo to cover the stall sa Sunday night market', due: null },
      { title: 'Restock ng ube jam and leche flan containers', due: '2026-11-05' }, // the day before Friday
      { title: 'Pay the stall rental', due: '2026-11-05' },
      { title: 'Follow up Meralco bill', due: null },
      { title: 'Ipa-repair yung gas burner', due: null },
      { title: 'Reply kay Ms. Tan re the catering for her office party', due: null },
    ],
  },
  {
    name: 'nothing 1: hospital chaplain in Halifax on Christmas Day, only what happened and how it felt',
    today: '2026-12-25',
    timezone: 'America/Halifax',
    text: "Christmas Day. Did the 6am service in the chapel, only four people but one of them was Mr. Doucette's daughter and she held my hand the whole time. Sat with the family in 4B until he passed around nine. Blessed the staff room cookies at the nurses' request (a first). Called my sister, she and the kids are snowed in in Truro but happy. I don't have anything left in me today and that's all right. Everything that needed doing got done. Grateful, tired, a bit hollow. Tomorrow is Boxing Day and I'm off, thank God.",
    tasks: [],
  },
  {
    name: 'oneliner 1: cider maker in Normandy on Bastille Day, in French',
    today: '2026-07-14',
    timezone: 'Europe/Paris',
    text: 'commander les capsules et les étiquettes pour le cidre avant vendredi',
    tasks: [
      { title: 'Commander les capsules et les étiquettes pour le cidre', due: '2026-07-16' }, // the day before Friday
    ],
  },
  {
    name: 'oneliner 2: ferry deckhand in Vancouver on Thanksgiving Monday',
    today: '2026-10-12',
    timezone: 'America/Vancouver',
    text: "renew the marine first aid ticket before it lapses at the end of the month or I'm off the schedule",
    tasks: [
      { title: 'Renew the marine first aid ticket', due: '2026-10-31' },
    ],
  },
  {
    name: 'long 1: insurance adjuster in Calgary on the last day of August after a hailstorm, eighteen tasks',
    today: '2026-08-31',
    timezone: 'America/Edmonton',
    text: "Last day of August and the hail claims just keep coming. Saturday's storm dropped golf balls on the whole northeast, 312 new files on my desk since the weekend, and the phones haven't stopped. Half the team is out on the road, the other half is on hold with contractors. Brain dump before I lose it:\n\n- inspect the Sandhu roof in Saddle Ridge tomorrow 9am\n- call back Mr. Lavoie about his windshield, he's left 3 voicemails\n- upload the Tremblay photos to the claim portal today\n- send the Okafor estimate to the contractor by Wednesday\n- chase Xactimate support re the pricing list (still on July's)\n- book a rental car for the Chen family asap, theirs is a write-off\n- approve the hotel extension for the Mackenzie Towne family before their checkout Thursday\n- order more chalk and the new moisture meter\n- get the drone footage of the Cityscape townhouse roofs from Marco\n- submit my August mileage before month end (= today!!)\n- schedule the reinspection at the Bowness daycare next week\n- reply to Dana in head office about the CAT team rotation\n- ask IT why the tablet won't sync outside the office\n- write up the fraud flag on file 88213 for SIU, Friday latest\n\nAlso before I forget: pack Liam's school supplies Wednesday night, he starts grade 4 on Thursday. Pay the property tax instalment by the 15th. Get the dent in my own truck looked at (ironic). Call Mom on Labour Day, she keeps texting me hail photos from her balcony.\n\nAnd drink something that isn't coffee.",
    tasks: [
      { title: 'Inspect the Sandhu roof in Saddle Ridge', due: '2026-09-01' },
      { title: 'Call back Mr. Lavoie about his windshield', due: null },
      { title: 'Upload the Tremblay photos to the claim portal', due: '2026-08-31' },
      { title: 'Send the Okafor estimate to the contractor', due: '2026-09-02' },
      { title: 'Chase Xactimate support re the pricing list', due: null },
      { title: 'Book a rental car for the Chen family', due: null, priority: 'high' },
      { title: 'Approve the hotel extension for the Mackenzie Towne family', due: '2026-09-02' }, // the day before Thursday's checkout
      { title: 'Order more chalk and the new moisture meter', due: null },
      { title: 'Get the drone footage of the Cityscape townhouse roofs from Marco', due: null },
      { title: 'Submit my August mileage', due: '2026-08-31', priority: 'high' }, // "before month end (= today!!)"
      { title: 'Schedule the reinspection at the Bowness daycare', due: '2026-09-07' }, // "next week": its Monday
      { title: 'Reply to Dana in head office about the CAT team rotation', due: null },
      { title: "Ask IT why the tablet won't sync outside the office", due: null },
      { title: 'Write up the fraud flag on file 88213 for SIU', due: '2026-09-04' },
      { title: "Pack Liam's school supplies", due: '2026-09-02' },
      { title: 'Pay the property tax instalment', due: '2026-09-15' },
      { title: 'Get the dent in my own truck looked at', due: null },
      { title: 'Call Mom', due: '2026-09-07' }, // Labour Day in Canada: the first Monday of September
    ],
  },
  {
    name: 'long 2: food-bank coordinator in Adelaide in Christmas week, upper-case headings and a "Me:" group, twenty tasks',
    today: '2027-12-20',
    timezone: 'Australia/Adelaide',
    text: "Christmas week. 640 hampers to go out, 212 done, and my voice is already gone. Council rang about the double parking on Grote St again, and the cool room is making that noise. Bless the volunteers, honestly, I'd be lost without them.\n\nHAMPERS\n- confirm the Woolies donation pickup by tomorrow\n- chase the ham supplier, still 80 short\n- print the address labels for the Salisbury run tonight\n- sort a gluten-free box for the Nguyen family\n- ring the Lions club re borrowing their van\n- return the borrowed eskies to St Mary's by Thursday\n\nVOLUNTEERS\n- post a callout on the FB group for Christmas Eve helpers today (we're short 6)\n- thank-you cards for the school kids who helped pack\n- police checks for the two new uni students before they start on the 27th\n- email Marg the Boxing Day key handover details\n\nWAREHOUSE\n- fix the cool room door seal asap, it's leaking cold\n- book the pallet jack service\n- get a quote for a second-hand chest freezer\n- move the tinned stuff off the top racks before the inspection Thursday\n\nADMIN\n- grant acquittal for the council due 31 Dec\n- reply to the ABC journalist re a story on demand this year\n- send the board the December numbers next week\n- renew the food safety certificate by 4 Jan\n\nMe:\n- make the pavlova Christmas Eve, lunch is at my sister's\n- buy something for Dad",
    tasks: [
      { title: 'Confirm the Woolies donation pickup', due: '2027-12-21', project: 'Hampers' },
      { title: 'Chase the ham supplier', due: null, project: 'Hampers' },
      { title: 'Print the address labels for the Salisbury run', due: '2027-12-20', project: 'Hampers' },
      { title: 'Sort a gluten-free box for the Nguyen family', due: null, project: 'Hampers' },
      { title: 'Ring the Lions club re borrowing their van', due: null, project: 'Hampers' },
      { title: "Return the borrowed eskies to St Mary's", due: '2027-12-23', project: 'Hampers' },
      { title: 'Post a callout on the FB group for Christmas Eve helpers', due: '2027-12-20', project: 'Volunteers' },
      { title: 'Thank-you cards for the school kids who helped pack', due: null, project: 'Volunteers' },
      { title: 'Police checks for the two new uni students', due: '2027-12-26', project: 'Volunteers' }, // the day before the 27th
      { title: 'Email Marg the Boxing Day key handover details', due: null, project: 'Volunteers' }, // a holiday then a thing names the thing
      { title: 'Fix the cool room door seal', due: null, project: 'Warehouse', priority: 'high' },
      { title: 'Book the pallet jack service', due: null, project: 'Warehouse' },
      { title: 'Get a quote for a second-hand chest freezer', due: null, project: 'Warehouse' },
      { title: 'Move the tinned stuff off the top racks', due: '2027-12-22', project: 'Warehouse' }, // the day before Thursday's inspection
      { title: 'Grant acquittal for the council', due: '2027-12-31', project: 'Admin' },
      { title: 'Reply to the ABC journalist re a story on demand this year', due: null, project: 'Admin' },
      { title: 'Send the board the December numbers', due: '2027-12-27', project: 'Admin' }, // "next week": its Monday
      { title: 'Renew the food safety certificate', due: '2028-01-04', project: 'Admin' },
      { title: 'Make the pavlova', due: '2027-12-24', project: null },
      { title: 'Buy something for Dad', due: null, project: null },
    ],
  },
  {
    name: 'done 1: tree surgeon in the Chilterns the Sunday the clocks went back, done, cancelled and moved jobs',
    today: '2026-10-25',
    timezone: 'Europe/London',
    text: "clocks back, extra hour in bed, bliss. Sunday admin:\nchipper's serviced, Gaz did it Friday. Hendry oak quote sent last night so that's off the list. Beech Road limes: council rang, the TPO check is pointless now, the owners have sold, forget it. harness inspection: push to next week, the inspector's off sick.\n\nnew stuff\n- sharpen the chains on both saws before Tuesday's job in Wendover\n- order 2 new throwlines + a friction saver\n- invoice the Morgans for the leylandii\n- ring the tip re the green waste account\n- chase Mrs Ashby for the access key by Wednesday\n- renew the NPTC cert, runs out end of November",
    open: [
      { id: TREE_CHIPPER, title: 'Service the chipper', due_date: null },
      { id: TREE_QUOTE, title: 'Quote for the Hendry oak', due_date: '2026-10-26' },
      { id: TREE_TPO, title: 'Check the TPO on the Beech Road limes', due_date: null },
      { id: TREE_HARNESS, title: 'LOLER inspection for the climbing harness', due_date: '2026-10-23' },
    ],
    tasks: [
      { title: 'Sharpen the chains on both saws', due: '2026-10-26' }, // the day before Tuesday's job
      { title: 'Order 2 new throwlines + a friction saver', due: null },
      { title: 'Invoice the Morgans for the leylandii', due: null },
      { title: 'Ring the tip re the green waste account', due: null },
      { title: 'Chase Mrs Ashby for the access key', due: '2026-10-28' },
      { title: 'Renew the NPTC cert', due: '2026-11-30' }, // "end of November": its last day
    ],
    updates: [
      { task_id: TREE_CHIPPER, status: 'done' },
      { task_id: TREE_QUOTE, status: 'done' },
      { task_id: TREE_TPO, status: 'cancelled' },
      { task_id: TREE_HARNESS, due: '2026-10-26' }, // "push to next week" said on a Sunday: the next day, Monday
    ],
  },
  {
    name: 'done 2: audiologist in Singapore on National Day, a follow-up done, a webinar dropped, a pickup moved',
    today: '2027-08-09',
    timezone: 'Asia/Singapore',
    text: "National Day, clinic closed, watching the parade on TV with the kids. Quick update to myself:\n- Mdm Lim called Saturday, she loves the trial aids and is buying them. follow-up done ✅\n- the tinnitus webinar is full, not doing it\n- audiometer calibration: vendor can only collect on the 19th, so move it to then\n- CPD submission stays as is\n\nthis week:\n- fit Mr Rahman's new receivers Wednesday\n- order batteries (size 312 and 13)\n- reprogram Aisha's aids after her ENT review on Thursday\n- write the referral letter for baby Tan to KKH asap\n- reply to the Phonak rep about the demo day",
    open: [
      { id: AUD_CALIBRATION, title: 'Send the audiometer for calibration', due_date: '2027-08-13' },
      { id: AUD_LIM, title: "Follow up Mdm Lim's hearing aid trial", due_date: '2027-08-10' },
      { id: AUD_CPD, title: 'CPD points submission', due_date: '2027-08-31' },
      { id: AUD_WEBINAR, title: 'Register for the tinnitus webinar', due_date: null },
    ],
    tasks: [
      { title: "Fit Mr Rahman's new receivers", due: '2027-08-11' },
      { title: 'Order batteries (size 312 and 13)', due: '2027-08-13' }, // "this week:" dates its items: Friday
      { title: "Reprogram Aisha's aids", due: '2027-08-13' }, // the day after Thursday's review
      { title: 'Write the referral letter for baby Tan to KKH', due: '2027-08-13', priority: 'high' },
      { title: 'Reply to the Phonak rep about the demo day', due: '2027-08-13' },
    ],
    updates: [
      { task_id: AUD_LIM, status: 'done' },
      { task_id: AUD_WEBINAR, status: 'cancelled' },
      { task_id: AUD_CALIBRATION, due: '2027-08-19' },
    ],
  },
  {
    name: 'us-dates 2: care-home minibus driver in Ohio on the Fourth observed, a driving list by US dates',
    today: '2027-07-05',
    timezone: 'America/New_York',
    text: "Fourth got moved to today so the home's doing a cookout on the lawn, burgers at 1. Driving list:\n\n7/6 - Mrs. Albright to the eye clinic 10:15, needs the wheelchair lift\n7/8 - van to Tire Barn for the rotation, 8am drop off\n7/9 - pick up the new residents' med lists from CVS\n7/12 - outing to the Toledo Zoo, confirm head count with activities by 7/9\n7/14 - start Mr. Petrakis's dialysis runs (Wednesdays from then on)\nrenew my CDL medical card before 7/31\nclean the van inside, it smells like fries\nfill out the mileage log for June",
    tasks: [
      { title: 'Drive Mrs. Albright to the eye clinic', due: '2027-07-06' },
      { title: 'Take the van to Tire Barn for the rotation', due: '2027-07-08' },
      { title: "Pick up the new residents' med lists from CVS", due: '2027-07-09' },
      { title: 'Confirm head count with activities', due: '2027-07-09' }, // the outing's line: the step alone
      { title: "Start Mr. Petrakis's dialysis runs", due: '2027-07-14' }, // the first turn of a weekly run
      { title: 'Renew my CDL medical card', due: '2027-07-30' }, // the day before 7/31
      { title: 'Clean the van inside', due: null },
      { title: 'Fill out the mileage log for June', due: null },
    ],
  },
  {
    name: 'groups 3: choir director in Vienna on the Feast of the Immaculate Conception, #tags',
    today: '2026-12-08',
    timezone: 'Europe/Vienna',
    text: "Feiertag, shops open anyway, Vienna is chaos.\n\n#choir order the Rutter scores (need 34 copies) by Friday\n#choir book the rehearsal room for the 19th, no wait, Sabine already did\n#choir email the sopranos tomorrow re the extra sectional\n#choir tune the portative organ before the concert on Sunday\n#church ask Pfarrer Huber about the Christmas Eve Mass timings\n#church print the carol sheets for the Sunday service\n#home Lena's Nikolo gifts, too late lol\n#home pay the GIS fee\n#home get the Christmas tree on Saturday\n#choir sort the soloists' fees with the treasurer before the 23rd",
    tasks: [
      { title: 'Order the Rutter scores (need 34 copies)', due: '2026-12-11', project: 'Choir' },
      { title: 'Email the sopranos re the extra sectional', due: '2026-12-09', project: 'Choir' },
      { title: 'Tune the portative organ', due: '2026-12-12', project: 'Choir' }, // the day before Sunday's concert
      { title: 'Ask Pfarrer Huber about the Christmas Eve Mass timings', due: null, project: 'Church' },
      { title: 'Print the carol sheets for the Sunday service', due: null, project: 'Church' }, // "the Sunday service" names which
      { title: 'Pay the GIS fee', due: null, project: 'Home' },
      { title: 'Get the Christmas tree', due: '2026-12-12', project: 'Home' },
      { title: "Sort the soloists' fees with the treasurer", due: '2026-12-22', project: 'Choir' },
    ],
  },
  {
    name: 'groups 4: ski patroller in Niseko on National Foundation Day, emoji headings',
    today: '2027-02-11',
    timezone: 'Asia/Tokyo',
    text: "Kenkoku Kinen no Hi, mountain's rammed with the holiday crowd. after-shift list:\n\n⛷️ PATROL\n- restock the toboggan kits at the top station (splints, vac mattress)\n- finish the incident report for the snowboarder on Ace #2 tonight\n- avalanche transceiver check with the new guys Saturday 7am\n- renew my OEC refresher before end of month\n\n🏠 HOME\n- pay the Hirafu apartment rent by the 15th\n- clean the heater filter\n- send Mum the photos from the torchlight descent\n\n🛂 VISA\n- get the employment certificate from HR\n- immigration office in Sapporo next week for the extension, bring passport + residence card",
    tasks: [
      { title: 'Restock the toboggan kits at the top station (splints, vac mattress)', due: null, project: 'Patrol' },
      { title: 'Finish the incident report for the snowboarder on Ace #2', due: '2027-02-11', project: 'Patrol' },
      { title: 'Avalanche transceiver check with the new guys', due: '2027-02-13', project: 'Patrol' },
      { title: 'Renew my OEC refresher', due: '2027-02-28', project: 'Patrol' },
      { title: 'Pay the Hirafu apartment rent', due: '2027-02-15', project: 'Home' },
      { title: 'Clean the heater filter', due: null, project: 'Home' },
      { title: 'Send Mum the photos from the torchlight descent', due: null, project: 'Home' },
      { title: 'Get the employment certificate from HR', due: null, project: 'Visa' },
      { title: 'Go to the immigration office in Sapporo for the extension', due: '2027-02-15', project: 'Visa' }, // "next week": its Monday
    ],
  },
  {
    name: "label 3: tiler in Dublin on St Patrick's Day, clients as labels with Irish dates",
    today: '2027-03-17',
    timezone: 'Europe/Dublin',
    text: "Paddy's Day, parade in town, I'm hiding from it with the quotes.\n\nMrs. Kavanagh: drop the grout colour samples over by Friday, she's torn between silver and pewter\nThe Doyles: order the 60x60 porcelain, 14 boxes + 10%, and tell them the wet room has to cure a week\nFitzgerald & Son: invoice for the shower tray job, chase the February invoice too\nDr. Nwosu: measure up the kitchen splashback Monday 22/03 after 4\nGrace at the café: fix the cracked tile by the door before she reopens on Saturday\n\nMe: van's NCT is 02/04, get the van's brakes done before it. new knee pads.",
    tasks: [
      { title: 'Drop the grout colour samples over', due: '2027-03-19', project: 'Mrs. Kavanagh' },
      { title: 'Order the 60x60 porcelain, 14 boxes + 10%', due: null, project: 'The Doyles' },
      { title: 'Tell them the wet room has to cure a week', due: null, project: 'The Doyles' },
      { title: 'Invoice for the shower tray job', due: null, project: 'Fitzgerald & Son' },
      { title: 'Chase the February invoice', due: null, project: 'Fitzgerald & Son' },
      { title: 'Measure up the kitchen splashback', due: '2027-03-22', project: 'Dr. Nwosu' },
      { title: 'Fix the cracked tile by the door', due: '2027-03-19', project: 'Grace at the café' }, // the day before she reopens on Saturday
      { title: "Get the van's brakes done", due: '2027-04-01', project: null }, // the day before the NCT on 02/04 (the event line: the step alone)
      { title: 'Buy new knee pads', due: null, project: null },
    ],
  },
  {
    name: "project 3: puppet maker in Prague on Liberation Day, a production's opening night that dates none of its tasks",
    today: '2026-05-08',
    timezone: 'Europe/Prague',
    text: "Státní svátek, workshop's quiet, good. The Golem production opens at Divadlo Minor on 12 June and I still have three puppets to carve. What has to happen: put the second coat of gesso on the Golem's head tomorrow, then it dries all weekend. I need to order the linden blocks for the Rabbi's hands by Tuesday, the supplier in Brno is slow. Fit the marionette controls for the servant girl. Get the director's sign-off on all three before the tech rehearsal on 3 June. Ask Tereza if she can paint the eyes. The costume maker wants the body measurements, send them next week. Book the van for the get-in.\n\nSeparately, my own stuff: dentist on the 14th, and renew the studio insurance before the end of the month.",
    tasks: [
      { title: "Put the second coat of gesso on the Golem's head", due: '2026-05-09', project: 'Golem production' },
      { title: "Order the linden blocks for the Rabbi's hands", due: '2026-05-12', project: 'Golem production' },
      { title: 'Fit the marionette controls for the servant girl', due: null, project: 'Golem production' },
      { title: "Get the director's sign-off on all three", due: '2026-06-02', project: 'Golem production' }, // the day before the tech rehearsal
      { title: 'Ask Tereza if she can paint the eyes', due: null, project: 'Golem production' },
      { title: 'Send the costume maker the body measurements', due: '2026-05-11', project: 'Golem production' }, // "next week": its Monday
      { title: 'Book the van for the get-in', due: null, project: 'Golem production' },
      { title: 'Dentist', due: '2026-05-14', project: null },
      { title: 'Renew the studio insurance', due: '2026-05-31', project: null },
    ],
  },
];

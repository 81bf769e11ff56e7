import type { EvalCase } from './dumps.ts';

/**
 * Thirteenth fresh development set of issue #19 (thirty-first round): 48 everyday dumps written from
 * the text alone by two helpers who neither read nor ran the parser (they read only the `EvalCase`
 * type and examples of `eval/dumps.ts`, `eval/score.ts`, the Dates section and the start of the
 * Evaluation section of docs/ai.md, and the header comments of `general-dev.ts` and the eleventh and
 * twelfth fresh sets). Read once unseen, before any rule was changed for it.
 *
 * Part A (the first 24): the established voices, the first word of each name: `terse` (a dash list,
 * a comma list), `prose`, `dictation` (one correcting itself), `slack`, `email` (two), `whatsapp`,
 * `meeting`, `feelings`, `us-dates`, `uk-dates`, `foreign-dates` (Swahili and Polish mixed with
 * English), `emoji`, `project`s named in prose, `label`s, `groups` and `conditions`. 204 expected
 * tasks, 9 updates (open tasks in three dumps: done, moved, cancelled), 5 stated priorities; 7 dumps
 * state groups; one long dump (1,349 characters, 23 tasks); `today` in 23 zones, on clock changes
 * (London, Helsinki, Anchorage), holidays, month ends and weekends.
 *
 * Part B (the last 24): twelve new voices, one dump each (`kanban`, `transcript`, `tickets`, `bujo`,
 * `caps`, `table`, `syllabus`, `meds`, `minutes`, `fridge`, `abc`, `hinglish`), and twelve in
 * established voices (`nothing`, `oneliner`, `long`, `done`, `us-dates`, `groups`, `label`,
 * `project`, `email`). 197 expected tasks, 12 updates (open tasks in four dumps), 9 stated
 * priorities; 8 dumps state groups; the `long` dumps are 1,322 and 1,369 characters with 22 and 21
 * tasks; `today` in 24 zones, on clock changes, month and year ends and holidays.
 *
 * Every due date was computed with a Node script against each case's `today`. Expected values follow
 * the header of `general-dev.ts`, the date table of docs/ai.md and the earlier fresh sets' calls.
 * Plus these (part A):
 * - An open task said again with the day it already has is neither a new task nor an update; "can
 *   wait until mid-November" moves it to the 15th; "the Tampere conference, I'm not going" cancels
 *   "Register for the Tampere conference"; "the wax came this morning, so that's done" marks it done.
 * - A chat request to "someone" the person does not take up is no task; in a pasted chat or email the
 *   person's own name ("I'm Meera") or a closing "me:" says whose items are whose; "please make sure
 *   you attend" the briefing is the reader's task on its day.
 * - Numbered agenda topics in meeting notes are groups, named without their date; AOB is none.
 * - "Unless the co-op rings first, phone Manolis on Tuesday" is a task on Tuesday; "when the letter
 *   comes, scan it" is like "once": undated; a plan resting on a flight being on time is a task, one
 *   resting on a customer confirming is not.
 * - "Before" an event with no stated day names no date ("before the January rush"); "before the
 *   Monday shoot" is Sunday.
 * - A need given as the reason for a step ("the bellows need re-leathering, so order the sheepskin")
 *   is no task of its own; a payment term ("30 days") is no due date.
 * - "VAT report due 5 August, start gathering receipts next week" is two tasks; "FSDO re the
 *   checkride, they said call back Monday" is the person's call on Monday; "ask my manager tomorrow if
 *   I can work from home Friday" is due tomorrow.
 * - An undated item serving a dated arrival ("the group arrives on the 29th and nobody has sorted
 *   their bunks") takes the arrival's day, as does "pick them up that afternoon"; "roster for the
 *   first week of January, post it by Saturday" is due Saturday.
 * - Swahili: kesho tomorrow, kesho kutwa the day after, leo jioni today, wiki ijayo next week's
 *   Monday, "kabla ya mwisho wa mwezi" the month's last day. Polish: jutro tomorrow, pojutrze the day
 *   after, "do środy" by Wednesday, "w przyszły poniedziałek" next week's Monday, "przed końcem
 *   miesiąca" the month's last day. Titles keep the other language.
 *
 * And these (part B):
 * - Kanban: a card "(assigned: Kojo)" is Kojo's; one card is one task even with two verbs; column
 *   names are no groups, the board's name is.
 * - Time stamps ("[00:14]", a memo's header time) are no due dates; "life:" over errands is a generic
 *   heading; "moved to next sprint, starts Jan 11" moves an open ticket to the 11th; "won't do"
 *   cancels it.
 * - Bullet journal: "•" task, "×" done, ">" migrated, "<" scheduled (an open task with a new day
 *   moves), "–" note, "○" event; the log's title line is no date heading.
 * - Sticky notes: capitals alone are no priority, "!!!" and "URGENT" are high; note colours are no
 *   groups.
 * - A markdown table: rows for "me" or "everyone" are the person's, other names' rows are not; the
 *   heading over it names the project (without "to-do").
 * - A pasted syllabus: the student's own deliverables are tasks on their day; topics, readings,
 *   classes and breaks are not; the course named in the opening sentence is no group.
 * - A carer's notes: daily doses, walks and a course ending on a set day are routine, no tasks;
 *   "DAILY" and "ONE-OFFS" sort by kind and are no groups; a home visit to be in for is a task.
 * - Minutes: only "ACTION (LB)" (the minute-taker's initials) and "ACTION (ALL)" lines are the
 *   person's; numbered agenda headings are projects, AOB none; "Next meeting" is no task; dates of
 *   events an action mentions are not its due date.
 * - A fridge calendar: other family members' lines are theirs; an event line with the writer's step
 *   is the step on the line's day; the writer's own appointment is a task; a flight is none.
 * - Franklin priorities: A high, B medium, C low.
 * - Hinglish: titles keep the mix and drop "karna hai"; "kal" with a past verb is yesterday, no date;
 *   "parso" the day after tomorrow, "is hafte" this week (Friday), "shaam ko" today; "Rohan ko bolna
 *   hai ki …" is the person's task.
 * - "Ask her if the delivery can come Tuesday" is undated (Tuesday is the question's subject); "ask
 *   Wei to take the night shift on Thursday" is dated; "the Tuesday Muscat turn", "my Wed shift" date
 *   nothing; "answer after the holiday" over a forwarded email dates nothing; "every second Friday
 *   (next one the 14th)" is the 14th.
 */

const SURF_WAX = 'b41e7c09-3d2a-4f85-9c6e-5a7b8d0e1f01';
const SURF_BOARDS = 'b41e7c09-3d2a-4f85-9c6e-5a7b8d0e1f02';
const SURF_INSURANCE = 'b41e7c09-3d2a-4f85-9c6e-5a7b8d0e1f03';
const SURF_WEBSITE = 'b41e7c09-3d2a-4f85-9c6e-5a7b8d0e1f04';
const PHD_CHAPTER = 'b41e7c09-3d2a-4f85-9c6e-5a7b8d0e1f05';
const PHD_TAMPERE = 'b41e7c09-3d2a-4f85-9c6e-5a7b8d0e1f06';
const PHD_GRADING = 'b41e7c09-3d2a-4f85-9c6e-5a7b8d0e1f07';
const PHD_GRANT = 'b41e7c09-3d2a-4f85-9c6e-5a7b8d0e1f08';
const SAIL_HERON = 'b41e7c09-3d2a-4f85-9c6e-5a7b8d0e1f09';
const SAIL_VAT = 'b41e7c09-3d2a-4f85-9c6e-5a7b8d0e1f10';
const SAIL_VAN = 'b41e7c09-3d2a-4f85-9c6e-5a7b8d0e1f11';
const RADIO_ROTA = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f6001';
const RADIO_NCA = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f6002';
const RADIO_HEADPHONES = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f6003';
const DEV_OPS205 = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f6004';
const DEV_PAY77 = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f6005';
const DEV_OPS199 = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f6006';
const BUJO_LIN = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f6007';
const BUJO_SHELF = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f6008';
const BUJO_KILN = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f6009';
const LOCK_BODYCORP = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f600a';
const LOCK_KEW = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f600b';
const LOCK_PAPA = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f600c';
const LOCK_REGO = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f600d';
const LOCK_VAN = '9f4a6b82-3c5d-4e7f-a1b2-0c3d4e5f600e';

export const generalThirteenthFreshCases: EvalCase[] = [
  {
    name: 'terse 1: luthier in Nashville on a snowed-in Saturday at the end of January, dash list',
    today: '2026-01-31',
    timezone: 'America/Chicago',
    text: "snowed in, shop's closed, catching up on the list\n- refret the '62 Tele for Darrell, promised him by the 6th\n- order 2 lbs of 6105 fret wire + bone nut blanks from StewMac\n- setup on the Gibson J-45 (Mrs. Okafor) tues\n- call Belmont re teaching the repair workshop next month\n- file Q4 sales tax, due monday\n- neck reset quote for the Martin D-18\n- humidifier for the showroom, the air is brutal\n- pick up Josie from her sleepover tmrw at noon\n- pay the shop electric\n- string up the consignment mandolin before Tyler comes in wed\n- return Darrell's case (he left it here in Dec)",
    tasks: [
      { title: "Refret the '62 Tele for Darrell", due: '2026-02-06' },
      { title: 'Order 2 lbs of 6105 fret wire + bone nut blanks from StewMac', due: null },
      { title: 'Setup on the Gibson J-45 (Mrs. Okafor)', due: '2026-02-03' },
      { title: 'Call Belmont re teaching the repair workshop next month', due: null }, // "next month" is when the workshop is taught, not when to call
      { title: 'File Q4 sales tax', due: '2026-02-02' },
      { title: 'Neck reset quote for the Martin D-18', due: null },
      { title: 'Humidifier for the showroom', due: null },
      { title: 'Pick up Josie from her sleepover', due: '2026-02-01' },
      { title: 'Pay the shop electric', due: null },
      { title: 'String up the consignment mandolin', due: '2026-02-03' }, // "before Tyler comes in wed": the day before his visit on Wednesday the 4th
      { title: "Return Darrell's case", due: null }, // "in Dec" is when he left it, past
    ],
  },
  {
    name: 'terse 2: coffee roaster in Addis Ababa on Ethiopian New Year, comma list',
    today: '2026-09-11',
    timezone: 'Africa/Addis_Ababa',
    text: "melkam addis amet! roastery's closed for enkutatash. list: cup the new Guji lot, call the Yirgacheffe co-op about the washed samples, fix the afterburner on the 15kg roaster, pay the electricity bill before the 20th, export docs for the Hamburg container by thurs, new grinder burrs, coffee ceremony for the staff mon morning, reply to the Seoul buyer, renew the ECX license end of month, take Abeba to her first day at the new school monday, sort the old jute sacks someday",
    tasks: [
      { title: 'Cup the new Guji lot', due: null },
      { title: 'Call the Yirgacheffe co-op about the washed samples', due: null },
      { title: 'Fix the afterburner on the 15kg roaster', due: null },
      { title: 'Pay the electricity bill', due: '2026-09-19' }, // "before the 20th": the day before
      { title: 'Export docs for the Hamburg container', due: '2026-09-17' },
      { title: 'New grinder burrs', due: null },
      { title: 'Coffee ceremony for the staff', due: '2026-09-14' }, // a ceremony the person holds for the staff: a task on its day, as an appointment is
      { title: 'Reply to the Seoul buyer', due: null },
      { title: 'Renew the ECX license', due: '2026-09-30' },
      { title: 'Take Abeba to her first day at the new school', due: '2026-09-14' },
      { title: 'Sort the old jute sacks', due: null, priority: 'low' }, // "someday"
    ],
  },
  {
    name: 'prose 1: hospital social worker in Glasgow on Easter Sunday as the clocks go forward',
    today: '2027-03-28',
    timezone: 'Europe/London',
    text: "Easter Sunday and the clocks went forward, and I spent the lost hour lying awake thinking about work, which is not how a holiday weekend is supposed to go. Big week coming. Mr Doherty on ward 11 is finally fit for discharge but his care package isn't in place, so first thing tomorrow I need to phone the homecare team in Govan and find out where it's stuck. The adult protection case conference is on Wednesday afternoon and my report for it is only half written, so finish that by Tuesday. Fiona is off on Thursday so I'm on duty, which means my supervision with Ruth has to move, email Ruth tomorrow about it. The Blue Badge form for Mrs Kaur has been sitting on my desk for a fortnight and it needs to go off this week. At home, the boiler man is coming Friday morning, so ask my manager tomorrow if I can work from home that day. Euan's birthday is the 3rd and I haven't got him anything yet, need to sort a present. And I really should book the car in for its MOT before it runs out at the end of April.",
    tasks: [
      { title: 'Phone the homecare team in Govan', due: '2027-03-29' },
      { title: 'Finish my report for the adult protection case conference', due: '2027-03-30' },
      { title: 'Email Ruth about moving my supervision', due: '2027-03-29' }, // being on duty Thursday is the reason, not a task
      { title: 'Send off the Blue Badge form for Mrs Kaur', due: '2027-04-02' }, // "this week" said on a Sunday: the Friday ahead ("a fortnight" is how long it has sat)
      { title: 'Ask my manager if I can work from home', due: '2027-03-29' }, // asked tomorrow; "that day" (Friday) is the day asked about
      { title: 'Sort a present for Euan', due: '2027-04-03' }, // the remark names the birthday it serves
      { title: 'Book the car in for its MOT', due: '2027-04-30' }, // "before it runs out at the end of April": the month's last day, as "before the end of April"
    ],
  },
  {
    name: 'prose 2: park ranger in El Chaltén on Christmas Eve',
    today: '2026-12-24',
    timezone: 'America/Argentina/Rio_Gallegos',
    text: "Nochebuena and I'm on the late patrol, so Christmas dinner at my sister's in Río Gallegos is off for me this year. Peak season has properly started, the trail to Laguna de los Tres was packed today and someone's dog chased a huemul, which I'll be hearing about for weeks. Three work things are eating at me. The footbridge over the Río Blanco has a loose cable, and I have to write up the incident report and send it to the intendencia by Wednesday. The volunteer group from Córdoba arrives on the 29th and nobody has sorted their bunks, so that's on me, and I need to pick them up from the bus terminal that afternoon too. And the radio in the Poincenot hut keeps cutting out, so take a spare battery up on my next patrol. Personally, I need to call Mamá tomorrow for Christmas, she'll cry either way. My uniform boots are finished, order new ones before January. And the dog needs his rabies jab, take him to the vet in town on Monday.",
    tasks: [
      { title: 'Write up the incident report and send it to the intendencia', due: '2026-12-30' }, // one report, written and sent: one task
      { title: 'Sort the bunks for the volunteer group from Córdoba', due: '2026-12-29' }, // no day of its own: the arrival it serves
      { title: 'Pick up the Córdoba volunteers from the bus terminal', due: '2026-12-29' }, // "that afternoon": the day of the arrival
      { title: 'Take a spare battery up to the Poincenot hut', due: null }, // "on my next patrol" names no day
      { title: 'Call Mamá', due: '2026-12-25' },
      { title: 'Order new uniform boots', due: '2026-12-31' }, // "before January": the last day before it
      { title: 'Take the dog to the vet in town for his rabies jab', due: '2026-12-28' },
    ],
  },
  {
    name: 'dictation 1: long-haul truckie in Perth at the end of the financial year, no punctuation',
    today: '2026-06-30',
    timezone: 'Australia/Perth',
    text: 'ok end of financial year today so um get all the fuel receipts to the accountant today shes been on my back about it and the logbook app needs updating before i head out thursday morning for the port hedland run oh and book the prime mover in for a service too the air con is stuffed and ring shazza about the kids school holidays she wants to swap weekends and the rego on the trailer is due on the 15th so pay that and buy a new esky the old one cracked and sort a present for daves fortieth its saturday week down in mandurah and book the motel by friday',
    tasks: [
      { title: 'Get all the fuel receipts to the accountant', due: '2026-06-30' },
      { title: 'Update the logbook app', due: '2026-07-01' }, // "before i head out thursday morning": the day before
      { title: 'Book the prime mover in for a service', due: null },
      { title: "Ring Shazza about the kids' school holidays", due: null },
      { title: 'Pay the rego on the trailer', due: '2026-07-15' },
      { title: 'Buy a new esky', due: null },
      { title: "Sort a present for Dave's fortieth", due: '2026-07-11' }, // "saturday week": a week after the coming Saturday (4 July); the party the present serves
      { title: 'Book the motel', due: '2026-07-03' },
    ],
  },
  {
    name: 'dictation 2: surf school owner in Weligama on a flat Thursday, correcting himself, with open tasks',
    today: '2027-01-14',
    timezone: 'Asia/Colombo',
    open: [
      { id: SURF_WAX, title: 'Order wax and leashes from the Colombo supplier', due_date: '2027-01-12' },
      { id: SURF_BOARDS, title: 'Repair the dinged longboards', due_date: null },
      { id: SURF_INSURANCE, title: 'Renew the public liability insurance', due_date: '2027-01-20' },
      { id: SURF_WEBSITE, title: 'Update the prices on the website', due_date: null },
    ],
    text: 'ok quick notes flat swell so no lessons till the afternoon um the wax and leashes came this morning from colombo so thats done and the longboard repairs im going to do on monday no wait tuesday the resin guy only comes monday and the insurance renewal thats fine leave it where it is then call the german group to confirm their booking by friday actually no email them they never answer the phone and pay the boys their wages saturday and buy rice and dhal for the staff lunch and take the tuk tuk to the garage saturday no wait sunday the garage is closed saturdays and the website prices ugh forget it not worth the hassle cancel that one',
    tasks: [
      { title: 'Email the German group to confirm their booking', due: '2027-01-15' }, // "call … actually no email them": the last word stands
      { title: 'Pay the boys their wages', due: '2027-01-16' },
      { title: 'Buy rice and dhal for the staff lunch', due: null },
      { title: 'Take the tuk tuk to the garage', due: '2027-01-17' }, // "saturday no wait sunday"
    ],
    updates: [
      { task_id: SURF_WAX, status: 'done' }, // the order came, so ordering is done
      { task_id: SURF_BOARDS, due: '2027-01-19' }, // "monday no wait tuesday"
      { task_id: SURF_WEBSITE, status: 'cancelled' },
      // the insurance renewal is left where it is: no update
    ],
  },
  {
    name: 'slack 1: product designer in Bengaluru the day after Diwali, pasted thread',
    today: '2026-11-09',
    timezone: 'Asia/Kolkata',
    text: "pasting from slack so I don't lose it (I'm Meera)\n\n#payments-redesign\nKarthik Rao  10:02 AM\nmorning all, hope Diwali was good 🪔 plan for the week:\n@Meera can you get the revised checkout flows into Figma by Wednesday? need them for the Thursday review\nMeera Iyer  10:04 AM\nyep will do. I'll redo the error states too, they're a mess\nKarthik Rao  10:05 AM\ngreat. @Farhan pls sync with legal on the new KYC copy\nFarhan Sheikh  10:11 AM\n👍\nKarthik Rao  10:12 AM\n@Meera also for the usability test, can you send the recruit screener to Ops by EOD tomorrow\nMeera Iyer  10:13 AM\nsure\nSneha Pillai  10:20 AM\nreminder: everyone fill the Q4 OKR self-assessment before 15th 🙏\nKarthik Rao  10:21 AM\ncan someone book a room for Thursday's review? 3pm\nMeera Iyer  10:22 AM\nI'll book it\n\nalso: dentist Wed 6pm, transfer rent to Anand by the 10th",
    tasks: [
      { title: 'Get the revised checkout flows into Figma', due: '2026-11-11' },
      { title: 'Redo the error states', due: null },
      { title: 'Send the recruit screener to Ops', due: '2026-11-10' },
      { title: 'Fill the Q4 OKR self-assessment', due: '2026-11-14' }, // "before 15th": the day before
      { title: "Book a room for Thursday's review", due: '2026-11-12' }, // the day of the review it serves
      { title: 'Dentist', due: '2026-11-11' },
      { title: 'Transfer rent to Anand', due: '2026-11-10' },
    ],
  },
  {
    name: 'email 1: restaurant owner to a sommelier in Cape Town on Heritage Day, action items',
    today: '2026-09-24',
    timezone: 'Africa/Johannesburg',
    text: "Subject: Spring menu launch – action items\nFrom: Pieter van Wyk\nTo: Nomvula Dlamini; Sam Petersen; Lerato Mokoena\n\nHi team,\n\nHappy Heritage Day! Hope you're all getting a proper braai in today.\n\nThanks for a great tasting on Tuesday. As discussed, the spring menu launches on Thursday 8 October. Action items:\n\n1. Nomvula – finalise the by-the-glass list and send it to me by Monday 28th\n2. Nomvula – confirm the Chenin allocation with Alheit Vineyards\n3. Sam – lock the pairing courses by 1 Oct\n4. Nomvula – train the floor staff on the new pairings the day before launch\n5. Lerato – update the website and Instagram\n6. Everyone – complete the liquor licence refresher online before the end of the month\n\nNomvula, could you also look into a replacement Coravin? The old one keeps leaking.\n\nKind regards,\nPieter\n\n---\nme: fix the cellar thermostat asap!, pay Sipho back for the wine fair tickets",
    tasks: [
      { title: 'Finalise the by-the-glass list and send it to Pieter', due: '2026-09-28' },
      { title: 'Confirm the Chenin allocation with Alheit Vineyards', due: null },
      { title: 'Train the floor staff on the new pairings', due: '2026-10-07' }, // "the day before launch" (Thursday 8 October)
      { title: 'Complete the liquor licence refresher online', due: '2026-09-30' }, // "Everyone" includes the reader
      { title: 'Look into a replacement Coravin', due: null },
      { title: 'Fix the cellar thermostat', due: null, priority: 'high' },
      { title: 'Pay Sipho back for the wine fair tickets', due: null },
    ],
  },
  {
    name: 'email 2: dig director to an archaeologist in Amman on Independence Day, forwarded',
    today: '2027-05-25',
    timezone: 'Asia/Amman',
    text: "Fwd from Helen, need to action these:\n\nDear all,\n\nA reminder that the excavation season at Tell Hisban starts on Sunday 6 June. Before then:\n\n- Dana, please renew your Department of Antiquities permit and send me a copy\n- Yusuf will organise the minibus from Amman\n- Everyone: send me your travel insurance details by Friday\n- Dana, could you also order the context sheets and the three new trowels by 1 June?\n- Marcus is preparing the drone survey plan\n\nWe will have a Zoom briefing on Wednesday 2 June at 7pm Amman time, please make sure you attend.\n\nBest wishes,\nHelen\n\nme: happy Independence Day to Um Khaled, send her flowers tomorrow. collect my camera from the repair shop in Jabal Amman. finish the pottery catalogue chapter",
    tasks: [
      { title: 'Renew my Department of Antiquities permit and send Helen a copy', due: '2027-06-05' }, // "Before then": the day before the season starts on 6 June
      { title: 'Send Helen my travel insurance details', due: '2027-05-28' },
      { title: 'Order the context sheets and the three new trowels', due: '2027-06-01' },
      { title: 'Attend the Zoom briefing', due: '2027-06-02' }, // "please make sure you attend": the reader's, on its day
      { title: 'Send Um Khaled flowers', due: '2027-05-26' },
      { title: 'Collect my camera from the repair shop in Jabal Amman', due: null },
      { title: 'Finish the pottery catalogue chapter', due: null },
    ],
  },
  {
    name: 'whatsapp 1: balloon pilot in Göreme on the first day of Bayram, family group',
    today: '2026-03-20',
    timezone: 'Europe/Istanbul',
    text: "bayram group chat, I'm Emre\n[20.03.2026 09:14] Annem: Bayramınız mübarek olsun 🌷 everyone is coming Sunday for lunch yes?\n[20.03.2026 09:20] Elif: yes!! Emre you're bringing the baklava from Kayseri right\n[20.03.2026 09:22] Emre: yes I'll pick it up tomorrow after the morning flight\n[20.03.2026 09:25] Annem: Emre call your uncle Hasan today, he is upset nobody called him\n[20.03.2026 09:26] Emre: ok after lunch\n[20.03.2026 09:40] Babam: the car needs its inspection before the end of the month, who is taking it\n[20.03.2026 09:41] Elif: not me, I'm in Ankara until Wednesday\n[20.03.2026 09:43] Emre: I'll take it Tuesday\n[20.03.2026 09:50] Elif: someone send me last year's bayram photos for the album 🙏\n[20.03.2026 10:02] Annem: Emre bring the folding chairs on Sunday, we are 14 people\n[20.03.2026 10:03] Emre: 👍 also note to self renew my pilot medical before April",
    tasks: [
      { title: 'Pick up the baklava from Kayseri', due: '2026-03-21' },
      { title: 'Call uncle Hasan', due: '2026-03-20' },
      { title: 'Take the car for its inspection', due: '2026-03-24' }, // the day he takes it on, not the end-of-month limit
      // "someone send me last year's photos": asked of nobody in particular and not taken up: no task
      { title: 'Bring the folding chairs', due: '2026-03-22' },
      { title: 'Renew my pilot medical', due: '2026-03-31' }, // "before April": the last day before it
    ],
  },
  {
    name: 'meeting 1: community radio committee in Kingston on Independence Day, agenda topics with initials',
    today: '2026-08-06',
    timezone: 'America/Jamaica',
    text: 'Roots FM volunteer committee – Thurs 6 Aug (after the Independence Day broadcast)\nPresent: DB (me, minutes), KW, SM, Pastor L, AJ\n\n1. Independence broadcast\n- went well, 2 callers complained about the audio dropping out around 2pm\n- AJ to check the transmitter link\n\n2. Fundraiser dance – Sat 29 Aug, community centre\n- DB to get the permit from the parish council by 12 Aug\n- SM to sort the sound system\n- DB + KW to design and print the flyer by next Friday\n\n3. CHASE grant application – due 31 Aug\n- DB drafts the budget section, send to KW for review a week before the deadline\n- KW writes the narrative\n\n4. Website\n- still down, KW to call the host\n- DB: update the schedule page once it\'s back up\n\nAOB: Pastor L wants a gospel hour on Sunday mornings, DB to look at the schedule\nNext meeting Thurs 20 Aug, 6pm',
    tasks: [
      // numbered agenda topics with the actions under them are groups; the topic's own date (the dance, the grant deadline) is no task
      { title: 'Get the permit from the parish council', due: '2026-08-12', project: 'Fundraiser dance' },
      { title: 'Design and print the flyer', due: '2026-08-14', project: 'Fundraiser dance' }, // shared with KW; "next Friday": Friday of next week
      { title: 'Draft the budget section and send to KW for review', due: '2026-08-24', project: 'CHASE grant application' }, // "a week before the deadline" (31 Aug); drafting and sending as one step
      { title: 'Update the schedule page', due: null, project: 'Website' }, // "once it's back up": the task without a date
      { title: 'Look at the schedule for a gospel hour', due: null, project: null }, // AOB is no group
    ],
  },
  {
    name: 'feelings 1: PhD student in Helsinki the day the clocks go back, with open tasks',
    today: '2026-10-25',
    timezone: 'Europe/Helsinki',
    open: [
      { id: PHD_CHAPTER, title: 'Send chapter 3 to Prof. Virtanen', due_date: '2026-10-23' },
      { id: PHD_TAMPERE, title: 'Register for the Tampere conference', due_date: '2026-10-30' },
      { id: PHD_GRADING, title: 'Grade the stats exercises', due_date: '2026-10-26' },
      { id: PHD_GRANT, title: 'Kone Foundation grant application', due_date: null },
    ],
    text: "Clocks went back last night and somehow I still woke at 5 with my heart pounding. I sent chapter 3 to Virtanen on Friday night and now I'm just waiting for the verdict, which is its own special torture. Everyone in the lab seems to be publishing and I feel like a fraud who got in by accident. I cried in the sauna yesterday, which is at least a very Finnish place to cry. My sister thinks I should talk to someone and maybe she's right, I'll look up the student health psychologist. The Tampere conference, I'm not going, I can't afford it and I have nothing to present anyway. The grant application can wait until chapter 3 comes back, mid-November realistically. I should at least get the stats exercises graded tomorrow, the undergrads don't deserve my mess. And call Äiti, I've been dodging her for a week.",
    tasks: [
      { title: 'Look up the student health psychologist', due: null },
      { title: 'Call Äiti', due: null },
    ],
    updates: [
      { task_id: PHD_CHAPTER, status: 'done' },
      { task_id: PHD_TAMPERE, status: 'cancelled' }, // "I'm not going": registering is dropped
      { task_id: PHD_GRANT, due: '2026-11-15' }, // "can wait until … mid-November": moved to the 15th
      // the grading is restated on the day it already has (tomorrow): neither a new task nor an update
    ],
  },
  {
    name: 'us-dates 1: bush pilot in Anchorage the day the clocks fall back, slashed dates',
    today: '2026-11-01',
    timezone: 'America/Anchorage',
    text: "fall back day, extra hour, spent it preheating the Cub lol\n- book the Cub's annual w/ Dale at Merrill Field by 11/6\n- mail run to Skwentna 11/4, weather permitting\n- order new wheel skis before 11/20\n- renew my medical, expires 12/1\n- pay hangar rent 11/5\n- Thanksgiving 11/26 at Kristin's in Wasilla, bring pies\n- drop off moose meat at Uncle Ray's tmrw\n- insurance renewal paperwork to the broker by 11/10\n- swap the floats for skis w/ Jimmy 11/8-11/9\n- FSDO re the 135 checkride, they said call back Monday",
    tasks: [
      { title: "Book the Cub's annual with Dale at Merrill Field", due: '2026-11-06' },
      { title: 'Mail run to Skwentna', due: '2026-11-04' }, // resting on the weather: still a task
      { title: 'Order new wheel skis', due: '2026-11-19' }, // "before 11/20": the day before
      { title: 'Renew my medical', due: '2026-12-01' }, // "expires 12/1": the day it serves
      { title: 'Pay hangar rent', due: '2026-11-05' },
      { title: "Bring pies to Thanksgiving at Kristin's", due: '2026-11-26' },
      { title: "Drop off moose meat at Uncle Ray's", due: '2026-11-02' },
      { title: 'Insurance renewal paperwork to the broker', due: '2026-11-10' },
      { title: 'Swap the floats for skis with Jimmy', due: '2026-11-08' }, // a range: its first day
      { title: 'Call the FSDO re the 135 checkride', due: '2026-11-02' }, // "they said call back Monday": the call is the person's, on Monday
    ],
  },
  {
    name: 'uk-dates 1: sailmaker in Cowes on the Boxing Day bank holiday, with open tasks',
    today: '2026-12-28',
    timezone: 'Europe/London',
    open: [
      { id: SAIL_HERON, title: 'Recut the mainsail for Blue Heron', due_date: '2026-12-30' },
      { id: SAIL_VAT, title: 'VAT return', due_date: '2027-01-07' },
      { id: SAIL_VAN, title: 'Van service', due_date: null },
    ],
    text: "Bank holiday, loft's shut till the 4th but I'm in anyway, too much on.\n- Blue Heron main: owner rang, not needed till spring now, push it to 1/3\n- VAT return filed Christmas Eve ✔\n- spinnaker repair for the Hamble club, promised for 7/1\n- order Dacron + sail tape from Bainbridge before the 31st\n- invoice the Folly Inn for the awning, 30 days\n- van service Friday week, finally\n- new drive belt for the Pfaff\n- send the Oyster 48 people a quote for the headsail within a fortnight\n- NYD dinner at Nan's, pick up the wine on the way\n- fire extinguisher check for the loft due 15/1",
    tasks: [
      { title: 'Spinnaker repair for the Hamble club', due: '2027-01-07' }, // 7/1 is 7 January
      { title: 'Order Dacron + sail tape from Bainbridge', due: '2026-12-30' }, // "before the 31st": the day before
      { title: 'Invoice the Folly Inn for the awning', due: null }, // "30 days" is the payment term, no due date
      { title: 'New drive belt for the Pfaff', due: null },
      { title: 'Send the Oyster 48 people a quote for the headsail', due: '2027-01-11' }, // "within a fortnight": today + 14
      { title: "Pick up the wine on the way to Nan's", due: '2027-01-01' }, // on the way to the New Year's Day dinner
      { title: 'Fire extinguisher check for the loft', due: '2027-01-15' },
    ],
    updates: [
      { task_id: SAIL_HERON, due: '2027-03-01' }, // 1/3 is 1 March
      { task_id: SAIL_VAT, status: 'done' },
      { task_id: SAIL_VAN, due: '2027-01-08' }, // "Friday week": a week after the coming Friday (1 January)
    ],
  },
  {
    name: "foreign-dates 1: Polish plasterer in Dublin on St Brigid's Day, Polish and English",
    today: '2027-02-01',
    timezone: 'Europe/Dublin',
    text: "St Brigid's bank holiday ale robota nie czeka\n- finish the skim on the Rathmines kitchen do środy\n- order plasterboard from Chadwicks jutro rano\n- call Mrs Byrne about the tiles w piątek\n- rata za vana do 10 lutego\n- wysłać faktury do Seana za styczeń dzisiaj\n- Zosia dentysta pojutrze o 16\n- buy a new SDS drill, stary padł\n- book the skip for Ranelagh do czwartku\n- w przyszły poniedziałek first day at the Ranelagh bathroom, rip out the old suite\n- opłata za polską szkołę Kuby przed końcem miesiąca\n- zadzwonić do mamy w niedzielę",
    tasks: [
      { title: 'Finish the skim on the Rathmines kitchen', due: '2027-02-03' }, // "do środy": by Wednesday
      { title: 'Order plasterboard from Chadwicks', due: '2027-02-02' }, // "jutro rano": tomorrow morning
      { title: 'Call Mrs Byrne about the tiles', due: '2027-02-05' }, // "w piątek": on Friday
      { title: 'Rata za vana', due: '2027-02-10' }, // the van loan instalment, "by 10 February"
      { title: 'Wysłać faktury do Seana za styczeń', due: '2027-02-01' }, // "dzisiaj": today; "za styczeń" (for January) names which invoices
      { title: 'Zosia dentysta', due: '2027-02-03' }, // "pojutrze o 16": the day after tomorrow at 4pm
      { title: 'Buy a new SDS drill', due: null },
      { title: 'Book the skip for Ranelagh', due: '2027-02-04' }, // "do czwartku": by Thursday
      { title: 'Rip out the old suite in the Ranelagh bathroom', due: '2027-02-08' }, // "w przyszły poniedziałek": next week's Monday; the first day on the job is no task of its own
      { title: 'Opłata za polską szkołę Kuby', due: '2027-02-28' }, // "przed końcem miesiąca": before the end of the month, its last day
      { title: 'Zadzwonić do mamy', due: '2027-02-07' }, // "w niedzielę": on Sunday
    ],
  },
  {
    name: 'foreign-dates 2: safari guide in Arusha on Saba Saba, Swahili and English',
    today: '2026-07-07',
    timezone: 'Africa/Dar_es_Salaam',
    text: "Saba Saba, no clients today thank God. Mambo ya kufanya:\n- service the Land Cruiser kesho, clutch is slipping\n- pick up the Dutch family from Kilimanjaro airport Ijumaa saa nne asubuhi\n- renew my guide licence kabla ya mwisho wa mwezi\n- pay Neema's school fees wiki ijayo\n- buy a spare tyre and a new cooler box\n- call Mzee Lukumay about the Tarangire camp booking leo jioni\n- send the Ngorongoro park fees to the office kesho kutwa\n- nunua keki for mama's birthday Jumapili",
    tasks: [
      { title: 'Service the Land Cruiser', due: '2026-07-08' }, // "kesho": tomorrow
      { title: 'Pick up the Dutch family from Kilimanjaro airport', due: '2026-07-10' }, // "Ijumaa saa nne asubuhi": Friday at 10am, Swahili time
      { title: 'Renew my guide licence', due: '2026-07-31' }, // "kabla ya mwisho wa mwezi": before the end of the month, its last day
      { title: "Pay Neema's school fees", due: '2026-07-13' }, // "wiki ijayo": next week, its Monday
      { title: 'Buy a spare tyre and a new cooler box', due: null }, // one shopping errand
      { title: 'Call Mzee Lukumay about the Tarangire camp booking', due: '2026-07-07' }, // "leo jioni": this evening
      { title: 'Send the Ngorongoro park fees to the office', due: '2026-07-09' }, // "kesho kutwa": the day after tomorrow
      { title: "Nunua keki for mama's birthday", due: '2026-07-12' }, // "nunua keki": buy a cake; "Jumapili": Sunday
    ],
  },
  {
    name: 'emoji 1: food photographer in Seoul on Chuseok, emoji bullets',
    today: '2026-09-25',
    timezone: 'Asia/Seoul',
    text: "추석 연휴, studio closed till Monday 🌕\n📸 edit the bibimbap shoot for Hansik magazine, due Tues\n🍶 return the borrowed makgeolli props to Mrs Kang's shop\n💡 new softbox bulbs, order asap!!\n🧾 invoice the hotel for the brunch menu shoot\n🚄 book KTX tickets back from Busan tonight, the Sunday ones sell out\n📧 reply to the Paris agency about the spring campaign\n🎂 Jiwoo's birthday next Thursday → book the grill place by Monday\n🧹 clean the studio before the Monday shoot\n✅ backed up the SSDs",
    tasks: [
      { title: 'Edit the bibimbap shoot for Hansik magazine', due: '2026-09-29' },
      { title: "Return the borrowed makgeolli props to Mrs Kang's shop", due: null },
      { title: 'Order new softbox bulbs', due: null, priority: 'high' },
      { title: 'Invoice the hotel for the brunch menu shoot', due: null },
      { title: 'Book KTX tickets back from Busan', due: '2026-09-25' }, // "tonight"; "the Sunday ones" names which tickets
      { title: 'Reply to the Paris agency about the spring campaign', due: null },
      { title: "Book the grill place for Jiwoo's birthday", due: '2026-09-28' }, // its own "by Monday", not the birthday
      { title: 'Clean the studio', due: '2026-09-27' }, // "before the Monday shoot": the day before Monday
      // ✅ backed up: done, no task
    ],
  },
  {
    name: 'project 1: organ builder in Leipzig on German Unity Day, two efforts named in prose',
    today: '2026-10-03',
    timezone: 'Europe/Berlin',
    text: "Tag der Deutschen Einheit, the workshop is quiet and I finally have time to think.\n\nThe Thomaskirche restoration is the big one this autumn. The new reed pipes arrive on Tuesday and I have to check every one of them that day. I still need to send the voicing plan to the cantor before the end of October. Also the scaffolding firm wants the exact dates in writing, so write to them on Monday.\n\nThen there's the Halle chamber organ, the little one for the music school. The bellows need re-leathering, so order the sheepskin this week, and I promised the headmistress a cost estimate by the 15th.\n\nOtherwise, the car needs winter tyres, and I have to renew my Handwerkskammer membership.",
    tasks: [
      { title: 'Check the new reed pipes', due: '2026-10-06', project: 'Thomaskirche restoration' }, // "that day": the Tuesday they arrive
      { title: 'Send the voicing plan to the cantor', due: '2026-10-31', project: 'Thomaskirche restoration' },
      { title: 'Write to the scaffolding firm with the exact dates', due: '2026-10-05', project: 'Thomaskirche restoration' },
      { title: 'Order the sheepskin', due: '2026-10-03', project: 'Halle chamber organ' }, // "this week" said on a Saturday: today; the re-leathering is the reason, not a task of its own
      { title: 'Cost estimate for the headmistress', due: '2026-10-15', project: 'Halle chamber organ' },
      { title: 'Get winter tyres for the car', due: null, project: null },
      { title: 'Renew my Handwerkskammer membership', due: null, project: null },
    ],
  },
  {
    name: 'project 2: nurse in Santiago on Fiestas Patrias, a community garden and a bathroom in prose',
    today: '2026-09-18',
    timezone: 'America/Santiago',
    text: "¡Dieciocho! Empanadas in the oven, the whole family is coming at 2, and it's my first day off in two weeks. Writing this down before the chicha kicks in.\n\nThe huerta comunitaria at the junta de vecinos: we agreed I'd handle the seedlings, so I need to buy the tomato and lettuce seedlings at the feria on Sunday, and ask Don Hernán if he can lend us his wheelbarrow. We also need to build the raised beds before the planting day on 3 October, so I'll get the boards from Sodimac next week.\n\nThe bathroom renovation at home is dragging on. Call the plumber Monday about the shower leak, pick the tiles with Javier by the end of the month, and get a second quote for the vanity.\n\nApart from that, my nursing licence renewal form is due 30/9, and I have to ask Carla before Wednesday if she'll swap night shifts with me.",
    tasks: [
      { title: 'Buy the tomato and lettuce seedlings at the feria', due: '2026-09-20', project: 'Huerta comunitaria' }, // the group's name as she writes it, without "at the junta de vecinos"
      { title: 'Ask Don Hernán if he can lend us his wheelbarrow', due: null, project: 'Huerta comunitaria' },
      { title: 'Build the raised beds', due: '2026-10-02', project: 'Huerta comunitaria' }, // "we also need to": hers too; the day before the planting day
      { title: 'Get the boards from Sodimac', due: '2026-09-21', project: 'Huerta comunitaria' },
      { title: 'Call the plumber about the shower leak', due: '2026-09-21', project: 'Bathroom renovation' },
      { title: 'Pick the tiles with Javier', due: '2026-09-30', project: 'Bathroom renovation' },
      { title: 'Get a second quote for the vanity', due: null, project: 'Bathroom renovation' },
      { title: 'Nursing licence renewal form', due: '2026-09-30', project: null },
      { title: "Ask Carla if she'll swap night shifts with me", due: '2026-09-22', project: null }, // "before Wednesday": the day before
    ],
  },
  {
    name: 'label 1: single dad in Brisbane on the last day of February, people as labels',
    today: '2026-02-28',
    timezone: 'Australia/Brisbane',
    text: "last day of Feb already, how\nMum: ring her about Easter plans, drop off her blood pressure tablets tmrw, sort out her myGov login\nOllie: footy rego by Wed, new boots (size 5), sign the excursion note\nGrace: book her hearing test, pick her up from Sophie's at 4 today\nDad: his 70th is on the 14th, order the photo book by next Friday\nWork: timesheet EOD Monday, renew my white card\nMe: dentist, been putting it off for a year",
    tasks: [
      { title: 'Ring her about Easter plans', due: null, project: 'Mum' }, // Easter is the topic
      { title: 'Drop off her blood pressure tablets', due: '2026-03-01', project: 'Mum' },
      { title: 'Sort out her myGov login', due: null, project: 'Mum' },
      { title: 'Footy rego', due: '2026-03-04', project: 'Ollie' },
      { title: 'New boots (size 5)', due: null, project: 'Ollie' },
      { title: 'Sign the excursion note', due: null, project: 'Ollie' },
      { title: 'Book her hearing test', due: null, project: 'Grace' },
      { title: "Pick her up from Sophie's", due: '2026-02-28', project: 'Grace' },
      { title: 'Order the photo book', due: '2026-03-06', project: 'Dad' }, // its own "by next Friday", not the birthday on the 14th (no task)
      { title: 'Timesheet', due: '2026-03-02', project: 'Work' },
      { title: 'Renew my white card', due: null, project: 'Work' },
      { title: 'Dentist', due: null, project: null }, // "Me:" is no project
    ],
  },
  {
    name: 'label 2: tea estate manager in Ilam during Dashain, places as labels',
    today: '2026-10-20',
    timezone: 'Asia/Kathmandu',
    text: "Dashain holidays, half the staff have gone home to their villages, factory on one shift.\nFactory: withering trough fan #3 rattling, get Bikash to look at it. order new CTC rollers before the flush is over. fire extinguisher refill by the 31st\nNursery: transplant the clonal cuttings once the rain stops, buy shade net\nBungalow: roof leak over the guest room, call the mistri next week. pay the electricity bill\nKathmandu office: send the September auction samples tomorrow, reply to the German buyer re the organic certificate by Friday\nPersonal: renew my driving licence, buy Dashain gifts for the nephews today",
    tasks: [
      { title: 'Get Bikash to look at withering trough fan #3', due: null, project: 'Factory' },
      { title: 'Order new CTC rollers', due: null, project: 'Factory' }, // "before the flush is over" names no day
      { title: 'Fire extinguisher refill', due: '2026-10-31', project: 'Factory' },
      { title: 'Transplant the clonal cuttings', due: null, project: 'Nursery' }, // "once the rain stops": resting on the weather, a task without a date
      { title: 'Buy shade net', due: null, project: 'Nursery' },
      { title: 'Call the mistri about the roof leak over the guest room', due: '2026-10-26', project: 'Bungalow' },
      { title: 'Pay the electricity bill', due: null, project: 'Bungalow' },
      { title: 'Send the September auction samples', due: '2026-10-21', project: 'Kathmandu office' },
      { title: 'Reply to the German buyer re the organic certificate', due: '2026-10-23', project: 'Kathmandu office' },
      { title: 'Renew my driving licence', due: null, project: null }, // "Personal:" is no project, as "Me:"
      { title: 'Buy Dashain gifts for the nephews', due: '2026-10-20', project: null },
    ],
  },
  {
    name: 'groups 1: indie game developer in Reykjavík on National Day, markdown headings (long)',
    today: '2026-06-17',
    timezone: 'Atlantic/Reykjavik',
    text: "17. júní, hæ hó jibbí jei. Town is full of balloons and brass bands and I'm at home with cold coffee trying to get my head straight before the Next Fest crunch eats the next two weeks.\n\n## Fjörd\n- fix the save corruption bug on the Steam Deck build asap\n- finish the lighthouse level by the end of the month\n- send the trailer cut to Hildur for music tomorrow\n- reply to the publisher's email about the console port\n- update the Steam page screenshots before Friday\n- playtest session with the Discord testers Sat 20th at 8pm\n- write the devlog for June\n- figure out why achievements don't unlock on the Mac build\n- apply for the Icelandic Film Centre games fund, deadline 1 July\n\n## Studio\n- pay Gunnar for the pixel art invoice (two months late, sorry Gunnar)\n- renew the co-working desk at Gróska before the 30th\n- VAT report (VSK) due 5 August, start gathering receipts next week\n- ask the accountant about the R&D tax refund\n- book a meeting with the bank about the overdraft\n\n## Home\n- Sólveig's summer camp form, sign it tonight\n- dog to the vet Thursday 10:15\n- fix the bathroom tap\n- return the library books, they're overdue again\n- buy a birthday present for Amma, her birthday is Monday\n- call the garage about the winter tyres still on the car lol\n- hike Esja with Siggi on Sunday if it's clear\n\nalso the parade is at 2, taking the kids",
    tasks: [
      { title: 'Fix the save corruption bug on the Steam Deck build', due: null, project: 'Fjörd', priority: 'high' },
      { title: 'Finish the lighthouse level', due: '2026-06-30', project: 'Fjörd' },
      { title: 'Send the trailer cut to Hildur for music', due: '2026-06-18', project: 'Fjörd' },
      { title: "Reply to the publisher's email about the console port", due: null, project: 'Fjörd' },
      { title: 'Update the Steam page screenshots', due: '2026-06-18', project: 'Fjörd' }, // "before Friday": the day before
      { title: 'Playtest session with the Discord testers', due: '2026-06-20', project: 'Fjörd' },
      { title: 'Write the devlog for June', due: null, project: 'Fjörd' }, // the month names which devlog
      { title: "Figure out why achievements don't unlock on the Mac build", due: null, project: 'Fjörd' },
      { title: 'Apply for the Icelandic Film Centre games fund', due: '2026-07-01', project: 'Fjörd' },
      { title: 'Pay Gunnar for the pixel art invoice', due: null, project: 'Studio' },
      { title: 'Renew the co-working desk at Gróska', due: '2026-06-29', project: 'Studio' }, // "before the 30th": the day before
      { title: 'VAT report (VSK)', due: '2026-08-05', project: 'Studio' }, // the report due 5 August, and gathering receipts next week: two tasks
      { title: 'Start gathering receipts', due: '2026-06-22', project: 'Studio' },
      { title: 'Ask the accountant about the R&D tax refund', due: null, project: 'Studio' },
      { title: 'Book a meeting with the bank about the overdraft', due: null, project: 'Studio' },
      { title: "Sign Sólveig's summer camp form", due: '2026-06-17', project: 'Home' },
      { title: 'Dog to the vet', due: '2026-06-18', project: 'Home' },
      { title: 'Fix the bathroom tap', due: null, project: 'Home' },
      { title: 'Return the library books', due: null, project: 'Home' },
      { title: 'Buy a birthday present for Amma', due: '2026-06-22', project: 'Home' }, // the remark names the birthday it serves
      { title: 'Call the garage about the winter tyres still on the car', due: null, project: 'Home' },
      { title: 'Hike Esja with Siggi', due: '2026-06-21', project: 'Home' }, // resting on the weather: still a task
      { title: 'Take the kids to the parade', due: '2026-06-17', project: null }, // "also" after the groups, at 2 today
    ],
  },
  {
    name: "groups 2: dive shop manager in Nadi on New Year's Eve, upper-case headings over unbulleted lines",
    today: '2026-12-31',
    timezone: 'Pacific/Fiji',
    text: "NYE!! fireworks at Port Denarau tonight but first\n\nSHOP\nrestock BCDs size M and L before the January rush\nreconcile the December takings\nroster for the first week of January, post it by Saturday\nchase the Nadi supplier re the missing O-rings\n\nBOAT\nBula Diver outboard service Tuesday 5th\nnew first aid kit for the boat URGENT, ours is expired\nfuel up tomorrow morning before the 8am charter\n\nHOME\npay the EFL bill\nLosana's school uniform before term starts on the 26th\ncall Bubu in Levuka tomorrow for new year",
    tasks: [
      { title: 'Restock BCDs size M and L', due: null, project: 'Shop' }, // "before the January rush" names no day
      { title: 'Reconcile the December takings', due: null, project: 'Shop' },
      { title: 'Post the roster for the first week of January', due: '2027-01-02', project: 'Shop' }, // "the first week of January" names which roster; the day is "by Saturday"
      { title: 'Chase the Nadi supplier re the missing O-rings', due: null, project: 'Shop' },
      { title: 'Bula Diver outboard service', due: '2027-01-05', project: 'Boat' },
      { title: 'New first aid kit for the boat', due: null, project: 'Boat', priority: 'high' },
      { title: 'Fuel up', due: '2027-01-01', project: 'Boat' }, // "tomorrow morning before the 8am charter": a "before" said of the hour moves no day
      { title: 'Pay the EFL bill', due: null, project: 'Home' },
      { title: "Losana's school uniform", due: '2027-01-25', project: 'Home' }, // "before term starts on the 26th": the day before
      { title: 'Call Bubu in Levuka', due: '2027-01-01', project: 'Home' },
    ],
  },
  {
    name: 'conditions 1: olive grower in Crete on Orthodox Easter Sunday',
    today: '2026-04-12',
    timezone: 'Europe/Athens',
    text: "Christos anesti! Lamb's been on the spit since 6, whole village is here. A few things before I forget:\n- if it stays dry this week, spray the copper on the lower grove on Wednesday\n- once the new pruning saw arrives, finish pruning the Koroneiki trees by the terraces\n- unless the co-op rings first, phone Manolis about last season's payment on Tuesday\n- when the EU subsidy letter comes, scan it and send it to the accountant\n- if Eleni's flight lands on time Thursday, pick her up from Heraklion, otherwise she'll get the bus\n- if the Germans confirm the bottling order, order 500 more tins from the factory in Chania\n- fix the irrigation pump before the heat comes, whatever happens\n- take Yiayia to the Agape vespers this afternoon",
    tasks: [
      { title: 'Spray the copper on the lower grove', due: '2026-04-15' }, // resting on the weather: a task
      { title: 'Finish pruning the Koroneiki trees by the terraces', due: null }, // "once X, do Y": Y without a date
      { title: 'Phone Manolis about last season\'s payment', due: '2026-04-14' }, // "unless the co-op rings first": the plan stands unless it is overtaken
      { title: 'Scan the EU subsidy letter and send it to the accountant', due: null }, // "when the letter comes", as "once": a task without a date
      { title: 'Pick Eleni up from Heraklion', due: '2026-04-16' }, // resting on a flight being on time, as on the weather: a task on its day
      // "if the Germans confirm the bottling order": resting on a customer's decision, as on a bank's: no task
      { title: 'Fix the irrigation pump', due: null }, // "before the heat comes" names no day; "whatever happens" makes it a task
      { title: 'Take Yiayia to the Agape vespers', due: '2026-04-12' },
    ],
  },
  // ───────────────────────── twelve new voices ─────────────────────────
  {
    // A Trello board: TO DO and DOING cards are tasks; DONE cards mark open tasks done; the board's
    // name is the project of every card (without "board"); a card assigned to another member is theirs.
    name: 'kanban 1: community radio outreach coordinator in Accra on Independence Day, a Trello board with done and moved cards',
    today: '2026-03-06',
    timezone: 'Africa/Accra',
    open: [
      { id: RADIO_ROTA, title: 'Volunteer rota for March', due_date: '2026-03-02' },
      { id: RADIO_NCA, title: 'Renew the NCA frequency fee', due_date: '2026-03-10' },
      { id: RADIO_HEADPHONES, title: 'Collect the donated headphones from MTN', due_date: '2026-03-05' },
    ],
    text: "Asante FM Community Outreach (Trello board, copied out on Independence Day)\n\nTO DO\n- Book the Adum school hall for the listeners' forum, next Saturday\n- Print 200 flyers for the forum\n- Call Auntie Efua re sponsoring the quiz prizes\n- Fix the mic stand in studio B (assigned: Kojo)\n- Thank-you post for the Independence Day phone-in callers\n\nDOING\n- Volunteer rota for March, finish Monday\n- Edit the Independence Day vox pops and air them tonight\n\nDONE\n- Renew the NCA frequency fee\n- Collect the donated headphones from MTN",
    tasks: [
      // "next Saturday" said on a Friday: next week's Saturday (general-dev), not tomorrow
      { title: "Book the Adum school hall for the listeners' forum", due: '2026-03-14', project: 'Asante FM Community Outreach' },
      { title: 'Print 200 flyers for the forum', due: null, project: 'Asante FM Community Outreach' },
      { title: 'Call Auntie Efua re sponsoring the quiz prizes', due: null, project: 'Asante FM Community Outreach' },
      // "(assigned: Kojo)": Kojo's card, no task of the writer's
      // "the Independence Day phone-in" names the phone-in (a holiday then a thing), no date
      { title: 'Thank-you post for the Independence Day phone-in callers', due: null, project: 'Asante FM Community Outreach' },
      // one card, one task: airing is the edit's last step, tonight
      { title: 'Edit the Independence Day vox pops and air them', due: '2026-03-06', project: 'Asante FM Community Outreach' },
    ],
    updates: [
      { task_id: RADIO_ROTA, due: '2026-03-09' }, // a DOING card for an open task with a new day ("finish Monday") moves it
      { task_id: RADIO_NCA, status: 'done' },
      { task_id: RADIO_HEADPHONES, status: 'done' },
    ],
  },
  {
    // A voice memo transcript: the "[00:14]" stamps and the header's clock time are no dates.
    name: 'transcript 1: archaeologist at a dig house in Jordan on Independence Day, a voice memo with time stamps',
    today: '2026-05-25',
    timezone: 'Asia/Amman',
    text: "Voice memo, 25 May 2026 at 18:42 (auto-transcript)\n\n[00:00] Okay. Recording. Independence Day, so the dig house is empty, everyone's gone into Amman for the fireworks.\n[00:08] Um, things. The finds register for trench C has to be up to date before Dr. Haddad gets here on Thursday, so I'll do it Wednesday.\n[00:21] Order more of the acid-free finds bags, the small ones, and a new Munsell chart, ours got coffee on it.\n[00:33] Email the conservation lab in Madaba about the bronze ring, ask if they can take it next week.\n[00:46] Tomorrow first thing, re-stake the grid on the north baulk, the wind had it over again.\n[01:01] Samir is doing the pottery drawings, so that's not me, good.\n[01:08] Call Mum Sunday. And the residence permit, renew it by the 10th of June, um, take the passport photos in with me.\n[01:24] Photograph the mosaic fragment at the end of the week before the tarp goes back on.\n[01:33] And I really need to sleep more. Okay. Stop.",
    tasks: [
      // the day said for doing it ("I'll do it Wednesday") over "before … Thursday"
      { title: 'Get the finds register for trench C up to date', due: '2026-05-27' },
      { title: 'Order more of the acid-free finds bags (the small ones) and a new Munsell chart', due: null },
      // "next week" is when the lab would take the ring, not when to email
      { title: 'Email the conservation lab in Madaba about the bronze ring', due: null },
      { title: 'Re-stake the grid on the north baulk', due: '2026-05-26' },
      // Samir's drawings: someone else's, no task
      { title: 'Call Mum', due: '2026-05-31' },
      // "take the passport photos in with me" is part of renewing, no task of its own
      { title: 'Renew the residence permit', due: '2026-06-10' },
      { title: 'Photograph the mosaic fragment', due: '2026-05-29' }, // "end of the week": its Friday (Jordan's weekend aside)
      // "I really need to sleep more": a wish, no task
    ],
  },
  {
    // A developer's tracker tickets among errands: ticket keys stay at the head of the title; a
    // "life:" line over the errands is generic like "Personal:", so the dump is ungrouped.
    name: 'tickets 1: backend developer on call in Montevideo on New Year\'s Eve, tracker tickets mixed with errands, with open tickets',
    today: '2026-12-31',
    timezone: 'America/Montevideo',
    open: [
      { id: DEV_OPS205, title: 'OPS-205 upgrade the ingress controller', due_date: null },
      { id: DEV_PAY77, title: 'PAY-77 add installments to the checkout', due_date: '2027-01-15' },
      { id: DEV_OPS199, title: 'OPS-199 postgres minor upgrade', due_date: '2027-01-04' },
    ],
    text: "NYE on call 🎆 pager quiet so far, knock on wood\n\nOPS-212 fix the cron alert that fires every midnight UTC (so 21:00 here, great)\nOPS-219 rotate the staging db creds before Jan 4\nPAY-88 investigate the double webhook from Mercado Pago, a merchant got charged twice\nPAY-91 write tests for the refund flow\nWEB-340 review Nati's PR for the checkout copy tmrw\nOPS-205 done, merged this morning 🎉\nPAY-77 won't do, product dropped installments\nOPS-199 postgres minor upgrade → moved to next sprint, starts Jan 11\n\nlife:\n- grapes for midnight + a bottle of sidra\n- pick up Abuela at 8 for dinner\n- pay the UTE bill by the 5th\n- book the car in for a service on the 18th, after the beach\n- Lucía's bday present, her party's Sunday",
    tasks: [
      // "every midnight UTC" says when the alert fires, not when to fix it
      { title: 'OPS-212 fix the cron alert that fires every midnight UTC', due: null },
      { title: 'OPS-219 rotate the staging db creds', due: '2027-01-03' }, // "before Jan 4": the day before
      { title: 'PAY-88 investigate the double webhook from Mercado Pago', due: null },
      { title: 'PAY-91 write tests for the refund flow', due: null },
      { title: "WEB-340 review Nati's PR for the checkout copy", due: '2027-01-01' },
      // "for midnight" on New Year's Eve: tonight's midnight (the twelve grapes), so today
      { title: 'Grapes for midnight + a bottle of sidra', due: '2026-12-31' },
      { title: 'Pick up Abuela for dinner', due: '2026-12-31' }, // a bare time: today
      { title: 'Pay the UTE bill', due: '2027-01-05' },
      { title: 'Book the car in for a service', due: '2027-01-18' }, // "after the beach" is a remark
      { title: "Lucía's bday present", due: '2027-01-03' }, // the party the present serves is Sunday
    ],
    updates: [
      { task_id: DEV_OPS205, status: 'done' },
      { task_id: DEV_PAY77, status: 'cancelled' }, // "won't do, product dropped installments"
      { task_id: DEV_OPS199, due: '2027-01-11' }, // "moved to next sprint, starts Jan 11": the sprint's first day
    ],
  },
  {
    // Bullet journal, as the eleventh set's: • task, × done, > migrated, < scheduled, ○ event
    // attended, – note. The page's title line is no date heading.
    name: 'bujo 1: ceramicist in Taipei on Double Ten Day, a bullet-journal studio log with open tasks',
    today: '2026-10-10',
    timezone: 'Asia/Taipei',
    open: [
      { id: BUJO_LIN, title: 'Email Mr. Lin the invoice', due_date: '2026-10-09' },
      { id: BUJO_SHELF, title: 'Fix the crack in the kiln shelf', due_date: '2026-10-05' },
      { id: BUJO_KILN, title: 'Kiln firing', due_date: '2026-10-12' },
    ],
    text: "~ studio log ~  (Double Ten, fireworks on TV later)\n\n× glaze test tiles for the celadon batch\n× email Mr. Lin the invoice\n• reclaim the clay scraps in the slop bucket\n• order cone 10 witness cones\n> fix the crack in the kiln shelf (migrated AGAIN)\n> call the gallery re the consignment numbers\n< teach the wheel class Tues 7pm\n< kiln firing 10/17\n○ Dihua St craft fair Sunday, stall 14\n– new Shino glaze crawled again, too thick?\n– Ah-Ming says the studio rent goes up in Jan\n• pick up Mei at the MRT 6:30",
    tasks: [
      // "× glaze test tiles": done and not an open task, nothing
      { title: 'Reclaim the clay scraps in the slop bucket', due: null },
      { title: 'Order cone 10 witness cones', due: null },
      // "> fix the crack in the kiln shelf" is already open: neither a new task nor an update
      { title: 'Call the gallery re the consignment numbers', due: null }, // migrated, not open: a task
      { title: 'Teach the wheel class', due: '2026-10-13' },
      { title: 'Dihua St craft fair, stall 14', due: '2026-10-11' }, // ○ an event the person works at
      { title: 'Pick up Mei at the MRT', due: '2026-10-10' }, // a bare time: today
    ],
    updates: [
      { task_id: BUJO_LIN, status: 'done' },
      { task_id: BUJO_KILN, due: '2026-10-17' }, // "< kiln firing 10/17": the open task scheduled for a new day (Taiwan writes month first)
    ],
  },
  {
    // Sticky notes: capitals alone are shouting, no priority; "!!!" and "URGENT" are stated
    // priorities; the note colours are no groups.
    name: 'caps 1: salon owner in Lagos on Independence Day, sticky notes typed up, some shouted in capitals',
    today: '2026-10-01',
    timezone: 'Africa/Lagos',
    text: "typing up the sticky notes off the salon mirror before the steam takes them:\n\n(yellow) restock relaxer + edge control, Tope says last tub\n(pink) CALL THE PREPAID METER MAN ABOUT THE BYPASS!!!\n(yellow) Blessing's salary, pay her Friday\n(green) book the gen servicing for next week\n(pink) MAMA'S BIRTHDAY SAT 3RD — BUY THE GEORGE WRAPPER\n(yellow) new price list for the window, print it\n(orange) URGENT renew the shop signage permit with the LG before it expires on the 15th\n(green) independence day promo on IG today!\n(pink) CHIDINMA BRIDAL TRIAL TUES 10AM\n(yellow) ask landlord about the leak over the dryers\n(green) happy 66th Naija 🇳🇬",
    tasks: [
      { title: 'Restock relaxer + edge control', due: null },
      { title: 'Call the prepaid meter man about the bypass', due: null, priority: 'high' }, // "!!!"
      { title: "Pay Blessing's salary", due: '2026-10-02' },
      { title: 'Book the gen servicing', due: '2026-10-05' }, // "for next week": its Monday
      // the birthday's day is the day of the thing the wrapper serves; capitals give no priority
      { title: "Buy the George wrapper for Mama's birthday", due: '2026-10-03' },
      { title: 'Print the new price list for the window', due: null },
      { title: 'Renew the shop signage permit with the LG', due: '2026-10-14', priority: 'high' }, // "before it expires on the 15th": the day before
      { title: 'Independence Day promo on IG', due: '2026-10-01' },
      { title: 'Chidinma bridal trial', due: '2026-10-06' }, // an appointment in her own salon
      { title: 'Ask landlord about the leak over the dryers', due: null },
    ],
  },
  {
    // A markdown table: rows whose "who" is "me" or "everyone" are the person's; other names'
    // rows are not (their "asap" is no priority of the person's). The heading over the table names
    // the effort, a project; the line after the table is loose ("Also me:").
    name: 'table 1: netball club secretary in Perth on the last day of August, a markdown table of who does what',
    today: '2026-08-31',
    timezone: 'Australia/Perth',
    text: "End-of-season windup — to-do (pasted from the committee doc)\n\n| task | who | when |\n|---|---|---|\n| book the function room at the Leederville Hotel | me | by Fri |\n| order trophies + engraving | Shaz | 12/9 |\n| collect the trophies | me | Thu 17/9 |\n| photo slideshow | Kez | |\n| send invites to families | me | tomorrow |\n| chase unpaid subs (6 families) | me | before the windup |\n| sausage sizzle roster | everyone | end of next week |\n| thank-you card + voucher for the umpires | me | |\n| confirm the DJ | Shaz | asap |\n\nWindup is Sat 19/9 from 6. Also me: renew my coaching accreditation, it expires 30/9.",
    tasks: [
      { title: 'Book the function room at the Leederville Hotel', due: '2026-09-04', project: 'End-of-season windup' },
      { title: 'Collect the trophies', due: '2026-09-17', project: 'End-of-season windup' },
      { title: 'Send invites to families', due: '2026-09-01', project: 'End-of-season windup' },
      // the windup's day is said below the table (Sat 19/9): the day before
      { title: 'Chase unpaid subs (6 families)', due: '2026-09-18', project: 'End-of-season windup' },
      { title: 'Sausage sizzle roster', due: '2026-09-11', project: 'End-of-season windup' }, // "everyone"; end of next week: its Friday
      { title: 'Thank-you card + voucher for the umpires', due: null, project: 'End-of-season windup' },
      // the windup itself is the effort's own day, no task
      { title: 'Renew my coaching accreditation', due: '2026-09-30', project: null }, // "expires 30/9"
    ],
  },
  {
    // A pasted course schedule: the student's own deliverables in it ("Essay 2 due …", "bring 2
    // printed copies …") are tasks on their day; topics, readings already ticked, classes and breaks
    // are not. The course named in the opening sentence is no group; "my to-dos:" is generic.
    name: 'syllabus 1: community-college student in Phoenix on a Sunday, a course schedule pasted with her own to-dos',
    today: '2026-09-27',
    timezone: 'America/Phoenix',
    text: "pasting the ENG 102 schedule from Canvas so I stop missing stuff\n\nWeek 5 (Sep 21) – Rhetorical analysis, read ch. 6 ✔\nWeek 6 (Sep 28) – Argument essay workshop Tue 9/29, bring 2 printed copies of your draft\nWeek 7 (Oct 5) – Essay 2 due Wed 10/7 by 11:59pm\nWeek 8 (Oct 12) – Visual rhetoric; no class Thu (fall break)\nWeek 9 (Oct 19) – Research proposal due Fri 10/23\n\nmy to-dos:\n- email Prof. Yazzie tonight about the quiz I missed\n- finish the draft by Monday night\n- book a writing center appt before the workshop\n- pay the parking permit balance, they put a hold on registration otherwise\n- swap my Wed shift w/ Marco at Safeway\n- return the library laptop, it's due 10/1",
    tasks: [
      // the week's start in brackets is no due date; the workshop's day is
      { title: 'Bring 2 printed copies of your draft', due: '2026-09-29' },
      { title: 'Essay 2', due: '2026-10-07' },
      { title: 'Research proposal', due: '2026-10-23' },
      { title: 'Email Prof. Yazzie about the quiz I missed', due: '2026-09-27' },
      { title: 'Finish the draft', due: '2026-09-28' },
      { title: 'Book a writing center appt', due: '2026-09-28' }, // the day before the workshop (Tue 9/29)
      { title: 'Pay the parking permit balance', due: null },
      // "my Wed shift" names which shift, no date for the swap
      { title: 'Swap my Wed shift with Marco at Safeway', due: null },
      { title: 'Return the library laptop', due: '2026-10-01' }, // "it's due 10/1"
    ],
  },
  {
    // A carer's notes: the daily routine (doses, walks, checks, a course that ends on a day) is no
    // task; the one-offs are. "DAILY" and "ONE-OFFS" sort by kind, no groups.
    name: 'meds 1: granddaughter caring for her grandmother after a hip replacement in Kuala Lumpur on Chinese New Year',
    today: '2027-02-06',
    timezone: 'Asia/Kuala_Lumpur',
    text: "Ah Ma care notes — 1st day of CNY, the aunties are coming from 11 so writing this now\n\nDAILY (same as last week)\n- amlodipine 5mg at 8am with breakfast\n- clexane jab at 6pm, until the 14th then stop\n- walk with the frame 3x a day, 10 min each\n- check the wound dressing every morning, must be dry\n\nONE-OFFS\n- collect the new prescription from Pantai pharmacy Monday, closed till then\n- physio home visit Wed 2pm, move the coffee table that morning so the frame fits\n- book the follow-up with Dr. Lim, clinic said call after the 10th\n- buy more non-slip socks (size M)\n- ask Uncle Wei to take the night shift on Thursday so I can sleep\n- return the borrowed wheelchair to the church by the end of the month\n- sharps bin nearly full, get a new one from the klinik\n- ask the pharmacist if she can take panadol with the clexane",
    tasks: [
      // the clexane course ending on the 14th is part of the routine, no task ("then stop")
      { title: 'Collect the new prescription from Pantai pharmacy', due: '2027-02-08' },
      // an appointment the carer must be home for is a task on its day, as appointments are
      { title: 'Physio home visit', due: '2027-02-10' },
      { title: 'Move the coffee table so the frame fits', due: '2027-02-10' }, // "that morning": Wednesday
      { title: 'Book the follow-up with Dr. Lim', due: '2027-02-11' }, // "after the 10th": the day after
      { title: 'Buy more non-slip socks (size M)', due: null },
      // the day of the shift asked for is the ask's day, as "ask Priya to cover my shift on Oct 9"
      { title: 'Ask Uncle Wei to take the night shift on Thursday', due: '2027-02-11' },
      { title: 'Return the borrowed wheelchair to the church', due: '2027-02-28' },
      { title: 'Get a new sharps bin from the klinik', due: null },
      { title: 'Ask the pharmacist if she can take panadol with the clexane', due: null },
    ],
  },
  {
    // Formal minutes: only "ACTION (LB)" (the minute-taker's initials) and "ACTION (ALL)" are the
    // person's; the numbered agenda headings are groups, except "AOB", a catch-all like "Misc"
    // (null); the next meeting is a standing fixture, no task; dates of other people's actions and
    // of the events an action mentions ("removal on 1 May", "the general assembly on 21 May") are
    // not the person's due dates.
    name: 'minutes 1: housing co-op minute-taker in Copenhagen the day after the clocks went forward, formal minutes with ACTION lines',
    today: '2026-03-30',
    timezone: 'Europe/Copenhagen',
    text: "Rosenvænget Housing Co-op: Board meeting minutes\nThursday 26 March 2026, 19:00, common room\nPresent: MH (chair), JT, SK, AN, LB (minutes)\nApologies: PV\n\n1. Minutes of the last meeting\nApproved without changes.\n\n2. Roof repairs, block C\nQuote from Taglund received (DKK 412,000). The board wants a second quote before deciding.\nACTION (SK): request a second quote from Nordtag by 10 April.\nACTION (LB): send the approved minutes and the Taglund quote to all residents this week.\n\n3. Courtyard and bike shed\nThe bike shed lock is broken again. Abandoned bikes will be removed on 1 May.\nACTION (JT): replace the bike shed lock.\nACTION (LB): put up a notice about the abandoned bikes.\nACTION (ALL): walk the courtyard before the spring clean-up day (Saturday 18 April) and list what needs fixing.\n\n4. Finance\nAN reported the heating account is DKK 38,000 over budget.\nACTION (AN): prepare a revised budget for the general assembly on 21 May.\nACTION (LB): book the common room for the general assembly by the end of next week.\n\n5. AOB\nACTION (LB): ask the kommune about this year's bulky waste pickup dates.\nMH thanked SK for organising the fastelavn party.\n\nNext meeting: Thursday 23 April, 19:00.\n\n(typed up Monday, the clocks went forward and Sunday vanished)",
    tasks: [
      { title: 'Send the approved minutes and the Taglund quote to all residents', due: '2026-04-03', project: 'Roof repairs, block C' }, // "this week" on a Monday: Friday
      { title: 'Put up a notice about the abandoned bikes', due: null, project: 'Courtyard and bike shed' },
      { title: 'Walk the courtyard and list what needs fixing', due: '2026-04-17', project: 'Courtyard and bike shed' }, // the day before Saturday 18 April
      { title: 'Book the common room for the general assembly', due: '2026-04-10', project: 'Finance' }, // end of next week: its Friday
      { title: "Ask the kommune about this year's bulky waste pickup dates", due: null, project: null }, // under AOB
    ],
  },
  {
    // A family fridge calendar: lines for other people (Jack's bins, Tom's do) are no tasks; a
    // line that is an event with a step of the writer's ("bring a plate", "pick up the cake") is the
    // step alone, on the line's day; a line that is only the writer's appointment or meeting is a
    // task on its day; the flight itself is no task.
    name: 'fridge 1: mum in Brisbane on the last day of November, the December fridge calendar by day of the month',
    today: '2026-11-30',
    timezone: 'Australia/Brisbane',
    text: "DECEMBER off the fridge calendar (typing it in so it's in my phone)\n\nTue 1st: bins, Jack's turn (yellow lid)\nThu 3rd: Ruby's swimming carnival, pack her lunch + sunscreen. I'm timekeeping 9–12\nFri 4th: Tom's work Christmas do, he's out late\nSat 5th: Nan's 80th at the bowls club 12pm, pick up the cake from Bakers Delight in the morning\nMon 7th: dentist x2, Ruby 3:30 & Jack 4:00\nWed 9th: last P&C meeting of the year 7pm\nFri 11th: school concert 6pm, Ruby needs a white shirt, buy one before then\nSat 12th: Jack's footy breakup, bring a plate\nTue 15th: pay the swim club fees for next term\nFri 18th: LAST DAY OF SCHOOL 🎉 teacher gifts\nMon 21st: fly to Cairns 6am 🌴\n\nalso book the cattery for Mittens before we fly, and get the car serviced sometime",
    tasks: [
      { title: "Pack Ruby's lunch + sunscreen", due: '2026-12-03' },
      // "I'm timekeeping 9–12": the writer's own job at the carnival
      { title: "Timekeeping at Ruby's swimming carnival", due: '2026-12-03' },
      { title: 'Pick up the cake from Bakers Delight', due: '2026-12-05' }, // "in the morning" of Nan's 80th
      { title: 'Dentist x2, Ruby & Jack', due: '2026-12-07' }, // the writer takes them: one appointment line, one task
      { title: 'Last P&C meeting of the year', due: '2026-12-09' },
      { title: 'Buy Ruby a white shirt', due: '2026-12-10' }, // "before then": the day before the concert
      { title: "Bring a plate to Jack's footy breakup", due: '2026-12-12' },
      { title: 'Pay the swim club fees for next term', due: '2026-12-15' },
      { title: 'Teacher gifts', due: '2026-12-18' },
      { title: 'Book the cattery for Mittens', due: '2026-12-20' }, // "before we fly" (Mon 21st): the day before
      { title: 'Get the car serviced', due: null },
    ],
  },
  {
    // Franklin-style priorities: A high, B medium, C low (as (A)/(B)/(C)); a line without a letter
    // ("+ …") has no priority key.
    name: 'abc 1: hotel night manager in Mexico City on the Day of the Dead, A1/A2/B1/C1 priorities',
    today: '2026-11-02',
    timezone: 'America/Mexico_City',
    text: "Día de Muertos, the lobby ofrenda came out beautiful. Night shift list:\n\nA1 fix the overbooking on the Ramírez wedding block, 14 rooms, they arrive Fri\nA2 night audit discrepancy from Saturday, find the 3,200 pesos before the GM's review tomorrow\nB1 do the front desk schedule for December by the 20th\nB2 reply to the TripAdvisor review about the street noise\nC1 reorganise the lost & found closet\nC2 look into the sommelier course HR pays for\n+ call the plumber about room 512 tonight, the guest already complained twice",
    tasks: [
      // the arrival the fix serves is Friday
      { title: 'Fix the overbooking on the Ramírez wedding block, 14 rooms', due: '2026-11-06', priority: 'high' },
      // "from Saturday" is past (stays in the title); "before the GM's review tomorrow": the day before, today
      { title: 'Night audit discrepancy from Saturday, find the 3,200 pesos', due: '2026-11-02', priority: 'high' },
      { title: 'Do the front desk schedule for December', due: '2026-11-20', priority: 'medium' },
      { title: 'Reply to the TripAdvisor review about the street noise', due: null, priority: 'medium' },
      { title: 'Reorganise the lost & found closet', due: null, priority: 'low' },
      { title: 'Look into the sommelier course HR pays for', due: null, priority: 'low' },
      { title: 'Call the plumber about room 512', due: '2026-11-02' },
    ],
  },
  {
    // Hindi–English: titles keep the mixed language, without "hai"/"karna hai" filler where it is
    // only "need to"; "kal" with a future verb is tomorrow, with a past verb ("bataya") yesterday;
    // "parso" the day after tomorrow; "se pehle" is "before"; "is hafte" is "this week"; "shaam ko"
    // this evening. Telling a colleague to do something ("Rohan ko bolna hai") is the person's task.
    name: 'hinglish 1: chartered accountant in Pune two days before the income-tax deadline, Hindi–English mix',
    today: '2026-07-29',
    timezone: 'Asia/Kolkata',
    text: "aaj ka scene: 31 July ki deadline sar pe hai, 40 ITR abhi bhi pending 😩\nkal Sunita ne bataya ki portal bahut slow chal raha hai, raat ko file karna padega\n- Mehta ji ka ITR kal tak file karna hai, Form 16 aa gaya\n- Kulkarni aunty ko call karo, unka capital gains statement chahiye\n- parso CA study circle meeting hai 6 baje, jana hai\n- Sharma Traders ki GST return 11 Aug se pehle\n- office ke AC ke liye repair wale ko bulao, Friday ko\n- Riya ki school fees is hafte bharni hai\n- shaam ko mummy ki medicines le aana\n- Deshpande ka audit report next Monday tak\n- Rohan ko bolna hai ki Patil ka 26AS download kare",
    tasks: [
      // the 31 July deadline is the season's, no task; "raat ko file karna padega" is a general remark
      { title: 'Mehta ji ka ITR file karna', due: '2026-07-30' }, // "kal tak": by tomorrow
      { title: 'Kulkarni aunty ko call karo, unka capital gains statement chahiye', due: null },
      { title: 'CA study circle meeting', due: '2026-07-31' }, // "parso"
      { title: 'Sharma Traders ki GST return', due: '2026-08-10' }, // "11 Aug se pehle": the day before
      { title: 'Office ke AC ke liye repair wale ko bulao', due: '2026-07-31' },
      { title: 'Riya ki school fees bharni', due: '2026-07-31' }, // "is hafte": this week's Friday
      { title: 'Mummy ki medicines le aana', due: '2026-07-29' }, // "shaam ko": this evening
      { title: 'Deshpande ka audit report', due: '2026-08-03' }, // "next Monday tak"
      { title: 'Rohan ko bolna ki Patil ka 26AS download kare', due: null },
    ],
  },

  // ───────────────────────── established voices ─────────────────────────
  {
    name: 'nothing 1: glassblower in Murano on Republic Day, a quiet day written down',
    today: '2027-06-02',
    timezone: 'Europe/Rome',
    text: "Festa della Repubblica. Furnace off for once, the whole island quiet except the vaporetti. Walked to the Lido with Chiara and ate too much fritto misto. The big chandelier for the Dubai client shipped on Monday, finally, eleven weeks of work in six crates. Maestro Toso came by the studio yesterday and said the blue was the best he'd seen from me. I didn't know what to say. My forearms have stopped aching. Tomorrow the furnace goes back on and the summer orders start, but today nothing. Grazie, Venezia.",
    tasks: [],
  },
  {
    name: 'oneliner 1: tuk-tuk driver in Colombo on Sinhala and Tamil New Year',
    today: '2027-04-14',
    timezone: 'Asia/Colombo',
    text: 'renew the tuk tuk revenue licence by the 30th, after that the fine doubles',
    tasks: [{ title: 'Renew the tuk tuk revenue licence', due: '2027-04-30' }],
  },
  {
    name: 'oneliner 2: ballet teacher in Buenos Aires on Independence Day, "by friday week"',
    today: '2026-07-09',
    timezone: 'America/Argentina/Buenos_Aires',
    text: 'need to book the rehearsal room at the Coliseo for the winter recital by friday week',
    tasks: [
      { title: 'Book the rehearsal room at the Coliseo for the winter recital', due: '2026-07-17' }, // a week after the coming Friday (10 July)
    ],
  },
  {
    name: 'long 1: large-animal vet in Christchurch on Labour Day, upper-case headings and a loose line, twenty-two tasks',
    today: '2026-10-26',
    timezone: 'Pacific/Auckland',
    text: "Labour Day and I'm on call, of course. Two calvings and a lab that ate a sock before 10am. Getting everything out of my head while it's quiet:\n\nCLINIC\n- order more calcium borogluconate asap, we're down to 6 bottles\n- fix the autoclave door seal or get Medtech out\n- rota for November, Aroha wants Fridays off\n- call Mrs Whitfield with Bella's biopsy results tomorrow\n- new puppy pack flyers, print 50\n- chase the lab about the missing bloods from Thursday\n- staff drinks for Jess's farewell on Friday, book the pub\n- write up the Fraser heifer's calving notes tonight\n\nFARM CALLS\n- TB testing at the Morrison farm Wednesday 7am\n- pregnancy scanning at Hills Road dairy next week\n- drop the mastitis samples off at Gribbles on the way back from Darfield tomorrow\n- quote for the Ellesmere herd health plan, by end of the month\n\nADMIN\n- GST return due the 28th\n- renew my VCNZ practising certificate before the end of November\n- reply to the insurance lady re the ute claim\n- sign off Sam's CPD hours\n\nHOME\n- Lily's school trip form + $25 by Thursday\n- book the WOF for the ute in two weeks\n- mow the lawns, it looks like a paddock\n- ring Dad, it's been weeks\n- get Lily's birthday present, she turns 9 on the 8th\n\nThe rest can wait till after the Show. It's 11–13 Nov this year, clean the truck for the parade on the 12th.",
    tasks: [
      { title: 'Order more calcium borogluconate', due: null, project: 'Clinic', priority: 'high' },
      { title: 'Fix the autoclave door seal or get Medtech out', due: null, project: 'Clinic' },
      { title: 'Rota for November', due: null, project: 'Clinic' }, // "November" names the rota
      { title: "Call Mrs Whitfield with Bella's biopsy results", due: '2026-10-27', project: 'Clinic' },
      { title: 'New puppy pack flyers, print 50', due: null, project: 'Clinic' },
      { title: 'Chase the lab about the missing bloods from Thursday', due: null, project: 'Clinic' }, // "from Thursday": past
      { title: "Book the pub for Jess's farewell drinks", due: '2026-10-30', project: 'Clinic' }, // the drinks it serves are Friday
      { title: "Write up the Fraser heifer's calving notes", due: '2026-10-26', project: 'Clinic' },
      { title: 'TB testing at the Morrison farm', due: '2026-10-28', project: 'Farm calls' },
      { title: 'Pregnancy scanning at Hills Road dairy', due: '2026-11-02', project: 'Farm calls' }, // "next week": its Monday
      { title: 'Drop the mastitis samples off at Gribbles', due: '2026-10-27', project: 'Farm calls' },
      { title: 'Quote for the Ellesmere herd health plan', due: '2026-10-31', project: 'Farm calls' },
      { title: 'GST return', due: '2026-10-28', project: 'Admin' },
      { title: 'Renew my VCNZ practising certificate', due: '2026-11-30', project: 'Admin' }, // "before the end of November": its last day
      { title: 'Reply to the insurance lady re the ute claim', due: null, project: 'Admin' },
      { title: "Sign off Sam's CPD hours", due: null, project: 'Admin' },
      { title: "Lily's school trip form + $25", due: '2026-10-29', project: 'Home' },
      { title: 'Book the WOF for the ute', due: '2026-11-09', project: 'Home' }, // in two weeks
      { title: 'Mow the lawns', due: null, project: 'Home' },
      { title: 'Ring Dad', due: null, project: 'Home' },
      { title: "Get Lily's birthday present", due: '2026-11-08', project: 'Home' }, // the birthday it serves: Sunday 8 November
      // the closing paragraph, after a blank line and in prose, is outside the groups; the Show's dates are the Show's
      { title: 'Clean the truck for the parade', due: '2026-11-12', project: null },
    ],
  },
  {
    name: 'long 2: flight attendant in Doha on Qatar National Day, prose then a list, twenty-one tasks',
    today: '2026-12-18',
    timezone: 'Asia/Qatar',
    text: "National Day, the Corniche is all maroon flags and I'm finally home after the Sydney turnaround. Jet-lagged brain dump, no order:\n\nBid for the January roster on Monday when it opens, the good trips go in an hour. Renew my aviation medical before it runs out on the 2nd. The uniform shop wants the old blazer back, take it in Sunday with the name badge. Book the SEP recurrent training, it has to be done by the end of January. Pay the Ooredoo bill. Send Mum the money for Joy's tuition by Tuesday. And the car's Istimara expired last week and I keep driving it anyway, renew it tomorrow, don't be stupid.\n\n- call the building about the AC dripping on the balcony\n- buy dates + the chocolates Mum likes to take home\n- haircut before I fly to Manila on the 23rd\n- give Reem her power bank back\n- sign up for the Arabic evening class at Qatar Foundation\n- dentist for the filling that fell out, next week if they have a slot\n- change the address on my QID to the new flat\n- book the airport taxi for the 23rd, 4am\n- laundry + press two sets of uniform for Monday's flight\n- tell crew scheduling I swapped the Tuesday Muscat turn with Ana\n- Christmas cards for the girls at the Manila base\n- order a new trolley bag, the wheel snapped in Sydney\n- download the new safety manual revision\n\nOh and I promised Reem I'd come to her National Day dinner tonight, bring the kunafa.",
    tasks: [
      { title: 'Bid for the January roster', due: '2026-12-21' },
      { title: 'Renew my aviation medical', due: '2027-01-01' }, // "before it runs out on the 2nd": the day before
      { title: 'Take the old blazer back to the uniform shop with the name badge', due: '2026-12-20' },
      // "it has to be done by the end of January": the training's deadline is the booking's (as "have it done by Friday")
      { title: 'Book the SEP recurrent training', due: '2027-01-31' },
      { title: 'Pay the Ooredoo bill', due: null },
      { title: "Send Mum the money for Joy's tuition", due: '2026-12-22' },
      { title: "Renew the car's Istimara", due: '2026-12-19' }, // "expired last week" is past; "tomorrow"
      { title: 'Call the building about the AC dripping on the balcony', due: null },
      { title: 'Buy dates + the chocolates Mum likes to take home', due: null },
      { title: 'Haircut', due: '2026-12-22' }, // the day before the flight on the 23rd; the trip is no task
      { title: 'Give Reem her power bank back', due: null },
      { title: 'Sign up for the Arabic evening class at Qatar Foundation', due: null },
      { title: 'Dentist for the filling that fell out', due: '2026-12-21' }, // "next week": its Monday
      { title: 'Change the address on my QID to the new flat', due: null },
      { title: 'Book the airport taxi', due: '2026-12-23' }, // "for the 23rd", as "book flights for Jan 3rd"
      { title: "Laundry + press two sets of uniform for Monday's flight", due: '2026-12-21' },
      // "the Tuesday Muscat turn" names which turn: no date
      { title: 'Tell crew scheduling I swapped the Tuesday Muscat turn with Ana', due: null },
      { title: 'Christmas cards for the girls at the Manila base', due: null },
      { title: 'Order a new trolley bag', due: null },
      { title: 'Download the new safety manual revision', due: null },
      // a promise to come, with a step: the step, tonight
      { title: "Bring the kunafa to Reem's National Day dinner", due: '2026-12-18' },
    ],
  },
  {
    name: 'done 1: locksmith in Melbourne the Sunday the clocks went forward, a job done, a quote dropped, a job moved, rego renewed',
    today: '2027-10-03',
    timezone: 'Australia/Melbourne',
    open: [
      { id: LOCK_BODYCORP, title: 'Master key system for the Brunswick body corp', due_date: '2027-10-01' },
      { id: LOCK_KEW, title: 'Quote for the Kew safe', due_date: null },
      { id: LOCK_PAPA, title: "Replace Mrs Papadopoulos's deadlock", due_date: '2027-10-05' },
      { id: LOCK_REGO, title: 'Renew the van rego', due_date: '2027-10-08' },
      { id: LOCK_VAN, title: 'Service the van', due_date: null },
    ],
    text: "clocks went forward, lost an hour, grumpy. Sunday admin before the footy:\n\nthe Brunswick body corp master key job is done, invoiced Friday. forget the Kew safe quote, they went with someone else. Mrs Papadopoulos's deadlock: she rang, she's away till the 14th, do it on the 15th instead. van rego renewed online last night ✔\n\nthis week:\n- cut 12 keys for the Carlton share house Monday\n- re-pin the Fitzroy café back door Tuesday\n- order more Lockwood 001 cylinders\n- call the insurance broker re public liability renewal\n- fix the key machine's jig, it's cutting wonky\n- quote for the school's new restricted keying system, by Thursday",
    tasks: [
      { title: 'Cut 12 keys for the Carlton share house', due: '2027-10-04' },
      { title: 'Re-pin the Fitzroy café back door', due: '2027-10-05' },
      // "this week:" said on a Sunday dates the items naming no day of their own: the Friday ahead
      { title: 'Order more Lockwood 001 cylinders', due: '2027-10-08' },
      { title: 'Call the insurance broker re public liability renewal', due: '2027-10-08' },
      { title: "Fix the key machine's jig", due: '2027-10-08' },
      { title: "Quote for the school's new restricted keying system", due: '2027-10-07' },
    ],
    updates: [
      { task_id: LOCK_BODYCORP, status: 'done' },
      { task_id: LOCK_KEW, status: 'cancelled' },
      { task_id: LOCK_PAPA, due: '2027-10-15' },
      { task_id: LOCK_REGO, status: 'done' },
      // "Service the van" is not mentioned: no update
    ],
  },
  {
    name: 'us-dates 1: crawfish caterer in Lafayette on Mardi Gras, a catering list by US dates',
    today: '2027-02-09',
    timezone: 'America/Chicago',
    text: "Fat Tuesday!! parade rolls past the shop at noon so nothing's getting done today. Catering list:\n\n2/12 - Thibodeaux rehearsal dinner, 300 lbs crawfish, confirm the count w/ the mother of the groom by 2/10\n2/13 - pick up the rental burners from Acadiana Party\n2/20 - Lafayette Jaycees boil, need the trailer hitch fixed before then\n3/6 - church fish fry, Father Mike wants a quote by end of next week\norder 40 sacks from the Breaux Bridge farm for next weekend\nrenew the health permit, expires 3/1\npayroll Friday\nget Marcel's truck back to him",
    tasks: [
      // an event line with a step of its own: the step alone, with its own date
      { title: 'Confirm the count with the mother of the groom', due: '2027-02-10' },
      { title: 'Pick up the rental burners from Acadiana Party', due: '2027-02-13' },
      { title: 'Get the trailer hitch fixed', due: '2027-02-19' }, // "before then": the day before 2/20
      { title: 'Quote for Father Mike for the church fish fry', due: '2027-02-19' }, // end of next week: its Friday
      { title: 'Order 40 sacks from the Breaux Bridge farm', due: '2027-02-20' }, // "for next weekend": Saturday of next week
      { title: 'Renew the health permit', due: '2027-03-01' }, // "expires 3/1"
      { title: 'Payroll', due: '2027-02-12' },
      { title: "Get Marcel's truck back to him", due: null },
    ],
  },
  {
    name: 'groups 1: podcast producer in Berlin the Sunday the clocks went back, #tags',
    today: '2026-10-25',
    timezone: 'Europe/Berlin',
    text: "Uhren zurück, extra hour, spent it on this:\n\n#podcast edit ep 48 (Dr. Okoye) by Wednesday\n#podcast book the studio at Funkhaus for the live taping on 12 Nov\n#podcast chase the sponsor read from Mubi\n#podcast transcripts for eps 45–47, upload them\n#hörspiel send Lena the foley list tomorrow\n#hörspiel record the rain ambience next rainy day lol\n#hörspiel invoice Deutschlandfunk for the pilot\n#flat Anmeldung appointment at the Bürgeramt Tuesday 9:40, bring the Wohnungsgeberbestätigung\n#flat ask Herr Krause about the radiator in the bathroom\n#flat GEZ letter, pay it\nTomás's birthday drinks Friday at 8, get him something",
    tasks: [
      { title: 'Edit ep 48 (Dr. Okoye)', due: '2026-10-28', project: 'Podcast' },
      { title: 'Book the studio at Funkhaus for the live taping', due: '2026-11-12', project: 'Podcast' }, // the taping it serves
      { title: 'Chase the sponsor read from Mubi', due: null, project: 'Podcast' },
      { title: 'Upload the transcripts for eps 45–47', due: null, project: 'Podcast' },
      { title: 'Send Lena the foley list', due: '2026-10-26', project: 'Hörspiel' },
      { title: 'Record the rain ambience', due: null, project: 'Hörspiel' }, // resting on the weather: a task without a date
      { title: 'Invoice Deutschlandfunk for the pilot', due: null, project: 'Hörspiel' },
      // "bring the Wohnungsgeberbestätigung" is part of the appointment
      { title: 'Anmeldung appointment at the Bürgeramt', due: '2026-10-27', project: 'Flat' },
      { title: 'Ask Herr Krause about the radiator in the bathroom', due: null, project: 'Flat' },
      { title: 'Pay the GEZ letter', due: null, project: 'Flat' },
      { title: "Get Tomás something for his birthday drinks", due: '2026-10-30', project: null }, // untagged line
    ],
  },
  {
    name: 'groups 2: surf school owner in Bali on Indonesian Independence Day, emoji headings',
    today: '2026-08-17',
    timezone: 'Asia/Makassar',
    text: "Dirgahayu RI ke-81 🇮🇩 flag ceremony on the beach this morning with the staff, then back to work.\n\n🏄 SCHOOL\n- wax + fix the dings on the 3 foamies\n- new rash vests, order 20 (S & M)\n- Wayan's instructor certificate renewal, help him with the forms by Friday\n- update the tide times on the website for September\n\n🛵 RENTALS\n- scooter #4 brakes, take it to Made's garage tomorrow\n- chase the Aussie couple for the damage deposit\n- renew the STNK for scooters 1–3 before the 31st\n\n🏡 HOME\n- pay the banjar fee\n- Kadek's school shoes\n- dinner with the Brennans Saturday, bring the arak",
    tasks: [
      { title: 'Wax + fix the dings on the 3 foamies', due: null, project: 'School' },
      { title: 'Order 20 new rash vests (S & M)', due: null, project: 'School' },
      { title: "Help Wayan with the forms for his instructor certificate renewal", due: '2026-08-21', project: 'School' },
      { title: 'Update the tide times on the website for September', due: null, project: 'School' }, // "for September" names which tide times
      { title: "Take scooter #4 to Made's garage for the brakes", due: '2026-08-18', project: 'Rentals' },
      { title: 'Chase the Aussie couple for the damage deposit', due: null, project: 'Rentals' },
      { title: 'Renew the STNK for scooters 1–3', due: '2026-08-30', project: 'Rentals' }, // the day before the 31st
      { title: 'Pay the banjar fee', due: null, project: 'Home' },
      { title: "Kadek's school shoes", due: null, project: 'Home' },
      { title: 'Bring the arak to dinner with the Brennans', due: '2026-08-22', project: 'Home' },
    ],
  },
  {
    name: "label 1: landscape gardener in Cape Town on Women's Day, clients as labels",
    today: '2026-08-09',
    timezone: 'Africa/Johannesburg',
    text: "Women's Day, and the public holiday's tomorrow too, so two days to catch up. Clients:\n\nMrs Botha: prune the roses before the end of the month, she wants them done before her garden club visit\nThe Naidoos: quote for the irrigation system, send by Wednesday; and order the fynbos plugs (40 restios)\nGreenpoint body corporate: mow the verges every second Friday (next one the 14th), fix the broken sprinkler by the pool\nDr. Abrahams: ask her if the compost delivery can come Tuesday\nMr Petersen: chase his invoice from July, it's 60 days now\n\nMe: service the brush cutter, and new gloves",
    tasks: [
      { title: 'Prune the roses', due: '2026-08-31', project: 'Mrs Botha' }, // the garden club visit has no day
      { title: 'Quote for the irrigation system', due: '2026-08-12', project: 'The Naidoos' },
      { title: 'Order the fynbos plugs (40 restios)', due: null, project: 'The Naidoos' },
      { title: 'Mow the verges', due: '2026-08-14', project: 'Greenpoint body corporate' }, // a round whose next turn is named
      { title: 'Fix the broken sprinkler by the pool', due: null, project: 'Greenpoint body corporate' },
      // Tuesday is what the question is about, not when to ask
      { title: 'Ask her if the compost delivery can come Tuesday', due: null, project: 'Dr. Abrahams' },
      { title: 'Chase his invoice from July', due: null, project: 'Mr Petersen' },
      { title: 'Service the brush cutter', due: null, project: null },
      { title: 'Buy new gloves', due: null, project: null },
    ],
  },
  {
    name: 'project 1: hot-sauce maker in Kingston on Independence Day, a launch named in prose with loose lines after it',
    today: '2026-08-06',
    timezone: 'America/Jamaica',
    text: "Independence Day! Parade done, curry goat eaten. Now the pepper sauce launch. We're launching \"Miss Ivy's Scotch Bonnet\" at the Devon House market on 5 September and there's so much left. For the launch I need to get the labels reprinted with the nutrition panel by the 20th, sort the bottle order with the supplier in Spanish Town (3,000 of the 150ml ones), and book the food handler's permit inspection next week. Marcia is doing the Instagram, so not me. I have to call the Bureau of Standards about the barcode tomorrow, and decide on the price before the tasting. The tasting is the 29th at Mom's yard, invite the first 30 people from the WhatsApp list by the 15th. Then taste-test the mango-habanero batch one more time.\n\nSeparately: renew my driver's licence before it expires on the 31st, and pay the JPS bill.",
    tasks: [
      { title: 'Get the labels reprinted with the nutrition panel', due: '2026-08-20', project: 'Pepper sauce launch' },
      { title: 'Sort the bottle order with the supplier in Spanish Town (3,000 of the 150ml ones)', due: null, project: 'Pepper sauce launch' },
      { title: "Book the food handler's permit inspection", due: '2026-08-10', project: 'Pepper sauce launch' }, // "next week": its Monday
      { title: 'Call the Bureau of Standards about the barcode', due: '2026-08-07', project: 'Pepper sauce launch' },
      // the tasting's day is said in the next sentence (the 29th): the day before
      { title: 'Decide on the price', due: '2026-08-28', project: 'Pepper sauce launch' },
      { title: 'Invite the first 30 people from the WhatsApp list', due: '2026-08-15', project: 'Pepper sauce launch' },
      { title: 'Taste-test the mango-habanero batch one more time', due: null, project: 'Pepper sauce launch' },
      { title: "Renew my driver's licence", due: '2026-08-30', project: null }, // the day before it expires on the 31st
      { title: 'Pay the JPS bill', due: null, project: null },
    ],
  },
  {
    name: 'email 1: wedding florist in Kraków on Constitution Day, a bride\'s email forwarded to herself',
    today: '2027-05-03',
    timezone: 'Europe/Warsaw',
    text: "Fwd to myself, answer after the holiday:\n\nFrom: Zuzanna Wójcik\nSubject: Flowers for 12 June – a few things\n\nHi Magda,\nThank you for the lovely mood board! A few things before we finalise:\n1. Could you send us the updated quote with peonies instead of the garden roses, and 7 corsages instead of 6 (my mum wants one too), by Friday?\n2. The venue (Dwór w Tomaszowicach) says you can set up from 10am on the day. Could you confirm the set-up time with them directly? Their coordinator is Pani Ewa.\n3. Kuba is sorting the arch himself, so you can skip that.\n4. We'll pay the second deposit once we have the new quote.\nCould we also come by the studio to see the ribbon colours? Any evening next week works for us, just tell us which.\nWarm wishes,\nZuzia\n\nme: order the peonies from the Dutch supplier by the 20th at the latest, they need 3 weeks. Konstytucja day, studio's shut till tomorrow anyway.",
    tasks: [
      // "answer after the holiday" is how the items get done, no task or date of its own (as "deal with this tonight")
      { title: 'Send the updated quote with peonies instead of the garden roses and 7 corsages instead of 6', due: '2027-05-07' },
      { title: 'Confirm the set-up time with the venue', due: null },
      // Kuba's arch and the couple's deposit are theirs; the wedding's date (12 June) is the project's own
      // "next week" is when they would come; the reply has no day
      { title: 'Tell Zuzia which evening they can come see the ribbon colours', due: null },
      { title: 'Order the peonies from the Dutch supplier', due: '2027-05-20' },
    ],
  },
];

import type { EvalCase } from './dumps.ts';

/**
 * Fourteenth fresh development set of issue #19 (thirty-second round): 48 everyday dumps written from
 * the text alone by two helpers who neither read nor ran the parser (they read only the `EvalCase`
 * type and examples of `eval/dumps.ts`, `eval/score.ts`, the Dates section and the start of the
 * Evaluation section of docs/ai.md, and the header comments of `general-dev.ts` and the eleventh to
 * thirteenth fresh sets). Read once unseen, before any rule was changed for it. Part A is the first
 * 24 dumps, part B the last 24; each helper's own account follows.
 *
 * PART A
 * 24 dumps in the established voices, written from the text alone by
 * a helper who neither read nor ran the parser. They read only the `EvalCase`, `ExpectedTask` and
 * `ExpectedUpdate` types and the first examples of `eval/dumps.ts`, `eval/score.ts`, the header
 * comments of `general-dev.ts` and the eleventh, twelfth and thirteenth fresh sets, and the Dates
 * section and the start of the Evaluation section of docs/ai.md. Every text was written for this set.
 *
 * Voices (the first word of each name): `terse` (a dash list, a comma list), `prose`, `dictation`
 * (two: one plain run-on, one correcting itself), `slack`, `email` (two: one with a greeting, asks
 * of the reader and a sign-off; one forwarded with the person's own note on top), `whatsapp` (a
 * family group chat), `meeting` (notes with action items for several people), `feelings`,
 * `us-dates`, `uk-dates` ("Thurs", "a fortnight today", "Thurs week", "w/c 7th", day/month dates),
 * `foreign-dates` (Portuguese and Turkish date words in English dumps), `emoji`, `project` (two,
 * named in prose), `label` (people and an agency as labels), `groups` (markdown headings),
 * `conditions`, `long` (1,333 characters, 27 tasks), `nothing` and `oneliner`.
 *
 * Counts: 24 dumps, 200 expected tasks, 12 updates (open tasks in four dumps: `prose`, the
 * correcting `dictation`, `feelings`, `us-dates`; 5 done, 5 moved, 2 cancelled), 10 stated
 * priorities (7 high, 3 low), 5 dumps that group items (`meeting`, both `project`, `label`,
 * `groups`; loose items there are `project: null`), 24 zones, one per dump.
 * `today` falls on clock changes (Oslo and Lisbon forward on the day, Auckland and Melbourne
 * forward on the day, Vancouver back on the day, Phoenix the day after the US change, which it
 * keeps out of), holidays (St Patrick's Day, King's Day, Coming of Age Day, Heritage Day, Brazil's
 * Independence Day, Chuseok, Canadian Thanksgiving's day after, Día de Muertos, Turkey's Republic
 * Day, US Thanksgiving, Jamhuri Day, UAE National Day, Iceland's National Day, the Fourth of July,
 * the Chinese New Year Monday in lieu, the Friday before the August bank holiday) and month and year
 * ends (Australia's financial year end on 30 June, New Year's Eve). Every due date was computed
 * with a Node script (`Date`, UTC arithmetic) that printed its weekday, and the clock changes were
 * checked with `Intl` offsets on the day before, the day and the day after.
 *
 * Judgement calls a reader could dispute:
 * - "sometime next week" is next week's Monday, as "next week" is.
 * - "need servicing this week" in dictation is a task ("Get the haul outs serviced"), due Friday.
 * - "ring the accountant today about the fuel receipts" is one task.
 * - A remark naming the day of the event a task serves dates it: "her birthday is sunday", "bday is
 *   Friday", "aniversário dela is 3 de outubro", "it's segunda que vem" (slides for the tech talk),
 *   "pottery class for kids starts pazartesi, buy extra clay", "it expires Thursday", "expires
 *   Tuesday", "it lapses 1/15", "enrolments close on the 15th", "deadline is the 18th".
 * - "before he comes" after "kiln repair guy comes cumartesi" is the day before (Friday).
 * - "by the weekend" is the coming Saturday; "next Saturday" said on a Saturday is a week on;
 *   "next Sunday" said on a Sunday is a week on (Sunday of next week).
 * - "after the bank holiday" (Monday 31 August) is Tuesday 1 September.
 * - "book it in for w/c 7th" is the 7th; "a fortnight today" is today + 14 and "the day before" on
 *   the same line is the 13th day; "Thurs week" is a week after the coming Thursday and dates both
 *   items on its line.
 * - "make the 40 buttonholes the day before!!" is counted back from "Thurs 3/9" on its line; the
 *   wedding itself is no task (the florist's job is the buttonholes).
 * - "prep a mood board the day before" counts back from the consult on its line.
 * - "so before then I need to …" in prose dates the items of that sentence the day before the dry
 *   dock date (17 May); the next sentence ("Also have to ask the gemeente …") is undated.
 * - "Otherwise" and "Personal:" start loose items (`project: null`); project names: "Houseboat
 *   refit", "Sanne's PhD defence", "SolaLite Kickstarter" (the launch's 19 January dates nothing),
 *   "Mombasa trade fair".
 * - "get three quotes … before the holidays" names no day (null).
 * - Meeting notes: the topic headings ("Season opening", "Fundraising", "Gear") are groups, AOB is
 *   none; only "me", "I'll", "Hemi:" / "Hemi to" and "everyone" items are the person's; "the week
 *   before the quiz" (Fri 16 Oct) is 9 October.
 * - Pasted chats: the person says who they are ("me = Dani", "my stuff is whatever's @ me"); items
 *   others take ("I'll handle the mariachi", "I can") are theirs; "file a ticket asap" is high even
 *   though she answers "filing now"; "no rush" is low.
 * - Email: "If you know anyone, let me know" is no task; "please make sure you attend" the dress
 *   rehearsal is a task on its day; the AGM moving is no task; a forwarded email's statement ("the
 *   aircon … is leaking") is covered by the note's own "call Cool-Tech"; "deal with this after the
 *   holiday" dates nothing; "please don't schedule any visits then" is no task.
 * - Updates: "I finally booked the plumber … tick that off" is done; "I'll do it tomorrow instead"
 *   moves the licence disc; "they extended them to the 9th" moves the library books; "did it friday
 *   so tick that off" is done; "forget it … I'm skipping mulch this year" cancels; "I'm cancelling
 *   that" cancels; "got moved to the 16th" moves; "Mum's flight is booked!!" is done (the "!!" is
 *   joy, not priority); "can go in 4/10 instead" moves; "already renewed in Nov, done" and "sent
 *   this AM ✅" are done.
 * - "the Nguyen quote … by thursday no wait wednesday" moves the open quote to Wednesday; "tuesday
 *   actually make that monday afternoon" is Monday.
 * - "end of the week" said on a Sunday is the Friday ahead; "this week" said on a Sunday likewise.
 * - "quarterly estimates for the Ruizes due 4/15, prep worksheet by 4/1" is two tasks.
 * - "staff pizza lunch Friday 3/19 — order it Thurs": the lunch is no task of the person's, ordering
 *   it is (Thursday).
 * - "p1:" leading a line is high priority; "!!" after a line is high; "🔥 URGENT" is high;
 *   "whenever" is low; "Mum's flight is booked!!" carries none.
 * - Conditions: a plan resting on the wind ("If the wind drops … we'll fish the Faxaflói grounds
 *   Saturday") and on rain ("If it rains tomorrow I'll repaint …") is a task; "either way",
 *   "whatever happens", "whether we sail or not" make tasks; "unless Gunnar calls back …, post the
 *   job ad on Monday" is a task; "when the new sonar arrives, install it" and "once the quota
 *   statement comes, check it" are undated tasks; "I'm holding off on the new nets" is none; "if the
 *   light is ok" (photographing vases) is a task.
 * - Labels: "Mrs. Kowalski", "Mr. Dunn", "Rosa" (the bracketed "(Pilsen)" dropped), "Agency"; "Me:"
 *   is loose (`null`). Titles keep the pronouns ("Pick up her refill at Walgreens").
 * - Groups: "## VISA (for Daniel)" is "Visa"; "## CAFÉ" is "Café".
 * - "the chuseok closure sign — take it down Sunday night" is Sunday.
 * - A shopping line with no verb under 🛒 is one task titled by its items.
 * - The long dump's "I'm running the rooftop party tonight" is context, not a task; its steps
 *   under "today:" and "tomorrow (ugh):" are dated by those labels.
 * - Turkish (not in the docs' table): yarın tomorrow, bu akşam today, öbür gün the day after
 *   tomorrow, cuma/cumartesi/pazartesi the coming Friday/Saturday/Monday, "cumaya kadar" by Friday,
 *   "ay sonuna kadar" by the month's end, "haftaya:" next week's Monday, "15 Kasım" 15 November;
 *   titles keep the Turkish ("Call Annem").
 * - Portuguese: "dia 22" is the 22nd; "vence dia 10" the 10th; "no fim de semana" Saturday;
 *   "IPVA segunda parcela" is no Monday.
 * - "update the known issues doc before the submission" after "cert submission is Friday" is
 *   Thursday; "call before Wednesday" is overtaken by Dani's own "I'll call them tomorrow" (the
 *   same Tuesday either way).
 * - "pay the Caldwell photographer his cut once their balance clears" is undated; "renew the
 *   website domain, it expires Jan 20" is the 20th.
 * - "17. júní, flags everywhere" opening the conditions dump is a sentence about today, no date
 *   heading: the undated tasks after it stay undated.
 * - The nothing dump's fireworks "will be visible from the lanai later" is a statement, no task.
 *
 * PART B
 * 24 everyday dumps written from the text alone by a helper who
 * neither read nor ran the parser (it read only the `EvalCase` type and first examples of
 * `eval/dumps.ts`, `eval/score.ts`, the Dates section and the first 60 lines of the Evaluation
 * section of docs/ai.md, and the header comments of `general-dev.ts` and the eleventh to thirteenth
 * fresh sets). Every person, place and line was imagined for this set.
 *
 * Voices, the first word of each name. Twelve new ones, one dump each: `runsheet` (an event-day
 * timeline where only the "ME" lines are the writer's), `standup` (yesterday / today / blockers from
 * a team channel), `nested` (parents with "◦" children two levels deep), `ocr` (a handwritten note
 * through OCR: lines broken mid-sentence, "rn" for "m", "1" for "l"), `newsletter` (a school
 * newsletter with the parent's own notes), `itinerary` (a trip's bookings with errands before
 * leaving), `landlord` (properties as groups), `mealprep` (menu, shopping, prep), `review` (a GTD
 * weekly review), `partners` (a couple's text thread), `taglish` (Tagalog-English with bukas,
 * mamaya, sa Huwebes, sa Miyerkules, bago mag-Friday) and `garden` (a month-by-month calendar).
 * Twelve established ones: `terse`, `prose`, `dictation`, `email`, `meeting`, `uk-dates`,
 * `us-dates`, `groups`, `label`, `project`, `conditions`, `long` (1,327 characters, 29 tasks).
 *
 * Counts: 24 dumps, 209 expected tasks, 8 updates (open tasks in 4 dumps: `standup`, `review`,
 * `partners`, `dictation`; done, moved and cancelled), 8 stated priorities, 6 dumps stating groups
 * (`nested`, `landlord`, `meeting`, `groups`, `label`, `project`), 24 zones (Johannesburg, Kolkata,
 * Toronto, Dublin, Auckland, Mexico City, Lisbon, Chicago, Stockholm, Melbourne, Manila, Amsterdam,
 * Singapore, Buenos Aires, Denver, Nairobi, Seoul, London, Phoenix, Helsinki, Honolulu, Vancouver,
 * Reykjavik, Sydney). `today` falls on clock changes (Toronto and Chicago 2026, Melbourne's spring
 * forward, London on Easter Sunday 2027, Sydney's fall back 2027, Helsinki the day after), public
 * holidays or their eves (South Africa's Day of Goodwill, India's Republic Day eve, Ireland's August
 * bank holiday, Waitangi Day eve, Benito Juárez Day, Midsommarafton, Bonifacio Day, Koningsdag eve,
 * Argentina's Independence Day eve, US Thanksgiving, Mashujaa Day, Hangul Day eve, Kamehameha Day
 * eve, Canadian Labour Day, Iceland's First Day of Summer) and month and year ends (30 June, 31
 * March, 31 December, 30 November). Every due date was computed with a Node script (UTC `Date`
 * arithmetic; weekdays printed and checked by hand; zone offsets around each clock change checked
 * with `Intl`).
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the calls
 * of the earlier fresh sets. Judgement calls a reader could dispute:
 * - runsheet: only lines marked "ME" and the after-the-day lines ("tomorrow:", "Mon:") are tasks,
 *   due on their day (the run sheet's day is today); the timeline's other lines are the event's or
 *   other people's. "!!" on the cake line is high priority.
 * - standup: "**Today**" dates its items today; "Yesterday" items are done reports (the merged ticket
 *   marks its open task done); a blocker asking someone else to approve is no task; "runbook slips
 *   to next week" moves the open runbook task to next week's Monday; "Load-test plan will be shared
 *   with the team by Fri" is the writer's task on Friday.
 * - nested: first-level items are groups named as written ("Winter camp (Haliburton)" drops its
 *   bracketed place), their children tasks; the "Me" parent is no group (`null`); the note's title
 *   line is no group; "the night before" counts back from the parent's "Wed 11th".
 * - ocr: misreads are corrected in titles; "Nora's 80th Sat 8th - buy a card + small present, and
 *   bring the trifle" dates both tasks on the party's day; "shut today" dates nothing.
 * - newsletter: the newsletter's own items are no tasks unless the parent's notes take them up; then
 *   the notes' steps take the newsletter's deadline (camp slip and deposit on Fri 20 Feb) unless the
 *   note gives its own day ("pay the stationery tonight"); "ask Tama to cover my shift on the 18th"
 *   is dated the 18th (as "ask Wei to take the night shift on Thursday" was).
 * - itinerary: the bookings and days of the trip are no tasks; "before we leave:" dates its undated
 *   items the day before the Sat 27 Mar departure; "order yen … this week, pick up Fri 26th" is two
 *   tasks; "expires in 5 months" dates nothing.
 * - landlord: property labels are groups, "Other:" is generic (`null`); "gas certificate expires
 *   15/07 — book the inspector asap" is due 15 July (the expiry is the day the task serves) with high
 *   priority; "before she arrives" (she moves in 1 July) is 30 June.
 * - mealprep: the week's menu lines are a plan, no tasks; each shopping list is one task (the Jewel
 *   list today, the Costco run Wednesday); "Mon night, no wait, Wed night" is Wednesday.
 * - review: GTD sections are no groups; "Waiting for" items are others' except the writer's own
 *   chase ("chase them 1 July if nothing's in"); someday items are low-priority tasks with no date;
 *   a struck, "sent Wed ✔" item marks its open task done; "redo the portfolio site — no. dropping
 *   it" cancels that open task; the processed inbox lines are no tasks of their own; "before the VAT
 *   return on the 26th" is the 25th.
 * - partners: the writer is "Me"; requests Dan accepts are Dan's; requests Me accepts ("ok", "I'll …")
 *   are tasks; "did the rego online this morning ✔" marks the open rego task done and "her birthday
 *   dinner Friday is off" cancels the open dinner task; "grab milk on the way home?" answered 👍 is a
 *   task with no date.
 * - taglish: titles keep the Tagalog; "bago mag-Friday" is the day before Friday; "pang-Noche Buena"
 *   (for Christmas Eve) names what the shopping is for and dates nothing; "due na sa Dec 2" is the
 *   bill's deadline, the task is "bukas"; "no rush" is low.
 * - garden: only this month's (April's) jobs and the "dates:" lines are tasks; other months' lines
 *   are the calendar, no tasks; month headings are no groups; "before then" after "Sat 8 May" is 7
 *   May.
 * - terse: "close early tonight (countdown w family)" is a task today.
 * - prose: the milonga's date is the event's, not the flyers' (undated).
 * - dictation: "already grabbed the pies … so that's done" marks the open task done; "the gearbox
 *   oil … I'll order that Monday instead" moves it; "before the storm Saturday" is Friday;
 *   "sometime this week" is this week's Friday; "for New Year's" dates nothing.
 * - email: the writer is Wanjiru (her note says so); "by Monday, and check the names …" gives the
 *   second clause the same day; "ask Brian if I can leave early on the 30th" is undated (the 30th is
 *   the question's subject).
 * - meeting: numbered agenda topics are groups named without their bracketed date, AOB none; "AI
 *   Minji + Soo-ah" is the writer's; "draft by end of next week" is next week's Friday.
 * - uk-dates: 2027's Easter Sunday is today, so "Easter Monday tomorrow … text all clients today" is
 *   today; "van MOT runs out 06/04 – book it this week" said on a Sunday is the Friday ahead; "sale
 *   ends 2.4." is the order's due date.
 * - us-dates: "renew my PTIN?? no that's in the fall" is taken back, no task.
 * - groups: "Eino's Halloween party Saturday, buy costume stuff" is due Saturday; the last, unheaded
 *   line "also renew my passport" is `null`; "!!" is high.
 * - label: client labels are groups ("Reyes wedding (Aloha Tower)" drops its bracket, "Kalani
 *   (pāʻū riders)" too); "after the parade" is the day after tomorrow's parade; a verbless order
 *   with "ready for pickup Sat" is a task on Saturday.
 * - project: "Otherwise:" ends the groups (`null`); "email the parents about welcome night on the
 *   17th" is undated (a topic); "the drywall waits" is no task.
 * - conditions: plans resting on the weather or the aurora forecast, "whatever", "either way",
 *   "unless … first" and "rain or shine" are tasks; "once the refund lands, pay" is undated; a
 *   customer cancelling or a bank approving are conditions that make no task.
 * - long: "before term starts Tue 20th" is the 19th; "before it expires on the 30th" is the 29th;
 *   "call Mum re Anzac Day lunch" is undated (a topic); "URGENT" is high, "whenever" low.
 */

const CPT_LIBRARY = '6f1d2c3b-7a44-4e0b-9c21-3b5a8e7d1001';
const CPT_PLUMBER = '6f1d2c3b-7a44-4e0b-9c21-3b5a8e7d1002';
const CPT_DISC = '6f1d2c3b-7a44-4e0b-9c21-3b5a8e7d1003';
const VAN_NGUYEN = 'a93e0b5f-2c61-4d8a-b7f0-5e2d9c4a2001';
const VAN_IRRIGATION = 'a93e0b5f-2c61-4d8a-b7f0-5e2d9c4a2002';
const VAN_MULCH = 'a93e0b5f-2c61-4d8a-b7f0-5e2d9c4a2003';
const MEL_COURSE = 'd2b7e4a1-0f39-4c6e-8a15-7c9b3f0e3001';
const MEL_BANK = 'd2b7e4a1-0f39-4c6e-8a15-7c9b3f0e3002';
const MEL_FLIGHT = 'd2b7e4a1-0f39-4c6e-8a15-7c9b3f0e3003';
const PHX_DELGADO = '4c8a1e6d-93b2-47f5-a0d8-1e6f2b9c4001';
const PHX_PTIN = '4c8a1e6d-93b2-47f5-a0d8-1e6f2b9c4002';
const PHX_LETTERS = '4c8a1e6d-93b2-47f5-a0d8-1e6f2b9c4003';
const STANDUP_PAY318 = '82fcf4d0-d4b4-4798-9b83-2d46bf2ddf3b';
const STANDUP_RUNBOOK = '936c5929-5bd1-4ac8-81d1-2d29cb008992';
const REVIEW_SKETCH = '895326b3-1943-4c5e-816c-ba9e373bed49';
const REVIEW_PORTFOLIO = '05de95fc-3c81-4470-8f1d-807ec2434352';
const REVIEW_INVOICE = 'ea5d1b18-19e9-47af-87bd-d58b615e5201';
const PARTNERS_REGO = '66882c69-2216-4ae5-9a66-e043d0ea833f';
const PARTNERS_DINNER = '2af21632-03ea-4a7e-9a03-392200f1e8d3';
const DICTATION_PIES = '37b04ccd-eac4-4c11-9081-8aaa507bc89f';
const DICTATION_GEARBOX = '3ded651c-0b03-4cd7-b0a0-2a1c23d7d1ee';

export const generalFourteenthFreshCases: EvalCase[] = [
  {
    name: 'terse 1: a locksmith in Oslo on the Sunday the clocks go forward',
    today: '2026-03-29',
    timezone: 'Europe/Oslo',
    text: "- recut Hansen's back door key\n- invoice Solheim borettslag for the 14 cylinders\n- swap the van to summer tyres tomorrow\n- order more Abloy blanks URGENT\n- ring the insurance thursday about the break-in job\n- fix the van clock, still on winter time\n- quote for the school lockers by wed\n- renew the master locksmith cert before april\n- sharpen the drill bits\n- [x] rekey the dentist's office",
    tasks: [
      { title: "Recut Hansen's back door key", due: null },
      { title: 'Invoice Solheim borettslag for the 14 cylinders', due: null },
      { title: 'Swap the van to summer tyres', due: '2026-03-30' },
      { title: 'Order more Abloy blanks', due: null, priority: 'high' },
      { title: 'Ring the insurance about the break-in job', due: '2026-04-02' },
      { title: 'Fix the van clock', due: null },
      { title: 'Quote for the school lockers', due: '2026-04-01' },
      { title: 'Renew the master locksmith cert', due: '2026-03-31' },
      { title: 'Sharpen the drill bits', due: null },
    ],
  },
  {
    name: 'terse 2: a sushi chef in Osaka on Coming of Age Day',
    today: '2027-01-11',
    timezone: 'Asia/Tokyo',
    text: 'knife sharpening, order kombu from the Hokkaido supplier, fix the walk-in door seal, new noren for the entrance, pay the gas bill by fri, renew food hygiene licence before Feb, meet the accountant next week re tax, buy rice vinegar + nori, call Fujita-san back tmrw',
    tasks: [
      { title: 'Knife sharpening', due: null },
      { title: 'Order kombu from the Hokkaido supplier', due: null },
      { title: 'Fix the walk-in door seal', due: null },
      { title: 'New noren for the entrance', due: null },
      { title: 'Pay the gas bill', due: '2027-01-15' },
      { title: 'Renew food hygiene licence', due: '2027-01-31' },
      { title: 'Meet the accountant re tax', due: '2027-01-18' },
      { title: 'Buy rice vinegar + nori', due: null },
      { title: 'Call Fujita-san back', due: '2027-01-12' },
    ],
  },
  {
    name: 'prose 1: a retired geography teacher in Cape Town on Heritage Day',
    today: '2026-09-24',
    timezone: 'Africa/Johannesburg',
    open: [
      { id: CPT_LIBRARY, title: 'Return library books', due_date: '2026-09-25' },
      { id: CPT_PLUMBER, title: 'Book the plumber for the geyser', due_date: null },
      { id: CPT_DISC, title: 'Renew car licence disc', due_date: '2026-09-30' },
    ],
    text: "Heritage Day and the whole street is braaiing, there's smoke everywhere and someone's playing Brenda Fassie very loudly. I meant to spend the day in the garden but honestly my knees said no. Right, things. I finally booked the plumber for the geyser, he's coming next week, so tick that off. I still have to renew the licence disc, and the post office queues are murder at month end, so I'll do it tomorrow instead. Thandi's birthday is on the 3rd and the post is so slow, so I must post her card by Monday. I also want to write to the municipality about the pothole outside number 14, it's been three months now. Oh and I promised the reading circle I'd choose our October book, I need to tell them by the weekend. The library books can wait, they extended them to the 9th. I really must phone Dr Naidoo's rooms for my blood test results, and cancel the DStv before October because I never watch it. Buy birdseed. And I want to repot the clivias on Saturday if it doesn't rain.",
    tasks: [
      { title: "Post Thandi's birthday card", due: '2026-09-28' },
      { title: 'Write to the municipality about the pothole outside number 14', due: null },
      { title: 'Tell the reading circle our October book', due: '2026-09-26' },
      { title: "Phone Dr Naidoo's rooms for my blood test results", due: null },
      { title: 'Cancel the DStv', due: '2026-09-30' },
      { title: 'Buy birdseed', due: null },
      { title: 'Repot the clivias', due: '2026-09-26' },
    ],
    updates: [
      { task_id: CPT_PLUMBER, status: 'done' },
      { task_id: CPT_DISC, due: '2026-09-25' },
      { task_id: CPT_LIBRARY, due: '2026-10-09' },
    ],
  },
  {
    name: 'dictation 1: a sugarcane farmer near Mackay on the last day of the financial year',
    today: '2026-06-30',
    timezone: 'Australia/Brisbane',
    text: 'ok note to self end of financial year so ring the accountant today about the fuel receipts then the harvester needs new base cutter blades order them from toll before friday crushing starts next monday so the haul outs need servicing this week tell jase hes on the late shift also book the ute in for rego inspection sometime next week and pay the mill levy by the 15th get mum a birthday present her birthday is sunday and dont forget to put the bins out tonight',
    tasks: [
      { title: 'Ring the accountant about the fuel receipts', due: '2026-06-30' },
      { title: 'Order new base cutter blades from Toll', due: '2026-07-02' },
      { title: 'Get the haul outs serviced', due: '2026-07-03' },
      { title: "Tell Jase he's on the late shift", due: null },
      { title: 'Book the ute in for rego inspection', due: '2026-07-06' },
      { title: 'Pay the mill levy', due: '2026-07-15' },
      { title: 'Get Mum a birthday present', due: '2026-07-05' },
      { title: 'Put the bins out', due: '2026-06-30' },
    ],
  },
  {
    name: 'dictation 2: a landscape gardener in Vancouver, correcting herself, on the Sunday the clocks go back',
    today: '2026-11-01',
    timezone: 'America/Vancouver',
    open: [
      { id: VAN_NGUYEN, title: 'Quote for the Nguyen backyard', due_date: '2026-11-03' },
      { id: VAN_IRRIGATION, title: 'Winterize the Kerrisdale irrigation', due_date: '2026-11-06' },
      { id: VAN_MULCH, title: 'Pick up mulch order', due_date: null },
    ],
    text: "alright so tomorrow first thing drop the leaf blower at the repair shop then um the nguyen quote ill get that done by thursday no wait wednesday wednesday is better and the kerrisdale irrigation thing is done did it friday so tick that off also need to buy more burlap for the cedars and call mrs oduya about her hedge on tuesday actually make that monday afternoon order bulbs for the spring planting before the fifteenth the mulch order forget it theyre out till january im skipping mulch this year get the winter tires on the truck by the end of the week and send the october invoices today",
    tasks: [
      { title: 'Drop the leaf blower at the repair shop', due: '2026-11-02' },
      { title: 'Buy more burlap for the cedars', due: null },
      { title: 'Call Mrs Oduya about her hedge', due: '2026-11-02' },
      { title: 'Order bulbs for the spring planting', due: '2026-11-14' },
      { title: 'Get the winter tires on the truck', due: '2026-11-06' },
      { title: 'Send the October invoices', due: '2026-11-01' },
    ],
    updates: [
      { task_id: VAN_NGUYEN, due: '2026-11-04' },
      { task_id: VAN_IRRIGATION, status: 'done' },
      { task_id: VAN_MULCH, status: 'cancelled' },
    ],
  },
  {
    name: 'slack 1: a QA lead at a Toronto game studio the day after Canadian Thanksgiving',
    today: '2026-10-13',
    timezone: 'America/Toronto',
    text: "from #cert-war-room, my stuff is whatever's @ me:\n\n[9:02 AM] Marc Tremblay: morning all, hope the turkey was good 🦃\n[9:04 AM] Marc Tremblay: @Élodie can you get the regression pass on build 4.2.1 done by Thursday? cert submission is Friday\n[9:05 AM] Élodie Gagnon: yep, on it\n[9:07 AM] Priya Shah: I'll redo the controller remapping tests today\n[9:10 AM] Marc Tremblay: someone also needs to update the known issues doc before the submission\n[9:11 AM] Élodie Gagnon: I'll take the known issues doc\n[9:15 AM] Sam Okafor: @Élodie the crash on the save screen is back, can you file a ticket asap?\n[9:16 AM] Élodie Gagnon: filing now\n[9:20 AM] Marc Tremblay: and Élodie, please book a room for the go/no-go today\n[9:22 AM] Élodie Gagnon: will do. I also need to get the new devkits signed out from IT tomorrow\n[9:30 AM] Priya Shah: can somebody cover my triage shift on the 22nd?\n[9:31 AM] Sam Okafor: I can\n[9:40 AM] Marc Tremblay: @Élodie when you have a sec send me the test plan for the DLC, no rush\n[9:41 AM] Élodie Gagnon: ok. and I'll onboard the two new testers Monday",
    tasks: [
      { title: 'Get the regression pass on build 4.2.1 done', due: '2026-10-15' },
      { title: 'Update the known issues doc', due: '2026-10-15' },
      { title: 'File a ticket for the crash on the save screen', due: null, priority: 'high' },
      { title: 'Book a room for the go/no-go', due: '2026-10-13' },
      { title: 'Get the new devkits signed out from IT', due: '2026-10-14' },
      { title: 'Send Marc the test plan for the DLC', due: null, priority: 'low' },
      { title: 'Onboard the two new testers', due: '2026-10-19' },
    ],
  },
  {
    name: 'email 1: a violist in a Dublin amateur orchestra on St Patrick\'s Day',
    today: '2026-03-17',
    timezone: 'Europe/Dublin',
    text: "Hi Niamh,\n\nHope you're enjoying the parade! A few things ahead of the spring concert on Saturday 28 March:\n\n- Could you send me your bio (100 words max) by Friday?\n- Please collect your folder of parts from the hall on Thursday evening, Declan will be there from 7.\n- The dress rehearsal is on Sunday 22 March at 2pm, please make sure you attend.\n- We're still short of ushers. If you know anyone, let me know.\n- Ticket money: please hand in whatever you've sold by next Tuesday.\n- Fiona is arranging the flowers and I'll look after the programmes.\n\nAlso, could you ask your old viola teacher whether she'd play with us in the autumn? The AGM is moving to April, I'll confirm the date soon.\n\nThanks a million,\nOrla\n(Chair, Rathmines Chamber Orchestra)",
    tasks: [
      { title: 'Send Orla my bio', due: '2026-03-20' },
      { title: 'Collect my folder of parts from the hall', due: '2026-03-19' },
      { title: 'Attend the dress rehearsal', due: '2026-03-22' },
      { title: 'Hand in ticket money', due: '2026-03-24' },
      { title: "Ask my old viola teacher whether she'd play with us in the autumn", due: null },
    ],
  },
  {
    name: 'email 2: a property manager in Singapore on the Chinese New Year holiday Monday, forwarding a tenant\'s email',
    today: '2027-02-08',
    timezone: 'Asia/Singapore',
    text: "note to self: deal with this after the holiday, but the aircon bit can't wait — call Cool-Tech tomorrow morning. also chase the Tan family for Feb rent, late again. and update the tenancy spreadsheet tonight.\n\n---------- Forwarded message ---------\nFrom: Rachel Lim <rachel.lim@example.com>\nDate: Sat, 6 Feb 2027\nSubject: Unit 12-04 Tiong Bahru — issues\n\nDear Mr Koh,\n\nHappy Chinese New Year! Sorry to bother you over the holiday. A few things at the flat:\n\n1. The aircon in the master bedroom is leaking onto the floor again.\n2. Could you arrange for someone to look at the kitchen tap? It drips all night.\n3. Our lease renewal is due on 28 February. Can you send the new agreement by the 20th so we have time to read it?\n4. We'll be away from 12 to 19 February, so please don't schedule any visits then.\n\nMany thanks and gong xi fa cai,\nRachel",
    tasks: [
      { title: 'Call Cool-Tech', due: '2027-02-09' },
      { title: 'Chase the Tan family for Feb rent', due: null },
      { title: 'Update the tenancy spreadsheet', due: '2027-02-08' },
      { title: 'Arrange for someone to look at the kitchen tap', due: null },
      { title: 'Send Rachel the new lease agreement', due: '2027-02-20' },
    ],
  },
  {
    name: "whatsapp 1: a family group chat in Mexico City on Día de Muertos, planning abuela's 80th",
    today: '2026-11-02',
    timezone: 'America/Mexico_City',
    text: "me = Dani\n[02/11/26, 09:12] Mamá: Buenos días familia 💀🌼 the altar looks beautiful, gracias a todos\n[02/11/26, 09:15] Tío Beto: Reminder abuela turns 80 on the 21st!! we need a plan\n[02/11/26, 09:16] Mamá: Dani can you book the salón at La Casona? They said call before Wednesday\n[02/11/26, 09:20] Dani: sí I'll call them tomorrow\n[02/11/26, 09:21] Tío Beto: I'll handle the mariachi\n[02/11/26, 09:25] Mamá: Somebody has to make the guest list\n[02/11/26, 09:26] Dani: I'll do the guest list this weekend\n[02/11/26, 09:30] Prima Sofi: I can do the cake 🎂\n[02/11/26, 09:31] Mamá: Dani also order the photo banner, the one with the old pictures, it takes 10 days to print\n[02/11/26, 09:33] Dani: ok will order it by friday. who has the old photos?\n[02/11/26, 09:34] Tío Beto: they're in abuela's closet\n[02/11/26, 09:35] Dani: I'm visiting her thursday, I'll pick them up then\n[02/11/26, 09:40] Mamá: Dani don't forget you're collecting the flower pots from the panteón on Saturday\n[02/11/26, 09:41] Dani: 👍\n[02/11/26, 09:45] Mamá: and send me the address of the salón so I can pass it to the tías",
    tasks: [
      { title: 'Book the salón at La Casona', due: '2026-11-03' },
      { title: 'Do the guest list', due: '2026-11-07' },
      { title: 'Order the photo banner', due: '2026-11-06' },
      { title: "Pick up the old photos from abuela's", due: '2026-11-05' },
      { title: 'Collect the flower pots from the panteón', due: '2026-11-07' },
      { title: 'Send Mamá the address of the salón', due: null },
    ],
  },
  {
    name: 'meeting 1: the secretary of a surf lifesaving club at Piha, Auckland, on the Sunday the clocks go forward',
    today: '2026-09-27',
    timezone: 'Pacific/Auckland',
    text: "Piha SLSC committee – Sun 27 Sept (clocks went forward, half of us were late 🙄)\nPresent: Kiri (chair), Hemi (me, sec), Tane, Lucy, Mark\n\nSeason opening\n- patrol roster out by end of next week – Lucy\n- IRB needs a service before first patrol 17 Oct – Tane to book it\n- I'll update the club website with the patrol dates\n\nFundraising\n- quiz night Fri 16 Oct – Kiri to book the pub\n- raffle prizes: everyone to ask 2 local businesses by next Sunday\n- Hemi: print the raffle tickets the week before the quiz\n\nGear\n- new rescue tubes – Mark to get quotes\n- me: stocktake of the first aid kits tomorrow arvo\n- wetsuit donation from Surf Co – Hemi to write a thank-you letter\n\nAOB\n- me to email the council about the carpark gate code by Fri\n\nNext meeting Sun 25 Oct",
    tasks: [
      { title: 'Update the club website with the patrol dates', due: null, project: 'Season opening' },
      { title: 'Ask 2 local businesses for raffle prizes', due: '2026-10-04', project: 'Fundraising' },
      { title: 'Print the raffle tickets', due: '2026-10-09', project: 'Fundraising' },
      { title: 'Stocktake of the first aid kits', due: '2026-09-28', project: 'Gear' },
      { title: 'Write a thank-you letter to Surf Co for the wetsuit donation', due: null, project: 'Gear' },
      { title: 'Email the council about the carpark gate code', due: '2026-10-02', project: null },
    ],
  },
  {
    name: 'feelings 1: a sous-chef in Melbourne on the Sunday daylight saving starts',
    today: '2026-10-04',
    timezone: 'Australia/Melbourne',
    open: [
      { id: MEL_COURSE, title: 'Food safety refresher course', due_date: '2026-10-09' },
      { id: MEL_BANK, title: 'Call the bank about the car loan', due_date: null },
      { id: MEL_FLIGHT, title: "Book Mum's flight for Christmas", due_date: '2026-10-05' },
    ],
    text: "lost an hour of sleep to daylight saving and I already feel behind. head chef is leaving at the end of the month and everyone keeps saying I'll get the job but nobody has actually said it, which is doing my head in. I think I need to ask Marco straight out about the head chef job on Tuesday. money is tight too. the car loan call I keep putting off, ok I'm cancelling that, Dad said he'd help and I'm not refinancing. I'm scared I'm not good enough at pastry. I should sign up for that croissant class at the TAFE, enrolments close on the 15th. the food safety refresher got moved to the 16th btw. Mum's flight is booked!! one less thing. haven't seen Jess in weeks and I feel awful about it, I'll text her tonight. my back is wrecked, I need to book a physio this week. also I have to do my tax return, it's due end of October. feel like I'm drowning a bit honestly.",
    tasks: [
      { title: 'Ask Marco about the head chef job', due: '2026-10-06' },
      { title: 'Sign up for the croissant class at the TAFE', due: '2026-10-15' },
      { title: 'Text Jess', due: '2026-10-04' },
      { title: 'Book a physio', due: '2026-10-09' },
      { title: 'Do my tax return', due: '2026-10-31' },
    ],
    updates: [
      { task_id: MEL_BANK, status: 'cancelled' },
      { task_id: MEL_COURSE, due: '2026-10-16' },
      { task_id: MEL_FLIGHT, status: 'done' },
    ],
  },
  {
    name: 'us-dates 1: a tax preparer in Phoenix on the S-corp deadline, the day after the rest of the US changed clocks',
    today: '2027-03-15',
    timezone: 'America/Phoenix',
    open: [
      { id: PHX_DELGADO, title: 'File extension for the Delgado return', due_date: '2027-04-15' },
      { id: PHX_PTIN, title: 'Renew PTIN', due_date: null },
      { id: PHX_LETTERS, title: 'Send engagement letters', due_date: '2027-03-16' },
    ],
    text: "Mar 15 — S-corp deadline, ugh.\n- p1: e-file Hargrove Landscaping 1120-S by 11:59 tonight\n- Delgado extension: can go in 4/10 instead, they finally sent the 1099s\n- PTIN: already renewed in Nov, done\n- call Mrs. Abernathy re her missing W-2 on 3/17\n- order more toner before 3/20\n- quarterly estimates for the Ruizes due 4/15, prep the worksheet by 4/1\n- staff pizza lunch Friday 3/19 — order it Thurs\n- CE credits: finish the ethics module by 3/31\n- engagement letters: sent this AM ✅\n- pay office rent 4/1",
    tasks: [
      { title: 'E-file Hargrove Landscaping 1120-S', due: '2027-03-15', priority: 'high' },
      { title: 'Call Mrs. Abernathy re her missing W-2', due: '2027-03-17' },
      { title: 'Order more toner', due: '2027-03-19' },
      { title: 'Quarterly estimates for the Ruizes', due: '2027-04-15' },
      { title: 'Prep the worksheet', due: '2027-04-01' },
      { title: 'Order the staff pizza lunch', due: '2027-03-18' },
      { title: 'Finish the ethics module', due: '2027-03-31' },
      { title: 'Pay office rent', due: '2027-04-01' },
    ],
    updates: [
      { task_id: PHX_DELGADO, due: '2027-04-10' },
      { task_id: PHX_PTIN, status: 'done' },
      { task_id: PHX_LETTERS, status: 'done' },
    ],
  },
  {
    name: 'uk-dates 1: a wedding florist in Manchester on the Friday before the August bank holiday',
    today: '2026-08-28',
    timezone: 'Europe/London',
    text: "Bank hol weekend, shop shut Mon.\nThurs 3/9 Henshaw wedding - make the 40 buttonholes the day before!!\norder white spray roses from the Dutch auction by Tues\ncollect the vases from St Mary's hall Tues morning\npay the VAT bill by 7/9\nbridal consult w/ Priya Kaur a fortnight today, prep a mood board the day before\nring the landlord re the leaky skylight after the bank holiday\nvan's MOT runs out 14/09 - book it in for w/c 7th\nnew price list on the website before September\nThurs week: run the wreath workshop at the WI, buy oasis + ribbon for it\nSun 13/9 Mum's 60th - pick up the cake from the bakery that morning",
    tasks: [
      { title: 'Make the 40 buttonholes', due: '2026-09-02', priority: 'high' },
      { title: 'Order white spray roses from the Dutch auction', due: '2026-09-01' },
      { title: "Collect the vases from St Mary's hall", due: '2026-09-01' },
      { title: 'Pay the VAT bill', due: '2026-09-07' },
      { title: 'Bridal consult with Priya Kaur', due: '2026-09-11' },
      { title: 'Prep a mood board', due: '2026-09-10' },
      { title: 'Ring the landlord re the leaky skylight', due: '2026-09-01' },
      { title: "Book the van's MOT", due: '2026-09-07' },
      { title: 'New price list on the website', due: '2026-08-31' },
      { title: 'Run the wreath workshop at the WI', due: '2026-09-10' },
      { title: 'Buy oasis + ribbon', due: '2026-09-10' },
      { title: 'Pick up the cake from the bakery', due: '2026-09-13' },
    ],
  },
  {
    name: 'foreign-dates 1: a backend developer in São Paulo on Brazilian Independence Day, with Portuguese date words',
    today: '2026-09-07',
    timezone: 'America/Sao_Paulo',
    text: "feriado today but the sprint doesn't care 😅\n- fix the flaky payment tests amanhã\n- code review for Bruno até sexta\n- renew my passport, appointment at the Polícia Federal dia 22\n- pay the condomínio, vence dia 10\n- call the vet about Pipoca's vaccine hoje à tarde\n- prep slides for the tech talk, it's segunda que vem\n- buy a gift for vovó, aniversário dela is 3 de outubro\n- dentist quarta-feira 9h\n- clean out the garage no fim de semana\n- IPVA segunda parcela: check if I already paid it",
    tasks: [
      { title: 'Fix the flaky payment tests', due: '2026-09-08' },
      { title: 'Code review for Bruno', due: '2026-09-11' },
      { title: 'Renew my passport', due: '2026-09-22' },
      { title: 'Pay the condomínio', due: '2026-09-10' },
      { title: "Call the vet about Pipoca's vaccine", due: '2026-09-07' },
      { title: 'Prep slides for the tech talk', due: '2026-09-14' },
      { title: 'Buy a gift for vovó', due: '2026-10-03' },
      { title: 'Dentist', due: '2026-09-09' },
      { title: 'Clean out the garage', due: '2026-09-12' },
      { title: 'Check if I already paid the IPVA segunda parcela', due: null },
    ],
  },
  {
    name: 'foreign-dates 2: a ceramicist in Kadıköy, Istanbul, on Republic Day, with Turkish date words',
    today: '2026-10-29',
    timezone: 'Europe/Istanbul',
    text: "Cumhuriyet Bayramı, fireworks over the Bosphorus tonight 🇹🇷 studio's closed but:\n- glaze the blue bowls for the Moda shop yarın\n- kiln repair guy comes cumartesi, clear the back room before he comes\n- send the invoice to the Berlin gallery cumaya kadar\n- pottery class for kids starts pazartesi, buy extra clay\n- pay the studio rent ay sonuna kadar\n- photograph the new vases bu akşam if the light is ok\n- call Annem öbür gün, her knee operation is 5 Kasım\n- apply for the Ankara craft fair, deadline 15 Kasım\n- haftaya: order new packaging boxes",
    tasks: [
      { title: 'Glaze the blue bowls for the Moda shop', due: '2026-10-30' },
      { title: 'Clear the back room', due: '2026-10-30' },
      { title: 'Send the invoice to the Berlin gallery', due: '2026-10-30' },
      { title: 'Buy extra clay', due: '2026-11-02' },
      { title: 'Pay the studio rent', due: '2026-10-31' },
      { title: 'Photograph the new vases', due: '2026-10-29' },
      { title: 'Call Annem', due: '2026-10-31' },
      { title: 'Apply for the Ankara craft fair', due: '2026-11-15' },
      { title: 'Order new packaging boxes', due: '2026-11-02' },
    ],
  },
  {
    name: 'emoji 1: a dog walker in Lisbon on the Sunday the clocks go forward',
    today: '2027-03-28',
    timezone: 'Europe/Lisbon',
    text: "🐕 walk Bolacha + Tejo 7am tmrw (clocks moved, don't be late)\n💶 invoice the Ferreiras for March\n🛒 poop bags, treats, new lead for Tejo\n🚐 van inspection before Thursday\n📞 call the new client in Alvalade back today\n🧼 wash the dog towels tonight\n🔥 URGENT renew the pet-sitting insurance, expires Tuesday\n🎂 order a cake for Inês, bday is Friday\n📸 update the instagram with the beach photos whenever\n✅ vet run for Luna",
    tasks: [
      { title: 'Walk Bolacha + Tejo', due: '2027-03-29' },
      { title: 'Invoice the Ferreiras for March', due: null },
      { title: 'Poop bags, treats, new lead for Tejo', due: null },
      { title: 'Van inspection', due: '2027-03-31' },
      { title: 'Call the new client in Alvalade back', due: '2027-03-28' },
      { title: 'Wash the dog towels', due: '2027-03-28' },
      { title: 'Renew the pet-sitting insurance', due: '2027-03-30', priority: 'high' },
      { title: 'Order a cake for Inês', due: '2027-04-02' },
      { title: 'Update the instagram with the beach photos', due: null, priority: 'low' },
    ],
  },
  {
    name: 'project 1: a translator in Amsterdam refitting a houseboat, on King\'s Day',
    today: '2026-04-27',
    timezone: 'Europe/Amsterdam',
    text: "The houseboat refit is finally happening. Pieter from the yard says we're booked into the dry dock on 18 May, so before then I need to get the hull survey done, order the new bilge pump and empty the front cabin. Also have to ask the gemeente about the mooring permit while we're out of the water, and find somewhere for the cats to stay.\n\nThe other thing is Sanne's PhD defence in June. I promised to be her paranymph, so I need to book a suit fitting by next Friday, write my little speech and sort out the drinks afterwards with her sister.\n\nOtherwise it's King's Day and the whole city is orange, so: sell the old bike at the vrijmarkt today, and renew my OV-chipkaart, it expires Thursday.",
    tasks: [
      { title: 'Get the hull survey done', due: '2026-05-17', project: 'Houseboat refit' },
      { title: 'Order the new bilge pump', due: '2026-05-17', project: 'Houseboat refit' },
      { title: 'Empty the front cabin', due: '2026-05-17', project: 'Houseboat refit' },
      { title: 'Ask the gemeente about the mooring permit', due: null, project: 'Houseboat refit' },
      { title: 'Find somewhere for the cats to stay', due: null, project: 'Houseboat refit' },
      { title: 'Book a suit fitting', due: '2026-05-08', project: "Sanne's PhD defence" },
      { title: 'Write my little speech', due: null, project: "Sanne's PhD defence" },
      { title: 'Sort out the drinks afterwards with her sister', due: null, project: "Sanne's PhD defence" },
      { title: 'Sell the old bike at the vrijmarkt', due: '2026-04-27', project: null },
      { title: 'Renew my OV-chipkaart', due: '2026-04-30', project: null },
    ],
  },
  {
    name: 'project 2: a solar-lamp startup founder in Nairobi on Jamhuri Day',
    today: '2026-12-12',
    timezone: 'Africa/Nairobi',
    text: "jamhuri day, everyone's at Uhuru Gardens and I'm at my desk. the Kickstarter launch for SolaLite is on for 19 January and honestly we're not ready. I need to reshoot the product video, the lighting in the first one was terrible, and Achieng wants the reward tiers finalised by Wednesday. also write the FAQ, and get three quotes for shipping to Europe before the holidays. the big one: ask Kamau at the bank about the bridging loan on monday.\n\nfor the Mombasa trade fair I still haven't booked the stand, deadline is the 18th. print 200 flyers. pack the demo lamps the night before we drive down, we leave on the 21st.\n\nPersonal: take Mum to her eye appointment next Saturday, and renew the car insurance before the end of the month.",
    tasks: [
      { title: 'Reshoot the product video', due: null, project: 'SolaLite Kickstarter' },
      { title: 'Finalise the reward tiers', due: '2026-12-16', project: 'SolaLite Kickstarter' },
      { title: 'Write the FAQ', due: null, project: 'SolaLite Kickstarter' },
      { title: 'Get three quotes for shipping to Europe', due: null, project: 'SolaLite Kickstarter' },
      { title: 'Ask Kamau at the bank about the bridging loan', due: '2026-12-14', project: 'SolaLite Kickstarter' },
      { title: 'Book the stand', due: '2026-12-18', project: 'Mombasa trade fair' },
      { title: 'Print 200 flyers', due: null, project: 'Mombasa trade fair' },
      { title: 'Pack the demo lamps', due: '2026-12-20', project: 'Mombasa trade fair' },
      { title: 'Take Mum to her eye appointment', due: '2026-12-19', project: null },
      { title: 'Renew the car insurance', due: '2026-12-31', project: null },
    ],
  },
  {
    name: 'label 1: a home care aide in Chicago on a Thanksgiving shift',
    today: '2026-11-26',
    timezone: 'America/Chicago',
    text: "Thanksgiving shift, double pay at least.\nMrs. Kowalski: pick up her refill at Walgreens tomorrow, call her son about the stair lift quote\nMr. Dunn: get his hearing aid batteries, take him to the podiatrist Monday 10am\nRosa (Pilsen): help her fill out the LIHEAP form by Dec 1, bring the big print crossword books\nAgency: timesheet by Sunday night!!, ask about the CPR renewal class\nMe: get my flu shot, oil change on my car this weekend",
    tasks: [
      { title: 'Pick up her refill at Walgreens', due: '2026-11-27', project: 'Mrs. Kowalski' },
      { title: 'Call her son about the stair lift quote', due: null, project: 'Mrs. Kowalski' },
      { title: 'Get his hearing aid batteries', due: null, project: 'Mr. Dunn' },
      { title: 'Take him to the podiatrist', due: '2026-11-30', project: 'Mr. Dunn' },
      { title: 'Help her fill out the LIHEAP form', due: '2026-12-01', project: 'Rosa' },
      { title: 'Bring the big print crossword books', due: null, project: 'Rosa' },
      { title: 'Timesheet', due: '2026-11-29', project: 'Agency', priority: 'high' },
      { title: 'Ask about the CPR renewal class', due: null, project: 'Agency' },
      { title: 'Get my flu shot', due: null, project: null },
      { title: 'Oil change on my car', due: '2026-11-28', project: null },
    ],
  },
  {
    name: 'groups 1: a café owner in Seoul on Chuseok',
    today: '2026-09-25',
    timezone: 'Asia/Seoul',
    text: "## CAFÉ\n- new bean supplier tasting Tuesday 2pm\n- fix the grinder burrs (ask Jun-ho which model)\n- chuseok closure sign, take it down Sunday night\n- staff schedule for October by the 30th\n- order oat milk x3 cases !!\n\n## HOME\n- return Eomma's containers\n- book the gas boiler check\n- pay the building maintenance fee by end of month\n\n## VISA (for Daniel)\n- translate the family register doc\n- make copies of the lease\n- appointment at the immigration office 7 Oct, bring the photos",
    tasks: [
      { title: 'New bean supplier tasting', due: '2026-09-29', project: 'Café' },
      { title: 'Fix the grinder burrs', due: null, project: 'Café' },
      { title: 'Take down the chuseok closure sign', due: '2026-09-27', project: 'Café' },
      { title: 'Staff schedule for October', due: '2026-09-30', project: 'Café' },
      { title: 'Order oat milk x3 cases', due: null, project: 'Café', priority: 'high' },
      { title: "Return Eomma's containers", due: null, project: 'Home' },
      { title: 'Book the gas boiler check', due: null, project: 'Home' },
      { title: 'Pay the building maintenance fee', due: '2026-09-30', project: 'Home' },
      { title: 'Translate the family register doc', due: null, project: 'Visa' },
      { title: 'Make copies of the lease', due: null, project: 'Visa' },
      { title: 'Appointment at the immigration office', due: '2026-10-07', project: 'Visa' },
    ],
  },
  {
    name: "conditions 1: a fishing-boat skipper in Reykjavík on Iceland's National Day",
    today: '2026-06-17',
    timezone: 'Atlantic/Reykjavik',
    text: "17. júní, flags everywhere, no fishing today.\nIf the wind drops below 10 m/s by Friday we'll fish the Faxaflói grounds Saturday, so fuel up the boat Friday evening either way. When the new sonar arrives, install it, the supplier says maybe next week. Unless Gunnar calls back about the crew spot, I'll post the job ad on Monday. If the cod price stays this low I'm holding off on the new nets. Take Ásta to the parade this afternoon whatever happens. Once the quota statement comes, check it against my logbook. If it rains tomorrow I'll repaint the wheelhouse door. Mend the trawl this week. Renew the safety certificate before 1 July whether we sail or not.",
    tasks: [
      { title: 'Fish the Faxaflói grounds', due: '2026-06-20' },
      { title: 'Fuel up the boat', due: '2026-06-19' },
      { title: 'Install the new sonar', due: null },
      { title: 'Post the job ad', due: '2026-06-22' },
      { title: 'Take Ásta to the parade', due: '2026-06-17' },
      { title: 'Check the quota statement against my logbook', due: null },
      { title: 'Repaint the wheelhouse door', due: '2026-06-18' },
      { title: 'Mend the trawl', due: '2026-06-19' },
      { title: 'Renew the safety certificate', due: '2026-06-30' },
    ],
  },
  {
    name: "long 1: an event planner in Denver on New Year's Eve, before her rooftop party",
    today: '2026-12-31',
    timezone: 'America/Denver',
    text: "NYE and I'm running the rooftop party tonight (200 guests, 11 vendors, one of me) so here's the brain dump before the chaos starts:\ntoday: confirm the DJ's load-in at 4, pick up the ice, tape down the cables, print the wristband list\ntomorrow (ugh): return the rented heaters to Apex by noon, send the thank-you email to the venue\n- invoice the Caldwell wedding balance by Jan 8\n- chase the florist for the deposit refund\n- update the website with the new packages early next week\n- call the insurance broker re event liability renewal, it lapses 1/15\n- book flights to Austin for the SXSW scouting trip\n- draft the Hendricks gala budget by end of next week\n- renew the liquor catering permit before February\n- order new business cards\n- set up the quarterly tax payment, due 1/15\n- reply to the three inquiries from the holiday weekend\n- Mom's birthday Jan 6, send flowers\n- clean out the storage unit in Englewood, whenever\n- get the van's snow tires checked this weekend\n- team meeting to plan Q1 Monday 1/11\n- update the vendor spreadsheet\n- research a new ticketing platform\n- cancel the Canva seat I never use\n- renew the website domain, it expires Jan 20\n- pay the Caldwell photographer his cut once their balance clears\n- text Kayla a huge thank you for covering the Hendricks walkthrough\n- dentist, finally: call them Monday",
    tasks: [
      { title: "Confirm the DJ's load-in", due: '2026-12-31' },
      { title: 'Pick up the ice', due: '2026-12-31' },
      { title: 'Tape down the cables', due: '2026-12-31' },
      { title: 'Print the wristband list', due: '2026-12-31' },
      { title: 'Return the rented heaters to Apex', due: '2027-01-01' },
      { title: 'Send the thank-you email to the venue', due: '2027-01-01' },
      { title: 'Invoice the Caldwell wedding balance', due: '2027-01-08' },
      { title: 'Chase the florist for the deposit refund', due: null },
      { title: 'Update the website with the new packages', due: '2027-01-04' },
      { title: 'Call the insurance broker re event liability renewal', due: '2027-01-15' },
      { title: 'Book flights to Austin for the SXSW scouting trip', due: null },
      { title: 'Draft the Hendricks gala budget', due: '2027-01-08' },
      { title: 'Renew the liquor catering permit', due: '2027-01-31' },
      { title: 'Order new business cards', due: null },
      { title: 'Set up the quarterly tax payment', due: '2027-01-15' },
      { title: 'Reply to the three inquiries from the holiday weekend', due: null },
      { title: "Send flowers for Mom's birthday", due: '2027-01-06' },
      { title: 'Clean out the storage unit in Englewood', due: null, priority: 'low' },
      { title: "Get the van's snow tires checked", due: '2027-01-02' },
      { title: 'Team meeting to plan Q1', due: '2027-01-11' },
      { title: 'Update the vendor spreadsheet', due: null },
      { title: 'Research a new ticketing platform', due: null },
      { title: 'Cancel the Canva seat I never use', due: null },
      { title: 'Renew the website domain', due: '2027-01-20' },
      { title: 'Pay the Caldwell photographer his cut', due: null },
      { title: 'Text Kayla a huge thank you for covering the Hendricks walkthrough', due: null },
      { title: 'Call the dentist', due: '2027-01-04' },
    ],
  },
  {
    name: 'nothing 1: a retired grandfather in Kailua, Oahu, on the Fourth of July',
    today: '2026-07-04',
    timezone: 'Pacific/Honolulu',
    text: "Fourth of July. Watched the parade in Kailua with the grandkids, Keoni ate three shave ices and was sick in the car 😂. The fireworks will be visible from the lanai later, chairs are already out. Knee feels better since I started swimming at the beach park. Sent Lani the kalua pig recipe yesterday. Everything's done for once.",
    tasks: [],
  },
  {
    name: 'oneliner 1: a delivery rider in Dubai on UAE National Day',
    today: '2026-12-02',
    timezone: 'Asia/Dubai',
    text: 'renew the salik tag today + get the bike tyres changed in Al Quoz tmrw before 10',
    tasks: [
      { title: 'Renew the Salik tag', due: '2026-12-02' },
      { title: 'Get the bike tyres changed in Al Quoz', due: '2026-12-03' },
    ],
  },

  {
    name: "runsheet 1: the bride's sister running a wedding in Johannesburg on the Day of Goodwill",
    today: '2026-12-26',
    timezone: 'Africa/Johannesburg',
    text: [
      'NOMSA & PIETER 💍 26 DEC — RUN SHEET (final_v3)',
      '07:00  hair & makeup at the cottage (Lindiwe + bridesmaids)',
      '08:30  ME: collect flowers from Bloem Studio, Parkhurst',
      '09:30  florist dresses the chapel',
      "10:00  ME – drop the rings with Pieter's best man (Sipho)",
      '11:00  photographer arrives',
      '12:30  ceremony',
      '13:15  confetti + family photos on the steps',
      '14:30  photos in the garden',
      "15:00  ME: make sure the cake is in the cold room!! it's 34° out",
      '16:00  speeches – Baba, then Sipho',
      '17:00  first dance',
      '18:30  ME – pay the DJ balance, R4 500 cash in the blue envelope',
      '19:45  ME: ring Moja Shuttles to confirm the 23:30 pickup',
      '22:00  sparkler send-off',
      "23:00  venue closes. ME: load the gifts into Ma's car",
      '',
      'tomorrow: return the hired glasses to Party Hire before 12',
      'Mon: email the photographer the list of family shots they missed',
    ].join('\n'),
    tasks: [
      { title: 'Collect flowers from Bloem Studio, Parkhurst', due: '2026-12-26' },
      { title: "Drop the rings with Pieter's best man", due: '2026-12-26' },
      { title: 'Make sure the cake is in the cold room', due: '2026-12-26', priority: 'high' },
      { title: 'Pay the DJ balance', due: '2026-12-26' },
      { title: 'Ring Moja Shuttles to confirm the pickup', due: '2026-12-26' },
      { title: "Load the gifts into Ma's car", due: '2026-12-26' },
      { title: 'Return the hired glasses to Party Hire', due: '2026-12-27' },
      { title: 'Email the photographer the list of family shots they missed', due: '2026-12-28' },
    ],
  },
  {
    name: 'standup 1: a payments engineer in Bengaluru the day before Republic Day',
    today: '2027-01-25',
    timezone: 'Asia/Kolkata',
    open: [
      { id: STANDUP_PAY318, title: 'PAY-318 idempotency keys on the refund webhook', due_date: '2027-01-25' },
      { id: STANDUP_RUNBOOK, title: 'Write the settlement retries runbook', due_date: '2027-01-27' },
    ],
    text: [
      '*#payments-core standup* — Mon',
      '**Yesterday** (well, Fri)',
      '• merged PAY-318 idempotency keys on the refund webhook ✅',
      '• paired w/ Ritu on the recon test, still flaky',
      '**Today**',
      '• PAY-331 add retry jitter to the settlement worker',
      '• fix the flaky recon test for real this time',
      "• review Ankit's PR for the ledger export",
      '• update the on-call doc with the new PagerDuty escalation',
      '**Blockers**',
      '• need prod read access for the recon DB — @Suresh can you approve?',
      '• settlement retries runbook slips to next week, waiting on the infra diagram from platform',
      "FYI tomorrow's Republic Day so I'm off. Load-test plan will be shared with the team by Fri",
    ].join('\n'),
    tasks: [
      { title: 'PAY-331 add retry jitter to the settlement worker', due: '2027-01-25' },
      { title: 'Fix the flaky recon test', due: '2027-01-25' },
      { title: "Review Ankit's PR for the ledger export", due: '2027-01-25' },
      { title: 'Update the on-call doc with the new PagerDuty escalation', due: '2027-01-25' },
      { title: 'Share the load-test plan with the team', due: '2027-01-29' },
    ],
    updates: [
      { task_id: STANDUP_PAY318, status: 'done' },
      { task_id: STANDUP_RUNBOOK, due: '2027-02-01' },
    ],
  },
  {
    name: 'nested 1: a Scout leader in Toronto on the day the clocks go back',
    today: '2026-11-01',
    timezone: 'America/Toronto',
    text: [
      'SCOUTS — November   (clocks went back last night, half the troop will turn up an hour early lol)',
      '◦ Remembrance Day parade, Wed 11th',
      '    ◦ confirm the colour party with Akela Dev by Thursday',
      '    ◦ iron the group flag the night before',
      '    ◦ text parents the meeting point by Friday',
      '◦ Winter camp (Haliburton)',
      '    ◦ put the deposit down before the 15th',
      '    ◦ chase the 4 missing permission forms next week',
      '    ◦ check the propane stove + mantles',
      '◦ Popcorn sales',
      '    ◦ count the money from last weekend',
      '    ◦ drop the cheque at the council office tmrw',
      '◦ Me',
      '    ◦ renew my police check',
      '    ◦ sign up for the Wood Badge course by mid-November',
    ].join('\n'),
    tasks: [
      { title: 'Confirm the colour party with Akela Dev', due: '2026-11-05', project: 'Remembrance Day parade' },
      { title: 'Iron the group flag', due: '2026-11-10', project: 'Remembrance Day parade' },
      { title: 'Text parents the meeting point', due: '2026-11-06', project: 'Remembrance Day parade' },
      { title: 'Put the deposit down', due: '2026-11-14', project: 'Winter camp' },
      { title: 'Chase the 4 missing permission forms', due: '2026-11-02', project: 'Winter camp' },
      { title: 'Check the propane stove + mantles', due: null, project: 'Winter camp' },
      { title: 'Count the money from last weekend', due: null, project: 'Popcorn sales' },
      { title: 'Drop the cheque at the council office', due: '2026-11-02', project: 'Popcorn sales' },
      { title: 'Renew my police check', due: null, project: null },
      { title: 'Sign up for the Wood Badge course', due: '2026-11-15', project: null },
    ],
  },
  {
    name: "ocr 1: a retired postman's handwritten list in Cork on the August bank holiday",
    today: '2026-08-03',
    timezone: 'Europe/Dublin',
    text: [
      'Things to do (bank hol.)',
      'ring Dr Cassidys surgery about the',
      'bloods resu1ts tornorrow',
      'get the lawnrnower blade sharpened',
      'at Hegartys - shut today',
      'pay the ESB bi1l before Fri',
      'Noras 80th Sat 8th - buy a card',
      '+ srnall present, and bring the',
      'trifle I prornised her',
      'fix the back gate latch',
      'bring bottles to the bottle bank',
      'renew dog licence for Rusty by',
      'end of the rnonth',
      'post Eileen the photos frorn Kinsale',
    ].join('\n'),
    tasks: [
      { title: "Ring Dr Cassidy's surgery about the bloods results", due: '2026-08-04' },
      { title: "Get the lawnmower blade sharpened at Hegarty's", due: null },
      { title: 'Pay the ESB bill', due: '2026-08-06' },
      { title: "Buy a card + small present for Nora's 80th", due: '2026-08-08' },
      { title: 'Bring the trifle I promised her', due: '2026-08-08' },
      { title: 'Fix the back gate latch', due: null },
      { title: 'Bring bottles to the bottle bank', due: null },
      { title: 'Renew dog licence for Rusty', due: '2026-08-31' },
      { title: 'Post Eileen the photos from Kinsale', due: null },
    ],
  },
  {
    name: 'newsletter 1: a parent in Auckland reading the school newsletter on the eve of Waitangi Day',
    today: '2026-02-05',
    timezone: 'Pacific/Auckland',
    text: [
      'Fwd: Te Kura o Kōwhai — Term 1 Newsletter #1',
      '',
      'Kia ora whānau, welcome back to 2026!',
      '• School is closed tomorrow (Friday 6 Feb) for Waitangi Day.',
      '• Swimming starts Monday 9 February. Please send togs, a towel and a named drink bottle every Tuesday and Thursday.',
      '• Stationery packs must be paid by 13 February via the school app.',
      '• Year 4 camp at Tui Lodge runs 4–6 March. Permission slips and the $85 deposit are due Friday 20 February.',
      '• Meet the Teacher evening: Wednesday 18 February, 5.30pm in the hall.',
      '• We need parent helpers for Athletics Day on 27 Feb — please sign up at the office.',
      'Ngā mihi, Whaea Ana (Tumuaki)',
      '',
      'my notes:',
      '- pay the stationery tonight before I forget!',
      "- Manaia's togs are too small, buy new ones this weekend",
      "- fill in Manaia's camp slip + pay the deposit",
      '- ask if they need parent helpers for camp',
      '- ask Tama to cover my shift on the 18th so I can go to Meet the Teacher',
      '- sign up to help at athletics day, pop into the office Monday',
    ].join('\n'),
    tasks: [
      { title: 'Pay the stationery', due: '2026-02-05' },
      { title: 'Buy new togs for Manaia', due: '2026-02-07' },
      { title: "Fill in Manaia's camp slip", due: '2026-02-20' },
      { title: 'Pay the deposit', due: '2026-02-20' },
      { title: 'Ask if they need parent helpers for camp', due: null },
      { title: 'Ask Tama to cover my shift', due: '2026-02-18' },
      { title: 'Sign up to help at athletics day', due: '2026-02-09' },
    ],
  },
  {
    name: 'itinerary 1: a dentist in Mexico City before a trip to Japan, on Benito Juárez Day',
    today: '2027-03-15',
    timezone: 'America/Mexico_City',
    text: [
      'JAPÓN 2027 🇯🇵 — Vero & Memo',
      'Sat 27 Mar   MEX→NRT  AM58  dep 23:55  (conf. QX7K2P)',
      'Sun 28 Mar   arr. Narita 05:40 → Skyliner to Ueno → Hotel Sotetsu Fresa (check-in 15:00)',
      'Mon 29 – Wed 31   Tokyo. teamLab Tue 30 @ 10:00 (booked)',
      'Thu 1 Apr   Shinkansen to Kyoto, JR Pass starts',
      'Fri 2 – Sun 4   Kyoto, ryokan Hanaikada. kimono rental Sat am',
      'Mon 5 Apr   Osaka day trip',
      'Tue 6 Apr   KIX→LAX→MEX',
      '',
      'before we leave:',
      '- check if Japan needs 6 months on the passport (mine expires in 5 months)',
      '- buy the JR Pass online',
      '- call Banorte about using my card abroad by Thursday',
      '- order yen at Centro Cambiario this week, pick up Fri 26th',
      '- ask Lupita to feed Canela + water the plants',
      "- reschedule the patients booked while I'm away, tomorrow first thing",
      '- download offline maps',
      '- set up Suica in Apple Wallet',
      '- travel insurance this week',
    ].join('\n'),
    tasks: [
      { title: 'Check if Japan needs 6 months on the passport', due: '2027-03-26' },
      { title: 'Buy the JR Pass online', due: '2027-03-26' },
      { title: 'Call Banorte about using my card abroad', due: '2027-03-18' },
      { title: 'Order yen at Centro Cambiario', due: '2027-03-19' },
      { title: 'Pick up the yen', due: '2027-03-26' },
      { title: 'Ask Lupita to feed Canela + water the plants', due: '2027-03-26' },
      { title: "Reschedule the patients booked while I'm away", due: '2027-03-16' },
      { title: 'Download offline maps', due: '2027-03-26' },
      { title: 'Set up Suica in Apple Wallet', due: '2027-03-26' },
      { title: 'Travel insurance', due: '2027-03-19' },
    ],
  },
  {
    name: 'landlord 1: a landlord with three flats in Porto at the end of June',
    today: '2026-06-30',
    timezone: 'Europe/Lisbon',
    text: [
      'Rua das Flores 112:',
      '- new tenant (Inês) moves in 1 July, get 3 sets of keys cut today',
      '- fix the dripping shower mixer before she arrives',
      '- take the meter readings Wednesday with her',
      'Boavista T2:',
      "- Sr. Almeida's rent is late AGAIN. send him the formal letter tomorrow",
      '- gas certificate expires 15/07 — book the inspector asap',
      'Foz studio:',
      '- airbnb guests check out Thursday, leave the cleaner the lockbox code by Wednesday night',
      '- replace the broken blind in the bedroom',
      "- reply to the Dutch couple's review",
      'Other:',
      '- ask Dra. Sousa which receipts she needs for the IRS rendas',
      '- renew the condo insurance by 31 July',
    ].join('\n'),
    tasks: [
      { title: 'Get 3 sets of keys cut', due: '2026-06-30', project: 'Rua das Flores 112' },
      { title: 'Fix the dripping shower mixer', due: '2026-06-30', project: 'Rua das Flores 112' },
      { title: 'Take the meter readings', due: '2026-07-01', project: 'Rua das Flores 112' },
      { title: 'Send Sr. Almeida the formal letter', due: '2026-07-01', project: 'Boavista T2' },
      { title: 'Book the gas inspector', due: '2026-07-15', project: 'Boavista T2', priority: 'high' },
      { title: 'Leave the cleaner the lockbox code', due: '2026-07-01', project: 'Foz studio' },
      { title: 'Replace the broken blind in the bedroom', due: null, project: 'Foz studio' },
      { title: "Reply to the Dutch couple's review", due: null, project: 'Foz studio' },
      { title: 'Ask Dra. Sousa which receipts she needs for the IRS rendas', due: null, project: null },
      { title: 'Renew the condo insurance', due: '2026-07-31', project: null },
    ],
  },
  {
    name: 'mealprep 1: a night-shift nurse in Chicago planning meals on the day the clocks spring forward',
    today: '2026-03-08',
    timezone: 'America/Chicago',
    text: [
      'MEALS wk of 3/9   (clocks sprang forward, lost an hour of sleep 😴)',
      'Mon – sheet pan chicken thighs + sweet potato',
      'Tue – turkey chili, double batch, freeze half',
      'Wed – leftover chili',
      'Thu – salmon, rice, broccoli',
      'Fri – out w/ Jess',
      "Sat/Sun – whatever's left",
      '',
      'SHOP (Jewel, today): chicken thighs, ground turkey, 2 cans kidney beans, salmon, broccoli, sweet potatoes, rice, greek yogurt, berries',
      'Costco run Wed: coffee, olive oil, ziplocs',
      '',
      'PREP',
      '- today: cook the rice, chop onions + peppers for the chili, portion yogurt + berries into jars',
      '- marinate the salmon Mon night, no wait, Wed night',
      '- defrost the chicken in the fridge tonight',
      '- clean out the freezer Monday so the chili fits',
    ].join('\n'),
    tasks: [
      {
        title: 'Shop at Jewel: chicken thighs, ground turkey, 2 cans kidney beans, salmon, broccoli, sweet potatoes, rice, greek yogurt, berries',
        due: '2026-03-08',
      },
      { title: 'Costco run: coffee, olive oil, ziplocs', due: '2026-03-11' },
      { title: 'Cook the rice', due: '2026-03-08' },
      { title: 'Chop onions + peppers for the chili', due: '2026-03-08' },
      { title: 'Portion yogurt + berries into jars', due: '2026-03-08' },
      { title: 'Marinate the salmon', due: '2026-03-11' },
      { title: 'Defrost the chicken in the fridge', due: '2026-03-08' },
      { title: 'Clean out the freezer', due: '2026-03-09' },
    ],
  },
  {
    name: "review 1: an illustrator's GTD weekly review in Stockholm on Midsummer Eve",
    today: '2026-06-19',
    timezone: 'Europe/Stockholm',
    open: [
      { id: REVIEW_SKETCH, title: 'Send cover sketches to Bonnier', due_date: '2026-06-18' },
      { id: REVIEW_PORTFOLIO, title: 'Redo the portfolio site', due_date: null },
      { id: REVIEW_INVOICE, title: 'Invoice Lund museum for the map', due_date: null },
    ],
    text: [
      'WEEKLY REVIEW — fre 19/6 (midsommarafton, quick one before the sill & snaps)',
      '',
      'INBOX (processed)',
      "- Kajsa's email re the picture book → next actions",
      '- receipt pile → next actions',
      '- Folktandvården letter, recall due → next actions',
      '',
      'WAITING FOR',
      '- Lund museum to confirm the final map size',
      '- Ola to return my A3 scanner',
      "- Natur & Kultur payment (due 30/6). chase them 1 July if nothing's in",
      '',
      'NEXT ACTIONS',
      "- roughs for Kajsa's book, spreads 1–6 (she wants them end of next week)",
      '- enter the receipt pile in Fortnox before the VAT return on the 26th',
      '- call Folktandvården to book the recall',
      '- order new Copic greys, mine are dead',
      '- ~~cover sketches to Bonnier~~ sent Wed ✔',
      '',
      'SOMEDAY / MAYBE',
      '- risograph course at Konstfack',
      '- a zine with Elin',
      '- redo the portfolio site — no. dropping it, Instagram does the job',
    ].join('\n'),
    tasks: [
      { title: "Roughs for Kajsa's book, spreads 1–6", due: '2026-06-26' },
      { title: 'Enter the receipt pile in Fortnox', due: '2026-06-25' },
      { title: 'Call Folktandvården to book the recall', due: null },
      { title: 'Order new Copic greys', due: null },
      { title: 'Chase Natur & Kultur for the payment', due: '2026-07-01' },
      { title: 'Risograph course at Konstfack', due: null, priority: 'low' },
      { title: 'A zine with Elin', due: null, priority: 'low' },
    ],
    updates: [
      { task_id: REVIEW_SKETCH, status: 'done' },
      { task_id: REVIEW_PORTFOLIO, status: 'cancelled' },
    ],
  },
  {
    name: 'partners 1: a couple texting in Melbourne on the morning daylight saving starts',
    today: '2026-10-04',
    timezone: 'Australia/Melbourne',
    open: [
      { id: PARTNERS_REGO, title: 'Renew car rego', due_date: '2026-10-10' },
      { id: PARTNERS_DINNER, title: "Mum's birthday dinner at Tipo 00", due_date: '2026-10-09' },
    ],
    text: [
      'Dan: did the clocks change?? phone says 9 oven says 8',
      'Me: daylight saving babe. can u fix the oven clock',
      'Dan: lol ok',
      "Me: can you get Ollie from footy Tuesday, I'm on a late",
      'Dan: yep',
      'Dan: can you book Biscuit in for his vaccination this week',
      "Me: I'll ring the vet tomorrow",
      'Me: also did the rego online this morning ✔',
      'Dan: legend',
      "Dan: I'll do the bins tonight",
      "Me: bad news, Mum's tested positive. her birthday dinner Friday is off 😔 I'll let the restaurant know",
      'Dan: ah no. send her some soup?',
      "Me: good idea, I'll drop some soup at hers Wednesday",
      'Dan: can u transfer me the $140 for the AFL tix',
      'Me: done',
      'Dan: and can you email OSHC about summer holiday care before Friday',
      'Me: ok',
      'Dan: grab milk on the way home?',
      'Me: 👍',
    ].join('\n'),
    tasks: [
      { title: "Ring the vet about Biscuit's vaccination", due: '2026-10-05' },
      { title: 'Let the restaurant know', due: null },
      { title: "Drop some soup at Mum's", due: '2026-10-07' },
      { title: 'Email OSHC about summer holiday care', due: '2026-10-08' },
      { title: 'Grab milk on the way home', due: null },
    ],
    updates: [
      { task_id: PARTNERS_REGO, status: 'done' },
      { task_id: PARTNERS_DINNER, status: 'cancelled' },
    ],
  },
  {
    name: 'taglish 1: a call-centre team lead in Quezon City on Bonifacio Day',
    today: '2026-11-30',
    timezone: 'Asia/Manila',
    text: [
      'grabe ang daming gagawin 😩 holiday pa naman (Bonifacio Day)',
      '- bayaran ang Meralco bukas, due na sa Dec 2',
      '- mamaya: i-follow up si Kuya Ben about sa aircon repair',
      '- sa Huwebes, i-submit ang team schedule for December',
      '- bili ng pang-Noche Buena: ham, keso de bola, fruit cocktail, all-purpose cream',
      '- yung dentist next week na lang, tatawagan ko sila sa Miyerkules para mag-book',
      '- padala kay Nanay sa Iloilo bago mag-Friday',
      '- ako daw gagawa ng exchange gift list for the team Christmas party (Dec 18), tapusin by end of the week',
      '- renew NBI clearance, no rush',
    ].join('\n'),
    tasks: [
      { title: 'Bayaran ang Meralco', due: '2026-12-01' },
      { title: 'I-follow up si Kuya Ben about sa aircon repair', due: '2026-11-30' },
      { title: 'I-submit ang team schedule for December', due: '2026-12-03' },
      { title: 'Bili ng pang-Noche Buena: ham, keso de bola, fruit cocktail, all-purpose cream', due: null },
      { title: 'Tawagan yung dentist para mag-book', due: '2026-12-02' },
      { title: 'Padala kay Nanay sa Iloilo', due: '2026-12-03' },
      { title: 'Exchange gift list for the team Christmas party', due: '2026-12-04' },
      { title: 'Renew NBI clearance', due: null, priority: 'low' },
    ],
  },
  {
    name: "garden 1: an allotment holder's year calendar in Utrecht on the eve of King's Day",
    today: '2027-04-26',
    timezone: 'Europe/Amsterdam',
    text: [
      'MOESTUIN plot 14 — jaarkalender 🌱',
      'JAN  order seeds, sharpen + oil the tools',
      'FEB  chit the potatoes, prune the apple tree',
      'MRT  sow tomatoes & peppers indoors, dig in compost',
      'APR  ← nu!',
      '  • plant out the seed potatoes this weekend',
      '  • sow carrots, beetroot and parsnips direct',
      '  • net the brassicas before the pigeons find them',
      '  • pot on the tomatoes',
      '  • fix the water butt tap (leaking since March)',
      '  • do my 3 association work hours by 30 April',
      'MEI  harden off tomatoes, plant out after IJsheiligen',
      'JUN  stake the beans, first courgettes',
      'JUL–SEP  water water water, harvest, save seed',
      'OKT  garlic in, clear the beds',
      'NOV/DEC  rest 🙃',
      '',
      'dates:',
      '  Koningsdag tomorrow — plant sale at the tuinpark from 10:00, bring the spare courgette plants',
      '  seed swap at the clubhouse Sat 8 May, sort my spare seeds before then',
    ].join('\n'),
    tasks: [
      { title: 'Plant out the seed potatoes', due: '2027-05-01' },
      { title: 'Sow carrots, beetroot and parsnips direct', due: null },
      { title: 'Net the brassicas', due: null },
      { title: 'Pot on the tomatoes', due: null },
      { title: 'Fix the water butt tap', due: null },
      { title: 'Do my 3 association work hours', due: '2027-04-30' },
      { title: 'Bring the spare courgette plants', due: '2027-04-27' },
      { title: 'Sort my spare seeds', due: '2027-05-07' },
    ],
  },
  {
    name: "terse 1: a hawker-stall owner in Singapore on New Year's Eve",
    today: '2026-12-31',
    timezone: 'Asia/Singapore',
    text: [
      '- renew NEA licence b4 15 Jan',
      '- fix wok burner',
      '- order 20kg rice + 10 trays eggs tmr',
      '- pay CPF for Ah Seng by 14th',
      '- new menu board w/ CNY prices',
      '- close early tonight (countdown w family)',
      '- bank in cash Mon',
      '- check fridge thermometer',
      '- call supplier re chilli paste price increase',
    ].join('\n'),
    tasks: [
      { title: 'Renew NEA licence', due: '2027-01-14' },
      { title: 'Fix wok burner', due: null },
      { title: 'Order 20kg rice + 10 trays eggs', due: '2027-01-01' },
      { title: 'Pay CPF for Ah Seng', due: '2027-01-14' },
      { title: 'New menu board with CNY prices', due: null },
      { title: 'Close early', due: '2026-12-31' },
      { title: 'Bank in cash', due: '2027-01-04' },
      { title: 'Check fridge thermometer', due: null },
      { title: 'Call supplier re chilli paste price increase', due: null },
    ],
  },
  {
    name: 'prose 1: a tango teacher in Buenos Aires the day before Independence Day',
    today: '2026-07-08',
    timezone: 'America/Argentina/Buenos_Aires',
    text:
      "Tomorrow is the 9 de julio holiday and the studio's closed, which is the only reason I'm finally sitting down to write this. " +
      "The winter milonga is on Saturday the 18th and I still haven't confirmed the DJ, so that has to happen by Friday. " +
      "I also need to print the flyers and drop a pile at La Viruta, and I promised Graciela I'd lend her the good speakers for her class, so I'll take them to her on Monday. " +
      'My knee is worse again — I really should get a physio appointment booked this week instead of pretending. ' +
      'The landlord wants the new contract signed before the end of the month. ' +
      "And at some point I want to rewrite the beginners' syllabus, it's embarrassing.",
    tasks: [
      { title: 'Confirm the DJ', due: '2026-07-10' },
      { title: 'Print the flyers', due: null },
      { title: 'Drop a pile of flyers at La Viruta', due: null },
      { title: 'Take the good speakers to Graciela', due: '2026-07-13' },
      { title: 'Get a physio appointment booked', due: '2026-07-10' },
      { title: 'Sign the new contract', due: '2026-07-31' },
      { title: "Rewrite the beginners' syllabus", due: null },
    ],
  },
  {
    name: 'dictation 1: a ski-lift mechanic in Colorado dictating on Thanksgiving',
    today: '2026-11-26',
    timezone: 'America/Denver',
    open: [
      { id: DICTATION_PIES, title: 'Pick up pies from Village Inn', due_date: '2026-11-26' },
      { id: DICTATION_GEARBOX, title: 'Order gearbox oil for lift 4', due_date: '2026-11-27' },
    ],
    text:
      "okay so happy thanksgiving to me I guess um already grabbed the pies from Village Inn this morning so that's done uh tomorrow I gotta call Vail Resorts HR about my seasonal bonus " +
      "and then the gearbox oil for lift four I'll order that Monday instead since nobody's answering till then also remind myself to get snow tires put on the Tacoma before the storm Saturday " +
      "and uh Kayla's birthday is December 3rd so get her a gift by then maybe those climbing shoes she wanted oh and pay the Xcel bill it's due the 1st " +
      "return the rental skis to Christy Sports sometime this week and text my brother about splitting the cabin for New Year's",
    tasks: [
      { title: 'Call Vail Resorts HR about my seasonal bonus', due: '2026-11-27' },
      { title: 'Get snow tires put on the Tacoma', due: '2026-11-27' },
      { title: 'Get Kayla a gift', due: '2026-12-03' },
      { title: 'Pay the Xcel bill', due: '2026-12-01' },
      { title: 'Return the rental skis to Christy Sports', due: '2026-11-27' },
      { title: "Text my brother about splitting the cabin for New Year's", due: null },
    ],
    updates: [
      { task_id: DICTATION_PIES, status: 'done' },
      { task_id: DICTATION_GEARBOX, due: '2026-11-30' },
    ],
  },
  {
    name: 'email 1: a summit volunteer in Nairobi forwarding her assignments on Mashujaa Day',
    today: '2026-10-20',
    timezone: 'Africa/Nairobi',
    text: [
      "notes to self (Wanjiru): top up M-Pesa for the matatu fares this week. ask Brian if I can leave early on the 30th",
      '',
      '---------- Forwarded message ----------',
      'From: Brian Otieno <brian@afritechsummit.co.ke>',
      'To: Wanjiru Kamau; Kevin Mutua; Achieng Odhiambo',
      'Subject: AfriTech Summit — final prep (summit is Thu 29 Oct)',
      '',
      "Hi team, hope you're enjoying Mashujaa Day!",
      'Quick assignments before the summit:',
      '- Wanjiru: please collect the lanyards from the printers in Westlands by Monday, and check the names against the registration list.',
      '- Kevin: sort the Wi-Fi vouchers with the venue.',
      "- Achieng: confirm the caterers' headcount (final number is 420).",
      '- Everyone: attend the volunteer briefing on Tuesday 27 Oct, 4pm at KICC.',
      '- Wanjiru & Kevin: draft the stage timings sheet and send it to me before Friday.',
      'Shout if anything is unclear.',
      'Brian',
    ].join('\n'),
    tasks: [
      { title: 'Top up M-Pesa for the matatu fares', due: '2026-10-23' },
      { title: 'Ask Brian if I can leave early on the 30th', due: null },
      { title: 'Collect the lanyards from the printers in Westlands', due: '2026-10-26' },
      { title: 'Check the names against the registration list', due: '2026-10-26' },
      { title: 'Attend the volunteer briefing', due: '2026-10-27' },
      { title: 'Draft the stage timings sheet and send it to Brian', due: '2026-10-22' },
    ],
  },
  {
    name: "meeting 1: a game developer's sprint planning notes in Seoul the day before Hangul Day",
    today: '2026-10-08',
    timezone: 'Asia/Seoul',
    text: [
      'Sprint 14 planning — Thu 8 Oct',
      'Attendees: Jae-won (PM), Minji (me), Soo-ah, Tom',
      '1. G-Star demo build (G-Star opens Nov 12)',
      '   - AI Minji: fix the save-corruption crash by Wed 14th',
      '   - AI Tom: performance pass on the boss arena',
      '   - AI Minji: write the demo script for the booth staff, draft by end of next week',
      '2. Localisation',
      '   - AI Soo-ah: send JP strings to the vendor',
      '   - AI Minji: review the EN strings Monday before they go out',
      '   - AI Minji + Soo-ah: update the glossary in the shared drive',
      '3. AOB',
      '   - office closed tomorrow for Hangul Day',
      '   - everyone: fill in the sprint retro survey by Friday 16th',
      '   - Minji to book a room for the playtest, by Monday',
      'Next meeting: Thu 15 Oct, 10:00',
    ].join('\n'),
    tasks: [
      { title: 'Fix the save-corruption crash', due: '2026-10-14', project: 'G-Star demo build' },
      { title: 'Write the demo script for the booth staff', due: '2026-10-16', project: 'G-Star demo build' },
      { title: 'Review the EN strings', due: '2026-10-12', project: 'Localisation' },
      { title: 'Update the glossary in the shared drive', due: null, project: 'Localisation' },
      { title: 'Fill in the sprint retro survey', due: '2026-10-16', project: null },
      { title: 'Book a room for the playtest', due: '2026-10-12', project: null },
    ],
  },
  {
    name: 'uk-dates 1: a dog walker in Bristol on Easter Sunday as the clocks go forward',
    today: '2027-03-28',
    timezone: 'Europe/London',
    text: [
      'Easter Sunday AND clocks forward. Biscuit wanted his walk at "7" 🙄',
      'week ahead:',
      '- Easter Monday tomorrow, no walks – text all clients today',
      '- invoice the Hendersons for March by 31/03',
      '- Poppy (cockapoo) meet & greet Tues 30/3 at 11',
      '- print the new-client forms the day before',
      '- van MOT runs out 06/04 – book it this week',
      '- renew public liability insurance before 10/4',
      "- get Biscuit's flea treatment",
      '- pay council tax 1/4',
      '- order new leads from Ruffwear, sale ends 2.4.',
    ].join('\n'),
    tasks: [
      { title: 'Text all clients', due: '2027-03-28' },
      { title: 'Invoice the Hendersons for March', due: '2027-03-31' },
      { title: 'Poppy (cockapoo) meet & greet', due: '2027-03-30' },
      { title: 'Print the new-client forms', due: '2027-03-29' },
      { title: 'Book the van MOT', due: '2027-04-02' },
      { title: 'Renew public liability insurance', due: '2027-04-09' },
      { title: "Get Biscuit's flea treatment", due: null },
      { title: 'Pay council tax', due: '2027-04-01' },
      { title: 'Order new leads from Ruffwear', due: '2027-04-02' },
    ],
  },
  {
    name: 'us-dates 1: a tax preparer in Phoenix on the last day of March',
    today: '2026-03-31',
    timezone: 'America/Phoenix',
    text: [
      '3/31 - tax season home stretch 😵 15 days',
      '- Garcia family 1040: still need their 1098 from the mortgage co, call them tmrw',
      '- e-file the Nguyens by 4/3',
      "- send Dr. Patel's extension (4868) by 4/10",
      '- remind clients re Q1 estimated payments 4/8',
      "- renew my PTIN?? no that's in the fall",
      '- order toner + a case of paper',
      '- sign office lease renewal by 04/15/2026',
      '- dentist 4/7 2:30',
      '- pick up Maya from practice Thu 4/2 at 5',
    ].join('\n'),
    tasks: [
      { title: "Call the mortgage co about the Garcia family's 1098", due: '2026-04-01' },
      { title: 'E-file the Nguyens', due: '2026-04-03' },
      { title: "Send Dr. Patel's extension (4868)", due: '2026-04-10' },
      { title: 'Remind clients re Q1 estimated payments', due: '2026-04-08' },
      { title: 'Order toner + a case of paper', due: null },
      { title: 'Sign office lease renewal', due: '2026-04-15' },
      { title: 'Dentist', due: '2026-04-07' },
      { title: 'Pick up Maya from practice', due: '2026-04-02' },
    ],
  },
  {
    name: 'groups 1: a parent with a summer cottage in Helsinki the day after the clocks go back',
    today: '2026-10-26',
    timezone: 'Europe/Helsinki',
    text: [
      '## Työ',
      "- prep slides for Wednesday's board meeting",
      '- 1:1 with Aleksi tomorrow',
      '- submit the Tampere travel claim by end of month',
      '## Koti',
      '- winter tyres!! Vianor Thursday 17:00',
      '- bleed the radiators',
      '- pay the daycare invoice by the 30th',
      "- Eino's Halloween party Saturday, buy costume stuff",
      '## Mökki',
      '- drain the water pipes next weekend at the latest, before the frost',
      '- bring the boat up',
      '- cancel the Elisa internet for the winter',
      '',
      'also renew my passport',
    ].join('\n'),
    tasks: [
      { title: "Prep slides for Wednesday's board meeting", due: '2026-10-28', project: 'Työ' },
      { title: '1:1 with Aleksi', due: '2026-10-27', project: 'Työ' },
      { title: 'Submit the Tampere travel claim', due: '2026-10-31', project: 'Työ' },
      { title: 'Winter tyres at Vianor', due: '2026-10-29', project: 'Koti', priority: 'high' },
      { title: 'Bleed the radiators', due: null, project: 'Koti' },
      { title: 'Pay the daycare invoice', due: '2026-10-30', project: 'Koti' },
      { title: "Buy costume stuff for Eino's Halloween party", due: '2026-10-31', project: 'Koti' },
      { title: 'Drain the water pipes', due: '2026-11-07', project: 'Mökki' },
      { title: 'Bring the boat up', due: null, project: 'Mökki' },
      { title: 'Cancel the Elisa internet for the winter', due: null, project: 'Mökki' },
      { title: 'Renew my passport', due: null, project: null },
    ],
  },
  {
    name: 'label 1: a lei maker in Honolulu on the eve of Kamehameha Day',
    today: '2026-06-10',
    timezone: 'Pacific/Honolulu',
    text: [
      'Kamehameha Day tmrw — parade lei rush!!',
      'Kalani (pāʻū riders): 12 maile-style lei, deliver by 6am tomorrow to Aʻala Park; invoice the balance after the parade',
      "Mrs. Fujimoto: haku lei for her granddaughter's graduation, ready for pickup Sat",
      'Reyes wedding (Aloha Tower): confirm final count w/ the planner by Friday; order extra tuberose',
      'Shop: restock ti leaves, fix the cooler door seal, pay HECO',
    ].join('\n'),
    tasks: [
      { title: 'Deliver 12 maile-style lei to Aʻala Park', due: '2026-06-11', project: 'Kalani' },
      { title: 'Invoice the balance', due: '2026-06-12', project: 'Kalani' },
      { title: "Haku lei for her granddaughter's graduation", due: '2026-06-13', project: 'Mrs. Fujimoto' },
      { title: 'Confirm final count with the planner', due: '2026-06-12', project: 'Reyes wedding' },
      { title: 'Order extra tuberose', due: null, project: 'Reyes wedding' },
      { title: 'Restock ti leaves', due: null, project: 'Shop' },
      { title: 'Fix the cooler door seal', due: null, project: 'Shop' },
      { title: 'Pay HECO', due: null, project: 'Shop' },
    ],
  },
  {
    name: 'project 1: an ESL teacher renovating a basement suite in Vancouver on Labour Day',
    today: '2026-09-07',
    timezone: 'America/Vancouver',
    text:
      "Labour Day and it's pouring, so: admin. For the basement suite I need to get the permit application in to the City by Friday, call Harjit the electrician back about the panel upgrade, and pick flooring samples at Rona this weekend. " +
      "The inspector can't come till the week of the 21st anyway, so the drywall waits. " +
      'For school, I have to finish my unit plans for the newcomer class before Wednesday, photocopy the placement tests, and email the parents about welcome night on the 17th. ' +
      'Otherwise: top up my Compass card, book a haircut.',
    tasks: [
      { title: 'Get the permit application in to the City', due: '2026-09-11', project: 'Basement suite' },
      { title: 'Call Harjit the electrician back about the panel upgrade', due: null, project: 'Basement suite' },
      { title: 'Pick flooring samples at Rona', due: '2026-09-12', project: 'Basement suite' },
      { title: 'Finish my unit plans for the newcomer class', due: '2026-09-08', project: 'School' },
      { title: 'Photocopy the placement tests', due: null, project: 'School' },
      { title: 'Email the parents about welcome night', due: null, project: 'School' },
      { title: 'Top up my Compass card', due: null, project: null },
      { title: 'Book a haircut', due: null, project: null },
    ],
  },
  {
    name: 'conditions 1: a tour guide in Reykjavik on the First Day of Summer',
    today: '2027-04-22',
    timezone: 'Atlantic/Reykjavik',
    text: [
      "Gleðilegt sumar! first day of summer and it's snowing, naturally.",
      '- if the aurora forecast holds tonight, take the late group out to Þingvellir',
      '- whatever Ragnar decides about coming back, the van needs new wiper blades, get them Saturday',
      '- once the Icelandair refund lands, pay the Visa bill',
      '- if it rains tomorrow, do the tax return instead of the hike',
      '- unless the Hvolsvöllur hostel emails first, call them Monday about the June booking',
      '- if the Blue Lagoon group cancels, refund them',
      "- if the bank approves the loan I'll put a deposit on a second minibus",
      '- rain or shine, walk the Reynisfjara route with the new guide on Sunday',
      '- either way, renew my first-aid certificate before May',
    ].join('\n'),
    tasks: [
      { title: 'Take the late group out to Þingvellir', due: '2027-04-22' },
      { title: 'Get new wiper blades for the van', due: '2027-04-24' },
      { title: 'Pay the Visa bill', due: null },
      { title: 'Do the tax return', due: '2027-04-23' },
      { title: 'Call the Hvolsvöllur hostel about the June booking', due: '2027-04-26' },
      { title: 'Walk the Reynisfjara route with the new guide', due: '2027-04-25' },
      { title: 'Renew my first-aid certificate', due: '2027-04-30' },
    ],
  },
  {
    name: 'long 1: a primary teacher and mum in Sydney on the day the clocks go back',
    today: '2027-04-04',
    timezone: 'Australia/Sydney',
    text: [
      'clocks went back & the kids still got up at 5. brain dump before the second week of the holidays eats me alive:',
      '- mark the Yr 4 persuasive writing before term starts Tue 20th',
      '- reply to Ms Odum re the excursion permission',
      '- book the car in for a service',
      '- rego due end of month, pay it',
      "- Lachie's dentist Wednesday 9:15",
      '- school shoes x2 (Kmart? Myer?)',
      '- return the library books, overdue since March',
      '- top up the Opal cards',
      '- call Mum re Anzac Day lunch',
      '- renew my Working With Children check before it expires on the 30th',
      '- flyers up for the garage sale by Friday, ask the neighbours if they want in, price everything Saturday',
      '- sort the tax receipts folder for the accountant',
      '- cancel Stan, we never watch it',
      '- fix the wobbly chair leg',
      "- send Nina's party invites Monday",
      '- order her cake from Bourke St Bakery by Thursday URGENT',
      '- clean out the chook pen this arvo',
      '- ring Telstra about the bill AGAIN',
      '- get quotes for gutter guards',
      "- pick up Dad's prescription tomorrow",
      '- draft the report comments by the 16th, ugh',
      '- book swimming lessons for the kids',
      '- renew the contents insurance, whenever',
      "- email the P&C about the disco roster, I said I'd do the first hour",
      "- pick the kids up from Nan's Tuesday arvo",
      '- smoke alarm keeps chirping, new 9V battery',
      '- swap the winter doonas onto the beds',
      "that's it. no it's not. it never is",
    ].join('\n'),
    tasks: [
      { title: 'Mark the Yr 4 persuasive writing', due: '2027-04-19' },
      { title: 'Reply to Ms Odum re the excursion permission', due: null },
      { title: 'Book the car in for a service', due: null },
      { title: 'Pay the rego', due: '2027-04-30' },
      { title: "Lachie's dentist", due: '2027-04-07' },
      { title: 'School shoes x2', due: null },
      { title: 'Return the library books', due: null },
      { title: 'Top up the Opal cards', due: null },
      { title: 'Call Mum re Anzac Day lunch', due: null },
      { title: 'Renew my Working With Children check', due: '2027-04-29' },
      { title: 'Put flyers up for the garage sale', due: '2027-04-09' },
      { title: 'Ask the neighbours if they want in', due: null },
      { title: 'Price everything', due: '2027-04-10' },
      { title: 'Sort the tax receipts folder for the accountant', due: null },
      { title: 'Cancel Stan', due: null },
      { title: 'Fix the wobbly chair leg', due: null },
      { title: "Send Nina's party invites", due: '2027-04-05' },
      { title: 'Order her cake from Bourke St Bakery', due: '2027-04-08', priority: 'high' },
      { title: 'Clean out the chook pen', due: '2027-04-04' },
      { title: 'Ring Telstra about the bill', due: null },
      { title: 'Get quotes for gutter guards', due: null },
      { title: "Pick up Dad's prescription", due: '2027-04-05' },
      { title: 'Draft the report comments', due: '2027-04-16' },
      { title: 'Book swimming lessons for the kids', due: null },
      { title: 'Renew the contents insurance', due: null, priority: 'low' },
      { title: 'Email the P&C about the disco roster', due: null },
      { title: "Pick the kids up from Nan's", due: '2027-04-06' },
      { title: 'New 9V battery for the smoke alarm', due: null },
      { title: 'Swap the winter doonas onto the beds', due: null },
    ],
  },
];

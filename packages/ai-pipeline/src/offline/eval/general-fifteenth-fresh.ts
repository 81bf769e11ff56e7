import type { EvalCase } from './dumps.ts';

/**
 * Fifteenth fresh development set of issue #19 (thirty-third round): 48 everyday dumps written from
 * the text alone by two helpers who neither read nor ran the parser (they read only the `EvalCase`
 * type and first examples of `eval/dumps.ts`, `eval/score.ts`, the Dates section and the start of the
 * Evaluation section of docs/ai.md, and the header comments of `general-dev.ts` and the eleventh to
 * fourteenth fresh sets). Read once unseen, before any rule was changed for it. Part A is the first
 * 24 dumps, part B the last 24; each helper's own account follows. Part B's helper wrote
 * `project: null` on every task of its dumps that group nothing; as in the earlier sets, those are
 * left unscored (removed), so only dumps that group are scored on projects.
 *
 * PART A
 * Fifteenth fresh set, PART A: 24 dumps in the established voices, written from the text alone by
 * a helper who neither read nor ran the parser (nor its tests, nor the evaluation). It read only the
 * `EvalCase`, `ExpectedTask` and `ExpectedUpdate` types and the first examples of `eval/dumps.ts`
 * (to about line 200), `eval/score.ts`, the header comments (first block only) of `general-dev.ts`
 * and the eleventh to fourteenth fresh sets, and the `### Dates` section and the first 60 lines of
 * the `## Evaluation` section of docs/ai.md. Every person, place and line was imagined for this set.
 *
 * Voices (the first word of each name), one dump each unless said: `terse` (a dash list), `comma`
 * (a comma list of short items), `prose` (a rambling paragraph), `dictation` (two: a plain run-on
 * with no punctuation, and one correcting itself with "no wait", "scratch that", "actually"),
 * `slack` (a pasted channel excerpt, the writer's asks among others'), `email` (pasted, greeting,
 * asks of the reader, sign-off), `whatsapp` (a family chat with time stamps), `meeting` (committee
 * notes, the writer says she is the note-taker), `feelings`, `us-dates` (M/D, "Tues", "Thurs",
 * "EOD Friday"), `uk-dates` (D/M, "Weds week", "a week on Tuesday", "a fortnight tomorrow"),
 * `foreign-dates` (English with Spanish and Italian: "mañana", "para el viernes", "el lunes que
 * viene", "domani", "giovedì", "dopodomani", "fine mese"), `emoji`, `project` (two: one project
 * named in prose then loose items; two projects in prose then loose items), `label` (clients and a
 * nephew as `Name:` labels, a loose `personal:` line), `groups` (markdown headings, a loose line
 * after), `conditions`, `todoist` (`#work`/`#home`, `p1`–`p3`, "every monday"), `long` (1,315
 * characters, 29 tasks, four upper-case groups), `nothing`, `oneliner` and `updates`.
 *
 * People: a curling-club ice technician, a café owner closing for Tết, a Dublin bookseller, a
 * mobile mechanic, a sled-dog musher, a data engineer at a bike-share start-up, a fireworks
 * volunteer marshal, a family organising their mother's 70th, a community-orchard secretary, a
 * homesick PhD student, a vintage-clothes seller, a locksmith, an English teacher with Italian
 * in-laws, a parent hosting a holiday barbecue, an expat moving flats, a parent with a bathroom
 * renovation and a daughter's Erasmus application, a freelance designer, a nurse expecting a
 * visitor, a cyclist, a product manager before Golden Week, a school counsellor hosting
 * Thanksgiving, a family on Kali Puja night, someone buying challah, and a teacher tidying her list.
 *
 * Counts: 24 dumps; 176 expected tasks; 12 updates in the 4 dumps with open tasks (`dictation`
 * correcting itself, `slack`, `feelings`, `updates`: 5 done, 6 moved, 1 cancelled; each of those
 * dumps but `slack` also has an open task the text leaves alone); 11 stated priorities (5 high, 2
 * medium, 4 low); 7 dumps that group items (`meeting`, both `project`, `label`, `groups`,
 * `todoist`, `long`; their loose items are `project: null`, and the other 17 dumps have no
 * `project` keys); 24 zones, one per dump. Lengths: one one-liner (51 characters), a one-line comma
 * list (256), the long dump (1,315), the rest 320–914.
 *
 * `today`: clock changes on the day (Winnipeg back, Sun 1 Nov 2026; Adelaide forward, Sun 4 Oct
 * 2026, SA Labour Day the next day; Auckland forward, Sun 27 Sep 2026; Jerusalem forward, Fri 27
 * Mar 2026; Santiago back on Easter Sunday, 5 Apr 2026; Cairo's summer time, Fri 24 Apr 2026, the
 * eve of Sinai Liberation Day; Anchorage forward, Sun 14 Mar 2027; Paris forward on Easter Sunday,
 * 28 Mar 2027, Easter Monday ahead; Dublin back on Halloween, Sun 31 Oct 2027), holidays and their
 * eves (Argentina's 25 de Mayo, Mon 2026-05-25; Mexico's Independence Day, Wed 2026-09-16; China's
 * National Day eve and month end, Wed 2026-09-30; Nigeria's Independence Day, Thu 2026-10-01; Kali
 * Puja and Diwali, Sun 2026-11-08; US Thanksgiving eve, Wed 2026-11-25; Finland's Independence
 * Day, Sun 2026-12-06; the Sunday before the substitute Boxing Day bank holiday, London 2026-12-27;
 * Epiphany (Reyes), Madrid, Wed 2027-01-06; Australia Day, Brisbane, Tue 2027-01-26; the Friday
 * before Tết, Ho Chi Minh City, 2027-02-05; Carnival Tuesday, São Paulo, 2027-02-09; Canada Day
 * eve and half-year end, Toronto, Wed 2027-06-30; the Saturday before the Fourth, Los Angeles,
 * 2027-07-03, with the holiday observed on Monday), and the year's end (Berlin, Thu 2026-12-31).
 * Every due date was written as the reading it follows ("the coming Thursday", "the day before the
 * 15th", "next week's Friday", "a week after the coming Wednesday", "tomorrow + 14") and computed
 * with a Node script (UTC `Date` arithmetic) that printed each date's weekday for a check by hand;
 * each zone's offsets the day before and on `today` were printed with `Intl` to confirm the clock
 * changes. A second script (`check-part-a.mjs`) prints each dump's name, today, zone, length and
 * counts, every due date with its weekday, and the totals above.
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the
 * judgement calls of the eleventh to fourteenth fresh sets. Judgement calls a reader could dispute:
 * - terse: "pebble heads order (the 3/4 ones)" is a size, no date (title "Order pebble heads (the
 *   3/4 ones)"); "bonspiel draw sheets printed by thurs" is "Get the bonspiel draw sheets printed"
 *   on Thursday; "renew MPI before the 15th!!" is the 14th, high; "mom's b-day sat, get card" is
 *   Saturday (the event the card serves); "change all the clocks in the clubhouse" names no day,
 *   though the clocks changed today.
 * - comma: "close the cafe tonight til the 10th" is today (the 10th is when it reopens); "new notes
 *   from the bank before 3" is today (a "before" of the hour); "book a Grab to Biên Hòa sat morning"
 *   is Saturday; verbless items keep their words ("Lì xì envelopes", "Fruit for the mâm ngũ quả",
 *   "Fridge cleanout"); "sign on the door" is the notice ("Put a sign on the door").
 * - prose: "get the sweets in before then and carve the turnip" are both today (then is five
 *   o'clock today); twelve copies of the Keegan "for their meeting on the 18th" are due the 18th;
 *   "at some point this week" on a Sunday is the Friday ahead; "changing it over is a job for
 *   tomorrow morning" is "Change over the shop window" tomorrow; the boiler man's Wednesday visit is
 *   his, confirming it is the person's (tomorrow); "next Saturday" said on a Sunday is 6 November;
 *   "Aoife insists it has to be a turnip" is no task.
 * - dictation: "tuesday first thing is the hilux brakes at norwood" is a job the person does, a
 *   task on Tuesday; "order the pads from repco tomorrow if theyre open" is a task tomorrow (the
 *   condition is the shop's hours); "invoice mrs lambert this week" said on a Sunday is the Friday
 *   ahead; "the van rego is due on the 19th renew it online before then" is the 18th; "ring mum
 *   ... about christmas" is undated; tomorrow's public holiday is no task.
 * - dictation (correcting): the last word stands: the open vet check moves to Wednesday the 17th
 *   ("tuesday no wait ... wednesday so thats the sixteenth no the seventeenth"); "the kibble order
 *   ... by friday scratch that by thursday" moves the open order to Thursday, no new task; "I
 *   already fixed the gangline last night so cross that off" is done; "two hundred no wait three
 *   hundred" booties; "tomorrow no wait monday well monday is tomorrow" is 15 March; the open truck
 *   registration is left alone.
 * - slack: the writer is Jonas ("me = Jonas"); "done already 👍" marks the Grafana keys done; "can
 *   we bring it forward to Tuesday the 5th?" answered "yep can do" moves the dashboard to 5
 *   January; "look into the S3 bill spike from the 28th asap" is high with no date (the 28th is
 *   past); Murat's Airflow upgrade and the on-call rota asked of "someone" (Murat: "on it") are
 *   no tasks; "by next friday" said on Thursday 31 December is 8 January (next week's Friday);
 *   "nobody work tonight" is no task.
 * - email: the reader (Priya) is the person; "by 6pm today" and "tonight" are today; the shift
 *   itself is carried by "Arrive 20 minutes early for the radio check" (tomorrow), with no separate
 *   marshalling task; the teardown call ("If you can help, reply ... by Thursday noon") is an offer
 *   left to the reader, no task; the water stations and "take the TTC if you can" are no tasks;
 *   "expense claims ... are due July 9" is a task on the 9th.
 * - whatsapp: the writer is "Me (Kemi)"; the "[01/10/2026, 08:14]" stamps are no dates; requests
 *   Kemi accepts are hers ("ok", "👍 will do Friday next week"), items others take ("I'll handle",
 *   "I'll call him", "I'm printing") are theirs; the gele "before the party" (Saturday week, 10 Oct)
 *   is 9 October either way; the photos "tonight?" answered "sending now" is still a task today (as
 *   "filing now" was).
 * - meeting: the writer is Ngaio ("me, taking notes"); numbered topics are groups named without
 *   their date ("Planting day"), AOB is none; "me", "me + Hemi" and "everyone" items are hers;
 *   "bring spades + gloves on the day" is 10 October; "before planting day" is 9 October; "grant
 *   report due 15 Oct – me to draft" is due the 15th; "before the next meeting (25 Oct)" is the 24th;
 *   "we need a new treasurer" and the next meeting are no tasks.
 * - feelings: "I'm going to tell Lindqvist it'll be Friday" moves the open chapter task to Friday 11
 *   December and is no task of its own; "Booked the flights home at last though!!" marks the open
 *   flights task done ("!!" is joy); "20th to the 3rd" are the trip's dates, no task; "I really
 *   need a proper SAD lamp" is a task; the open library books are left alone.
 * - us-dates: "CDTFA deadline is 7/31 but I want it filed by 7/12" is one task on 7/12 (the
 *   person's own day over the deadline); "estate sale in Pasadena 7/10-7/11, go early Sat" is Sat
 *   7/10; "rent goes up 8/1, email them ... before then" is 7/31; "mail the returns TODAY before 3"
 *   is today; "(4th tmrw, holiday Mon)" is no task; "Goodwill bins w/ Jess Thurs 7/8" is a task.
 * - uk-dates: "she's away till 4/1, do it the day she's back" is 4 January; "Weds week" is 6
 *   January; "runs out 14/01 – sort it a week on Tuesday" is 5 January (the person's day over the
 *   expiry); "VAT return due 7/2 (ugh), start on the receipts a fortnight tomorrow" is two tasks (7
 *   February; tomorrow + 14 = 11 January); "35/35s and 40/40s" are cylinder sizes; "when the
 *   wholesaler reopens on the 29th" dates the order the 29th; "bank hol tomorrow ... clean the van
 *   out then" is the 28th; "anniversary 2/1 – get a card" is 2 January.
 * - foreign-dates: the locro at Caro's is the event, "bring the malbec" the task (today); "pay the
 *   expensas and the luz bill" is one task; nonna's compleanno giovedì is no task, "call her domani"
 *   is; "before fine mese" is 31 May, as "before the end of the month" is; "the invoice for May"
 *   names no day; "el lunes que viene" is next week's Monday (1 June); "whenever" is low.
 * - emoji: the barbecue "from 3" today is the event, no task; "snags + rolls + sauce for the bbq" is
 *   dated today by the line above it; "before 2" is today; "swimming starts Thurs, find the
 *   goggles" is Thursday; "school goes back next Monday 😱 cover the books + label everything this
 *   weekend" is Saturday 30 January; "the Myer sale ends Sunday" dates the shoes; "AGAIN 😤" is no
 *   priority; "clean the gutters before the storms" names no day.
 * - project (one): "For the Pinheiros move" names the project "Pinheiros move"; the move on the 27th
 *   is neither a task nor its steps' date; "Also measure the bedroom" stays in the project;
 *   "Unrelated:" starts loose items; "it expires in April" dates nothing; "it's his birthday
 *   Thursday" dates "Call Dad"; "by the end of the month" is 28 February.
 * - project (two): projects "Bathroom renovation" and "Lucía's Erasmus application"; "so before
 *   that I need to ..." dates all three items of the sentence the day before Monday the 11th;
 *   Andrés's visit is his; the application's 1 February deadline is the project's date and dates
 *   none of its steps; "Other than that" starts loose items; "the car's ITV is due on the 22nd" is a
 *   task on the 22nd.
 * - label: "Renata", "Grupo Arcos" and "Kiko" (the bracketed "(my nephew)" dropped) are projects;
 *   "personal:" is loose (`null`); "Casa Olmo: ... nothing to do" gives no task and no group;
 *   "before the call on Monday" is Sunday the 20th; "hoy es 16" and "the August hours" date nothing;
 *   titles keep the pronouns ("Help him with his school poster").
 * - groups: the first line is no heading; "get the landlord to look at the damp in the bathroom,
 *   email him tomorrow" is one task due tomorrow (Easter Monday); "my Thursday night shift" names the
 *   shift and dates nothing; "next shift (Tuesday)" is Tuesday; "she lands Fri 2 Apr, pick her up at
 *   CDG" is that Friday, and "before she arrives" the Thursday; "book the Orsay tickets" is undated;
 *   the closing "also call the dentist to rebook, whenever" is loose and low.
 * - conditions: the ride resting on the weather is a task (Tuesday); "pump the tyres and charge the
 *   lights tomorrow either way" is two tasks; "If the landlord hasn't fixed the calefont by Wednesday
 *   I'll call a plumber myself" rests on someone else failing and is no task; Javiera's move and
 *   the bank's loan are none; "Whatever happens, renew the car insurance before the 10th" is the
 *   9th; "If I finish the sprint early, start the Coursera course on Friday" is a task on Friday (it
 *   rests on the person's own work); "When the new passport arrives, scan it and send it to HR" is
 *   one undated task; working from home Monday is no task, setting up the desk tonight is.
 * - todoist: `#work` and `#home` are the projects "Work" and "Home"; p1 high, p2 medium, p3 low;
 *   "weekly sync notes every monday" names no next turn, so it is undated; "buy 高铁 tickets to
 *   Hangzhou tonight (leaving Oct 3)" is today (the trip's day is not the purchase's); asking Mrs
 *   Zhou to water the plants is the person's task.
 * - long: "THANKSGIVING PREP" names a project and dates nothing (as "Christmas prep:" does), so the
 *   undated prep items are undated; "turkey in the oven 7am tmrw" is Thanksgiving; "Fri:" dates its
 *   line; "app deadline Dec 1, write them Sunday" is Sunday; "car inspection runs out 11/30, book
 *   it URGENT" is 30 November (the expiry it serves) and high; "before it renews on the 28th" is
 *   the 27th; "vet said early December" is 1 December; "ask Sam to take it this weekend" is dated
 *   Saturday; "science fair project due Tues, buy poster board" is Tuesday; "before school photos
 *   on the 3rd" is 2 December; "whenever" is low; the opening line is no task.
 * - nothing: "Office tomorrow but I'm not thinking about that" is a statement, no task.
 * - oneliner: "before they close at 2" is today.
 * - updates: "the mock grades went in last night" is done; "Toyota can't take me till the 5th so
 *   put it down for then" moves the car service to 5 May; "not doing it this year, cancel that"
 *   cancels the Gezira renewal; "fixed the AC himself ... so that's done too" is done; "parents'
 *   evening got pushed to next Thursday so the slides can wait till Wednesday" moves the slides to
 *   Wednesday 29 April (the evening's day is not theirs); the open birthday present is left alone;
 *   "order the Year 11 revision guides today" is the one new task.
 *
 * PART B
 * PART B of the fifteenth fresh set: 24 everyday dumps written from the text alone by a helper who
 * neither read nor ran the parser, its tests or any other eval file. It read only the `EvalCase`,
 * `ExpectedTask` and `ExpectedUpdate` types and the first examples of `eval/dumps.ts`,
 * `eval/score.ts`, the header comments of `general-dev.ts` and the eleventh to fourteenth fresh sets,
 * and the Dates section and the first 60 lines of the Evaluation section of docs/ai.md. Every person,
 * place and line was made up for this set.
 *
 * Voices, the first word of each name. Twelve new ones, one dump each: `orgmode` (an Emacs org file
 * with TODO / DONE / WAITING / CANCELLED headlines, `[#A]`, SCHEDULED, DEADLINE, a `+1w` repeater
 * and tags), `spanglish` (mañana, pasado mañana, el viernes, antes del 10, la semana que viene, el
 * próximo martes, fin de mes), `voicemail` (a roofer's transcribed voicemail under the person's own
 * short list), `stickies` (nine sticky notes between `---` lines), `agenda` (a pasted calendar day
 * with the person's prep lines and own list under it), `countdown` (a wedding plan counted back in
 * weeks from the wedding's date), `freelance` (invoices, rates and amounts in reais), `revision` (a
 * Leaving Cert plan by subject and day), `jira` (ticket lines with assignees, "due 30/Mar", P1/P2,
 * Done and Won't Do), `denglisch` (morgen, übermorgen, bis Freitag, nächste Woche, Ende Oktober,
 * nächstes Wochenende, irgendwann), `coach` (a U12 soccer coach's practice, kit and parents notes)
 * and `decision` (pros and cons of a job offer, then five actions). Twelve established ones:
 * `terse` (a one-line comma list), `prose`, `dictation` (no punctuation), `email` (a forwarded
 * marina email with the person's note), `meeting` (numbered topics, AOB), `uk-dates`, `us-dates` (a
 * one-liner), `groups` (markdown headings), `label` (people and a house as labels), `project` (two
 * efforts named in prose), `conditions` and `long` (1,337 characters, 30 tasks).
 *
 * Counts: 24 dumps; 202 expected tasks; 13 updates in 4 dumps with open tasks (`orgmode`,
 * `stickies`, `jira`, `dictation`: 5 done, 4 moved, 4 cancelled; `orgmode` also has an open task
 * repeated unchanged, which is neither a task nor an update); 19 stated priorities (13 high, 6 low);
 * 8 dumps that group items (`orgmode`, `countdown`, `revision`, `coach`, `meeting`, `groups`,
 * `label`, `project`); 24 zones, one per dump (Zurich, Madrid, Los Angeles, Brisbane, New York,
 * Singapore, São Paulo, Dublin, Jerusalem, Berlin, Chicago, Lagos, Bangkok, Prague, Adelaide,
 * Halifax, Jakarta, London, Anchorage, Shanghai, Lima, Athens, Santiago, Auckland). As the brief
 * asks, every task of a dump that groups nothing carries `project: null` (scored as "no project").
 *
 * `today` falls on clock changes (Zurich forward on Easter Sunday 2027, Los Angeles back 1 Nov 2026,
 * Jerusalem forward on Friday 26 Mar 2027, Chicago forward 14 Mar 2027, Adelaide forward 4 Oct 2026
 * with SA Labour Day the next day, London back 25 Oct 2026, Santiago back 4 Apr 2027), public
 * holidays and their eves (Reyes eve, Thanksgiving eve, Consciência Negra, the Irish June bank
 * holiday weekend, Tag der Deutschen Einheit, Nigeria's Independence Day, Songkran, Štědrý den,
 * Canada Day, the Friday before 17 Agustus, Chinese New Year's Eve, Fiestas Patrias, Orthodox Good
 * Friday, Anzac Day on a Sunday with the Mondayised holiday ahead), and month and year ends (31
 * December, 31 January, 28 February, 30 April). Every due date was computed with a Node script (UTC
 * `Date` arithmetic: the coming weekday, next week's Monday, this week's Friday with its Sunday
 * rule, the month's last day, the next such day of a month, counts back from a stated day), each
 * date printed with its weekday and checked by hand; the clock changes were checked with `Intl`
 * offsets on the day before, the day and the day after.
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the calls
 * of the earlier fresh sets. Judgement calls a reader could dispute:
 * - orgmode: `* Work` and `* Home` are groups; `* Someday` is a GTD-like section, no group, and its
 *   item is low priority; `[#A]` is high; SCHEDULED and DEADLINE dates are due dates; a `+1w`
 *   repeater with its next date is due that date; DONE headlines mark open tasks done, CANCELLED
 *   cancels; an open task repeated as TODO with a new SCHEDULED day moves (Luca's deck to Monday);
 *   one repeated with the day it already has (the variance report) is nothing; WAITING on Legal is
 *   theirs; the `#+` lines and the comment are no tasks.
 * - spanglish: titles keep the Spanish; "antes del 10" is the 9th; "el ticket caduca el viernes"
 *   dates the return; "la semana que viene" is next week's Monday; "el próximo martes" said on a
 *   Tuesday is next week's Tuesday; the appointment is titled "Dentista"; "!!" is high, "whenever" low.
 * - voicemail: the person's note and the voicemail are read together, each task once; the deposit
 *   is "Get the deposit sorted" on Wednesday (the note's own words, the voicemail's day); the colour
 *   pick and moving the car come from the voicemail only ("let me know by Tuesday" is one task with
 *   the pick; "the night before" Friday morning is Thursday); the tear-off and Hector's visit are
 *   theirs; the time stamp is no date.
 * - stickies: capitals are no priority; the shopping note is one task, dated today by "ice (for
 *   tonight)"; the fireworks are the event, bringing the rug and esky is the task (today); "b4 15th"
 *   is the 14th; "after the hols:" dates nothing and groups nothing; "BINS OUT TONIGHT" is "Put the
 *   bins out"; "✔ car rego — paid" is done, "renewed online, now due 14/1" moves the library books,
 *   "forget the gutter guy" cancels.
 * - agenda: the meetings, lunch and early close are no tasks; the focus block "finish the Q4
 *   forecast model" and the "HOLD – pick up turkey" slot are the person's own tasks; the arrow prep
 *   lines are tasks; the day heading "Wed, Nov 25" dates every undated line below it, the own list
 *   included ("once the review's done" is today); "(Dec 21–24)" is the PTO, not a due date.
 * - countdown: the heading names the project "Wedding"; "N wks before" counts back N weeks from
 *   Sat 24 Apr; ticked items are done and not tasks; "after: return the suits!! (within 3 days)" is
 *   three days after the wedding, high; the cousin's flowers are no task.
 * - freelance: "outstanding:", "to invoice:", "admin:" sort by kind and are no groups; "30 days
 *   overdue" and "2 wks late" are no dates; an invoice with "nothing to do yet" is no task; "once
 *   they sign off" leaves the invoice undated; "raise the day rate … email all retainers" is one
 *   task; "DAS due 20/12, pay it early" is due the 20th; "auto-renews 3/12, check the card" is due
 *   the 3rd; "asap" is high.
 * - revision: upper-case subjects are groups, "general" is loose (`null`); day words at the start of
 *   a line date it; "then early night" is no task; the exams are events, no tasks; "!!" is high.
 * - jira: only "assignee: me" lines and the "not jira" line are the person's; ticket keys stay in
 *   the title; "P1" is high (P2 is Yossi's); "due moved 29/Mar → 8/Apr" moves the open ticket, "status:
 *   Done" marks it done, "Won't Do" cancels; "17/Mar" in a title dates nothing; the dump groups
 *   nothing (its first line is no board name).
 * - denglisch: titles keep the German; "Ende Oktober" is 31 October; "nächstes Wochenende" said on a
 *   Saturday is the next Saturday (10 Oct), after the correction; "Geburtstag ist am 14." dates the
 *   gift; the Elternabend is a task on Tuesday and "nicht vergessen!!" makes it high; "irgendwann"
 *   is low (as "someday"); Lisa's Umzug is no task.
 * - coach: "practice:", "kit:", "parents:" are groups, the team line is the note's title; the drill
 *   lines are the sessions, no tasks; "print the drill cards for Tue" is Tuesday; "asap … need them
 *   by Wed" is high and Wednesday; the medical form "due before the first game (Sat 20th)" dates the
 *   reminder Friday 19th; "snack volunteers for Saturday" is Saturday; the typo "medical from" is
 *   corrected; "also renew my coaching license" is loose, due on the cert's expiry 3/31.
 * - decision: the pros and cons are no tasks and their headings no groups; "decide on Abuja by the
 *   15th" is a task; "their deadline is the 16th" is theirs.
 * - terse: "b4 20th" is the 19th; "water gun for Nong" is a purchase ("Buy a water gun for Nong").
 * - prose: "bring the vánočka" belongs to tomorrow's drive (25 Dec), "pack … tonight" to today;
 *   "leave her a key … before we go" is today (the day before tomorrow's drive), titled with the cat
 *   sitter; "can wait till after the holidays" dates nothing; the Lego in the boot is no task.
 * - dictation: "i did that online last night so thats done" marks the rego done; "move the yard
 *   panels job to tuesday arvo" moves it; "forget it were doing it ourselves" cancels the quote;
 *   "sometime this week" said on a Sunday is the Friday ahead; the shearers coming is theirs.
 * - email: the person says who she is; Greg's email's "you" items are hers, Marie's sheet is not;
 *   the insurance copy is undated (the expiry is past); "the day before" the 8th is the 7th; "sometime
 *   this month" is 31 July; the fuel dock closing is no task.
 * - meeting: numbered topics are groups without their numbers, AOB none; "me:" and "everyone:" lines
 *   are the person's; "next Wed" is next week's Wednesday; "the day before" Kevin's last day (the
 *   28th) is the 27th; "today!!" is high; the next sync is no task.
 * - uk-dates: "runs out 02/11, ring the garage Thurs" is Thursday (the day said for the task wins
 *   over the expiry); "28 days from 7/10" is 4 November; "a fortnight before" Sat 14 Nov is 31
 *   October; "Weds week" is a week after the coming Wednesday; half term is context.
 * - us-dates: "the night before" the Iditarod start (3/6) is 3/5; "call Alaska Air 3/2" is dated.
 * - groups: "## Work (ugh)" is "Work"; "banks are shut till the 11th" dates nothing; "after the
 *   holiday" dates nothing; "ASAP" is high, "(whenever)" low; the last, unheaded line is `null`;
 *   "除夕!!" is no task and no priority.
 * - label: titles keep the pronouns ("Take her to the cardiologist", "Call her"); "I have to be
 *   there" for the plumber is a task on Saturday; "it's due Friday" dates Diego's essay; "expires
 *   14/09" is 14 September; "Me:" is loose (`null`).
 * - project: "Shop relaunch" drops the bracketed shop name; the relaunch day is no task and "send
 *   the newsletter the week before" is 13 May; "For Easter at the village" names a project and dates
 *   nothing (the tsoureki is undated; "we leave Saturday" says no "before"); "Separately," starts
 *   loose items; "compare quotes before then" is the day before the 5th.
 * - conditions: the rain and the weather make tasks; "whatever happens" and "either way" make
 *   tasks; "unless Cami cancels" makes the salmon a task; "once the fridge arrives" is undated; the
 *   landlord approving makes no task; working from home in a strike is no task; the permiso taken
 *   back is none.
 * - long: "Mon night" is Monday; "before the rain Tues" is Monday; "this weekend" said on a Sunday is
 *   today; "this week" said on a Sunday is the Friday ahead; "by Wed (party Sat 1 May)" is Wednesday;
 *   "by Thurs, her bday's the 3rd" is Thursday; "Fri 7/5" is 7 May; "expires 10/5" dates the WOF;
 *   "reschedule the physio, cant do Thurs now" is undated (Thursday is the slot being given up);
 *   "vaccum" and "teh" are corrected; "asap" and "!!" are high, "whenever" low; the biscuit line is
 *   one shopping task.
 */
const VET_CHECK = '15aa0000-0000-4000-8000-000000000001';
const KIBBLE = '15aa0000-0000-4000-8000-000000000002';
const GANGLINE = '15aa0000-0000-4000-8000-000000000003';
const TRUCK_REGO = '15aa0000-0000-4000-8000-000000000004';
const GRAFANA = '15aa0000-0000-4000-8000-000000000005';
const DASHBOARD = '15aa0000-0000-4000-8000-000000000006';
const CHAPTER = '15aa0000-0000-4000-8000-000000000007';
const FLIGHTS = '15aa0000-0000-4000-8000-000000000008';
const LIBRARY = '15aa0000-0000-4000-8000-000000000009';
const MOCK_GRADES = '15aa0000-0000-4000-8000-00000000000a';
const CAR_SERVICE = '15aa0000-0000-4000-8000-00000000000b';
const GEZIRA = '15aa0000-0000-4000-8000-00000000000c';
const LANDLORD_AC = '15aa0000-0000-4000-8000-00000000000d';
const SLIDES = '15aa0000-0000-4000-8000-00000000000e';
const SALMA = '15aa0000-0000-4000-8000-00000000000f';
const ORG_REPORT = '15bb0001-0000-4000-8000-000000000001';
const ORG_ROOM = '15bb0001-0000-4000-8000-000000000002';
const ORG_DECK = '15bb0001-0000-4000-8000-000000000003';
const ORG_SERAFE = '15bb0001-0000-4000-8000-000000000004';
const ORG_SKI = '15bb0001-0000-4000-8000-000000000005';
const STICKY_REGO = '15bb0002-0000-4000-8000-000000000001';
const STICKY_LIBRARY = '15bb0002-0000-4000-8000-000000000002';
const STICKY_GUTTER = '15bb0002-0000-4000-8000-000000000003';
const JIRA_CRON = '15bb0003-0000-4000-8000-000000000001';
const JIRA_ROUNDING = '15bb0003-0000-4000-8000-000000000002';
const JIRA_DARKMODE = '15bb0003-0000-4000-8000-000000000003';
const FARM_REGO = '15bb0004-0000-4000-8000-000000000001';
const FARM_PANELS = '15bb0004-0000-4000-8000-000000000002';
const FARM_FENCING = '15bb0004-0000-4000-8000-000000000003';

export const generalFifteenthFreshCases: EvalCase[] = [
  {
    name: 'terse curling ice tech on the clock change',
    today: '2026-11-01',
    timezone: 'America/Winnipeg',
    text: `- flood sheet 3 tonight
- pebble heads order (the 3/4 ones)
- call Dale re brine pump noise
- change all the clocks in the clubhouse, scoreboard one too
- bonspiel draw sheets printed by thurs
- snow blower gas + oil
- renew MPI before the 15th!!
- drop off jersey at Sport Chek for lettering
- mom's b-day sat, get card`,
    tasks: [
      { title: 'Flood sheet 3', due: '2026-11-01' },
      { title: 'Order pebble heads (the 3/4 ones)', due: null },
      { title: 'Call Dale re brine pump noise', due: null },
      { title: 'Change all the clocks in the clubhouse', due: null },
      { title: 'Get the bonspiel draw sheets printed', due: '2026-11-05' },
      { title: 'Snow blower gas + oil', due: null },
      { title: 'Renew MPI', due: '2026-11-14', priority: 'high' },
      { title: 'Drop off jersey at Sport Chek for lettering', due: null },
      { title: "Get card for mom's b-day", due: '2026-11-07' },
    ],
  },
  {
    name: 'comma cafe owner closing for Tết',
    today: '2027-02-05',
    timezone: 'Asia/Ho_Chi_Minh',
    text: 'close the cafe tonight til the 10th, lì xì envelopes, new notes from the bank before 3, sweep the altar, fruit for the mâm ngũ quả, call Bà Ngoại, pay Tuấn and Vy their Tết bonus today, sign on the door, fridge cleanout, book a Grab to Biên Hòa sat morning',
    tasks: [
      { title: 'Close the cafe', due: '2027-02-05' },
      { title: 'Lì xì envelopes', due: null },
      { title: 'Get new notes from the bank', due: '2027-02-05' },
      { title: 'Sweep the altar', due: null },
      { title: 'Fruit for the mâm ngũ quả', due: null },
      { title: 'Call Bà Ngoại', due: null },
      { title: 'Pay Tuấn and Vy their Tết bonus', due: '2027-02-05' },
      { title: 'Put a sign on the door', due: null },
      { title: 'Fridge cleanout', due: null },
      { title: 'Book a Grab to Biên Hòa', due: '2027-02-06' },
    ],
  },
  {
    name: 'prose bookseller on Halloween and the clock change',
    today: '2027-10-31',
    timezone: 'Europe/Dublin',
    text: "right so the clocks went back last night and I was still awake at half six, typical. Halloween today and the kids on the road will be calling from about five so I need to get the sweets in before then and carve the turnip, because Aoife insists it has to be a turnip not a pumpkin, tradition apparently. The Christmas catalogue order has to go to the distributor by Friday or we won't get the stock in time, and I promised the book club I'd have twelve copies of the Keegan in for their meeting on the 18th. Should really ring the accountant about the VAT return at some point this week. The shop window is still all ghosts and cobwebs so changing it over is a job for tomorrow morning before we open. Oh and the boiler man said he'd come Wednesday but I have to confirm it with him tomorrow. Mam's coming up on the train next Saturday, need to collect her from Heuston.",
    tasks: [
      { title: 'Get the sweets in', due: '2027-10-31' },
      { title: 'Carve the turnip', due: '2027-10-31' },
      { title: 'Send the Christmas catalogue order to the distributor', due: '2027-11-05' },
      { title: 'Get twelve copies of the Keegan in for the book club', due: '2027-11-18' },
      { title: 'Ring the accountant about the VAT return', due: '2027-11-05' },
      { title: 'Change over the shop window', due: '2027-11-01' },
      { title: 'Confirm with the boiler man', due: '2027-11-01' },
      { title: 'Collect Mam from Heuston', due: '2027-11-06' },
    ],
  },
  {
    name: 'dictation mobile mechanic on the long weekend',
    today: '2026-10-04',
    timezone: 'Australia/Adelaide',
    text: 'note to self lost an hour of sleep thanks daylight saving anyway tomorrows the public holiday so no jobs booked tuesday first thing is the hilux brakes at norwood so order the pads from repco tomorrow if theyre open and pick up the hoist from kev tuesday arvo also invoice mrs lambert this week for the battery and the alternator and the van rego is due on the 19th renew it online before then and take the old tyres to the tip sometime theres like twelve of them in the shed and ring mum she left a message last night about christmas',
    tasks: [
      { title: 'Hilux brakes at Norwood', due: '2026-10-06' },
      { title: 'Order the pads from Repco', due: '2026-10-05' },
      { title: 'Pick up the hoist from Kev', due: '2026-10-06' },
      { title: 'Invoice Mrs Lambert for the battery and the alternator', due: '2026-10-09' },
      { title: 'Renew the van rego online', due: '2026-10-18' },
      { title: 'Take the old tyres to the tip', due: null },
      { title: 'Ring Mum', due: null },
    ],
  },
  {
    name: 'dictation musher correcting herself',
    today: '2027-03-14',
    timezone: 'America/Anchorage',
    open: [
      { id: VET_CHECK, title: 'Vet check for the team', due_date: '2027-03-16' },
      { id: KIBBLE, title: 'Order 40 bags of kibble', due_date: null },
      { id: GANGLINE, title: 'Fix the gangline', due_date: null },
      { id: TRUCK_REGO, title: 'Renew the truck registration', due_date: null },
    ],
    text: 'okay reminders clocks sprang forward so the dogs got breakfast an hour late and they let me know about it anyway the vet check for the team is tuesday no wait it got moved to wednesday so thats the sixteenth no the seventeenth and the kibble order forty bags from the feed store by friday scratch that by thursday because they close early friday and call jenna about the dog truck the heater is shot and fix the gangline actually I already fixed the gangline last night so cross that off and I need to buy more booties like two hundred no wait three hundred and mail the tok race entry tomorrow no wait monday well monday is tomorrow so tomorrow',
    tasks: [
      { title: 'Call Jenna about the dog truck', due: null },
      { title: 'Buy three hundred more booties', due: null },
      { title: 'Mail the Tok race entry', due: '2027-03-15' },
    ],
    updates: [
      { task_id: VET_CHECK, due: '2027-03-17' },
      { task_id: KIBBLE, due: '2027-03-18' },
      { task_id: GANGLINE, status: 'done' },
    ],
  },
  {
    name: "slack data engineer on New Year's Eve",
    today: '2026-12-31',
    timezone: 'Europe/Berlin',
    open: [
      { id: GRAFANA, title: 'Rotate the Grafana API keys', due_date: '2026-12-31' },
      { id: DASHBOARD, title: 'Build the Q4 ridership dashboard', due_date: '2027-01-08' },
    ],
    text: `me = Jonas. pasted from #data-platform

Lena Vogt  10:02
@Jonas can you rotate the grafana keys before you log off today? security flagged them
Jonas Brandt  10:05
done already 👍
Lena Vogt  10:06
legend. also the Q4 ridership dashboard, leadership wants it for the kickoff — can we bring it forward to Tuesday the 5th?
Jonas Brandt  10:07
yep can do
Murat K  10:15
I'll take the Airflow upgrade, starting Monday
Lena Vogt  10:16
@Jonas one more, pls look into the S3 bill spike from the 28th asap, finance is asking
Lena Vogt  10:17
and can someone update the on-call rota for January
Murat K  10:18
on it
Jonas Brandt  10:20
I'll also write up the postmortem for the dock sync outage by next friday
Lena Vogt  10:21
🙏 guten Rutsch everyone, nobody work tonight`,
    tasks: [
      { title: 'Look into the S3 bill spike', due: null, priority: 'high' },
      { title: 'Write up the postmortem for the dock sync outage', due: '2027-01-08' },
    ],
    updates: [
      { task_id: GRAFANA, status: 'done' },
      { task_id: DASHBOARD, due: '2027-01-05' },
    ],
  },
  {
    name: 'email fireworks marshal on Canada Day eve',
    today: '2027-06-30',
    timezone: 'America/Toronto',
    text: `Hi Priya,

Thanks so much for signing up to marshal at the Harbourfront Canada Day fireworks tomorrow! A few things:

- Please pick up your hi-vis vest and lanyard from the volunteer tent on Queens Quay by 6pm today.
- Read the safety brief (attached) tonight and sign the last page.
- Your shift starts at 7:30pm tomorrow; please arrive 20 minutes early for the radio check.
- It's going to be 31°, so there are water stations at both ends of the quay.
- We still need two people for teardown on Friday morning. If you can help, reply to this email by Thursday noon.

Parking will be a nightmare, so take the TTC if you can. Marco will be your team lead on the night.

Also, a reminder that expense claims for the Pride weekend shifts are due July 9, submitted through the volunteer portal.

Thanks again, see you tomorrow!
Dana Whitfield
Volunteer Coordinator, Harbourfront Events`,
    tasks: [
      { title: 'Pick up the hi-vis vest and lanyard from the volunteer tent', due: '2027-06-30' },
      { title: 'Read the safety brief and sign the last page', due: '2027-06-30' },
      { title: 'Arrive 20 minutes early for the radio check', due: '2027-07-01' },
      { title: 'Submit the expense claims for the Pride weekend shifts', due: '2027-07-09' },
    ],
  },
  {
    name: "whatsapp family planning Mummy's 70th on Independence Day",
    today: '2026-10-01',
    timezone: 'Africa/Lagos',
    text: `[01/10/2026, 08:14] Auntie Bisi: Happy Independence Day family 🇳🇬🇳🇬
[01/10/2026, 08:20] Tunde: Happy Independence! Mummy's 70th is Saturday week o, who is doing what?
[01/10/2026, 08:22] Auntie Bisi: I'll handle the small chops and the cake
[01/10/2026, 08:25] Me (Kemi): I'll book the canopy and chairs from Mr Ade tomorrow
[01/10/2026, 08:26] Tunde: Kemi pls also send the aso-ebi money to Funke's account by Monday
[01/10/2026, 08:27] Me (Kemi): ok
[01/10/2026, 08:30] Tunde: and someone should call Pastor about the thanksgiving service
[01/10/2026, 08:41] Dayo: I'll call him
[01/10/2026, 08:45] Auntie Bisi: Kemi, remember to collect Mummy's gele from the tailor in Yaba before the party
[01/10/2026, 08:47] Me (Kemi): 👍 will do Friday next week
[01/10/2026, 09:02] Tunde: I'm printing the programmes. Kemi can you send me the photos for the back page tonight?
[01/10/2026, 09:03] Me (Kemi): sending now`,
    tasks: [
      { title: 'Book the canopy and chairs from Mr Ade', due: '2026-10-02' },
      { title: "Send the aso-ebi money to Funke's account", due: '2026-10-05' },
      { title: "Collect Mummy's gele from the tailor in Yaba", due: '2026-10-09' },
      { title: 'Send Tunde the photos for the back page', due: '2026-10-01' },
    ],
  },
  {
    name: 'meeting community orchard secretary on the clock change',
    today: '2026-09-27',
    timezone: 'Pacific/Auckland',
    text: `Ōwairaka Community Orchard – committee mtg, Sun 27 Sept
(clocks went forward last night, Hemi turned up an hour late 😂)
Present: Ngaio (me, taking notes), Hemi, Priscilla, Tom, Ana

1. Planting day – Sat 10 Oct
- Tom to collect the feijoas + citrus from the nursery the Thursday before
- me: email the volunteer list with the plan by Wed
- me + Hemi: check the boundary fence before planting day
- Ana sorting the sausage sizzle
- everyone: bring spades + gloves on the day

2. Funding
- council grant report due 15 Oct – me to draft, Priscilla to check the numbers
- Priscilla to chase the Lions Club donation
- me: ask the library if we can put a poster up

3. Water
- Hemi to fix the leaking tap at the top gate
- second tank: me to get 2 quotes before the next meeting (25 Oct)

AOB
- Tom moving to Tauranga in Nov 😢 so we need a new treasurer
- next meeting Sun 25 Oct, 2pm at Ana's`,
    tasks: [
      { title: 'Email the volunteer list with the plan', due: '2026-09-30', project: 'Planting day' },
      { title: 'Check the boundary fence', due: '2026-10-09', project: 'Planting day' },
      { title: 'Bring spades + gloves', due: '2026-10-10', project: 'Planting day' },
      { title: 'Draft the council grant report', due: '2026-10-15', project: 'Funding' },
      { title: 'Ask the library if we can put a poster up', due: null, project: 'Funding' },
      { title: 'Get 2 quotes for the second tank', due: '2026-10-24', project: 'Water' },
    ],
  },
  {
    name: 'feelings homesick PhD student on Independence Day',
    today: '2026-12-06',
    timezone: 'Europe/Helsinki',
    open: [
      { id: CHAPTER, title: 'Send chapter 3 to Professor Lindqvist', due_date: '2026-12-07' },
      { id: FLIGHTS, title: 'Book flights home for Christmas', due_date: null },
      { id: LIBRARY, title: 'Return the library books', due_date: '2026-12-10' },
    ],
    text: "itsenäisyyspäivä and I'm alone in the flat with two candles in the window like everyone else, watching the Linna ball on tv and feeling weirdly homesick for a country I'm not even from. It's dark by three and I don't think I've seen the sun all week. Honestly chapter 3 is not going to be ready for tomorrow, I'm going to tell Lindqvist it'll be Friday and try to be kind to myself about it. I keep thinking I'm not cut out for a PhD. Booked the flights home at last though!! 20th to the 3rd. I should message Aino back, she's invited me to the sauna evening twice and I've ignored her both times which is awful of me. And I really need a proper SAD lamp, the cheap one does nothing. Anyway. Going to eat the rest of the Fazer and go to bed.",
    tasks: [
      { title: 'Message Aino back', due: null },
      { title: 'Get a proper SAD lamp', due: null },
    ],
    updates: [
      { task_id: CHAPTER, due: '2026-12-11' },
      { task_id: FLIGHTS, status: 'done' },
    ],
  },
  {
    name: 'us-dates vintage seller on the Fourth of July weekend',
    today: '2027-07-03',
    timezone: 'America/Los_Angeles',
    text: `sat brain dump, long weekend (4th tmrw, holiday Mon)
- ship the Levi's 501 order to Ohio by Tues
- Q2 sales tax, CDTFA deadline is 7/31 but I want it filed by 7/12
- photograph the new rack of 70s dresses Mon
- post office closed Monday so mail the returns TODAY before 3
- EOD Friday: relist everything that expired
- Goodwill bins w/ Jess Thurs 7/8
- estate sale in Pasadena 7/10-7/11, go early Sat
- storage unit rent goes up 8/1, email them re: keeping the old rate before then
- call mom today re: what to bring to the bbq`,
    tasks: [
      { title: "Ship the Levi's 501 order to Ohio", due: '2027-07-06' },
      { title: 'File the Q2 sales tax', due: '2027-07-12' },
      { title: 'Photograph the new rack of 70s dresses', due: '2027-07-05' },
      { title: 'Mail the returns', due: '2027-07-03' },
      { title: 'Relist everything that expired', due: '2027-07-09' },
      { title: 'Goodwill bins with Jess', due: '2027-07-08' },
      { title: 'Estate sale in Pasadena', due: '2027-07-10' },
      { title: 'Email the storage unit re: keeping the old rate', due: '2027-07-31' },
      { title: 'Call mom re: what to bring to the bbq', due: '2027-07-03' },
    ],
  },
  {
    name: 'uk-dates locksmith between Christmas and New Year',
    today: '2026-12-27',
    timezone: 'Europe/London',
    text: `dead week between xmas and new year, list:
- Mrs Okafor's back door lock – she's away till 4/1, do it the day she's back
- van's booked in for a service Weds week, drop it at Kwik Fit for 8
- public liability insurance runs out 14/01 – sort it a week on Tuesday
- VAT return due 7/2 (ugh), start on the receipts a fortnight tomorrow
- order more euro cylinders (35/35s and 40/40s) when the wholesaler reopens on the 29th
- call Sam back re: the Airbnb key safes
- bank hol tomorrow so no call-outs unless it's an emergency, clean the van out then
- Mum & Dad's anniversary 2/1 – get a card`,
    tasks: [
      { title: "Mrs Okafor's back door lock", due: '2027-01-04' },
      { title: 'Drop the van at Kwik Fit', due: '2027-01-06' },
      { title: 'Sort the public liability insurance', due: '2027-01-05' },
      { title: 'VAT return', due: '2027-02-07' },
      { title: 'Start on the receipts', due: '2027-01-11' },
      { title: 'Order more euro cylinders', due: '2026-12-29' },
      { title: 'Call Sam back re: the Airbnb key safes', due: null },
      { title: 'Clean the van out', due: '2026-12-28' },
      { title: "Get a card for Mum & Dad's anniversary", due: '2027-01-02' },
    ],
  },
  {
    name: 'foreign-dates English teacher with Spanish and Italian on a feriado',
    today: '2026-05-25',
    timezone: 'America/Argentina/Buenos_Aires',
    text: `feriado hoy 🇦🇷 locro at Caro's at 1, bring the malbec
- mañana pay the expensas and the luz bill
- grade the B2 essays para el viernes
- nonna Pina's compleanno is giovedì, call her domani to ask what she wants (she'll say niente)
- giovedì after class take the tiramisù to nonna's
- send Matteo the invoice for May before fine mese
- el lunes que viene dentist 10am, Dr Ferraro
- dopodomani the plumber comes between 9 and 12, be home
- book the bus to Bariloche for las vacaciones de invierno, whenever`,
    tasks: [
      { title: 'Bring the malbec', due: '2026-05-25' },
      { title: 'Pay the expensas and the luz bill', due: '2026-05-26' },
      { title: 'Grade the B2 essays', due: '2026-05-29' },
      { title: 'Call nonna Pina to ask what she wants', due: '2026-05-26' },
      { title: "Take the tiramisù to nonna's", due: '2026-05-28' },
      { title: 'Send Matteo the invoice for May', due: '2026-05-31' },
      { title: 'Dentist, Dr Ferraro', due: '2026-06-01' },
      { title: 'Be home for the plumber', due: '2026-05-27' },
      { title: 'Book the bus to Bariloche for las vacaciones de invierno', due: null, priority: 'low' },
    ],
  },
  {
    name: 'emoji Brisbane parent on the public holiday',
    today: '2027-01-26',
    timezone: 'Australia/Brisbane',
    text: `🇦🇺 public hol today, bbq at ours from 3
🌭 snags + rolls + sauce for the bbq
🧊 2 bags of ice from the servo before 2
🏊 kids' swimming starts Thurs, find the goggles
🎒 school goes back next Monday 😱 cover the books + label everything this weekend
👟 school shoes for Ollie, the Myer sale ends Sunday
🦷 Mia's orthodontist 9:40 Friday
🐶 worm + flea Pepper
📞 ring Telstra about the bill AGAIN 😤
🌧️ clean the gutters before the storms`,
    tasks: [
      { title: 'Snags + rolls + sauce for the bbq', due: '2027-01-26' },
      { title: 'Get 2 bags of ice from the servo', due: '2027-01-26' },
      { title: 'Find the goggles', due: '2027-01-28' },
      { title: 'Cover the books + label everything', due: '2027-01-30' },
      { title: 'School shoes for Ollie', due: '2027-01-31' },
      { title: "Mia's orthodontist", due: '2027-01-29' },
      { title: 'Worm + flea Pepper', due: null },
      { title: 'Ring Telstra about the bill', due: null },
      { title: 'Clean the gutters', due: null },
    ],
  },
  {
    name: 'project expat planning a move on Carnival Tuesday',
    today: '2027-02-09',
    timezone: 'America/Sao_Paulo',
    text: "Carnaval Tuesday and the whole city is either at a bloco or asleep, so I'm using the quiet to plan the move to the new flat in Pinheiros, which is happening on the 27th. For the Pinheiros move I need to get three quotes from moving companies this week, give notice to the landlord here by the end of the month (contract says 30 days, already cutting it close), transfer the internet to the new address, buy boxes and tape, and sort out the condomínio paperwork at the new building before I get the keys on the 20th. Also measure the bedroom for the wardrobe. Unrelated: book the Polícia Federal appointment for my RNM renewal, it expires in April. Pay the IPVA second instalment by Friday. And call Dad, it's his birthday Thursday.",
    tasks: [
      { title: 'Get three quotes from moving companies', due: '2027-02-12', project: 'Pinheiros move' },
      { title: 'Give notice to the landlord here', due: '2027-02-28', project: 'Pinheiros move' },
      { title: 'Transfer the internet to the new address', due: null, project: 'Pinheiros move' },
      { title: 'Buy boxes and tape', due: null, project: 'Pinheiros move' },
      { title: 'Sort out the condomínio paperwork at the new building', due: '2027-02-19', project: 'Pinheiros move' },
      { title: 'Measure the bedroom for the wardrobe', due: null, project: 'Pinheiros move' },
      { title: 'Book the Polícia Federal appointment for my RNM renewal', due: null, project: null },
      { title: 'Pay the IPVA second instalment', due: '2027-02-12', project: null },
      { title: 'Call Dad', due: '2027-02-11', project: null },
    ],
  },
  {
    name: 'project Madrid parent with two efforts on Reyes',
    today: '2027-01-06',
    timezone: 'Europe/Madrid',
    text: "Día de Reyes, kids buried in roscón and new toys, so a quick brain dump while it's quiet. Two things eating my head. First the bathroom renovation: Andrés the fontanero is coming on Monday the 11th to rip out the bath, so before that I need to empty the bathroom cabinets, pick the tiles at the showroom in Alcobendas, and get the works permit signed by the administrador of the comunidad. Second, Lucía's Erasmus application for Bologna: the deadline is 1 February, and I said I'd get a certified copy of her B2 certificate, help her with the motivation letter this weekend, and ring her tutor Sr. Gil next week about the grade transcript. Other than that, return the jersey to El Corte Inglés (wrong size, a Reyes present from my suegra, shh) and the car's ITV is due on the 22nd.",
    tasks: [
      { title: 'Empty the bathroom cabinets', due: '2027-01-10', project: 'Bathroom renovation' },
      { title: 'Pick the tiles at the showroom in Alcobendas', due: '2027-01-10', project: 'Bathroom renovation' },
      { title: 'Get the works permit signed by the administrador', due: '2027-01-10', project: 'Bathroom renovation' },
      { title: 'Get a certified copy of her B2 certificate', due: null, project: "Lucía's Erasmus application" },
      { title: 'Help her with the motivation letter', due: '2027-01-09', project: "Lucía's Erasmus application" },
      { title: 'Ring her tutor Sr. Gil about the grade transcript', due: '2027-01-11', project: "Lucía's Erasmus application" },
      { title: 'Return the jersey to El Corte Inglés', due: null, project: null },
      { title: "Car's ITV", due: '2027-01-22', project: null },
    ],
  },
  {
    name: 'label freelance designer on Independence Day',
    today: '2026-09-16',
    timezone: 'America/Mexico_City',
    text: `hoy es 16 y yo trabajando, qué vida 🇲🇽 rest of the week:

Renata: send logo v3 with the darker green by Friday, also quote her business cards
Grupo Arcos: send pages 1-20 of the annual report layout before the call on Monday, invoice the August hours, ask Héctor for the hi-res photos
Casa Olmo: menu redesign on hold till October, nothing to do
Kiko (my nephew): help him with his school poster on Saturday
personal: renew passport at the SRE, pay the predial, order the new monitor arm`,
    tasks: [
      { title: 'Send logo v3 with the darker green', due: '2026-09-18', project: 'Renata' },
      { title: 'Quote her business cards', due: null, project: 'Renata' },
      { title: 'Send pages 1-20 of the annual report layout', due: '2026-09-20', project: 'Grupo Arcos' },
      { title: 'Invoice the August hours', due: null, project: 'Grupo Arcos' },
      { title: 'Ask Héctor for the hi-res photos', due: null, project: 'Grupo Arcos' },
      { title: 'Help him with his school poster', due: '2026-09-19', project: 'Kiko' },
      { title: 'Renew passport at the SRE', due: null, project: null },
      { title: 'Pay the predial', due: null, project: null },
      { title: 'Order the new monitor arm', due: null, project: null },
    ],
  },
  {
    name: 'groups nurse in Paris on Easter Sunday and the clock change',
    today: '2027-03-28',
    timezone: 'Europe/Paris',
    text: `sunday dump (clocks went forward, lost an hour, joyeuses Pâques I guess)

## Flat
- bleed the radiators
- get the landlord to look at the damp in the bathroom, email him tomorrow
- take the cardboard down to the recycling

## Hospital
- swap my Thursday night shift with Inès?? ask her
- mandatory fire safety e-learning before the end of April
- return the scrubs I took home by mistake, next shift (Tuesday)

## Lily's visit
- she lands Fri 2 Apr, pick her up at CDG
- clean the sofa bed
- book the Orsay tickets
- buy her a Navigo Easy card before she arrives

also call the dentist to rebook, whenever`,
    tasks: [
      { title: 'Bleed the radiators', due: null, project: 'Flat' },
      { title: 'Get the landlord to look at the damp in the bathroom', due: '2027-03-29', project: 'Flat' },
      { title: 'Take the cardboard down to the recycling', due: null, project: 'Flat' },
      { title: 'Swap my Thursday night shift with Inès', due: null, project: 'Hospital' },
      { title: 'Mandatory fire safety e-learning', due: '2027-04-30', project: 'Hospital' },
      { title: 'Return the scrubs I took home by mistake', due: '2027-03-30', project: 'Hospital' },
      { title: 'Pick her up at CDG', due: '2027-04-02', project: "Lily's visit" },
      { title: 'Clean the sofa bed', due: null, project: "Lily's visit" },
      { title: 'Book the Orsay tickets', due: null, project: "Lily's visit" },
      { title: 'Buy her a Navigo Easy card', due: '2027-04-01', project: "Lily's visit" },
      { title: 'Call the dentist to rebook', due: null, project: null, priority: 'low' },
    ],
  },
  {
    name: 'conditions Santiago cyclist on the clock change',
    today: '2026-04-05',
    timezone: 'America/Santiago',
    text: `Clocks went back last night, finally some light in the mornings. Week plan, lots of ifs:
If it doesn't rain on Tuesday I'll ride up to Farellones with Nacho, so pump the tyres and charge the lights tomorrow either way.
If the landlord hasn't fixed the calefont by Wednesday I'll call a plumber myself.
If Javiera gets the job in Valparaíso she'll move in June, nothing to do about that yet.
If the bank approves the loan we'll start looking at cars.
Whatever happens, renew the car insurance before the 10th.
If I finish the sprint early, start the Coursera course on Friday.
When the new passport arrives, scan it and send it to HR.
Unless the office says otherwise I'm working from home Monday, so set up the desk properly tonight.`,
    tasks: [
      { title: 'Ride up to Farellones with Nacho', due: '2026-04-07' },
      { title: 'Pump the tyres', due: '2026-04-06' },
      { title: 'Charge the lights', due: '2026-04-06' },
      { title: 'Renew the car insurance', due: '2026-04-09' },
      { title: 'Start the Coursera course', due: '2026-04-10' },
      { title: 'Scan the new passport and send it to HR', due: null },
      { title: 'Set up the desk properly', due: '2026-04-05' },
    ],
  },
  {
    name: 'todoist product manager on the eve of Golden Week',
    today: '2026-09-30',
    timezone: 'Asia/Shanghai',
    text: `finish Q3 OKR review deck today #work p1
send golden week OOO email to vendors #work p2
weekly sync notes every monday #work
buy 高铁 tickets to Hangzhou tonight (leaving Oct 3) #home p1
pay the property fee (物业费) tonight #home
ask Mrs Zhou next door to water the plants while we're away #home
fix the VPN on the laptop #work p3
renew gym membership tomorrow #home
review Li Wei's PRD by Oct 8 #work p2
give the leftover mooncakes to the ayi #home`,
    tasks: [
      { title: 'Finish Q3 OKR review deck', due: '2026-09-30', project: 'Work', priority: 'high' },
      { title: 'Send golden week OOO email to vendors', due: null, project: 'Work', priority: 'medium' },
      { title: 'Weekly sync notes', due: null, project: 'Work' },
      { title: 'Buy 高铁 tickets to Hangzhou', due: '2026-09-30', project: 'Home', priority: 'high' },
      { title: 'Pay the property fee', due: '2026-09-30', project: 'Home' },
      { title: 'Ask Mrs Zhou next door to water the plants', due: null, project: 'Home' },
      { title: 'Fix the VPN on the laptop', due: null, project: 'Work', priority: 'low' },
      { title: 'Renew gym membership', due: '2026-10-01', project: 'Home' },
      { title: "Review Li Wei's PRD", due: '2026-10-08', project: 'Work', priority: 'medium' },
      { title: 'Give the leftover mooncakes to the ayi', due: null, project: 'Home' },
    ],
  },
  {
    name: 'long school counsellor hosting Thanksgiving',
    today: '2026-11-25',
    timezone: 'America/New_York',
    text: `thanksgiving eve, 14 ppl tomorrow incl. Greg's new girlfriend, send help

THANKSGIVING PREP
- brine the turkey tonight
- pick up the pies from Rocco's by 5
- grocery run: heavy cream, sage, butter, celery, ice
- iron the tablecloth
- borrow 4 folding chairs from the Kims
- text everyone the parking info
- set the table tonight after the kids are down
- turkey in the oven 7am tmrw
- make the cranberry sauce tonight
- Fri: drop the containers back at Aunt Rose's

SCHOOL
- rec letters for Maya, Jordan + Dev, app deadline Dec 1, write them Sunday
- email Mr. Patel re: the Ortiz schedule change
- update the scholarship spreadsheet by Monday
- book the auditorium for FAFSA night
- send the FAFSA night flyer to the PTA by next Wed
- order college pennants for the hallway, whenever

HOME
- car inspection runs out 11/30, book it URGENT
- cancel the Hulu trial before it renews on the 28th
- call Con Ed about the double charge
- Bella's rabies shot, vet said early December
- pay the Amex
- fix the bathroom door handle
- Christmas card photo, ask Sam to take it this weekend
- return the Zara boots
- leaf blower back to Dave next door

KIDS
- Leo's science fair project due Tues, buy poster board
- sign Emma's field trip form
- get Leo a haircut before school photos on the 3rd
- dentist for both, call Monday`,
    tasks: [
      { title: 'Brine the turkey', due: '2026-11-25', project: 'Thanksgiving prep' },
      { title: "Pick up the pies from Rocco's", due: '2026-11-25', project: 'Thanksgiving prep' },
      { title: 'Grocery run: heavy cream, sage, butter, celery, ice', due: null, project: 'Thanksgiving prep' },
      { title: 'Iron the tablecloth', due: null, project: 'Thanksgiving prep' },
      { title: 'Borrow 4 folding chairs from the Kims', due: null, project: 'Thanksgiving prep' },
      { title: 'Text everyone the parking info', due: null, project: 'Thanksgiving prep' },
      { title: 'Set the table', due: '2026-11-25', project: 'Thanksgiving prep' },
      { title: 'Turkey in the oven', due: '2026-11-26', project: 'Thanksgiving prep' },
      { title: 'Make the cranberry sauce', due: '2026-11-25', project: 'Thanksgiving prep' },
      { title: "Drop the containers back at Aunt Rose's", due: '2026-11-27', project: 'Thanksgiving prep' },
      { title: 'Write rec letters for Maya, Jordan + Dev', due: '2026-11-29', project: 'School' },
      { title: 'Email Mr. Patel re: the Ortiz schedule change', due: null, project: 'School' },
      { title: 'Update the scholarship spreadsheet', due: '2026-11-30', project: 'School' },
      { title: 'Book the auditorium for FAFSA night', due: null, project: 'School' },
      { title: 'Send the FAFSA night flyer to the PTA', due: '2026-12-02', project: 'School' },
      { title: 'Order college pennants for the hallway', due: null, project: 'School', priority: 'low' },
      { title: 'Book the car inspection', due: '2026-11-30', project: 'Home', priority: 'high' },
      { title: 'Cancel the Hulu trial', due: '2026-11-27', project: 'Home' },
      { title: 'Call Con Ed about the double charge', due: null, project: 'Home' },
      { title: "Bella's rabies shot", due: '2026-12-01', project: 'Home' },
      { title: 'Pay the Amex', due: null, project: 'Home' },
      { title: 'Fix the bathroom door handle', due: null, project: 'Home' },
      { title: 'Ask Sam to take the Christmas card photo', due: '2026-11-28', project: 'Home' },
      { title: 'Return the Zara boots', due: null, project: 'Home' },
      { title: 'Take the leaf blower back to Dave next door', due: null, project: 'Home' },
      { title: 'Buy poster board', due: '2026-12-01', project: 'Kids' },
      { title: "Sign Emma's field trip form", due: null, project: 'Kids' },
      { title: 'Get Leo a haircut', due: '2026-12-02', project: 'Kids' },
      { title: 'Call the dentist for both', due: '2026-11-30', project: 'Kids' },
    ],
  },
  {
    name: 'nothing Kali Puja night',
    today: '2026-11-08',
    timezone: 'Asia/Kolkata',
    text: "Kali Puja night. The whole para is lit up, the pandal down the lane has had the dhak going since evening and Bhulu is hiding under the bed again. Ma made luchi and aloo dum and we ate on the terrace watching the tubri. Ranu called from Pune, she sounded happy for once. Office tomorrow but I'm not thinking about that. Just wanted to remember tonight.",
    tasks: [],
  },
  {
    name: 'oneliner challah on the clock-change Friday',
    today: '2026-03-27',
    timezone: 'Asia/Jerusalem',
    text: 'grab 2 challot from Marzipan before they close at 2',
    tasks: [{ title: 'Grab 2 challot from Marzipan', due: '2026-03-27' }],
  },
  {
    name: 'updates Cairo teacher cleaning up her list as summer time starts',
    today: '2026-04-24',
    timezone: 'Africa/Cairo',
    open: [
      { id: MOCK_GRADES, title: 'Submit the Year 10 mock grades', due_date: '2026-04-23' },
      { id: CAR_SERVICE, title: 'Car service at Toyota', due_date: null },
      { id: GEZIRA, title: 'Renew the Gezira club membership', due_date: '2026-04-30' },
      { id: LANDLORD_AC, title: 'Call the landlord about the AC', due_date: null },
      { id: SLIDES, title: "Prepare the parents' evening slides", due_date: '2026-04-28' },
      { id: SALMA, title: 'Buy a birthday present for Salma', due_date: '2026-05-02' },
    ],
    text: "clocks jumped forward at midnight, summer time again 🙄 phone says 9 and my body says 8. quick cleanup of my list: the mock grades went in last night, finally. car service — Toyota can't take me till the 5th so put it down for then. Gezira renewal: not doing it this year, cancel that. the landlord came and fixed the AC himself on Tuesday so that's done too. parents' evening got pushed to next Thursday so the slides can wait till Wednesday. and a new one: order the Year 11 revision guides today, the bookshop is shut tomorrow for Sinai Liberation Day.",
    tasks: [{ title: 'Order the Year 11 revision guides', due: '2026-04-24' }],
    updates: [
      { task_id: MOCK_GRADES, status: 'done' },
      { task_id: CAR_SERVICE, due: '2026-05-05' },
      { task_id: GEZIRA, status: 'cancelled' },
      { task_id: LANDLORD_AC, status: 'done' },
      { task_id: SLIDES, due: '2026-04-29' },
    ],
  },
  {
    name: 'orgmode-zurich-easter-clock-change',
    today: '2027-03-28',
    timezone: 'Europe/Zurich',
    open: [
      { id: ORG_REPORT, title: 'Finish the Q1 variance report for Margrit', due_date: '2027-03-31' },
      { id: ORG_ROOM, title: 'Book meeting room for the offsite', due_date: null },
      { id: ORG_DECK, title: "Review Luca's pricing deck", due_date: '2027-03-26' },
      { id: ORG_SERAFE, title: 'Pay the Serafe invoice', due_date: '2027-03-31' },
      { id: ORG_SKI, title: 'Book the Engadin ski weekend', due_date: null },
    ],
    text: `#+TITLE: life.org
#+STARTUP: overview
# clocks went forward last night + Easter, everything shut. cleaning up the file

* Work                                                          :work:
** TODO Finish the Q1 variance report for Margrit
   DEADLINE: <2027-03-31 Wed>
** DONE Book meeting room for the offsite
   CLOSED: [2027-03-26 Fri 16:12]
** TODO Review Luca's pricing deck
   SCHEDULED: <2027-03-29 Mon>
** TODO [#A] Send the Basel supplier the signed NDA
** WAITING Legal to approve the new contract template
* Home                                                          :home:
** TODO Swap to summer tyres on the Octavia
   SCHEDULED: <2027-04-03 Sat>
** DONE Pay the Serafe invoice
** TODO Call Frau Imhof about the cellar key
** TODO Renew the half-fare travelcard
   DEADLINE: <2027-04-12 Mon>
** TODO Water the olive tree
   SCHEDULED: <2027-03-30 Tue +1w>
** CANCELLED Book the Engadin ski weekend
   - snow's gone anyway, not worth it
* Someday                                                    :someday:
** TODO Learn to make proper rösti`,
    tasks: [
      { title: 'Send the Basel supplier the signed NDA', due: null, project: 'Work', priority: 'high' },
      { title: 'Swap to summer tyres on the Octavia', due: '2027-04-03', project: 'Home' },
      { title: 'Call Frau Imhof about the cellar key', due: null, project: 'Home' },
      { title: 'Renew the half-fare travelcard', due: '2027-04-12', project: 'Home' },
      { title: 'Water the olive tree', due: '2027-03-30', project: 'Home' },
      { title: 'Learn to make proper rösti', due: null, project: null, priority: 'low' },
    ],
    updates: [
      { task_id: ORG_ROOM, status: 'done' },
      { task_id: ORG_DECK, due: '2027-03-29' },
      { task_id: ORG_SERAFE, status: 'done' },
      { task_id: ORG_SKI, status: 'cancelled' },
    ],
  },
  {
    name: 'spanglish-madrid-reyes-eve',
    today: '2027-01-05',
    timezone: 'Europe/Madrid',
    text: `ok lista rápida porque mañana es Reyes y no pienso hacer NADA 😅
- recoger el roscón at the pastelería esta tarde, before they close
- mañana: call abuela to wish her felices Reyes
- devolver el jersey a Zara, el ticket caduca el viernes
- pagar la comunidad antes del 10
- la semana que viene book the ITV for the car
- pasado mañana email Marta re the presupuesto del piso
- comprar pilas AA y cinta de embalar
- presentar el IVA trimestral before fin de mes!!
- el próximo martes dentista 17:30, ugh
- cancelar Movistar+ whenever
los regalos de los niños ya están escondidos en el altillo, gracias a dios`,
    tasks: [
      { title: 'Recoger el roscón at the pastelería', due: '2027-01-05' },
      { title: 'Call abuela to wish her felices Reyes', due: '2027-01-06' },
      { title: 'Devolver el jersey a Zara', due: '2027-01-08' },
      { title: 'Pagar la comunidad', due: '2027-01-09' },
      { title: 'Book the ITV for the car', due: '2027-01-11' },
      { title: 'Email Marta re the presupuesto del piso', due: '2027-01-07' },
      { title: 'Comprar pilas AA y cinta de embalar', due: null },
      { title: 'Presentar el IVA trimestral', due: '2027-01-31', priority: 'high' },
      { title: 'Dentista', due: '2027-01-12' },
      { title: 'Cancelar Movistar+', due: null, priority: 'low' },
    ],
  },
  {
    name: 'voicemail-los-angeles-fall-back',
    today: '2026-11-01',
    timezone: 'America/Los_Angeles',
    text: `roofer vm, transcribed below. my list: call Dale back tmrw before 10, get the deposit sorted (he said weds), and tell the neighbors about the dumpster.

Voicemail from Dale Pruitt (818) 555-0147 · Sun Nov 1, 9:52 AM · 1:14
"Hey, it's Dale with Pruitt Roofing, um, following up on the estimate. So we can start the tear-off Friday the sixth if the weather holds, but I'm gonna need the deposit, that's the fifteen hundred, by Wednesday so I can order the shingles. And if you could pick a color off the sample sheet I left on your porch, charcoal or weathered wood, just let me know by Tuesday. Also we need the driveway clear Friday morning for the dumpster, so if you can move your car the night before that'd be great. My guy Hector's gonna swing by Monday to measure for the skylight, you don't need to be home. Okay, call me back, thanks."`,
    tasks: [
      { title: 'Call Dale back', due: '2026-11-02' },
      { title: 'Get the deposit sorted', due: '2026-11-04' },
      { title: 'Tell the neighbors about the dumpster', due: null },
      { title: 'Pick a color off the sample sheet', due: '2026-11-03' },
      { title: 'Move the car off the driveway', due: '2026-11-05' },
    ],
  },
  {
    name: 'stickies-brisbane-new-years-eve',
    today: '2026-12-31',
    timezone: 'Australia/Brisbane',
    open: [
      { id: STICKY_REGO, title: 'Pay car rego', due_date: '2027-01-04' },
      { id: STICKY_LIBRARY, title: 'Return library books', due_date: '2026-12-31' },
      { id: STICKY_GUTTER, title: 'Book the gutter cleaner', due_date: null },
    ],
    text: `RING VET re Bella's stitches — Sat (shut till then)
---
milk
bread
sunscreen
ice (for tonight)
---
NYE fireworks w/ the Nguyens tonight — bring picnic rug + esky
---
✔ car rego — paid online this arvo
---
pay water bill b4 15th
---
after the hols:
book Bella's vaccinations
get the tax stuff to Jess (accountant) by end of Jan
check passport expiry (Bali in June)
---
library books — renewed online, now due 14/1
---
forget the gutter guy, Dad's doing them now
---
BINS OUT TONIGHT`,
    tasks: [
      { title: "Ring vet re Bella's stitches", due: '2027-01-02' },
      { title: 'Buy milk, bread, sunscreen, ice', due: '2026-12-31' },
      { title: 'Bring picnic rug and esky', due: '2026-12-31' },
      { title: 'Pay water bill', due: '2027-01-14' },
      { title: "Book Bella's vaccinations", due: null },
      { title: 'Get the tax stuff to Jess', due: '2027-01-31' },
      { title: 'Check passport expiry', due: null },
      { title: 'Put the bins out', due: '2026-12-31' },
    ],
    updates: [
      { task_id: STICKY_REGO, status: 'done' },
      { task_id: STICKY_LIBRARY, due: '2027-01-14' },
      { task_id: STICKY_GUTTER, status: 'cancelled' },
    ],
  },
  {
    name: 'agenda-new-york-thanksgiving-eve',
    today: '2026-11-25',
    timezone: 'America/New_York',
    text: `Wed, Nov 25
08:30–09:00  Standup (Zoom)
09:00–10:00  Focus: finish the Q4 forecast model
10:00–10:30  1:1 w/ Priya
               → bring her the promo packet feedback
11:00–12:00  Vendor review – Halstead Logistics
               → prep: pull their Oct on-time %
12:00–13:00  Lunch
13:00–13:45  HOLD – pick up turkey at Citarella (order #4471)
14:00–15:00  Budget sync (Tom, Aisha)
15:00        Office closes early 🦃

my stuff around it:
- print the seating chart tonight
- approve Jorge's PTO (Dec 21–24)
- email Halstead the revised SLA once the review's done
- order flowers for Mom's table before 1
- Mon: send Priya's packet to HR`,
    tasks: [
      { title: 'Finish the Q4 forecast model', due: '2026-11-25' },
      { title: 'Bring Priya the promo packet feedback', due: '2026-11-25' },
      { title: "Pull Halstead's Oct on-time %", due: '2026-11-25' },
      { title: 'Pick up turkey at Citarella', due: '2026-11-25' },
      { title: 'Print the seating chart', due: '2026-11-25' },
      { title: "Approve Jorge's PTO", due: '2026-11-25' },
      { title: 'Email Halstead the revised SLA', due: '2026-11-25' },
      { title: "Order flowers for Mom's table", due: '2026-11-25' },
      { title: "Send Priya's packet to HR", due: '2026-11-30' },
    ],
  },
  {
    name: 'countdown-singapore-wedding-month-end',
    today: '2027-01-31',
    timezone: 'Asia/Singapore',
    text: `WEDDING ✨ Sat 24 Apr 2027 (ROM in the morning, dinner at the Fullerton)
countdown, updated tonight:

12 wks before: ✓ save-the-dates out, ✓ photographer booked (Jun Wei)
10 wks before: order the kua for Mei Ling, final guest list to the Fullerton
8 wks before: send invitations, book the tea ceremony aunties (Ma has a number)
6 wks before: first dress fitting, buy ang bao + door gift boxes
4 wks before: confirm the menu tasting, send the seating plan
2 wks before: collect rings from Lee Hwa, pay the band balance
1 wk before: final fitting
day before: pack the overnight bag, drop the decor at the hotel
after: return the suits!! (within 3 days)

Mei Ling's cousin is doing flowers so that's off my plate 🙏`,
    tasks: [
      { title: 'Order the kua for Mei Ling', due: '2027-02-13', project: 'Wedding' },
      { title: 'Send the final guest list to the Fullerton', due: '2027-02-13', project: 'Wedding' },
      { title: 'Send invitations', due: '2027-02-27', project: 'Wedding' },
      { title: 'Book the tea ceremony aunties', due: '2027-02-27', project: 'Wedding' },
      { title: 'First dress fitting', due: '2027-03-13', project: 'Wedding' },
      { title: 'Buy ang bao and door gift boxes', due: '2027-03-13', project: 'Wedding' },
      { title: 'Confirm the menu tasting', due: '2027-03-27', project: 'Wedding' },
      { title: 'Send the seating plan', due: '2027-03-27', project: 'Wedding' },
      { title: 'Collect rings from Lee Hwa', due: '2027-04-10', project: 'Wedding' },
      { title: 'Pay the band balance', due: '2027-04-10', project: 'Wedding' },
      { title: 'Final fitting', due: '2027-04-17', project: 'Wedding' },
      { title: 'Pack the overnight bag', due: '2027-04-23', project: 'Wedding' },
      { title: 'Drop the decor at the hotel', due: '2027-04-23', project: 'Wedding' },
      { title: 'Return the suits', due: '2027-04-27', project: 'Wedding', priority: 'high' },
    ],
  },
  {
    name: 'freelance-sao-paulo-consciencia-negra',
    today: '2026-11-20',
    timezone: 'America/Sao_Paulo',
    text: `money admin 💸 (feriado today, no client calls, perfect)

outstanding:
- chase INV-1042 asap (Acme Robotics, R$ 8.400, 30 days overdue), polite but firm, cc their AP
- INV-1047 Brightwater, due 30/11, nothing to do yet
- INV-1051 Kowalczyk Studio, 2 wks late → resend Monday with the fixed bank details

to invoice:
- Lumen Health: 22h @ R$ 180/h = R$ 3.960, send by end of month
- Padaria Estrela logo, flat R$ 2.500 (50% upfront, paid) → invoice the other half once they sign off the final files

admin:
- day rate goes up to R$ 1.400 from Jan → email all retainers before Dec 1
- DAS (MEI) due 20/12, pay it early this time pls
- Adobe auto-renews 3/12, check the card on file isn't the expired one
- back up client folders to the external drive this weekend

Acme keep saying "it's with finance" 🙄`,
    tasks: [
      { title: 'Chase INV-1042', due: null, priority: 'high' },
      { title: 'Resend INV-1051 with the fixed bank details', due: '2026-11-23' },
      { title: 'Send the Lumen Health invoice', due: '2026-11-30' },
      { title: 'Invoice Padaria Estrela the other half', due: null },
      { title: 'Email all retainers about the new day rate', due: '2026-11-30' },
      { title: 'Pay the DAS (MEI)', due: '2026-12-20' },
      { title: 'Check the card on file for Adobe', due: '2026-12-03' },
      { title: 'Back up client folders to the external drive', due: '2026-11-21' },
    ],
  },
  {
    name: 'revision-dublin-june-bank-holiday-weekend',
    today: '2027-06-05',
    timezone: 'Europe/Dublin',
    text: `LC starts WED 😭 English P1 Wed 9th, Irish P1 Thu, Maths P1 Fri. ok plan:

ENGLISH
- today: redo comparative study notes (Room + Philadelphia)
- today: 2 past-paper essays, timed
- sun: poetry quotes, Bishop + Kennelly
- tue: read over everything, then early night

IRISH
- sun: learn sraith pictiúr 1-10
- mon (bank hol): plan 2 aistí
- wed eve: listening 2022 + 2023

MATHS
- mon: paper 1, 2019 + 2021
- thu: go through the log tables!!

general
- ask Ms Byrne for the 2023 marking scheme on tue
- print the timetable + stick it on the fridge
- pens + calculator batteries before wed`,
    tasks: [
      { title: 'Redo comparative study notes', due: '2027-06-05', project: 'English' },
      { title: 'Write 2 past-paper essays, timed', due: '2027-06-05', project: 'English' },
      { title: 'Learn poetry quotes, Bishop + Kennelly', due: '2027-06-06', project: 'English' },
      { title: 'Read over everything', due: '2027-06-08', project: 'English' },
      { title: 'Learn sraith pictiúr 1-10', due: '2027-06-06', project: 'Irish' },
      { title: 'Plan 2 aistí', due: '2027-06-07', project: 'Irish' },
      { title: 'Do listening 2022 + 2023', due: '2027-06-09', project: 'Irish' },
      { title: 'Do paper 1, 2019 + 2021', due: '2027-06-07', project: 'Maths' },
      { title: 'Go through the log tables', due: '2027-06-10', project: 'Maths', priority: 'high' },
      { title: 'Ask Ms Byrne for the 2023 marking scheme', due: '2027-06-08', project: null },
      { title: 'Print the timetable and stick it on the fridge', due: null, project: null },
      { title: 'Buy pens + calculator batteries', due: '2027-06-08', project: null },
    ],
  },
  {
    name: 'jira-jerusalem-clock-change-friday',
    today: '2027-03-26',
    timezone: 'Asia/Jerusalem',
    open: [
      { id: JIRA_CRON, title: 'PAY-2198 Migrate cron to the new scheduler', due_date: '2027-03-25' },
      { id: JIRA_ROUNDING, title: 'PAY-2203 Currency rounding for ILS', due_date: '2027-03-29' },
      { id: JIRA_DARKMODE, title: 'PAY-2179 Dark-mode toggle for the dashboard', due_date: null },
    ],
    text: `my tickets off the board before I forget (mine = assignee: me). sunday planning, these first

PAY-2211 Fix login redirect loop on SSO — assignee: me — due 30/Mar — P1
PAY-2214 Refund webhook retries — assignee: Noa — due 31/Mar
PAY-2219 Add idempotency keys to /charges — assignee: me — due 6/Apr
PAY-2220 Update the PCI scope doc — assignee: me — no due date
PAY-2198 Migrate cron to the new scheduler — assignee: me — status: Done ✅
PAY-2203 Currency rounding for ILS — assignee: me — due moved 29/Mar → 8/Apr
PAY-2225 Flaky e2e on checkout — assignee: Yossi — P2
PAY-2230 Write postmortem for the 17/Mar outage — assignee: me — due 1/Apr
PAY-2179 Dark-mode toggle for the dashboard — assignee: me — Won't Do (PM closed it)

not jira: review Dana's design doc by sunday morning, send HR my miluim dates`,
    tasks: [
      { title: 'PAY-2211 Fix login redirect loop on SSO', due: '2027-03-30', priority: 'high' },
      { title: 'PAY-2219 Add idempotency keys to /charges', due: '2027-04-06' },
      { title: 'PAY-2220 Update the PCI scope doc', due: null },
      { title: 'PAY-2230 Write postmortem for the 17/Mar outage', due: '2027-04-01' },
      { title: "Review Dana's design doc", due: '2027-03-28' },
      { title: 'Send HR my miluim dates', due: null },
    ],
    updates: [
      { task_id: JIRA_CRON, status: 'done' },
      { task_id: JIRA_ROUNDING, due: '2027-04-08' },
      { task_id: JIRA_DARKMODE, status: 'cancelled' },
    ],
  },
  {
    name: 'denglisch-berlin-unity-day',
    today: '2026-10-03',
    timezone: 'Europe/Berlin',
    text: `Feiertag, alles zu, also nur Planung heute 🙃

- morgen Oma anrufen, she's back from the Kur
- übermorgen first thing: Termin beim Bürgeramt buchen (online, die sind immer sofort weg)
- Steuererklärung 2025 machen bis Ende Oktober!!
- bis Freitag Nebenkostenabrechnung checken, the landlord wants 480€ extra??
- nächste Woche Winterreifen-Termin machen
- Geschenk für Jonas kaufen, sein Geburtstag ist am 14.
- am Wochenende Keller ausmisten, nee, nächstes Wochenende, this one is Lisa's Umzug
- Kita Elternabend Dienstag 19:30, nicht vergessen!!
- GEZ Lastschrift prüfen, irgendwann`,
    tasks: [
      { title: 'Oma anrufen', due: '2026-10-04' },
      { title: 'Termin beim Bürgeramt buchen', due: '2026-10-05' },
      { title: 'Steuererklärung 2025 machen', due: '2026-10-31', priority: 'high' },
      { title: 'Nebenkostenabrechnung checken', due: '2026-10-09' },
      { title: 'Winterreifen-Termin machen', due: '2026-10-05' },
      { title: 'Geschenk für Jonas kaufen', due: '2026-10-14' },
      { title: 'Keller ausmisten', due: '2026-10-10' },
      { title: 'Kita Elternabend', due: '2026-10-06', priority: 'high' },
      { title: 'GEZ Lastschrift prüfen', due: null, priority: 'low' },
    ],
  },
  {
    name: 'coach-chicago-spring-forward',
    today: '2027-03-14',
    timezone: 'America/Chicago',
    text: `U12 Lightning, spring season (clocks jumped last night, practice is 5:30 now not 4:30)

practice:
- Tue 5:30 – passing triangles, 1v1 finishing, scrimmage last 20
- print the drill cards for Tue
- Thu 5:30 – set pieces, corners + defending the wall → bring the mannequins

kit:
- order 3 more jerseys asap (Mateo, Ava S., new girl Priya), need them by Wed
- wash the pinnies
- pump up the balls, bag's flat again

parents:
- email everyone the spring schedule tonight
- remind the Okafors about Jayden's medical from, due before the first game (Sat 20th)
- ask for snack volunteers for Saturday
- reply to Mrs. Dvorak re Leo's ankle

also renew my coaching license, cert expires 3/31`,
    tasks: [
      { title: 'Print the drill cards', due: '2027-03-16', project: 'Practice' },
      { title: 'Bring the mannequins', due: '2027-03-18', project: 'Practice' },
      { title: 'Order 3 more jerseys', due: '2027-03-17', project: 'Kit', priority: 'high' },
      { title: 'Wash the pinnies', due: null, project: 'Kit' },
      { title: 'Pump up the balls', due: null, project: 'Kit' },
      { title: 'Email everyone the spring schedule', due: '2027-03-14', project: 'Parents' },
      { title: "Remind the Okafors about Jayden's medical form", due: '2027-03-19', project: 'Parents' },
      { title: 'Ask for snack volunteers', due: '2027-03-20', project: 'Parents' },
      { title: "Reply to Mrs. Dvorak re Leo's ankle", due: null, project: 'Parents' },
      { title: 'Renew my coaching license', due: '2027-03-31', project: null },
    ],
  },
  {
    name: 'decision-lagos-independence-day',
    today: '2026-10-01',
    timezone: 'Africa/Lagos',
    text: `Public holiday so I'm finally thinking properly about the Abuja offer vs staying at Zenith.

ABUJA (Kestrel Energy)
+ 40% more + housing allowance
+ actual title, senior analyst
- leaving Mum in Lagos, she's not getting younger
- Maitama rents are mad and I'd need a car

STAY
+ promotion cycle in Jan, Tunde basically said I'm on the list
+ near Mum, church, the guys
- the commute, 2.5h some days on Third Mainland
- same work forever?

honestly leaning Abuja but I'm scared.

what I'll actually do:
1. call Tunde tomorrow and ask him straight about January
2. ask Kestrel for the offer in writing + relocation details by Monday
3. talk to Mum this weekend, properly, not on the phone
4. look at Jabi / Wuye rents on PropertyPro tonight
5. decide on Abuja by the 15th (their deadline is the 16th)`,
    tasks: [
      { title: 'Call Tunde and ask him straight about January', due: '2026-10-02' },
      { title: 'Ask Kestrel for the offer in writing + relocation details', due: '2026-10-05' },
      { title: 'Talk to Mum', due: '2026-10-03' },
      { title: 'Look at Jabi / Wuye rents on PropertyPro', due: '2026-10-01' },
      { title: 'Decide on Abuja', due: '2026-10-15' },
    ],
  },
  {
    name: 'terse-bangkok-songkran',
    today: '2026-04-13',
    timezone: 'Asia/Bangkok',
    text: 'visa run thurs, water gun for Nong, pay condo fee b4 20th, laundry, call Aom tmrw',
    tasks: [
      { title: 'Visa run', due: '2026-04-16' },
      { title: 'Buy a water gun for Nong', due: null },
      { title: 'Pay condo fee', due: '2026-04-19' },
      { title: 'Laundry', due: null },
      { title: 'Call Aom', due: '2026-04-14' },
    ],
  },
  {
    name: 'prose-prague-christmas-eve',
    today: '2026-12-24',
    timezone: 'Europe/Prague',
    text: "Christmas Eve and of course I'm the one who still has to buy the carp. Pavel says the stand on Náměstí Míru shuts at noon, so that's first thing. Then I need to finish wrapping Ema's presents before everyone arrives at five (the Lego is still in the car boot, don't let her see). Tomorrow we drive to his parents' in Brno, so pack the overnight bag tonight and bring the vánočka Babi asked for. The cat sitter starts tomorrow too, so leave her a key under the mat before we go. Honestly after all this I want to sleep until New Year. I also promised to send the photos from the school concert to the class group, but that can wait till after the holidays.",
    tasks: [
      { title: 'Buy the carp', due: '2026-12-24' },
      { title: "Finish wrapping Ema's presents", due: '2026-12-24' },
      { title: 'Pack the overnight bag', due: '2026-12-24' },
      { title: 'Bring the vánočka Babi asked for', due: '2026-12-25' },
      { title: 'Leave the cat sitter a key under the mat', due: '2026-12-24' },
      { title: 'Send the photos from the school concert to the class group', due: null },
    ],
  },
  {
    name: 'dictation-adelaide-daylight-saving-starts',
    today: '2026-10-04',
    timezone: 'Australia/Adelaide',
    open: [
      { id: FARM_REGO, title: 'Pay the ute rego', due_date: '2026-10-09' },
      { id: FARM_PANELS, title: 'Set up the yard panels', due_date: '2026-10-05' },
      { id: FARM_FENCING, title: 'Get a fencing quote from Bruce', due_date: null },
    ],
    text: 'ok clocks went forward so im already an hour behind great um first thing the ute rego i did that online last night so thats done tick it off the shearing team is coming wednesday now not tuesday so move the yard panels job to tuesday arvo instead and i need to ring kev about the crutching dates tomorrow even though its the public holiday hes always up also order drench and dog food from the elders in keith before wednesday and get the wool press serviced sometime this week oh and that fencing quote from bruce forget it were doing it ourselves',
    tasks: [
      { title: 'Ring Kev about the crutching dates', due: '2026-10-05' },
      { title: 'Order drench and dog food from the Elders in Keith', due: '2026-10-06' },
      { title: 'Get the wool press serviced', due: '2026-10-09' },
    ],
    updates: [
      { task_id: FARM_REGO, status: 'done' },
      { task_id: FARM_PANELS, due: '2026-10-06' },
      { task_id: FARM_FENCING, status: 'cancelled' },
    ],
  },
  {
    name: 'email-halifax-canada-day',
    today: '2027-07-01',
    timezone: 'America/Halifax',
    text: `me = Siobhan. rest is Greg's, my bits are whatever's for "you"

From: Greg Tompkins <greg@harbourviewmarina.ca>
Subject: Slip 14 - season stuff
Hi Siobhan,
Happy Canada Day! A few things for the season:
- Your slip fee balance ($640) is due by July 10, you can e-transfer it to accounts@harbourviewmarina.ca.
- Could you send us a copy of your boat insurance? The one on file expired June 30.
- We're repainting the dock fingers on the 8th, so please move your tender to the dinghy rack the day before.
- Marie will send out the sign-up sheet for the regatta (17th) next week.
- Heads up, the fuel dock is closed this weekend for the long weekend.
Thanks!
Greg

also for me: get Liam's boating card renewed sometime this month`,
    tasks: [
      { title: 'Pay the slip fee balance', due: '2027-07-10' },
      { title: 'Send a copy of the boat insurance', due: null },
      { title: 'Move the tender to the dinghy rack', due: '2027-07-07' },
      { title: "Get Liam's boating card renewed", due: '2027-07-31' },
    ],
  },
  {
    name: 'meeting-jakarta-before-independence-day',
    today: '2026-08-14',
    timezone: 'Asia/Jakarta',
    text: `Weekly ops sync, Fri 14 Aug
attendees: Rina (me), Budi, Sari, Kevin, Pak Hendra

1. Warehouse Cikarang
- forklift #3 still down, Budi chasing the vendor
- me: get 2 more quotes for the racking by next Wed
- Sari to redo the shift roster before Mon (17 Agustus, office closed)

2. Q3 shipments
- Kevin: update the Tokopedia SLA sheet
- me: call the Surabaya 3PL about the damaged cartons on Tuesday
- everyone: log overtime in the HR app by end of month

3. Office
- AC in meeting room B still leaking, Pak Hendra will call the landlord
- me: order the merah putih decorations for reception today!! (late, I know)

AOB
- Kevin's last day is the 28th. me: organise Kevin's farewell lunch the day before
- next sync Fri 21 Aug`,
    tasks: [
      { title: 'Get 2 more quotes for the racking', due: '2026-08-19', project: 'Warehouse Cikarang' },
      { title: 'Call the Surabaya 3PL about the damaged cartons', due: '2026-08-18', project: 'Q3 shipments' },
      { title: 'Log overtime in the HR app', due: '2026-08-31', project: 'Q3 shipments' },
      { title: 'Order the merah putih decorations for reception', due: '2026-08-14', project: 'Office', priority: 'high' },
      { title: "Organise Kevin's farewell lunch", due: '2026-08-27', project: null },
    ],
  },
  {
    name: 'uk-dates-london-clocks-back',
    today: '2026-10-25',
    timezone: 'Europe/London',
    text: `clocks went back, extra hour in bed, bliss.
half term this wk so kids are off.

- MOT on the Corsa runs out 02/11, ring the garage Thurs to book it in
- send the council tax DD form back by 30/10
- dentist for both kids Tues 27/10 10.40
- order the parkin for bonfire night by Mon 2nd
- return the Boden parcel, 28 days from 7/10
- Nan's 90th is Sat 14 Nov, book the function room at the Red Lion a fortnight before
- renew railcard Weds week`,
    tasks: [
      { title: "Ring the garage to book the Corsa's MOT", due: '2026-10-29' },
      { title: 'Send the council tax DD form back', due: '2026-10-30' },
      { title: 'Dentist for both kids', due: '2026-10-27' },
      { title: 'Order the parkin for bonfire night', due: '2026-11-02' },
      { title: 'Return the Boden parcel', due: '2026-11-04' },
      { title: 'Book the function room at the Red Lion', due: '2026-10-31' },
      { title: 'Renew railcard', due: '2026-11-04' },
    ],
  },
  {
    name: 'us-dates-anchorage-month-end',
    today: '2027-02-28',
    timezone: 'America/Anchorage',
    text: 'file PFD application by 3/31, Iditarod start is 3/6 so pack the thermos + handwarmers the night before, call Alaska Air 3/2 re the voucher, dentist 3/9 @ 4',
    tasks: [
      { title: 'File PFD application', due: '2027-03-31' },
      { title: 'Pack the thermos + handwarmers', due: '2027-03-05' },
      { title: 'Call Alaska Air re the voucher', due: '2027-03-02' },
      { title: 'Dentist', due: '2027-03-09' },
    ],
  },
  {
    name: 'groups-shanghai-new-years-eve',
    today: '2027-02-05',
    timezone: 'Asia/Shanghai',
    text: `除夕!! house chaos. lists:

## Home
- put up the couplets this morning
- pick up Nainai from Hongqiao at 3
- buy the fish for tonight (年年有余)
- ask Dad for new ¥100 notes for the red envelopes, banks are shut till the 11th

## Work (ugh)
- set my out-of-office ASAP
- reply to Henrik re the Q1 forecast after the holiday
- approve the Feb payroll by the 10th

## Flat
- landlord wants Feb + Mar rent together, transfer it by the 15th
- get the bathroom fan fixed (whenever)

also call my sister tomorrow to wish her 新年快乐`,
    tasks: [
      { title: 'Put up the couplets', due: '2027-02-05', project: 'Home' },
      { title: 'Pick up Nainai from Hongqiao', due: '2027-02-05', project: 'Home' },
      { title: 'Buy the fish for tonight', due: '2027-02-05', project: 'Home' },
      { title: 'Ask Dad for new ¥100 notes for the red envelopes', due: null, project: 'Home' },
      { title: 'Set my out-of-office', due: null, project: 'Work', priority: 'high' },
      { title: 'Reply to Henrik re the Q1 forecast', due: null, project: 'Work' },
      { title: 'Approve the Feb payroll', due: '2027-02-10', project: 'Work' },
      { title: 'Transfer the Feb + Mar rent', due: '2027-02-15', project: 'Flat' },
      { title: 'Get the bathroom fan fixed', due: null, project: 'Flat', priority: 'low' },
      { title: 'Call my sister to wish her 新年快乐', due: '2027-02-06', project: null },
    ],
  },
  {
    name: 'label-lima-fiestas-patrias',
    today: '2026-07-28',
    timezone: 'America/Lima',
    text: `feriado largo, catching up on everyone 🇵🇪

Mamá: cardiologist Thursday 9am, I'm taking her. pick up her pastillas at Inkafarma tomorrow
Diego: help him finish the university application essay, it's due Friday
Casa Miraflores: plumber comes Sat morning, I have to be there. pay the arbitrios by the 31st
Tía Rosa: return her pyrex whenever, call her Sunday when she's back from Cusco
Me: renew my DNI (expires 14/09), book a haircut`,
    tasks: [
      { title: 'Take her to the cardiologist', due: '2026-07-30', project: 'Mamá' },
      { title: 'Pick up her pastillas at Inkafarma', due: '2026-07-29', project: 'Mamá' },
      { title: 'Help him finish the university application essay', due: '2026-07-31', project: 'Diego' },
      { title: 'Be there for the plumber', due: '2026-08-01', project: 'Casa Miraflores' },
      { title: 'Pay the arbitrios', due: '2026-07-31', project: 'Casa Miraflores' },
      { title: 'Return her pyrex', due: null, project: 'Tía Rosa', priority: 'low' },
      { title: 'Call her', due: '2026-08-02', project: 'Tía Rosa' },
      { title: 'Renew my DNI', due: '2026-09-14', project: null },
      { title: 'Book a haircut', due: null, project: null },
    ],
  },
  {
    name: 'project-athens-orthodox-good-friday',
    today: '2027-04-30',
    timezone: 'Europe/Athens',
    text: `Μεγάλη Παρασκευή, everything's shut, so brain dump.

For the shop relaunch (Kyma Ceramics) I need to photograph the new glaze line on Tuesday, write the product descriptions by the 10th and ask Eleni to check the Greek translations. The relaunch itself is May 20th, so send the newsletter the week before. Also chase the payment provider about the Stripe verification, it's been stuck for two weeks.

For Easter at the village we leave Saturday, so: dye the red eggs tonight, pick up Yiayia on Saturday at 10, and get the lamb from Kostas tomorrow early before he sells out. And buy tsoureki from the bakery on Ermou.

Separately, the car insurance renews on the 5th, compare quotes before then. And dentist for Niko on the 12th.`,
    tasks: [
      { title: 'Photograph the new glaze line', due: '2027-05-04', project: 'Shop relaunch' },
      { title: 'Write the product descriptions', due: '2027-05-10', project: 'Shop relaunch' },
      { title: 'Ask Eleni to check the Greek translations', due: null, project: 'Shop relaunch' },
      { title: 'Send the newsletter', due: '2027-05-13', project: 'Shop relaunch' },
      { title: 'Chase the payment provider about the Stripe verification', due: null, project: 'Shop relaunch' },
      { title: 'Dye the red eggs', due: '2027-04-30', project: 'Easter at the village' },
      { title: 'Pick up Yiayia', due: '2027-05-01', project: 'Easter at the village' },
      { title: 'Get the lamb from Kostas', due: '2027-05-01', project: 'Easter at the village' },
      { title: 'Buy tsoureki from the bakery on Ermou', due: null, project: 'Easter at the village' },
      { title: 'Compare car insurance quotes', due: '2027-05-04', project: null },
      { title: 'Dentist for Niko', due: '2027-05-12', project: null },
    ],
  },
  {
    name: 'conditions-santiago-clocks-back',
    today: '2027-04-04',
    timezone: 'America/Santiago',
    text: "Clocks went back last night so at least I slept. If it doesn't rain tomorrow I'll finally wash the terrace windows. Whatever happens with the Valparaíso job, update my CV this week. If the landlord approves the colour, I'll buy the paint at Sodimac on Saturday. Unless Cami cancels again I'm cooking for her Thursday, so buy the salmon on Wednesday. Once the new fridge arrives, call Entel to move the internet box. If the weather's good Saturday we'll take the kids up to Cajón del Maipo, and either way pack the hiking bag Friday night. If the Metro strike goes ahead on Wednesday I'll just work from home. The permiso de circulación, wait, that was March, already done.",
    tasks: [
      { title: 'Wash the terrace windows', due: '2027-04-05' },
      { title: 'Update my CV', due: '2027-04-09' },
      { title: 'Buy the salmon', due: '2027-04-07' },
      { title: 'Call Entel to move the internet box', due: null },
      { title: 'Take the kids up to Cajón del Maipo', due: '2027-04-10' },
      { title: 'Pack the hiking bag', due: '2027-04-09' },
    ],
  },
  {
    name: 'long-auckland-anzac-day',
    today: '2027-04-25',
    timezone: 'Pacific/Auckland',
    text: `back from dawn service, frozen solid, Koro's medals polished and all. Mon's a holiday too (Mondayised!) so big list while the kids sleep:
- defrost teh freezer this arvo
- sort the winter clothes out this weekend
- iron Mia's uniform Mon night, school's back Tues
- ring Mum tmrw
- print the NCEA practice papers tmrw
- mow the lawns before the rain Tues
- drop the poppy box back to the RSA Tues
- email Mr Tane re Mia's camp form
- pay camp deposit $85 by Fri
- book flu jabs for all of us this week
- book WOF for the Hilux, expires 10/5
- return library books Wed
- mark the 10B essays by Wed
- order Jack's bday cake by Wed (party Sat 1 May, he wants the dinosaur one AGAIN)
- wrap Jack's present Fri night
- dentist for Sam Thurs 3.15
- post Nana's card by Thurs, her bday's the 3rd
- write the Year 10 reports by Fri 7/5!!
- ring the plumber about the hot water cylinder asap
- call IRD about the tax refund
- reply to the BOT email re the pool
- cancel Sky Sport, season's over
- top up Sam's bus card
- fix the back gate latch
- vaccum the car, it's all sand from Piha
- grab more dishwasher tablets + bin bags
- reschedule the physio, cant do Thurs now
- swap the summer duvet for the winter one
- clean the gutters (whenever)
- Anzac biscuit stuff: oats, golden syrup, coconut
right. coffee first, then we'll see how far I get`,
    tasks: [
      { title: 'Defrost the freezer', due: '2027-04-25' },
      { title: 'Sort the winter clothes out', due: '2027-04-25' },
      { title: "Iron Mia's uniform", due: '2027-04-26' },
      { title: 'Ring Mum', due: '2027-04-26' },
      { title: 'Print the NCEA practice papers', due: '2027-04-26' },
      { title: 'Mow the lawns', due: '2027-04-26' },
      { title: 'Drop the poppy box back to the RSA', due: '2027-04-27' },
      { title: "Email Mr Tane re Mia's camp form", due: null },
      { title: 'Pay camp deposit $85', due: '2027-04-30' },
      { title: 'Book flu jabs for all of us', due: '2027-04-30' },
      { title: 'Book WOF for the Hilux', due: '2027-05-10' },
      { title: 'Return library books', due: '2027-04-28' },
      { title: 'Mark the 10B essays', due: '2027-04-28' },
      { title: "Order Jack's bday cake", due: '2027-04-28' },
      { title: "Wrap Jack's present", due: '2027-04-30' },
      { title: 'Dentist for Sam', due: '2027-04-29' },
      { title: "Post Nana's card", due: '2027-04-29' },
      { title: 'Write the Year 10 reports', due: '2027-05-07', priority: 'high' },
      { title: 'Ring the plumber about the hot water cylinder', due: null, priority: 'high' },
      { title: 'Call IRD about the tax refund', due: null },
      { title: 'Reply to the BOT email re the pool', due: null },
      { title: 'Cancel Sky Sport', due: null },
      { title: "Top up Sam's bus card", due: null },
      { title: 'Fix the back gate latch', due: null },
      { title: 'Vacuum the car', due: null },
      { title: 'Grab more dishwasher tablets + bin bags', due: null },
      { title: 'Reschedule the physio', due: null },
      { title: 'Swap the summer duvet for the winter one', due: null },
      { title: 'Clean the gutters', due: null, priority: 'low' },
      { title: 'Buy Anzac biscuit stuff: oats, golden syrup, coconut', due: null },
    ],
  },
];

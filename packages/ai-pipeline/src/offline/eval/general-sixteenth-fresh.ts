import type { EvalCase } from './dumps.ts';

/**
 * Sixteenth fresh development set of issue #19 (thirty-fourth round): 48 everyday dumps written from
 * the text alone by two helpers who neither read nor ran the parser (they read only the `EvalCase`
 * type and first examples of `eval/dumps.ts`, `eval/score.ts`, the Dates section and the start of the
 * Evaluation section of docs/ai.md, and the header comments of `general-dev.ts` and the eleventh to
 * fifteenth fresh sets). Read once unseen, before any rule was changed for it. Part A is the first
 * 24 dumps, part B the last 24; each helper's own account follows.
 *
 * PART A
 * Sixteenth fresh set, PART A: 24 dumps in the established voices, written from the text alone by a
 * helper who neither read nor ran the parser (nor its tests, nor the evaluation). It read only the
 * `EvalCase`, `ExpectedTask` and `ExpectedUpdate` types and the first examples of `eval/dumps.ts`
 * (to about line 200), `eval/score.ts`, the header comments (first block only) of `general-dev.ts`
 * and the eleventh to fifteenth fresh sets, and the `### Dates` section and the first 60 lines of
 * the `## Evaluation` section of docs/ai.md. Every person, place and line was imagined for this
 * set.
 *
 * Voices (the first word of each name), one dump each unless said: `terse` (a dash list), `comma`
 * (one line of short items), `prose` (a rambling paragraph), `dictation` (two: a plain run-on with
 * no punctuation, and one correcting itself with "no wait", "scratch that", "actually", "I mean"),
 * `slack` (a pasted channel excerpt, the writer's asks among others'), `email` (pasted: subject,
 * greeting, numbered asks of the reader, sign-off, and the reader's own "me:" line under it),
 * `whatsapp` (a family chat with time stamps), `meeting` (committee notes, the writer says she is
 * taking them), `feelings`, `us-dates` (M/D, "Tues", "Thurs", "EOD Friday"), `uk-dates` (D/M, "Weds
 * week", "a week on Tuesday", "a fortnight on Monday", "12/4 9.15"), `foreign-dates` (English with
 * French and Dutch, as a Brussels resident writes: "demain matin", "jeudi", "samedi", "avant la fin
 * du mois", "lundi prochain 14h", "vóór vrijdag", "tegen het einde van de maand", "overmorgen",
 * "volgende week", "zondag"), `emoji`, `project` (two: one effort named in prose then loose items;
 * two efforts in prose then loose items), `label` (clients, a care home and a niece as `Name:`
 * labels, a loose `Me:` line), `groups` (markdown headings, a loose line after), `conditions` (if /
 * unless / when / either way / whatever happens), `todoist` (`#orders`, `#kitchen`, `#admin`,
 * `#home`, `p1`–`p4`, "every Sunday", "every Tue and Fri", "every 3 days starting today"), `long`
 * (1,353 characters, 28 tasks, five upper-case groups and a loose last line), `nothing`, `oneliner`
 * and `updates`.
 *
 * People: a beekeeper in a Slovenian winter, a night-shift baker in Porto, a retired judge in
 * Hobart, a tow-truck driver outside Chicago, a mobile knife sharpener in Perth, a weekend editor
 * at a Detroit news site, a guide-dog puppy raiser in Vancouver, a Samoan-Kiwi family sending the
 * youngest to university in Dunedin, a community choir's secretary in Halifax, a dialysis patient
 * in Dublin, a pool manager in Colorado, a village cricket groundsman, a chocolatier in Brussels, a
 * rink manager in Edmonton, a repair-café organiser in Stockholm, a mosque treasurer in Sydney, a
 * mobile hairdresser in Durban, a school librarian in Los Angeles, an open-water swim coach in
 * Copenhagen, a wedding-cake maker in Toronto, a family opening their campsite in Burgundy, a
 * night-shift hospital cleaner in Manila, someone off to a summer festival in Tokyo, and a
 * conference organiser in São Paulo.
 *
 * Counts: 24 dumps; 210 expected tasks (135 with a due date); 12 updates in the 4 dumps with open
 * tasks (`dictation` correcting itself, `whatsapp`, `feelings`, `updates`: 6 done, 4 moved, 2
 * cancelled; each of those dumps also has an open task the text leaves alone, and `updates` one it
 * mentions without changing it); 14 stated priorities (8 high, 1 medium, 5 low); 7 dumps that group
 * items (`meeting`, both `project`, `label`, `groups`, `todoist`, `long`; their loose items are
 * `project: null`, and the other 17 dumps have no `project` keys); 24 zones and 24 `today`s, one
 * per dump. Lengths: the one-liner 64 characters, the comma line 294, the long dump 1,353, the
 * pasted Slack excerpt 1,222 (its name-and-time lines), the rest 512–1,050; one dump (`nothing`)
 * has no tasks.
 *
 * `today` (none of them a day of the fifteenth set's header): the Monday before leap day
 * (Ljubljana, 2028-02-28, "before March" and "end of month" are the 29th) and leap day itself (Los
 * Angeles, Tue 2028-02-29); São João eve (Lisbon zone, Wed 2027-06-23, Porto's holiday on the
 * 24th); New Year's Day (Hobart, Fri 2027-01-01); the Sunday before Labor Day (Chicago,
 * 2027-09-05); the day after WA Day (Perth, Tue 2027-06-08); the day before New Year's Eve
 * (Detroit, Thu 2027-12-30); a month's end a week before Labour Day (Vancouver, Tue 2027-08-31);
 * Waitangi Day observed on the Monday (Auckland, 2027-02-08, the 6th having been a Saturday);
 * Remembrance Day (Halifax, Thu 2027-11-11); the Sunday before the Irish October bank holiday
 * (Dublin, 2027-10-24); Memorial Day, also the month's end (Denver, Mon 2027-05-31); the quarter's
 * end (London, Fri 2028-03-31); the eve of Belgium's national day (Brussels, Tue 2027-07-20);
 * Boxing Day on a Sunday (Edmonton, 2027-12-26); the quarter's end (Stockholm, Thu 2027-09-30;
 * Paris, Wed 2027-03-31, the Wednesday after Easter); the month's end after Australia's financial
 * year (Sydney, Fri 2026-07-31); the day before Women's Day (Johannesburg, Sun 2027-08-08); the day
 * before Grundlovsdag (Copenhagen, Fri 2027-06-04); the Saturday of the Victoria Day weekend
 * (Toronto, 2027-05-22); All Saints' Day (Manila, Mon 2027-11-01); the Saturday of the Marine Day
 * weekend (Tokyo, 2027-07-17); Proclamação da República, a Monday (São Paulo, 2027-11-15). None is
 * a clock-change day (Dublin's falls a week later); each zone's offset the day before, on and after
 * `today` was printed with `Intl` to confirm it. Every due date was written as the reading it
 * follows ("the coming Thursday", "the day before the coming Tuesday", "next week's Monday", "this
 * week's Friday (Sunday: the Friday ahead)", "a week after the coming Wednesday", "the Friday
 * before 13 March", "the day before the 23rd") and computed with a Node script (UTC `Date`
 * arithmetic) that printed each date's weekday for a check by hand. `check-part-a.mjs` beside this
 * file keeps those readings: it recomputes every due date from its reading, and prints each dump's
 * name, today, zone, length and counts, every due date with its weekday, and the totals above.
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the
 * judgement calls of the eleventh to fifteenth fresh sets. Judgement calls a reader could dispute:
 * - terse: "paint the new supers before March!!" is 29 February (the last day before the month) and
 *   high; "by end of month" is the 29th too (2028 is a leap year); "print handouts for the school
 *   bee talk (thurs)" is Thursday (the event it serves); "mild all week, they were flying on
 *   sunday" is no task; "ask Marjeta if she still wants 2 nucs in May" names no day; verbless lines
 *   keep their words ("Fondant for hive 4 + 7", "Jar labels, the 250g ones"); "whenever" is low.
 * - comma: "40 extra broas for tonight" is today; "ask Rui to cover my sat shift" names the shift
 *   and dates nothing; "shop's shut on the 24th anyway" is a fact, no task; "dentist mon 10am" is
 *   Monday 28 June; verbless items keep their words ("Sardine bread trial", "Payslips to Dona
 *   Fátima", "Plastic hammer for Inês"); "repaint the bench whenever" is low.
 * - prose: the Law Society's "memoir chapter ... by the end of the month" is the person's task (31
 *   January), titled from the text's words; "ring Bernard tomorrow about Sunday's sailing" is
 *   tomorrow (Sunday's sailing is its topic); driving Margaret to her appointment is a task on
 *   Tuesday, and "the car's registration sorted before then" the Monday; "it lapsed over Christmas"
 *   and the library book "due before Christmas" are past, no dates; "the roses ... need deadheading
 *   and the gutters want clearing" are two tasks; "I'll make a start next week" dates the notebooks
 *   Monday 4 January; the reading glasses are undated; "I've been meaning to write things down" is
 *   no task.
 * - dictation (plain): tomorrow's Labor Day is no task; "the Ramirez pickup the one from thursday"
 *   is a past job, the invoice undated; the medical card "expires on the 14th" is due the 14th;
 *   "sometime this week" said on a Sunday is the Friday ahead; Kenzie's tournament is hers, "I told
 *   her I'd make the orange slices" is a task on the Saturday; "remind me to text Tasha happy
 *   birthday on tuesday" is "Text Tasha happy birthday" on Tuesday.
 * - dictation (correcting): the last word stands: "push that to tuesday no wait today's tuesday I
 *   mean thursday" moves the open Little Fish knives to Thursday 10 June; "the fremantle butcher
 *   quote scratch that he went with someone else so just forget it" cancels the open quote;
 *   "tomorrow actually no ... so friday" is Friday; "twenty no wait thirty" blade guards; "the bank
 *   thursday no wait ... so friday morning" is Friday; "I serviced it yesterday ... so tick that
 *   off" marks the grinder done; the Saturday market is a fixture, no task ("load the van friday
 *   night" is); "call mum about the long weekend" is a topic, undated; "by the end of the week" is
 *   Friday; the open stall permit is left alone.
 * - slack: the writer is Renée ("me = Renée"); "#metro-desk" is the channel, no group; "I'll take
 *   the first shift on the live blog" is hers, dated tomorrow by "NYE live blog starts tomorrow at
 *   6"; the press pass (Kwame: "on it") and the snow explainer asked of "someone" (Dev takes it)
 *   are no tasks; Dev reading the piece on Sunday is his, sending it "tonight" is hers; "calling
 *   now" is still a task today; the most-read list "for Monday's newsletter" is due Sunday 2
 *   January, the day she gives it ("sure, I'll do it Sunday") over the newsletter's day.
 * - email: the reader (Callum) is the person; "book it ... this week" is Friday 3 September; the
 *   outing is a task on Saturday 11 September titled by its own words ("Group outing on the
 *   SkyTrain"; the meeting point and time are its details), and "bring her blue jacket and a water
 *   bowl" a second task that day; the licence that "expired in July" is renewed undated; "next time
 *   you're in" dates nothing; Marisol's photos ("if you'd like Juniper featured") are an offer left
 *   to the reader, no task; the office closing is no task; "me: order the bigger crate before the
 *   outing" is the day before it (10 September).
 * - whatsapp: the writer is Losa ("I'm Losa"); the "[8/02/27, 8:47 am]" stamps are no dates;
 *   "flight's booked already, did it last night" marks the open flight done; "yep, Thursday when I
 *   get paid" moves the open hall bond (undated) to Thursday 11 February over Uncle Feleti's 15th;
 *   items others take (Sione's airport run, Mele's bank call) are theirs; "everyone bring a plate"
 *   is hers as "I'll bring the chop suey" (Friday, the dinner's day); "I'll order one from Ma's
 *   Bakery and pick it up Friday" is two tasks, the order undated; Mum's passport photos are left
 *   alone.
 * - meeting: the writer is Ffion ("me (Ffion, taking notes)"); numbered topics are groups named
 *   without their date ("Christmas concert", "Money", "Music"), AOB is none; "me", "me + Arjun",
 *   "Gwen + me" and "everyone" items are hers, Arjun's tuner and Bernadette's licence are not;
 *   "sell 10 tickets each before the 1st" is 30 November; booking the hall "for the dress rehearsal
 *   (Thu 9 Dec) this week" is Friday 12 November (the rehearsal's day is not the booking's); the
 *   dues reminder is due tomorrow; "URGENT" is high and "before the end of the month" 30 November;
 *   the grant, the new librarian and the next meeting are no tasks.
 * - feelings: "I did finally ring the renal unit on Friday ... one thing off the list" marks it
 *   done; "I'll do it next weekend" moves the questionnaire to Saturday 30 October (next weekend
 *   said on a Sunday is the coming Saturday); "Aoibheann's present is sorted, Mam got it for me"
 *   marks it done; "phone the pharmacy tomorrow ... oh wait tomorrow's the bank holiday, Tuesday
 *   then" is Tuesday; "I'll ask the nurse about it on Tuesday too" is a task that day; "Should
 *   really drink less tea" is a wish, no task; the open NCT booking is left alone.
 * - us-dates: "Pool opens Saturday 6/5" is a sentence, not a heading: it dates no line; "be there
 *   at 7am to sign for it" is "Sign for the chlorine delivery" on Wed 6/2; "book the rec center
 *   room for ... CPR recert this week" is Friday (the recert's 6/9 is not named, so nothing is
 *   disputed); "fix the deep end ladder before opening" is Friday 6/4, the day before the opening
 *   named in the first sentence; "swim lesson signups close 6/15, email the parents Tues" is
 *   Tuesday; "the day before" Thurs 6/3 is 6/2; "it's due 6/10" dates the bill; "today if anyone
 *   picks up" is today; "Mom's bday 6/12, mail her card by 6/8" is 6/8.
 * - uk-dates: "First home game is Sat 22/4" is context; "Weds week" is a week after the coming
 *   Wednesday (12 April); "roller's back from the menders on the 11th" is theirs, "ring them
 *   Monday" is the task (3 April); "get the tear in the covers patched before the game" is 21
 *   April; "club insurance runs out 30/04, renew it" is 30 April; "a fortnight on Monday" is two
 *   weeks after the coming Monday (17 April); "my car tax runs out 1/5 – sort it a week on Tuesday"
 *   is 11 April (the person's own day over the expiry); "dentist 12/4 9.15" is 12 April.
 * - foreign-dates: titles keep the French and Dutch ("Pay the huur", "Call the gemeente"); "demain
 *   matin – no wait, atelier's closed, jeudi then" is Thursday; "vóór vrijdag" is the day before
 *   Friday (Thursday); "tegen het einde van de maand" and "avant la fin du mois" are 31 July;
 *   "overmorgen" is Thursday; "Maman's birthday is samedi" dates the flowers Saturday; "volgende
 *   week" is next week's Monday; "lundi prochain 14h" is next week's Monday (the 14h is a time);
 *   "zondag if the Brico's open" is a task on Sunday (the condition is the shop's hours); the
 *   national day and the défilé are no tasks; "whenever" is low.
 * - emoji: "zamboni blade sharpened before Tues" is Monday; "NYE skate – buy glow sticks +
 *   noisemakers" is 31 December (the event it serves); "the Jan 9 charity game" is the call's
 *   topic, undated; "this week" said on a Sunday is the Friday ahead; "(again 😤)", "🙈" and "🔥"
 *   alone are no priority, "ASAP" is high; the tournament "in Jan" names no day, so the hotel is
 *   undated; "winter tires… already on ✅" and the Boxing Day skate are no tasks.
 * - project (one): "For the repair café at the library on the 16th" names the project "Repair
 *   café"; the café itself is no task and its day dates no step but "send the volunteers a briefing
 *   email the week before" (9 October); "print the flyers this weekend" is Saturday; "Apart from
 *   that," starts loose items (`null`), "Oh, and" stays loose; "before the end of October" is the
 *   31st; "Elsa's parent-teacher meeting is on Tuesday ... and I said I'd go" is a task on Tuesday;
 *   "Quarter end at work today" is no task.
 * - project (two): projects "Annual audit" and "Winter blanket appeal" ("the masjid" is where both
 *   belong, no group of its own); "before the AGM on 23 August I need to ..." dates all three items
 *   of that sentence the 22nd; emailing the auditor the insurance certificate stays in the audit
 *   (tomorrow); "bring it to Sunday's meeting" is Sunday 2 August; the committee's approval is
 *   theirs; "Outside the masjid," starts loose items; "on the weekend" is the coming Saturday;
 *   "ring the garage next week about the car service" is next week's Monday.
 * - label: "Gogo Dlamini", "Mrs Pillay", "Mr van Wyk", "Sunrise Care Home" and "Thandi" (the
 *   bracketed "(my niece)" dropped) are projects; "Me:" is loose (`null`); the appointments are the
 *   hairdresser's tasks on their days ("Trim + set", "Colour", "4 ladies for wash and set"), titled
 *   with the label's words; titles keep the pronouns ("Bring the rollers she likes", "Practise the
 *   updo on her"); "cancel his Wednesday cut" names the cut and dates nothing; "matric dance hair
 *   on the 21st!!" is high; "before the 31st" is the 30th; "whenever" is low; the first line
 *   (Women's Day tomorrow) is no task and no heading that dates anything.
 * - groups: the first line is no heading; "## Book fair" is the group, and "fair runs Mar 13–17,
 *   count the cash box float the Friday before" is Friday 10 March (counted back from the day on
 *   its line); "before 1st period tomorrow" is tomorrow; "Read Across America is Thurs 3/2, set up
 *   the Dr. Seuss display Wednesday" is Wednesday; "weed the 500s" and "dinosaur books from 1987"
 *   date nothing; "ASAP" is high; Mia's passport photos "this weekend" are Saturday (Dad takes her
 *   to the appointment, so it is no task of the writer's); "it's her actual birthday today" dates
 *   "Call Grandma" today; the last, unheaded line is `null`, and "before it lapses at the end of
 *   March" is 31 March.
 * - conditions: the masters swim resting on the water's temperature is a task (tomorrow); "Either
 *   way ... check the safety boat's fuel tonight" is today; "Unless Mikkel can cover Sunday, I'll
 *   run the beginners' session myself" is a task on Sunday, and "print the new course maps before
 *   then" Saturday; "If it rains on Sunday afternoon, clean out the boat shed" is a task on Sunday
 *   (the weather); "When the new wetsuits arrive" leaves the labelling undated; Søren's relay and
 *   the bank's loan are others' and no tasks; "Whatever happens, email the parents ... on Monday"
 *   is Monday; "before it expires on the 20th" is the 19th; tomorrow's Grundlovsdag is no task.
 * - todoist: `#orders`, `#kitchen`, `#admin` and `#home` are the projects "Orders", "Kitchen",
 *   "Admin" and "Home"; "Inbox (pasted from Todoist)" is no group; p1 high, p2 medium, p3 low; p4
 *   is Todoist's default (no priority), so that task has no `priority` key; "every Sunday" and
 *   "every Tue and Fri" name no next turn and are undated; "every 3 days starting today" is today;
 *   "due June 30" is 30 June; "next week" said on a Saturday is Monday 24 May, which is Victoria
 *   Day, and "by Victoria Day" is that Monday too.
 * - long: the first line ("Ten days till we open (Sat 10 April) ...!!") is no task, no group and no
 *   priority; the five upper-case headings are the groups ("Reception", "Sanitaires", "Pool",
 *   "Grounds", "Home"), the last line ("also ring the mairie ...") is `null`; "the pompiers come
 *   Tues 6th" dates the extinguisher check (the visit it serves); "by Friday!!" is high; "Metro run
 *   Thursday" dates the restock; "cover off + first shock treatment Monday" is one task; the
 *   expired reagents are past, the new ones undated; "before the 10th" is the 9th, and "mow
 *   everything the day before we open" is the 9th too; Papa's chainsaw job is his; "after the
 *   frosts" dates nothing; the Ascension weekend is the booking's topic; "Maman's birthday lunch
 *   Sunday, bring the tarte" is Sunday 4 April; "car insurance renews on the 15th, compare quotes
 *   before then" is the 14th.
 * - nothing: "I'm on until 7 and then I'll just sleep", the cemetery visits and "Rain tomorrow" are
 *   statements, no tasks.
 * - oneliner: "before they close at 6 tmrw" is tomorrow (a "before" of the hour moves no day).
 * - updates: "all three signed and back as of Friday, done" marks the keynote contracts done; "can
 *   only do the 24th, move it there" moves the tasting to 24 November; "no printed badges, drop it"
 *   cancels the badges; "venue insurance: still to do, date's fine" changes nothing; "Camila sent
 *   it back this morning, so that's done too" marks the translation done (she did it, the person's
 *   task is over); the open dentist check-up is not mentioned; the three "new:" lines are the new
 *   tasks, "the group rate expires on the 19th" dating the hotel call and "once her invoice comes
 *   in" leaving Camila's payment undated.
 *
 *
 * PART B
 * PART B of the sixteenth fresh set: 24 everyday dumps written from the text alone by a helper who
 * neither read nor ran the parser, its tests or any other evaluation case. It read only the
 * `EvalCase`, `ExpectedTask` and `ExpectedUpdate` types and the first examples of `eval/dumps.ts`
 * (to about line 200), `eval/score.ts`, the first header comment of `general-dev.ts` and of the
 * eleventh to fifteenth fresh sets, and the `### Dates` section and the first 60 lines of the
 * `## Evaluation` section of docs/ai.md. Every person, place and line was imagined for this set;
 * no person, zone or `today` of the fifteenth set's header is reused.
 *
 * Voices, the first word of each name. Twelve new ones (none named in the eleventh to fifteenth
 * sets' headers), one dump each: `nightshift` (a vet nurse's 3am handover to the day team, with
 * her own list under it), `subtasks` (a markdown checklist with `- [ ]` / `- [x]` and nested
 * sub-items), `repairs` (a landlord's group chat with two tenants, time-stamped), `guest` (a
 * wedding guest's errands and packing), `goals` (a self-review with went-well / didn't and goals
 * for next quarter), `autocorrect` (a phone list with autocorrect slips: "bet" for vet, "waiter
 * bill", "get has", "potato salsa", "ducking"), `dinnerparty` (a menu with cook times, shopping and
 * prep), `treasurer` (a netball association treasurer's numbered update to the committee, then his
 * own list), `franglais` (French and English: demain, avant vendredi, lundi prochain, le 24,
 * samedi, après-demain, ce soir), `reminders` (an Apple Reminders list pasted with its date lines,
 * `!!!`, "Remind me to", a location reminder and a completed item), `labbook` (a lab notebook
 * entry: log lines, an observation and next steps) and `bills` (a month's bills: autopay lines,
 * paid, owing, moved and dropped). Twelve established ones: `terse` (the one-liner), `prose`,
 * `dictation` (no punctuation, with updates), `email` (a forwarded allotment-association email
 * under the person's note), `meeting` (numbered topics, AOB), `uk-dates`, `us-dates`, `groups`
 * (markdown headings), `label` (people and a house as labels), `project` (two efforts in prose),
 * `conditions` and `long`.
 *
 * People: an emergency vet nurse in Oslo, a one-woman studio in Amsterdam hiring an intern, a
 * landlord of two flats in Johannesburg, a wedding guest in Vienna, an engineering lead in Tokyo,
 * a dad in Denver on Memorial Day weekend, a dinner host in Stockholm, a netball treasurer in
 * Hobart, a consultant in Brussels, a parent in Vancouver before Thanksgiving, a cell biologist in
 * Bogotá, a salaried worker paying bills in Kuala Lumpur, someone in Lisbon before Santo António, a
 * fiddle teacher in St. John's, a pool-service owner in Darwin, an allotment holder in Copenhagen,
 * an agency's note-taker in Dubai, a potter in Perth, a dad in Boise, a baker and mother in Riga, a
 * daughter and landlady in Montevideo, a sister and shop owner in Karachi, a homeowner in Edmonton
 * and a café owner and community gardener in Sydney.
 *
 * Counts: 24 dumps; 206 expected tasks (152 with a due date); 11 updates in the 4 dumps with open
 * tasks (`subtasks`, `repairs`, `dictation`, `bills`: 5 done, 3 moved, 3 cancelled; each of those
 * dumps also has an open task the text leaves alone); 18 stated priorities (11 high, 1 medium, 6
 * low); 9 dumps that group items (`subtasks`, `goals`, `treasurer`, `labbook`, `meeting`, `groups`,
 * `label`, `project`, `long`; their loose items are `project: null`, and the other 15 dumps have no
 * `project` keys at all). Lengths: the one-liner 76 characters, the long dump 1,240 characters with
 * 27 tasks in three upper-case groups and two loose lines, the rest 501–1,141.
 *
 * `today` and zones, one of each per dump (24 zones, none in the fifteenth set's header): a leap
 * year (Vienna, Mon 2028-02-28, so "tomorrow" is 29 February and "by Wednesday" 1 March); clock
 * changes on the day (Edmonton forward, Sun 2026-03-08; Sydney forward, Sun 2027-10-03, with NSW
 * Labour Day the next day); Monday holidays (South Africa's Women's Day observed, 2026-08-10;
 * Colombia's Reyes festivo, 2027-01-11; the NT King's Birthday, Darwin, 2027-06-14; the WA King's
 * Birthday, Perth, 2026-09-28; Merdeka, Kuala Lumpur, 2026-08-31, also a month end); other holidays
 * and their eves (Oslo the Saturday before 17 May, 2026-05-16; Portugal Day, Lisbon, Wed
 * 2026-06-10; Belgian National Day, Tue 2026-07-21; Independence Day observed, Boise, Fri
 * 2026-07-03; the Friday before Canadian Thanksgiving, Vancouver, 2026-10-09; Remembrance Day, St.
 * John's, Wed 2026-11-11; the eve of Latvia's Proclamation Day, Riga, Tue 2026-11-17; Ascension
 * Day, Copenhagen, Thu 2027-05-06; the Sunday before Memorial Day, Denver, 2027-05-30; Pakistan's
 * Independence Day, Karachi, Sat 2027-08-14; the Nobel day, Stockholm, Thu 2026-12-10); quarter,
 * month and year ends (Amsterdam, Mon 2026-06-29, the day before Q2 ends; Australia's financial
 * year end, Hobart, Tue 2026-06-30; Japan's fiscal year end, Tokyo, Wed 2027-03-31; Dubai, Mon
 * 2026-11-30; New Year's Eve, Montevideo, Fri 2027-12-31, with due dates in 2028). Every due date
 * was written down as the reading it follows ("the coming Wednesday", "next week's Friday", "the
 * day before the 15th", "a week after the coming Thursday", "today + 14", "the month's last day")
 * and computed with a Node script (UTC `Date` arithmetic) that printed each date with its weekday
 * for a check by hand; `Intl` offsets on the day before and on `today` confirmed the two clock
 * changes. `check-part-b.mjs` (beside this file, importing nothing from the repo) prints each
 * dump's name, today, zone, length and counts, every due date with its weekday, the updates, the
 * open tasks left alone and the totals above, and checks the rules (ISO dates, no due date before
 * `today`, project keys all or none, one zone and one `today` per dump, the lengths).
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the
 * judgement calls of the eleventh to fifteenth fresh sets. Judgement calls a reader could dispute:
 * - nightshift: written at 03:10, so "today" is that Saturday; the kennel lines, "please call the
 *   owners", "recheck bloods at 8" and "someone needs to order [propofol] before Monday" are the day
 *   team's, no tasks; only the "Me" lines are hers; "before I leave" (the shift ends this morning)
 *   dates the incident form today, and "URGENT" makes it high; "my Tuesday shift" names the shift
 *   and dates nothing; "parade is tomorrow" (17 May) and "sleep. actually sleep." are no tasks.
 * - subtasks: a top-level `- [ ]` item with children ("Q2 close", "Website", "Intern hiring",
 *   "Noor's birthday (Fri 3 July)") is a group, not a task, as in the fourteenth set's `nested`,
 *   its bracketed day dropped from the name; top-level items without children are loose (`null`);
 *   "# week 27" is no group; `[x]` marks the open deck and bike-light tasks done, and "renew the
 *   domain → … moved to July 10" moves the open domain task (no new task); "end of Q2" is 30 June;
 *   "next Friday" said on Monday is 10 July; "the night before" counts back from the group's 3 July;
 *   "whenever" is low; the open van booking is left alone.
 * - repairs: "Me" is the landlord; the group name "Jacaranda Rd tenants" is no project (the dump
 *   groups nothing); the tenants' faults, rent and notice are theirs, and "please put the bins out
 *   Tuesday night" is asked of the tenants, no task of hers; "I'll check the account Friday" is a
 *   task; "advertise flat 4 next month" is 1 September; "the prepaid meter token issue … is sorted"
 *   marks the open task done and "the COC inspection … cancel that" cancels it; the time stamps date
 *   nothing; the open gutters task is left alone.
 * - guest: the opening line (the wedding on Saturday) is no task and no heading; "errands:",
 *   "pack Thursday night:" and "also:" sort by kind and are no groups; "pack Thursday night:" dates
 *   its lines Thursday and each line is one "Pack …" task; "green dress to the dry cleaner
 *   tomorrow" is "Take the green dress to the dry cleaner" on 29 February; "book TODAY" is today,
 *   capitals no priority; the hair appointment is her own, a task on Friday; "back Sunday night,
 *   straight to work Monday" and the hen do are no tasks.
 * - goals: "Payments SDK v2:", "Mentoring:" and "Health:" are groups; "What went well", "What
 *   didn't" and "Goals for next quarter (Apr–Jun)" are no groups and hold no tasks ("zero P1
 *   incidents" is no priority); the title line is no group and the arrow line under it is a loose
 *   task (Friday); "before the beta on 15 April" is the 14th, "before calibration on 9 April" the
 *   8th; the all-hands demo is a task on 20 May; "this week" said on Wednesday is Friday; "by
 *   mid-April" is the 15th; "P1" high, "(P2)" medium; "no Slack after 9pm" is a habit, no task; "ask
 *   in the Women in Tech Slack" is how to find the mentor, one task.
 * - autocorrect: titles correct the slips ("bet" vet, "waiter bill" water bill, "get has" get gas,
 *   "potato salsa" potato salad, "ducking" dropped); "before 6" is today; the cookout tomorrow is
 *   the Okafors' event, no task (its "!!" marks nothing), and "make the potato salsa tonight for it"
 *   is today; "Sunscreen + bug spray for the lake Saturday" is a purchase dated by the trip's day;
 *   the groceries line is one task; "Someday" is low.
 * - dinnerparty: the opening line ("Middag på lördag", dinner on Saturday) names the dinner and its
 *   day; it is no heading, groups nothing and dates none of the undated prep lines (chairs,
 *   tablecloth, asking Malin stay undated); the menu lines are a plan, no tasks, and cook times
 *   ("3.5h", "1h15", "6h") are no dates; the Friday shop is one task titled by its list; the
 *   Systembolaget line is one task on Friday; "Fri night:" and "Sat:" date their lines, two tasks
 *   each; "by then" after "Sunday morning" is Sunday, "!!" high.
 * - treasurer: the numbered topics are groups named without their numbers (as agenda topics are);
 *   the state carnival topic holds no task and is no group; "please chase your own teams" is the
 *   committee's, Fiona's invoices are Fiona's; "I'll do the final reconciliation tonight" (above
 *   the topics) and the bracketed own list are loose (`null`); "the acquittal is due 31 July. I'll
 *   draft the acquittal next week" is two tasks (31 July, and next week's Monday), as "VAT report
 *   due …, start gathering receipts next week" was; "this week" said on Tuesday is Friday;
 *   "whenever" is low for the last item only; tonight's meeting is no task.
 * - franglais: titles keep the mix; "demain" tomorrow, "avant vendredi" Thursday, "lundi prochain"
 *   next week's Monday (27 July), "le 24" the 24th, "c'est samedi" dates the present, "après-demain"
 *   the day after tomorrow, "ce soir" today; "book the Eurostar …, on part le 7 août" is undated
 *   (the trip's day is not the booking's); "urgent" high, "whenever" low; the parade and the
 *   neighbours' BBQ are no tasks, bringing the salad is.
 * - reminders: each item's date line is its due date ("Today, 9:00 AM", "Sat", "Mon", "Tue", "Oct
 *   31"); "Remind me to" leaves the title; "Remind me when I get home to water the herbs" is an
 *   undated task; `!!!` is high; the completed flu-shot item (no open task) is nothing; the notes
 *   line and the dinner are no tasks.
 * - labbook: the dated first line ("Lun 11/01/2027", today) is the entry's title, no date heading,
 *   so "split plate 3" stays undated; "Exp 42 (CRISPR KO, HEK293 line B)" is a group named without
 *   its bracket; "Obs:" and "Next:" are generic (`null`); the log lines in the past tense and
 *   Valentina's imaging are no tasks; "start puromycin selection tomorrow, so make up fresh puro
 *   stock tonight" is two tasks; "not my problem, but bring up the hood sash thing at lab meeting
 *   Thursday" is a task; "before lab meeting" is the day before that Thursday; "a 2h slot" is no
 *   date; "cert expired 30/12" is past, no date.
 * - bills: autopay lines are no tasks and their days no dates; "✅ paid last night" marks the open
 *   TNB bill done; "renewal is actually 15 Sept, so do it the week before" moves the open insurance
 *   to 8 September; "keeping it …, forget cancelling" cancels the open "Cancel Astro"; "due 1 Sept,
 *   transfer tmrw" is one task tomorrow; "before the 20th" is the 19th; "for her birthday on the
 *   7th" dates the gift; "!! … asap" is high; the open medical claim is left alone.
 * - terse: "for sat" dates the sardines (Saturday 13 June).
 * - prose: "before the weekend" is the Friday ahead; the gig in Carbonear is context, no task; "the
 *   programs need printing the week before" the recital on the 28th is "Print the programs" on the
 *   21st; Róisín's booking is hers, sending her the dates is the person's (Friday); "I have to be
 *   home for that" is a task on Thursday; "Bins out tonight" is today.
 * - dictation: "the chlorine drums came friday so thats done" marks the open order done; "the
 *   nightcliff quote ill get to them thursday now not wednesday" moves the open quote to Thursday;
 *   "the first aid refresher dont bother booking it the course got cancelled" cancels it; "ill shock
 *   her pool tomorrow arvo" is a task ("Shock her pool", the pronoun kept); "he needs it saturday"
 *   is Jase's, the drop-off is Friday; "mums birthday is the twentieth so get mum something …
 *   thursday night" is Thursday (the day said for the task over the birthday); "this week" on Monday
 *   is Friday; the open ute service is left alone.
 * - email: the reader is the person; "deal with it after the long weekend" dates nothing; the
 *   note's "order the seed potatoes" is an undated task; "before then" after "Tuesday 11 May" is
 *   Monday 10 May; "Everyone is expected to attend or pay the fee" makes attending a task on its
 *   day, and "bring gloves on the day" is that day too; the municipality's water, the board's walk
 *   round, the treasurer offer and "ask Per" are no tasks.
 * - meeting: the writer is Farah ("Farah (notes)"), so "Farah:", "Farah to", "me + Kwame" and
 *   "everyone" items are hers; Omar's, Divya's and Kwame's are not; topics are groups named without
 *   their number and bracket ("Ramadan pitch"), AOB none; "next Thursday" is next week's Thursday;
 *   "week of the 14th" is the 14th; "before they expire on the 15th" is the 14th; the next meeting
 *   is no task.
 * - uk-dates: "kiln element arrives Wed, fit it Thurs" is one task on Thursday; "load … 03/10,
 *   unload the kiln 05/10" is two tasks; "glaze order from Clayworks before the price rise on
 *   1/10!!" is 30 September and high; "pay it a week before" the rego's 09/10 is 2 October; "Thurs week" is
 *   8 October; "a fortnight today" is 12 October; "before they arrive" (14/10) is the 13th; the
 *   holiday line is no task.
 * - us-dates: "fireworks permit?? no wait the HOA does that, skip" is taken back; "buy ice + buns
 *   for the 4th" is 4 July, the date phrase leaving the title; "already paid ✓" is no task;
 *   "(meet is 7/11)" is the meet's day, the sign-up's is 7/8; the Labor Day campsite is undated (the
 *   holiday weekend names the stay, not the booking) and "ASAP" high.
 * - groups: "put the sign up today" is today (the 18th's holiday hours are context); the concert is
 *   no task, ironing is Thursday; "deadline the 20th" dates the sign-up; "ASAP" high; the last,
 *   unheaded line is loose (`null`), dated by "her name day is Saturday".
 * - label: titles keep the pronouns ("Pick her up for dinner", "Text him about the asado"); "at 8"
 *   is today; "text him today about the asado tomorrow" is today (tomorrow is the asado's);
 *   "call the cleaner about the 3rd" is undated (the 3rd is the call's topic); "new tenants arrive
 *   8 Jan" and the resolution are no tasks; "Me:" is loose (`null`).
 * - project: "For Hira's mehndi on the 28th" names the project "Hira's mehndi" and its own date
 *   dates none of its steps; Ammi's wish is the person's task (next week's Monday); "the day before
 *   we reopen on the 1st" is 31 August; "Separately," starts loose items; "it expires in October"
 *   dates nothing; Bilal's sound system and the street's celebrations are no tasks.
 * - conditions: plans resting on the chinook, the flight and the cold are tasks; the HELOC resting
 *   on the bank is none; "either way", "unless the school calls" and "whatever happens" make tasks;
 *   "once all the tax slips are in, book the accountant" is undated; "this week" said on a Sunday
 *   is the Friday ahead; the clock change is no task.
 * - long: "CAFE", "GARDEN (community)" and "HOME" are the projects "Cafe", "Garden" and "Home"; the
 *   two "also:"/"and" lines are loose; "tmrw, no wait they're shut, Tues" is Tuesday; "before Wed"
 *   is Tuesday; "deep clean the coolroom the day before!!" is the 18th (the inspection on the 19th
 *   is the inspector's) and high; "BAS due 28 Oct, send receipts to Vinh this week" is two tasks
 *   (the 28th, and the Friday ahead); "before term starts on the 11th" is Sunday the 10th; "party's
 *   next Saturday" said on a Sunday is 9 October; "storms forecast Thurs, clean out the gutters
 *   before then" is Wednesday; "call Mum re Christmas plans" is a topic, undated; "asap" and "!!"
 *   high, "whenever" low; "pilates Mon + Wed 7am as usual" is a routine, no task; the opening line
 *   (clocks, the long weekend) holds none.
 *
 */

const KNIVES = 'a16a0000-5e0f-4c11-9a05-000000000501';
const GRINDER = 'a16a0000-5e0f-4c11-9a05-000000000502';
const STALL_PERMIT = 'a16a0000-5e0f-4c11-9a05-000000000503';
const BUTCHER_QUOTE = 'a16a0000-5e0f-4c11-9a05-000000000504';

const MELE_FLIGHT = 'a16a0000-5e0f-4c11-9a05-000000000801';
const HALL_BOND = 'a16a0000-5e0f-4c11-9a05-000000000802';
const MUM_PHOTOS = 'a16a0000-5e0f-4c11-9a05-000000000803';

const RENAL_UNIT = 'a16a0000-5e0f-4c11-9a05-000000001001';
const QUESTIONNAIRE = 'a16a0000-5e0f-4c11-9a05-000000001002';
const NCT = 'a16a0000-5e0f-4c11-9a05-000000001003';
const PRESENT = 'a16a0000-5e0f-4c11-9a05-000000001004';

const CONTRACTS = 'a16a0000-5e0f-4c11-9a05-000000002401';
const TASTING = 'a16a0000-5e0f-4c11-9a05-000000002402';
const BADGES = 'a16a0000-5e0f-4c11-9a05-000000002403';
const VENUE_INSURANCE = 'a16a0000-5e0f-4c11-9a05-000000002404';
const TRANSLATION = 'a16a0000-5e0f-4c11-9a05-000000002405';
const DENTIST_CHECKUP = 'a16a0000-5e0f-4c11-9a05-000000002406';

const partA: EvalCase[] = [
  {
    name: 'terse beekeeper in a Slovenian winter, the Monday before leap day',
    today: '2028-02-28',
    timezone: 'Europe/Ljubljana',
    text: [
      '- heft the hives again, esp. the two by the walnut',
      '- fondant for hive 4 + 7 tomorrow',
      '- mild all week, they were flying on sunday',
      '- order 30 new frames from Žnidaršič',
      '- varroa board counts by wed',
      '- melt down the old comb',
      '- paint the new supers before March!!',
      '- pay the Čebelarska zveza membership by end of month',
      '- clean the smoker',
      '- ask Marjeta if she still wants 2 nucs in May',
      '- print handouts for the school bee talk (thurs)',
      '- jar labels, the 250g ones',
      '- sort the swarm photos for the club newsletter, whenever',
    ].join('\n'),
    tasks: [
      { title: 'Heft the hives again, esp. the two by the walnut', due: null },
      { title: 'Fondant for hive 4 + 7', due: '2028-02-29' },
      { title: 'Order 30 new frames from Žnidaršič', due: null },
      { title: 'Varroa board counts', due: '2028-03-01' },
      { title: 'Melt down the old comb', due: null },
      { title: 'Paint the new supers', due: '2028-02-29', priority: 'high' },
      { title: 'Pay the Čebelarska zveza membership', due: '2028-02-29' },
      { title: 'Clean the smoker', due: null },
      { title: 'Ask Marjeta if she still wants 2 nucs in May', due: null },
      { title: 'Print handouts for the school bee talk', due: '2028-03-02' },
      { title: 'Jar labels, the 250g ones', due: null },
      { title: 'Sort the swarm photos for the club newsletter', due: null, priority: 'low' },
    ],
  },
  {
    name: 'comma night-shift baker in Porto on São João eve',
    today: '2027-06-23',
    timezone: 'Europe/Lisbon',
    text: "40 extra broas for tonight, flour order to Ceres by fri, fix the proofer door, sardine bread trial, descale oven 2, ask Rui to cover my sat shift, payslips to Dona Fátima, dentist mon 10am, plastic hammer for Inês, shop's shut on the 24th anyway, new banneton liners, repaint the bench whenever",
    tasks: [
      { title: '40 extra broas', due: '2027-06-23' },
      { title: 'Flour order to Ceres', due: '2027-06-25' },
      { title: 'Fix the proofer door', due: null },
      { title: 'Sardine bread trial', due: null },
      { title: 'Descale oven 2', due: null },
      { title: 'Ask Rui to cover my Sat shift', due: null },
      { title: 'Payslips to Dona Fátima', due: null },
      { title: 'Dentist', due: '2027-06-28' },
      { title: 'Plastic hammer for Inês', due: null },
      { title: 'New banneton liners', due: null },
      { title: 'Repaint the bench', due: null, priority: 'low' },
    ],
  },
  {
    name: "prose retired judge in Hobart on New Year's Day",
    today: '2027-01-01',
    timezone: 'Australia/Hobart',
    text: "New Year's Day and the house is finally quiet, the grandchildren went back to Launceston this morning. I've been meaning to write things down properly since I retired, so here goes. The Law Society wants my memoir chapter on the Franklin Dam cases by the end of the month, which seemed generous in October and now feels like a threat. I ought to ring Bernard tomorrow about Sunday's sailing, he never remembers to confirm. Margaret's hip appointment is on Tuesday at the Royal and I've promised to drive her, so I must get the car's registration sorted before then; apparently it lapsed over Christmas. The roses by the fence need deadheading and the gutters want clearing of gum leaves again. I keep saying I'll sort through the old judgment notebooks for the university archive, so I'll make a start next week. I should also return the library's copy of the Inglis Clark biography, it was due before Christmas, and send the Hendersons a thank-you card for the pudding. And buy the new reading glasses I've been squinting without.",
    tasks: [
      { title: 'Memoir chapter on the Franklin Dam cases for the Law Society', due: '2027-01-31' },
      { title: "Ring Bernard about Sunday's sailing", due: '2027-01-02' },
      { title: 'Drive Margaret to her hip appointment', due: '2027-01-05' },
      { title: "Get the car's registration sorted", due: '2027-01-04' },
      { title: 'Deadhead the roses by the fence', due: null },
      { title: 'Clear the gutters of gum leaves', due: null },
      { title: 'Sort through the old judgment notebooks for the university archive', due: '2027-01-04' },
      { title: "Return the library's copy of the Inglis Clark biography", due: null },
      { title: 'Send the Hendersons a thank-you card for the pudding', due: null },
      { title: 'Buy the new reading glasses', due: null },
    ],
  },
  {
    name: 'dictation tow-truck driver in Illinois the day before Labor Day',
    today: '2027-09-05',
    timezone: 'America/Chicago',
    text: "ok so labor day tomorrow which means every idiot on I-55 is going to need a tow so first thing I gotta get the flatbed's winch cable swapped tonight and call Dwayne at the yard about the impound lot gate it's been sticking all week then I need to invoice State Farm for the Ramirez pickup the one from thursday and renew my DOT medical card it expires on the 14th and pick up a case of flares and some zip ties at Fleet Farm today and sometime this week get the oil changed on truck 2 oh and Kenzie's volleyball tournament is saturday I told her I'd make the orange slices for the team and remind me to text Tasha happy birthday on tuesday",
    tasks: [
      { title: "Get the flatbed's winch cable swapped", due: '2027-09-05' },
      { title: 'Call Dwayne at the yard about the impound lot gate', due: null },
      { title: 'Invoice State Farm for the Ramirez pickup', due: null },
      { title: 'Renew my DOT medical card', due: '2027-09-14' },
      { title: 'Pick up a case of flares and some zip ties at Fleet Farm', due: '2027-09-05' },
      { title: 'Get the oil changed on truck 2', due: '2027-09-10' },
      { title: 'Make the orange slices for the team', due: '2027-09-11' },
      { title: 'Text Tasha happy birthday', due: '2027-09-07' },
    ],
  },
  {
    name: 'dictation correcting itself, a mobile knife sharpener in Perth the day after WA Day',
    today: '2027-06-08',
    timezone: 'Australia/Perth',
    open: [
      { id: KNIVES, title: 'Sharpen the knives for Little Fish café', due_date: '2027-06-09' },
      { id: GRINDER, title: 'Service the belt grinder', due_date: null },
      { id: STALL_PERMIT, title: 'Renew the market stall permit', due_date: '2027-06-30' },
      { id: BUTCHER_QUOTE, title: 'Quote for the Fremantle butcher', due_date: '2027-06-10' },
    ],
    text: "right so the little fish knives they rang theyre closed wednesday for a stocktake so push that to tuesday no wait today's tuesday I mean thursday and the fremantle butcher quote scratch that he went with someone else so just forget it then buy a new leather strop from the supply place tomorrow actually no they dont open till friday so friday and buy twenty no wait thirty of the small blade guards and call mum about the long weekend oh and the belt grinder I serviced it yesterday since it was the public holiday and nobody wanted anything so tick that off and I've got the subiaco market saturday so load the van friday night and get change from the bank thursday no wait I'm at little fish all thursday so friday morning and post the invoices to the two restaurants in leederville by the end of the week",
    tasks: [
      { title: 'Buy a new leather strop from the supply place', due: '2027-06-11' },
      { title: 'Buy thirty of the small blade guards', due: null },
      { title: 'Call mum about the long weekend', due: null },
      { title: 'Load the van', due: '2027-06-11' },
      { title: 'Get change from the bank', due: '2027-06-11' },
      { title: 'Post the invoices to the two restaurants in Leederville', due: '2027-06-11' },
    ],
    updates: [
      { task_id: KNIVES, due: '2027-06-10' },
      { task_id: BUTCHER_QUOTE, status: 'cancelled' },
      { task_id: GRINDER, status: 'done' },
    ],
  },
  {
    name: "slack weekend editor at a Detroit news site the day before New Year's Eve",
    today: '2027-12-30',
    timezone: 'America/Detroit',
    text: [
      '(me = Renée, pasted from #metro-desk)',
      '',
      'Kwame Osei  9:02 AM',
      'morning all. skeleton crew till New Year, NYE live blog starts tomorrow at 6',
      'Renée Gauthier  9:05 AM',
      "I'll take the first shift on the live blog. @Kwame can you make sure the fireworks photographer has a press pass?",
      'Kwame Osei  9:06 AM',
      'on it',
      'Lorna Bigelow  9:14 AM',
      '@Renée the year-in-review gallery still needs captions on slides 14-30, can you get those done today?',
      'Renée Gauthier  9:15 AM',
      'yep',
      'Lorna Bigelow  9:16 AM',
      'also someone needs to update the snow emergency explainer if the city declares one tonight',
      'Dev Patel  9:20 AM',
      "I'll take the explainer",
      'Lorna Bigelow  9:22 AM',
      '@Renée please file your expenses from the Lansing trip by Jan 7, finance is being strict',
      'Renée Gauthier  9:23 AM',
      'will do. can someone read my water rates piece before Monday? it runs Tuesday',
      'Dev Patel  9:24 AM',
      "send it over, I'll read it Sunday",
      'Renée Gauthier  9:25 AM',
      "thanks!! I'll send it tonight",
      'Kwame Osei  9:31 AM',
      "Renée, the mayor's office called, they want to move the interview. can you call them back today?",
      'Renée Gauthier  9:32 AM',
      'calling now',
      'Lorna Bigelow  9:40 AM',
      "and could you pull the 2027 most-read list for Monday's newsletter?",
      'Renée Gauthier  9:41 AM',
      "sure, I'll do it Sunday",
    ].join('\n'),
    tasks: [
      { title: 'Take the first shift on the live blog', due: '2027-12-31' },
      { title: 'Captions on slides 14-30 of the year-in-review gallery', due: '2027-12-30' },
      { title: 'File my expenses from the Lansing trip', due: '2028-01-07' },
      { title: 'Send Dev the water rates piece', due: '2027-12-30' },
      { title: "Call the mayor's office back", due: '2027-12-30' },
      { title: "Pull the 2027 most-read list for Monday's newsletter", due: '2028-01-02' },
    ],
  },
  {
    name: "email guide-dog puppy raiser in Vancouver at the month's end",
    today: '2027-08-31',
    timezone: 'America/Vancouver',
    text: [
      'Subject: Juniper – September check-in + a few reminders',
      '',
      'Hi Callum,',
      '',
      'Hope you and Juniper survived the heat wave! A few things before the new class starts:',
      '',
      "1. Juniper's 6-month vet check is due. Please book it with Dr. Amrani's clinic this week.",
      '2. Could you fill in the monthly progress form by Friday? Same link as last time.',
      '3. Her dog licence with the City expired in July – please renew it online.',
      '4. The group outing on the SkyTrain is Saturday, September 11. Meet at Commercial–Broadway station at 9:30, and bring her blue jacket and a water bowl.',
      "5. We're short of puppy-raiser handbooks, so please drop your old-edition copy back at the office next time you're in.",
      "6. Marisol is collecting photos for the fall newsletter – send her two or three by September 8 if you'd like Juniper featured.",
      '',
      'Heads-up: the office is closed Monday for Labour Day.',
      '',
      'Thanks so much, and give Juniper a scratch from me.',
      'Warmly,',
      'Dana Whitfield',
      'Puppy Raising Coordinator',
      '',
      "me: order the bigger crate before the outing, she's outgrown the medium",
    ].join('\n'),
    tasks: [
      { title: "Book Juniper's 6-month vet check with Dr. Amrani's clinic", due: '2027-09-03' },
      { title: 'Fill in the monthly progress form', due: '2027-09-03' },
      { title: 'Renew her dog licence with the City', due: null },
      { title: 'Group outing on the SkyTrain', due: '2027-09-11' },
      { title: 'Bring her blue jacket and a water bowl', due: '2027-09-11' },
      { title: 'Drop my old-edition handbook back at the office', due: null },
      { title: 'Order the bigger crate', due: '2027-09-10' },
    ],
  },
  {
    name: 'whatsapp family chat in Auckland on the Waitangi Day Monday',
    today: '2027-02-08',
    timezone: 'Pacific/Auckland',
    open: [
      { id: MELE_FLIGHT, title: "Book Mele's flight to Dunedin", due_date: '2027-02-10' },
      { id: HALL_BOND, title: 'Pay the hall bond for Mele', due_date: null },
      { id: MUM_PHOTOS, title: "Get Mum's passport photos done", due_date: '2027-02-10' },
    ],
    text: [
      "(fam chat, I'm Losa)",
      "[8/02/27, 8:47 am] Dad: Morning all, happy Waitangi Day 🇳🇿 Mele flies out Saturday so let's get organised",
      "[8/02/27, 8:52 am] Losa: flight's booked already, did it last night 👍 11:40 from AKL",
      '[8/02/27, 8:53 am] Mum: Thank you darling ❤️',
      "[8/02/27, 8:55 am] Mele: can someone take me to get a duvet and a kettle, the hall doesn't supply them",
      "[8/02/27, 8:58 am] Losa: I'll take you to Kmart tomorrow after work",
      '[8/02/27, 9:01 am] Sione: I can drop her to the airport Sat',
      '[8/02/27, 9:03 am] Mum: Losa can you pay the hall bond too, Uncle Feleti says the deadline is the 15th',
      '[8/02/27, 9:04 am] Losa: yep, Thursday when I get paid',
      "[8/02/27, 9:10 am] Dad: Someone needs to ring the bank about Mele's student account",
      "[8/02/27, 9:12 am] Mele: I'll do it myself Dad 🙄",
      '[8/02/27, 9:20 am] Mum: Family dinner Friday night for her send-off, everyone bring a plate',
      "[8/02/27, 9:21 am] Losa: I'll bring the chop suey",
      "[8/02/27, 9:25 am] Sione: who's doing the cake",
      "[8/02/27, 9:26 am] Losa: I'll order one from Ma's Bakery and pick it up Friday",
    ].join('\n'),
    tasks: [
      { title: 'Take Mele to Kmart to get a duvet and a kettle', due: '2027-02-09' },
      { title: 'Bring the chop suey', due: '2027-02-12' },
      { title: "Order a cake from Ma's Bakery", due: null },
      { title: 'Pick up the cake', due: '2027-02-12' },
    ],
    updates: [
      { task_id: MELE_FLIGHT, status: 'done' },
      { task_id: HALL_BOND, due: '2027-02-11' },
    ],
  },
  {
    name: 'meeting community choir committee in Halifax on Remembrance Day, the secretary taking notes',
    today: '2027-11-11',
    timezone: 'America/Halifax',
    text: [
      'Harbour Voices committee – Thu 11 Nov (short one, after the Remembrance service)',
      'Present: Gwen (chair), Arjun, Bernadette, Tomás, me (Ffion, taking notes)',
      '',
      "1. Christmas concert – Sat 11 Dec, St. Matthew's",
      '- Arjun to book the piano tuner for the week before',
      '- me: send the poster to the printer by Monday',
      '- Bernadette will sort the mulled cider licence',
      '- everyone: sell 10 tickets each before the 1st',
      '- me to book the church hall for the dress rehearsal (Thu 9 Dec) this week',
      '',
      '2. Money',
      '- dues still outstanding for 6 members – me to email them a reminder tomorrow',
      '- new bank signing form, Gwen + me to sign at the branch next week',
      '- the Arts Council grant came through!!',
      '',
      '3. Music',
      '- Gwen wants the alto folders redone, me + Arjun on Saturday',
      '- order 40 copies of the Rutter before the end of the month – URGENT, they take 3 weeks to arrive',
      '',
      'AOB',
      '- Bernadette is moving to Truro in the new year, we need a new librarian',
      '- next meeting Thu 25 Nov',
    ].join('\n'),
    tasks: [
      { title: 'Send the poster to the printer', due: '2027-11-15', project: 'Christmas concert' },
      { title: 'Sell 10 tickets', due: '2027-11-30', project: 'Christmas concert' },
      { title: 'Book the church hall for the dress rehearsal', due: '2027-11-12', project: 'Christmas concert' },
      { title: 'Email the 6 members a reminder about their dues', due: '2027-11-12', project: 'Money' },
      { title: 'Sign the new bank signing form at the branch', due: '2027-11-15', project: 'Money' },
      { title: 'Redo the alto folders', due: '2027-11-13', project: 'Music' },
      { title: 'Order 40 copies of the Rutter', due: '2027-11-30', project: 'Music', priority: 'high' },
    ],
  },
  {
    name: 'feelings dialysis patient in Dublin on the Sunday before the October bank holiday',
    today: '2027-10-24',
    timezone: 'Europe/Dublin',
    open: [
      { id: RENAL_UNIT, title: 'Ring the renal unit about the Tuesday slot', due_date: null },
      { id: QUESTIONNAIRE, title: 'Fill in the transplant assessment questionnaire', due_date: '2027-10-27' },
      { id: NCT, title: 'Book the NCT', due_date: '2027-10-28' },
      { id: PRESENT, title: "Get Aoibheann's birthday present", due_date: '2027-10-29' },
    ],
    text: "Bit of a weepy one. Three sessions this week and Friday's left me wrecked, the cramps were awful. I hate that the machine decides my week for me. Dad keeps saying I'm doing great but he's not the one with the needles. Anyway. I did finally ring the renal unit on Friday and they're moving me to the Tuesday/Thursday/Saturday slot from November, so that's one thing off the list. The transplant questionnaire is sitting on the table glaring at me and honestly I'm scared of it, I'll do it next weekend when I have more energy. I need to phone the pharmacy tomorrow about the phosphate binders, oh wait tomorrow's the bank holiday, Tuesday then. Should really drink less tea. I want to get back to the sea swimming at the Forty Foot in the spring, I'll ask the nurse about it on Tuesday too. Aoibheann's present is sorted, Mam got it for me. I just want one normal week.",
    tasks: [
      { title: 'Phone the pharmacy about the phosphate binders', due: '2027-10-26' },
      { title: 'Ask the nurse about sea swimming at the Forty Foot', due: '2027-10-26' },
    ],
    updates: [
      { task_id: RENAL_UNIT, status: 'done' },
      { task_id: QUESTIONNAIRE, due: '2027-10-30' },
      { task_id: PRESENT, status: 'done' },
    ],
  },
  {
    name: 'us-dates pool manager in Colorado on Memorial Day',
    today: '2027-05-31',
    timezone: 'America/Denver',
    text: [
      "Pool opens Saturday 6/5 so this week is nuts. Memorial Day today and I'm still here.",
      '- chlorine delivery Wed 6/2, be there at 7am to sign for it',
      '- lifeguard schedule posted by EOD Friday',
      "- book the rec center room for Kayla + Jordan's CPR recert this week",
      '- fix the deep end ladder before opening',
      '- swim lesson signups close 6/15, email the parents Tues',
      '- health dept inspection Thurs 6/3 – have the chemical logs printed the day before',
      '- order ice cream bars + freezer pops for the snack bar',
      "- pay the Xcel bill, it's due 6/10",
      '- call the county about the cracked deck tile today if anyone picks up',
      '- oil change',
      "- Mom's bday 6/12, mail her card by 6/8",
    ].join('\n'),
    tasks: [
      { title: 'Sign for the chlorine delivery', due: '2027-06-02' },
      { title: 'Post the lifeguard schedule', due: '2027-06-04' },
      { title: "Book the rec center room for Kayla + Jordan's CPR recert", due: '2027-06-04' },
      { title: 'Fix the deep end ladder', due: '2027-06-04' },
      { title: 'Email the parents about swim lesson signups', due: '2027-06-01' },
      { title: 'Have the chemical logs printed', due: '2027-06-02' },
      { title: 'Order ice cream bars + freezer pops for the snack bar', due: null },
      { title: 'Pay the Xcel bill', due: '2027-06-10' },
      { title: 'Call the county about the cracked deck tile', due: '2027-05-31' },
      { title: 'Oil change', due: null },
      { title: "Mail Mom's bday card", due: '2027-06-08' },
    ],
  },
  {
    name: 'uk-dates cricket club groundsman in Derbyshire at the quarter end',
    today: '2028-03-31',
    timezone: 'Europe/London',
    text: [
      "Season's nearly on us. First home game is Sat 22/4 v Ashby.",
      '- square needs its first cut Weds week',
      "- roller's back from the menders on the 11th, ring them Monday to check it's actually fixed",
      '- sightscreens painted by 15/4',
      "- order 20 bags of loam (Jim says Cuthbert's are cheapest)",
      '- get the tear in the covers patched before the game',
      '- club insurance runs out 30/04, renew it',
      '- subs reminders out a fortnight on Monday',
      '- ask Pam about the tea rota, she did it last year',
      '- my car tax runs out 1/5 – sort it a week on Tuesday',
      '- dentist 12/4 9.15',
    ].join('\n'),
    tasks: [
      { title: 'Give the square its first cut', due: '2028-04-12' },
      { title: "Ring the menders to check the roller's actually fixed", due: '2028-04-03' },
      { title: 'Get the sightscreens painted', due: '2028-04-15' },
      { title: 'Order 20 bags of loam', due: null },
      { title: 'Get the tear in the covers patched', due: '2028-04-21' },
      { title: 'Renew the club insurance', due: '2028-04-30' },
      { title: 'Subs reminders out', due: '2028-04-17' },
      { title: 'Ask Pam about the tea rota', due: null },
      { title: 'Sort my car tax', due: '2028-04-11' },
      { title: 'Dentist', due: '2028-04-12' },
    ],
  },
  {
    name: 'foreign-dates chocolatier in Brussels with French and Dutch, the eve of the national day',
    today: '2027-07-20',
    timezone: 'Europe/Brussels',
    text: [
      "Tomorrow's 21 juillet, atelier closed and the défilé blocks half the city, don't even try to drive.",
      "- temper the new batch of 70% demain matin – no wait, atelier's closed, jeudi then",
      '- pick up the moulds from Dewulf in Anderlecht vóór vrijdag',
      '- pay the huur tegen het einde van de maand',
      '- call the gemeente about the parking permit overmorgen',
      "- Maman's birthday is samedi, order her flowers from the shop on Rue Haute",
      '- send the dossier for the SVMB course avant la fin du mois',
      '- clean the enrober volgende week',
      '- dentist lundi prochain 14h',
      "- buy a fan for the flat zondag if the Brico's open",
      '- ask Pieter if he still needs his moulds back, whenever',
    ].join('\n'),
    tasks: [
      { title: 'Temper the new batch of 70%', due: '2027-07-22' },
      { title: 'Pick up the moulds from Dewulf in Anderlecht', due: '2027-07-22' },
      { title: 'Pay the huur', due: '2027-07-31' },
      { title: 'Call the gemeente about the parking permit', due: '2027-07-22' },
      { title: 'Order flowers for Maman from the shop on Rue Haute', due: '2027-07-24' },
      { title: 'Send the dossier for the SVMB course', due: '2027-07-31' },
      { title: 'Clean the enrober', due: '2027-07-26' },
      { title: 'Dentist', due: '2027-07-26' },
      { title: 'Buy a fan for the flat', due: '2027-07-25' },
      { title: 'Ask Pieter if he still needs his moulds back', due: null, priority: 'low' },
    ],
  },
  {
    name: 'emoji rink manager in Edmonton on Boxing Day',
    today: '2027-12-26',
    timezone: 'America/Edmonton',
    text: [
      '🎄 survived Christmas. back at the rink tmrw, the Boxing Day public skate was a zoo 🙃',
      '⛸️ zamboni blade sharpened before Tues',
      '🧊 ice check 6am tomorrow',
      '📞 call the Oilers alumni guy re: the Jan 9 charity game',
      '🧾 December timesheets in by the 31st',
      '🎆 NYE skate – buy glow sticks + noisemakers',
      '🔧 fix the skate sharpener (again 😤)',
      '☕ order more cups for the hot chocolate machine',
      "🎁 return Dad's sweater this week (wrong size 🙈)",
      '🚗 winter tires… already on ✅',
      "🏒 Liam's hockey tournament in Red Deer in Jan, book the hotel ASAP 🔥",
    ].join('\n'),
    tasks: [
      { title: 'Get the zamboni blade sharpened', due: '2027-12-27' },
      { title: 'Ice check', due: '2027-12-27' },
      { title: 'Call the Oilers alumni guy re: the Jan 9 charity game', due: null },
      { title: 'Get the December timesheets in', due: '2027-12-31' },
      { title: 'Buy glow sticks + noisemakers', due: '2027-12-31' },
      { title: 'Fix the skate sharpener', due: null },
      { title: 'Order more cups for the hot chocolate machine', due: null },
      { title: "Return Dad's sweater", due: '2027-12-31' },
      { title: "Book the hotel for Liam's hockey tournament in Red Deer", due: null, priority: 'high' },
    ],
  },
  {
    name: 'project repair café organiser in Stockholm at the quarter end, one effort then loose items',
    today: '2027-09-30',
    timezone: 'Europe/Stockholm',
    text: "For the repair café at the library on the 16th I still have to print the flyers this weekend, find two more volunteers who can solder, borrow the extra tables from the scout hall and ask Ingrid whether the library's insurance covers us. I also want to send the volunteers a briefing email the week before. Apart from that, the car has to go in for its besiktning before the end of October, Elsa's parent-teacher meeting is on Tuesday at 17:30 and I said I'd go, and I should really cancel the gym membership I never use. Oh, and pick up the winter tyres from the tyre hotel on Saturday. Quarter end at work today too, so nothing else will get done.",
    tasks: [
      { title: 'Print the flyers', due: '2027-10-02', project: 'Repair café' },
      { title: 'Find two more volunteers who can solder', due: null, project: 'Repair café' },
      { title: 'Borrow the extra tables from the scout hall', due: null, project: 'Repair café' },
      { title: "Ask Ingrid whether the library's insurance covers us", due: null, project: 'Repair café' },
      { title: 'Send the volunteers a briefing email', due: '2027-10-09', project: 'Repair café' },
      { title: 'Take the car in for its besiktning', due: '2027-10-31', project: null },
      { title: "Go to Elsa's parent-teacher meeting", due: '2027-10-05', project: null },
      { title: 'Cancel the gym membership', due: null, project: null },
      { title: 'Pick up the winter tyres from the tyre hotel', due: '2027-10-02', project: null },
    ],
  },
  {
    name: "project mosque treasurer in Sydney at the month's end after the financial year, two efforts then loose items",
    today: '2026-07-31',
    timezone: 'Australia/Sydney',
    text: "Two big things on my plate for the masjid. The annual audit first: before the AGM on 23 August I need to get the June bank statements from Westpac, reconcile the donation box counts against the deposits and send everything to Mr Haddad, our auditor. He also asked for the building insurance certificate, I'll email it to him tomorrow. Then the winter blanket appeal: the flyer has to be approved by the committee, so I'll bring it to Sunday's meeting, and the online donation page needs setting up by the 10th. I should also ask Brother Yusuf whether the hall storeroom is big enough for the blankets or we need to hire a storage unit. Outside the masjid, it's the end of the month, so pay the rent today, ring the garage next week about the car service, and help Amira with her science project on the weekend.",
    tasks: [
      { title: 'Get the June bank statements from Westpac', due: '2026-08-22', project: 'Annual audit' },
      { title: 'Reconcile the donation box counts against the deposits', due: '2026-08-22', project: 'Annual audit' },
      { title: 'Send everything to Mr Haddad', due: '2026-08-22', project: 'Annual audit' },
      { title: 'Email Mr Haddad the building insurance certificate', due: '2026-08-01', project: 'Annual audit' },
      { title: "Bring the flyer to Sunday's meeting", due: '2026-08-02', project: 'Winter blanket appeal' },
      { title: 'Set up the online donation page', due: '2026-08-10', project: 'Winter blanket appeal' },
      {
        title: 'Ask Brother Yusuf whether the hall storeroom is big enough for the blankets',
        due: null,
        project: 'Winter blanket appeal',
      },
      { title: 'Pay the rent', due: '2026-07-31', project: null },
      { title: 'Ring the garage about the car service', due: '2026-08-03', project: null },
      { title: 'Help Amira with her science project', due: '2026-08-01', project: null },
    ],
  },
  {
    name: "label mobile hairdresser in Durban the day before Women's Day",
    today: '2027-08-08',
    timezone: 'Africa/Johannesburg',
    text: [
      "Week ahead (Women's Day tomorrow, no bookings thank goodness)",
      '',
      'Gogo Dlamini: trim + set Tuesday 10am, bring the rollers she likes',
      'Mrs Pillay: colour on Thursday, order her shade (6.3) by tomorrow',
      "Mr van Wyk: he's in hospital, so cancel his Wednesday cut, and send flowers from all of us",
      'Sunrise Care Home: 4 ladies for wash and set Friday morning, confirm numbers with matron on Wednesday',
      'Thandi (my niece): matric dance hair on the 21st!! practise the updo on her Saturday',
      'Me: renew the car licence disc before the 31st, buy new shears, book my own hair appt whenever',
    ].join('\n'),
    tasks: [
      { title: 'Trim + set', due: '2027-08-10', project: 'Gogo Dlamini' },
      { title: 'Bring the rollers she likes', due: '2027-08-10', project: 'Gogo Dlamini' },
      { title: 'Colour', due: '2027-08-12', project: 'Mrs Pillay' },
      { title: 'Order her shade (6.3)', due: '2027-08-09', project: 'Mrs Pillay' },
      { title: 'Cancel his Wednesday cut', due: null, project: 'Mr van Wyk' },
      { title: 'Send flowers from all of us', due: null, project: 'Mr van Wyk' },
      { title: '4 ladies for wash and set', due: '2027-08-13', project: 'Sunrise Care Home' },
      { title: 'Confirm numbers with matron', due: '2027-08-11', project: 'Sunrise Care Home' },
      { title: 'Matric dance hair', due: '2027-08-21', project: 'Thandi', priority: 'high' },
      { title: 'Practise the updo on her', due: '2027-08-14', project: 'Thandi' },
      { title: 'Renew the car licence disc', due: '2027-08-30', project: null },
      { title: 'Buy new shears', due: null, project: null },
      { title: 'Book my own hair appt', due: null, project: null, priority: 'low' },
    ],
  },
  {
    name: 'groups school librarian in Los Angeles on leap day',
    today: '2028-02-29',
    timezone: 'America/Los_Angeles',
    text: [
      'Leap day! Bonus day and still not enough hours.',
      '',
      '## Library',
      '- shelve the returns cart before 1st period tomorrow',
      '- Read Across America is Thurs 3/2, set up the Dr. Seuss display Wednesday',
      '- overdue notices to homeroom teachers by Friday',
      '- weed the 500s (so many dinosaur books from 1987)',
      '- ask Mr. Okafor about the Chromebook cart',
      '',
      '## Book fair',
      '- confirm the Scholastic delivery date',
      '- recruit 6 parent volunteers ASAP',
      '- make the wish list forms',
      '- fair runs Mar 13–17, count the cash box float the Friday before',
      '',
      '## Home',
      "- get Mia's passport photos done this weekend (Dad's taking her to the appointment 3/8)",
      '- pay the water bill (due 3/3)',
      "- call Grandma, it's her actual birthday today 🎂 (she's 20 in leap years lol)",
      '',
      'also renew my library association membership before it lapses at the end of March',
    ].join('\n'),
    tasks: [
      { title: 'Shelve the returns cart', due: '2028-03-01', project: 'Library' },
      { title: 'Set up the Dr. Seuss display', due: '2028-03-01', project: 'Library' },
      { title: 'Overdue notices to homeroom teachers', due: '2028-03-03', project: 'Library' },
      { title: 'Weed the 500s', due: null, project: 'Library' },
      { title: 'Ask Mr. Okafor about the Chromebook cart', due: null, project: 'Library' },
      { title: 'Confirm the Scholastic delivery date', due: null, project: 'Book fair' },
      { title: 'Recruit 6 parent volunteers', due: null, project: 'Book fair', priority: 'high' },
      { title: 'Make the wish list forms', due: null, project: 'Book fair' },
      { title: 'Count the cash box float', due: '2028-03-10', project: 'Book fair' },
      { title: "Get Mia's passport photos done", due: '2028-03-04', project: 'Home' },
      { title: 'Pay the water bill', due: '2028-03-03', project: 'Home' },
      { title: 'Call Grandma', due: '2028-02-29', project: 'Home' },
      { title: 'Renew my library association membership', due: '2028-03-31', project: null },
    ],
  },
  {
    name: 'conditions open-water swim coach in Copenhagen the day before Grundlovsdag',
    today: '2027-06-04',
    timezone: 'Europe/Copenhagen',
    text: "Grundlovsdag tomorrow, so the club's shut, but the sea isn't. If the water's above 15 degrees tomorrow morning I'll take the masters group out to the buoy line at Amager Strand. Either way I need to check the safety boat's fuel tonight. Unless Mikkel can cover Sunday, I'll run the beginners' session myself, so print the new course maps before then. If it rains on Sunday afternoon, clean out the boat shed. When the new wetsuits arrive, label them with the club numbers. If Søren's knee is still bad he won't swim the Øresund relay in August, but that's his call. Whatever happens, email the parents about the junior camp fee on Monday. If the bank approves the club's loan we'll buy a second boat, but that's for the board to decide. And renew my lifeguard certificate before it expires on the 20th.",
    tasks: [
      { title: 'Take the masters group out to the buoy line at Amager Strand', due: '2027-06-05' },
      { title: "Check the safety boat's fuel", due: '2027-06-04' },
      { title: "Run the beginners' session", due: '2027-06-06' },
      { title: 'Print the new course maps', due: '2027-06-05' },
      { title: 'Clean out the boat shed', due: '2027-06-06' },
      { title: 'Label the new wetsuits with the club numbers', due: null },
      { title: 'Email the parents about the junior camp fee', due: '2027-06-07' },
      { title: 'Renew my lifeguard certificate', due: '2027-06-19' },
    ],
  },
  {
    name: 'todoist wedding-cake maker in Toronto on the Saturday of the Victoria Day weekend',
    today: '2027-05-22',
    timezone: 'America/Toronto',
    text: [
      'Inbox (pasted from Todoist)',
      '- Finalize the Dasilva tiers sketch #orders p1 tomorrow',
      '- Order 10kg fondant #orders p2',
      '- Call the venue about fridge space for the Nguyen cake #orders Wed',
      '- Deep clean the mixer #kitchen every Sunday',
      '- Sharpen the palette knives #kitchen p4',
      '- Water the herb pots #kitchen every 3 days starting today',
      '- Post on Instagram #admin every Tue and Fri',
      '- HST remittance #admin p1 due June 30',
      '- Book the food handler renewal #admin p3 next week',
      '- Dentist #home Thu 2:30pm',
      "- Buy Ravi's birthday gift #home by Victoria Day",
      '- Return library books #home',
    ].join('\n'),
    tasks: [
      { title: 'Finalize the Dasilva tiers sketch', due: '2027-05-23', project: 'Orders', priority: 'high' },
      { title: 'Order 10kg fondant', due: null, project: 'Orders', priority: 'medium' },
      { title: 'Call the venue about fridge space for the Nguyen cake', due: '2027-05-26', project: 'Orders' },
      { title: 'Deep clean the mixer', due: null, project: 'Kitchen' },
      { title: 'Sharpen the palette knives', due: null, project: 'Kitchen' },
      { title: 'Water the herb pots', due: '2027-05-22', project: 'Kitchen' },
      { title: 'Post on Instagram', due: null, project: 'Admin' },
      { title: 'HST remittance', due: '2027-06-30', project: 'Admin', priority: 'high' },
      { title: 'Book the food handler renewal', due: '2027-05-24', project: 'Admin', priority: 'low' },
      { title: 'Dentist', due: '2027-05-27', project: 'Home' },
      { title: "Buy Ravi's birthday gift", due: '2027-05-24', project: 'Home' },
      { title: 'Return library books', due: null, project: 'Home' },
    ],
  },
  {
    name: 'long family campsite in Burgundy ten days before opening, at the quarter end',
    today: '2027-03-31',
    timezone: 'Europe/Paris',
    text: [
      "Ten days till we open (Sat 10 April) and nothing's ready!!",
      '',
      'RECEPTION',
      '- new price list printed + laminated',
      '- test the card machine, it died in October',
      '- reply to the Dutch group booking (22 pitches, Ascension weekend)',
      '- update the website photos',
      '- change the bank details on Booking.com',
      '- print the new site maps',
      "- fire extinguishers – check they're in date, the pompiers come Tues 6th",
      '- order the wristbands by Friday!!',
      '',
      'SANITAIRES',
      '- descale all the showers',
      '- new shower curtains for block B',
      "- unblock the drain in the ladies' (again)",
      '- restock loo roll + soap, Metro run Thursday',
      '- call Dupuis tomorrow about the boiler service',
      '',
      'POOL',
      '- cover off + first shock treatment Monday',
      '- test kit reagents expired, buy new',
      "- sign Julien's lifeguard contract before the 10th",
      '- paint the pool fence',
      '',
      'GROUNDS',
      '- mow everything the day before we open',
      '- Papa to chainsaw the fallen oak (not me!)',
      '- spread bark under the play area',
      '- fix the hook-up on pitch 14',
      '- fill the potholes on the main track',
      '- plant the geraniums at the entrance after the frosts',
      '',
      'HOME',
      "- Léa's school trip form + 45€ by tomorrow",
      "- Biscotte's vaccine reminder came, book the vet",
      '- call the accountant re: the Q1 TVA',
      "- Maman's birthday lunch Sunday, bring the tarte aux pommes",
      '- car insurance renews on the 15th, compare quotes before then',
      '',
      'also ring the mairie about the permit for the new sign',
    ].join('\n'),
    tasks: [
      { title: 'New price list printed + laminated', due: null, project: 'Reception' },
      { title: 'Test the card machine', due: null, project: 'Reception' },
      { title: 'Reply to the Dutch group booking', due: null, project: 'Reception' },
      { title: 'Update the website photos', due: null, project: 'Reception' },
      { title: 'Change the bank details on Booking.com', due: null, project: 'Reception' },
      { title: 'Print the new site maps', due: null, project: 'Reception' },
      { title: 'Check the fire extinguishers are in date', due: '2027-04-06', project: 'Reception' },
      { title: 'Order the wristbands', due: '2027-04-02', project: 'Reception', priority: 'high' },
      { title: 'Descale all the showers', due: null, project: 'Sanitaires' },
      { title: 'New shower curtains for block B', due: null, project: 'Sanitaires' },
      { title: "Unblock the drain in the ladies'", due: null, project: 'Sanitaires' },
      { title: 'Restock loo roll + soap', due: '2027-04-01', project: 'Sanitaires' },
      { title: 'Call Dupuis about the boiler service', due: '2027-04-01', project: 'Sanitaires' },
      { title: 'Cover off + first shock treatment', due: '2027-04-05', project: 'Pool' },
      { title: 'Buy new test kit reagents', due: null, project: 'Pool' },
      { title: "Sign Julien's lifeguard contract", due: '2027-04-09', project: 'Pool' },
      { title: 'Paint the pool fence', due: null, project: 'Pool' },
      { title: 'Mow everything', due: '2027-04-09', project: 'Grounds' },
      { title: 'Spread bark under the play area', due: null, project: 'Grounds' },
      { title: 'Fix the hook-up on pitch 14', due: null, project: 'Grounds' },
      { title: 'Fill the potholes on the main track', due: null, project: 'Grounds' },
      { title: 'Plant the geraniums at the entrance', due: null, project: 'Grounds' },
      { title: "Léa's school trip form + 45€", due: '2027-04-01', project: 'Home' },
      { title: "Book the vet for Biscotte's vaccine", due: null, project: 'Home' },
      { title: 'Call the accountant re: the Q1 TVA', due: null, project: 'Home' },
      { title: 'Bring the tarte aux pommes', due: '2027-04-04', project: 'Home' },
      { title: 'Compare car insurance quotes', due: '2027-04-14', project: 'Home' },
      { title: 'Ring the mairie about the permit for the new sign', due: null, project: null },
    ],
  },
  {
    name: "nothing night-shift hospital cleaner in Manila on All Saints' Day",
    today: '2027-11-01',
    timezone: 'Asia/Manila',
    text: "4:10am, break room. Undas today so half the ward staff are off to the cemeteries and it's quiet for once. Lola used to bring all of us to Manila North Cemetery with pancit and candles and we'd sleep in the car. Nanay and my sisters are there now, they sent pictures of the candles. I'm not going this year, I'm on until 7 and then I'll just sleep. The new floor polisher is so much better than the old one. Doctor Reyes said thank you to me today, by name, which never happens. Three more hours. Rain tomorrow, they say.",
    tasks: [],
  },
  {
    name: 'oneliner in Tokyo on the Saturday of the Marine Day weekend',
    today: '2027-07-17',
    timezone: 'Asia/Tokyo',
    text: 'pick up the yukata from the cleaners before they close at 6 tmrw',
    tasks: [{ title: 'Pick up the yukata from the cleaners', due: '2027-07-18' }],
  },
  {
    name: 'updates conference organiser in São Paulo tidying her list on Republic Day',
    today: '2027-11-15',
    timezone: 'America/Sao_Paulo',
    open: [
      { id: CONTRACTS, title: 'Send contracts to the keynote speakers', due_date: '2027-11-12' },
      { id: TASTING, title: 'Book the catering tasting', due_date: '2027-11-18' },
      { id: BADGES, title: 'Print the name badges', due_date: '2027-11-26' },
      { id: VENUE_INSURANCE, title: 'Renew the venue insurance', due_date: '2027-11-30' },
      { id: TRANSLATION, title: 'Translate the programme into English', due_date: null },
      { id: DENTIST_CHECKUP, title: 'Dentist check-up', due_date: '2027-11-17' },
    ],
    text: [
      "Holiday today (Proclamação), so cleaning up the list while it's quiet.",
      '- keynote contracts: all three signed and back as of Friday, done',
      '- catering tasting: Buffet Aurora can only do the 24th, move it there',
      "- name badges: we're doing check-in through the app this year, no printed badges, drop it",
      "- venue insurance: still to do, date's fine",
      "- the programme translation: Camila sent it back this morning, so that's done too",
      '- new: order 30 lanyards for the staff by Friday, they still need something to wear',
      '- new: call the hotel about the room block, the group rate expires on the 19th',
      '- new: pay Camila for the translation once her invoice comes in',
    ].join('\n'),
    tasks: [
      { title: 'Order 30 lanyards for the staff', due: '2027-11-19' },
      { title: 'Call the hotel about the room block', due: '2027-11-19' },
      { title: 'Pay Camila for the translation', due: null },
    ],
    updates: [
      { task_id: CONTRACTS, status: 'done' },
      { task_id: TASTING, due: '2027-11-24' },
      { task_id: BADGES, status: 'cancelled' },
      { task_id: TRANSLATION, status: 'done' },
    ],
  },
];

const DECK = '16b0e2a1-7c3d-4e5f-9a10-16b000000001';
const DOMAIN = '16b0e2a1-7c3d-4e5f-9a10-16b000000002';
const BIKE = '16b0e2a1-7c3d-4e5f-9a10-16b000000003';
const VAN = '16b0e2a1-7c3d-4e5f-9a10-16b000000004';
const METER = '16b0e2a1-7c3d-4e5f-9a10-16b000000005';
const COC = '16b0e2a1-7c3d-4e5f-9a10-16b000000006';
const GUTTERS = '16b0e2a1-7c3d-4e5f-9a10-16b000000007';
const CHLORINE = '16b0e2a1-7c3d-4e5f-9a10-16b000000008';
const QUOTE = '16b0e2a1-7c3d-4e5f-9a10-16b000000009';
const TRAINING = '16b0e2a1-7c3d-4e5f-9a10-16b00000000a';
const UTE = '16b0e2a1-7c3d-4e5f-9a10-16b00000000b';
const TNB = '16b0e2a1-7c3d-4e5f-9a10-16b00000000c';
const CAR_INSURANCE = '16b0e2a1-7c3d-4e5f-9a10-16b00000000d';
const ASTRO = '16b0e2a1-7c3d-4e5f-9a10-16b00000000e';
const MEDICAL = '16b0e2a1-7c3d-4e5f-9a10-16b00000000f';

const partB: EvalCase[] = [
  {
    name: 'nightshift-oslo-saturday',
    today: '2026-05-16',
    timezone: 'Europe/Oslo',
    text: "HANDOVER 03:10 — night (Ingrid) → day team\n\nKennel 2, Bamse (lab, GDV surgery yesterday): stable, HR 96, next methadone due 06:00. Please call the owners after rounds, they're anxious.\nKennel 5, Pusur (cat, blocked bladder): catheter in, urine output fine. Recheck bloods at 8.\nIso 1, Mira (collie pup, parvo): no change. Gowns + gloves, nobody skips it pls.\n\nPharmacy: controlled drugs book checked and signed. Down to 2 vials of propofol, someone needs to order before Monday.\nO2 bottle B empty, swapped to C.\n\nMe, not handover, so I don't forget:\n- URGENT fill in the incident form for the needle-stick before I leave\n- email Dr Aasen about swapping my Tuesday shift\n- restock the crash cart, it's my turn on the rota\n- book the car in for new tyres, the studded ones are still on\n- pick up the bunad from the tailor today before they close at 2, parade is tomorrow\n- sleep. actually sleep.",
    tasks: [
      { title: 'Fill in the incident form for the needle-stick', due: '2026-05-16', priority: 'high' },
      { title: 'Email Dr Aasen about swapping my Tuesday shift', due: null },
      { title: 'Restock the crash cart', due: null },
      { title: 'Book the car in for new tyres', due: null },
      { title: 'Pick up the bunad from the tailor', due: '2026-05-16' },
    ],
  },
  {
    name: 'subtasks-amsterdam-monday',
    today: '2026-06-29',
    timezone: 'Europe/Amsterdam',
    open: [
      { id: DECK, title: 'Send the Q2 board deck to Femke', due_date: '2026-06-30' },
      { id: DOMAIN, title: 'Renew the studio domain', due_date: '2026-07-03' },
      { id: BIKE, title: 'Fix the bike light', due_date: null },
      { id: VAN, title: 'Book the van for the Rotterdam expo', due_date: null },
    ],
    text: "# week 27\n\n- [ ] Q2 close\n  - [ ] chase the unpaid invoices (Brouwer, Kade Events) by Wednesday\n  - [ ] reconcile the ING card statement\n  - [x] upload receipts to Moneybird\n  - [x] send the Q2 board deck to Femke\n- [ ] Website\n  - [ ] swap the hero photo on the homepage\n  - [ ] renew the domain → registrar gave us a grace period, moved to July 10\n- [ ] Intern hiring\n  - [ ] post the ad on the TU Delft job board by end of Q2\n  - [ ] shortlist candidates by next Friday\n  - [ ] ask Joris to sit in on the interviews\n- [ ] Noor's birthday (Fri 3 July)\n  - [ ] order the cake from Van der Linde by Wednesday\n  - [ ] wrap the present the night before\n- [x] fix the bike light\n- [ ] book the Texel ferry by the 10th\n- [ ] dentist, reschedule (whenever)",
    tasks: [
      { title: 'Chase the unpaid invoices (Brouwer, Kade Events)', due: '2026-07-01', project: 'Q2 close' },
      { title: 'Reconcile the ING card statement', due: null, project: 'Q2 close' },
      { title: 'Swap the hero photo on the homepage', due: null, project: 'Website' },
      { title: 'Post the ad on the TU Delft job board', due: '2026-06-30', project: 'Intern hiring' },
      { title: 'Shortlist candidates', due: '2026-07-10', project: 'Intern hiring' },
      { title: 'Ask Joris to sit in on the interviews', due: null, project: 'Intern hiring' },
      { title: 'Order the cake from Van der Linde', due: '2026-07-01', project: "Noor's birthday" },
      { title: 'Wrap the present', due: '2026-07-02', project: "Noor's birthday" },
      { title: 'Book the Texel ferry', due: '2026-07-10', project: null },
      { title: 'Reschedule the dentist', due: null, project: null, priority: 'low' },
    ],
    updates: [
      { task_id: DECK, status: 'done' },
      { task_id: DOMAIN, due: '2026-07-10' },
      { task_id: BIKE, status: 'done' },
    ],
  },
  {
    name: 'repairs-johannesburg-monday',
    today: '2026-08-10',
    timezone: 'Africa/Johannesburg',
    open: [
      { id: METER, title: 'Sort out the prepaid meter token for flat 4', due_date: null },
      { id: COC, title: 'Book the electrical COC inspection', due_date: '2026-08-20' },
      { id: GUTTERS, title: 'Clean the gutters at Jacaranda Rd', due_date: '2026-08-15' },
    ],
    text: "Jacaranda Rd tenants 🏠\n[08:12] Karabo (flat 3): morning! the geyser is dripping through the ceiling again 😩\n[08:20] Me: sorry Karabo!! I'll get the plumber out for the geyser tomorrow\n[08:31] Pieter (flat 4): gate motor has been stuck open since Saturday, anyone can walk in\n[08:33] Me: I'll call Centurion about the gate motor Wednesday first thing, they're closed for the holiday today\n[09:02] Karabo (flat 3): also the burglar bar on my kitchen window is loose\n[09:05] Me: noted, I'll fix the burglar bar myself on Saturday\n[09:40] Pieter (flat 4): August rent paid btw 👍\n[09:41] Me: thanks! Karabo, yours?\n[09:50] Karabo (flat 3): Friday when salary comes in, sorry\n[09:51] Me: no stress, I'll check the account Friday. Both of you please put the bins out Tuesday night, Pikitup changed our day\n[10:15] Pieter (flat 4): heads up I'm moving out end of October, will send proper notice\n[10:17] Me: ah shame! ok I'll advertise flat 4 next month then. And the prepaid meter token issue for flat 4 is sorted, should be working now\n[10:18] Me: oh and the COC inspection I mentioned, cancel that, turns out the certificate is valid till 2028",
    tasks: [
      { title: 'Get the plumber out for the geyser', due: '2026-08-11' },
      { title: 'Call Centurion about the gate motor', due: '2026-08-12' },
      { title: 'Fix the burglar bar', due: '2026-08-15' },
      { title: 'Check the account', due: '2026-08-14' },
      { title: 'Advertise flat 4', due: '2026-09-01' },
    ],
    updates: [
      { task_id: METER, status: 'done' },
      { task_id: COC, status: 'cancelled' },
    ],
  },
  {
    name: 'guest-vienna-monday',
    today: '2028-02-28',
    timezone: 'Europe/Vienna',
    text: "ok. Mateja and Tilen get married on Saturday in Ljubljana and I am NOT ready\n\nerrands:\n- buy something off their registry at Kika by Wednesday\n- get new tights + plasters for my heels\n- green dress to the dry cleaner tomorrow (the one on Zollergasse shuts at 1 on Tuesdays)\n- get a nice card\n\npack Thursday night:\n- dress, heels, flats for dancing\n- phone charger + power bank\n- the little gold clutch\n\nalso:\n- train tickets Wien–Ljubljana, book TODAY, the Sparschiene fares are going\n- ask Frau Huber to water the plants while I'm away\n- RSVP about the vegetarian meal, they've asked twice 🙈\n- hair appointment Friday 8am\n- back Sunday night, straight to work Monday\n\nthe hen do was two weeks ago and I'm still recovering lol",
    tasks: [
      { title: 'Buy something off their registry at Kika', due: '2028-03-01' },
      { title: 'Get new tights + plasters for my heels', due: null },
      { title: 'Take the green dress to the dry cleaner', due: '2028-02-29' },
      { title: 'Get a nice card', due: null },
      { title: 'Pack dress, heels, flats for dancing', due: '2028-03-02' },
      { title: 'Pack phone charger + power bank', due: '2028-03-02' },
      { title: 'Pack the little gold clutch', due: '2028-03-02' },
      { title: 'Book the train tickets Wien–Ljubljana', due: '2028-02-28' },
      { title: 'Ask Frau Huber to water the plants', due: null },
      { title: 'RSVP about the vegetarian meal', due: null },
      { title: 'Hair appointment', due: '2028-03-03' },
    ],
  },
  {
    name: 'goals-tokyo-wednesday',
    today: '2027-03-31',
    timezone: 'Asia/Tokyo',
    text: "FY26 self-review — last day of the fiscal year 🎉\n→ send this self-review to Kenji by Friday (tidy it up first)\n\nWhat went well\n- shipped offline sync on time, zero P1 incidents since\n- onboarded Aoi and Ren, both shipping on their own now\n\nWhat didn't\n- the design-doc backlog piled up, my fault\n- too many late nights in February\n\nGoals for next quarter (Apr–Jun)\nPayments SDK v2:\n- write the migration guide before the beta on 15 April\n- get security sign-off by end of April — P1\n- demo the SDK at the all-hands on May 20\nMentoring:\n- set up fortnightly 1:1s with Aoi and Ren this week\n- review Ren's promo packet before calibration on 9 April (P2)\n- find an external mentor for myself, ask in the Women in Tech Slack\nHealth:\n- no Slack after 9pm, seriously\n- book the annual health check (kenkō shindan) by mid-April",
    tasks: [
      { title: 'Send this self-review to Kenji', due: '2027-04-02', project: null },
      { title: 'Write the migration guide', due: '2027-04-14', project: 'Payments SDK v2' },
      { title: 'Get security sign-off', due: '2027-04-30', project: 'Payments SDK v2', priority: 'high' },
      { title: 'Demo the SDK at the all-hands', due: '2027-05-20', project: 'Payments SDK v2' },
      { title: 'Set up fortnightly 1:1s with Aoi and Ren', due: '2027-04-02', project: 'Mentoring' },
      { title: "Review Ren's promo packet", due: '2027-04-08', project: 'Mentoring', priority: 'medium' },
      { title: 'Find an external mentor for myself', due: null, project: 'Mentoring' },
      { title: 'Book the annual health check (kenkō shindan)', due: '2027-04-15', project: 'Health' },
    ],
  },
  {
    name: 'autocorrect-denver-sunday',
    today: '2027-05-30',
    timezone: 'America/Denver',
    text: "Groceries: eggs, oat milk, burger buns, charcoal, the good ketchup, limes\nPick up Mia's prescription at King Soopers before 6, pharmacy closes early on Sundays\nReturn the drill to Dave tomorrow, he'll be at the cookout anyway\nCall the bet about Biscuit's boosters Tuesday\nPay the waiter bill, due the 3rd\nSunscreen + bug spray for the lake Saturday\nGet has Friday night so we can leave early\nMemorial Day cookout at the Okafors' tomorrow at 1!!\nMake the potato salsa tonight for it\nClean the ducking gutters. Someday.",
    tasks: [
      { title: 'Groceries: eggs, oat milk, burger buns, charcoal, the good ketchup, limes', due: null },
      { title: "Pick up Mia's prescription at King Soopers", due: '2027-05-30' },
      { title: 'Return the drill to Dave', due: '2027-05-31' },
      { title: "Call the vet about Biscuit's boosters", due: '2027-06-01' },
      { title: 'Pay the water bill', due: '2027-06-03' },
      { title: 'Buy sunscreen + bug spray for the lake', due: '2027-06-05' },
      { title: 'Get gas', due: '2027-06-04' },
      { title: 'Make the potato salad', due: '2027-05-30' },
      { title: 'Clean the gutters', due: null, priority: 'low' },
    ],
  },
  {
    name: 'dinnerparty-stockholm-thursday',
    today: '2026-12-10',
    timezone: 'Europe/Stockholm',
    text: "Middag på lördag, 8 of us now 🍷 (Elin + Jakob's kids can't come after all)\n\nMenu\n- starter: beetroot carpaccio, goat cheese, walnuts\n- main: braised lamb shanks (3.5h in the oven!) + potato gratin (1h15)\n- dessert: cardamom panna cotta (needs 6h in the fridge)\n\nShop Friday after work: lamb shanks x8, beetroots, chèvre, walnuts, cream, cardamom pods, gelatine sheets, cheap red for the braise\nSystembolaget closes at 3 on Saturday so go Friday: 4 bottles of good red + alcohol-free bubbles for Malin\n\nPrep\n- Fri night: make the panna cotta, peel + slice the beetroots\n- Sat: lamb in the oven by 2:30 (eating at 7), gratin in at 5:45\n- borrow 2 extra chairs from Sofia upstairs\n- iron the linen tablecloth\n- ask Malin if she's still off gluten\n\nLucia at Oskar's preschool Sunday morning, find Oskar a white gown by then!!",
    tasks: [
      { title: 'Shop: lamb shanks x8, beetroots, chèvre, walnuts, cream, cardamom pods, gelatine sheets, cheap red for the braise', due: '2026-12-11' },
      { title: 'Systembolaget: 4 bottles of good red + alcohol-free bubbles for Malin', due: '2026-12-11' },
      { title: 'Make the panna cotta', due: '2026-12-11' },
      { title: 'Peel + slice the beetroots', due: '2026-12-11' },
      { title: 'Put the lamb in the oven', due: '2026-12-12' },
      { title: 'Put the gratin in', due: '2026-12-12' },
      { title: 'Borrow 2 extra chairs from Sofia upstairs', due: null },
      { title: 'Iron the linen tablecloth', due: null },
      { title: "Ask Malin if she's still off gluten", due: null },
      { title: 'Find Oskar a white gown', due: '2026-12-13', priority: 'high' },
    ],
  },
  {
    name: 'treasurer-hobart-tuesday',
    today: '2026-06-30',
    timezone: 'Australia/Hobart',
    text: "Hi committee, treasurer's update before tonight's meeting.\n\nIt's EOFY today so I'll do the final reconciliation tonight after the meeting.\n\n1. Registrations: 14 players still unpaid. Please chase your own teams before the 15th. I'll send a final reminder email to all families on Friday.\n2. State carnival: entry fees ($1,240) went out yesterday, all good.\n3. Grants: the Sport & Rec acquittal is due 31 July. I'll draft the acquittal next week. Fiona, can you send me the coaching invoices by then?\n4. Audit: I'll get the ledger and bank statements to our auditor (Rosalind Tran) by 14 July.\n5. Equipment shed: the insurer wants a new valuation, I'll book a valuer this week.\n\nThanks all, see you at 7.\nDeclan\n\n(my own list: lodge the BAS by 28 July, buy a new receipt book, renew my coaching accreditation whenever)",
    tasks: [
      { title: 'Do the final reconciliation', due: '2026-06-30', project: null },
      { title: 'Send a final reminder email to all families', due: '2026-07-03', project: 'Registrations' },
      { title: 'Sport & Rec acquittal', due: '2026-07-31', project: 'Grants' },
      { title: 'Draft the acquittal', due: '2026-07-06', project: 'Grants' },
      { title: 'Get the ledger and bank statements to our auditor', due: '2026-07-14', project: 'Audit' },
      { title: 'Book a valuer', due: '2026-07-03', project: 'Equipment shed' },
      { title: 'Lodge the BAS', due: '2026-07-28', project: null },
      { title: 'Buy a new receipt book', due: null, project: null },
      { title: 'Renew my coaching accreditation', due: null, project: null, priority: 'low' },
    ],
  },
  {
    name: 'franglais-brussels-tuesday',
    today: '2026-07-21',
    timezone: 'Europe/Brussels',
    text: "Fête nationale, défilé à 10h, tout est fermé. To-do pour la semaine:\n- appeler le garagiste demain pour les freins, ça grince trop\n- envoyer le devis à Mme Claes avant vendredi, urgent\n- book the Eurostar pour London, on part le 7 août\n- finir la présentation for the client meeting lundi prochain\n- rendre les livres à la bibliothèque, they're due le 24\n- acheter un cadeau pour Lou, son anniversaire c'est samedi\n- payer la taxe poubelles before the end of the month\n- après-demain: pick up the parcel at the bpost point\n- dentiste, prendre rendez-vous, whenever\nLes voisins font un BBQ ce soir, je dois apporter une salade 🥗",
    tasks: [
      { title: 'Appeler le garagiste pour les freins', due: '2026-07-22' },
      { title: 'Envoyer le devis à Mme Claes', due: '2026-07-23', priority: 'high' },
      { title: 'Book the Eurostar pour London', due: null },
      { title: 'Finir la présentation for the client meeting', due: '2026-07-27' },
      { title: 'Rendre les livres à la bibliothèque', due: '2026-07-24' },
      { title: 'Acheter un cadeau pour Lou', due: '2026-07-25' },
      { title: 'Payer la taxe poubelles', due: '2026-07-31' },
      { title: 'Pick up the parcel at the bpost point', due: '2026-07-23' },
      { title: 'Dentiste, prendre rendez-vous', due: null, priority: 'low' },
      { title: 'Apporter une salade', due: '2026-07-21' },
    ],
  },
  {
    name: 'reminders-vancouver-friday',
    today: '2026-10-09',
    timezone: 'America/Vancouver',
    text: "Reminders › Today & Scheduled\n\n!!! Call the strata office about the leak in 405\n    Today, 9:00 AM\nRemind me to pick up the turkey from Meat & Co\n    Sat, 10:00 AM\nBrine the turkey\n    Sun, 8:00 PM\nBring the pumpkin pie to Mom's\n    Mon, 4:00 PM\nReturn the Costco air mattress\n    Tue\nRenew the car insurance with ICBC\n    Oct 31\nPassport photos for Ezra\nRemind me when I get home to water the herbs\n✓ Book flu shots for everyone\n    Completed Oct 7\n\nNotes: Mom says dinner's at 5 on Thanksgiving, not 4. Everyone else is bringing sides.",
    tasks: [
      { title: 'Call the strata office about the leak in 405', due: '2026-10-09', priority: 'high' },
      { title: 'Pick up the turkey from Meat & Co', due: '2026-10-10' },
      { title: 'Brine the turkey', due: '2026-10-11' },
      { title: "Bring the pumpkin pie to Mom's", due: '2026-10-12' },
      { title: 'Return the Costco air mattress', due: '2026-10-13' },
      { title: 'Renew the car insurance with ICBC', due: '2026-10-31' },
      { title: 'Passport photos for Ezra', due: null },
      { title: 'Water the herbs', due: null },
    ],
  },
  {
    name: 'labbook-bogota-monday',
    today: '2027-01-11',
    timezone: 'America/Bogota',
    text: "Lun 11/01/2027 — festivo (Reyes) but the cells don't know that\n\nExp 42 (CRISPR KO, HEK293 line B)\n- transfected Friday, GFP in ~40% of cells today 👍\n- media changed 14:00\n- start puromycin selection tomorrow, so make up fresh puro stock tonight (2 µg/mL)\n- split plate 3, it's at 90%\n- Valentina is imaging plate 1 for me Wednesday\n\nObs: the shared hood was left with the sash up AGAIN. Not my problem, but bring up the hood sash thing at lab meeting Thursday.\n\nNext:\n- order more Lipofectamine this week (Quimi-Lab quote ~2.3M COP)\n- send the sequencing primers to Macrogen by Wednesday\n- book a 2h slot on the confocal\n- write up exp 41 for Dr. Restrepo before lab meeting\n- redo the biosafety module online, cert expired 30/12",
    tasks: [
      { title: 'Start puromycin selection', due: '2027-01-12', project: 'Exp 42' },
      { title: 'Make up fresh puro stock', due: '2027-01-11', project: 'Exp 42' },
      { title: 'Split plate 3', due: null, project: 'Exp 42' },
      { title: 'Bring up the hood sash thing at lab meeting', due: '2027-01-14', project: null },
      { title: 'Order more Lipofectamine', due: '2027-01-15', project: null },
      { title: 'Send the sequencing primers to Macrogen', due: '2027-01-13', project: null },
      { title: 'Book a 2h slot on the confocal', due: null, project: null },
      { title: 'Write up exp 41 for Dr. Restrepo', due: '2027-01-13', project: null },
      { title: 'Redo the biosafety module online', due: null, project: null },
    ],
  },
  {
    name: 'bills-kualalumpur-monday',
    today: '2026-08-31',
    timezone: 'Asia/Kuala_Lumpur',
    open: [
      { id: TNB, title: 'Pay the TNB bill', due_date: '2026-08-31' },
      { id: CAR_INSURANCE, title: 'Renew the car insurance', due_date: '2026-09-05' },
      { id: ASTRO, title: 'Cancel Astro', due_date: null },
      { id: MEDICAL, title: 'Claim the medical receipts from HR', due_date: null },
    ],
    text: "Sept bills 💸 (Merdeka today, half the apps are down lol)\n\nautopay, nothing to do: Unifi RM149 (3rd), Maxis postpaid (12th), PTPTN (25th)\nTNB — paid last night via JomPAY ✅\nAir Selangor RM38.20 — pay by the 10th\nIndah Water — 3 months owing!! pay asap\ncondo maintenance RM420, due 1 Sept, transfer tmrw\ncar insurance — agent says renewal is actually 15 Sept, so do it the week before\nAstro — keeping it for the football, forget cancelling\ncredit card: pay the full statement before the 20th, not the minimum\nsend Mak RM500 for her birthday on the 7th",
    tasks: [
      { title: 'Pay Air Selangor RM38.20', due: '2026-09-10' },
      { title: 'Pay Indah Water', due: null, priority: 'high' },
      { title: 'Transfer the condo maintenance RM420', due: '2026-09-01' },
      { title: 'Pay the full credit card statement', due: '2026-09-19' },
      { title: 'Send Mak RM500 for her birthday', due: '2026-09-07' },
    ],
    updates: [
      { task_id: TNB, status: 'done' },
      { task_id: CAR_INSURANCE, due: '2026-09-08' },
      { task_id: ASTRO, status: 'cancelled' },
    ],
  },
  {
    name: 'terse-lisbon-wednesday',
    today: '2026-06-10',
    timezone: 'Europe/Lisbon',
    text: 'buy sardines + bread for sat, ring Inês re boiler tmrw, top up the Navegante',
    tasks: [
      { title: 'Buy sardines + bread', due: '2026-06-13' },
      { title: 'Ring Inês re boiler', due: '2026-06-11' },
      { title: 'Top up the Navegante', due: null },
    ],
  },
  {
    name: 'prose-stjohns-wednesday',
    today: '2026-11-11',
    timezone: 'America/St_Johns',
    text: "Remembrance Day, so no lessons till the afternoon, which is a mercy because I'm wrecked. The car's still making that clunking noise and I really have to get the car into Kavanagh's before the weekend or I'm stuck for the gig in Carbonear on Saturday. I promised I'd drop off Aunt Bride's prescription tonight too. I should email the conservatory about the January term schedule sometime this week, and the students' recital is on the 28th so the programs need printing the week before. Róisín wants me to look at flights home for Christmas, but she's doing the booking, I just need to send Róisín my dates by Friday. The furnace guy is coming Thursday morning and I have to be home for that. Bins out tonight, tomorrow's garbage day.",
    tasks: [
      { title: "Get the car into Kavanagh's", due: '2026-11-13' },
      { title: "Drop off Aunt Bride's prescription", due: '2026-11-11' },
      { title: 'Email the conservatory about the January term schedule', due: '2026-11-13' },
      { title: 'Print the programs', due: '2026-11-21' },
      { title: 'Send Róisín my dates', due: '2026-11-13' },
      { title: 'Be home for the furnace guy', due: '2026-11-12' },
      { title: 'Put the bins out', due: '2026-11-11' },
    ],
  },
  {
    name: 'dictation-darwin-monday',
    today: '2027-06-14',
    timezone: 'Australia/Darwin',
    open: [
      { id: CHLORINE, title: 'Order chlorine drums', due_date: '2027-06-15' },
      { id: QUOTE, title: 'Send the Nightcliff body corporate quote', due_date: '2027-06-16' },
      { id: TRAINING, title: 'Book the first aid refresher', due_date: null },
      { id: UTE, title: 'Get the ute serviced', due_date: '2027-06-18' },
    ],
    text: 'ok public holiday but the pools dont know that so quick list the chlorine drums came friday so thats done the nightcliff quote ill get to them thursday now not wednesday need to ring mrs papadopoulos back today about the green pool in fannie bay and ill shock her pool tomorrow arvo check the pump at the mindil resort wednesday first thing its making a grinding noise the first aid refresher dont bother booking it the course got cancelled anyway pay the fuel card before the end of the month invoice the larrakeyah job this week drop jases trailer back friday arvo he needs it saturday and mums birthday is the twentieth so get mum something from the markets thursday night',
    tasks: [
      { title: 'Ring Mrs Papadopoulos back about the green pool in Fannie Bay', due: '2027-06-14' },
      { title: 'Shock her pool', due: '2027-06-15' },
      { title: 'Check the pump at the Mindil resort', due: '2027-06-16' },
      { title: 'Pay the fuel card', due: '2027-06-30' },
      { title: 'Invoice the Larrakeyah job', due: '2027-06-18' },
      { title: "Drop Jase's trailer back", due: '2027-06-18' },
      { title: 'Get Mum something from the markets', due: '2027-06-17' },
    ],
    updates: [
      { task_id: CHLORINE, status: 'done' },
      { task_id: QUOTE, due: '2027-06-17' },
      { task_id: TRAINING, status: 'cancelled' },
    ],
  },
  {
    name: 'email-copenhagen-thursday',
    today: '2027-05-06',
    timezone: 'Europe/Copenhagen',
    text: "note to self: read properly + deal with it after the long weekend. also order the seed potatoes, they're late already\n\n---------- Forwarded message ----------\nFrom: Haveforeningen Solsikken <bestyrelsen@solsikken.dk>\nSubject: Spring working day + water\n\nDear plot holders,\n\nHappy Kristi Himmelfart! A few things before the season gets going:\n\nThe municipality will turn the water on Tuesday 11 May. Please check that your taps are closed before then, or your shed floods (ask Per in no. 14, he knows).\n\nOur common working day is Saturday 22 May from 9:00. Everyone is expected to attend or pay the 300 kr. fee. Please sign up on the list in the clubhouse by the 15th, and bring gloves on the day.\n\nHedges must be cut to max. 1.80 m by 1 June. The board will walk round on 2 June.\n\nThe board is also looking for a new treasurer. If you're interested, let Karin know.\n\nBest wishes,\nKarin Holm, chair",
    tasks: [
      { title: 'Order the seed potatoes', due: null },
      { title: 'Check that the taps are closed', due: '2027-05-10' },
      { title: 'Attend the common working day', due: '2027-05-22' },
      { title: 'Sign up on the list in the clubhouse', due: '2027-05-15' },
      { title: 'Bring gloves', due: '2027-05-22' },
      { title: 'Cut the hedges to max. 1.80 m', due: '2027-06-01' },
    ],
  },
  {
    name: 'meeting-dubai-monday',
    today: '2026-11-30',
    timezone: 'Asia/Dubai',
    text: "Weekly ops — Mon 30 Nov\nPresent: Farah (notes), Omar, Divya, Kwame\n\n1. National Day campaign\n- assets go live 2 Dec, Divya finishing the Arabic copy today\n- Farah: send the final visuals to the client by tomorrow noon\n- everyone: post from your own accounts on the 2nd\n2. Ramadan pitch (Feb)\n- Omar to pull last year's numbers\n- me + Kwame: moodboard draft by next Thursday\n- Farah to book a call with the client's brand team, week of the 14th\n3. Office\n- meeting-room AC dead again, Kwame already logged it with facilities\n- Farah to renew the parking permits before they expire on the 15th\n\nAOB\n- Divya on leave 21–31 Dec\n- team dinner?? Farah: send a poll for the team dinner by Wednesday\n\nNext meeting Mon 7 Dec, 10am",
    tasks: [
      { title: 'Send the final visuals to the client', due: '2026-12-01', project: 'National Day campaign' },
      { title: 'Post from your own accounts', due: '2026-12-02', project: 'National Day campaign' },
      { title: 'Moodboard draft', due: '2026-12-10', project: 'Ramadan pitch' },
      { title: "Book a call with the client's brand team", due: '2026-12-14', project: 'Ramadan pitch' },
      { title: 'Renew the parking permits', due: '2026-12-14', project: 'Office' },
      { title: 'Send a poll for the team dinner', due: '2026-12-02', project: null },
    ],
  },
  {
    name: 'uk-dates-perth-monday',
    today: '2026-09-28',
    timezone: 'Australia/Perth',
    text: "public hol today so admin day ☕\n\n- kiln element arrives Wed, fit it Thurs\n- load the kiln for the Fremantle order 03/10, unload the kiln 05/10\n- invoice Sage & Salt for the mugs by 30/9\n- glaze order from Clayworks before the price rise on 1/10!!\n- car rego runs out 09/10, pay it a week before\n- dentist Thurs week, 9.15\n- renew the public liability insurance a fortnight today\n- photos of the new range for Insta, whenever\n- Mum & Dad land 14/10 from Jo'burg, clean the spare room before they arrive",
    tasks: [
      { title: 'Fit the kiln element', due: '2026-10-01' },
      { title: 'Load the kiln for the Fremantle order', due: '2026-10-03' },
      { title: 'Unload the kiln', due: '2026-10-05' },
      { title: 'Invoice Sage & Salt for the mugs', due: '2026-09-30' },
      { title: 'Order glaze from Clayworks', due: '2026-09-30', priority: 'high' },
      { title: 'Pay the car rego', due: '2026-10-02' },
      { title: 'Dentist', due: '2026-10-08' },
      { title: 'Renew the public liability insurance', due: '2026-10-12' },
      { title: 'Take photos of the new range for Insta', due: null, priority: 'low' },
      { title: 'Clean the spare room', due: '2026-10-13' },
    ],
  },
  {
    name: 'us-dates-boise-friday',
    today: '2026-07-03',
    timezone: 'America/Boise',
    text: "holiday today (observed), parade + fireworks tomorrow\n- fireworks permit?? no wait the HOA does that, skip\n- pick up the smoker from Dale's 7/3 before 4\n- brisket in the smoker 5am tomorrow\n- buy ice + buns for the 4th\n- 7/6 Mon: call Blue Cross re the claim denial\n- sprinkler timer died, order the part on Amazon\n- sign Kenzie up for the swim meet by 7/8 (meet is 7/11)\n- property tax 2nd half was due 6/20, already paid ✓\n- book the Sawtooth campsite for Labor Day weekend ASAP\n- return library DVDs Tues",
    tasks: [
      { title: "Pick up the smoker from Dale's", due: '2026-07-03' },
      { title: 'Put the brisket in the smoker', due: '2026-07-04' },
      { title: 'Buy ice + buns', due: '2026-07-04' },
      { title: 'Call Blue Cross re the claim denial', due: '2026-07-06' },
      { title: 'Order the sprinkler timer part on Amazon', due: null },
      { title: 'Sign Kenzie up for the swim meet', due: '2026-07-08' },
      { title: 'Book the Sawtooth campsite for Labor Day weekend', due: null, priority: 'high' },
      { title: 'Return library DVDs', due: '2026-07-07' },
    ],
  },
  {
    name: 'groups-riga-tuesday',
    today: '2026-11-17',
    timezone: 'Europe/Riga',
    text: "## Bakery 🥐\n- 18th is a holiday, we open 8–14 only, put the sign up today\n- order rye flour + caraway from Dzirnavas by Thursday\n- fix the proofer door seal (call Aivars)\n- print the new December price list before the 1st\n\n## Kids\n- Marta's school concert Fri 6pm, iron her white blouse Thursday night\n- parents' evening sign-up, deadline the 20th\n- Emīls needs new winter boots ASAP, his toes are touching the end\n\n## Flat\n- email the building manager about the cold radiator in the bedroom\n- pay the renovation fund invoice by end of month\n\nalso get flowers for Ilze, her name day is Saturday",
    tasks: [
      { title: 'Put the sign up', due: '2026-11-17', project: 'Bakery' },
      { title: 'Order rye flour + caraway from Dzirnavas', due: '2026-11-19', project: 'Bakery' },
      { title: 'Fix the proofer door seal', due: null, project: 'Bakery' },
      { title: 'Print the new December price list', due: '2026-11-30', project: 'Bakery' },
      { title: 'Iron her white blouse', due: '2026-11-19', project: 'Kids' },
      { title: "Parents' evening sign-up", due: '2026-11-20', project: 'Kids' },
      { title: 'Get Emīls new winter boots', due: null, project: 'Kids', priority: 'high' },
      { title: 'Email the building manager about the cold radiator in the bedroom', due: null, project: 'Flat' },
      { title: 'Pay the renovation fund invoice', due: '2026-11-30', project: 'Flat' },
      { title: 'Get flowers for Ilze', due: '2026-11-21', project: null },
    ],
  },
  {
    name: 'label-montevideo-friday',
    today: '2027-12-31',
    timezone: 'America/Montevideo',
    text: "Abuela Nelly:\n- pick her up at 8 for dinner, she wants to be home before midnight\n- refill her blood pressure pills Monday (Farmashop)\nRodrigo:\n- text him today about the asado tomorrow, he's bringing the chorizos\n- pay him back the 2,000 pesos for the UTE bill\nCasa de Piriápolis:\n- call the cleaner about the 3rd, the tenants leave that morning\n- order a new gas bottle before the 8th, it's nearly empty\n- new tenants arrive 8 Jan\nMe:\n- champagne + uvas + ice before 6 tonight\n- new year's resolution: stop saying yes to everything",
    tasks: [
      { title: 'Pick her up for dinner', due: '2027-12-31', project: 'Abuela Nelly' },
      { title: 'Refill her blood pressure pills', due: '2028-01-03', project: 'Abuela Nelly' },
      { title: 'Text him about the asado', due: '2027-12-31', project: 'Rodrigo' },
      { title: 'Pay him back the 2,000 pesos for the UTE bill', due: null, project: 'Rodrigo' },
      { title: 'Call the cleaner about the 3rd', due: null, project: 'Casa de Piriápolis' },
      { title: 'Order a new gas bottle', due: '2028-01-07', project: 'Casa de Piriápolis' },
      { title: 'Champagne + uvas + ice', due: '2027-12-31', project: null },
    ],
  },
  {
    name: 'project-karachi-saturday',
    today: '2027-08-14',
    timezone: 'Asia/Karachi',
    text: "Jashn-e-Azadi today, the whole street is green and white and the kids have been out with their flags since 7. For Hira's mehndi on the 28th I still need to book the dholki girls, confirm the caterer's menu by Wednesday and pay the mehndi artist's deposit before the 20th. Ammi also wants me to order the favours, the little bangle boxes, next week. For the shop relaunch, I have to get the new signboard approved by the landlord, shoot the product photos on Monday and post the launch announcement the day before we reopen on the 1st. Separately, I need to pay the car's token tax, and renew my CNIC since it expires in October. Bilal is handling the sound system for the mehndi, thank God.",
    tasks: [
      { title: 'Book the dholki girls', due: null, project: "Hira's mehndi" },
      { title: "Confirm the caterer's menu", due: '2027-08-18', project: "Hira's mehndi" },
      { title: "Pay the mehndi artist's deposit", due: '2027-08-19', project: "Hira's mehndi" },
      { title: 'Order the favours', due: '2027-08-16', project: "Hira's mehndi" },
      { title: 'Get the new signboard approved by the landlord', due: null, project: 'Shop relaunch' },
      { title: 'Shoot the product photos', due: '2027-08-16', project: 'Shop relaunch' },
      { title: 'Post the launch announcement', due: '2027-08-31', project: 'Shop relaunch' },
      { title: "Pay the car's token tax", due: null, project: null },
      { title: 'Renew my CNIC', due: null, project: null },
    ],
  },
  {
    name: 'conditions-edmonton-sunday',
    today: '2026-03-08',
    timezone: 'America/Edmonton',
    text: "Clocks went forward last night so I've lost an hour, great. If the chinook holds tomorrow I'll wash the salt off the truck. If Corinne's flight from Toronto is on time Tuesday, I'll pick her up at the airport at 4. If the bank approves the HELOC we'll start the basement in April, not holding my breath. Either way, get basement quotes from two contractors this week. Unless the school calls a snow day, drop the kids' skates at the sharpener Monday morning. Once all the tax slips are in, book the accountant. If it's minus thirty again on Thursday I'll swim at the rec centre instead of running outside. The furnace filter needs changing whatever happens, do it today.",
    tasks: [
      { title: 'Wash the salt off the truck', due: '2026-03-09' },
      { title: 'Pick Corinne up at the airport', due: '2026-03-10' },
      { title: 'Get basement quotes from two contractors', due: '2026-03-13' },
      { title: "Drop the kids' skates at the sharpener", due: '2026-03-09' },
      { title: 'Book the accountant', due: null },
      { title: 'Swim at the rec centre', due: '2026-03-12' },
      { title: 'Change the furnace filter', due: '2026-03-08' },
    ],
  },
  {
    name: 'long-sydney-sunday',
    today: '2027-10-03',
    timezone: 'Australia/Sydney',
    text: "sunday brain dump. clocks went forward, I'm a zombie. long wknd tho (Labour Day tmrw)\n\nCAFE\n- roster for the school hols, post it by Tues\n- order oat milk + cups from Bidfood tmrw, no wait they're shut, Tues\n- fix the wobbly table 4\n- buy chalk pens\n- redo the specials board before Wed\n- pay the Sydney Water bill by the 15th\n- interview the barista candidate Thurs 10am\n- health inspection is the 19th, deep clean the coolroom the day before!!\n- BAS due 28 Oct, send receipts to Vinh this week\n\nGARDEN (community)\n- be at the garden 8am Sat 9th to sign for the mulch delivery\n- email the working bee roster\n- print 20 seed swap posters at Officeworks\n- ask council about the water tank rebate\n- return Gus's wheelbarrow\n- new padlock for the shed\n\nHOME\n- Lachie's excursion form + $25, due Wed\n- book the dentist for both kids before term starts on the 11th\n- car service is overdue, book it asap\n- top up Mum's Opal card\n- birthday present for Zara, party's next Saturday\n- get the spare key cut\n- storms forecast Thurs, clean out the gutters before then\n- return the library books Tues\n- call Mum re Christmas plans\n\nalso: ring the bank about the card fraud thing Tues\nand look into solar quotes, whenever\npilates Mon + Wed 7am as usual",
    tasks: [
      { title: 'Post the roster for the school hols', due: '2027-10-05', project: 'Cafe' },
      { title: 'Order oat milk + cups from Bidfood', due: '2027-10-05', project: 'Cafe' },
      { title: 'Fix the wobbly table 4', due: null, project: 'Cafe' },
      { title: 'Buy chalk pens', due: null, project: 'Cafe' },
      { title: 'Redo the specials board', due: '2027-10-05', project: 'Cafe' },
      { title: 'Pay the Sydney Water bill', due: '2027-10-15', project: 'Cafe' },
      { title: 'Interview the barista candidate', due: '2027-10-07', project: 'Cafe' },
      { title: 'Deep clean the coolroom', due: '2027-10-18', project: 'Cafe', priority: 'high' },
      { title: 'BAS', due: '2027-10-28', project: 'Cafe' },
      { title: 'Send receipts to Vinh', due: '2027-10-08', project: 'Cafe' },
      { title: 'Be at the garden to sign for the mulch delivery', due: '2027-10-09', project: 'Garden' },
      { title: 'Email the working bee roster', due: null, project: 'Garden' },
      { title: 'Print 20 seed swap posters at Officeworks', due: null, project: 'Garden' },
      { title: 'Ask council about the water tank rebate', due: null, project: 'Garden' },
      { title: "Return Gus's wheelbarrow", due: null, project: 'Garden' },
      { title: 'New padlock for the shed', due: null, project: 'Garden' },
      { title: "Lachie's excursion form + $25", due: '2027-10-06', project: 'Home' },
      { title: 'Book the dentist for both kids', due: '2027-10-10', project: 'Home' },
      { title: 'Book the car service', due: null, project: 'Home', priority: 'high' },
      { title: "Top up Mum's Opal card", due: null, project: 'Home' },
      { title: 'Buy a birthday present for Zara', due: '2027-10-09', project: 'Home' },
      { title: 'Get the spare key cut', due: null, project: 'Home' },
      { title: 'Clean out the gutters', due: '2027-10-06', project: 'Home' },
      { title: 'Return the library books', due: '2027-10-05', project: 'Home' },
      { title: 'Call Mum re Christmas plans', due: null, project: 'Home' },
      { title: 'Ring the bank about the card fraud thing', due: '2027-10-05', project: null },
      { title: 'Look into solar quotes', due: null, project: null, priority: 'low' },
    ],
  },
];

export const generalSixteenthFreshCases: EvalCase[] = [...partA, ...partB];

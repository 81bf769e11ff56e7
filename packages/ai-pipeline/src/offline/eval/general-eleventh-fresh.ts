import type { EvalCase } from './dumps.ts';

/**
 * Eleventh fresh development set of issue #19 (twenty-sixth round): 48 everyday dumps written from
 * the text alone by a helper who neither read nor ran the parser (they read only the `EvalCase`
 * type and examples of `eval/dumps.ts`, `eval/score.ts`, the Dates section and the start of the
 * Evaluation section of docs/ai.md, the lines of docs/ai.md that mention "every" and recurring
 * things, a few whole cases of the tenth fresh set, and the header comments of `general-dev.ts` and
 * the second and fourth to tenth fresh sets). Twenty-eight voices, the first word of each name: the
 * twenty old ones two dumps each (`terse`, `prose`, `dictation`, pasted `slack`, `email` and
 * `whatsapp`, `meeting` notes, `feelings`, `us-dates`, `uk-dates` (British and Emirati day-first
 * dates), `foreign-dates` (Spanish and Dutch, with German, Italian and French in `terse`, `emoji`
 * and `groups` dumps), `emoji`, `project`s named in prose, `label`s, several `groups`,
 * `conditions`, things already `done`, `long` dumps, `nothing` to do and `oneliner`s), and eight
 * new ones, one dump each: a `bujo` page with bullet-journal signifiers (`•` task, `×` done, `>`
 * migrated, `<` scheduled, `o` event, `–` note), a `kanban` board pasted from Trello (TODO / DOING
 * / DONE), a list with `priorities` marked `(A)`/`(B)`/`(C)`, `P1`/`P3`, `URGENT` and "whenever",
 * `recurring` chores ("every Monday, starting tomorrow", "weekly", "each month, next one by the
 * 28th", "fortnightly, first round this Saturday"), a GitHub and Jira `checklist` (`- [ ]`,
 * `- [x]`, ticket keys, an ISO date), a day `timed` by the clock ("9:30 standup … 2pm dentist"),
 * lower-case `textspeak` ("gotta", "tmrw", "b4 tues", "w/", "pls", "ngl", "smth", "next wknd") and
 * a voice `memo` correcting itself ("call Dan, no wait, Dave … on Thursday, actually Friday"). 20
 * dumps state groups: upper-case headings (`WORKSHOP`/`HOME`,
 * `SHOW`/`CREW`/`FRONT OF HOUSE`/`HOME`), markdown headings (`## Club (treasurer)`,
 * `## v3.2 release checklist`, `## Day job (Jira)`), emoji headings in Italian (`🍦 GELATERIA`,
 * `🏠 CASA`), `Label:` lines in German, Dutch and French (`Schlag:`, `Bedrijf:`,
 * `Chalet Les Aiguilles :`), clients and pupils as labels (`Marcus:`, `Okonkwo twins:`, `Isla:`),
 * places and things (`Locks:`, `Cottage:`, `Birds:`, `Camp:`), topic headings with AOB in meeting
 * notes, "For work" / "At home" paragraphs, "For the book launch" and "For the Camino" in prose,
 * "for the truck … for the union" and "for the moora job … for the business" in dictation, a kanban
 * board's name, and loose lines after groups ("Me:", "Perso :", "personally", "Separately,",
 * "Otherwise,"). The two `long` dumps are 1,464 and 1,500 characters with 19 and 18 tasks. 300
 * expected tasks and 16 updates in all; open tasks with updates in six dumps (`feelings`, both
 * `done`, `bujo`, `kanban`, `checklist`: done, moved and cancelled), and one more open task that a
 * spoken correction leaves alone (`memo`); 10 tasks with a stated priority.
 *
 * New people and lives: a taxidermist, a pigeon fancier, a sign painter, a transplant coordinator,
 * a snowplough driver, a bore driller, a localisation manager, an esports team manager, a dog-show
 * exhibitor, a narrowboat owner, a maid of honour, a flat-share in Lisbon, a rowing club secretary,
 * a film festival programmer, a husband caring for his wife with dementia, a bike mechanic after a
 * break-up, a high-school band director, a crop-duster pilot, a canal lock keeper, a falconer, a
 * Fallas sculptor, a tulip grower, a gelato maker, a kombucha brewer, a novelist before her launch,
 * a couple planning the Camino, a personal trainer, a cello teacher, a rugby club treasurer, a
 * chalet cleaner, a hay farmer, an outdoor cinema organiser, a dog trainer, a pub landlady, a stage
 * manager in tech week, an Arctic expedition leader, a paralegal, a risograph printer, a school IT
 * admin, a kentia palm nursery, an open-source maintainer, a mobile notary, a student cinema usher
 * and an electrician.
 *
 * `today` runs over 2026–2027 in 45 zones (Pacific/Auckland and Australia/Lord_Howe to
 * Pacific/Honolulu, with Arctic/Longyearbyen): the clock changes of the EU (Lisbon forward on the
 * day in 2027, Stockholm and Luxembourg the day after; Dublin back the day after in 2026, London
 * the night before in 2026 and 2027), the US and Canada (Detroit forward in 2026; Los Angeles the
 * day after in 2027, with Phoenix, which keeps its clock; Denver back in 2026, Edmonton in 2027,
 * Chicago the night before), New Zealand (forward, 2026) and Australia (Lord Howe's half hour and
 * Melbourne forward, Sydney back on Easter Sunday 2026, Adelaide back in 2027); the ends of
 * January, February, March, April, May, June (Australia's financial year), July, August, September,
 * November and both years (due dates in 2028 from Paris and Honolulu); and holidays (New Year's Day
 * in Tokyo and Vancouver, Chinese New Year, St Patrick's Day, Easter Sunday with Easter Monday
 * ahead, the Irish October bank holiday, Austria's National Day, All Saints' Day observed in
 * Colombia, St Andrew's Day, the week after Christmas, New Year's Eve twice, the Fourth of July
 * ahead). Every due date was written as the reading it follows ("the coming Friday", "next week's
 * Tuesday", "the day before the 15th", "a week before 8 August", "Monday of next week", "the Friday
 * ahead") and computed with a Node script (`Date` and `Intl`) against each case's `today`, which
 * printed each date's weekday for a check by hand and each zone's offsets on the day before, the
 * day and the day after to check the clock changes.
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the
 * judgement calls of the second and fourth to tenth fresh sets. Plus these:
 * - A bullet-journal page: `•` lines are tasks; `×` lines are done (an open task marked so is done,
 *   anything else is nothing); a `>` migrated line is still to do, but one that is already an open
 *   task is neither a new task nor an update; a `<` scheduled line is a task on the day it is
 *   scheduled for ("8.4." is 8 April); an `o` event the person attends is a task on its day, as
 *   appointments are; `–` notes are no tasks; an open task written again with a new day ("cancel
 *   the gym before the 31st") is an update, not a new task.
 * - A kanban board: TODO and DOING cards are tasks, DONE cards mark open tasks done (or are
 *   nothing); the column names are no projects, but the board's own name is the project of all its
 *   cards, without "board" ("RISO STUDIO board" is "Riso studio"); a DOING card for an open task
 *   with a new day ("zine fair flyers (finish Thursday)") moves it.
 * - Priority marks: `(A)` high, `(B)` medium, `(C)` low, as `P1`/`P2`/`P3`; `URGENT`, `DRINGEND`,
 *   "asap" and "!!" high; "whenever" low; items without a mark in a marked list have no `priority`
 *   key.
 * - Recurring things: a weekly or monthly chore is a task without a due date (a recurrence is no
 *   due date, and docs/ai.md lets "every" void a date), unless the dump names its next or first
 *   turn ("every Monday, starting tomorrow", "each month, next one by the 28th", "fortnightly,
 *   first round this Saturday"), which is its due date; a daily routine ("water the shade house
 *   every morning", "practise … every day") is no task, as habits were not; a standing fixture
 *   ("staff meeting every second Thursday", "the supply ship comes every Tuesday") is no task, and
 *   a step named beside it with its own day ("label the seed orders Monday night") is.
 * - A pasted checklist: `- [ ]` items are tasks, `- [x]` items are not; ticket keys stay at the
 *   head of the title ("PLAT-412: migrate the billing cron to the new queue"); a checklist heading
 *   names the effort without "checklist" ("v3.2 release"), and a bracketed tool or role after a
 *   heading's name is dropped ("## Day job (Jira)" is "Day job", "## Club (treasurer)" is "Club");
 *   an ISO date ("due 2027-04-07") is that day.
 * - A day planned by the clock: every slot the person does is a task due that day, titled without
 *   its time, the standup and the lunch included; "evening:" over a line dates it today.
 * - Text-speak: titles write the shorthand out ("txt" is "Text", "w/" "with", "abt" "about", "smth"
 *   "something", "mums bday" "Mum … her birthday"; "pls", "ngl", "idk", "gotta" are dropped, "re"
 *   stays); "tmrw", "b4 tues", "fri", "wed morn" and "next wknd" read as their plain words ("next
 *   wknd" said on a Sunday is the Saturday six days on, as the table has it); "asap" is high.
 * - A voice memo correcting itself: the last word stands ("Dan, no wait, Dave", "Thursday, actually
 *   Friday", "Monday, no, Tuesday"), and a change taken back ("push it to Wednesday, no, leave it
 *   on Tuesday") is no update.
 * - A pasted email's offer left to the reader ("Catalogue advertising is open until 17 July if
 *   you'd like a page") is no task; "the week before the show, it's on 8 August" is 1 August; "that
 *   morning" after "by 4pm on Sunday 7th" is that Sunday.
 * - "Separately," after a named effort in prose starts loose sentences (`null`), as "Otherwise,"
 *   does in a paragraph of its own; "for the union" and "for the business" in dictation are
 *   projects "Union" and "Business", and "for the moora job" is "Moora job".
 * - A French label with a space before its colon ("Perso :") is a label; "Perso :" is no project,
 *   like "Personal:"; properties keep their names as written ("Chalet Les Aiguilles", "Appartement
 *   Mont-Blanc 4B"); an opening "Lo que queda:" over a list is generic (the dump is ungrouped, no
 *   `project` keys), and so is "Term starts Thursday, list:", which dates nothing.
 * - "de dag ervoor" is the day before the day just named, as "la veille" and "il giorno prima" are;
 *   "eind van de maand = vandaag!" and "fine mese (cioè oggi!)" are today; "avant le Nouvel An" is
 *   31 December.
 * - An item the dump gives to someone else in the person's own list ("Mila's dentist Tuesday 3:40,
 *   Sam's taking her") is no task; "Kegs came Monday" marks the open order done and "scrap the
 *   questions" cancels the quiz.
 * - A plan resting on the weather is a task ("If the forecast holds I'll start mowing … on
 *   Saturday"; "if it rains all next week, finally fix the woolshed door" without a date); one
 *   resting on a bank manager, a sponsor or a permit failing to come is not; "either way",
 *   "whatever happens" and "rain or shine" make a task of the clause they stand in, and "so print
 *   the flyers with both dates" after "if it rains" is a task.
 * Bookings for a dated event, shifts named by their day and dates of events a task only asks about
 * were written around.
 */

const CARE_PHARMACY = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0001';
const CARE_RESPITE = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0002';
const CARE_CLINIC = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0003';
const DOG_FLYERS = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0004';
const DOG_BARKLEY = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0005';
const DOG_VAN = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0006';
const DOG_CERT = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0007';
const PUB_KEGS = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0008';
const PUB_BAND = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0009';
const PUB_QUIZ = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0010';
const PUB_HEALTH = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0011';
const BUJO_BUNDLE = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0012';
const BUJO_PASSPORT = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0013';
const BUJO_GYM = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0014';
const RISO_FLYERS = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0015';
const RISO_INK = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0016';
const RELEASE_CUT = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0017';
const RELEASE_CVE = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0018';
const MEMO_QUOTE = '6c1d8e42-7a93-4f15-b2c6-9e4d3a2b0019';

export const generalEleventhFreshCases: EvalCase[] = [
  {
    name: 'terse 1: taxidermist in Stockholm the day after the clocks went forward, upper-case headings',
    today: '2026-03-30',
    timezone: 'Europe/Stockholm',
    text: "clocks went forward yesterday, still groggy\nWORKSHOP\n- finish the lynx mount for Bergström by Fri\n- order glass eyes 14mm + 18mm\n- defrost the big freezer this weekend\n- post the CITES paperwork for the eagle owl tomorrow\n- reply to the natural history museum re the elk head\nHOME\n- Elsa's parent evening Thu 18:00\n- winter tyres off before 15 April\n- pay the sauna club fee",
    tasks: [
      { title: 'Finish the lynx mount for Bergström', due: '2026-04-03', project: 'Workshop' },
      { title: 'Order glass eyes 14mm + 18mm', due: null, project: 'Workshop' },
      { title: 'Defrost the big freezer', due: '2026-04-04', project: 'Workshop' },
      { title: 'Post the CITES paperwork for the eagle owl', due: '2026-03-31', project: 'Workshop' },
      { title: 'Reply to the natural history museum re the elk head', due: null, project: 'Workshop' },
      { title: "Elsa's parent evening", due: '2026-04-02', project: 'Home' },
      { title: 'Winter tyres off', due: '2026-04-14', project: 'Home' },
      { title: 'Pay the sauna club fee', due: null, project: 'Home' },
    ],
  },
  {
    name: 'terse 2: German pigeon fancier at the end of May, loft and home labels, one urgent item',
    today: '2027-05-31',
    timezone: 'Europe/Berlin',
    text: 'Schlag:\n- Jungtiere gegen Paramyxo impfen DRINGEND\n- Schlagboden sauber machen morgen\n- Tauben einsetzen Freitagabend\n- neue Ringe beim Verein abholen bis Ende der Woche\n- Vereinsbeitrag zahlen vor dem 5. Juni\n- Falltür reparieren\nZuhause:\n- Mathildes Schwimmkurs bezahlen bis Mittwoch\n- Oma am Sonntag anrufen',
    tasks: [
      { title: 'Jungtiere gegen Paramyxo impfen', due: null, project: 'Schlag', priority: 'high' },
      { title: 'Schlagboden sauber machen', due: '2027-06-01', project: 'Schlag' },
      { title: 'Tauben einsetzen', due: '2027-06-04', project: 'Schlag' },
      { title: 'Neue Ringe beim Verein abholen', due: '2027-06-04', project: 'Schlag' },
      { title: 'Vereinsbeitrag zahlen', due: '2027-06-04', project: 'Schlag' },
      { title: 'Falltür reparieren', due: null, project: 'Schlag' },
      { title: 'Mathildes Schwimmkurs bezahlen', due: '2027-06-02', project: 'Zuhause' },
      { title: 'Oma anrufen', due: '2027-06-06', project: 'Zuhause' },
    ],
  },
  {
    name: 'prose 1: sign painter on the October bank holiday after the clocks went back, work and home paragraphs',
    today: '2026-10-26',
    timezone: 'Europe/Dublin',
    text: "Bank holiday Monday and the clocks went back yesterday, so it's dark by half five and I'm only now sitting down with a tea. For work, O'Driscoll's pub is reopening on Friday, so the gold leaf lettering on their fascia has to be finished by Thursday. I need to order more 23-carat transfer leaf, and ring the scaffolding crowd tomorrow about getting the tower back. The chipper in Skibbereen wants a quote for a hand-painted menu board, send that this week.\n\nAt home, Niamh's birthday is on Saturday, I need to get her something nice. Book the car in for its NCT at some point. And clear the gutters before the storm they're forecasting for Wednesday.",
    tasks: [
      { title: "Finish the gold leaf lettering on O'Driscoll's fascia", due: '2026-10-29', project: 'Work' },
      { title: 'Order more 23-carat transfer leaf', due: null, project: 'Work' },
      { title: 'Ring the scaffolding crowd about getting the tower back', due: '2026-10-27', project: 'Work' },
      { title: 'Send the chipper in Skibbereen a quote for a hand-painted menu board', due: '2026-10-30', project: 'Work' },
      { title: 'Get Niamh something nice for her birthday', due: '2026-10-31', project: 'Home' },
      { title: 'Book the car in for its NCT', due: null, project: 'Home' },
      { title: 'Clear the gutters', due: '2026-10-27', project: 'Home' },
    ],
  },
  {
    name: 'prose 2: transplant coordinator at the end of February',
    today: '2027-02-26',
    timezone: 'America/Chicago',
    text: "Long week. Three organ offers since Tuesday and one fell through at 2am, which is the part of this job nobody warns you about. Before I forget: I still need to pull the waitlist numbers for the quarterly OPTN data report, which is due at the end of the month. I promised the Hendersons' daughter I'd call her back on Monday about her dad's evaluation appointments. My CPTC certification lapses on March 15, so renew it before then. I want to email Dr. Okafor the updated on-call rota by Sunday, and I really need a haircut, I look feral. The kids want pancakes tomorrow morning, so pick up syrup on the way home tonight.",
    tasks: [
      { title: 'Pull the waitlist numbers for the quarterly OPTN data report', due: '2027-02-28' },
      { title: "Call the Hendersons' daughter back about her dad's evaluation appointments", due: '2027-03-01' },
      { title: 'Renew my CPTC certification', due: '2027-03-14' },
      { title: 'Email Dr. Okafor the updated on-call rota', due: '2027-02-28' },
      { title: 'Get a haircut', due: null },
      { title: 'Pick up syrup on the way home', due: '2027-02-26' },
    ],
  },
  {
    name: 'dictation 1: snowplough driver at the end of November, truck and union runs',
    today: '2026-11-30',
    timezone: 'America/Winnipeg',
    text: 'ok so first real storm is coming thursday night and im on nights all week so for the truck i need to get the blade edge replaced tomorrow and top up the hydraulic fluid and check the salt spreader chains before thursday and for the union i have to send my overtime sheet to karen by friday and vote in the steward election its online and closes wednesday and personally i should get my winter boots resoled and call grandma on saturday its her birthday',
    tasks: [
      { title: 'Get the blade edge replaced', due: '2026-12-01', project: 'Truck' },
      { title: 'Top up the hydraulic fluid', due: null, project: 'Truck' },
      { title: 'Check the salt spreader chains', due: '2026-12-02', project: 'Truck' },
      { title: 'Send my overtime sheet to Karen', due: '2026-12-04', project: 'Union' },
      { title: 'Vote in the steward election', due: '2026-12-02', project: 'Union' },
      { title: 'Get my winter boots resoled', due: null, project: null },
      { title: 'Call grandma for her birthday', due: '2026-12-05', project: null },
    ],
  },
  {
    name: 'dictation 2: bore driller in Western Australia, a job and the business named',
    today: '2027-07-30',
    timezone: 'Australia/Perth',
    text: 'right notes for next week um for the moora job the rig goes out to the pearce place on tuesday so before then i need to get the mud pump serviced and pick up the casing from geraldton tomorrow and ring the shire about the water licence and then for the business the ute rego is due on the fifth so pay that and email the quarterly figures to our accountant by the end of next week and personally buy a birthday card for mum her birthdays on sunday',
    tasks: [
      { title: 'Get the mud pump serviced', due: '2027-08-02', project: 'Moora job' },
      { title: 'Pick up the casing from Geraldton', due: '2027-07-31', project: 'Moora job' },
      { title: 'Ring the shire about the water licence', due: null, project: 'Moora job' },
      { title: 'Pay the ute rego', due: '2027-08-05', project: 'Business' },
      { title: 'Email the quarterly figures to our accountant', due: '2027-08-06', project: 'Business' },
      { title: 'Buy a birthday card for Mum', due: '2027-08-01', project: null },
    ],
  },
  {
    name: 'slack 1: localisation manager on the last day of September',
    today: '2026-09-30',
    timezone: 'Europe/Prague',
    text: "#loc-team\n[10:02] Tereza: morning! the Japanese strings for patch 2.3 came back, can you run the QA pass on them by Friday?\n[10:04] Tereza: also the glossary export is broken again\n[10:05] Ondřej: I'll file the bug for the glossary\n[10:11] Me: thanks! I'll do the JP QA tomorrow\n[10:15] Tereza: and can someone send the Polish vendor their PO before end of month? that's today lol\n[10:16] Me: on it, sending now\n[10:20] Tereza: last thing, the Q4 budget sheet needs your numbers next week\n[10:21] Me: 👍\n\nnotes to self: book the team lunch for Ondřej's leaving do, renew the Memsource licence before the 15th",
    tasks: [
      { title: 'Run the QA pass on the Japanese strings for patch 2.3', due: '2026-10-01' },
      { title: 'Send the Polish vendor their PO', due: '2026-09-30' },
      { title: 'Add my numbers to the Q4 budget sheet', due: '2026-10-05' },
      { title: "Book the team lunch for Ondřej's leaving do", due: null },
      { title: 'Renew the Memsource licence', due: '2026-10-14' },
    ],
  },
  {
    name: 'slack 2: esports team manager the day after the clocks went forward',
    today: '2027-03-15',
    timezone: 'America/Los_Angeles',
    text: "DM from Coach Ray (Sun 11:48 PM): clocks jumped and I overslept the scrim lol. For the playoffs this Saturday we need the hotel rooms confirmed by Wednesday, the team jerseys picked up from the printer, and the visa letter for Jin sorted before Thursday's call with the league.\nMe: got it. jerseys I can grab tomorrow, hotel I'll confirm today\nCoach Ray: also Kai's contract renewal, can you get legal to look at it this week\nMe: yep\nCoach Ray: I'll handle the scrim schedule and the bootcamp house\nMe: cool. I'll also send the consent forms to the two minors' parents tonight",
    tasks: [
      { title: 'Confirm the hotel rooms', due: '2027-03-15' },
      { title: 'Pick up the team jerseys from the printer', due: '2027-03-16' },
      { title: 'Sort the visa letter for Jin', due: '2027-03-17' },
      { title: "Get legal to look at Kai's contract renewal", due: '2027-03-19' },
      { title: "Send the consent forms to the two minors' parents", due: '2027-03-15' },
    ],
  },
  {
    name: 'email 1: kennel club to a dog show exhibitor at the end of the financial year',
    today: '2026-06-30',
    timezone: 'Australia/Brisbane',
    text: "Sorting this email from the kennel club:\n\n> Dear Mrs Van der Merwe,\n> Thank you for entering Duchess (Afghan Hound) in the Royal Queensland Show. Your entry is provisional until we receive a copy of her current vaccination certificate and your signed exhibitor declaration, both before entries close on 10 July. Please also confirm whether you require a grooming table space by 20 July. Catalogue advertising is open until 17 July if you'd like a page.\n> Kind regards, Show Secretary\n\nMe: get Duchess groomed the week before the show, it's on 8 August. And renew my own club membership tonight while I'm thinking of it.",
    tasks: [
      { title: "Send a copy of Duchess's current vaccination certificate", due: '2026-07-09' },
      { title: 'Send the signed exhibitor declaration', due: '2026-07-09' },
      { title: 'Confirm whether I need a grooming table space', due: '2026-07-20' },
      { title: 'Get Duchess groomed', due: '2026-08-01' },
      { title: 'Renew my club membership', due: '2026-06-30' },
    ],
  },
  {
    name: 'email 2: boatyard to a narrowboat owner the night the clocks go back',
    today: '2027-10-30',
    timezone: 'Europe/London',
    text: "Email from the boatyard, need to act on this:\n\n> Hi Gareth,\n> Just confirming Kingfisher is booked in for blacking on Monday 8 November. Could you bring her round to the yard by 4pm on Sunday 7th? Please pump out the bilge and turn off the gas that morning. We'll also need your CRT licence number for the insurance form, so reply with that by Wednesday if you can. The £250 deposit is payable on arrival.\n> Cheers, Sue (Braunston Marina)\n\nAlso: new tiller pin, and tell Ben I can't do the pub quiz. Clocks go back tonight.",
    tasks: [
      { title: 'Bring Kingfisher round to the yard', due: '2027-11-07' },
      { title: 'Pump out the bilge', due: '2027-11-07' },
      { title: 'Turn off the gas', due: '2027-11-07' },
      { title: 'Reply with my CRT licence number', due: '2027-11-03' },
      { title: 'Pay the £250 deposit', due: '2027-11-07' },
      { title: 'New tiller pin', due: null },
      { title: "Tell Ben I can't do the pub quiz", due: null },
    ],
  },
  {
    name: 'whatsapp 1: maid of honour in Manila on the last day of April',
    today: '2026-04-30',
    timezone: 'Asia/Manila',
    text: "[30/04, 8:12 pm] Bea: 3 weeks to Carla's wedding!! 😭 who's doing what\n[30/04, 8:13 pm] Bea: Ria can you order the matching robes? you have everyone's sizes\n[30/04, 8:15 pm] Me: yes will order them tomorrow\n[30/04, 8:16 pm] Joy: I'll do the bridal shower games\n[30/04, 8:18 pm] Bea: Ria also the speech 👀 first draft by next Friday pls\n[30/04, 8:19 pm] Me: ugh fine\n[30/04, 8:21 pm] Bea: and everyone send me ₱1,500 for the shower venue by Sunday\n[30/04, 8:25 pm] Joy: sent!\n\nnotes: pick up my dress from the tailor on Saturday, ask Tita Lorna if we can borrow her car",
    tasks: [
      { title: 'Order the matching robes', due: '2026-05-01' },
      { title: 'Write the first draft of the speech', due: '2026-05-08' },
      { title: 'Send Bea ₱1,500 for the shower venue', due: '2026-05-03' },
      { title: 'Pick up my dress from the tailor', due: '2026-05-02' },
      { title: 'Ask Tita Lorna if we can borrow her car', due: null },
    ],
  },
  {
    name: 'whatsapp 2: flat-share in Lisbon as summer time began',
    today: '2027-03-28',
    timezone: 'Europe/Lisbon',
    text: "[28/03/27, 10:41] Inês: bom dia, the clocks changed and I was late to everything 😅\n[28/03/27, 10:42] Inês: reminder the landlord comes Tuesday at 6 for the inspection\n[28/03/27, 10:43] Inês: Tom can you fix the bathroom door handle before he comes?\n[28/03/27, 10:50] Me: yep, will do it tomorrow\n[28/03/27, 10:51] Duarte: I'll deep clean the kitchen\n[28/03/27, 10:53] Inês: and someone has to pay the internet bill, it's in Tom's name\n[28/03/27, 10:55] Me: ok paying it tonight\n[28/03/27, 11:02] Inês: also April rent, send me your share by the 1st please\n\nmine: book the residence permit renewal appointment, ask Duarte for the 20€ he owes me",
    tasks: [
      { title: 'Fix the bathroom door handle', due: '2027-03-29' },
      { title: 'Pay the internet bill', due: '2027-03-28' },
      { title: 'Send Inês my share of the April rent', due: '2027-04-01' },
      { title: 'Book the residence permit renewal appointment', due: null },
      { title: 'Ask Duarte for the 20€ he owes me', due: null },
    ],
  },
  {
    name: 'meeting 1: rowing club committee in Hobart at the end of January, topic headings and AOB',
    today: '2026-01-31',
    timezone: 'Australia/Hobart',
    text: 'Derwent Rowing Club committee, Sat 31 Jan\nPresent: Fiona (chair), Paddy, Lachie, me (Sam, sec)\n\nRegatta\n- Paddy to book the St John first aid team\n- Sam: send the entry forms to the other clubs by Wednesday\n- Sam + Lachie: walk the course with the harbourmaster next Saturday\n- Sam: update the safety plan by 20/2\n\nBoatshed\n- roller door is jammed again, Lachie to call Tas Doors\n- Sam: get two quotes for the new racking by end of Feb\n\nAOB\n- everyone: renew your Rowing Tas membership before the 14th\n- next meeting 28 Feb',
    tasks: [
      { title: 'Send the entry forms to the other clubs', due: '2026-02-04', project: 'Regatta' },
      { title: 'Walk the course with the harbourmaster', due: '2026-02-07', project: 'Regatta' },
      { title: 'Update the safety plan', due: '2026-02-20', project: 'Regatta' },
      { title: 'Get two quotes for the new racking', due: '2026-02-28', project: 'Boatshed' },
      { title: 'Renew my Rowing Tas membership', due: '2026-02-13' },
    ],
  },
  {
    name: 'meeting 2: film festival programming sync in Busan, month/day dates',
    today: '2027-09-30',
    timezone: 'Asia/Seoul',
    text: "BIFF programming sync 9/30\nattendees: Ji-woo, Hyun, Mina, me\n\n- opening gala print arrives 10/4, Hyun to check it at the venue\n- me: finalise the Q&A moderator list by tomorrow\n- me + Mina: meet the Korea Cinema Today jury on Monday\n- Ji-woo off from 10/5\n- subtitle file for 'Salt Road' still missing → me to chase the sales agent today\n- everyone: badge photos to Mina before 10/3\n- me: draft the press release for the closing film next week\n- AOB: birthday cake for Hyun in the kitchen",
    tasks: [
      { title: 'Finalise the Q&A moderator list', due: '2027-10-01' },
      { title: 'Meet the Korea Cinema Today jury', due: '2027-10-04' },
      { title: "Chase the sales agent for the 'Salt Road' subtitle file", due: '2027-09-30' },
      { title: 'Send my badge photo to Mina', due: '2027-10-02' },
      { title: 'Draft the press release for the closing film', due: '2027-10-04' },
    ],
  },
  {
    name: 'feelings 1: husband caring for his wife with dementia after Christmas, with open tasks',
    today: '2026-12-28',
    timezone: 'America/Toronto',
    open: [
      { id: CARE_PHARMACY, title: "Pick up Margaret's prescriptions", due_date: '2026-12-29' },
      { id: CARE_RESPITE, title: 'Apply for respite care funding', due_date: null },
      { id: CARE_CLINIC, title: 'Call the memory clinic about the referral', due_date: '2026-12-30' },
    ],
    text: "Hard Christmas. Margaret didn't know our son on Christmas Day and he pretended it was fine, but I saw his face. I'm tired in a way sleep doesn't fix. The respite funding application finally went in this morning, so that's one thing off my back, and I picked up her prescriptions early. The memory clinic can wait until the new year, I'll ring them on the 4th. I need to get grab rails fitted in the bathroom before she falls again, and I should call the Alzheimer Society support line this week, Sandra keeps telling me to. Maybe a walk tomorrow if it's not icy.",
    tasks: [
      { title: 'Get grab rails fitted in the bathroom', due: null },
      { title: 'Call the Alzheimer Society support line', due: '2027-01-01' },
      { title: 'Go for a walk', due: '2026-12-29' },
    ],
    updates: [
      { task_id: CARE_RESPITE, status: 'done' },
      { task_id: CARE_PHARMACY, status: 'done' },
      { task_id: CARE_CLINIC, due: '2027-01-04' },
    ],
  },
  {
    name: 'feelings 2: bike mechanic in Oslo after a break-up, at the end of July',
    today: '2026-07-31',
    timezone: 'Europe/Oslo',
    text: "Honestly not great. Linnea moved her things out on Sunday and the flat echoes. Work is the only thing keeping me upright. The shop rent is due tomorrow, pay it tonight before I forget. I have three wheel builds to finish and Henrik's cargo bike has to be ready by Tuesday. I should text my brother back, he's been checking in every day. Cancel the second Spotify account. And book the physio for my shoulder, it's been weeks.",
    tasks: [
      { title: 'Pay the shop rent', due: '2026-07-31' },
      { title: 'Finish three wheel builds', due: null },
      { title: "Get Henrik's cargo bike ready", due: '2026-08-04' },
      { title: 'Text my brother back', due: null },
      { title: 'Cancel the second Spotify account', due: null },
      { title: 'Book the physio for my shoulder', due: null },
    ],
  },
  {
    name: 'us-dates 1: high-school band director on the spring-forward Sunday, band and home labels',
    today: '2026-03-08',
    timezone: 'America/Detroit',
    text: 'lost an hour, great\nBAND:\n- uniform fittings 3/10 after school\n- order reeds (alto sax, clarinet) by 3/13\n- solo & ensemble entry forms due 3/20\n- email parents re: the bus to Grand Rapids on 4/18, send it this week\n- pep band for the district final 3/12, print the stand tunes the day before\nHOME:\n- taxes appt w/ Dale 3/24\n- car registration expires 3/31, renew online',
    tasks: [
      { title: 'Uniform fittings', due: '2026-03-10', project: 'Band' },
      { title: 'Order reeds (alto sax, clarinet)', due: '2026-03-13', project: 'Band' },
      { title: 'Solo & ensemble entry forms', due: '2026-03-20', project: 'Band' },
      { title: 'Email parents re: the bus to Grand Rapids', due: '2026-03-13', project: 'Band' },
      { title: 'Print the stand tunes for the district final', due: '2026-03-11', project: 'Band' },
      { title: 'Taxes appointment with Dale', due: '2026-03-24', project: 'Home' },
      { title: 'Renew the car registration online', due: '2026-03-31', project: 'Home' },
    ],
  },
  {
    name: 'us-dates 2: crop-duster pilot at the end of June, the Fourth ahead',
    today: '2027-06-30',
    timezone: 'America/Indiana/Indianapolis',
    text: "- annual inspection on the Air Tractor due 7/15, book it w/ Hoosier Aviation this week\n- spray the Millers' 400 ac of beans 7/2 if the wind allows\n- hangar rent by 7/1\n- FAA medical 7/8 10am\n- call in the fuel order Friday, holiday week\n- 4th of July cookout at Brenda's, bring the smoker\n- renew the ag operator cert before 7/31",
    tasks: [
      { title: 'Book the annual inspection on the Air Tractor with Hoosier Aviation', due: '2027-07-02' },
      { title: "Spray the Millers' 400 ac of beans", due: '2027-07-02' },
      { title: 'Hangar rent', due: '2027-07-01' },
      { title: 'FAA medical', due: '2027-07-08' },
      { title: 'Call in the fuel order', due: '2027-07-02' },
      { title: "Bring the smoker to Brenda's cookout", due: '2027-07-04' },
      { title: 'Renew the ag operator cert', due: '2027-07-30' },
    ],
  },
  {
    name: 'uk-dates 1: canal lock keeper the night the clocks go back, locks and cottage labels',
    today: '2026-10-24',
    timezone: 'Europe/London',
    text: 'Clocks go back tonight.\nLocks:\n- grease the paddle gear at lock 14 by 29/10\n- put up the winter stoppage notices before the stoppage starts on 2/11\n- clear the bywash grille Mon\n- November volunteer rota to Kath before 31/10\nCottage:\n- chimney sweep booked 5/11, move the log pile before then\n- ring about the boiler service Mon\n- set up the new council tax direct debit before 1/11',
    tasks: [
      { title: 'Grease the paddle gear at lock 14', due: '2026-10-29', project: 'Locks' },
      { title: 'Put up the winter stoppage notices', due: '2026-11-01', project: 'Locks' },
      { title: 'Clear the bywash grille', due: '2026-10-26', project: 'Locks' },
      { title: 'November volunteer rota to Kath', due: '2026-10-30', project: 'Locks' },
      { title: 'Move the log pile', due: '2026-11-04', project: 'Cottage' },
      { title: 'Ring about the boiler service', due: '2026-10-26', project: 'Cottage' },
      { title: 'Set up the new council tax direct debit', due: '2026-10-31', project: 'Cottage' },
    ],
  },
  {
    name: 'uk-dates 2: falconer in Dubai at the end of January, day-first dates under labels',
    today: '2027-01-29',
    timezone: 'Asia/Dubai',
    text: "Birds:\n- Saqr's check-up at the falcon hospital 02/02 9am\n- renew Saqr's falcon passport, expires 14/02\n- order quail from the supplier before 05/02\n- collect the new hood from Abu Hamad's on Sunday\n- Khalid's son wants lessons, call him back\nCamp:\n- pay the desert camp deposit by 31/01\n- fix the shade net before the weekend trip on 12/02",
    tasks: [
      { title: "Saqr's check-up at the falcon hospital", due: '2027-02-02', project: 'Birds' },
      { title: "Renew Saqr's falcon passport", due: '2027-02-14', project: 'Birds' },
      { title: 'Order quail from the supplier', due: '2027-02-04', project: 'Birds' },
      { title: "Collect the new hood from Abu Hamad's", due: '2027-01-31', project: 'Birds' },
      { title: "Call Khalid's son back about lessons", due: null, project: 'Birds' },
      { title: 'Pay the desert camp deposit', due: '2027-01-31', project: 'Camp' },
      { title: 'Fix the shade net', due: '2027-02-11', project: 'Camp' },
    ],
  },
  {
    name: 'foreign-dates 1: Fallas sculptor in Valencia on the last day of February, Spanish',
    today: '2027-02-28',
    timezone: 'Europe/Madrid',
    text: 'Domingo, último día de febrero. Lo que queda:\n- terminar de pintar el ninot grande antes del 10 de marzo\n- pedir más poliestireno el lunes\n- llamar al ayuntamiento por el permiso de la grúa esta semana\n- pagar a los ayudantes el viernes\n- revisar la instalación eléctrica con Pepe el próximo martes\n- comprar el regalo de cumpleaños de mamá antes del sábado\n- renovar el seguro del taller, vence el 15',
    tasks: [
      { title: 'Terminar de pintar el ninot grande', due: '2027-03-09' },
      { title: 'Pedir más poliestireno', due: '2027-03-01' },
      { title: 'Llamar al ayuntamiento por el permiso de la grúa', due: '2027-03-05' },
      { title: 'Pagar a los ayudantes', due: '2027-03-05' },
      { title: 'Revisar la instalación eléctrica con Pepe', due: '2027-03-02' },
      { title: 'Comprar el regalo de cumpleaños de mamá', due: '2027-03-05' },
      { title: 'Renovar el seguro del taller', due: '2027-03-15' },
    ],
  },
  {
    name: 'foreign-dates 2: Dutch tulip grower on the last day of April, farm and home labels',
    today: '2027-04-30',
    timezone: 'Europe/Amsterdam',
    text: 'Vrijdag, laatste dag van april.\nBedrijf:\n- loonwerker bellen voor het koppen, uiterlijk dinsdag\n- kratten bestellen vóór 10 mei\n- btw-aangifte doen, eind van de maand = vandaag!\n- volgende week woensdag keuring door de NAK, kas opruimen de dag ervoor\nThuis:\n- Opa ophalen uit het ziekenhuis op zondag\n- verzekering van de oude tractor opzeggen\n- fietsen van de kinderen naar de fietsenmaker dit weekend',
    tasks: [
      { title: 'Loonwerker bellen voor het koppen', due: '2027-05-04', project: 'Bedrijf' },
      { title: 'Kratten bestellen', due: '2027-05-09', project: 'Bedrijf' },
      { title: 'Btw-aangifte doen', due: '2027-04-30', project: 'Bedrijf' },
      { title: 'Kas opruimen', due: '2027-05-04', project: 'Bedrijf' },
      { title: 'Opa ophalen uit het ziekenhuis', due: '2027-05-02', project: 'Thuis' },
      { title: 'Verzekering van de oude tractor opzeggen', due: null, project: 'Thuis' },
      { title: 'Fietsen van de kinderen naar de fietsenmaker', due: '2027-05-01', project: 'Thuis' },
    ],
  },
  {
    name: 'emoji 1: gelato maker in Rome at the end of August, emoji headings in Italian',
    today: '2026-08-31',
    timezone: 'Europe/Rome',
    text: "🍦 GELATERIA\n- ordinare i pistacchi di Bronte entro venerdì\n- pulire il mantecatore domani mattina\n- nuovi gusti autunnali per il 15 settembre\n- pagare il fornitore del latte, fine mese (cioè oggi!)\n🏠 CASA\n- portare la macchina dal meccanico lunedì prossimo\n- sabato compleanno della nonna, comprare i fiori\n- rinnovare la carta d'identità",
    tasks: [
      { title: 'Ordinare i pistacchi di Bronte', due: '2026-09-04', project: 'Gelateria' },
      { title: 'Pulire il mantecatore', due: '2026-09-01', project: 'Gelateria' },
      { title: 'Nuovi gusti autunnali', due: '2026-09-15', project: 'Gelateria' },
      { title: 'Pagare il fornitore del latte', due: '2026-08-31', project: 'Gelateria' },
      { title: 'Portare la macchina dal meccanico', due: '2026-09-07', project: 'Casa' },
      { title: 'Comprare i fiori per il compleanno della nonna', due: '2026-09-05', project: 'Casa' },
      { title: "Rinnovare la carta d'identità", due: null, project: 'Casa' },
    ],
  },
  {
    name: 'emoji 2: kombucha brewer in Melbourne as daylight saving began',
    today: '2027-10-03',
    timezone: 'Australia/Melbourne',
    text: '🕐 daylight saving started, lost an hour, market still happened\n🫙 bottle the ginger batch tomorrow\n🧾 BAS for the quarter by the 28th\n🚚 van rego due Friday\n🍋 order 20kg lemons from Mildura before Wednesday\n📸 new Insta post for the spring flavours\n⛺ market next Sunday, need a new gazebo weight before then\n📞 ring Mum back',
    tasks: [
      { title: 'Bottle the ginger batch', due: '2027-10-04' },
      { title: 'BAS for the quarter', due: '2027-10-28' },
      { title: 'Pay the van rego', due: '2027-10-08' },
      { title: 'Order 20kg lemons from Mildura', due: '2027-10-05' },
      { title: 'New Insta post for the spring flavours', due: null },
      { title: 'Get a new gazebo weight', due: '2027-10-09' },
      { title: 'Ring Mum back', due: null },
    ],
  },
  {
    name: 'project 1: novelist in Vienna on the National Day, a book launch named in prose',
    today: '2027-10-26',
    timezone: 'Europe/Vienna',
    text: "Nationalfeiertag, the flat is quiet, so let me think. 'The Salt Orchard' comes out on 19 November and the launch party is at Thalia on the 20th. For the book launch I need to send the final guest list to the bookshop by Friday, order 200 bookmarks, and ask Lena if she'll do the reading with me. The review copies should go out to the bloggers next week at the latest.\n\nSeparately, my tax adviser wants the receipts from the reading tour before the end of the month, and I really must call my mother back.",
    tasks: [
      { title: 'Send the final guest list to the bookshop', due: '2027-10-29', project: 'Book launch' },
      { title: 'Order 200 bookmarks', due: null, project: 'Book launch' },
      { title: "Ask Lena if she'll do the reading with me", due: null, project: 'Book launch' },
      { title: 'Send the review copies to the bloggers', due: '2027-11-01', project: 'Book launch' },
      { title: 'Send my tax adviser the receipts from the reading tour', due: '2027-10-31', project: null },
      { title: 'Call my mother back', due: null, project: null },
    ],
  },
  {
    name: 'project 2: a Camino planned in Sydney on Easter Sunday as the clocks went back',
    today: '2026-04-05',
    timezone: 'Australia/Sydney',
    text: "Easter Sunday and the clocks went back, so an extra hour for planning. The Camino is actually happening! We fly to Porto on 14 May. For the Camino I still need to break in the new boots properly, buy the credencial online, and get travel insurance sorted by the end of April. Mark is booking the first two albergues, so that's his. I should ring the GP about my knee before we go, and the passport renewal has to be in by Friday or it won't come back in time.\n\nOtherwise, tomorrow's Easter Monday: take the kids to Nana's for lunch.",
    tasks: [
      { title: 'Break in the new boots', due: null, project: 'Camino' },
      { title: 'Buy the credencial online', due: null, project: 'Camino' },
      { title: 'Get travel insurance sorted', due: '2026-04-30', project: 'Camino' },
      { title: 'Ring the GP about my knee', due: '2026-05-13', project: 'Camino' },
      { title: 'Send in the passport renewal', due: '2026-04-10', project: 'Camino' },
      { title: "Take the kids to Nana's for lunch", due: '2026-04-06', project: null },
    ],
  },
  {
    name: "label 1: personal trainer on New Year's Day, clients as labels",
    today: '2027-01-01',
    timezone: 'America/Vancouver',
    text: "New Year's Day, everyone's making resolutions, good for business.\nMarcus: new 12-week plan by Monday, weigh-in Tuesday 7am\nPriya: send her the knee rehab video by the 5th\nOkonkwo twins: invoice for December, move their sessions to mornings\nGym: renew my liability insurance before the 15th, deep clean the squat rack\nMe: meal prep Sunday",
    tasks: [
      { title: 'New 12-week plan', due: '2027-01-04', project: 'Marcus' },
      { title: 'Weigh-in', due: '2027-01-05', project: 'Marcus' },
      { title: 'Send her the knee rehab video', due: '2027-01-05', project: 'Priya' },
      { title: 'Invoice for December', due: null, project: 'Okonkwo twins' },
      { title: 'Move their sessions to mornings', due: null, project: 'Okonkwo twins' },
      { title: 'Renew my liability insurance', due: '2027-01-14', project: 'Gym' },
      { title: 'Deep clean the squat rack', due: null, project: 'Gym' },
      { title: 'Meal prep', due: '2027-01-03', project: null },
    ],
  },
  {
    name: "label 2: cello teacher in Halifax on St Andrew's Day, pupils as labels",
    today: '2027-11-30',
    timezone: 'America/Halifax',
    text: "Isla: grade 5 exam on 9 Dec, run a full mock with her next week\nRory: tell his mum about the new strings ($38), restring his cello before Thursday's lesson\nAoife: lend her the Popper études\nAdmin: send the December invoices before the 1st, renew my Vulnerable Sector Check by the end of December\n\nalso practise the Elgar slow movement every day, no excuses",
    tasks: [
      { title: 'Run a full mock with her', due: '2027-12-06', project: 'Isla' },
      { title: 'Tell his mum about the new strings ($38)', due: null, project: 'Rory' },
      { title: 'Restring his cello', due: '2027-12-01', project: 'Rory' },
      { title: 'Lend her the Popper études', due: null, project: 'Aoife' },
      { title: 'Send the December invoices', due: '2027-11-30', project: 'Admin' },
      { title: 'Renew my Vulnerable Sector Check', due: '2027-12-31', project: 'Admin' },
    ],
  },
  {
    name: 'groups 1: rugby club treasurer in Johannesburg at the end of February, markdown headings',
    today: '2026-02-28',
    timezone: 'Africa/Johannesburg',
    text: "## Club (treasurer)\n- bank the gate takings from today's match on Monday\n- chase the U16 parents who haven't paid subs\n- SARS eFiling for the club's return by 31 March\n- kit sponsor invoice to Doug next week\n\n## Work\n- finish the audit file for Mokoena Logistics by Wed\n- log my CPD hours before the end of March\n\n## Home\n- call the pool guy about the pump noise tomorrow\n- pay Thandi's school fees by the 3rd\n- braai at the Naidoos' next Saturday, bring the wors",
    tasks: [
      { title: "Bank the gate takings from today's match", due: '2026-03-02', project: 'Club' },
      { title: "Chase the U16 parents who haven't paid subs", due: null, project: 'Club' },
      { title: "SARS eFiling for the club's return", due: '2026-03-31', project: 'Club' },
      { title: 'Kit sponsor invoice to Doug', due: '2026-03-02', project: 'Club' },
      { title: 'Finish the audit file for Mokoena Logistics', due: '2026-03-04', project: 'Work' },
      { title: 'Log my CPD hours', due: '2026-03-31', project: 'Work' },
      { title: 'Call the pool guy about the pump noise', due: '2026-03-01', project: 'Home' },
      { title: "Pay Thandi's school fees", due: '2026-03-03', project: 'Home' },
      { title: "Bring the wors to the Naidoos' braai", due: '2026-03-07', project: 'Home' },
    ],
  },
  {
    name: 'groups 2: chalet cleaner in Chamonix before New Year, properties as French labels',
    today: '2027-12-30',
    timezone: 'Europe/Paris',
    text: "Chalet Les Aiguilles :\n- changer les draps samedi matin (arrivée 16h)\n- racheter du bois avant le Nouvel An\n- appeler Didier demain pour la porte du sauna\nAppartement Mont-Blanc 4B :\n- ménage complet lundi prochain\n- laisser les clés à la conciergerie le 2 janvier\nPerso :\n- réveillon chez Camille demain soir, apporter le champagne\n- payer l'assurance ski avant le 15",
    tasks: [
      { title: 'Changer les draps', due: '2028-01-01', project: 'Chalet Les Aiguilles' },
      { title: 'Racheter du bois', due: '2027-12-31', project: 'Chalet Les Aiguilles' },
      { title: 'Appeler Didier pour la porte du sauna', due: '2027-12-31', project: 'Chalet Les Aiguilles' },
      { title: 'Ménage complet', due: '2028-01-03', project: 'Appartement Mont-Blanc 4B' },
      { title: 'Laisser les clés à la conciergerie', due: '2028-01-02', project: 'Appartement Mont-Blanc 4B' },
      { title: 'Apporter le champagne chez Camille', due: '2027-12-31', project: null },
      { title: "Payer l'assurance ski", due: '2028-01-14', project: null },
    ],
  },
  {
    name: "conditions 1: hay farmer in Canterbury on New Year's Eve",
    today: '2026-12-31',
    timezone: 'Pacific/Auckland',
    text: "Last day of the year and the hay's nearly ready. If the forecast holds I'll start mowing the river paddock on Saturday. The baler needs new knotter parts, so ring the dealer on the 4th when they reopen. If the contractor can't make it I'll need Rob's rake, so text Rob today just in case. Pay the fert bill by the 20th either way. If the bank manager approves the loan, we'll look at a second-hand tedder. And if it rains all next week, finally fix the woolshed door.",
    tasks: [
      { title: 'Start mowing the river paddock', due: '2027-01-02' },
      { title: 'Ring the dealer about knotter parts for the baler', due: '2027-01-04' },
      { title: 'Text Rob about his rake', due: '2026-12-31' },
      { title: 'Pay the fert bill', due: '2027-01-20' },
      { title: 'Fix the woolshed door', due: null },
    ],
  },
  {
    name: 'conditions 2: outdoor cinema organiser in São Paulo at the end of August',
    today: '2027-08-31',
    timezone: 'America/Sao_Paulo',
    text: "Outdoor cinema on the 11th, fingers crossed.\n- if it rains the screening moves to the 18th, so print the flyers with both dates\n- confirm the projector rental by Friday whatever happens\n- if the council permit hasn't come by Monday, call Dona Célia at the prefeitura\n- ask the pastel guy and the açaí girls about food stalls\n- buy 50 beanbags only if the sponsor pays for them\n- test the sound system this weekend\n- rain or shine, pay the security deposit for the square by the 8th",
    tasks: [
      { title: 'Print the flyers with both dates', due: null },
      { title: 'Confirm the projector rental', due: '2027-09-03' },
      { title: 'Ask the pastel guy and the açaí girls about food stalls', due: null },
      { title: 'Test the sound system', due: '2027-09-04' },
      { title: 'Pay the security deposit for the square', due: '2027-09-08' },
    ],
  },
  {
    name: 'done 1: dog trainer in Denver the day the clocks fell back, with open tasks',
    today: '2026-11-01',
    timezone: 'America/Denver',
    open: [
      { id: DOG_FLYERS, title: 'Print flyers for the puppy class', due_date: null },
      { id: DOG_BARKLEY, title: "Write up Barkley's behaviour plan", due_date: '2026-11-02' },
      { id: DOG_VAN, title: 'Van oil change', due_date: '2026-11-03' },
      { id: DOG_CERT, title: 'Renew CPDT-KA certification', due_date: '2026-11-15' },
    ],
    text: "Extra hour today and I actually used it. Done: flyers printed and up at the vet's, Barkley's plan written and emailed to his owners. The van oil change got moved to Friday, the shop was booked up. The certification can wait, it's not due till the 15th. Still need to call the Ramirezes about the reactive-dog session, order more treat pouches, and set up the new online booking page by the end of next week. Dinner at my sister's tonight, bring the pie.",
    tasks: [
      { title: 'Call the Ramirezes about the reactive-dog session', due: null },
      { title: 'Order more treat pouches', due: null },
      { title: 'Set up the new online booking page', due: '2026-11-06' },
      { title: "Bring the pie to my sister's", due: '2026-11-01' },
    ],
    updates: [
      { task_id: DOG_FLYERS, status: 'done' },
      { task_id: DOG_BARKLEY, status: 'done' },
      { task_id: DOG_VAN, due: '2026-11-06' },
    ],
  },
  {
    name: "done 2: pub landlady in New York on St Patrick's Day, done, moved and cancelled",
    today: '2027-03-17',
    timezone: 'America/New_York',
    open: [
      { id: PUB_KEGS, title: "Order extra Guinness kegs for Paddy's Day", due_date: '2027-03-15' },
      { id: PUB_BAND, title: 'Confirm the trad band', due_date: '2027-03-16' },
      { id: PUB_QUIZ, title: 'Quiz night questions', due_date: '2027-03-18' },
      { id: PUB_HEALTH, title: 'Health inspection paperwork', due_date: '2027-03-19' },
    ],
    text: "Paddy's Day, we're heaving, writing this on my break. Kegs came Monday, band confirmed and they're brilliant. Tomorrow's quiz is off, nobody will be in a fit state, so scrap the questions. The health inspection paperwork I'll do Saturday morning instead. Need to hire two extra glass collectors, get the beer lines cleaned before Friday, and text Siobhán to say thanks for covering.",
    tasks: [
      { title: 'Hire two extra glass collectors', due: null },
      { title: 'Get the beer lines cleaned', due: '2027-03-18' },
      { title: 'Text Siobhán to say thanks for covering', due: null },
    ],
    updates: [
      { task_id: PUB_KEGS, status: 'done' },
      { task_id: PUB_BAND, status: 'done' },
      { task_id: PUB_QUIZ, status: 'cancelled' },
      { task_id: PUB_HEALTH, due: '2027-03-20' },
    ],
  },
  {
    name: 'long 1: stage manager in Edmonton at the start of tech week as the clocks fell back, four headings',
    today: '2027-11-07',
    timezone: 'America/Edmonton',
    text: "Clocks went back and tech week starts tomorrow, so that extra hour is the only gift I'm getting. 'The Winter's Tale' opens Friday the 12th. Brain dump before it all kicks off:\n\nSHOW\n- print the final prompt book tonight\n- update the contact sheet and send it to the cast tomorrow\n- spike tape (white + glow) from Long & McQuade by Tuesday\n- the bear costume needs a new zip, take it to wardrobe Monday\n- cue-to-cue Tuesday 6pm, send the call to crew by end of day tomorrow\n- confirm the fog machine rental with Prairie Stage Supply this week\n- buy the big pack of AA batteries for the body mics before Tuesday\n\nCREW\n- ASM schedule for the run to Dana by Wednesday\n- get Theo his keys cut before Thursday's dress\n- order pizza for Thursday's dress rehearsal\n- restock the first aid kit, it's half empty\n\nFRONT OF HOUSE\n- comp ticket list to the box office by Wednesday\n- ask Gwen if the ushers can do a 6:45 house open\n- accessible seating note for the Friday show, email Gwen the day before\n- lobby display: ask Ines to print the read-through photos\n\nHOME\n- Mila's dentist Tuesday 3:40, Sam's taking her\n- pay the EPCOR bill by the 15th\n- cat food!!\n- call Dad, he's been asking about Christmas\n\nWrite the opening-night cards for the cast on Wednesday night. Honestly, if tech goes half as badly as it did in the spring we'll still open, and nobody is getting hurt on that revolve this time. Note to future me: never again agree to a bear. And sleep at some point.",
    tasks: [
      { title: 'Print the final prompt book', due: '2027-11-07', project: 'Show' },
      { title: 'Update the contact sheet and send it to the cast', due: '2027-11-08', project: 'Show' },
      { title: 'Spike tape (white + glow) from Long & McQuade', due: '2027-11-09', project: 'Show' },
      { title: 'Take the bear costume to wardrobe for a new zip', due: '2027-11-08', project: 'Show' },
      { title: 'Send the cue-to-cue call to crew', due: '2027-11-08', project: 'Show' },
      { title: 'Confirm the fog machine rental with Prairie Stage Supply', due: '2027-11-12', project: 'Show' },
      { title: 'Buy the big pack of AA batteries for the body mics', due: '2027-11-08', project: 'Show' },
      { title: 'ASM schedule for the run to Dana', due: '2027-11-10', project: 'Crew' },
      { title: 'Get Theo his keys cut', due: '2027-11-10', project: 'Crew' },
      { title: "Order pizza for Thursday's dress rehearsal", due: '2027-11-11', project: 'Crew' },
      { title: 'Restock the first aid kit', due: null, project: 'Crew' },
      { title: 'Comp ticket list to the box office', due: '2027-11-10', project: 'Front of house' },
      { title: 'Ask Gwen if the ushers can do a 6:45 house open', due: null, project: 'Front of house' },
      { title: 'Email Gwen the accessible seating note for the Friday show', due: '2027-11-11', project: 'Front of house' },
      { title: 'Ask Ines to print the read-through photos for the lobby display', due: null, project: 'Front of house' },
      { title: 'Pay the EPCOR bill', due: '2027-11-15', project: 'Home' },
      { title: 'Cat food', due: null, project: 'Home', priority: 'high' },
      { title: 'Call Dad', due: null, project: 'Home' },
      { title: 'Write the opening-night cards for the cast', due: '2027-11-10', project: null },
    ],
  },
  {
    name: 'long 2: expedition leader in Svalbard at the end of May, one paragraph of prose',
    today: '2026-05-31',
    timezone: 'Arctic/Longyearbyen',
    text: "Last day of May and the sun hasn't set in weeks, which doesn't help the sleep. The first group lands on 14 June and there's still a mountain to do. Sigrid at the office says the insurance papers are all in order, which is one less thing, and the snow on the Adventdalen route is finally going. The RIB needs its annual service before we launch it, so book that with Arild tomorrow. I have to get the rifle permits renewed for both guides by Friday, and the flare guns need new cartridges, order those this week. Send the final kit list to the group by Wednesday, with the Sysselmester registration reminder in the same email. I need to check the tents for torn mesh and re-proof the big dome. Someone has to drive the food boxes down to the boat on the 12th, and that someone is me. Call the hut warden at Ny-Ålesund about bunk numbers on Tuesday. Update the risk assessment for polar bear encounters and get Ingrid to sign it off next week. The satellite phone contract runs out on 20 June, renew it before then. Order two spare VHF batteries, and a new thermos for me, mine finally cracked. The guest lecture at UNIS on the 18th still has no slides, so start those on Thursday evening. Back at the flat, the heating bill is overdue, so pay it tonight, and Mum's 70th is on the 9th, so post her present by the 3rd at the latest because the mail is slow from here. Book my own dentist check for when I'm back in August. And at some point I should answer Jonas about the autumn trip, he's asked twice.",
    tasks: [
      { title: "Book the RIB's annual service with Arild", due: '2026-06-01' },
      { title: 'Get the rifle permits renewed for both guides', due: '2026-06-05' },
      { title: 'Order new cartridges for the flare guns', due: '2026-06-05' },
      { title: 'Send the final kit list to the group', due: '2026-06-03' },
      { title: 'Check the tents for torn mesh', due: null },
      { title: 'Re-proof the big dome', due: null },
      { title: 'Drive the food boxes down to the boat', due: '2026-06-12' },
      { title: 'Call the hut warden at Ny-Ålesund about bunk numbers', due: '2026-06-02' },
      { title: 'Update the risk assessment for polar bear encounters', due: null },
      { title: 'Get Ingrid to sign off the risk assessment', due: '2026-06-01' },
      { title: 'Renew the satellite phone contract', due: '2026-06-19' },
      { title: 'Order two spare VHF batteries', due: null },
      { title: 'Buy a new thermos', due: null },
      { title: 'Start the slides for the guest lecture at UNIS', due: '2026-06-04' },
      { title: 'Pay the heating bill', due: '2026-05-31' },
      { title: "Post Mum's 70th present", due: '2026-06-03' },
      { title: 'Book my dentist check', due: null },
      { title: 'Answer Jonas about the autumn trip', due: null },
    ],
  },
  {
    name: 'nothing 1: a Sunday in Adelaide as the clocks went back',
    today: '2027-04-04',
    timezone: 'Australia/Adelaide',
    text: "Clocks went back last night and I slept nine hours, first time in months. Footy's not on till next week. Garden looks good, the washing's done, bills are paid. Nothing I need to do today and nothing hanging over me. Going to read on the verandah and not think.",
    tasks: [],
  },
  {
    name: "nothing 2: New Year's Day in Tokyo",
    today: '2026-01-01',
    timezone: 'Asia/Tokyo',
    text: "元日. Hatsumode at the shrine this morning with Yui, the line was long but the amazake was worth it. Ate far too much osechi. Work starts again on the 5th but I'm not thinking about it. No list today. Just happy.",
    tasks: [],
  },
  {
    name: 'oneliner 1: Chinese New Year in Kuala Lumpur',
    today: '2026-02-17',
    timezone: 'Asia/Kuala_Lumpur',
    text: 'give the ang pao to the cleaner before Friday',
    tasks: [
      { title: 'Give the ang pao to the cleaner', due: '2026-02-19' },
    ],
  },
  {
    name: "oneliner 2: New Year's Eve in Honolulu, due in the new year",
    today: '2027-12-31',
    timezone: 'Pacific/Honolulu',
    text: 'renew the car insurance by Monday, policy ends the 3rd',
    tasks: [
      { title: 'Renew the car insurance', due: '2028-01-03' },
    ],
  },
  {
    name: 'bujo 1: paralegal in Luxembourg the day after the clocks went forward, a bullet-journal page',
    today: '2027-03-29',
    timezone: 'Europe/Luxembourg',
    open: [
      { id: BUJO_BUNDLE, title: 'File the Vermeulen appeal bundle', due_date: '2027-03-29' },
      { id: BUJO_PASSPORT, title: 'Renew passport', due_date: null },
      { id: BUJO_GYM, title: 'Cancel the gym membership', due_date: '2027-03-31' },
    ],
    text: 'Mon 29.03. — clocks went forward, zombie mode\n× file the Vermeulen appeal bundle\n• index the exhibits for Dupont v. Lambert\n• call the court registry about the hearing date\n> renew passport\n< dentist check-up → Thu 8.4.\no team lunch 12:30\n– Marc says the printer on 4 is fixed\n• cancel the gym before the 31st\n• buy Lies a leaving card\n× pay the electricity bill',
    tasks: [
      { title: 'Index the exhibits for Dupont v. Lambert', due: null },
      { title: 'Call the court registry about the hearing date', due: null },
      { title: 'Dentist check-up', due: '2027-04-08' },
      { title: 'Team lunch', due: '2027-03-29' },
      { title: 'Buy Lies a leaving card', due: null },
    ],
    updates: [
      { task_id: BUJO_BUNDLE, status: 'done' },
      { task_id: BUJO_GYM, due: '2027-03-30' },
    ],
  },
  {
    name: "kanban 1: risograph studio in Bogotá on All Saints' Monday, a board pasted from Trello",
    today: '2026-11-02',
    timezone: 'America/Bogota',
    open: [
      { id: RISO_FLYERS, title: 'Print the zine fair flyers', due_date: '2026-11-03' },
      { id: RISO_INK, title: 'Order pink and teal ink', due_date: null },
    ],
    text: 'RISO STUDIO board (pasted from Trello)\n\nTODO\n- quote for Café Libertad menus, send by Wed\n- order A3 paper (Bond 90g)\n- fix the drum on the MZ1070\n- invoice Editorial Sombra for October\n\nDOING\n- zine fair flyers (finish Thursday)\n- new website photos\n\nDONE\n- pink + teal ink ordered\n- Halloween posters delivered',
    tasks: [
      { title: 'Send the quote for Café Libertad menus', due: '2026-11-04', project: 'Riso studio' },
      { title: 'Order A3 paper (Bond 90g)', due: null, project: 'Riso studio' },
      { title: 'Fix the drum on the MZ1070', due: null, project: 'Riso studio' },
      { title: 'Invoice Editorial Sombra for October', due: null, project: 'Riso studio' },
      { title: 'New website photos', due: null, project: 'Riso studio' },
    ],
    updates: [
      { task_id: RISO_FLYERS, due: '2026-11-05' },
      { task_id: RISO_INK, status: 'done' },
    ],
  },
  {
    name: 'priorities 1: school IT admin in Kolkata before term, (A)/(B)/(C), P1 and urgent marks',
    today: '2027-08-31',
    timezone: 'Asia/Kolkata',
    text: 'Term starts Thursday, list:\n(A) reimage the 30 lab laptops by Wed\n(A) fix the staff room printer, URGENT, principal asked twice\n(B) new student accounts for class 6 by Friday\n(B) renew the antivirus licence before 15 Sept\n(C) tidy the server room cables\nP1 library wifi keeps dropping, call the ISP today\nP3 update the IT handbook, whenever\n- order HDMI adapters for the new projectors',
    tasks: [
      { title: 'Reimage the 30 lab laptops', due: '2027-09-01', priority: 'high' },
      { title: 'Fix the staff room printer', due: null, priority: 'high' },
      { title: 'New student accounts for class 6', due: '2027-09-03', priority: 'medium' },
      { title: 'Renew the antivirus licence', due: '2027-09-14', priority: 'medium' },
      { title: 'Tidy the server room cables', due: null, priority: 'low' },
      { title: 'Call the ISP about the library wifi', due: '2027-08-31', priority: 'high' },
      { title: 'Update the IT handbook', due: null, priority: 'low' },
      { title: 'Order HDMI adapters for the new projectors', due: null },
    ],
  },
  {
    name: 'recurring 1: kentia palm nursery on Lord Howe Island as daylight saving began',
    today: '2026-10-04',
    timezone: 'Australia/Lord_Howe',
    text: "Daylight saving started (only half an hour here, as always).\n- water the shade house every morning before 8\n- fertilise the seedling trays every Monday, starting tomorrow\n- weekly: check the sprinkler timers, Wednesdays\n- pay the casuals' super each month, next one by the 28th\n- spray the seedbeds for scale fortnightly, first round this Saturday\n- repot the mother palms in bay 3 this week\n- ring the Board about the export permit tomorrow\n- staff meeting every second Thursday\n- mow the display lawn every Friday\n- the supply ship comes every Tuesday: label the seed orders Monday night",
    tasks: [
      { title: 'Fertilise the seedling trays', due: '2026-10-05' },
      { title: 'Check the sprinkler timers', due: null },
      { title: "Pay the casuals' super", due: '2026-10-28' },
      { title: 'Spray the seedbeds for scale', due: '2026-10-10' },
      { title: 'Repot the mother palms in bay 3', due: '2026-10-09' },
      { title: 'Ring the Board about the export permit', due: '2026-10-05' },
      { title: 'Mow the display lawn', due: null },
      { title: 'Label the seed orders', due: '2026-10-05' },
    ],
  },
  {
    name: 'checklist 1: open-source maintainer in Helsinki at the end of March, GitHub and Jira boxes',
    today: '2027-03-31',
    timezone: 'Europe/Helsinki',
    open: [
      { id: RELEASE_CUT, title: 'Cut the v3.2 release', due_date: '2027-03-31' },
      { id: RELEASE_CVE, title: 'Patch the CVE in the YAML parser', due_date: '2027-04-02' },
    ],
    text: "Pasted from the release issue (#1842):\n\n## v3.2 release checklist\n- [x] merge #1830 (windows path fix)\n- [x] bump deps\n- [ ] changelog for 3.2, by Friday\n- [ ] publish the docs site\n- [ ] announce on Mastodon and the Discord\n\n## Day job (Jira)\n- [ ] PLAT-412 migrate the billing cron to the new queue, due 2027-04-07\n- [ ] PLAT-415 review Aino's PR tomorrow\n- [x] PLAT-398 incident write-up\n\nRelease moves to next Tuesday, not happening today. The CVE patch is merged, done.",
    tasks: [
      { title: 'Changelog for 3.2', due: '2027-04-02', project: 'v3.2 release' },
      { title: 'Publish the docs site', due: null, project: 'v3.2 release' },
      { title: 'Announce on Mastodon and the Discord', due: null, project: 'v3.2 release' },
      { title: 'PLAT-412: migrate the billing cron to the new queue', due: '2027-04-07', project: 'Day job' },
      { title: "PLAT-415: review Aino's PR", due: '2027-04-01', project: 'Day job' },
    ],
    updates: [
      { task_id: RELEASE_CUT, due: '2027-04-06' },
      { task_id: RELEASE_CVE, status: 'done' },
    ],
  },
  {
    name: 'timed 1: mobile notary in Phoenix the day after the rest of the US sprang forward, a day by the clock',
    today: '2027-03-15',
    timezone: 'America/Phoenix',
    text: "Monday. Rest of the country sprang forward yesterday, Arizona didn't, so every call with the title company is an hour off again.\n8:00 drop Maya at school\n9:30 standup with the title company (12:30 their time, ugh)\n10:15 loan signing, Garcia refinance, Chandler\n11 call the bank about the business account\n12:30 lunch w/ Teresa\n2pm dentist\n3:30 e-record the Garcia docs\n5 pick up dry cleaning\nevening: renew my notary bond online",
    tasks: [
      { title: 'Drop Maya at school', due: '2027-03-15' },
      { title: 'Standup with the title company', due: '2027-03-15' },
      { title: 'Loan signing, Garcia refinance, Chandler', due: '2027-03-15' },
      { title: 'Call the bank about the business account', due: '2027-03-15' },
      { title: 'Lunch with Teresa', due: '2027-03-15' },
      { title: 'Dentist', due: '2027-03-15' },
      { title: 'E-record the Garcia docs', due: '2027-03-15' },
      { title: 'Pick up dry cleaning', due: '2027-03-15' },
      { title: 'Renew my notary bond online', due: '2027-03-15' },
    ],
  },
  {
    name: 'textspeak 1: student cinema usher in Auckland the night the clocks went forward',
    today: '2026-09-27',
    timezone: 'Pacific/Auckland',
    text: 'ugh clocks went fwd n i lost an hr of sleep 😩\ngotta finish the stats assignment b4 tues\npick up my uniform from the cinema tmrw pls dont forget\ntxt jess re the flat viewing\nngl need to call the bank abt my card, got declined twice\nmums bday is fri!! get her smth\ngym w/ aroha wed morn\nreturn the library books asap theyre overdue\nmaybe dye my hair next wknd idk',
    tasks: [
      { title: 'Finish the stats assignment', due: '2026-09-28' },
      { title: 'Pick up my uniform from the cinema', due: '2026-09-28' },
      { title: 'Text Jess re the flat viewing', due: null },
      { title: 'Call the bank about my card', due: null },
      { title: 'Get Mum something for her birthday', due: '2026-10-02' },
      { title: 'Gym with Aroha', due: '2026-09-30' },
      { title: 'Return the library books', due: null, priority: 'high' },
      { title: 'Dye my hair', due: '2026-10-03' },
    ],
  },
  {
    name: 'memo 1: electrician in Chicago the night the clocks go back, a voice memo correcting itself',
    today: '2027-11-06',
    timezone: 'America/Chicago',
    open: [
      { id: MEMO_QUOTE, title: 'Quote for the Hendricks panel upgrade', due_date: '2027-11-09' },
    ],
    text: "Okay, voice memo, Saturday. Clocks go back tonight, so that's something. Um, call Dan, no wait, Dave, Dave Kowalski, about the conduit order on Thursday, actually Friday, he's off Thursday. The Hendricks quote, that's due Tuesday, push it to Wednesday, no, leave it on Tuesday, it's fine. Pick up the GFCI breakers from the supply house Monday morning. Uh, text Marisol the invoice for the, the kitchen job, the Logan Square one. And renew my license, it's, hang on, it expires the 30th, so before then. Get the truck's brakes looked at Monday, no, Tuesday, Monday's the supply house.",
    tasks: [
      { title: 'Call Dave Kowalski about the conduit order', due: '2027-11-12' },
      { title: 'Pick up the GFCI breakers from the supply house', due: '2027-11-08' },
      { title: 'Text Marisol the invoice for the Logan Square kitchen job', due: null },
      { title: 'Renew my license', due: '2027-11-29' },
      { title: "Get the truck's brakes looked at", due: '2027-11-09' },
    ],
  },
];

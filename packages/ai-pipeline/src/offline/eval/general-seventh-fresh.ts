import type { EvalCase } from './dumps.ts';

/**
 * Seventh fresh development set of issue #19 (twenty-second round): 48 everyday dumps written from
 * the text alone by someone who neither read nor ran the parser (they read only the `EvalCase` type
 * and examples of `eval/dumps.ts`, `eval/score.ts`, the date table and the conventions of
 * docs/ai.md, and the headers of the development sets). The twenty voices of the sixth fresh set,
 * the first word of each name, with `project`, `label`, `groups` and `long` four dumps each and the
 * others two; 26 dumps state groups, marked in many shapes: upper-case, markdown, emoji and
 * numbered (`1. Ski school`) headings, a heading holding a date (`## Christkindlmarkt Sat 12.12.`),
 * a person (`Mum:`) and a place (`At the office:`) as labels, `Label:` lines and paragraphs,
 * `#tags`, `[tags]`, "salon stuff —", "Re the X:" paragraphs and "re the visa:" inside a line,
 * "For the X" and "for the ward I need to" in prose, "for the hendra job i need to" in dictation,
 * a group after loose lines, loose lines after groups, generic "Misc", "Random:" and "Other"
 * headings, and three levels of indentation. Four `long` dumps of 1,500–2,000 characters with
 * 14–17 tasks each; open tasks with updates in three dumps (two `done`, one `feelings`). New people
 * and lives: a beekeeper, a court interpreter, a ferry engineer, a cycle courier, a night nurse, a
 * PhD student, a roofer, a DJ, a wedding planner, a game developer, a retired teacher volunteering
 * at a Repair Café, a harbour pilot, a sommelier, a translator, a vet nurse, an air-traffic
 * controller, a baker, a ski instructor, a carer for her mother, a sheep farmer, a student moving
 * abroad, a physiotherapist, a community radio board, a lab group, a dog groomer, a taxi driver, a
 * surf school owner, a kiosk owner, an angler, a tenant, a hostel owner, an au pair, a school bus
 * driver, a home health aide, a conference organiser, a race director, a sailor, a farm stand
 * owner, a bus mechanic, a gallery attendant and student, a park ranger, a mother of twins, a hotel
 * night manager, a photographer, a radiographer moving house and a community orchestra manager.
 * `today` runs over 2026–2027 in 46 zones (Pacific/Auckland to Pacific/Honolulu): the clock changes
 * of New Zealand (forward), Australia (Hobart back, Sydney forward), the US and Canada (Los Angeles
 * and Vancouver forward, Denver and Chicago back) and the EU (Dublin forward, Amsterdam, London and
 * Lisbon back); the ends of May, June (Australia's financial year), August, September, November and
 * both years (the second with due dates in 2028, a 29 February among them); and holidays
 * (Christmas Eve, New Year's Day, Thanksgiving, the Fourth observed, Canada Day, Family Day,
 * Australia Day, Carnival, Epiphany, Diwali, Songkran, Bastille Day, Festa della Repubblica,
 * Mexican, Greek, Finnish, Belgian, Nigerian, Bangladeshi, Romanian, UAE and Luxembourg national
 * days, Madaraka Day, Heritage Day, German Unity Day, St Stephen's Day, the Immaculate Conception,
 * Culture Day, Kamehameha Day, the August bank holiday). Every due date was checked with a script
 * (Node's `Date` and `Intl`) against each case's `today` and zone, and the clock changes against
 * the zone's offsets that day.
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the
 * judgement calls of the second, fourth, fifth and sixth fresh sets. Plus these: "My own stuff:"
 * is no project, like "Personal:"; "At the office:" is project "Office" (as "At home" is Home) and
 * a person's name as a label ("Mum:") is the project; under two or three levels of headings
 * ("FARM" › "sheep" › items) the top heading is the project and the lower ones are its sections;
 * "re the visa:" inside a line and "Re the studio:" over a paragraph name projects ("Visa",
 * "Studio"), and "salon stuff —" is "Salon"; items of a pasted email in a dump whose own notes are
 * grouped are no project (`null`); unbulleted lines after a blank line below a generic heading are
 * loose (`null`), while the generic heading's own items have no `project` key; "before we dock
 * Monday" is the day before that Monday; "before the move" in a dump that gives the move's day is
 * the day before it, and "pay … on the day" is that day; "renew it before then" after "runs out on
 * the 19th" is the 18th; "before February" is 31 January; "next weekend" and "next Sat" said on a
 * Sunday are the Saturday six days on (the week starts on Monday); "X is due <day>" ("Rent is due
 * tomorrow", "The car rego is due on the 12th") is the task of paying X on that day; a label's own
 * date given as a fragment after it ("Re the Black Friday mini sessions: tomorrow 9 to 4 at the
 * park") dates none of its items and is no task; an event line whose only action is a step before
 * it ("board meeting Wed 5 Jan 7pm, send the agenda the day before") is that step alone; an
 * appointment or evening the person attends, named by its day ("Sigga's parent-teacher evening
 * Tuesday 18:00", "rendez-vous chez le médecin lundi prochain"), is a task on that day; "someone
 * has to be home, which means me" is a task ("Be home for the gas connection"); a question with
 * an action after it ("autoclave service booked?? check with Peter") is the action; "sleep.
 * seriously." under a heading is no task; "Tax card: cancel it" cancels the open task. Requests of
 * "book X for <day>", shifts named by their day and dated ranges ("12–14 Nov") were written around.
 */

const BRAKES = 'f7a3c915-2d64-4e8b-9c1f-5b7e0d2a8c01';
const COTTAGE = 'f7a3c915-2d64-4e8b-9c1f-5b7e0d2a8c02';
const TYRES = 'f7a3c915-2d64-4e8b-9c1f-5b7e0d2a8c03';
const TAXCARD = 'f7a3c915-2d64-4e8b-9c1f-5b7e0d2a8c04';
const PERMIT = 'f7a3c915-2d64-4e8b-9c1f-5b7e0d2a8c05';
const ESSAY = 'f7a3c915-2d64-4e8b-9c1f-5b7e0d2a8c06';
const GUIDE = 'f7a3c915-2d64-4e8b-9c1f-5b7e0d2a8c07';
const BURN = 'f7a3c915-2d64-4e8b-9c1f-5b7e0d2a8c08';
const SIGNS = 'f7a3c915-2d64-4e8b-9c1f-5b7e0d2a8c09';

export const generalSeventhFreshCases: EvalCase[] = [
  // terse lists
  {
    name: 'terse 1: a beekeeper in the Waikato the day daylight saving starts',
    today: '2026-09-27',
    timezone: 'Pacific/Auckland',
    text: "clocks forward, lost an hour\nHIVES\n- requeen hive 4 by next Sat\n- order 10 new frames\n- varroa strips out Thurs\n- register apiary with AFB NPMS before 1 Oct\nHOME\n- Mia's swim fees by Wed\n- WOF for the ute tmrw\n- gutter clean",
    tasks: [
      { title: 'Requeen hive 4', due: '2026-10-03', project: 'Hives' },
      { title: 'Order 10 new frames', due: null, project: 'Hives' },
      { title: 'Varroa strips out', due: '2026-10-01', project: 'Hives' },
      { title: 'Register apiary with AFB NPMS', due: '2026-09-30', project: 'Hives' },
      { title: "Mia's swim fees", due: '2026-09-30', project: 'Home' },
      { title: 'WOF for the ute', due: '2026-09-28', project: 'Home' },
      { title: 'Gutter clean', due: null, project: 'Home' },
    ],
  },
  {
    name: 'terse 2: a court interpreter in Los Angeles the day the clocks went forward, loose lines then a group',
    today: '2026-03-08',
    timezone: 'America/Los_Angeles',
    text: "- renew ATA membership by 3/31\n- new glasses\n- Dad's bday card, mail Tues\n\nCourt:\n- prep glossary for the Ramirez trial (starts 3/16)\n- invoice county for Feb\n- confirm Dept 12 assignment tmrw AM\n- CEU webinar Thu 12pm",
    tasks: [
      { title: 'Renew ATA membership', due: '2026-03-31', project: null },
      { title: 'New glasses', due: null, project: null },
      { title: "Mail Dad's bday card", due: '2026-03-10', project: null },
      { title: 'Prep glossary for the Ramirez trial', due: '2026-03-16', project: 'Court' },
      { title: 'Invoice county for Feb', due: null, project: 'Court' },
      { title: 'Confirm Dept 12 assignment', due: '2026-03-09', project: 'Court' },
      { title: 'CEU webinar', due: '2026-03-12', project: 'Court' },
    ],
  },
  // inline numbered lists
  {
    name: "inline 1: a ferry engineer in Tallinn on New Year's Eve",
    today: '2026-12-31',
    timezone: 'Europe/Tallinn',
    text: 'last shift of the year on the Helsinki run. todo: 1) order the spare impeller for gen 2 before we dock Monday 2) log the bilge alarm fault 3) sign the overtime sheet by tomorrow 4) renew my STCW cert, expires 15.02. 5) ring Marek about the sauna on Sunday',
    tasks: [
      { title: 'Order the spare impeller for gen 2', due: '2027-01-03' },
      { title: 'Log the bilge alarm fault', due: null },
      { title: 'Sign the overtime sheet', due: '2027-01-01' },
      { title: 'Renew my STCW cert', due: '2027-02-15' },
      { title: 'Ring Marek about the sauna', due: '2027-01-03' },
    ],
  },
  {
    name: 'inline 2: a cycle courier in Copenhagen on the last day of May',
    today: '2027-05-31',
    timezone: 'Europe/Copenhagen',
    text: 'need to: (a) true the back wheel tonight (b) new Shimano brake pads by Thursday (c) send the May invoice to Budbike today!! (d) book the dentist, no rush (e) give Jonas his pump back this weekend',
    tasks: [
      { title: 'True the back wheel', due: '2027-05-31' },
      { title: 'New Shimano brake pads', due: '2027-06-03' },
      { title: 'Send the May invoice to Budbike', due: '2027-05-31', priority: 'high' },
      { title: 'Book the dentist', due: null, priority: 'low' },
      { title: 'Give Jonas his pump back', due: '2027-06-05' },
    ],
  },
  // rambling prose
  {
    name: 'ramble 1: a night nurse in Dublin the night the clocks went forward, "for the ward I need to"',
    today: '2027-03-28',
    timezone: 'Europe/Dublin',
    text: "Clocks went forward in the middle of my shift so it was a seven-hour night, the one good thing about March. Before I sleep: for the ward I need to finish the falls audit by Wednesday, email Siobhán the rota swaps and update the CPD log before my appraisal on Friday. At home the boiler service is overdue since January, so ring Bord Gáis tomorrow about it, and pay the crèche by Thursday. Also renew the NCT sometime, no rush.",
    tasks: [
      { title: 'Finish the falls audit', due: '2027-03-31', project: 'Ward' },
      { title: 'Email Siobhán the rota swaps', due: null, project: 'Ward' },
      { title: 'Update the CPD log', due: '2027-04-01', project: 'Ward' },
      { title: 'Ring Bord Gáis about the boiler service', due: '2027-03-29', project: 'Home' },
      { title: 'Pay the crèche', due: '2027-04-01', project: 'Home' },
      { title: 'Renew the NCT', due: null, project: null, priority: 'low' },
    ],
  },
  {
    name: 'ramble 2: a PhD student in Winnipeg on the last day of November, a self-correction',
    today: '2026-11-30',
    timezone: 'America/Winnipeg',
    text: "ok so November is over and the thesis is not. My committee meeting is December 14 and I promised Dr. Okafor a full draft of chapter 3 well before that, so chapter 3 to her by the 30th... no wait, the 30th is today, I mean by next Monday. I also need to rerun the mixed models with the corrected dataset, reply to the journal reviewers by the end of the week, and sign up for Thursday's TA training by Wednesday. Rent is due tomorrow. My sister keeps asking if I'm coming home for Christmas, I should actually call her this weekend.",
    tasks: [
      { title: 'Send chapter 3 to Dr. Okafor', due: '2026-12-07' },
      { title: 'Rerun the mixed models with the corrected dataset', due: null },
      { title: 'Reply to the journal reviewers', due: '2026-12-04' },
      { title: "Sign up for Thursday's TA training", due: '2026-12-02' },
      { title: 'Pay rent', due: '2026-12-01' },
      { title: 'Call my sister', due: '2026-12-05' },
    ],
  },
  // dictation without punctuation
  {
    name: 'dictation 1: a roofer in Brisbane on Christmas Eve, "for the X job I need to"',
    today: '2026-12-24',
    timezone: 'Australia/Brisbane',
    text: 'right so before we knock off for christmas for the hendra job i need to order the colorbond sheets monday and ring the scaffolders and for the wynnum job send the quote to mrs patel tomorrow no boxing day then and chase the council about the permit also pick up the ham this arvo and wrap the kids presents tonight',
    tasks: [
      { title: 'Order the colorbond sheets', due: '2026-12-28', project: 'Hendra job' },
      { title: 'Ring the scaffolders', due: null, project: 'Hendra job' },
      { title: 'Send the quote to Mrs Patel', due: '2026-12-26', project: 'Wynnum job' },
      { title: 'Chase the council about the permit', due: null, project: 'Wynnum job' },
      { title: 'Pick up the ham', due: '2026-12-24', project: null },
      { title: 'Wrap the kids presents', due: '2026-12-24', project: null },
    ],
  },
  {
    name: 'dictation 2: a DJ in London on Halloween as the clocks went back',
    today: '2027-10-31',
    timezone: 'Europe/London',
    text: 'halloween gig went till four and then the clocks went back so technically it went till three anyway things to do send the invoice to the venue by wednesday back up the usb sticks tonight reply to the wedding couple about their first dance song chase the promoter for the fee from september and renew the public liability insurance before the 12th',
    tasks: [
      { title: 'Send the invoice to the venue', due: '2027-11-03' },
      { title: 'Back up the USB sticks', due: '2027-10-31' },
      { title: 'Reply to the wedding couple about their first dance song', due: null },
      { title: 'Chase the promoter for the fee from September', due: null },
      { title: 'Renew the public liability insurance', due: '2027-11-11' },
    ],
  },
  // projects named in prose
  {
    name: 'project 1: a wedding planner in Rome on Festa della Repubblica, two efforts and a personal line',
    today: '2026-06-02',
    timezone: 'Europe/Rome',
    text: "Holiday today but nothing plans itself. For the Conti-Marino wedding (on the 20th) I still have to confirm the florist by Friday, send the final headcount to the villa by the 13th, and chase the string quartet for their contract. Then the Bianchi anniversary dinner: call the chef about the tasting menu tomorrow and get the guest list from Laura.\n\nPersonal: renew the car insurance by the 15th.",
    tasks: [
      { title: 'Confirm the florist', due: '2026-06-05', project: 'Conti-Marino wedding' },
      { title: 'Send the final headcount to the villa', due: '2026-06-13', project: 'Conti-Marino wedding' },
      { title: 'Chase the string quartet for their contract', due: null, project: 'Conti-Marino wedding' },
      { title: 'Call the chef about the tasting menu', due: '2026-06-03', project: 'Bianchi anniversary dinner' },
      { title: 'Get the guest list from Laura', due: null, project: 'Bianchi anniversary dinner' },
      { title: 'Renew the car insurance', due: '2026-06-15', project: null },
    ],
  },
  {
    name: "project 2: a game developer in Stockholm before a publisher's demo date",
    today: '2027-01-29',
    timezone: 'Europe/Stockholm',
    text: "The Lantern Keep demo goes to the publisher on February 12, and that date is theirs, not mine to move. For Lantern Keep I need to fix the save corruption bug first thing Monday, record the trailer footage by Wednesday, and have Elsa sign off the new UI before the 10th. Send the playtest builds to the Discord testers next week.\n\nThe flat's water meter reading has to go in by Sunday, and I promised Mamma I'd call her tonight.",
    tasks: [
      { title: 'Fix the save corruption bug', due: '2027-02-01', project: 'Lantern Keep' },
      { title: 'Record the trailer footage', due: '2027-02-03', project: 'Lantern Keep' },
      { title: 'Have Elsa sign off the new UI', due: '2027-02-09', project: 'Lantern Keep' },
      { title: 'Send the playtest builds to the Discord testers', due: '2027-02-01', project: 'Lantern Keep' },
      { title: 'Send in the water meter reading', due: '2027-01-31', project: null },
      { title: 'Call Mamma', due: '2027-01-29', project: null },
    ],
  },
  {
    name: 'project 3: a retired teacher in Hobart helping at a Repair Café the day daylight saving ends',
    today: '2027-04-04',
    timezone: 'Australia/Hobart',
    text: "Extra hour this morning, lovely. The Repair Café at the Sandy Bay hall is on Saturday the 17th and I've said I'll help. So for the Repair Café: print the sign-in sheets, ask Graham by Wednesday if we can borrow the urn, and drop the flyers at the library on Tuesday.\n\nMy working with children card runs out on the 19th, so renew it before then. The car rego is due on the 12th.",
    tasks: [
      { title: 'Print the sign-in sheets', due: null, project: 'Repair Café' },
      { title: 'Ask Graham if we can borrow the urn', due: '2027-04-07', project: 'Repair Café' },
      { title: 'Drop the flyers at the library', due: '2027-04-06', project: 'Repair Café' },
      { title: 'Renew my working with children card', due: '2027-04-18', project: null },
      { title: 'Pay the car rego', due: '2027-04-12', project: null },
    ],
  },
  {
    name: 'project 4: a harbour pilot in Rotterdam the day the clocks went back, a handover project',
    today: '2026-10-25',
    timezone: 'Europe/Amsterdam',
    text: "Clocks went back last night, so an extra hour on the 04:00 boarding. The pilot boat handover project is my headache this month: the new boat is handed over on 6 November. For the handover I need to finish the crew familiarisation schedule by Wednesday, get the radio licences transferred, and sign the acceptance checklist with the yard on the 2nd.\n\nMy own stuff: simulator refresher Thursday 13:00, and renew the kids' passports before the Christmas trip.",
    tasks: [
      { title: 'Finish the crew familiarisation schedule', due: '2026-10-28', project: 'Pilot boat handover' },
      { title: 'Get the radio licences transferred', due: null, project: 'Pilot boat handover' },
      { title: 'Sign the acceptance checklist with the yard', due: '2026-11-02', project: 'Pilot boat handover' },
      { title: 'Simulator refresher', due: '2026-10-29', project: null },
      { title: "Renew the kids' passports", due: null, project: null },
    ],
  },
  // Label: lines, #tags and [tags]
  {
    name: 'label 1: a sommelier in Paris on Bastille Day, three label lines',
    today: '2026-07-14',
    timezone: 'Europe/Paris',
    text: "Feu d'artifice tonight and I'm not working, miracle.\nCave: inventory the Burgundy bin ends by Friday; reorder Crémant (12 cases)\nSalle: brief the new commis on decanting tomorrow before service; fix the wobbly table 9\nFormation: register for the WSET tasting (it's on the 28th); order the D3 workbook",
    tasks: [
      { title: 'Inventory the Burgundy bin ends', due: '2026-07-17', project: 'Cave' },
      { title: 'Reorder Crémant (12 cases)', due: null, project: 'Cave' },
      { title: 'Brief the new commis on decanting before service', due: '2026-07-15', project: 'Salle' },
      { title: 'Fix the wobbly table 9', due: null, project: 'Salle' },
      { title: 'Register for the WSET tasting', due: '2026-07-28', project: 'Formation' },
      { title: 'Order the D3 workbook', due: null, project: 'Formation' },
    ],
  },
  {
    name: 'label 2: a translator in Mexico City on Independence Day, #tags and a loose line',
    today: '2026-09-16',
    timezone: 'America/Mexico_City',
    text: '#clientes entregar la traducción del contrato a Legalis el viernes\n#clientes cotizar el manual de Fénix\n#casa pagar el predial antes del 30\n#casa llevar a Lupita al dentista mañana\nreply to the ATA list about the mentorship\n#clientes facturar septiembre por Wise',
    tasks: [
      { title: 'Entregar la traducción del contrato a Legalis', due: '2026-09-18', project: 'clientes' },
      { title: 'Cotizar el manual de Fénix', due: null, project: 'clientes' },
      { title: 'Pagar el predial', due: '2026-09-29', project: 'casa' },
      { title: 'Llevar a Lupita al dentista', due: '2026-09-17', project: 'casa' },
      { title: 'Reply to the ATA list about the mentorship', due: null, project: null },
      { title: 'Facturar septiembre por Wise', due: null, project: 'clientes' },
    ],
  },
  {
    name: 'label 3: a vet nurse in Nairobi on Madaraka Day with [tags]',
    today: '2027-06-01',
    timezone: 'Africa/Nairobi',
    text: '[clinic] get Dr Achieng to countersign the ketamine log by Thursday\n[clinic] call back the owner of the grey parrot\n[clinic] autoclave service booked?? check with Peter\n[home] school fees for Wanjiru before the 10th\n[home] M-Pesa Mama 3k Friday\n[chama] pay my contribution by the 5th',
    tasks: [
      { title: 'Get Dr Achieng to countersign the ketamine log', due: '2027-06-03', project: 'clinic' },
      { title: 'Call back the owner of the grey parrot', due: null, project: 'clinic' },
      { title: 'Check with Peter about the autoclave service', due: null, project: 'clinic' },
      { title: 'School fees for Wanjiru', due: '2027-06-09', project: 'home' },
      { title: 'M-Pesa Mama 3k', due: '2027-06-04', project: 'home' },
      { title: 'Pay my contribution', due: '2027-06-05', project: 'chama' },
    ],
  },
  {
    name: 'label 4: an air-traffic controller in Denver the day the clocks went back, label paragraphs',
    today: '2026-11-01',
    timezone: 'America/Denver',
    text: "Work: Ops refresher module by the 15th. Text Kayla tonight about swapping my Thursday mid. Medical renewal (class 2) before the end of the month.\n\nHouse: furnace filter, winterize the sprinklers this weekend, get the snow tires on before Thanksgiving.\n\nKids: sign the permission slip for Noah's field trip by Tuesday.",
    tasks: [
      { title: 'Ops refresher module', due: '2026-11-15', project: 'Work' },
      { title: 'Text Kayla about swapping my Thursday mid', due: '2026-11-01', project: 'Work' },
      { title: 'Medical renewal (class 2)', due: '2026-11-30', project: 'Work' },
      { title: 'Furnace filter', due: null, project: 'House' },
      { title: 'Winterize the sprinklers', due: '2026-11-01', project: 'House' },
      { title: 'Get the snow tires on', due: '2026-11-25', project: 'House' },
      { title: "Sign the permission slip for Noah's field trip", due: '2026-11-03', project: 'Kids' },
    ],
  },
  // several groups
  {
    name: 'groups 1: a baker in Vienna on the Immaculate Conception, markdown headings, a dated heading and a misc',
    today: '2026-12-08',
    timezone: 'Europe/Vienna',
    text: '## Backstube\n- Stollen dough for 40 by Thursday\n- new proving baskets (ask Ferdl for the supplier)\n- descale the steam oven\n\n## Christkindlmarkt Sat 12.12.\n- print the price cards\n- 200 Vanillekipferl bags\n- pick up the van keys from Harald\n\n## Misc\n- send the Umsatzsteuer docs to the Steuerberater before the 15th\n- haircut',
    tasks: [
      { title: 'Stollen dough for 40', due: '2026-12-10', project: 'Backstube' },
      { title: 'New proving baskets', due: null, project: 'Backstube' },
      { title: 'Descale the steam oven', due: null, project: 'Backstube' },
      { title: 'Print the price cards', due: '2026-12-12', project: 'Christkindlmarkt' },
      { title: '200 Vanillekipferl bags', due: '2026-12-12', project: 'Christkindlmarkt' },
      { title: 'Pick up the van keys from Harald', due: '2026-12-12', project: 'Christkindlmarkt' },
      { title: 'Send the Umsatzsteuer docs to the Steuerberater', due: '2026-12-14' },
      { title: 'Haircut', due: null },
    ],
  },
  {
    name: 'groups 2: a ski instructor in Zurich on Epiphany, numbered sections',
    today: '2027-01-06',
    timezone: 'Europe/Zurich',
    text: "1. Ski school\n   - lesson plan for the Kids Club group by Friday\n   - return the avalanche transceiver to Reto\n   - SSSA module 2 registration, closes 20.1.\n2. Flat\n   - Nebenkosten bill, pay by end of month\n   - Dreikönigskuchen for tonight's dinner at Nadia's\n3. Car\n   - winter tyres check\n   - Vignette 2027!!",
    tasks: [
      { title: 'Lesson plan for the Kids Club group', due: '2027-01-08', project: 'Ski school' },
      { title: 'Return the avalanche transceiver to Reto', due: null, project: 'Ski school' },
      { title: 'SSSA module 2 registration', due: '2027-01-20', project: 'Ski school' },
      { title: 'Pay the Nebenkosten bill', due: '2027-01-31', project: 'Flat' },
      { title: 'Dreikönigskuchen for dinner at Nadia\'s', due: '2027-01-06', project: 'Flat' },
      { title: 'Winter tyres check', due: null, project: 'Car' },
      { title: 'Vignette 2027', due: null, project: 'Car', priority: 'high' },
    ],
  },
  {
    name: 'groups 3: a carer for her mother in Leeds on the August bank holiday, a name, a place, a random heading and loose lines',
    today: '2026-08-31',
    timezone: 'Europe/London',
    text: "Bank holiday, raining, obviously.\n\nMum:\n- repeat prescription in by Thursday\n- ring the council about the grab rails\n- drive her to the hair appt Sat 10am\n\nAt the office:\n- Q3 forecast to Dev by Friday\n- clear the shared drive\n\nRandom:\n- birthday present for Zainab (party 12th)\n\nfix the shed door\ncancel Disney+",
    tasks: [
      { title: 'Repeat prescription in', due: '2026-09-03', project: 'Mum' },
      { title: 'Ring the council about the grab rails', due: null, project: 'Mum' },
      { title: 'Drive her to the hair appt', due: '2026-09-05', project: 'Mum' },
      { title: 'Q3 forecast to Dev', due: '2026-09-04', project: 'Office' },
      { title: 'Clear the shared drive', due: null, project: 'Office' },
      { title: 'Birthday present for Zainab', due: '2026-09-12' },
      { title: 'Fix the shed door', due: null, project: null },
      { title: 'Cancel Disney+', due: null, project: null },
    ],
  },
  {
    name: 'groups 4: a sheep farmer in north Iceland at the end of September, three levels of indentation',
    today: '2027-09-30',
    timezone: 'Atlantic/Reykjavik',
    text: "FARM\n  sheep\n    - fix the quad's trailer hitch for the round-up by Saturday\n    - order ear tags, 300\n  fences\n    - mend the north fence by the river before the first snow\n    - collect wire from Kaupfélag Monday\nHOUSE\n  - Sigga's parent-teacher evening Tuesday 18:00\n  - swap the tyres to studs by mid-October",
    tasks: [
      { title: "Fix the quad's trailer hitch for the round-up", due: '2027-10-02', project: 'Farm' },
      { title: 'Order ear tags, 300', due: null, project: 'Farm' },
      { title: 'Mend the north fence by the river', due: null, project: 'Farm' },
      { title: 'Collect wire from Kaupfélag', due: '2027-10-04', project: 'Farm' },
      { title: "Sigga's parent-teacher evening", due: '2027-10-05', project: 'House' },
      { title: 'Swap the tyres to studs', due: '2027-10-15', project: 'House' },
    ],
  },
  // pasted messages
  {
    name: 'message 1: a student in Bangkok moving to Delft, a forwarded email and "re the X:" notes on Songkran',
    today: '2027-04-13',
    timezone: 'Asia/Bangkok',
    text: "Fwd from the uni international office:\n\nDear Ploy,\nWelcome to TU Delft! Before you arrive please:\n- upload your passport scan to Osiris by 30 April\n- pay the housing deposit (€750) by 23 April\n- book a slot for the BSN registration at the gemeente once you know your arrival date\nOur team will send your residence permit decision by mid-May.\nKind regards,\nMarieke\n\nmy notes: re the visa: get the TB test done at Bumrungrad next week. re the flat: ask Noon if she wants my bike. Happy Songkran everyone lol",
    tasks: [
      { title: 'Upload passport scan to Osiris', due: '2027-04-30', project: null },
      { title: 'Pay the housing deposit (€750)', due: '2027-04-23', project: null },
      { title: 'Book a slot for the BSN registration at the gemeente', due: null, project: null },
      { title: 'Get the TB test done at Bumrungrad', due: '2027-04-19', project: 'Visa' },
      { title: 'Ask Noon if she wants my bike', due: null, project: 'Flat' },
    ],
  },
  {
    name: 'message 2: a physiotherapist in Dubai on National Day, a WhatsApp thread',
    today: '2026-12-02',
    timezone: 'Asia/Dubai',
    text: "[09:12] Rania: hey can you take my 4pm ACL rehab patient tomorrow? 🙏\n[09:15] Me: yes np\n[09:16] Rania: amazing. also can you send me the shoulder protocol pdf today\n[09:20] Me: will do after lunch\n[09:21] Rania: Omar said he'll sort the ultrasound gel order\n[09:30] Me: ok. I still need to renew my DHA licence before the 20th 😩\n[09:31] Rania: happy national day btw 🇦🇪",
    tasks: [
      { title: "Take Rania's 4pm ACL rehab patient", due: '2026-12-03' },
      { title: 'Send Rania the shoulder protocol PDF', due: '2026-12-02' },
      { title: 'Renew my DHA licence', due: '2026-12-19' },
    ],
  },
  // meeting notes
  {
    name: 'meeting 1: a community radio board in Johannesburg on Heritage Day, two groups',
    today: '2026-09-24',
    timezone: 'Africa/Johannesburg',
    text: 'Board meeting, 24 Sept (braai after)\nPresent: Thandi, Pieter, Lwazi, me\n\nFundraiser:\n- Thandi to confirm the venue for the 17 Oct quiz\n- me: design the poster by Monday\n- Pieter: sponsors list\n\nStudio:\n- Lwazi to get quotes for the new mixer\n- me: renew the ICASA licence before 1 October!!\n- everyone: submit show logs by Friday\n\nNext meeting 8 October.',
    tasks: [
      { title: 'Design the poster', due: '2026-09-28', project: 'Fundraiser' },
      { title: 'Renew the ICASA licence', due: '2026-09-30', project: 'Studio', priority: 'high' },
      { title: 'Submit show logs', due: '2026-09-25', project: 'Studio' },
    ],
  },
  {
    name: 'meeting 2: a lab meeting in Tokyo on Culture Day',
    today: '2027-11-03',
    timezone: 'Asia/Tokyo',
    text: 'Lab meeting notes (held today despite the holiday, half of us came)\n- Prof. Mori: grant report draft to the office 11/19\n- Kenji will rerun the qPCR plates\n- Aiko: order liquid nitrogen\n- ACTION me: send my slides for the journal club by Friday\n- ACTION me: fix the shared calendar\n- ACTION me + Aiko: clean the -80 freezer next Wednesday\n- reminder: safety training for everyone by end of month',
    tasks: [
      { title: 'Send my slides for the journal club', due: '2027-11-05' },
      { title: 'Fix the shared calendar', due: null },
      { title: 'Clean the -80 freezer', due: '2027-11-10' },
      { title: 'Safety training', due: '2027-11-30' },
    ],
  },
  // comma lists
  {
    name: 'comma 1: a dog groomer in Brussels on National Day, "X stuff —" lines',
    today: '2027-07-21',
    timezone: 'Europe/Brussels',
    text: "salon stuff — sharpen the clippers, order oatmeal shampoo, call Mrs Janssens back re: Friday's poodle, new price list by end of month\nhome stuff — defrost freezer, pay the Proximus bill before the 26th, plants to Lien's while I'm away",
    tasks: [
      { title: 'Sharpen the clippers', due: null, project: 'Salon' },
      { title: 'Order oatmeal shampoo', due: null, project: 'Salon' },
      { title: "Call Mrs Janssens back re: Friday's poodle", due: null, project: 'Salon' },
      { title: 'New price list', due: '2027-07-31', project: 'Salon' },
      { title: 'Defrost freezer', due: null, project: 'Home' },
      { title: 'Pay the Proximus bill', due: '2027-07-25', project: 'Home' },
      { title: "Plants to Lien's", due: null, project: 'Home' },
    ],
  },
  {
    name: 'comma 2: a taxi driver in Lagos on Independence Day',
    today: '2026-10-01',
    timezone: 'Africa/Lagos',
    text: 'service the car sat, renew hackney permit by the 15th, pay Tunde back 20k, buy school sandals for Ada, change the phone holder, independence day traffic today so maybe start late, check the left back tyre tomorrow',
    tasks: [
      { title: 'Service the car', due: '2026-10-03' },
      { title: 'Renew hackney permit', due: '2026-10-15' },
      { title: 'Pay Tunde back 20k', due: null },
      { title: 'Buy school sandals for Ada', due: null },
      { title: 'Change the phone holder', due: null },
      { title: 'Check the left back tyre', due: '2026-10-02' },
    ],
  },
  // emoji
  {
    name: 'emoji 1: a surf school owner in Honolulu on Kamehameha Day, emoji headings and a statement',
    today: '2026-06-11',
    timezone: 'Pacific/Honolulu',
    text: "🏄 Surf school\n• wax + ding repair on the 9ft softtops\n• waiver forms reprinted by Sat\n• pay GET tax by the 20th\n🏠 Home\n• lei for Tūtū's party Sunday\n• water bill\n🌺 parade downtown today, no lessons till 2",
    tasks: [
      { title: 'Wax + ding repair on the 9ft softtops', due: null, project: 'Surf school' },
      { title: 'Waiver forms reprinted', due: '2026-06-13', project: 'Surf school' },
      { title: 'Pay GET tax', due: '2026-06-20', project: 'Surf school' },
      { title: "Lei for Tūtū's party", due: '2026-06-14', project: 'Home' },
      { title: 'Water bill', due: null, project: 'Home' },
    ],
  },
  {
    name: 'emoji 2: a kiosk owner in Athens on Independence Day, emoji bullets',
    today: '2027-03-25',
    timezone: 'Europe/Athens',
    text: "🇬🇷 parade at 11, the kids are marching!\n✅ flags up on the kiosk\n📦 order cigarettes + lottery tickets by Saturday\n💶 VAT return to the accountant by the 31st\n🔧 fridge compressor - call the technician tomorrow\n🎂 name day gift for Evangelia, it's today!!",
    tasks: [
      { title: 'Order cigarettes + lottery tickets', due: '2027-03-27' },
      { title: 'VAT return to the accountant', due: '2027-03-31' },
      { title: 'Call the technician about the fridge compressor', due: '2027-03-26' },
      { title: 'Name day gift for Evangelia', due: '2027-03-25', priority: 'high' },
    ],
  },
  // one-liners
  {
    name: "short 1: an angler in Anchorage on New Year's Day",
    today: '2027-01-01',
    timezone: 'America/Anchorage',
    text: 'fishing license tmrw',
    tasks: [{ title: 'Fishing license', due: '2027-01-02' }],
  },
  {
    name: 'short 2: a tenant in Dhaka on Victory Day',
    today: '2026-12-16',
    timezone: 'Asia/Dhaka',
    text: 'pay bua friday',
    tasks: [{ title: 'Pay bua', due: '2026-12-18' }],
  },
  // nothing to do
  {
    name: "nothing 1: St Stephen's Day in Budapest, others in charge",
    today: '2026-08-20',
    timezone: 'Europe/Budapest',
    text: "Szent István nap. Fireworks over the Danube tonight, my brother already got us spots near the Margaret Bridge and Anna is bringing the pogácsa. The office is closed till Monday. Nothing on my plate, for once, and it feels great.",
    tasks: [],
  },
  {
    name: 'nothing 2: Carnival Tuesday in São Paulo, all sorted',
    today: '2027-02-09',
    timezone: 'America/Sao_Paulo',
    text: "Carnaval!! The bloco leaves at 2 from the praça, Júlia bought everyone's abadás already and Caio is driving us. Did the shopping yesterday, sunscreen's packed. No work until Wednesday afternoon. Ontem foi incrível.",
    tasks: [],
  },
  // other languages
  {
    name: 'mixed-lang 1: a hostel owner in Berlin on German Unity Day, German date words and a privat label',
    today: '2026-10-03',
    timezone: 'Europe/Berlin',
    text: 'Hostel:\n- Rauchmelder prüfen lassen bis Freitag\n- Bettwäsche bestellen, nächsten Dienstag\n- Steuerunterlagen an Frau Kühn morgen\n- update the Airbnb listing photos\nprivat:\n- Oma anrufen am Sonntag\n- Winterreifen vor Ende Oktober',
    tasks: [
      { title: 'Rauchmelder prüfen lassen', due: '2026-10-09', project: 'Hostel' },
      { title: 'Bettwäsche bestellen', due: '2026-10-06', project: 'Hostel' },
      { title: 'Steuerunterlagen an Frau Kühn', due: '2026-10-04', project: 'Hostel' },
      { title: 'Update the Airbnb listing photos', due: null, project: 'Hostel' },
      { title: 'Oma anrufen', due: '2026-10-04', project: null },
      { title: 'Winterreifen', due: '2026-10-31', project: null },
    ],
  },
  {
    name: 'mixed-lang 2: an au pair in Luxembourg on National Day, French, Portuguese and Italian',
    today: '2027-06-23',
    timezone: 'Europe/Luxembourg',
    text: "Fête nationale aujourd'hui, pas de crèche. À faire: acheter le cadeau pour Matteo avant samedi, chamar a mãe amanhã, pagar a renda até sexta, rinnovare l'abbonamento del bus entro fine mese, rendez-vous chez le médecin lundi prochain à 9h",
    tasks: [
      { title: 'Acheter le cadeau pour Matteo', due: '2027-06-25' },
      { title: 'Chamar a mãe', due: '2027-06-24' },
      { title: 'Pagar a renda', due: '2027-06-25' },
      { title: "Rinnovare l'abbonamento del bus", due: '2027-06-30' },
      { title: 'Rendez-vous chez le médecin', due: '2027-06-28' },
    ],
  },
  // slashed dates by zone
  {
    name: 'slashed 1: a school bus driver in Adelaide on Australia Day, day/month',
    today: '2027-01-26',
    timezone: 'Australia/Adelaide',
    text: "Australia Day, day off.\n- bus licence medical 4/2 at 8.30\n- school term starts 28/1 (not my job but here we are)\n- return the first aid kit to the depot by 29/1\n- pay council rates instalment 1/3\n- Jack's footy rego before 10/2",
    tasks: [
      { title: 'Bus licence medical', due: '2027-02-04' },
      { title: 'Return the first aid kit to the depot', due: '2027-01-29' },
      { title: 'Pay council rates instalment', due: '2027-03-01' },
      { title: "Jack's footy rego", due: '2027-02-09' },
    ],
  },
  {
    name: 'slashed 2: a home health aide in New York on the Fourth observed, month/day under two headings',
    today: '2027-07-05',
    timezone: 'America/New_York',
    text: "WORK\n- CPR recert class 7/14\n- timesheet to the agency by 7/9\n- ask about Mr. Alvarez's new meds\nKIDS\n- camp forms for Leo due 7/12\n- pediatrician for Maya 8/3 3:15pm\n- library books back (they were due 6/30 oops)",
    tasks: [
      { title: 'CPR recert class', due: '2027-07-14', project: 'Work' },
      { title: 'Timesheet to the agency', due: '2027-07-09', project: 'Work' },
      { title: "Ask about Mr. Alvarez's new meds", due: null, project: 'Work' },
      { title: 'Camp forms for Leo', due: '2027-07-12', project: 'Kids' },
      { title: 'Pediatrician for Maya', due: '2027-08-03', project: 'Kids' },
      { title: 'Library books back', due: null, project: 'Kids' },
    ],
  },
  // a project's own dates
  {
    name: 'deadline 1: a conference organiser in Bucharest on National Day',
    today: '2026-12-01',
    timezone: 'Europe/Bucharest',
    text: "The Balkan Linguistics Conference is 14–16 January in Cluj; abstracts closed on 20 November and the programme goes live on the 15th. What I still have to do: send the acceptance emails by Friday, get three quotes for the coffee breaks, and confirm the keynote's flight before the 10th. Delegate registration closes on 5 January — that's for them, not me.",
    tasks: [
      { title: 'Send the acceptance emails', due: '2026-12-04' },
      { title: 'Get three quotes for the coffee breaks', due: null },
      { title: "Confirm the keynote's flight", due: '2026-12-09' },
    ],
  },
  {
    name: 'deadline 2: a race director in Chicago the day the clocks went back',
    today: '2027-11-07',
    timezone: 'America/Chicago',
    text: "The Turkey Trot is Thanksgiving morning (the 25th). The permit with the Park District was due Nov 1, already filed. Bib pickup is the 23rd and 24th at the running store. My list: order 1,500 finisher medals by Wednesday, send the volunteer schedule next week, pay the timing company deposit before the 15th. Clocks fell back last night, so the 6am group run was in the dark anyway.",
    tasks: [
      { title: 'Order 1,500 finisher medals', due: '2027-11-10' },
      { title: 'Send the volunteer schedule', due: '2027-11-08' },
      { title: 'Pay the timing company deposit', due: '2027-11-14' },
    ],
  },
  // conditions
  {
    name: 'condition 1: a sailor in Darwin at the end of the financial year',
    today: '2026-06-30',
    timezone: 'Australia/Darwin',
    text: "EOFY. If the tax agent hasn't emailed by Friday, ring her. When the new jib arrives, fit it. Unless the wind drops we sail to Bathurst Island on the weekend, so provision the boat Friday either way. If the bank transfer bounces, pay the marina by card. Lodge the BAS by 28 July.",
    tasks: [
      { title: 'Fit the new jib', due: null },
      { title: 'Sail to Bathurst Island', due: '2026-07-04' },
      { title: 'Provision the boat', due: '2026-07-03' },
      { title: 'Lodge the BAS', due: '2026-07-28' },
    ],
  },
  {
    name: 'condition 2: a farm stand owner near Vancouver the day the clocks went forward',
    today: '2027-03-14',
    timezone: 'America/Vancouver',
    text: "clocks forward, stand opens at 10 anyway. if it's dry tuesday, seed the peas. when the egg cartons come in, restock the honesty box. if Mariko can't do Saturday I'll cover, otherwise I'm off. call the insurance broker tomorrow no matter what. unless the frost comes back, uncover the garlic by the 20th",
    tasks: [
      { title: 'Seed the peas', due: '2027-03-16' },
      { title: 'Restock the honesty box', due: null },
      { title: 'Call the insurance broker', due: '2027-03-15' },
      { title: 'Uncover the garlic', due: '2027-03-20' },
    ],
  },
  // things already done, with open tasks and updates
  {
    name: 'done 1: a bus mechanic in Helsinki on Independence Day with four open tasks',
    today: '2026-12-06',
    timezone: 'Europe/Helsinki',
    open: [
      { id: BRAKES, title: 'Order brake discs for bus 214', due_date: '2026-12-04' },
      { id: COTTAGE, title: 'Book the Christmas cottage', due_date: null },
      { id: TYRES, title: 'Winter tyres on the Skoda', due_date: '2026-11-30' },
      { id: TAXCARD, title: 'Tax card change for 2027', due_date: null },
    ],
    text: 'Independence Day, candles in the windows. Brake discs for 214: ordered Friday, done. Winter tyres are on, finally. Christmas cottage: push to next weekend, Leena still has not decided. Tax card: cancel it, the employer does it automatically now. New: clean the pit drain Tuesday, sign the overtime agreement before the 15th, buy snacks for the Linnanjuhlat broadcast tonight.',
    tasks: [
      { title: 'Clean the pit drain', due: '2026-12-08' },
      { title: 'Sign the overtime agreement', due: '2026-12-14' },
      { title: 'Buy snacks for the Linnanjuhlat broadcast', due: '2026-12-06' },
    ],
    updates: [
      { task_id: BRAKES, status: 'done' },
      { task_id: TYRES, status: 'done' },
      { task_id: COTTAGE, due: '2026-12-12' },
      { task_id: TAXCARD, status: 'cancelled' },
    ],
  },
  {
    name: 'done 2: a gallery attendant and student in Halifax on Canada Day, ticked items under two headings',
    today: '2027-07-01',
    timezone: 'America/Halifax',
    open: [
      { id: PERMIT, title: 'Renew parking permit', due_date: '2027-06-30' },
      { id: ESSAY, title: 'Art history essay', due_date: '2027-07-02' },
      { id: GUIDE, title: 'Read the new gallery guide', due_date: null },
    ],
    text: 'Canada Day shift at the gallery, fireworks after.\n\nWork:\n- [x] read the new gallery guide\n- swap my lanyard for the new ID badge by Monday\n- incident report for the broken bench\n\nSchool:\n- art history essay: extension granted, now due the 9th\n- [x] renew parking permit\n- email Prof. Gallant about the seminar reading',
    tasks: [
      { title: 'Swap my lanyard for the new ID badge', due: '2027-07-05', project: 'Work' },
      { title: 'Incident report for the broken bench', due: null, project: 'Work' },
      { title: 'Email Prof. Gallant about the seminar reading', due: null, project: 'School' },
    ],
    updates: [
      { task_id: GUIDE, status: 'done' },
      { task_id: ESSAY, due: '2027-07-09' },
      { task_id: PERMIT, status: 'done' },
    ],
  },
  // feelings among tasks
  {
    name: 'feelings 1: a park ranger in Regina on Family Day, low mood and two open tasks',
    today: '2027-02-15',
    timezone: 'America/Regina',
    open: [
      { id: BURN, title: 'Prescribed burn plan', due_date: '2027-02-19' },
      { id: SIGNS, title: 'Snowshoe trail signs', due_date: null },
    ],
    text: "Family Day and -34 with the windchill. Honestly I feel flat, the dark mornings are getting to me. The burn plan can wait, move it to next month. Kids are bouncing off the walls. Need to call the doctor about the vitamin D tomorrow, and book a massage sometime, I deserve it. Snowshoe trail signs went up Saturday, so that's sorted. Proud of that one.",
    tasks: [
      { title: 'Call the doctor about the vitamin D', due: '2027-02-16' },
      { title: 'Book a massage', due: null },
    ],
    updates: [
      { task_id: BURN, due: '2027-03-01' },
      { task_id: SIGNS, status: 'done' },
    ],
  },
  {
    name: 'feelings 2: a mother of twins in Kolkata on Diwali',
    today: '2027-10-29',
    timezone: 'Asia/Kolkata',
    text: "Diwali today and I am so tired I could cry, the twins were up all night. But happy, the house looks lovely. Still: get oil for the diyas by this evening, send the sweets boxes to the neighbours today, and pay Rekha's Diwali bonus. Ma thinks I'm overdoing it. Probably. Next week I must finish setting up the office laptop, and book the paediatrician for the twins' 6-month jabs before the 10th.",
    tasks: [
      { title: 'Get oil for the diyas', due: '2027-10-29' },
      { title: 'Send the sweets boxes to the neighbours', due: '2027-10-29' },
      { title: "Pay Rekha's Diwali bonus", due: null },
      { title: 'Finish setting up the office laptop', due: '2027-11-01' },
      { title: "Book the paediatrician for the twins' 6-month jabs", due: '2027-11-09' },
    ],
  },
  // long dumps
  {
    name: 'long 1: a hotel night manager in Lisbon the night the clocks went back, four headings in four shapes and an "Other"',
    today: '2027-10-31',
    timezone: 'Europe/Lisbon',
    text: "Night audit done at 4, which was 3 again: the clocks went back and the system double-counted an hour, naturally. The Halloween group from Manchester is finally asleep. Quiet night otherwise: one noise complaint from 305 and a lost passport that turned up behind the bar. Writing this before I forget all of it.\n\nRECEPTION\n- reprint the key cards for the 3rd floor (the batch from Friday is faulty)\n- call Booking.com about the double reservation in room 12\n- update the city tax sign with the new rate\n- handover notes for Inês by Monday\n\n## Staff\n- rota for the second half of November by Wednesday\n- prepare the form for Rafael's probation review (it's on the 9th)\n- order two new night porter uniforms, M and L\n- ask HR about holiday pay for the All Saints shift\n- card for Dona Fátima, 30 years with us (the lunch is on the 12th)\n\n🛠 Maintenance\n- the lift in block B is making the noise again, ring Schindler tomorrow\n- chase Sr. Almeida for the pool heater quote on Thursday\n- replace the bulbs in the car park\n\nHome:\n- pay the condomínio by the 8th\n- order Beatriz's school photos online by Friday\n- dinner at my sister's on Saturday, bring the wine\n\nOther\n- sleep. seriously.\n- renew the Cartão de Cidadão, it expires 20/11\n\nMr. Haddad in 214 asked for a late checkout tomorrow; Inês already approved it, so nothing for me there. The Manchester group leaves on Tuesday and their bill is settled. The new receptionist, Tomás, is doing well, by the way. The owners are visiting sometime in December but nobody knows when, so no point planning for it yet. Right, coffee.",
    tasks: [
      { title: 'Reprint the key cards for the 3rd floor', due: null, project: 'Reception' },
      { title: 'Call Booking.com about the double reservation in room 12', due: null, project: 'Reception' },
      { title: 'Update the city tax sign with the new rate', due: null, project: 'Reception' },
      { title: 'Handover notes for Inês', due: '2027-11-01', project: 'Reception' },
      { title: 'Rota for the second half of November', due: '2027-11-03', project: 'Staff' },
      { title: "Prepare the form for Rafael's probation review", due: '2027-11-09', project: 'Staff' },
      { title: 'Order two new night porter uniforms, M and L', due: null, project: 'Staff' },
      { title: 'Ask HR about holiday pay for the All Saints shift', due: null, project: 'Staff' },
      { title: 'Card for Dona Fátima', due: '2027-11-12', project: 'Staff' },
      { title: 'Ring Schindler about the lift in block B', due: '2027-11-01', project: 'Maintenance' },
      { title: 'Chase Sr. Almeida for the pool heater quote', due: '2027-11-04', project: 'Maintenance' },
      { title: 'Replace the bulbs in the car park', due: null, project: 'Maintenance' },
      { title: 'Pay the condomínio', due: '2027-11-08', project: 'Home' },
      { title: "Order Beatriz's school photos online", due: '2027-11-05', project: 'Home' },
      { title: "Bring the wine to dinner at my sister's", due: '2027-11-06', project: 'Home' },
      { title: 'Renew the Cartão de Cidadão', due: '2027-11-20' },
    ],
  },
  {
    name: 'long 2: a photographer in Philadelphia on Thanksgiving, "Re the X:" paragraphs and a personal one',
    today: '2026-11-26',
    timezone: 'America/New_York',
    text: "Thanksgiving, and I'm hiding in the car outside my aunt's for ten minutes to get my head straight before pie. Everyone keeps asking about the business and I keep saying \"good!\" which is half true. Uncle Ray wants me to shoot his retirement party, we'll see, I haven't said yes. Mom made the green bean thing again and nobody had the heart to tell her, and my cousins have been arguing about football since noon.\n\nRe the Holloway wedding: the couple want the full gallery by December 15, so cull the ceremony shots this weekend, send them the sneak peek by Monday, and order the album proofs before the 10th. And pay Dani for second shooting by Tuesday.\n\nRe the studio: the lease renewal is due on the 1st, sign it and drop it at the landlord's. The backdrop stand is broken, order a new one. Clean out the prop closet sometime, no rush.\n\nRe the Black Friday mini sessions: tomorrow 9 to 4 at the park. Pack the reflectors and the spare batteries tonight, confirm the last three families by text first thing tomorrow, and post the booking link on Instagram.\n\nRe the website: the portfolio page still shows 2024 work. Swap in the Holloway engagement set and fix the broken contact form this week.\n\nPersonal stuff, not forgetting: call Grandma Lou on Saturday, she's not here this year and she'll be sad. Renew my passport before February, the Lisbon trip. The dentist is overdue since summer, book it next week. Return the lens I rented to LensRentals by the 30th.\n\nMy cousin Jess says she'll do my books this year, which, bless her, we'll see. Ok. Pie time. I'm grateful, honestly, even for the chaos.",
    tasks: [
      { title: 'Cull the ceremony shots', due: '2026-11-28', project: 'Holloway wedding' },
      { title: 'Send them the sneak peek', due: '2026-11-30', project: 'Holloway wedding' },
      { title: 'Order the album proofs', due: '2026-12-09', project: 'Holloway wedding' },
      { title: 'Pay Dani for second shooting', due: '2026-12-01', project: 'Holloway wedding' },
      { title: "Sign the lease renewal and drop it at the landlord's", due: '2026-12-01', project: 'Studio' },
      { title: 'Order a new backdrop stand', due: null, project: 'Studio' },
      { title: 'Clean out the prop closet', due: null, project: 'Studio', priority: 'low' },
      { title: 'Pack the reflectors and the spare batteries', due: '2026-11-26', project: 'Black Friday mini sessions' },
      { title: 'Confirm the last three families by text', due: '2026-11-27', project: 'Black Friday mini sessions' },
      { title: 'Post the booking link on Instagram', due: null, project: 'Black Friday mini sessions' },
      { title: 'Swap in the Holloway engagement set', due: null, project: 'Website' },
      { title: 'Fix the broken contact form', due: '2026-11-27', project: 'Website' },
      { title: 'Call Grandma Lou', due: '2026-11-28', project: null },
      { title: 'Renew my passport', due: '2027-01-31', project: null },
      { title: 'Book the dentist', due: '2026-11-30', project: null },
      { title: 'Return the lens I rented to LensRentals', due: '2026-11-30', project: null },
    ],
  },
  {
    name: 'long 3: a radiographer in Sydney moving to Newcastle the day daylight saving starts, four label paragraphs',
    today: '2026-10-04',
    timezone: 'Australia/Sydney',
    text: "Clocks went forward and the kids think it's still 7. The move is Saturday the 17th, truck booked, we're actually doing this. The kids have packed their rooms twice already, which mostly means their toys are in boxes and their clothes are on the floor.\n\nPacking: start on the garage tomorrow since it's the long weekend. Buy 20 more boxes and tape from Bunnings. Label everything by room, Sam's idea. The good china goes to Mum's, drop it off Wednesday.\n\nAdmin: redirect the mail through Aus Post before the move. Change the address on both licences once we're in. Cancel the Optus home internet by the 16th. Book the NBN connection at the new place. Final meter readings on the 16th. Pay the removalists on the day, they want a bank transfer. Tell the kids' school by Friday that their last day is the 15th.\n\nWork: hand over my Tuesday list to Priya by the 9th, she covers from the 12th. Finish the CPD quiz by the end of the week. Ask rostering about Newcastle shifts, I've been putting that off for a month.\n\nNew house: get the keys from the agent on the 16th at 4pm. Measure the lounge for the couch. The gas guy connects on the 19th and someone has to be home, which means me.\n\nSam is doing the car service and moving Biscuit's vet records, so those are off my list. The buyers of our place settle on the 30th, that's their lawyer's problem, not ours. Sam's parents are driving down to help with the kids on the day, bless them. Honestly more excited than stressed, which is new for me. We'll miss this street, though, and the jacaranda out the front.",
    tasks: [
      { title: 'Start on the garage', due: '2026-10-05', project: 'Packing' },
      { title: 'Buy 20 more boxes and tape from Bunnings', due: null, project: 'Packing' },
      { title: 'Label everything by room', due: null, project: 'Packing' },
      { title: "Drop the good china off at Mum's", due: '2026-10-07', project: 'Packing' },
      { title: 'Redirect the mail through Aus Post', due: '2026-10-16', project: 'Admin' },
      { title: 'Change the address on both licences', due: null, project: 'Admin' },
      { title: 'Cancel the Optus home internet', due: '2026-10-16', project: 'Admin' },
      { title: 'Book the NBN connection at the new place', due: null, project: 'Admin' },
      { title: 'Final meter readings', due: '2026-10-16', project: 'Admin' },
      { title: 'Pay the removalists', due: '2026-10-17', project: 'Admin' },
      { title: "Tell the kids' school that their last day is the 15th", due: '2026-10-09', project: 'Admin' },
      { title: 'Hand over my Tuesday list to Priya', due: '2026-10-09', project: 'Work' },
      { title: 'Finish the CPD quiz', due: '2026-10-09', project: 'Work' },
      { title: 'Ask rostering about Newcastle shifts', due: null, project: 'Work' },
      { title: 'Get the keys from the agent', due: '2026-10-16', project: 'New house' },
      { title: 'Measure the lounge for the couch', due: null, project: 'New house' },
      { title: 'Be home for the gas connection', due: '2026-10-19', project: 'New house' },
    ],
  },
  {
    name: "long 4: a community orchestra manager in Toronto on New Year's Eve, ticked items and others' jobs",
    today: '2027-12-31',
    timezone: 'America/Toronto',
    text: "Last day of 2027 and the office is closed till Monday. The spring concert is March 18 at Koerner Hall, which feels far away and isn't. Snow all afternoon and the streetcar barely moving. Mum is coming over at eight and we're doing the countdown on the balcony like every year. Dumping everything so I can actually enjoy tonight.\n\n✓ sent the December newsletter\n✓ paid the hall deposit\n✓ booked the soloist for March (Anika, confirmed by email)\n- sectional schedule for the strings by the 7th\n- grant report for the Ontario Arts Council, due the 15th\n- reply to the cellist who wants to audition (Mei, her email from the 22nd)\n- order the folders for the new music\n- book the rehearsal room at St. Paul's, wait no, Helen does the room bookings now, skip\n- chase last season's unpaid dues, 14 members\n- donor thank-you letters by end of next week\n- ask Marcus whether the timpani can stay at the church\n- update the website with the concert date\n- T4As for the guest players before the end of February\n- board meeting Wed 5 Jan 7pm, send the agenda the day before\n- fix the mailing list bounce problem\n- renew the SOCAN licence before 31 January\n- make my dentist appt, it's been a year\n- Happy New Year texts to the committee tonight\n\nFrom the last committee call: Kevin is doing the program notes and Priya the poster, I'm not touching either. Priya wanted the logo files from me, but I sent those on Tuesday. The board wants a budget by February, and that's the treasurer's job. Pretty good year, all things considered. Onward.",
    tasks: [
      { title: 'Sectional schedule for the strings', due: '2028-01-07' },
      { title: 'Grant report for the Ontario Arts Council', due: '2028-01-15' },
      { title: 'Reply to the cellist who wants to audition', due: null },
      { title: 'Order the folders for the new music', due: null },
      { title: "Chase last season's unpaid dues", due: null },
      { title: 'Donor thank-you letters', due: '2028-01-07' },
      { title: 'Ask Marcus whether the timpani can stay at the church', due: null },
      { title: 'Update the website with the concert date', due: null },
      { title: 'T4As for the guest players', due: '2028-02-29' },
      { title: 'Send the board meeting agenda', due: '2028-01-04' },
      { title: 'Fix the mailing list bounce problem', due: null },
      { title: 'Renew the SOCAN licence', due: '2028-01-30' },
      { title: 'Make my dentist appt', due: null },
      { title: 'Happy New Year texts to the committee', due: '2027-12-31' },
    ],
  },
];

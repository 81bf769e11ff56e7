import type { EvalCase } from './dumps.ts';

/**
 * Tenth fresh development set of issue #19 (twenty-fifth round): 48 everyday dumps written from the
 * text alone by a helper who neither read nor ran the parser (they read only the `EvalCase` type and
 * examples of `eval/dumps.ts`, `eval/score.ts`, the Dates section and the start of the Evaluation
 * section of docs/ai.md, and the header comments of `general-dev.ts` and the second and fourth to
 * ninth fresh sets). Twenty-six voices, the first word of each name: `terse`, `prose`, `dictation`,
 * pasted `slack`, `email`, `whatsapp` and `teams`, `meeting` notes, `feelings`, `us-dates`, `uk-dates`
 * (British and Kenyan day-first dates), `foreign-dates` (German and Italian), `emoji`, `project`s
 * named in prose, `label`s, several `groups`, `conditions`, things already `done`, `long` dumps,
 * `nothing` to do and `oneliner`s; pasted `teams` messages and five voices are new: a to-do written as
 * `questions` to oneself, a `diary` entry, a `handover` note the person writes to a colleague before
 * leave, a `shopping` list mixed with errands, and `phone` notes with autocorrect slips ("call the
 * bet", "the kinds from swimming", "kitten mouse"). `long` four dumps, `label` and `groups` three, the
 * old voices two (`slack`, `whatsapp` and `teams` one each), the new ones one. 23 dumps state groups:
 * upper-case headings (`ATELIER`/`MAISON`, `PUZZLES`, `MOVES`, `SHOP` with a fair heading holding its
 * own date), markdown headings in Spanish (`## Taller`), emoji headings (`🧧 TẾT`, `🍜 RESTAURANT`),
 * `Label:` lines and comma runs (clients, customers, a mother as `Amma:`, `JOB:`, `Kittens:`,
 * `Werkstatt:`, `Cantina:`), `Label:` paragraphs with a generic `Random:` one, client headings holding
 * the client's own date (`Aisyah (wedding 12 Sept):`), topic headings with AOB in meeting notes, "for
 * work" / "at home" paragraphs in prose, "for the van … for the business" and "for the whanganui run"
 * in dictation, efforts named in prose ("The Wynnum church re-roof is finally happening.", "So, the
 * Mueller Hut summer opening."), and loose lines after groups ("Also call mum today", "Me:",
 * "Personal:", "Otherwise:", "Separate thing:"). The four `long` dumps are 1,539–1,595 characters with
 * 17–20 tasks. 295 expected tasks and 14 updates in all; open tasks with updates in four dumps (both
 * `done`, one `feelings`, one `long`: done, moved and cancelled).
 *
 * New people and lives: a cobbler, a crossword setter, a wind-turbine technician, a ballet teacher, a
 * sheep shearer, a pest controller, an animator, a harpist, a trainee pilot, a quilter at Sinterklaas,
 * a customs broker, a mountain rescue team, a scaffolding foreman, a hospice nurse, an oyster farmer,
 * a crane operator, a stained-glass restorer, a bell-tower captain, a safari lodge manager, a
 * clockmaker, a sommelier, a restaurant family at Tết, a kite-surf instructor, a roofer, a mountain
 * hut warden, a cartographer, a lab technician, a toy repairer, a mountain-bike shop owner, a piano
 * mover, a school nurse, a forester, a rally navigator, a bicycle courier, a swim coach, a bridal
 * shop owner, a Christmas tree farmer, a saddler, a henna artist, a new dog owner, a retired
 * harbourmaster, a vet going on leave, a family shopping for Nochebuena and a cat breeder.
 *
 * `today` runs over 2026–2027 in 35 zones (Pacific/Auckland to Pacific/Honolulu): the clock changes
 * of the EU (Paris forward, London back in 2026, Dublin back on Halloween 2027), the US and Canada
 * (New York and Halifax forward, Los Angeles and Denver back), New Zealand (forward, 2027), Australia
 * (Sydney forward in 2026 and back in 2027) and Chile (back in April and forward in September 2026);
 * the ends of May, June (Australia's financial year), August, October (Halloween 2027) and 2027 (due
 * dates in 2028); and holidays (Burns Night, St Brigid's Day, Valentine's Day, St David's Day, Rosenmontag,
 * Tết, Easter Monday, Anzac Day, Lei Day, Whit Monday, Youth Day in South Africa, Saint-Jean-Baptiste,
 * the Fourth observed, Matariki, the Civic Holiday, Ferragosto, Merdeka Day, Labor Day, Respect for
 * the Aged Day, the Mid-Autumn Festival, Indigenous Peoples' Day, Labour Day in New Zealand,
 * Halloween, Bonfire Night, Buß- und Bettag, Black Friday, Sinterklaas, Jamhuri Day, St Lucia,
 * Nochebuena, Christmas Day, Boxing Day, New Year's Eve, Republic Day in India, Memorial Day, the
 * Swiss National Day). Every due date was written as the reading it follows ("the coming Friday",
 * "next week's Tuesday", "the day before the 25th", "a week before 12 September", "the Friday before
 * 8 November" …) and computed with a Node script (`Date` and `Intl`) against each case's `today`,
 * which printed each date's weekday for a check by hand; the clock changes were checked against the
 * zone's offsets on the day before and after.
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the
 * judgement calls of the second and fourth to ninth fresh sets. Plus these:
 * - A to-do written as questions: a question answered with an action is that action, dated by the
 *   answer ("did I ever register Lotte …? no, do it this week" is Friday); one answered "yes" is no task.
 * - A diary entry's plans are tasks ("Tomorrow I want to start sorting the loft"), what happened is not.
 * - A handover note the person writes: the colleague's items ("For you:") are not the person's
 *   tasks; "Me before I go tonight:" dates the person's items today, "When I'm back:" dates nothing;
 *   neither label is a project.
 * - A shopping list mixed with errands, one item a line: each line is its own task, a bare grocery
 *   titled "Buy X", a comma run of groceries one task; "Nochebuena, everything today:" dates them all.
 * - Autocorrect slips are corrected in titles ("call the bet" is "Call the vet").
 * - A job the person does on a day ("Bakers: upright to the 3rd floor, tomorrow", "grand piano
 *   Thursday") is a task on that day; an event line with a step before it ("reopen Thursday, call the
 *   staff Tuesday", "final fitting is Thursday at 4, steam her dress Wednesday night") is the step alone.
 * - Under a group whose date the dump gives, "the Friday before" is the last Friday before it and
 *   "2 days before" counts back two days, as "the day before" and "the week before" do.
 * - "next Tuesday" said on a Sunday is two days on, as "next Saturday" is six (the week starts on
 *   Monday); "lunedì prossimo" said on a Saturday is the Monday two days on.
 * - "by the weekend" is the coming Saturday (as "weekend"), unlike "before the weekend"; "before the
 *   end of the year" is 31 December, as "before the end of the month" is its last day; "il giorno
 *   prima" is the day before the day just named.
 * - The opening of a pasted email naming its event with a date ("For the Pritchard wedding on 27 March
 *   could you …") dates none of its requests, but "before the wedding" in the person's own line is the
 *   day before it; "Friday is the deadline for X" in a chat is the task of submitting X on Friday.
 * - "Done today: A, B, C" marks open tasks done, "push the BAS to next week" moves it to next Monday,
 *   "Roster: do it Sunday instead" moves it, and "X, forget it" cancels it.
 * - Customers and clients as labels keep their names as written ("Mrs. Okafor", "Daycare on Queen
 *   St", "Priya & Karthik"), and so does a mother as `Amma:`; the emoji heading `🧧 TẾT` is project
 *   "Tết"; "Otherwise:" meaning "apart from that" holds loose tasks (`null`), and so do "Separate thing:"
 *   and "Personal:"; `List:` and `Random:` are generic (no `project` key), and "my stuff:" after a
 *   pasted email groups nothing (the dump is ungrouped).
 * - "If the truck still makes that noise, take it to Hugo's" rests on something going wrong and is no
 *   task; "whether or not Jake fixes the intercom, test my helmet mic" is one.
 * - Titles in German, Italian and Spanish stay in those languages.
 * Bookings for a dated event and shifts named by their day were written around.
 */

const OYSTER_TRAYS = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100001';
const OYSTER_AUDIT = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100002';
const OYSTER_REGO = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100003';
const COURIER_RECEIPTS = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100004';
const COURIER_BAS = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100005';
const COURIER_HELMET = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100006';
const COURIER_INVOICE = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100007';
const SWIM_MEDALS = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100008';
const SWIM_LANES = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100009';
const SWIM_ROSTER = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100010';
const SWIM_CARDS = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100011';
const SADDLER_FLOCK = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100012';
const SADDLER_LEATHER = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100013';
const SADDLER_FAIR = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100014';
const SADDLER_VAT = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100015';
const SADDLER_WEB = '5e0a7c31-9d42-4b6f-a8e1-7f3c2b100016';

export const generalTenthFreshCases: EvalCase[] = [
  {
    name: 'terse cobbler list on the night the clocks went forward',
    today: '2026-03-29',
    timezone: 'Europe/Paris',
    text: "clocks went forward, lost an hour\nATELIER\n- resole Mme Girard's boots by Wed\n- order 2 sheets of vibram\n- invoice the theatre for the dance shoes\n- key cutting machine service next week\nMAISON\n- call landlord re shutter tomorrow\n- new price list for the window",
    tasks: [
      { title: "Resole Mme Girard's boots", due: '2026-04-01', project: 'Atelier' },
      { title: 'Order 2 sheets of Vibram', due: null, project: 'Atelier' },
      { title: 'Invoice the theatre for the dance shoes', due: null, project: 'Atelier' },
      { title: 'Key cutting machine service', due: '2026-03-30', project: 'Atelier' },
      { title: 'Call landlord re shutter', due: '2026-03-30', project: 'Maison' },
      { title: 'New price list for the window', due: null, project: 'Maison' },
    ],
  },
  {
    name: 'terse crossword setter on Burns Night, upper-case headings',
    today: '2027-01-25',
    timezone: 'Europe/London',
    text: "PUZZLES\n- cryptic #4471 to Helen by Thu\n- check the Burns-themed grid clues tonight\n- reply to solver letters\n\nHOUSE\n- haggis + neeps from Crombie's today\n- let the boiler man in Fri 8am\n- bins out tonight",
    tasks: [
      { title: 'Cryptic #4471 to Helen', due: '2027-01-28', project: 'Puzzles' },
      { title: 'Check the Burns-themed grid clues', due: '2027-01-25', project: 'Puzzles' },
      { title: 'Reply to solver letters', due: null, project: 'Puzzles' },
      { title: "Haggis + neeps from Crombie's", due: '2027-01-25', project: 'House' },
      { title: 'Let the boiler man in', due: '2027-01-29', project: 'House' },
      { title: 'Bins out', due: '2027-01-25', project: 'House' },
    ],
  },
  {
    name: 'prose wind-turbine technician the day the clocks fell back, work and home paragraphs',
    today: '2026-11-01',
    timezone: 'America/Los_Angeles',
    text: "Extra hour of sleep and I still feel wrecked. For work, the gearbox inspection on tower 14 has to be written up by Tuesday, and I want to get the climbing harness recertified before my next rotation, which starts on the 9th. Also show Luis the new torque logging app at some point.\n\nAt home, call my sister back about Thanksgiving plans, she's been waiting since last weekend. And the truck needs new wiper blades by Wednesday, rain's coming.",
    tasks: [
      { title: 'Write up the gearbox inspection on tower 14', due: '2026-11-03', project: 'Work' },
      { title: 'Get the climbing harness recertified', due: '2026-11-08', project: 'Work' },
      { title: 'Show Luis the new torque logging app', due: null, project: 'Work' },
      { title: 'Call my sister back about Thanksgiving plans', due: null, project: 'Home' },
      { title: 'Get new wiper blades for the truck', due: '2026-11-04', project: 'Home' },
    ],
  },
  {
    name: 'prose ballet teacher on the Fête nationale',
    today: '2027-06-24',
    timezone: 'America/Toronto',
    text: "Fête nationale today so the studio is closed and I finally have a minute to think. Everything is behind. I need to finish the costume list for the juniors, and the tutus have to go to the seamstress by Monday. I should email parents about the dress rehearsal time, and print the programmes next week. Also my own physio appointment is tomorrow at 11, don't skip it again. Maybe repaint the barre in studio B this weekend if it's not too hot.",
    tasks: [
      { title: 'Finish the costume list for the juniors', due: null },
      { title: 'Take the tutus to the seamstress', due: '2027-06-28' },
      { title: 'Email parents about the dress rehearsal time', due: null },
      { title: 'Print the programmes', due: '2027-06-28' },
      { title: 'Physio appointment', due: '2027-06-25' },
      { title: 'Repaint the barre in studio B', due: '2027-06-26' },
    ],
  },
  {
    name: 'dictation shearer on Matariki, one run named',
    today: '2026-07-10',
    timezone: 'Pacific/Auckland',
    text: 'ok matariki today so no shearing thank god um for the whanganui run i need to ring dave today tell him we start tuesday then get the handpiece sharpened before tuesday and order more combs and cutters and pay the gang their holiday pay by wednesday and then personally ring mum tomorrow about her birthday dinner',
    tasks: [
      { title: 'Ring Dave, tell him we start Tuesday', due: '2026-07-10', project: 'Whanganui run' },
      { title: 'Get the handpiece sharpened', due: '2026-07-13', project: 'Whanganui run' },
      { title: 'Order more combs and cutters', due: null, project: 'Whanganui run' },
      { title: 'Pay the gang their holiday pay', due: '2026-07-15', project: 'Whanganui run' },
      { title: 'Ring mum about her birthday dinner', due: '2026-07-11', project: null },
    ],
  },
  {
    name: 'dictation pest controller on Halloween as the clocks went back',
    today: '2027-10-31',
    timezone: 'Europe/Dublin',
    text: 'clocks went back last night so im up early anyway for the van i need to get the tyres checked tomorrow and restock the bait boxes and clean out the back before the inspection on thursday for the business i have to renew the public liability insurance by the 5th and send the murphys hotel their quote and personally i should carve the pumpkin with the kids tonight',
    tasks: [
      { title: 'Get the tyres checked', due: '2027-11-01', project: 'Van' },
      { title: 'Restock the bait boxes', due: null, project: 'Van' },
      { title: 'Clean out the back', due: '2027-11-03', project: 'Van' },
      { title: 'Renew the public liability insurance', due: '2027-11-05', project: 'Business' },
      { title: "Send Murphy's hotel their quote", due: null, project: 'Business' },
      { title: 'Carve the pumpkin with the kids', due: '2027-10-31', project: null },
    ],
  },
  {
    name: 'slack animator on Indigenous Peoples Day',
    today: '2026-10-12',
    timezone: 'America/Boise',
    text: "[9:14 AM] Priya: hey, can you send me the storyboard revisions for ep 6 by Wednesday?\n[9:15 AM] Priya: also client wants the logo sting 2 sec shorter\n[9:20 AM] Me: yep on it, I'll trim the sting today\n[9:21 AM] Marco: I'll handle the audio sync\n[9:30 AM] Priya: and someone needs to update the render farm queue before Friday's delivery, can you take that?\n[9:31 AM] Me: sure\nnote to self: expense the Wacom pen",
    tasks: [
      { title: 'Send Priya the storyboard revisions for ep 6', due: '2026-10-14' },
      { title: 'Trim the logo sting 2 sec', due: '2026-10-12' },
      { title: 'Update the render farm queue', due: '2026-10-15' },
      { title: 'Expense the Wacom pen', due: null },
    ],
  },
  {
    name: "email from a wedding venue to a harpist on St David's Day",
    today: '2027-03-01',
    timezone: 'Europe/London',
    text: "Need to deal with this from the venue:\n\n> Hi Carys,\n> Happy St David's Day! For the Pritchard wedding on 27 March could you please confirm your set list by Friday, send us your PLI certificate, and let us know if you need a power socket near the ceremony spot. Also, the couple would love a short Welsh piece during the signing. Could you suggest two options by next Wednesday?\n> Thanks, Ffion\n\nAlso restring the lower octave before the wedding.",
    tasks: [
      { title: 'Confirm the set list', due: '2027-03-05' },
      { title: 'Send the PLI certificate', due: null },
      { title: 'Let them know if I need a power socket near the ceremony spot', due: null },
      { title: 'Suggest two Welsh pieces for the signing', due: '2027-03-10' },
      { title: 'Restring the lower octave', due: '2027-03-26' },
    ],
  },
  {
    name: 'email from a flight school on Respect for the Aged Day, own lines after it',
    today: '2026-09-21',
    timezone: 'Asia/Tokyo',
    text: 'From the flight school, sigh:\n\n> Dear Ms. Mori,\n> Your mock checkride is scheduled for 2 October. Before then, please complete the weather theory chapters 7-8, pay the simulator fee (due 30 September), and submit your logbook copy to the office. Instructors will confirm night slots separately.\n> Regards, Ops\n\nmy stuff: ask Tanaka-san about the night cross-country slot, call the gas company tomorrow about the meter reading, send grandma her Keiro no Hi card today',
    tasks: [
      { title: 'Complete the weather theory chapters 7-8', due: '2026-10-01' },
      { title: 'Pay the simulator fee', due: '2026-09-30' },
      { title: 'Submit the logbook copy to the office', due: '2026-10-01' },
      { title: 'Ask Tanaka-san about the night cross-country slot', due: null },
      { title: 'Call the gas company about the meter reading', due: '2026-09-22' },
      { title: 'Send grandma her Keiro no Hi card', due: '2026-09-21' },
    ],
  },
  {
    name: 'whatsapp family chat on Sinterklaas evening',
    today: '2026-12-05',
    timezone: 'Europe/Amsterdam',
    text: "[05-12 09:02] Mam: Pakjesavond tonight at 7 at ours! Who brings the pepernoten?\n[05-12 09:05] Me: I'll bring pepernoten\n[05-12 09:06] Joost: and the poems?\n[05-12 09:10] Me: my poem for Sanne isn't finished, doing it this afternoon\n[05-12 09:12] Mam: can someone fix the christmas lights this week?\n[05-12 09:13] Joost: I'll do the lights\n\nalso: finish the baby quilt binding by Friday, post the pattern order Monday",
    tasks: [
      { title: 'Bring pepernoten', due: '2026-12-05' },
      { title: 'Finish my poem for Sanne', due: '2026-12-05' },
      { title: 'Finish the baby quilt binding', due: '2026-12-11' },
      { title: 'Post the pattern order', due: '2026-12-07' },
    ],
  },
  {
    name: 'teams message to a customs broker on Rosenmontag',
    today: '2027-02-08',
    timezone: 'Europe/Berlin',
    text: 'From Teams (Lukas Becker, 10:12): Morning! Office is half empty because of Rosenmontag 🎭 Can you re-file the T1 declaration for the Antwerp container today? The EORI for the new client (Kessler GmbH) still needs checking, please do that by Wednesday. Also, Friday is the deadline for the January duty statement.\n\nMe: on it. Reminder for myself: renew the AEO training certificate before March and ask Lukas about the Brexit paperwork for the Leeds shipment.',
    tasks: [
      { title: 'Re-file the T1 declaration for the Antwerp container', due: '2027-02-08' },
      { title: 'Check the EORI for Kessler GmbH', due: '2027-02-10' },
      { title: 'Submit the January duty statement', due: '2027-02-12' },
      { title: 'Renew the AEO training certificate', due: '2027-02-28' },
      { title: 'Ask Lukas about the Brexit paperwork for the Leeds shipment', due: null },
    ],
  },
  {
    name: 'meeting notes of a mountain rescue team on Youth Day, topic headings and AOB',
    today: '2026-06-16',
    timezone: 'Africa/Johannesburg',
    text: "Mountain rescue team meeting, 16 June (public holiday, short one)\n\nTraining\n- Sipho: find a venue for the rope rescue refresher\n- me: update the callout roster for July by Friday\n- everyone: renew first aid certs before end of month\n\nEquipment\n- Thandi to check the stretcher wheels\n- me: order 4 new headlamps\n- me: service the radio batteries tomorrow\n\nAOB\n- braai fundraiser on the 27th, I'll do the poster by next Monday",
    tasks: [
      { title: 'Update the callout roster for July', due: '2026-06-19', project: 'Training' },
      { title: 'Renew first aid certs', due: '2026-06-30', project: 'Training' },
      { title: 'Order 4 new headlamps', due: null, project: 'Equipment' },
      { title: 'Service the radio batteries', due: '2026-06-17', project: 'Equipment' },
      { title: 'Do the poster for the braai fundraiser', due: '2026-06-22' },
    ],
  },
  {
    name: 'meeting notes of a scaffolding crew typed up as the clocks fell back',
    today: '2027-11-07',
    timezone: 'America/Denver',
    text: "Site meeting notes (typed up Sunday night, clocks went back)\nAttendees: Kayla, Deshawn, me\n\nSafety\n- Deshawn: tag inspection on levels 3-5\n- ALL: toolbox talk on cold-weather PPE tomorrow 6:30am\n- Me + Kayla: walk the north elevation Wednesday 7am\n\nMaterials\n- Me: get the revised load calcs to the engineer by Tuesday\n- Me: order 40 more base plates\n- Kayla: chase the crane permit\n- Me: send Friday's photos to the GC",
    tasks: [
      { title: 'Toolbox talk on cold-weather PPE', due: '2027-11-08', project: 'Safety' },
      { title: 'Walk the north elevation', due: '2027-11-10', project: 'Safety' },
      { title: 'Get the revised load calcs to the engineer', due: '2027-11-09', project: 'Materials' },
      { title: 'Order 40 more base plates', due: null, project: 'Materials' },
      { title: "Send Friday's photos to the GC", due: null, project: 'Materials' },
    ],
  },
  {
    name: "feelings of a hospice nurse after a double on Valentine's Day",
    today: '2026-02-14',
    timezone: 'America/New_York',
    text: "Valentine's Day and I worked a double, honestly I'm running on fumes. Lost Mr. Alvarez last night and I keep thinking about his daughter. I want to write her a card. Need to sleep most of today. The dinner with Sam tonight isn't happening, I'll call the restaurant when I wake up and cancel. Mandatory CE hours are due at the end of the month and I've done two of eight. Therapy Tuesday, don't skip it. I'm proud of how I handled the family meeting though.",
    tasks: [
      { title: "Write a card to Mr. Alvarez's daughter", due: null },
      { title: 'Call the restaurant and cancel the dinner', due: '2026-02-14' },
      { title: 'Finish the mandatory CE hours', due: '2026-02-28' },
      { title: 'Therapy', due: '2026-02-17' },
    ],
  },
  {
    name: 'feelings of an oyster farmer the day the clocks went back, with open tasks',
    today: '2027-04-04',
    timezone: 'Australia/Sydney',
    open: [
      { id: OYSTER_TRAYS, title: 'Replace the broken grow-out trays', due_date: null },
      { id: OYSTER_AUDIT, title: 'Food safety audit paperwork', due_date: '2027-04-09' },
      { id: OYSTER_REGO, title: 'Pay the boat rego', due_date: '2027-04-06' },
    ],
    text: "Clocks went back and I still woke at 4, body doesn't care. Feeling flat. Rain closure on the river again, that's the third this month, and the sales are just gone. Paid the boat rego last night at least. The audit paperwork is hanging over me, I'll do it Wednesday instead of Friday, get it over with. Need to ring the bank about the overdraft tomorrow. And I should talk to someone, maybe call Jess tonight.",
    tasks: [
      { title: 'Ring the bank about the overdraft', due: '2027-04-05' },
      { title: 'Call Jess', due: '2027-04-04' },
    ],
    updates: [
      { task_id: OYSTER_REGO, status: 'done' },
      { task_id: OYSTER_AUDIT, due: '2027-04-07' },
    ],
  },
  {
    name: 'us-dates crane operator on the spring-forward Sunday, job and home labels',
    today: '2026-03-08',
    timezone: 'America/New_York',
    text: "spring forward, lost an hour\nJOB:\n- medical card renewal 3/12\n- NCCCO recert written exam 4/2, start studying this week\n- pay union dues by 3/15\n- Jimmy's retirement party 3/20, get a card before then\nHOME:\n- dentist 3/10 2:30\n- oil change",
    tasks: [
      { title: 'Medical card renewal', due: '2026-03-12', project: 'Job' },
      { title: 'Start studying for the NCCCO recert written exam', due: '2026-03-13', project: 'Job' },
      { title: 'Pay union dues', due: '2026-03-15', project: 'Job' },
      { title: "Get a card for Jimmy's retirement party", due: '2026-03-19', project: 'Job' },
      { title: 'Dentist', due: '2026-03-10', project: 'Home' },
      { title: 'Oil change', due: null, project: 'Home' },
    ],
  },
  {
    name: 'us-dates stained-glass restorer on the Fourth observed',
    today: '2027-07-05',
    timezone: 'America/Phoenix',
    text: "Holiday Monday (4th observed), quiet. List:\n1. St. Mary's panel: re-lead the border, client pickup 7/16\n2. quote for the Hendersons' transom by 7/9\n3. order cobalt glass, supplier's order cutoff 7/8\n4. kiln element arrives 7/7, install it the same day\n5. invoice the Tempe library job\n6. renew business license before 7/31",
    tasks: [
      { title: "Re-lead the border of St. Mary's panel", due: '2027-07-16' },
      { title: "Quote for the Hendersons' transom", due: '2027-07-09' },
      { title: 'Order cobalt glass', due: '2027-07-08' },
      { title: 'Install the kiln element', due: '2027-07-07' },
      { title: 'Invoice the Tempe library job', due: null },
      { title: 'Renew business license', due: '2027-07-30' },
    ],
  },
  {
    name: 'uk-dates tower captain on Bonfire Night',
    today: '2026-11-05',
    timezone: 'Europe/London',
    text: "Bonfire night, practice cancelled.\n- Remembrance Sunday half-muffled ring 08/11, sort the muffles before then\n- tower AGM 21/11, send the agenda by 14/11\n- pay the insurance 30/11\n- Ellie's peal attempt 28/11, make sure the ropes are checked by 27/11\n- email the vicar about the boiler in the ringing room",
    tasks: [
      { title: 'Sort the muffles', due: '2026-11-07' },
      { title: 'Send the AGM agenda', due: '2026-11-14' },
      { title: 'Pay the insurance', due: '2026-11-30' },
      { title: 'Check the ropes', due: '2026-11-27' },
      { title: 'Email the vicar about the boiler in the ringing room', due: null },
    ],
  },
  {
    name: 'uk-dates lodge manager on Jamhuri Day, day-first dates under labels',
    today: '2026-12-12',
    timezone: 'Africa/Nairobi',
    text: 'Jamhuri Day, lodge full.\nKitchen:\n- Christmas menu to chef by 15/12\n- order the turkeys from Nanyuki, delivery cutoff 18/12\nGuests:\n- Müller group arrives 20/12, confirm airstrip transfer by 17/12\n- print the new-year gala invitations\nVehicles:\n- Land Cruiser 2 service 14/12\n- renew the park permits before 1/1\nAlso call mum today',
    tasks: [
      { title: 'Christmas menu to chef', due: '2026-12-15', project: 'Kitchen' },
      { title: 'Order the turkeys from Nanyuki', due: '2026-12-18', project: 'Kitchen' },
      { title: 'Confirm airstrip transfer for the Müller group', due: '2026-12-17', project: 'Guests' },
      { title: 'Print the new-year gala invitations', due: null, project: 'Guests' },
      { title: 'Land Cruiser 2 service', due: '2026-12-14', project: 'Vehicles' },
      { title: 'Renew the park permits', due: '2026-12-31', project: 'Vehicles' },
      { title: 'Call mum', due: '2026-12-12', project: null },
    ],
  },
  {
    name: 'foreign-dates German clockmaker on Buß- und Bettag',
    today: '2026-11-18',
    timezone: 'Europe/Berlin',
    text: 'Buß- und Bettag, Laden zu, endlich Zeit.\nWerkstatt:\n- Standuhr von Frau Köhler bis Freitag fertig machen\n- nächsten Dienstag Messingteile bei Wagner abholen\n- Schaufenster für den Striezelmarkt dekorieren, vor dem 25.\n- neue Lupenbrille bestellen\nBüro:\n- Steuerberater morgen anrufen\n- Innungsbeitrag zahlen, Ende des Monats',
    tasks: [
      { title: 'Standuhr von Frau Köhler fertig machen', due: '2026-11-20', project: 'Werkstatt' },
      { title: 'Messingteile bei Wagner abholen', due: '2026-11-24', project: 'Werkstatt' },
      { title: 'Schaufenster für den Striezelmarkt dekorieren', due: '2026-11-24', project: 'Werkstatt' },
      { title: 'Neue Lupenbrille bestellen', due: null, project: 'Werkstatt' },
      { title: 'Steuerberater anrufen', due: '2026-11-19', project: 'Büro' },
      { title: 'Innungsbeitrag zahlen', due: '2026-11-30', project: 'Büro' },
    ],
  },
  {
    name: 'foreign-dates Italian sommelier on Ferragosto',
    today: '2026-08-15',
    timezone: 'Europe/Rome',
    text: "Ferragosto, ristorante chiuso.\nCantina:\n- ordinare il Barolo per settembre entro venerdì\n- chiamare il fornitore di bicchieri lunedì prossimo\n- aggiornare la carta dei vini domani\n- degustazione con lo chef il 20, preparare le schede il giorno prima\nCasa:\n- pagare l'affitto fine mese\n- rinnovare la tessera della palestra",
    tasks: [
      { title: 'Ordinare il Barolo per settembre', due: '2026-08-21', project: 'Cantina' },
      { title: 'Chiamare il fornitore di bicchieri', due: '2026-08-17', project: 'Cantina' },
      { title: 'Aggiornare la carta dei vini', due: '2026-08-16', project: 'Cantina' },
      { title: 'Preparare le schede', due: '2026-08-19', project: 'Cantina' },
      { title: "Pagare l'affitto", due: '2026-08-31', project: 'Casa' },
      { title: 'Rinnovare la tessera della palestra', due: null, project: 'Casa' },
    ],
  },
  {
    name: 'emoji headings of a restaurant family on Tết',
    today: '2027-02-06',
    timezone: 'Asia/Ho_Chi_Minh',
    text: '🧧 TẾT\n- fill the lì xì envelopes for the kids this morning\n- visit Bà Nội tomorrow\n🍜 RESTAURANT\n- reopen Thursday, call the staff Tuesday\n- order pork belly and bánh tráng by Wednesday\n- fix the walk-in fridge seal\n🏠 HOME\n- return the karaoke machine to Tuấn by Monday',
    tasks: [
      { title: 'Fill the lì xì envelopes for the kids', due: '2027-02-06', project: 'Tết' },
      { title: 'Visit Bà Nội', due: '2027-02-07', project: 'Tết' },
      { title: 'Call the staff', due: '2027-02-09', project: 'Restaurant' },
      { title: 'Order pork belly and bánh tráng', due: '2027-02-10', project: 'Restaurant' },
      { title: 'Fix the walk-in fridge seal', due: null, project: 'Restaurant' },
      { title: 'Return the karaoke machine to Tuấn', due: '2027-02-08', project: 'Home' },
    ],
  },
  {
    name: 'emoji bullets of a kite-surf instructor on Lei Day',
    today: '2026-05-01',
    timezone: 'Pacific/Honolulu',
    text: "🌺 Lei Day! 🌺\n🪁 patch the 9m kite before Sunday\n📞 call the harbor office about the permit renewal Monday\n💸 invoice the Kailua resort for April lessons\n🛻 truck registration expires 5/12!!\n🏄‍♀️ lesson with the Tanaka twins tomorrow 8am\n🎂 Keala's bday gift",
    tasks: [
      { title: 'Patch the 9m kite', due: '2026-05-02' },
      { title: 'Call the harbor office about the permit renewal', due: '2026-05-04' },
      { title: 'Invoice the Kailua resort for April lessons', due: null },
      { title: 'Renew truck registration', due: '2026-05-12', priority: 'high' },
      { title: 'Lesson with the Tanaka twins', due: '2026-05-02' },
      { title: "Keala's bday gift", due: null },
    ],
  },
  {
    name: 'project roofer after the Anzac dawn service, a re-roof named in prose',
    today: '2026-04-25',
    timezone: 'Australia/Brisbane',
    text: 'Dawn service this morning, now home with a coffee. The Wynnum church re-roof is finally happening. I need to get the scaffold quote from Bretts by Tuesday, order the Colorbond in Woodland Grey, and sort the asbestos test on the old sheeting next week. Also ring the minister Monday about parking for the skip.\n\nOtherwise: ute rego is due on the 30th, and I owe Dad a call.',
    tasks: [
      { title: 'Get the scaffold quote from Bretts', due: '2026-04-28', project: 'Wynnum church re-roof' },
      { title: 'Order the Colorbond in Woodland Grey', due: null, project: 'Wynnum church re-roof' },
      { title: 'Sort the asbestos test on the old sheeting', due: '2026-04-27', project: 'Wynnum church re-roof' },
      { title: 'Ring the minister about parking for the skip', due: '2026-04-27', project: 'Wynnum church re-roof' },
      { title: 'Pay the ute rego', due: '2026-04-30', project: null },
      { title: 'Call Dad', due: null, project: null },
    ],
  },
  {
    name: "project hut warden the day New Zealand's clocks went forward",
    today: '2027-09-26',
    timezone: 'Pacific/Auckland',
    text: "Daylight saving started, lost an hour and the wind's howling. So, the Mueller Hut summer opening. I have to check the gas bottles are flown in by Friday, and re-seal the bunk room windows before the first bookings on the 1st. Then radio DOC tomorrow about the track markers. The long-drop needs a new seat too.\n\nSeparate thing: renew my avalanche course certificate next month.",
    tasks: [
      { title: 'Check the gas bottles are flown in', due: '2027-10-01', project: 'Mueller Hut summer opening' },
      { title: 'Re-seal the bunk room windows', due: '2027-09-30', project: 'Mueller Hut summer opening' },
      { title: 'Radio DOC about the track markers', due: '2027-09-27', project: 'Mueller Hut summer opening' },
      { title: 'Get a new seat for the long-drop', due: null, project: 'Mueller Hut summer opening' },
      { title: 'Renew my avalanche course certificate', due: '2027-10-01', project: null },
    ],
  },
  {
    name: 'label cartographer on Labour Day, clients as labels',
    today: '2026-10-26',
    timezone: 'Pacific/Auckland',
    text: "Labour Day, but deadlines don't care.\nRegional council: finish the flood overlay by Thursday, send the draft legend to Aroha\nTramping club: reprint the Tararua map with the new hut, no rush\nHarbour board: invoice for September, chase the depth survey data tomorrow\nMe: dentist Wednesday 9am",
    tasks: [
      { title: 'Finish the flood overlay', due: '2026-10-29', project: 'Regional council' },
      { title: 'Send the draft legend to Aroha', due: null, project: 'Regional council' },
      { title: 'Reprint the Tararua map with the new hut', due: null, project: 'Tramping club', priority: 'low' },
      { title: 'Invoice for September', due: null, project: 'Harbour board' },
      { title: 'Chase the depth survey data', due: '2026-10-27', project: 'Harbour board' },
      { title: 'Dentist', due: '2026-10-28', project: null },
    ],
  },
  {
    name: 'label lab technician on Republic Day, lab, home and mother',
    today: '2027-01-26',
    timezone: 'Asia/Kolkata',
    text: 'Republic Day, parade on TV.\nLab: calibrate the centrifuge tomorrow, reorder EDTA tubes, QC log to Dr. Menon by Friday\nHome: gas cylinder booking, pay electricity bill by the 31st\nAmma: eye check-up next Tuesday, pick up her BP tablets\nwatch the flypast highlights tonight',
    tasks: [
      { title: 'Calibrate the centrifuge', due: '2027-01-27', project: 'Lab' },
      { title: 'Reorder EDTA tubes', due: null, project: 'Lab' },
      { title: 'QC log to Dr. Menon', due: '2027-01-29', project: 'Lab' },
      { title: 'Gas cylinder booking', due: null, project: 'Home' },
      { title: 'Pay electricity bill', due: '2027-01-31', project: 'Home' },
      { title: 'Eye check-up', due: '2027-02-02', project: 'Amma' },
      { title: 'Pick up her BP tablets', due: null, project: 'Amma' },
      { title: 'Watch the flypast highlights', due: '2027-01-26', project: null },
    ],
  },
  {
    name: 'label toy repairer on the Civic Holiday, customers as labels',
    today: '2026-08-03',
    timezone: 'America/Toronto',
    text: "Civic Holiday, shop closed, catching up.\nMrs. Okafor: teddy's eye + seam, ready by Saturday\nLindqvist kids: rocking horse, order a new horsehair tail, call them when it's in\nDaycare on Queen St: 6 broken push-toys, quote them Wednesday\nMe: renew the shop insurance before the 15th, shred old receipts",
    tasks: [
      { title: "Fix teddy's eye + seam", due: '2026-08-08', project: 'Mrs. Okafor' },
      { title: 'Order a new horsehair tail for the rocking horse', due: null, project: 'Lindqvist kids' },
      { title: "Call them when it's in", due: null, project: 'Lindqvist kids' },
      { title: 'Quote them for 6 broken push-toys', due: '2026-08-05', project: 'Daycare on Queen St' },
      { title: 'Renew the shop insurance', due: '2026-08-14', project: null },
      { title: 'Shred old receipts', due: null, project: null },
    ],
  },
  {
    name: 'groups bike shop owner in Santiago the night the clocks went back, Spanish headings',
    today: '2026-04-05',
    timezone: 'America/Santiago',
    text: 'Se atrasó la hora, one more hour of sleep.\n## Taller\n- servicio de suspensión para Rodrigo, martes\n- pedir pastillas de freno Shimano\n## Tienda\n- inventario de otoño before the 15th\n- cambiar la vitrina\n## Casa\n- pagar el dividendo el 10\n- cumpleaños de la Cata el sábado, comprar regalo',
    tasks: [
      { title: 'Servicio de suspensión para Rodrigo', due: '2026-04-07', project: 'Taller' },
      { title: 'Pedir pastillas de freno Shimano', due: null, project: 'Taller' },
      { title: 'Inventario de otoño', due: '2026-04-14', project: 'Tienda' },
      { title: 'Cambiar la vitrina', due: null, project: 'Tienda' },
      { title: 'Pagar el dividendo', due: '2026-04-10', project: 'Casa' },
      { title: 'Comprar regalo para la Cata', due: '2026-04-11', project: 'Casa' },
    ],
  },
  {
    name: 'groups piano mover in Halifax on the spring-forward Sunday',
    today: '2027-03-14',
    timezone: 'America/Halifax',
    text: 'clocks forward, big move tomorrow\nMOVES\n- Bakers: upright to the 3rd floor, tomorrow\n- Dalhousie music dept: grand piano Thursday\n- confirm the Dalhousie loading dock tonight\n- quote the Greenwood church organ bench\nTRUCK\n- winter tires off after the 1st of April\n- fix the liftgate before Thursday\nHOME\n- Pi Day pie with the kids today 🥧\n- taxes: send T4s to the accountant',
    tasks: [
      { title: "Move the Bakers' upright to the 3rd floor", due: '2027-03-15', project: 'Moves' },
      { title: 'Move the grand piano for Dalhousie music dept', due: '2027-03-18', project: 'Moves' },
      { title: 'Confirm the Dalhousie loading dock', due: '2027-03-14', project: 'Moves' },
      { title: 'Quote the Greenwood church organ bench', due: null, project: 'Moves' },
      { title: 'Winter tires off', due: '2027-04-02', project: 'Truck' },
      { title: 'Fix the liftgate', due: '2027-03-17', project: 'Truck' },
      { title: 'Pi Day pie with the kids', due: '2027-03-14', project: 'Home' },
      { title: 'Send T4s to the accountant', due: null, project: 'Home' },
    ],
  },
  {
    name: 'groups school nurse on Lucia, label paragraphs and a generic one',
    today: '2026-12-13',
    timezone: 'Europe/Stockholm',
    text: "Lucia morning, saffron buns and candles at 6am, lovely.\n\nSchool: flu vaccine consent forms back by Wednesday, health checks for year 4 next week, update the allergy list before the Christmas party on the 18th.\n\nHome: order the ham for the julbord tomorrow, clean the oven before Saturday, wrap Elsa's presents.\n\nRandom: car inspection by the end of December, cancel the gym membership.",
    tasks: [
      { title: 'Get the flu vaccine consent forms back', due: '2026-12-16', project: 'School' },
      { title: 'Health checks for year 4', due: '2026-12-14', project: 'School' },
      { title: 'Update the allergy list', due: '2026-12-17', project: 'School' },
      { title: 'Order the ham for the julbord', due: '2026-12-14', project: 'Home' },
      { title: 'Clean the oven', due: '2026-12-18', project: 'Home' },
      { title: "Wrap Elsa's presents", due: null, project: 'Home' },
      { title: 'Car inspection', due: '2026-12-31' },
      { title: 'Cancel the gym membership', due: null },
    ],
  },
  {
    name: 'conditions forester in Chile as summer time began',
    today: '2026-09-06',
    timezone: 'America/Santiago',
    text: "Hora de verano started, I'm an hour short.\nIf it doesn't rain Tuesday we start the thinning on lot 12, so sharpen the chainsaws tomorrow either way. If CONAF approves the burn permit I'll schedule the crew, otherwise nothing. Check the nursery seedlings Thursday. If the truck still makes that noise, take it to Hugo's. Call Mamá tonight.",
    tasks: [
      { title: 'Start the thinning on lot 12', due: '2026-09-08' },
      { title: 'Sharpen the chainsaws', due: '2026-09-07' },
      { title: 'Check the nursery seedlings', due: '2026-09-10' },
      { title: 'Call Mamá', due: '2026-09-06' },
    ],
  },
  {
    name: "conditions rally navigator on Memorial Day at the month's end",
    today: '2027-05-31',
    timezone: 'America/Chicago',
    text: 'Memorial Day, quiet one.\n- if the pace notes for Ojibwe come through, print and bind them\n- whether or not Jake fixes the intercom, test my helmet mic before Friday\n- renew my competition license by June 15\n- if it rains Saturday the shakedown moves to Sunday, either way pack the kit Friday night\n- when the new tires arrive, get them mounted\n- only if the sponsor pulls out: set up the GoFundMe',
    tasks: [
      { title: 'Test my helmet mic', due: '2027-06-03' },
      { title: 'Renew my competition license', due: '2027-06-15' },
      { title: 'Pack the kit', due: '2027-06-04' },
      { title: 'Get the new tires mounted', due: null },
    ],
  },
  {
    name: 'done bicycle courier at the end of the financial year, with open tasks',
    today: '2026-06-30',
    timezone: 'Australia/Adelaide',
    open: [
      { id: COURIER_RECEIPTS, title: 'Sort fuel and parts receipts for tax', due_date: null },
      { id: COURIER_BAS, title: 'Lodge the June quarter BAS', due_date: '2026-07-28' },
      { id: COURIER_HELMET, title: 'Replace cracked helmet', due_date: null },
      { id: COURIER_INVOICE, title: 'Invoice Hartley Legal for June', due_date: '2026-06-30' },
    ],
    text: 'EOFY!! Done today: receipts sorted, invoiced Hartley Legal, new helmet bought (the orange one). Still to do: chain and cassette on the cargo bike by Friday, renew my ABN details, push the BAS to next week so I can do it with Mel. Buy the new panniers tomorrow while the sales are on.',
    tasks: [
      { title: 'Chain and cassette on the cargo bike', due: '2026-07-03' },
      { title: 'Renew my ABN details', due: null },
      { title: 'Buy the new panniers', due: '2026-07-01' },
    ],
    updates: [
      { task_id: COURIER_RECEIPTS, status: 'done' },
      { task_id: COURIER_INVOICE, status: 'done' },
      { task_id: COURIER_HELMET, status: 'done' },
      { task_id: COURIER_BAS, due: '2026-07-06' },
    ],
  },
  {
    name: "done swim coach on New Year's Eve, ticks and a cancelled task",
    today: '2027-12-31',
    timezone: 'Asia/Singapore',
    open: [
      { id: SWIM_MEDALS, title: 'Order medals for the January gala', due_date: null },
      { id: SWIM_LANES, title: 'Confirm pool lane hire for Q1', due_date: '2027-12-31' },
      { id: SWIM_ROSTER, title: 'January coaching roster', due_date: '2028-01-03' },
      { id: SWIM_CARDS, title: 'Christmas cards for the squad', due_date: '2027-12-20' },
    ],
    text: 'Last day of 2027! Ticked off: medals ordered ✅, Q1 lanes confirmed with the pool ✅. Christmas cards, forget it, too late now. Roster: do it Sunday instead. Tomorrow is a rest day. Monday: call parents about the new timings, and send the club the gala budget by the 7th. Fireworks at Marina Bay tonight with Wen 🎆',
    tasks: [
      { title: 'Call parents about the new timings', due: '2028-01-03' },
      { title: 'Send the club the gala budget', due: '2028-01-07' },
      { title: 'Fireworks at Marina Bay with Wen', due: '2027-12-31' },
    ],
    updates: [
      { task_id: SWIM_MEDALS, status: 'done' },
      { task_id: SWIM_LANES, status: 'done' },
      { task_id: SWIM_CARDS, status: 'cancelled' },
      { task_id: SWIM_ROSTER, due: '2028-01-02' },
    ],
  },
  {
    name: 'long bridal shop owner the night the clocks went back, four headings',
    today: '2026-10-25',
    timezone: 'Europe/London',
    text: "Clocks went back, so an extra hour to finally get all of this out of my head before the week eats me. Last week was a disaster, two brides crying in the changing room on the same afternoon (happy tears, mostly) and the till roll ran out on Saturday, so I'm doing this properly now, section by section.\n\nSHOP\n- Amelia Hart's final fitting is Thursday at 4, steam her dress Wednesday night\n- chase the Pronovias order, it was meant to land last Friday\n- new window display for the winter collection by next Saturday\n- ring the landlord tomorrow about the damp patch in the changing room\n- pay the card machine rental before the 1st\n- reorder garment bags (the big ones)\n- the Hendersons want a second look at the lace veil, call them Tuesday\n\nSTAFF\n- Jodie's appraisal next Tuesday, write up her notes the day before\n- rota for December needs doing by end of the month\n- ask Priya if she can cover the Saturday after next\n- Maisie's first day is 2 Nov, get her a key cut before then\n\nWEDDING FAIR (Sunday 8 Nov, Harrogate)\n- book the van, no wait, Dad said he'll lend us his, so just ring him this week\n- print 300 leaflets\n- pack the mannequins and the rail the Friday before\n- make a sign-up sheet for the prize draw\n\nHOME\n- Mum's birthday is on the 30th, card + flowers\n- car MOT runs out 3 November, get it booked in this week\n- dentist for Ollie, call on Monday\n- cancel Netflix\n- Ollie's school trip form + £12 by Friday\n\nHonestly if I get half of this done I'll be happy. Tom says I should stop opening on Sundays and he's probably right, but not before Christmas. Remind me to drink water.",
    tasks: [
      { title: "Steam Amelia Hart's dress", due: '2026-10-28', project: 'Shop' },
      { title: 'Chase the Pronovias order', due: null, project: 'Shop' },
      { title: 'New window display for the winter collection', due: '2026-10-31', project: 'Shop' },
      { title: 'Ring the landlord about the damp patch in the changing room', due: '2026-10-26', project: 'Shop' },
      { title: 'Pay the card machine rental', due: '2026-10-31', project: 'Shop' },
      { title: 'Reorder garment bags', due: null, project: 'Shop' },
      { title: 'Call the Hendersons about a second look at the lace veil', due: '2026-10-27', project: 'Shop' },
      { title: "Write up Jodie's appraisal notes", due: '2026-10-26', project: 'Staff' },
      { title: 'Rota for December', due: '2026-10-31', project: 'Staff' },
      { title: 'Ask Priya if she can cover the Saturday after next', due: null, project: 'Staff' },
      { title: 'Get Maisie a key cut', due: '2026-11-01', project: 'Staff' },
      { title: 'Ring Dad about his van', due: '2026-10-30', project: 'Wedding fair' },
      { title: 'Print 300 leaflets', due: null, project: 'Wedding fair' },
      { title: 'Pack the mannequins and the rail', due: '2026-11-06', project: 'Wedding fair' },
      { title: 'Make a sign-up sheet for the prize draw', due: null, project: 'Wedding fair' },
      { title: "Card + flowers for Mum's birthday", due: '2026-10-30', project: 'Home' },
      { title: 'Get the car MOT booked in', due: '2026-10-30', project: 'Home' },
      { title: 'Call the dentist for Ollie', due: '2026-10-26', project: 'Home' },
      { title: 'Cancel Netflix', due: null, project: 'Home' },
      { title: "Ollie's school trip form + £12", due: '2026-10-30', project: 'Home' },
    ],
  },
  {
    name: 'long Christmas tree farmer on Black Friday, one paragraph of prose',
    today: '2026-11-27',
    timezone: 'America/Chicago',
    text: "Black Friday and the lot opened at 8, we sold 140 trees before lunch which is a record, but I'm wiped and there's a mountain of stuff I keep forgetting so here goes. The baler jammed twice, I need to call the dealer in Eau Claire tomorrow morning to get a tech out. We're low on netting, order another six rolls today. The wreath orders from the church have to be ready by Thursday, so I'll start wiring them Tuesday. Gotta pay the seasonal guys on Monday, and also get the cash from the lockbox to the bank tomorrow. Mom wants a tree for the nursing home, a 7-footer, deliver it next Wednesday. The hot cocoa stand needs more cups, and the propane for the heater is low, pick up a tank on the way home tonight. Website still says we close at 5, fix that. Kayleigh asked for Christmas week off, I should answer her by the weekend. Our insurance agent left a message about the liability rider, call her back next week. I promised the 4-H kids a tour, email their leader to pick a date. Pump up the tractor's front tire again. Return Dale's post driver, it's been in my shed since October. The Johnsons ordered six wreaths to ship to their kids in Oregon, get those to the post office by Wednesday. The guys worked so hard today, maybe order pizza for them tomorrow, they'd like that. The card reader kept dropping signal by the barn, which cost us a couple of sales, so I should look at a booster for it at some point. Renew the nursery grower license before the end of the year. And it's our anniversary on Tuesday, don't be an idiot, get a card and the good chocolates. Sleep would be nice too.",
    tasks: [
      { title: 'Call the dealer in Eau Claire to get a tech out', due: '2026-11-28' },
      { title: 'Order another six rolls of netting', due: '2026-11-27' },
      { title: 'Start wiring the church wreath orders', due: '2026-12-01' },
      { title: 'Pay the seasonal guys', due: '2026-11-30' },
      { title: 'Get the cash from the lockbox to the bank', due: '2026-11-28' },
      { title: 'Deliver a 7-footer to the nursing home', due: '2026-12-02' },
      { title: 'Get more cups for the hot cocoa stand', due: null },
      { title: 'Pick up a propane tank', due: '2026-11-27' },
      { title: 'Fix the closing time on the website', due: null },
      { title: 'Answer Kayleigh about Christmas week off', due: '2026-11-28' },
      { title: 'Call the insurance agent back about the liability rider', due: '2026-11-30' },
      { title: 'Email the 4-H leader to pick a date for the tour', due: null },
      { title: "Pump up the tractor's front tire", due: null },
      { title: "Return Dale's post driver", due: null },
      { title: "Get the Johnsons' six wreaths to the post office", due: '2026-12-02' },
      { title: 'Order pizza for the guys', due: '2026-11-28' },
      { title: 'Look at a signal booster for the card reader', due: null },
      { title: 'Renew the nursery grower license', due: '2026-12-31' },
      { title: 'Get a card and the good chocolates', due: '2026-12-01' },
    ],
  },
  {
    name: 'long saddler on Easter Monday with done, moved and cancelled open tasks',
    today: '2026-04-06',
    timezone: 'Europe/Vienna',
    open: [
      { id: SADDLER_FLOCK, title: "Reflock Frau Huber's dressage saddle", due_date: '2026-04-08' },
      { id: SADDLER_LEATHER, title: 'Order English bridle leather', due_date: null },
      { id: SADDLER_FAIR, title: 'Wels horse fair stand application', due_date: null },
      { id: SADDLER_VAT, title: 'VAT return Q1', due_date: '2026-04-15' },
      { id: SADDLER_WEB, title: 'Update the website photos', due_date: null },
    ],
    text: "Ostermontag, workshop's shut, family's gone for a walk, finally quiet. Too much Osterpinze yesterday and the week ahead is packed, so brain dump time before I lose the thread.\n\nFrau Huber's saddle is reflocked, finished it Saturday. The bridle leather came in from Walsall, so that's sorted. I'm not doing the Wels fair this year, too expensive, forget the application. The VAT return I'll push to Friday so Gerhard can check it first.\n\nThe rest, in no order: the Lipizzaner stud wants two show bridles with brass clinchers, measure the heads when I'm there Wednesday. Restitch the girth for the Pony Club kid tomorrow. Order more waxed thread (Lin Cable 632, 18/3) and two new awl blades. The sewing machine foot is wobbling, call Pfaff service on Thursday. Invoice the riding school in Baden for the 14 repaired headcollars. Answer the Danish customer's email about the western saddle, she's waited since the 28th. Photos for Instagram of the finished bridles, Sunday maybe. Renew the Gewerbe insurance before the end of April. Dentist on the 14th at 9. Mama's birthday on Saturday: pick up the cake Saturday morning and bring the good wine. Tax advisor wants the Lohnzettel, send it next week. Mend the garden gate before the kids break it completely. Clean the workshop Friday afternoon. Ask Gerhard whether the new Kassensystem rules apply to a workshop my size, I keep forgetting. And I want to try the new edge paint on a scrap strap, just to see.\n\nThat's it, I think. The kids will be back any minute wanting Ostereier, so: Kaffee.",
    tasks: [
      { title: 'Make two show bridles with brass clinchers for the Lipizzaner stud', due: null },
      { title: 'Measure the heads at the Lipizzaner stud', due: '2026-04-08' },
      { title: 'Restitch the girth for the Pony Club kid', due: '2026-04-07' },
      { title: 'Order more waxed thread (Lin Cable 632, 18/3) and two new awl blades', due: null },
      { title: 'Call Pfaff service about the sewing machine foot', due: '2026-04-09' },
      { title: 'Invoice the riding school in Baden for the 14 repaired headcollars', due: null },
      { title: "Answer the Danish customer's email about the western saddle", due: null },
      { title: 'Photos for Instagram of the finished bridles', due: '2026-04-12' },
      { title: 'Renew the Gewerbe insurance', due: '2026-04-30' },
      { title: 'Dentist', due: '2026-04-14' },
      { title: 'Pick up the cake', due: '2026-04-11' },
      { title: 'Bring the good wine', due: '2026-04-11' },
      { title: 'Send the tax advisor the Lohnzettel', due: '2026-04-13' },
      { title: 'Mend the garden gate', due: null },
      { title: 'Clean the workshop', due: '2026-04-10' },
      { title: 'Ask Gerhard whether the new Kassensystem rules apply to a workshop my size', due: null },
      { title: 'Try the new edge paint on a scrap strap', due: null },
    ],
    updates: [
      { task_id: SADDLER_FLOCK, status: 'done' },
      { task_id: SADDLER_LEATHER, status: 'done' },
      { task_id: SADDLER_FAIR, status: 'cancelled' },
      { task_id: SADDLER_VAT, due: '2026-04-10' },
    ],
  },
  {
    name: "long henna artist on Merdeka Day at the month's end, clients as labels",
    today: '2026-08-31',
    timezone: 'Asia/Kuala_Lumpur',
    text: "Merdeka Day! Flags up, kids at the parade with their dad, so I'm finally sitting down to plan September properly. It's wedding season again and I said yes to everything, as usual, so here is all of it, client by client, before my phone eats the notes. Last year I forgot a whole engagement party until the mother called me from the venue, never again.\n\nAisyah (wedding 12 Sept):\n- trial on her hands this Thursday evening (she wants the peacock motif from my Instagram, the June one)\n- send her the design sheet tomorrow\n- confirm with her sister how many guests want henna\n- buy extra cones the week before\n\nPriya & Karthik (engagement 19 Sept):\n- deposit still not in (it was promised last week), remind Karthik on Wednesday\n- mix the Rajasthani paste 2 days before\n- ask if the venue allows open flames for the drying lamps, the hotel in Bangsar didn't\n\nMehndi workshop:\n- print 20 starter sheets with the basic vines and paisleys\n- post the flyer on Facebook today\n- ring Auntie Rosnah about using her tables by Friday\n- collect the community hall key on the 10th\n\nStudio:\n- renew my business permit with DBKL before the end of September\n- reorder jamun oil and lemon-sugar sealant\n- pay the studio rent, it's due on the 3rd\n- update the price list for Deepavali season\n- back up all the August photos to the hard drive\n\nPersonal:\n- Adam's school fees by the 7th\n- call Ibu tonight, she's been asking about the kenduri\n- send the Hari Raya photos to Kak Long, she keeps asking\n- new glasses, my eyes are done after the fine bridal work",
    tasks: [
      { title: 'Trial on her hands', due: '2026-09-03', project: 'Aisyah' },
      { title: 'Send her the design sheet', due: '2026-09-01', project: 'Aisyah' },
      { title: 'Confirm with her sister how many guests want henna', due: null, project: 'Aisyah' },
      { title: 'Buy extra cones', due: '2026-09-05', project: 'Aisyah' },
      { title: 'Remind Karthik about the deposit', due: '2026-09-02', project: 'Priya & Karthik' },
      { title: 'Mix the Rajasthani paste', due: '2026-09-17', project: 'Priya & Karthik' },
      { title: 'Ask if the venue allows open flames for the drying lamps', due: null, project: 'Priya & Karthik' },
      { title: 'Print 20 starter sheets with the basic vines and paisleys', due: null, project: 'Mehndi workshop' },
      { title: 'Post the flyer on Facebook', due: '2026-08-31', project: 'Mehndi workshop' },
      { title: 'Ring Auntie Rosnah about using her tables', due: '2026-09-04', project: 'Mehndi workshop' },
      { title: 'Collect the community hall key', due: '2026-09-10', project: 'Mehndi workshop' },
      { title: 'Renew my business permit with DBKL', due: '2026-09-30', project: 'Studio' },
      { title: 'Reorder jamun oil and lemon-sugar sealant', due: null, project: 'Studio' },
      { title: 'Pay the studio rent', due: '2026-09-03', project: 'Studio' },
      { title: 'Update the price list for Deepavali season', due: null, project: 'Studio' },
      { title: 'Back up all the August photos to the hard drive', due: null, project: 'Studio' },
      { title: "Pay Adam's school fees", due: '2026-09-07', project: null },
      { title: 'Call Ibu', due: '2026-08-31', project: null },
      { title: 'Send the Hari Raya photos to Kak Long', due: null, project: null },
      { title: 'New glasses', due: null, project: null },
    ],
  },
  {
    name: 'nothing to do on Christmas Day in Warsaw',
    today: '2026-12-25',
    timezone: 'Europe/Warsaw',
    text: 'Wesołych Świąt. Nothing to do today, truly. Wigilia last night was lovely, the carp was fine after all. Just lying on the sofa with makowiec. Everything for the holidays is done and the presents are given. No lists today.',
    tasks: [

    ],
  },
  {
    name: 'nothing but feelings on the Swiss National Day',
    today: '2027-08-01',
    timezone: 'Europe/Zurich',
    text: '1. August. The neighbours will do their fireworks later. Work is fine, the flat is clean, bills are paid. I just wanted to write down that I feel okay for once. No tasks, nothing to chase. Grateful.',
    tasks: [

    ],
  },
  {
    name: "oneliner on St Brigid's Day bank holiday",
    today: '2026-02-02',
    timezone: 'Europe/Dublin',
    text: 'renew the dog licence for Bran by Friday',
    tasks: [
      { title: 'Renew the dog licence for Bran', due: '2026-02-06' },
    ],
  },
  {
    name: 'oneliner on Labor Day',
    today: '2027-09-06',
    timezone: 'America/Anchorage',
    text: "call the vet tmrw about Pepper's stitches",
    tasks: [
      { title: "Call the vet about Pepper's stitches", due: '2027-09-07' },
    ],
  },
  {
    name: 'questions to oneself of a new dog owner on Whit Monday',
    today: '2026-05-25',
    timezone: 'Europe/Copenhagen',
    text: 'Whit Monday, rainy. Questions for myself:\n- did I ever register Lotte with the Dansk Hunderegister? no, do it this week\n- when is her second vaccination? the 3rd of June, so call the vet to confirm before then\n- have I bought the liability insurance? not yet, by Friday\n- should I sign up for puppy class? yes, the Wednesday one, email the trainer tomorrow\n- do we have enough food? yes\n- what about the balcony net? ask the landlord if we can put one up',
    tasks: [
      { title: 'Register Lotte with the Dansk Hunderegister', due: '2026-05-29' },
      { title: 'Call the vet to confirm the second vaccination', due: '2026-06-02' },
      { title: 'Buy the liability insurance', due: '2026-05-29' },
      { title: 'Email the trainer about puppy class', due: '2026-05-26' },
      { title: 'Ask the landlord if we can put up a balcony net', due: null },
    ],
  },
  {
    name: 'diary entry of a retired harbourmaster on Boxing Day',
    today: '2027-12-26',
    timezone: 'Europe/London',
    text: "Dear diary, Boxing Day. Walked the harbour wall with Margaret and the dog, grey and blowy. The grandchildren went home this morning and the house is too quiet. I must write thank-you letters for the jumpers before New Year. The boiler was clanking again, I'll ring Trevor on Tuesday when they're back at work. Margaret reminded me the Rotary dinner tickets need paying by the 31st. Tomorrow I want to start sorting the loft, it has been on the list for a year. Finished the Patrick O'Brian at last.",
    tasks: [
      { title: 'Write thank-you letters for the jumpers', due: '2027-12-31' },
      { title: 'Ring Trevor about the boiler', due: '2027-12-28' },
      { title: 'Pay for the Rotary dinner tickets', due: '2027-12-31' },
      { title: 'Start sorting the loft', due: '2027-12-27' },
    ],
  },
  {
    name: 'handover note of a vet to a colleague before the Mid-Autumn break',
    today: '2026-09-25',
    timezone: 'Asia/Shanghai',
    text: "Handover for Dr. Lin while I'm away (back 8 Oct). Happy Mid-Autumn!\n\nFor you:\n- Mochi (cat, Wang family): stitches out on Monday\n- Bao the golden retriever: recheck bloods Wednesday, call the owner with results\n- the X-ray machine service is Tuesday morning, someone needs to let the engineer in\n\nMe before I go tonight:\n- finish the discharge notes for Bao\n- send this to Dr. Lin and cc reception\n- order the mooncakes for the team\n\nWhen I'm back: staff appraisals, the pharmacy stock audit.",
    tasks: [
      { title: 'Finish the discharge notes for Bao', due: '2026-09-25' },
      { title: 'Send this to Dr. Lin and cc reception', due: '2026-09-25' },
      { title: 'Order the mooncakes for the team', due: '2026-09-25' },
      { title: 'Staff appraisals', due: null },
      { title: 'Pharmacy stock audit', due: null },
    ],
  },
  {
    name: 'shopping list mixed with errands on Nochebuena',
    today: '2026-12-24',
    timezone: 'America/Mexico_City',
    text: "Nochebuena, everything today:\n- bacalao\n- pick up Mamá's rebozo from the tintorería\n- romeritos, tortillas, 2 kg tomatoes\n- drop the gift for Don Ernesto\n- pan dulce\n- deposit the aguinaldo for Lupita before the bank closes at 1\n- ice",
    tasks: [
      { title: 'Buy bacalao', due: '2026-12-24' },
      { title: "Pick up Mamá's rebozo from the tintorería", due: '2026-12-24' },
      { title: 'Buy romeritos, tortillas, 2 kg tomatoes', due: '2026-12-24' },
      { title: 'Drop the gift for Don Ernesto', due: '2026-12-24' },
      { title: 'Buy pan dulce', due: '2026-12-24' },
      { title: 'Deposit the aguinaldo for Lupita', due: '2026-12-24' },
      { title: 'Buy ice', due: '2026-12-24' },
    ],
  },
  {
    name: 'phone notes with autocorrect slips of a cat breeder as the clocks went forward',
    today: '2026-10-04',
    timezone: 'Australia/Sydney',
    text: "Daylight savings, lost an hour, kittens don't care\nKittens:\n- kittens first vaccines at the vet Tuesday 10am\n- call the bet tomorrow about the microchip forms\n- email the buyers about pick up dates, Fri\n- council cat registration due the 15th\n- buy more litter and kitten mouse (the Royal Canin one)\nHome:\n- pick up the kinds from swimming at 5\n- ring Nanna about Christmas lunch",
    tasks: [
      { title: "Kittens' first vaccines at the vet", due: '2026-10-06', project: 'Kittens' },
      { title: 'Call the vet about the microchip forms', due: '2026-10-05', project: 'Kittens' },
      { title: 'Email the buyers about pick up dates', due: '2026-10-09', project: 'Kittens' },
      { title: 'Pay the council cat registration', due: '2026-10-15', project: 'Kittens' },
      { title: 'Buy more litter and kitten mousse', due: null, project: 'Kittens' },
      { title: 'Pick up the kids from swimming', due: '2026-10-04', project: 'Home' },
      { title: 'Ring Nanna about Christmas lunch', due: null, project: 'Home' },
    ],
  },
];

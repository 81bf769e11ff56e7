import type { EvalCase } from './dumps.ts';

/**
 * Fourth fresh development set of issue #19 (eighteenth round): 64 everyday dumps written from the
 * text alone by someone who never read or ran the parser, to measure how its rules reach new
 * writers and to widen the labelled data of the learned task confidence. The twenty voices of the
 * second fresh set, the first word of each name: `terse` lists, `ramble` prose, `dictation` without
 * punctuation, pasted `message`s (email, Slack, WhatsApp, a building notice), `meeting` notes with
 * assignees, `feelings` among tasks, `slashed` and dotted dates (British, American, German, ISO),
 * `mixed-lang` date words (Italian, Portuguese, Spanish, with French, German, Dutch and Indonesian
 * elsewhere), `emoji` bullets, `project`s named in prose, `label`s (`Client: …`, `#work`,
 * `[kantor]`), several `groups`, `comma` lists, `inline` numbered lists, `condition`s, a project's
 * `deadline` that is not a task, things already `done` (with open tasks and updates), `long` dumps
 * of 1,500–2,000 characters, `nothing` to do and `short` one-liners. New people and lives: a nurse
 * on shifts, a cattle farmer, a tiler, a student in exams, a retiree, a landlord, a shop owner, a
 * musician, a parent of a newborn, a carer for an elderly father, a remote engineer working to
 * another zone's clock, someone moving countries, a piano teacher. `today` runs over 2026–2027 in
 * 56 zones, with month and year ends, public holidays (Presidents Day, Thanksgiving, Christmas, Easter, Bastille
 * Day, Independence Day in Finland, Children's Day in Korea) and the European, US and Australian
 * clock changes; every date was checked with a script against a calendar of that `today`.
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the
 * judgement calls of `general-second-fresh.ts`, plus these: a day label over a list or comma run
 * ("tonight", "weekend:", "Pour demain:", "Diese Woche:", "antes de Navidad:") dates the items
 * naming no day of their own, and a label holding "before <day>" gives the day before; the
 * timestamps of pasted chat lines are when they were sent, not due dates; the reader of a meeting
 * note is the person marked "me" and of a chat the one answering as "Me"; a request in a pasted
 * notice ("all vehicles must be removed by 7am") is the reader's, and the reader's own note on the
 * same step sets its date ("tag both bikes tonight" beats the notice's "before May 31"); a
 * committed alternative ("I'll watch the recording instead") is a task without a date; a plan
 * resting on the weather is a task, one resting on something failing is not; "Client: X" is
 * project X; "Me:" and unlabelled lines after labelled ones are no project (`null`); a named
 * group's own date ("FISHING TRIP (Kenai, 7/10)", a launch, a wedding, a hui) dates none of its
 * items; "before I leave" in a dump that gives the flight date is the day before that flight; an
 * item naming the day of a visit it belongs to ("bring her the mooncake tin back" on the Sunday
 * visit) takes that day; habits ("every day") and "forget it" are not tasks; titles in another
 * language stay in that language. Questions of "book X for <day>" were written around.
 */

const GAS = '7b3e9c20-4f1a-4d88-9c2e-6a5d4b3c2f01';
const NIE = '7b3e9c20-4f1a-4d88-9c2e-6a5d4b3c2f02';
const RAILING = '7b3e9c20-4f1a-4d88-9c2e-6a5d4b3c2f03';
const FLU = '7b3e9c20-4f1a-4d88-9c2e-6a5d4b3c2f04';
const CARDS = '7b3e9c20-4f1a-4d88-9c2e-6a5d4b3c2f05';
const GUTTERS = '7b3e9c20-4f1a-4d88-9c2e-6a5d4b3c2f06';
const REGO = '7b3e9c20-4f1a-4d88-9c2e-6a5d4b3c2f07';
const SOLAR = '7b3e9c20-4f1a-4d88-9c2e-6a5d4b3c2f08';
const PEPPER = '7b3e9c20-4f1a-4d88-9c2e-6a5d4b3c2f09';

export const generalFourthFreshCases: EvalCase[] = [
  // terse lists
  {
    name: 'terse 1: a nurse between shifts on the night clocks went forward',
    today: '2026-03-29',
    timezone: 'Europe/Madrid',
    text: '- swap night shift w/ Marta (ask before thurs)\n- new compression socks\n- renew BLS cert by 15/4\n- clocks went fwd, reset oven clock\n- pharmacy pickup tmrw after handover\n- email rota coordinator re: easter weekend',
    tasks: [
      { title: 'Swap night shift w/ Marta', due: '2026-04-01' },
      { title: 'New compression socks', due: null },
      { title: 'Renew BLS cert', due: '2026-04-15' },
      { title: 'Reset oven clock', due: null },
      { title: 'Pharmacy pickup', due: '2026-03-30' },
      { title: 'Email rota coordinator re: Easter weekend', due: null },
    ],
  },
  {
    name: 'terse 2: a cattle farmer on Presidents Day',
    today: '2027-02-15',
    timezone: 'America/Chicago',
    text: 'calving pen - fresh straw\ncall vet re: heifer w/ limp\nfeed store closed today (holiday) so go wed\nfile FSA acreage report by 3/1\nfix gate hinge north pasture\nseed order to Dale b4 end of month',
    tasks: [
      { title: 'Fresh straw in the calving pen', due: null },
      { title: 'Call vet re: heifer w/ limp', due: null },
      { title: 'Go to the feed store', due: '2027-02-17' },
      { title: 'File FSA acreage report', due: '2027-03-01' },
      { title: 'Fix gate hinge in the north pasture', due: null },
      { title: 'Send seed order to Dale', due: '2027-02-28' },
    ],
  },
  {
    name: 'terse 3: a tiler at the end of September',
    today: '2026-09-30',
    timezone: 'Asia/Singapore',
    text: "* quote for Mr Tan's bathroom retile\n* order 40 boxes grout (grey)\n* return the wet saw to rental by fri\n* invoice Kallang job ASAP\n* GST filing - due 31 oct\n* WD-40",
    tasks: [
      { title: "Quote for Mr Tan's bathroom retile", due: null },
      { title: 'Order 40 boxes grout', due: null },
      { title: 'Return the wet saw to rental', due: '2026-10-02' },
      { title: 'Invoice Kallang job', due: null, priority: 'high' },
      { title: 'GST filing', due: '2026-10-31' },
      { title: 'WD-40', due: null },
    ],
  },
  {
    name: "terse 4: New Year's Eve at the bach",
    today: '2027-12-31',
    timezone: 'Pacific/Auckland',
    text: "tonight\n- ice x3 bags\n- charge the speaker\n- text Hemi the address\n\nlater\n- return Aroha's chilly bin sun\n- book WOF for the ute, expires 14 Jan\n- sparklers?? check if allowed at the bach",
    tasks: [
      { title: 'Ice x3 bags', due: '2027-12-31' },
      { title: 'Charge the speaker', due: '2027-12-31' },
      { title: 'Text Hemi the address', due: '2027-12-31' },
      { title: "Return Aroha's chilly bin", due: '2028-01-02' },
      { title: 'Book WOF for the ute', due: '2028-01-14' },
      { title: 'Check if sparklers are allowed at the bach', due: null },
    ],
  },
  // rambling prose
  {
    name: 'ramble 1: a student in exam season',
    today: '2026-05-18',
    timezone: 'Europe/Warsaw',
    text: "ok exam week-ish. stats exam is on the 27th, which is fine-ish, but I really need to redo the regression problem sets before then, and I should email dr Kowalska about the mark on my lab report because it looks wrong?? also the library books are overdue since friday, return them tomorrow before the fine gets worse. mum wants me home for a weekend soon, need to buy the train ticket at some point. and I promised Kuba I'd send him my notes from thursday's lecture, do that tonight",
    tasks: [
      { title: 'Redo the regression problem sets', due: '2026-05-26' },
      { title: 'Email Dr Kowalska about the mark on my lab report', due: null },
      { title: 'Return the library books', due: '2026-05-19' },
      { title: 'Buy the train ticket home', due: null },
      { title: "Send Kuba my notes from Thursday's lecture", due: '2026-05-18' },
    ],
  },
  {
    name: 'ramble 2: a retiree the morning Sydney clocks went back',
    today: '2027-04-04',
    timezone: 'Australia/Sydney',
    text: "Clocks went back last night and I was up at 5 anyway. Lovely morning. Things on my mind: the bowls club AGM is Wednesday and I said I'd bring the minutes from last year so I'd better find them. Need to ring Medicare about the rebate that never came. Pauline's 80th is on the 17th, get her a card and maybe some of those orchids she likes. The gutters are full of leaves again, I'll ask the young fellow next door if he'll do them for $50. Oh and renew the seniors card, it runs out end of month.",
    tasks: [
      { title: "Find last year's minutes for the bowls club AGM", due: '2027-04-07' },
      { title: 'Ring Medicare about the rebate', due: null },
      { title: 'Get Pauline a card and orchids for her 80th', due: '2027-04-17' },
      { title: 'Ask the young fellow next door to do the gutters', due: null },
      { title: 'Renew the seniors card', due: '2027-04-30' },
    ],
  },
  {
    name: 'ramble 3: a landlord hiding from Thanksgiving',
    today: '2026-11-26',
    timezone: 'America/New_York',
    text: "Thanksgiving, house full, hiding in the garage writing this. landlord stuff keeps piling up. the tenant in 2B says the radiator is clanking again - call Vic the plumber monday. lease renewal for the Delgados is up Dec 31, I need to send them the renewal letter by Dec 1 (legally 30 days notice). property tax 2nd installment due 12/10. and I still haven't done the smoke detector checks for the winter, should do those next weekend when I'm over there anyway. ugh also reply to the zillow inquiry about unit 1A",
    tasks: [
      { title: 'Call Vic the plumber about the radiator in 2B', due: '2026-11-30' },
      { title: 'Send the Delgados the lease renewal letter', due: '2026-12-01' },
      { title: 'Pay the property tax 2nd installment', due: '2026-12-10' },
      { title: 'Do the smoke detector checks', due: '2026-12-05' },
      { title: 'Reply to the Zillow inquiry about unit 1A', due: null },
    ],
  },
  {
    name: 'ramble 4: a phone shop owner on a slow day',
    today: '2027-08-10',
    timezone: 'Africa/Nairobi',
    text: "Slow day at the shop so let me sort my head. Stock is low on type-C chargers and screen protectors for the Tecno phones, I'll order from the Eastleigh supplier thursday. The KRA VAT return has to be filed by the 20th, don't leave it to the last minute like last time. Need to fix the shutter lock before someone breaks in honestly. Wanjiru asked for a raise, I have to think about it and give her an answer by Friday. Also the M-Pesa till statement for July, download it for the accountant.",
    tasks: [
      { title: 'Order type-C chargers and screen protectors from the Eastleigh supplier', due: '2027-08-12' },
      { title: 'File the KRA VAT return', due: '2027-08-20' },
      { title: 'Fix the shutter lock', due: null },
      { title: 'Give Wanjiru an answer about the raise', due: '2027-08-13' },
      { title: 'Download the July M-Pesa till statement for the accountant', due: null },
    ],
  },
  // voice-to-text without punctuation
  {
    name: 'dictation 1: a guitarist on Bastille Day',
    today: '2026-07-14',
    timezone: 'Europe/Paris',
    text: "ok note to self restring the Martin before Saturday's gig at the Petit Bain also send the setlist to Léa by tomorrow night and um chase the SACEM payment for the spring tour they still haven't paid remind me to book the rehearsal room this week and buy a new capo the old one is dying",
    tasks: [
      { title: 'Restring the Martin', due: '2026-07-17' },
      { title: 'Send the setlist to Léa', due: '2026-07-15' },
      { title: 'Chase the SACEM payment for the spring tour', due: null },
      { title: 'Book the rehearsal room', due: '2026-07-17' },
      { title: 'Buy a new capo', due: null },
    ],
  },
  {
    name: 'dictation 2: a new parent the day US clocks sprang forward',
    today: '2027-03-14',
    timezone: 'America/Denver',
    text: "clocks changed last night and the baby doesn't care lol okay things pediatrician follow up for Nora is Thursday at 10 need to bring the feeding log also call the lactation consultant back tomorrow order more size 1 diapers and the night light thing from Target ask Sam's mom if she can come stay for a few days and send thank you cards to the meal train people whenever",
    tasks: [
      { title: "Bring the feeding log to Nora's follow-up", due: '2027-03-18' },
      { title: 'Call the lactation consultant back', due: '2027-03-15' },
      { title: 'Order size 1 diapers and the night light from Target', due: null },
      { title: "Ask Sam's mom if she can come stay for a few days", due: null },
      { title: 'Send thank-you cards to the meal train people', due: null, priority: 'low' },
    ],
  },
  {
    name: "dictation 3: caring for papa in Pune",
    today: '2026-10-09',
    timezone: 'Asia/Kolkata',
    text: "papa's BP tablets are almost finished need to get the refill from Apollo pharmacy by monday also the physio is coming tuesday at 11 so clear the room tuesday morning and book the blood test home collection sometime next week I have to call his pension office about the life certificate its due by 30 November and ask Priya if she can cover for a day I need one day off",
    tasks: [
      { title: "Get papa's BP tablet refill from Apollo pharmacy", due: '2026-10-12' },
      { title: 'Clear the room for the physio', due: '2026-10-13' },
      { title: 'Book the blood test home collection', due: '2026-10-12' },
      { title: 'Call the pension office about the life certificate', due: '2026-11-30' },
      { title: 'Ask Priya if she can cover for a day', due: null },
    ],
  },
  // pasted emails and chat messages
  {
    name: 'message 1: a condo admin email in São Paulo',
    today: '2026-06-03',
    timezone: 'America/Sao_Paulo',
    text: 'Fwd from the condo admin:\n\nOlá Rafael,\n\nPlease remember the annual water tank cleaning is on Tuesday 9 June; the water will be off from 8h to 14h. Residents must move their cars out of garage level -1 by Monday night. Could you also send me the signed proxy form for the assembly before Friday? The condo fee for June is due on the 10th.\n\nThanks, Cláudia\n\nme: fill buckets with water the night before',
    tasks: [
      { title: 'Move the car out of garage level -1', due: '2026-06-08' },
      { title: 'Send Cláudia the signed proxy form', due: '2026-06-04' },
      { title: 'Pay the June condo fee', due: '2026-06-10' },
      { title: 'Fill buckets with water', due: '2026-06-08' },
    ],
  },
  {
    name: 'message 2: Slack from San Francisco to an engineer in Tokyo',
    today: '2027-01-20',
    timezone: 'Asia/Tokyo',
    text: "[from #platform]\nMaya (SF): @kenji can you own the postgres 16 upgrade runbook? need it by next Wed\nMaya (SF): also someone pls rotate the staging certs before they expire on the 29th\nDev: I'll take the certs\nkenji: sure, will do the runbook. also updating the on-call calendar for Feb today\nMaya (SF): thx! and kenji, can you join the incident review thurs 9am PT? that's fri 2am for you I know, sorry\nkenji: I'll watch the recording instead",
    tasks: [
      { title: 'Write the Postgres 16 upgrade runbook', due: '2027-01-27' },
      { title: 'Update the on-call calendar for February', due: '2027-01-20' },
      { title: 'Watch the incident review recording', due: null },
    ],
  },
  {
    name: 'message 3: a family WhatsApp about Christmas',
    today: '2026-12-14',
    timezone: 'Europe/Dublin',
    text: "[14/12/2026, 08:12] Siobhán: Right lads Christmas plan. Dinner at ours on the 25th\n[14/12/2026, 08:13] Siobhán: Ciara you're on dessert, Mam's doing the ham\n[14/12/2026, 08:15] Siobhán: Eoin can you collect Granny from Mullingar on the 24th?\n[14/12/2026, 08:20] Me: yep no problem. I'll order the turkey from Higgins this week too\n[14/12/2026, 08:21] Siobhán: legend. and everyone send me €20 for the kris kindle by Friday",
    tasks: [
      { title: 'Collect Granny from Mullingar', due: '2026-12-24' },
      { title: 'Order the turkey from Higgins', due: '2026-12-18' },
      { title: 'Send Siobhán €20 for the Kris Kindle', due: '2026-12-18' },
    ],
  },
  {
    name: 'message 4: a strata notice with my own notes',
    today: '2027-05-27',
    timezone: 'America/Vancouver',
    text: 'NOTICE TO ALL RESIDENTS — Parkview Strata\nThe parkade will be power-washed on Wednesday June 2. All vehicles must be removed by 7:00 a.m. Bikes stored in the parkade cage must be tagged with your unit number before May 31; untagged bikes will be removed. Balcony inspections run the week of June 7.\n\n(my notes: tag both bikes tonight, ask Dana today if I can park at hers)',
    tasks: [
      { title: 'Remove the car from the parkade', due: '2027-06-02' },
      { title: 'Tag both bikes with the unit number', due: '2027-05-27' },
      { title: 'Ask Dana if I can park at hers', due: '2027-05-27' },
    ],
  },
  // meeting notes
  {
    name: 'meeting 1: an architecture studio in Stockholm',
    today: '2026-02-10',
    timezone: 'Europe/Stockholm',
    text: 'Studio meeting 10/2\nPresent: Astrid, Johan, me (Elin), Nils\n- Villa Ek: Johan redraws the facade by Friday\n- Elin to call the structural engineer re: beam sizes tomorrow\n- Nils books the site visit for next week\n- Everyone: timesheets in by end of month\n- Elin: update fee proposal for the Gävle school, send to Astrid before Thursday\n- Next meeting 24/2',
    tasks: [
      { title: 'Call the structural engineer re: beam sizes', due: '2026-02-11' },
      { title: 'Timesheets in', due: '2026-02-28' },
      { title: 'Update the fee proposal for the Gävle school and send it to Astrid', due: '2026-02-11' },
    ],
  },
  {
    name: 'meeting 2: school council action items',
    today: '2027-09-22',
    timezone: 'America/Toronto',
    text: 'School council mtg notes (Sept 22)\nAttendees: Priti (chair), Marcus, Jo, Lin (me)\nAction items:\n1. Marcus - quote for the new playground mulch\n2. Lin - draft the fall newsletter, send to Priti by Mon\n3. Jo + Lin - book the gym for the Halloween dance\n4. ALL - sell 10 raffle tickets each before the Oct 15 draw\n5. Priti - email the principal re: crossing guard\nOpen Q: do we need a permit for the bake sale? Lin to check w/ city',
    tasks: [
      { title: 'Draft the fall newsletter and send it to Priti', due: '2027-09-27' },
      { title: 'Book the gym for the Halloween dance', due: null },
      { title: 'Sell 10 raffle tickets', due: '2027-10-14' },
      { title: 'Check w/ city whether the bake sale needs a permit', due: null },
    ],
  },
  {
    name: 'meeting 3: a one-on-one at a Manila call centre',
    today: '2026-08-31',
    timezone: 'Asia/Manila',
    text: "1:1 with boss (Ramon) - notes\n- he wants the Q3 attrition numbers by Thurs, I'll pull them from HRIS\n- I need to schedule coaching sessions w/ the 3 new agents this week\n- Ramon will approve my leave for Sept 21-25 - I still need to file it in the portal today\n- talk to Jessa about moving her to night shift (she asked)\n- Ramon: escalate the aircon issue to facilities (his, not mine)",
    tasks: [
      { title: 'Pull the Q3 attrition numbers from HRIS', due: '2026-09-03' },
      { title: 'Schedule coaching sessions w/ the 3 new agents', due: '2026-09-04' },
      { title: 'File my leave in the portal', due: '2026-08-31' },
      { title: 'Talk to Jessa about moving her to night shift', due: null },
    ],
  },
  // feelings and statements among tasks
  {
    name: 'feelings 1: a translator feeling flat in Lisbon',
    today: '2027-06-07',
    timezone: 'Europe/Lisbon',
    text: "Feeling kind of flat today, not sure why. Slept badly. Anyway. The translation for Ferreira & Filhos is due Wednesday and I'm only halfway, so that's the priority. I'm annoyed that the bank still hasn't unblocked my card. Call them again tomorrow morning. I miss swimming - maybe sign up for the pool in Alvalade. I'm proud I finished the tax declaration though. Reply to Inês about dinner.",
    tasks: [
      { title: 'Finish the translation for Ferreira & Filhos', due: '2027-06-09' },
      { title: 'Call the bank about the blocked card', due: '2027-06-08' },
      { title: 'Sign up for the pool in Alvalade', due: null },
      { title: 'Reply to Inês about dinner', due: null },
    ],
  },
  {
    name: "feelings 2: a third-grade teacher after parents' night",
    today: '2026-04-16',
    timezone: 'America/Mexico_City',
    text: "honestly exhausted. 3rd grade parents' night went badly and I keep replaying it. ok, things: grade the math quizzes before monday. print the reading logs. I should email Sra. Lozano to apologise for the mix-up with her son's homework. my back hurts, book a massage maybe. happy that spring break is coming. the volcano experiment is next week so buy the supplies",
    tasks: [
      { title: 'Grade the math quizzes', due: '2026-04-19' },
      { title: 'Print the reading logs', due: null },
      { title: "Email Sra. Lozano to apologise for the mix-up with her son's homework", due: null },
      { title: 'Book a massage', due: null },
      { title: 'Buy the supplies for the volcano experiment', due: '2026-04-20' },
    ],
  },
  {
    name: 'feelings 3: a courier on Halloween, the day UK clocks went back',
    today: '2027-10-31',
    timezone: 'Europe/London',
    text: "Extra hour in bed and I still feel wrecked. Halloween tonight, kids will be round - get sweets before 5. I'm worried about the van's MOT, it's on Thursday and the brakes sound awful, so get the brakes looked at before then. Gutted about the Arsenal result. Deliveroo weekly invoice - check it's right. Mum seems lonely lately, I'll visit her next Sunday.",
    tasks: [
      { title: 'Get sweets', due: '2027-10-31' },
      { title: "Get the van's brakes looked at", due: '2027-11-03' },
      { title: 'Check the Deliveroo weekly invoice', due: null },
      { title: 'Visit Mum', due: '2027-11-07' },
    ],
  },
  // slashed and dotted dates
  {
    name: 'slashed 1: British dates in late January',
    today: '2026-01-27',
    timezone: 'Europe/London',
    text: "Jan admin\n- dentist check-up 03/02 10:40 (confirm by phone)\n- self assessment tax return - deadline 31/01!!\n- return ASOS parcel by 5/2\n- Megan's birthday 12/02 - order present\n- car tax due 01/03",
    tasks: [
      { title: 'Confirm the dentist check-up by phone', due: '2026-02-03' },
      { title: 'Self assessment tax return', due: '2026-01-31', priority: 'high' },
      { title: 'Return ASOS parcel', due: '2026-02-05' },
      { title: "Order Megan's birthday present", due: '2026-02-12' },
      { title: 'Car tax', due: '2026-03-01' },
    ],
  },
  {
    name: 'slashed 2: American dates in tax week',
    today: '2027-04-12',
    timezone: 'America/Los_Angeles',
    text: "taxes due 4/15 - send docs to Gary TODAY\nDMV appt 4/22 9:15am, bring passport + 2 proofs of address\nreturn library books 4/19\nNeed to RSVP to Kayla's wedding by 5/1\nschedule Bella's spay for sometime after 5/3",
    tasks: [
      { title: 'Send tax docs to Gary', due: '2027-04-12' },
      { title: 'Bring passport + 2 proofs of address to the DMV appointment', due: '2027-04-22' },
      { title: 'Return library books', due: '2027-04-19' },
      { title: "RSVP to Kayla's wedding", due: '2027-05-01' },
      { title: "Schedule Bella's spay", due: null },
    ],
  },
  {
    name: 'slashed 3: German dotted dates before a move in Vienna',
    today: '2026-06-19',
    timezone: 'Europe/Vienna',
    text: 'Wohnung / flat stuff\n- Mietvertrag kündigen bis 30.06.!\n- Übergabe mit Vermieter am 15.7. - vorher Wände streichen\n- Umzugskartons bestellen\n- Meldezettel ummelden innerhalb 3 Tage nach Umzug\n- internet cancel by 1.7.',
    tasks: [
      { title: 'Mietvertrag kündigen', due: '2026-06-30' },
      { title: 'Wände streichen', due: '2026-07-14' },
      { title: 'Umzugskartons bestellen', due: null },
      { title: 'Meldezettel ummelden', due: null },
      { title: 'Cancel internet', due: '2026-07-01' },
    ],
  },
  {
    name: 'slashed 4: ISO dates from an engineer in Oslo',
    today: '2027-11-03',
    timezone: 'Europe/Oslo',
    text: 'todo (week 44)\n2027-11-05 deploy freeze starts - merge the auth refactor before that\n2027-11-10 design review: prepare the diagrams\nrenew passport - appointment booked 2027-11-18, bring old one + photo\n2027-11-30 last day to use vacation days → book 3 days off\nbuy studded tyres',
    tasks: [
      { title: 'Merge the auth refactor', due: '2027-11-04' },
      { title: 'Prepare the diagrams for the design review', due: '2027-11-10' },
      { title: 'Renew passport', due: '2027-11-18' },
      { title: 'Book 3 days off', due: '2027-11-30' },
      { title: 'Buy studded tyres', due: null },
    ],
  },
  // date words in other languages
  {
    name: 'mixed-lang 1: Italian and English in Rome',
    today: '2026-10-21',
    timezone: 'Europe/Rome',
    text: "cose da fare:\n- pagare la bolletta del gas entro venerdì\n- call the commercialista lunedì\n- Giulia compleanno sabato, compra torta\n- portare la macchina dal meccanico domani mattina\n- rinnovare carta d'identità",
    tasks: [
      { title: 'Pagare la bolletta del gas', due: '2026-10-23' },
      { title: 'Call the commercialista', due: '2026-10-26' },
      { title: 'Compra torta per Giulia', due: '2026-10-24' },
      { title: 'Portare la macchina dal meccanico', due: '2026-10-22' },
      { title: "Rinnovare carta d'identità", due: null },
    ],
  },
  {
    name: 'mixed-lang 2: Portuguese and English in São Paulo',
    today: '2027-07-01',
    timezone: 'America/Sao_Paulo',
    text: 'semana que vem tá pesada. preciso entregar o relatório pro Bruno até sexta, marcar dentista pra Lívia, and pay the IPVA 3rd installment amanhã. also need to renew the gym, vence dia 15',
    tasks: [
      { title: 'Entregar o relatório pro Bruno', due: '2027-07-02' },
      { title: 'Marcar dentista pra Lívia', due: null },
      { title: 'Pay the IPVA 3rd installment', due: '2027-07-02' },
      { title: 'Renew the gym', due: '2027-07-15' },
    ],
  },
  {
    name: 'mixed-lang 3: Spanish and English two days before Christmas',
    today: '2026-12-23',
    timezone: 'America/Bogota',
    text: 'antes de Navidad: wrap gifts, comprar natilla y buñuelos, llamar a la abuela\ndespués: devolver la chaqueta a Falabella el 28, pay the Codensa bill before fin de mes',
    tasks: [
      { title: 'Wrap gifts', due: '2026-12-24' },
      { title: 'Comprar natilla y buñuelos', due: '2026-12-24' },
      { title: 'Llamar a la abuela', due: '2026-12-24' },
      { title: 'Devolver la chaqueta a Falabella', due: '2026-12-28' },
      { title: 'Pay the Codensa bill', due: '2026-12-31' },
    ],
  },
  // emoji bullets
  {
    name: 'emoji 1: an expat in Dubai',
    today: '2027-03-01',
    timezone: 'Asia/Dubai',
    text: '🚗 Salik top-up\n🏠 call landlord about the AC before summer\n📄 Emirates ID renewal – expires 20/03\n🐱 Mishmish vaccine Thursday\n✈️ book flights home for Eid',
    tasks: [
      { title: 'Salik top-up', due: null },
      { title: 'Call landlord about the AC', due: null },
      { title: 'Emirates ID renewal', due: '2027-03-20' },
      { title: 'Mishmish vaccine', due: '2027-03-04' },
      { title: 'Book flights home for Eid', due: null },
    ],
  },
  {
    name: 'emoji 2: ticked boxes at the end of July in Perth',
    today: '2026-07-31',
    timezone: 'Australia/Perth',
    text: '✅ paid rent\n✅ vet for Bluey\n⬜ school fees term 3 - due 7/8\n⬜ book footy tix for the derby\n⬜ mow + whipper snip this arvo\n⬜ renew rego by the 14th',
    tasks: [
      { title: 'School fees term 3', due: '2026-08-07' },
      { title: 'Book footy tix for the derby', due: null },
      { title: 'Mow + whipper snip', due: '2026-07-31' },
      { title: 'Renew rego', due: '2026-08-14' },
    ],
  },
  {
    name: "emoji 3: Children's Day in Seoul",
    today: '2027-05-05',
    timezone: 'Asia/Seoul',
    text: "🎁 어린이날 today - took Minjun to the park ✔️\n📚 TOPIK registration closes Friday\n💊 pick up mom's meds\n🧾 year-end tax refund form → HR by 5/14\n🍱 meal prep Sunday",
    tasks: [
      { title: 'TOPIK registration', due: '2027-05-07' },
      { title: "Pick up mom's meds", due: null },
      { title: 'Year-end tax refund form to HR', due: '2027-05-14' },
      { title: 'Meal prep', due: '2027-05-09' },
    ],
  },
  // projects named in prose
  {
    name: 'project 1: a boat and a kitchen in Halifax',
    today: '2026-09-14',
    timezone: 'America/Halifax',
    text: 'For the boat: sand the hull this weekend, order the bottom paint from Binnacle, and ask Gord about borrowing his trailer. For the kitchen reno I need to pick tiles by Thursday and call the electrician about the pot lights. Oh and the dog needs her nails done.',
    tasks: [
      { title: 'Sand the hull', due: '2026-09-19', project: 'Boat' },
      { title: 'Order the bottom paint from Binnacle', due: null, project: 'Boat' },
      { title: 'Ask Gord about borrowing his trailer', due: null, project: 'Boat' },
      { title: 'Pick tiles', due: '2026-09-17', project: 'Kitchen reno' },
      { title: 'Call the electrician about the pot lights', due: null, project: 'Kitchen reno' },
      { title: "Get the dog's nails done", due: null, project: null },
    ],
  },
  {
    name: 'project 2: a thesis and a choir in Prague',
    today: '2027-02-26',
    timezone: 'Europe/Prague',
    text: 'thesis: chapter 3 draft to Prof. Novák by the 10th, rerun the simulations with the new mesh, fix the bibliography. choir - learn the alto part of the Dvořák by next rehearsal (Tuesday), pay the spring fee. and buy a birthday present for Tereza',
    tasks: [
      { title: 'Chapter 3 draft to Prof. Novák', due: '2027-03-10', project: 'Thesis' },
      { title: 'Rerun the simulations with the new mesh', due: null, project: 'Thesis' },
      { title: 'Fix the bibliography', due: null, project: 'Thesis' },
      { title: 'Learn the alto part of the Dvořák', due: '2027-03-02', project: 'Choir' },
      { title: 'Pay the spring fee', due: null, project: 'Choir' },
      { title: 'Buy a birthday present for Tereza', due: null, project: null },
    ],
  },
  {
    name: 'project 3: a food truck and a lanai in Honolulu',
    today: '2026-05-06',
    timezone: 'Pacific/Honolulu',
    text: 'Working on the food truck launch + the lanai. truck: get the health permit inspection scheduled, finalize menu w/ Keoni by Sat, order the compostable bowls. lanai: buy the stain, pressure wash first (Sunday). Launch is June 1 btw',
    tasks: [
      { title: 'Get the health permit inspection scheduled', due: null, project: 'Food truck' },
      { title: 'Finalize menu w/ Keoni', due: '2026-05-09', project: 'Food truck' },
      { title: 'Order the compostable bowls', due: null, project: 'Food truck' },
      { title: 'Buy the stain', due: null, project: 'Lanai' },
      { title: 'Pressure wash the lanai', due: '2026-05-10', project: 'Lanai' },
    ],
  },
  // labels
  {
    name: 'label 1: a freelance designer in Zurich',
    today: '2027-08-23',
    timezone: 'Europe/Zurich',
    text: 'Client: Migros – banner set v2 by Wed\nClient: Helvetia – invoice #2217 overdue, send reminder\nPersonal: Halbtax renewal (expires 31.8.)\nPersonal: book hiking hut for Sept\nAdmin: AHV contribution statement → upload',
    tasks: [
      { title: 'Banner set v2', due: '2027-08-25', project: 'Migros' },
      { title: 'Send reminder for invoice #2217', due: null, project: 'Helvetia' },
      { title: 'Halbtax renewal', due: '2027-08-31', project: 'Personal' },
      { title: 'Book hiking hut', due: null, project: 'Personal' },
      { title: 'Upload AHV contribution statement', due: null, project: 'Admin' },
    ],
  },
  {
    name: 'label 2: hashtags in Phoenix',
    today: '2026-03-11',
    timezone: 'America/Phoenix',
    text: '#work renew the SSL cert on the client portal before it lapses on 3/20\n#work 1:1 prep for Jordan\n#home replace smoke alarm batteries\n#home call Cox re: outage credit\n#health refill inhaler\n#work update the Q1 roadmap deck by Friday',
    tasks: [
      { title: 'Renew the SSL cert on the client portal', due: '2026-03-20', project: 'Work' },
      { title: '1:1 prep for Jordan', due: null, project: 'Work' },
      { title: 'Replace smoke alarm batteries', due: null, project: 'Home' },
      { title: 'Call Cox re: outage credit', due: null, project: 'Home' },
      { title: 'Refill inhaler', due: null, project: 'Health' },
      { title: 'Update the Q1 roadmap deck', due: '2026-03-13', project: 'Work' },
    ],
  },
  {
    name: 'label 3: Indonesian labels in brackets',
    today: '2027-10-13',
    timezone: 'Asia/Jakarta',
    text: "[kantor] submit reimbursement for Bandung trip by Friday\n[kantor] review Dimas's PR\n[rumah] bayar PBB before the 31st\n[rumah] fix the leaking tap\n[anak] Rara's school photo money Monday",
    tasks: [
      { title: 'Submit reimbursement for Bandung trip', due: '2027-10-15', project: 'Kantor' },
      { title: "Review Dimas's PR", due: null, project: 'Kantor' },
      { title: 'Bayar PBB', due: '2027-10-30', project: 'Rumah' },
      { title: 'Fix the leaking tap', due: null, project: 'Rumah' },
      { title: "Rara's school photo money", due: '2027-10-18', project: 'Anak' },
    ],
  },
  // several groups in one dump
  {
    name: 'groups 1: Dutch headings on a Saturday',
    today: '2026-11-07',
    timezone: 'Europe/Amsterdam',
    text: 'Werk\n- offerte voor Bakker BV afmaken\n- slides voor maandag\n\nThuis\n- fietsband plakken\n- Sinterklaas cadeautjes kopen (pakjesavond 5 dec)\n\nVereniging\n- notulen rondsturen\n- contributie-herinnering mailen vóór 15 november',
    tasks: [
      { title: 'Offerte voor Bakker BV afmaken', due: null, project: 'Werk' },
      { title: 'Slides voor maandag', due: '2026-11-09', project: 'Werk' },
      { title: 'Fietsband plakken', due: null, project: 'Thuis' },
      { title: 'Sinterklaas cadeautjes kopen', due: '2026-12-05', project: 'Thuis' },
      { title: 'Notulen rondsturen', due: null, project: 'Vereniging' },
      { title: 'Contributie-herinnering mailen', due: '2026-11-14', project: 'Vereniging' },
    ],
  },
  {
    name: 'groups 2: a cabin, a fishing trip and work at the end of June',
    today: '2027-06-30',
    timezone: 'America/Anchorage',
    text: 'CABIN: haul the water tanks up, fix the outhouse door, get firewood cut before fall\nFISHING TRIP (Kenai, 7/10): renew fishing license by 7/9, buy leader line, check the cooler\nWORK: submit June timesheet TODAY, PFD address update',
    tasks: [
      { title: 'Haul the water tanks up', due: null, project: 'Cabin' },
      { title: 'Fix the outhouse door', due: null, project: 'Cabin' },
      { title: 'Get firewood cut', due: null, project: 'Cabin' },
      { title: 'Renew fishing license', due: '2027-07-09', project: 'Fishing trip' },
      { title: 'Buy leader line', due: null, project: 'Fishing trip' },
      { title: 'Check the cooler', due: null, project: 'Fishing trip' },
      { title: 'Submit June timesheet', due: '2027-06-30', project: 'Work' },
      { title: 'PFD address update', due: null, project: 'Work' },
    ],
  },
  {
    name: 'groups 3: back to school in Johannesburg',
    today: '2026-01-04',
    timezone: 'Africa/Johannesburg',
    text: 'Kids (before school starts Weds): label uniforms, buy stationery from the list, cover the books\nCar: renew the licence disc (expired 31 Dec eek), book a service\nBusiness: send December invoices, VAT201 due 23 Jan',
    tasks: [
      { title: 'Label uniforms', due: '2026-01-06', project: 'Kids' },
      { title: 'Buy stationery from the list', due: '2026-01-06', project: 'Kids' },
      { title: 'Cover the books', due: '2026-01-06', project: 'Kids' },
      { title: 'Renew the licence disc', due: null, project: 'Car' },
      { title: 'Book a service', due: null, project: 'Car' },
      { title: 'Send December invoices', due: null, project: 'Business' },
      { title: 'VAT201', due: '2026-01-23', project: 'Business' },
    ],
  },
  // comma lists of short items
  {
    name: 'comma 1: a weekend run in Athens',
    today: '2027-04-23',
    timezone: 'Europe/Athens',
    text: 'weekend: laundry, pay the ΔΕΗ bill, call yiayia, repot the basil, wash the car',
    tasks: [
      { title: 'Laundry', due: '2027-04-24' },
      { title: 'Pay the ΔΕΗ bill', due: '2027-04-24' },
      { title: 'Call yiayia', due: '2027-04-24' },
      { title: 'Repot the basil', due: '2027-04-24' },
      { title: 'Wash the car', due: '2027-04-24' },
    ],
  },
  {
    name: 'comma 2: Spanish errands in Lima',
    today: '2026-08-12',
    timezone: 'America/Lima',
    text: 'necesito: renovar el DNI, llevar la laptop a reparar, pagar la luz, comprar regalo para Vale (cumple el sábado), and call the bank about the card',
    tasks: [
      { title: 'Renovar el DNI', due: null },
      { title: 'Llevar la laptop a reparar', due: null },
      { title: 'Pagar la luz', due: null },
      { title: 'Comprar regalo para Vale', due: '2026-08-15' },
      { title: 'Call the bank about the card', due: null },
    ],
  },
  {
    name: 'comma 3: Finnish Independence Day',
    today: '2027-12-06',
    timezone: 'Europe/Helsinki',
    text: "today's a holiday so: candles for the window, heat the sauna, call Pekka. tomorrow: dentist bill, return the skis to Intersport, book the car in for winter tyres",
    tasks: [
      { title: 'Candles for the window', due: '2027-12-06' },
      { title: 'Heat the sauna', due: '2027-12-06' },
      { title: 'Call Pekka', due: '2027-12-06' },
      { title: 'Pay the dentist bill', due: '2027-12-07' },
      { title: 'Return the skis to Intersport', due: '2027-12-07' },
      { title: 'Book the car in for winter tyres', due: '2027-12-07' },
    ],
  },
  // inline numbered lists
  {
    name: 'inline 1: a teacher in Bangkok after Songkran',
    today: '2026-04-28',
    timezone: 'Asia/Bangkok',
    text: 'Songkran was great but back to life. ok todo: 1) renew visa extension at immigration (expires 5 May) 2) pay condo fee 3) send the Lazada return 4) book Chiang Mai bus 5) email Khun Somchai the lesson plan by thurs',
    tasks: [
      { title: 'Renew visa extension at immigration', due: '2026-05-05' },
      { title: 'Pay condo fee', due: null },
      { title: 'Send the Lazada return', due: null },
      { title: 'Book Chiang Mai bus', due: null },
      { title: 'Email Khun Somchai the lesson plan', due: '2026-04-30' },
    ],
  },
  {
    name: 'inline 2: French and English in Brussels',
    today: '2027-09-09',
    timezone: 'Europe/Brussels',
    text: "Pour demain: (1) déposer le colis chez bpost (2) appeler la mutuelle (3) finir le rapport Delhaize. Next week (a) go to parents' evening Tuesday (b) renew the parking card",
    tasks: [
      { title: 'Déposer le colis chez bpost', due: '2027-09-10' },
      { title: 'Appeler la mutuelle', due: '2027-09-10' },
      { title: 'Finir le rapport Delhaize', due: '2027-09-10' },
      { title: "Go to parents' evening", due: '2027-09-14' },
      { title: 'Renew the parking card', due: '2027-09-13' },
    ],
  },
  {
    name: 'inline 3: German on the night European clocks went back',
    today: '2026-10-25',
    timezone: 'Europe/Berlin',
    text: 'Uhren umgestellt, endlich eine Stunde mehr. Diese Woche: 1. Reifenwechsel Termin machen 2. Steuerberater Unterlagen schicken bis Freitag 3. Oma anrufen (Geburtstag Mittwoch!) 4. Laternen basteln mit Mia',
    tasks: [
      { title: 'Reifenwechsel Termin machen', due: '2026-10-30' },
      { title: 'Steuerberater Unterlagen schicken', due: '2026-10-30' },
      { title: 'Oma anrufen', due: '2026-10-28' },
      { title: 'Laternen basteln mit Mia', due: '2026-10-30' },
    ],
  },
  // conditions
  {
    name: 'condition 1: snow and an interview in Edmonton',
    today: '2027-01-08',
    timezone: 'America/Edmonton',
    text: "if it snows tonight, shovel the driveway tomorrow before work. if the furnace guy doesn't call back by Monday, find another company. drop off the recycling. prep for the Calgary interview Tuesday - if I get it I'll need to rent a car",
    tasks: [
      { title: 'Shovel the driveway', due: '2027-01-09' },
      { title: 'Drop off the recycling', due: null },
      { title: 'Prep for the Calgary interview', due: '2027-01-12' },
    ],
  },
  {
    name: 'condition 2: the monsoon in Kathmandu',
    today: '2026-06-25',
    timezone: 'Asia/Kathmandu',
    text: 'monsoon started. if the roof leaks again call Bikash. otherwise: buy rice + lentils for the month, pay school fees for Aarav before 1 July, and if the weather clears on Saturday take the kids to Godawari',
    tasks: [
      { title: 'Buy rice + lentils for the month', due: null },
      { title: 'Pay school fees for Aarav', due: '2026-06-30' },
      { title: 'Take the kids to Godawari', due: '2026-06-27' },
    ],
  },
  {
    name: 'condition 3: hay and a ute in Queensland',
    today: '2027-07-19',
    timezone: 'Australia/Brisbane',
    text: "Cattle prices up, good. If the rain holds off this week get the hay in. Order the drench from the co-op either way. If the ute's not fixed by Wed, ring Dave at the garage. Need to lodge the BAS by 28 July.",
    tasks: [
      { title: 'Get the hay in', due: '2027-07-23' },
      { title: 'Order the drench from the co-op', due: null },
      { title: 'Lodge the BAS', due: '2027-07-28' },
    ],
  },
  // a project's own deadline that is not a task
  {
    name: 'deadline 1: an app release in Copenhagen',
    today: '2026-02-02',
    timezone: 'Europe/Copenhagen',
    text: 'The app release is on 1 March. Before that: finish the onboarding screens (this week), write release notes, get legal to sign off the privacy text by the 20th. Also private: pick up the bike from service tomorrow',
    tasks: [
      { title: 'Finish the onboarding screens', due: '2026-02-06' },
      { title: 'Write release notes', due: null },
      { title: 'Get legal to sign off the privacy text', due: '2026-02-20' },
      { title: 'Pick up the bike from service', due: '2026-02-03' },
    ],
  },
  {
    name: 'deadline 2: a wedding in Chicago',
    today: '2027-11-16',
    timezone: 'America/Chicago',
    text: "Wedding is Dec 11!! still to do: final dress fitting Friday, pay the caterer balance by the 1st, seating chart, confirm the DJ's playlist, pick up rings. Also unrelated, oil change",
    tasks: [
      { title: 'Final dress fitting', due: '2027-11-19' },
      { title: 'Pay the caterer balance', due: '2027-12-01' },
      { title: 'Seating chart', due: null },
      { title: "Confirm the DJ's playlist", due: null },
      { title: 'Pick up rings', due: null },
      { title: 'Oil change', due: null },
    ],
  },
  {
    name: 'deadline 3: a hui on the Chatham Islands',
    today: '2026-09-04',
    timezone: 'Pacific/Chatham',
    text: 'the marae hui is on 26 September. to prep: book the hall kitchen, order kai for 80, print the agenda by the 24th, ask Moana + Tipene to do the karakia next week. household: renew dog rego',
    tasks: [
      { title: 'Book the hall kitchen', due: null },
      { title: 'Order kai for 80', due: null },
      { title: 'Print the agenda', due: '2026-09-24' },
      { title: 'Ask Moana + Tipene to do the karakia', due: '2026-09-07' },
      { title: 'Renew dog rego', due: null },
    ],
  },
  // things already done
  {
    name: 'done 1: gas paid, railing pushed, a communion present',
    today: '2027-03-18',
    timezone: 'Europe/Madrid',
    open: [
      { id: GAS, title: 'Pay the gas bill', due_date: '2027-03-19' },
      { id: NIE, title: 'Book NIE appointment', due_date: null },
      { id: RAILING, title: 'Paint the balcony railing', due_date: '2027-03-20' },
    ],
    text: "gas bill paid this morning 👍 the balcony railing can wait, move it to next Saturday. still need: NIE appointment (no change), and new: buy a present for Lucía's communion, it's on the 10th of April",
    tasks: [{ title: "Buy a present for Lucía's communion", due: '2027-04-10' }],
    updates: [
      { task_id: GAS, status: 'done' },
      { task_id: RAILING, due: '2027-03-27' },
    ],
  },
  {
    name: 'done 2: flu shot done, cards dropped, gutters moved',
    today: '2026-12-02',
    timezone: 'America/New_York',
    open: [
      { id: FLU, title: 'Get flu shot', due_date: null },
      { id: CARDS, title: 'Order Christmas cards', due_date: '2026-12-04' },
      { id: GUTTERS, title: 'Clean the gutters', due_date: '2026-12-05' },
    ],
    text: "flu shot - done at CVS yesterday. forget the Christmas cards this year, not doing them. gutters push to Sunday the 13th. other stuff: mail Grandma's package by the 10th, buy a tree this weekend",
    tasks: [
      { title: "Mail Grandma's package", due: '2026-12-10' },
      { title: 'Buy a tree', due: '2026-12-05' },
    ],
    updates: [
      { task_id: FLU, status: 'done' },
      { task_id: CARDS, status: 'cancelled' },
      { task_id: GUTTERS, due: '2026-12-13' },
    ],
  },
  {
    name: 'done 3: rego sorted and the vet moved at the end of May',
    today: '2027-05-31',
    timezone: 'Australia/Adelaide',
    open: [
      { id: REGO, title: 'Renew car rego', due_date: '2027-06-03' },
      { id: SOLAR, title: 'Get solar quotes', due_date: null },
      { id: PEPPER, title: 'Take Pepper to the vet', due_date: '2027-06-01' },
    ],
    text: "Sorted the rego online last night. Pepper's vet appt moved to Friday by the clinic. Solar quotes - still going. Today I also cleaned out the shed and took the junk to the tip. New: book a plumber for the hot water system, and EOFY - get receipts together for the accountant by 30 June",
    tasks: [
      { title: 'Book a plumber for the hot water system', due: null },
      { title: 'Get receipts together for the accountant', due: '2027-06-30' },
    ],
    updates: [
      { task_id: REGO, status: 'done' },
      { task_id: PEPPER, due: '2027-06-04' },
    ],
  },
  // long dumps
  {
    name: 'long 1: a ward nurse on Easter Sunday as Melbourne clocks go back',
    today: '2026-04-05',
    timezone: 'Australia/Melbourne',
    text: "Easter Sunday and the clocks went back, so I got an extra hour before my late shift, which I spent lying in bed thinking about everything I haven't done. Writing it down so I can stop. Work: I'm on lates Monday to Wednesday then nights from Friday. I need to finish my ALS recertification module online before the 15th or they'll take me off the resus roster. Lisa asked me to swap the 18th for her, I have to tell her yes or no by Tuesday. The ward's hand hygiene audit is mine this month - do it by end of month. Also pick up my new scrubs from the linen room, they've been sitting there for two weeks. Home: the car's making a grinding noise when I brake, ring the mechanic in Brunswick tomorrow to book it in. Rent goes up from May, so I want to go through the budget properly next weekend. The kitchen tap is dripping - email the agent about it. Sam's birthday is on Saturday and I still haven't got anything, so buy a present before Friday. Mum and Dad fly in on the 22nd, I need to make up the spare room and get a second key cut before then. Me: physio exercises every day, that's a habit not a to-do, ignore. Book a haircut, it's been months. Cancel the streaming service I never use. And I should really renew my passport, it expires in August - start the form by the end of the month. Feeling okay mostly, just tired. Night shifts always do this to me and the first week back after leave is the worst. The hot cross buns from yesterday were a mistake, there are six left on the bench and I will eat all of them.",
    tasks: [
      { title: 'Finish the ALS recertification module', due: '2026-04-14', project: 'Work' },
      { title: 'Tell Lisa yes or no about swapping the 18th', due: '2026-04-07', project: 'Work' },
      { title: "Do the ward's hand hygiene audit", due: '2026-04-30', project: 'Work' },
      { title: 'Pick up my new scrubs from the linen room', due: null, project: 'Work' },
      { title: 'Ring the mechanic in Brunswick to book the car in', due: '2026-04-06', project: 'Home' },
      { title: 'Go through the budget', due: '2026-04-11', project: 'Home' },
      { title: 'Email the agent about the dripping kitchen tap', due: null, project: 'Home' },
      { title: 'Buy a present for Sam', due: '2026-04-09', project: 'Home' },
      { title: 'Make up the spare room', due: '2026-04-21', project: 'Home' },
      { title: 'Get a second key cut', due: '2026-04-21', project: 'Home' },
      { title: 'Book a haircut', due: null, project: null },
      { title: 'Cancel the streaming service', due: null, project: null },
      { title: 'Start the passport renewal form', due: '2026-04-30', project: null },
    ],
  },
  {
    name: 'long 2: a remote engineer in Berlin working to Seattle hours',
    today: '2027-01-31',
    timezone: 'Europe/Berlin',
    text: "Sunday brain dump before the week starts. The time difference with the Seattle team is killing me, standup is at 18:00 my time every day. Dinner with the kids at half six is basically gone on weekdays and I hate that. The upside is quiet mornings: nobody pings me before three, which is when I actually get anything done. Work stuff: the migration design doc has to be ready for review on Wednesday, so I need to finish the rollback section by Tuesday. I owe Priyanka a review of her caching PR since Friday, do it first thing tomorrow. Need to ask my manager whether I can shift my hours on Thursdays because of the kids' swimming. The quarterly security training is due February 12, it takes like two hours, just do it. And update my self-review before the perf cycle closes on the 19th. Also the laptop battery is swelling - open an IT ticket. Home: Steuererklärung for 2026 - the Steuerberater wants all the documents by end of February, so collect them. The Kita sent a letter, we need to hand in the Betreuungsvertrag update by Friday. Our Hausverwaltung still hasn't fixed the heating in the kids' room, call them Monday again. Buy a birthday present for Jana's party next Saturday (both kids are invited). Jonas and I wanted to book the summer holiday in Denmark before the good houses are gone, look at it together this week. Gym membership: cancel it, I haven't been since October. Oh and renew the Deutschlandticket subscription? no, it renews by itself, forget it. I feel pretty stretched but okay, January is done at least. Snow is forecast, the kids are already talking about sledging.",
    tasks: [
      { title: 'Finish the rollback section of the migration design doc', due: '2027-02-02', project: 'Work' },
      { title: "Review Priyanka's caching PR", due: '2027-02-01', project: 'Work' },
      { title: 'Ask my manager about shifting my hours on Thursdays', due: null, project: 'Work' },
      { title: 'Do the quarterly security training', due: '2027-02-12', project: 'Work' },
      { title: 'Update my self-review', due: '2027-02-18', project: 'Work' },
      { title: 'Open an IT ticket about the laptop battery', due: null, project: 'Work' },
      { title: 'Collect the documents for the Steuererklärung', due: '2027-02-28', project: 'Home' },
      { title: 'Hand in the Betreuungsvertrag update to the Kita', due: '2027-02-05', project: 'Home' },
      { title: 'Call the Hausverwaltung about the heating', due: '2027-02-01', project: 'Home' },
      { title: "Buy a birthday present for Jana's party", due: '2027-02-06', project: 'Home' },
      { title: 'Look at the summer holiday in Denmark with Jonas', due: '2027-02-05', project: 'Home' },
      { title: 'Cancel the gym membership', due: null, project: 'Home' },
    ],
  },
  {
    name: 'long 3: moving from Los Angeles to Amsterdam',
    today: '2026-08-03',
    timezone: 'America/Los_Angeles',
    text: "Five weeks until the move to Amsterdam (flight is Sept 8) and I'm starting to panic a bit, so here is everything. The company pays for the flight and two weeks of temporary housing, which helps, but everything else is on me and the list keeps growing every time I look at it. Visa: the IND letter came, I need to print the highly skilled migrant documents and get the apostille on my birth certificate - the Secretary of State office takes walk-ins on Wednesdays, go this Wednesday. Housing: sign the lease for the Oost apartment by Friday, and wire the deposit once it's signed. Give notice on this place - my lease says 30 days, so the notice has to go in before the 8th. Stuff: get quotes from two international movers this week, list the car on Craigslist this weekend, donate the couch, and figure out what to do with the bike. Money: open a Wise account, tell Chase about the move, and ask HR whether the relocation bonus comes in August or September. Health: refill all prescriptions for 3 months before I leave, get copies of my vaccination records from Dr. Alvarez, and Miso needs a microchip check and rabies shot at least 21 days before travel, so book the vet tomorrow. Admin: set up USPS mail forwarding starting Sept 1, cancel Spectrum internet by end of month, check whether I need to change my address with the DMV. Goodbye drinks with the team on the 28th, Jess is organising, I just need to show up. I will miss the tacos on Figueroa more than I want to admit. Honestly the hardest part is leaving Mom. Spend a proper day with her before I go, maybe the 15th.",
    tasks: [
      { title: 'Print the highly skilled migrant documents', due: null, project: 'Visa' },
      { title: 'Get the apostille on my birth certificate', due: '2026-08-05', project: 'Visa' },
      { title: 'Sign the lease for the Oost apartment', due: '2026-08-07', project: 'Housing' },
      { title: 'Wire the deposit', due: null, project: 'Housing' },
      { title: 'Give notice on this place', due: '2026-08-07', project: 'Housing' },
      { title: 'Get quotes from two international movers', due: '2026-08-07', project: 'Stuff' },
      { title: 'List the car on Craigslist', due: '2026-08-08', project: 'Stuff' },
      { title: 'Donate the couch', due: null, project: 'Stuff' },
      { title: 'Figure out what to do with the bike', due: null, project: 'Stuff' },
      { title: 'Open a Wise account', due: null, project: 'Money' },
      { title: 'Tell Chase about the move', due: null, project: 'Money' },
      { title: 'Ask HR whether the relocation bonus comes in August or September', due: null, project: 'Money' },
      { title: 'Refill all prescriptions for 3 months', due: '2026-09-07', project: 'Health' },
      { title: 'Get copies of my vaccination records from Dr. Alvarez', due: null, project: 'Health' },
      { title: 'Book the vet for Miso', due: '2026-08-04', project: 'Health' },
      { title: 'Set up USPS mail forwarding', due: null, project: 'Admin' },
      { title: 'Cancel Spectrum internet', due: '2026-08-31', project: 'Admin' },
      { title: 'Check whether I need to change my address with the DMV', due: null, project: 'Admin' },
      { title: 'Spend a proper day with Mom', due: '2026-08-15', project: null },
    ],
  },
  {
    name: 'long 4: a piano teacher in Taipei before Double Ten',
    today: '2027-10-04',
    timezone: 'Asia/Taipei',
    text: "Monday, new month, and the studio is busier than ever, which is good but I'm drowning. Eleven new enquiries since September and the waiting list is longer than I can handle, which I never thought I'd say. Students: the recital is on Sunday 24 October at the community hall. Before it I need to finalise the programme, so every student has to tell me their piece by Friday - send a reminder to the parents' LINE group today. The hall piano needs tuning for the recital, call Mr. Lin tomorrow about it. Print certificates for the 12 kids, and order the little trophies from the shop on Yongkang St by the 15th. Emily's mother asked about switching to Saturday lessons, answer her. The two new beginners start next week, make their welcome folders. Money: did the October invoices to parents go out? No - send them Wednesday. The studio rent goes up in November, so I need to raise the fees a bit, write the notice to parents before the end of the month. Taxes nothing until May, good, and the accountant is sorted for another year. Me: my own practice has fallen apart. I want to learn the Chopin nocturne for myself, no rush. My own piano needs tuning too, it's been a year, and the humidifier filter needs replacing. Double Ten on Sunday, no lessons, we're going to my sister's in Hsinchu - buy the train tickets tonight, they sell out. Also bring her the mooncake tin back, it's been sitting here since Mid-Autumn. And Dad's check-up results are out, I should call him about them. The weather finally cooled down, so at least I sleep again.",
    tasks: [
      { title: "Send a reminder to the parents' LINE group about the pieces", due: '2027-10-04', project: 'Students' },
      { title: 'Call Mr. Lin about tuning the hall piano', due: '2027-10-05', project: 'Students' },
      { title: 'Print certificates for the 12 kids', due: null, project: 'Students' },
      { title: 'Order the trophies from the shop on Yongkang St', due: '2027-10-15', project: 'Students' },
      { title: "Answer Emily's mother about Saturday lessons", due: null, project: 'Students' },
      { title: 'Make welcome folders for the two new beginners', due: '2027-10-11', project: 'Students' },
      { title: 'Send the October invoices to parents', due: '2027-10-06', project: 'Money' },
      { title: 'Write the fee notice to parents', due: '2027-10-31', project: 'Money' },
      { title: 'Learn the Chopin nocturne', due: null, project: null, priority: 'low' },
      { title: 'Get my piano tuned', due: null, project: null },
      { title: 'Replace the humidifier filter', due: null, project: null },
      { title: 'Buy the train tickets to Hsinchu', due: '2027-10-04', project: null },
      { title: 'Bring my sister the mooncake tin back', due: '2027-10-10', project: null },
      { title: 'Call Dad about his check-up results', due: null, project: null },
    ],
  },
  // nothing to do
  {
    name: 'nothing 1: Christmas Day in Rome',
    today: '2026-12-25',
    timezone: 'Europe/Rome',
    text: "Buon Natale! Nothing to do today, absolutely nothing. Lunch at nonna's was huge, everyone's asleep on the sofa. Grateful for this year honestly.",
    tasks: [],
  },
  {
    name: 'nothing 2: a hot Sunday in Buenos Aires',
    today: '2027-02-07',
    timezone: 'America/Argentina/Buenos_Aires',
    text: 'Hot, 36 degrees. Went to the river with Nico. The new neighbours seem nice. Tomorrow back to work I guess, the usual. Read half of the Cortázar book.',
    tasks: [],
  },
  // one-liners
  {
    name: 'short 1: an electricity bill in Karachi',
    today: '2026-11-30',
    timezone: 'Asia/Karachi',
    text: 'pay K-Electric bill tmrw',
    tasks: [{ title: 'Pay K-Electric bill', due: '2026-12-01' }],
  },
  {
    name: 'short 2: a balcony door in Kyiv',
    today: '2027-08-01',
    timezone: 'Europe/Kyiv',
    text: 'ask landlord about the balcony door!!',
    tasks: [{ title: 'Ask landlord about the balcony door', due: null, priority: 'high' }],
  },
  {
    name: 'short 3: Fourth of July in Detroit',
    today: '2026-07-04',
    timezone: 'America/Detroit',
    text: 'fireworks tonight - bring lawn chairs',
    tasks: [{ title: 'Bring lawn chairs', due: '2026-07-04' }],
  },
];

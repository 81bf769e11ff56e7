import type { EvalCase } from './dumps.ts';

/**
 * Eighth fresh development set of issue #19 (twenty-third round): 48 everyday dumps written from
 * the text alone by someone who neither read nor ran the parser (they read only the `EvalCase` type
 * and examples of `eval/dumps.ts`, `eval/score.ts`, the date table and the Evaluation section of
 * docs/ai.md, and the headers of the development sets). Twenty voices, the first word of each name:
 * `terse`, `prose`, `dictation`, pasted `slack`, `email` and `whatsapp`, `meeting` notes, `feelings`,
 * `us-dates`, `uk-dates`, `foreign-dates` (Spanish, French, Dutch, German), `emoji`, `project`s named
 * in prose, `label`s, several `groups`, `conditions`, things already `done`, `long` dumps, `nothing`
 * to do and `oneliner`s; `project`, `label`, `groups` and `long` four dumps each, the others two.
 * 26 dumps state groups: upper-case, markdown and emoji headings, headings holding the group's own
 * date (`ZENITH LUNCH (next Thursday)`, `HALLOWEEN DISCO (Fri)`), "Mesa job —" dash headings,
 * `Label:` lines with comma runs and paragraphs, clients, customers and grandchildren as labels,
 * `#tags` at line ends, `[tags]` at line starts, "lift stuff:", "for the team" and "for work" in
 * dictation, "For the boat" and "for the move" in prose, an event named in prose ("Baba's 80th is
 * on 6 September"), ticked boxes under headings, groups after a pasted email, and loose lines after
 * groups. The four `long` dumps are 1,500–2,000 characters with 15–18 tasks; 284 expected tasks and 6 updates in all; open tasks with updates
 * in three dumps (two `done`, one `feelings`). New people and lives: a school caretaker, a locksmith,
 * a midwife, a retired couple on a boat, a removals firm owner, a youth football coach, an on-call
 * engineer, a drone surveyor, a parish councillor, a holiday-let landlord, an organic grocer, a
 * tattoo artist, a bee-farm volunteer, a music school teacher, a new immigrant, a farrier, a solar
 * installer, a piano tuner, a bookbinder, a language-school receptionist, a truck dispatcher, a cake
 * maker, a vintage clothes seller, a community orchard volunteer, a primary teacher, an upholsterer
 * moving workshop, a daughter planning her father's 80th, a plasterer, a cider maker, a marine
 * biologist, a grandmother, a ski-lift mechanic, a mobile mechanic, a cheesemonger, a village hall
 * secretary, a sailing instructor, a tree surgeon, a software contractor, a tour coach driver, a
 * wildlife rehabilitator, a caterer, a sign-language interpreter and a theatre lighting technician.
 * `today` runs over 2026–2027 in 46 zones: the clock changes of the EU (Berlin forward, London
 * back, Vienna the day after), the US (Vancouver forward with Phoenix, which keeps its clock;
 * Anchorage back), New Zealand (forward) and Australia (Sydney forward, Hobart back); the ends of
 * February, May, July and November and both years' last days (Hogmanay with due dates in 2028); and
 * holidays (Australia Day, St Patrick's Day, Labor Day, King's Day, Mexican, Belgian, Swiss, Polish,
 * Indonesian, Colombian, Greek, Turkish, Nigerian, Icelandic, Norwegian, Austrian and UAE national
 * days, Mashujaa Day, Singapore's National Day observed, Canada Day, Thanksgiving, Heritage Day,
 * the 25 de Mayo, the Dieciocho, Prince Kuhio Day, Hangul Day, Rizal Day, Portugal Day, WA Day,
 * Constitution Memorial Day, Tiradentes, Epiphany, Christmas Eve, Bastille Day, spring bank
 * holiday). Every due date was checked with a script (Node's `Date` and `Intl`) against each case's
 * `today` and zone.
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the
 * judgement calls of the second, fourth, fifth, sixth and seventh fresh sets. Plus these: "the day
 * before" and "a week before" under a group or event whose date the dump gives count back from
 * that date ("print menus the day before" under `ZENITH LUNCH (next Thursday)`, the packing list
 * "a week before" a trip on 23 April), while the group's date still dates none of its other items;
 * a customer's vehicle as an upper-case heading (`JENKINS F-150`) is the project as written, and so
 * is a client or a grandchild as a label; a dash heading ("Mesa job —") is a label like "Mesa job:";
 * `PERSONAL`, `ME` and "me:" are no project; "X — sorted" and `[x]` mark things done, not tasks;
 * "before it runs out on the 20th" is the 19th; "before next Saturday's dive" said on a Friday is
 * the Friday of next week; "Maybe call her on Sunday" is a task on Sunday, "maybe … someday" a task
 * of low priority; the reader's own line before a pasted email ("Mow the verge … then deal with
 * this from the clerk") is a task like the email's requests to them; a request in a pasted email
 * that the reader's own grouped notes already cover is not a second task; "If enough kids sign up,
 * book a second coach" rests on others and is no task; an event named in prose with its date
 * ("Baba's 80th is on 6 September and I've taken charge of the party") groups the sentences after
 * it in its paragraph, and "for work" in a later paragraph is project Work; "Cosas:" over a list is a
 * generic heading (no `project` key in that ungrouped dump), and so is `AOB` in meeting notes whose
 * other headings group (its items have no `project` key); a wish left open ("Maybe Calabar at Christmas,
 * we'll see") is no task; a title names what a pronoun stands for in prose ("hose it down" is "Hose down
 * the flight cage") but keeps it under a heading ("Send them the revised quote"). Requests of "book X for <day>" and
 * dates of events that a task only asks about ("ask Einar to play … on Sunday") were written around.
 */

const HEALTH_CARD = 'a8e25c73-1f4b-4d96-8b0e-7c3d9f1e2a01';
const INVOICE = 'a8e25c73-1f4b-4d96-8b0e-7c3d9f1e2a02';
const RESIDENCE = 'a8e25c73-1f4b-4d96-8b0e-7c3d9f1e2a03';
const FURUSATO = 'a8e25c73-1f4b-4d96-8b0e-7c3d9f1e2a04';
const CHECKUP = 'a8e25c73-1f4b-4d96-8b0e-7c3d9f1e2a05';
const TACHO = 'a8e25c73-1f4b-4d96-8b0e-7c3d9f1e2a06';
const WINTER_TYRES = 'a8e25c73-1f4b-4d96-8b0e-7c3d9f1e2a07';

export const generalEighthFreshCases: EvalCase[] = [
  // terse lists
  {
    name: 'terse-1: a school caretaker in Leeds the day the clocks go back, a dated heading and a loose line',
    today: '2026-10-25',
    timezone: 'Europe/London',
    text: "clocks went back, extra hour in bed, not that it helped\nHALF TERM\n- strip and re-seal the hall floor by Thurs\n- bleed the radiators in block C\n- replace the broken toilet seat in the girls' loos\n- unlock for the skip collection Tue 7am\nHALLOWEEN DISCO (Fri)\n- get the ladders back from the PE store\n- check the fire exits are clear before the disco\n- pumpkins in the bin afterwards?? no, that's the PTA's job\n\n- MOT on the van 02/11",
    tasks: [
      { title: 'Strip and re-seal the hall floor', due: '2026-10-29', project: 'Half term' },
      { title: 'Bleed the radiators in block C', due: null, project: 'Half term' },
      { title: "Replace the broken toilet seat in the girls' loos", due: null, project: 'Half term' },
      { title: 'Unlock for the skip collection', due: '2026-10-27', project: 'Half term' },
      { title: 'Get the ladders back from the PE store', due: null, project: 'Halloween disco' },
      { title: 'Check the fire exits are clear', due: '2026-10-29', project: 'Halloween disco' },
      { title: 'MOT on the van', due: '2026-11-02', project: null },
    ],
  },
  {
    name: 'terse-2: a locksmith in Melbourne on Australia Day',
    today: '2027-01-26',
    timezone: 'Australia/Melbourne',
    text: 'public hol, phone still ringing\n- rekey the Carlton units Thurs arvo\n- invoice Hartley Strata\n- order 50 x Lockwood blanks\n- quote for the Fitzroy safe by Fri\n- van rego due 3/2\n- new pick set — no rush',
    tasks: [
      { title: 'Rekey the Carlton units', due: '2027-01-28' },
      { title: 'Invoice Hartley Strata', due: null },
      { title: 'Order 50 x Lockwood blanks', due: null },
      { title: 'Quote for the Fitzroy safe', due: '2027-01-29' },
      { title: 'Van rego', due: '2027-02-03' },
      { title: 'New pick set', due: null, priority: 'low' },
    ],
  },
  // prose
  {
    name: 'prose-1: a midwife in Toronto at the end of November, an expiry and a colleague’s errand',
    today: '2026-11-30',
    timezone: 'America/Toronto',
    text: "Back-to-back births all weekend and I'm running on fumes. Today I have to finish charting for the Okafor delivery before I leave the unit, and I really need to renew my CMO registration, it lapses tomorrow. Wednesday I should call Priya about swapping my shift on the 12th. My bag needs restocking — gloves, Doppler batteries, cord clamps. Someone has to email the clinic about the new fridge, Dana said she would. Also want to book a massage at some point this week because my back is wrecked.",
    tasks: [
      { title: 'Finish charting for the Okafor delivery', due: '2026-11-30' },
      { title: 'Renew my CMO registration', due: '2026-12-01' },
      { title: 'Call Priya about swapping my shift on the 12th', due: '2026-12-02' },
      { title: 'Restock my bag: gloves, Doppler batteries, cord clamps', due: null },
      { title: 'Book a massage', due: '2026-12-04' },
    ],
  },
  {
    name: 'prose-2: a retired couple on a boat in Lisbon on Portugal Day, "for the boat" and a trip date',
    today: '2027-06-10',
    timezone: 'Europe/Lisbon',
    text: "Portugal Day and the marina is full of flags. Geoff and I have been talking about the trip down to the Algarve, which we want to start on the 21st. For the boat, we need to get the antifouling done before we go, replace the starter battery, top up the gas bottle and pay the marina fees, which are due on the 15th. Geoff is sorting the chart updates himself.\n\nSeparately, I must ring the pension office in Newcastle on Monday and send Hannah a birthday card by Tuesday.",
    tasks: [
      { title: 'Get the antifouling done', due: '2027-06-20', project: 'Boat' },
      { title: 'Replace the starter battery', due: null, project: 'Boat' },
      { title: 'Top up the gas bottle', due: null, project: 'Boat' },
      { title: 'Pay the marina fees', due: '2027-06-15', project: 'Boat' },
      { title: 'Ring the pension office in Newcastle', due: '2027-06-14', project: null },
      { title: 'Send Hannah a birthday card', due: '2027-06-15', project: null },
    ],
  },
  // dictation
  {
    name: "dictation-1: a removals firm owner in Cork on St Patrick's Day, a self-correction",
    today: '2027-03-17',
    timezone: 'Europe/Dublin',
    text: "ok so paddys day nothing moving today thank god need to ring the O'Briens tomorrow about the piano and get the van in for the service before the Kinsale job on Monday also order more bubble wrap and the big wardrobe boxes and tell Declan hes on the Douglas job Friday actually no I'll text him about the Douglas job tonight and chase the Murphy invoice its two months overdue",
    tasks: [
      { title: "Ring the O'Briens about the piano", due: '2027-03-18' },
      { title: 'Get the van in for the service', due: '2027-03-21' },
      { title: 'Order more bubble wrap and the big wardrobe boxes', due: null },
      { title: 'Text Declan about the Douglas job', due: '2027-03-17' },
      { title: 'Chase the Murphy invoice', due: null },
    ],
  },
  {
    name: 'dictation-2: a youth football coach in Chicago on Labor Day, "for the team" and "for work" in one breath',
    today: '2026-09-07',
    timezone: 'America/Chicago',
    text: "labor day cookout at my sisters later but before I forget for the team I need to print the new roster and email the parents tonight about the game moving to 9am and order two more size 4 balls and for work I have to finish the safety audit by Thursday and call the forklift guy tomorrow morning and for me pick up my prescription",
    tasks: [
      { title: 'Print the new roster', due: null, project: 'Team' },
      { title: 'Email the parents about the game moving to 9am', due: '2026-09-07', project: 'Team' },
      { title: 'Order two more size 4 balls', due: null, project: 'Team' },
      { title: 'Finish the safety audit', due: '2026-09-10', project: 'Work' },
      { title: 'Call the forklift guy', due: '2026-09-08', project: 'Work' },
      { title: 'Pick up my prescription', due: null, project: null },
    ],
  },
  // pasted Slack
  {
    name: 'slack-1: an on-call engineer in Berlin the day the clocks go forward',
    today: '2026-03-29',
    timezone: 'Europe/Berlin',
    text: "[09:12] Lena: heads up, the DST switch last night broke the cron on billing-worker again 🙃\n[09:14] Me: ugh. I'll patch the schedule and add a test for the 02:00 gap today\n[09:15] Lena: thx. Also can you write the postmortem by Wednesday? Jonas will handle the customer comms\n[09:16] Me: yes\n[09:20] Lena: and someone needs to rotate the staging certs before they expire on 3 April\n[09:21] Me: I'll take the certs, Tuesday\n[09:30] Jonas: I'll update the status page",
    tasks: [
      { title: 'Patch the schedule', due: '2026-03-29' },
      { title: 'Add a test for the 02:00 gap', due: '2026-03-29' },
      { title: 'Write the postmortem', due: '2026-04-01' },
      { title: 'Rotate the staging certs', due: '2026-03-31' },
    ],
  },
  {
    name: 'slack-2: a drone surveyor in Denver at the end of February, US dates in a channel',
    today: '2027-02-26',
    timezone: 'America/Denver',
    text: "from #field-ops:\nMarco: @me can you reshoot the Castle Rock north pad Monday and get the orthomosaic to the client by 3/5?\nMarco: also the FAA waiver renewal is on you, deadline 3/15\nMe: on it. need to charge all 6 batteries tomorrow, and recalibrate the RTK base before Monday's flight\nPriya: I'll book the hotel for Tuesday",
    tasks: [
      { title: 'Reshoot the Castle Rock north pad', due: '2027-03-01' },
      { title: 'Get the orthomosaic to the client', due: '2027-03-05' },
      { title: 'FAA waiver renewal', due: '2027-03-15' },
      { title: 'Charge all 6 batteries', due: '2027-02-27' },
      { title: 'Recalibrate the RTK base', due: '2027-02-28' },
    ],
  },
  // pasted email
  {
    name: 'email-1: a parish councillor in Cardiff on the spring bank holiday, the clerk’s requests and her own',
    today: '2027-05-31',
    timezone: 'Europe/London',
    text: "Bank holiday. Mow the verge outside ours this afternoon, then deal with this from the clerk:\n\nDear Councillor Evans,\n\nFollowing Thursday's meeting, a few actions for you: please circulate the draft minutes to members by Friday 4 June, and could you contact the highways team about the pothole on Heol Fach before the next meeting on 17 June? The clerk's office will book the hall for the summer fete. We would also be grateful if you could sign the grant form for the play area — it needs to reach the county council by 11/06.\n\nI will update the noticeboard myself.\n\nKind regards,\nMargaret Price\nParish Clerk",
    tasks: [
      { title: 'Mow the verge outside ours', due: '2027-05-31' },
      { title: 'Circulate the draft minutes to members', due: '2027-06-04' },
      { title: 'Contact the highways team about the pothole on Heol Fach', due: '2027-06-16' },
      { title: 'Sign the grant form for the play area', due: '2027-06-11' },
    ],
  },
  {
    name: 'email-2: a holiday-let landlord in Mallorca at the end of July, a cleaner’s email then grouped notes',
    today: '2026-07-31',
    timezone: 'Europe/Madrid',
    text: "Hi Tom,\n\nJust a heads-up from the changeover today: the washing machine at Casa Lluna is leaking again and the pool pump is making a grinding noise. Could you get someone out before the new guests arrive on Sunday? I'll leave the spare keys in the lockbox as usual.\n\nBest,\nCatalina\n\nmy notes:\nCasa Lluna\n- call Joan the plumber about the washing machine today\n- pool guy for the pump, Saturday latest\n- restock towels\nCasa Sol\n- renew the tourist licence (ETV) by 31 August\n- reply to the Schmidt booking enquiry",
    tasks: [
      { title: 'Call Joan the plumber about the washing machine', due: '2026-07-31', project: 'Casa Lluna' },
      { title: 'Pool guy for the pump', due: '2026-08-01', project: 'Casa Lluna' },
      { title: 'Restock towels', due: null, project: 'Casa Lluna' },
      { title: 'Renew the tourist licence (ETV)', due: '2026-08-31', project: 'Casa Sol' },
      { title: 'Reply to the Schmidt booking enquiry', due: null, project: 'Casa Sol' },
    ],
  },
  // pasted WhatsApp
  {
    name: "whatsapp-1: an organic grocer in Amsterdam on King's Day, the reader answering as Me",
    today: '2027-04-27',
    timezone: 'Europe/Amsterdam',
    text: "[27-04 08:02] Sanne: Happy Koningsdag!! Shop closed today right?\n[27-04 08:05] Me: yes closed. but I still need to do the veg order for Thursday tonight\n[27-04 08:06] Sanne: ok. can you ask the Beemster farm about the raw milk cheese? we're almost out\n[27-04 08:10] Me: will call them tomorrow\n[27-04 08:11] Sanne: also the fridge guy comes Friday 10:00, someone needs to be there\n[27-04 08:12] Me: I'll be there. and I have to pay the Biologica invoice before May\n[27-04 08:15] Sanne: 👍 I'll do the Instagram post",
    tasks: [
      { title: 'Do the veg order for Thursday', due: '2027-04-27' },
      { title: 'Call the Beemster farm about the raw milk cheese', due: '2027-04-28' },
      { title: 'Be there for the fridge guy', due: '2027-04-30' },
      { title: 'Pay the Biologica invoice', due: '2027-04-30' },
    ],
  },
  {
    name: 'whatsapp-2: a tattoo artist in Mexico City on Independence Day',
    today: '2026-09-16',
    timezone: 'America/Mexico_City',
    text: "Ale: feliz día de la independencia 🇲🇽 studio open tomorrow?\nMe: yes from 12. I need to sterilise the tubes in the morning\nAle: Carla's sleeve session is Saturday, did you finish the stencil?\nMe: not yet, will finish it by Friday\nAle: ok. we're out of green soap btw\nMe: I'll order it today. also gotta renew the COFEPRIS permit before the 30th\nAle: I'll clean the front window",
    tasks: [
      { title: 'Sterilise the tubes', due: '2026-09-17' },
      { title: "Finish Carla's sleeve stencil", due: '2026-09-18' },
      { title: 'Order green soap', due: '2026-09-16' },
      { title: 'Renew the COFEPRIS permit', due: '2026-09-29' },
    ],
  },
  // meeting notes
  {
    name: 'meeting-1: a bee-farm volunteer in Nairobi on Mashujaa Day, numbered minutes with assignees',
    today: '2026-10-20',
    timezone: 'Africa/Nairobi',
    text: "Volunteers meeting, Kiambu bee farm — Mashujaa Day, 20 Oct\nPresent: Wanjiru, Otieno, Grace, me\n\n1. Harvest: Otieno to bring the extractor Saturday. Me: buy 40 jars and labels before the harvest.\n2. Hive 7 swarmed — Grace to rebait the catch box.\n3. School visit on 5 Nov: me to draft the worksheet by next Friday; Wanjiru to confirm numbers.\n4. Me: ring the county extension officer about the mite survey tomorrow.\n5. AOB: everyone to pay the 500 bob for smoker fuel by end of month.\nNext meeting: Tues 3 Nov.",
    tasks: [
      { title: 'Buy 40 jars and labels', due: '2026-10-23' },
      { title: 'Draft the worksheet', due: '2026-10-30' },
      { title: 'Ring the county extension officer about the mite survey', due: '2026-10-21' },
      { title: 'Pay the 500 bob for smoker fuel', due: '2026-10-31' },
    ],
  },
  {
    name: 'meeting-2: a music school teacher in Singapore on the National Day holiday, minutes under headings',
    today: '2026-08-10',
    timezone: 'Asia/Singapore',
    text: "Staff mtg notes 10/8 (public hol, on Zoom)\n\nRECITAL\n- Mei Ling: book the hall\n- me: finalise the running order by Fri\n- me: chase the parents who haven't paid the recital fee\n\nABRSM EXAMS\n- me: submit the entries before 20/8\n- Darren: print the scale sheets\n- me: mock exams for my Grade 5s next Tues\n\nAOB\n- all: update your availability on the shared sheet by tomorrow",
    tasks: [
      { title: 'Finalise the running order', due: '2026-08-14', project: 'Recital' },
      { title: "Chase the parents who haven't paid the recital fee", due: null, project: 'Recital' },
      { title: 'Submit the entries', due: '2026-08-19', project: 'ABRSM exams' },
      { title: 'Mock exams for my Grade 5s', due: '2026-08-18', project: 'ABRSM exams' },
      { title: 'Update your availability on the shared sheet', due: '2026-08-11' },
    ],
  },
  // feelings among tasks
  {
    name: 'feelings-1: a new immigrant in Calgary on Canada Day, paperwork and homesickness, one open task done',
    today: '2026-07-01',
    timezone: 'America/Edmonton',
    open: [{ id: HEALTH_CARD, title: 'Apply for Alberta health card', due_date: '2026-06-30' }],
    text: "First Canada Day here and honestly I feel a bit lost, everyone's at the fireworks and I'm sitting with a pile of forms. The health card came in the mail yesterday, so that's finally done. I'm scared about the driving test but I need to book it before my Ukrainian licence stops being valid on 15 August. I have to send the landlord proof of income by Friday, and open a TFSA at some point, Olena says it's worth it. Tomorrow call Service Canada about my SIN letter. I miss Mum. Maybe call her on Sunday.",
    tasks: [
      { title: 'Book the driving test', due: '2026-08-14' },
      { title: 'Send the landlord proof of income', due: '2026-07-03' },
      { title: 'Open a TFSA', due: null },
      { title: 'Call Service Canada about my SIN letter', due: '2026-07-02' },
      { title: 'Call Mum', due: '2026-07-05' },
    ],
    updates: [{ task_id: HEALTH_CARD, status: 'done' }],
  },
  {
    name: 'feelings-2: a music teacher in Wellington the day daylight saving starts, a group between feelings',
    today: '2027-09-26',
    timezone: 'Pacific/Auckland',
    text: "Lost an hour to daylight saving and I'm grumpy about it. Term 3 reports are hanging over me and I feel like a fraud when the Year 9s won't even pick up the ukuleles.\n\nSchool:\n- finish reports by Thursday, no excuses\n- book the hall for the Showcase\n- email Mr Tane about the broken keyboard\n\nI'm proud of Aroha though, her composition was lovely. Should tell her parents.\nNeed to sleep more. Also sort the car WOF this week.",
    tasks: [
      { title: 'Finish reports', due: '2027-09-30', project: 'School' },
      { title: 'Book the hall for the Showcase', due: null, project: 'School' },
      { title: 'Email Mr Tane about the broken keyboard', due: null, project: 'School' },
      { title: "Tell Aroha's parents about her composition", due: null, project: null },
      { title: 'Sort the car WOF', due: '2027-10-01', project: null },
    ],
  },
  // US dates
  {
    name: 'us-dates-1: a farrier in Asheville on Thanksgiving, a paid bill among slashed dates',
    today: '2026-11-26',
    timezone: 'America/New_York',
    text: "Thanksgiving — turkey's in, 20 min to write this\n- shoe the Hendersons' mare 12/1\n- pay the anvil loan by 12/10\n- order 2 boxes of size 2 St Croix shoes\n- quarterly taxes were due 9/15, paid, ignore\n- call Dr. Reyes re: the laminitis case Mon 11/30\n- truck inspection expires 12/31, get it done before Xmas",
    tasks: [
      { title: "Shoe the Hendersons' mare", due: '2026-12-01' },
      { title: 'Pay the anvil loan', due: '2026-12-10' },
      { title: 'Order 2 boxes of size 2 St Croix shoes', due: null },
      { title: 'Call Dr. Reyes re: the laminitis case', due: '2026-11-30' },
      { title: 'Truck inspection', due: '2026-12-24' },
    ],
  },
  {
    name: "us-dates-2: a solar installer in Phoenix the day the rest of the US springs forward, dash-headed groups",
    today: '2027-03-14',
    timezone: 'America/Phoenix',
    text: "(az doesn't do DST, everyone else's clocks moved, so calls to the Denver supplier are an hour off now)\nMesa job —\n- panels delivered 3/16, be on site 7am\n- permit inspection Thu 3/18\n- final invoice to the Garzas by 3/31\nOffice —\n- renew ROC license before 4/1\n- payroll Fri\n- call the Denver supplier about the inverters Monday",
    tasks: [
      { title: 'Be on site for the panel delivery', due: '2027-03-16', project: 'Mesa job' },
      { title: 'Permit inspection', due: '2027-03-18', project: 'Mesa job' },
      { title: 'Final invoice to the Garzas', due: '2027-03-31', project: 'Mesa job' },
      { title: 'Renew ROC license', due: '2027-03-31', project: 'Office' },
      { title: 'Payroll', due: '2027-03-19', project: 'Office' },
      { title: 'Call the Denver supplier about the inverters', due: '2027-03-15', project: 'Office' },
    ],
  },
  // British dates
  {
    name: 'uk-dates-1: a piano tuner in Cape Town on Heritage Day, day/month dates without bullets',
    today: '2026-09-24',
    timezone: 'Africa/Johannesburg',
    text: "Heritage Day and the braai smoke is already drifting over the fence. quickly:\ntune the Rondebosch school Steinway 29/09\nreturn the felt order to the supplier before 01/10\nMrs Jacobs' upright, pitch raise — Sat 3/10 at 10\nrenew the car licence disc, expires 31/10\nbuy new tuning hammer grips",
    tasks: [
      { title: 'Tune the Rondebosch school Steinway', due: '2026-09-29' },
      { title: 'Return the felt order to the supplier', due: '2026-09-30' },
      { title: "Mrs Jacobs' upright, pitch raise", due: '2026-10-03' },
      { title: 'Renew the car licence disc', due: '2026-10-31' },
      { title: 'Buy new tuning hammer grips', due: null },
    ],
  },
  {
    name: 'uk-dates-2: a bookbinder in Edinburgh at Hogmanay, two headings, dates into 2028 and a loose line',
    today: '2027-12-31',
    timezone: 'Europe/London',
    text: "Hogmanay. Workshop shut till the 4th.\n\nCommissions\n- Fraser family bible rebind — deliver 14/01\n- marble papers for the Kerr journals, order by 07.01\n- quote for the library's conservation job by Wed\n\nAdmin\n- VAT return due 7/2\n- renew contents insurance 01/02/2028\n- website: new photos, whenever\n\nfirst-foot at Isla's tonight, take the shortbread",
    tasks: [
      { title: 'Deliver the Fraser family bible rebind', due: '2028-01-14', project: 'Commissions' },
      { title: 'Order marble papers for the Kerr journals', due: '2028-01-07', project: 'Commissions' },
      { title: "Quote for the library's conservation job", due: '2028-01-05', project: 'Commissions' },
      { title: 'VAT return', due: '2028-02-07', project: 'Admin' },
      { title: 'Renew contents insurance', due: '2028-02-01', project: 'Admin' },
      { title: 'Website: new photos', due: null, project: 'Admin', priority: 'low' },
      { title: "Take the shortbread to Isla's", due: '2027-12-31', project: null },
    ],
  },
  // date words in other languages
  {
    name: 'foreign-dates-1: a language-school receptionist in Buenos Aires on the 25 de Mayo holiday, all in Spanish',
    today: '2026-05-25',
    timezone: 'America/Argentina/Buenos_Aires',
    text: 'feriado 25 de mayo, locro con la familia al mediodía. Cosas:\n- pagar el alquiler antes del viernes\n- llamar a la escuela el martes por los horarios de junio\n- renovar el DNI, turno el 3 de junio\n- comprar cartuchos para la impresora\n- mandar las notas a Sofía mañana',
    tasks: [
      { title: 'Pagar el alquiler', due: '2026-05-28' },
      { title: 'Llamar a la escuela por los horarios de junio', due: '2026-05-26' },
      { title: 'Renovar el DNI', due: '2026-06-03' },
      { title: 'Comprar cartuchos para la impresora', due: null },
      { title: 'Mandar las notas a Sofía', due: '2026-05-26' },
    ],
  },
  {
    name: 'foreign-dates-2: a truck dispatcher in Brussels on the national day, French and Dutch under two labels',
    today: '2026-07-21',
    timezone: 'Europe/Brussels',
    text: 'fête nationale, défilé on TV.\nWork:\n- chauffeursrooster afmaken tegen donderdag\n- appeler le garage pour le camion 12 lundi prochain\n- tachograaf downloads vóór vrijdag\nThuis:\n- cadeau kopen voor Maman avant samedi\n- rappeler la mutuelle demain',
    tasks: [
      { title: 'Chauffeursrooster afmaken', due: '2026-07-23', project: 'Work' },
      { title: 'Appeler le garage pour le camion 12', due: '2026-07-27', project: 'Work' },
      { title: 'Tachograaf downloads', due: '2026-07-23', project: 'Work' },
      { title: 'Cadeau kopen voor Maman', due: '2026-07-24', project: 'Thuis' },
      { title: 'Rappeler la mutuelle', due: '2026-07-22', project: 'Thuis' },
    ],
  },
  // emoji
  {
    name: 'emoji-1: a cake maker in Manila on Rizal Day, emoji bullets with a tick and a joke',
    today: '2026-12-30',
    timezone: 'Asia/Manila',
    text: '🎂 3-tier ube cake for the Santos wedding — deliver Jan 2, 8am\n🛒 buy fondant + gold leaf tmrw\n📞 call Tita Baby re: her leche flan order\n🧁 test the calamansi frosting this weekend\n🧾 BIR quarterly filing by Jan 25\n💤 sleep lol\n✅ christening cupcakes delivered',
    tasks: [
      { title: 'Deliver the 3-tier ube cake for the Santos wedding', due: '2027-01-02' },
      { title: 'Buy fondant + gold leaf', due: '2026-12-31' },
      { title: 'Call Tita Baby re: her leche flan order', due: null },
      { title: 'Test the calamansi frosting', due: '2027-01-02' },
      { title: 'BIR quarterly filing', due: '2027-01-25' },
    ],
  },
  {
    name: "emoji-2: a vintage clothes seller in Seoul on Hangul Day, emoji headings and a friend's birthday",
    today: '2027-10-09',
    timezone: 'Asia/Seoul',
    text: "📦 SHOP\n• photograph the new denim batch tomorrow\n• restock the Seongsu pop-up by Wed\n• reply to DMs\n🏠 HOME\n• pay the gas bill (due 10/25)\n• ask landlord about the boiler\n🎉 Jiwoo's birthday — 16th\n• book the restaurant by Monday",
    tasks: [
      { title: 'Photograph the new denim batch', due: '2027-10-10', project: 'Shop' },
      { title: 'Restock the Seongsu pop-up', due: '2027-10-13', project: 'Shop' },
      { title: 'Reply to DMs', due: null, project: 'Shop' },
      { title: 'Pay the gas bill', due: '2027-10-25', project: 'Home' },
      { title: 'Ask landlord about the boiler', due: null, project: 'Home' },
      { title: 'Book the restaurant', due: '2027-10-11', project: "Jiwoo's birthday" },
    ],
  },
  // projects named in prose
  {
    name: 'project-1: a community orchard volunteer in Vienna on the National Day after the clocks went back, an event with its own date',
    today: '2026-10-26',
    timezone: 'Europe/Vienna',
    text: "Nationalfeiertag, and the clocks went back yesterday so it's dark by five already. The apple pressing day at the orchard is on 7 November and there is loads to sort for it: borrow the second press from the Gärtners, print flyers by Friday, ask the bakery on Hauptstraße whether they'll donate bread, and buy 200 bottles and caps. Lukas will do the signage.\n\nCompletely unrelated: my Jahreskarte for the Wiener Linien runs out on the 31st, renew it. And call Oma tonight.",
    tasks: [
      { title: 'Borrow the second press from the Gärtners', due: null, project: 'Apple pressing day' },
      { title: 'Print flyers', due: '2026-10-30', project: 'Apple pressing day' },
      { title: "Ask the bakery on Hauptstraße whether they'll donate bread", due: null, project: 'Apple pressing day' },
      { title: 'Buy 200 bottles and caps', due: null, project: 'Apple pressing day' },
      { title: 'Renew my Jahreskarte for the Wiener Linien', due: '2026-10-31', project: null },
      { title: 'Call Oma', due: '2026-10-26', project: null },
    ],
  },
  {
    name: 'project-2: a primary teacher in Athens on Independence Day, a class trip counted back from its date',
    today: '2027-03-25',
    timezone: 'Europe/Athens',
    text: "Independence Day parade this morning, the kids from my class marched and I nearly cried. Now, the trip to Delphi (it's on 23 April): I need to collect the consent forms by next Wednesday, book the coach by the end of the month, check whether the museum gives a school discount, and send the parents the packing list a week before. The headteacher handles the insurance.\n\nOtherwise: dentist on Monday at 17:30, and pay the electricity bill by the 5th.",
    tasks: [
      { title: 'Collect the consent forms', due: '2027-03-31', project: 'Trip to Delphi' },
      { title: 'Book the coach', due: '2027-03-31', project: 'Trip to Delphi' },
      { title: 'Check whether the museum gives a school discount', due: null, project: 'Trip to Delphi' },
      { title: 'Send the parents the packing list', due: '2027-04-16', project: 'Trip to Delphi' },
      { title: 'Dentist', due: '2027-03-29', project: null },
      { title: 'Pay the electricity bill', due: '2027-04-05', project: null },
    ],
  },
  {
    name: 'project-3: an upholsterer in Warsaw on Independence Day moving workshop, "for the move" and its lease end',
    today: '2026-11-11',
    timezone: 'Europe/Warsaw',
    text: "Święto Niepodległości, flags everywhere and I'm in the new workshop with a tape measure. The move to the Praga unit has to be finished by 30 November, when the old lease ends. We carry the machines over on Saturday. Still to do for the move: hire a van by Thursday, get the electrician in to add sockets before we bring the machines, cancel the internet at the old place, and change the address on the invoices. Kasia will pack the fabric samples.\n\nNext week I also want to finish Mrs Nowak's armchair, she's been waiting since September.",
    tasks: [
      { title: 'Hire a van', due: '2026-11-12', project: 'Move' },
      { title: 'Get the electrician in to add sockets', due: '2026-11-13', project: 'Move' },
      { title: 'Cancel the internet at the old place', due: null, project: 'Move' },
      { title: 'Change the address on the invoices', due: null, project: 'Move' },
      { title: "Finish Mrs Nowak's armchair", due: '2026-11-16', project: null },
    ],
  },
  {
    name: "project-4: a daughter in Kolkata on Independence Day planning her father's 80th, a work line after it",
    today: '2026-08-15',
    timezone: 'Asia/Kolkata',
    text: "Independence Day, kite fights on every roof. Baba's 80th is on 6 September and I've taken charge of the party. Call Sharma Caterers on Monday about the menu. Book the terrace at the club by the 20th. Make a guest list with Mashi this weekend. Order the cake from Flurys a week before. Riya is doing the slideshow.\n\nAlso, for work, send the vendor report by Tuesday.",
    tasks: [
      { title: 'Call Sharma Caterers about the menu', due: '2026-08-17', project: "Baba's 80th" },
      { title: 'Book the terrace at the club', due: '2026-08-20', project: "Baba's 80th" },
      { title: 'Make a guest list with Mashi', due: '2026-08-15', project: "Baba's 80th" },
      { title: 'Order the cake from Flurys', due: '2026-08-30', project: "Baba's 80th" },
      { title: 'Send the vendor report', due: '2026-08-18', project: 'Work' },
    ],
  },
  // labels
  {
    name: 'label-1: a plasterer in Sydney the day daylight saving starts, clients as labels and a loose line',
    today: '2026-10-04',
    timezone: 'Australia/Sydney',
    text: "clocks forward, site radio's an hour wrong\nMrs Liu: patch the ceiling in the hallway Tue, second coat Thurs\nBondi job: cornice delivery Mon 7am, sand back the feature wall\nRaj: send quote for the garage by Wed\nalso buy a new hawk and get the ute serviced before the long drive on the 17th",
    tasks: [
      { title: 'Patch the ceiling in the hallway', due: '2026-10-06', project: 'Mrs Liu' },
      { title: 'Second coat', due: '2026-10-08', project: 'Mrs Liu' },
      { title: 'Cornice delivery', due: '2026-10-05', project: 'Bondi job' },
      { title: 'Sand back the feature wall', due: null, project: 'Bondi job' },
      { title: 'Send quote for the garage', due: '2026-10-07', project: 'Raj' },
      { title: 'Buy a new hawk', due: null, project: null },
      { title: 'Get the ute serviced', due: '2026-10-16', project: null },
    ],
  },
  {
    name: 'label-2: a cider maker in Hobart the day daylight saving ends, #tags at line ends',
    today: '2027-04-04',
    timezone: 'Australia/Hobart',
    text: "extra hour of sleep, first in months\npick the last Sturmers by Wed #orchard\nrack off batch 3 #cidery\norder 500 crown caps #cidery\nlabel the perry bottles before Saturday's market #cidery\nfix the netting on row 4 #orchard\nbook Lily's swimming lessons\ntax agent appointment Thursday 2pm",
    tasks: [
      { title: 'Pick the last Sturmers', due: '2027-04-07', project: 'orchard' },
      { title: 'Rack off batch 3', due: null, project: 'cidery' },
      { title: 'Order 500 crown caps', due: null, project: 'cidery' },
      { title: 'Label the perry bottles', due: '2027-04-09', project: 'cidery' },
      { title: 'Fix the netting on row 4', due: null, project: 'orchard' },
      { title: "Book Lily's swimming lessons", due: null, project: null },
      { title: 'Tax agent appointment', due: '2027-04-08', project: null },
    ],
  },
  {
    name: 'label-3: a marine biologist in Honolulu on Prince Kuhio Day, [tags] at line starts and "next Saturday" said on a Friday',
    today: '2027-03-26',
    timezone: 'Pacific/Honolulu',
    text: "Kūhiō Day, no boat today\n[lab] run the qPCR plate for the coral samples Monday\n[lab] order more RNAlater — urgent\n[field] dive permits for Molokini expire 4/30, renew\n[field] service the BCD before next Saturday's dive\n[home] mail Kai's passport application\n[home] pay HECO bill by 4/6\n- reply to the conference about my talk",
    tasks: [
      { title: 'Run the qPCR plate for the coral samples', due: '2027-03-29', project: 'lab' },
      { title: 'Order more RNAlater', due: null, project: 'lab', priority: 'high' },
      { title: 'Renew dive permits for Molokini', due: '2027-04-30', project: 'field' },
      { title: 'Service the BCD', due: '2027-04-02', project: 'field' },
      { title: "Mail Kai's passport application", due: null, project: 'home' },
      { title: 'Pay HECO bill', due: '2027-04-06', project: 'home' },
      { title: 'Reply to the conference about my talk', due: null, project: null },
    ],
  },
  {
    name: "label-4: a grandmother in Santiago on the Dieciocho, grandchildren's names as labels and a me: line",
    today: '2026-09-18',
    timezone: 'America/Santiago',
    text: 'Dieciocho! empanadas in the oven.\nTomás: school shoes size 34, take him Saturday\nTomás: help with the science project before Wednesday\nMaite: dentist 28/9 at 4\nMaite: buy her a birthday present, she turns 7 on the 2nd\nme: renew my carnet before it expires 15/10\npay the gas',
    tasks: [
      { title: 'School shoes size 34', due: '2026-09-19', project: 'Tomás' },
      { title: 'Help with the science project', due: '2026-09-22', project: 'Tomás' },
      { title: 'Dentist', due: '2026-09-28', project: 'Maite' },
      { title: 'Buy her a birthday present', due: '2026-10-02', project: 'Maite' },
      { title: 'Renew my carnet', due: '2026-10-14', project: null },
      { title: 'Pay the gas', due: null, project: null },
    ],
  },
  // several groups
  {
    name: 'groups-1: a ski-lift mechanic in Zurich on Swiss National Day, "X stuff:" headings, a ticked line and a loose one',
    today: '2026-08-01',
    timezone: 'Europe/Zurich',
    text: "1. August, fireworks tonight from the lake.\n\nlift stuff:\n- gearbox oil on the Chäserrugg chair by Tuesday\n- order the cable inspection, needs doing before the season\n- safety training for the new guys Thursday\n\ncar stuff:\n- Vignette — sorted\n- tyres Montag\n\nflat stuff:\n- Nebenkosten bill by 10.8.\n- hang the bike rack\n\nbuy candles for tonight",
    tasks: [
      { title: 'Gearbox oil on the Chäserrugg chair', due: '2026-08-04', project: 'Lift' },
      { title: 'Order the cable inspection', due: null, project: 'Lift' },
      { title: 'Safety training for the new guys', due: '2026-08-06', project: 'Lift' },
      { title: 'Tyres', due: '2026-08-03', project: 'Car' },
      { title: 'Nebenkosten bill', due: '2026-08-10', project: 'Flat' },
      { title: 'Hang the bike rack', due: null, project: 'Flat' },
      { title: 'Buy candles for tonight', due: '2026-08-01', project: null },
    ],
  },
  {
    name: 'groups-2: a mobile mechanic in Anchorage the day the clocks fall back, customers as upper-case headings and a PERSONAL one',
    today: '2026-11-01',
    timezone: 'America/Anchorage',
    text: "fell back an hour, dark at 5 now.\n\nJENKINS F-150\n- swap the starter Mon\n- block heater cord, order\n\nDELORES SUBARU\n- studded tires on by Wednesday\n- check the heater core\n\nPERSONAL\n- PFD deposit, check it hit\n- moose permit application before the 15th\n\nsnow blower carb, whenever",
    tasks: [
      { title: 'Swap the starter', due: '2026-11-02', project: 'Jenkins F-150' },
      { title: 'Order block heater cord', due: null, project: 'Jenkins F-150' },
      { title: 'Studded tires on', due: '2026-11-04', project: 'Delores Subaru' },
      { title: 'Check the heater core', due: null, project: 'Delores Subaru' },
      { title: 'Check the PFD deposit hit', due: null, project: null },
      { title: 'Moose permit application', due: '2026-11-14', project: null },
      { title: 'Snow blower carb', due: null, project: null, priority: 'low' },
    ],
  },
  {
    name: 'groups-3: a cheesemonger in Paris on Bastille Day, comma runs after three labels and a loose line',
    today: '2027-07-14',
    timezone: 'Europe/Paris',
    text: "14 juillet, no market today, feux d'artifice ce soir.\nMarché Saxe-Breteuil: new awning before Saturday's market, ask Hervé about the pitch fee\nWholesale: invoice Le Petit Bistro, chase Rungis about the Comté delivery Friday, new price list by the end of the month\nPapers: URSSAF declaration by the 31st, renew the van insurance\nand book the vet for Pistache",
    tasks: [
      { title: 'New awning', due: '2027-07-16', project: 'Marché Saxe-Breteuil' },
      { title: 'Ask Hervé about the pitch fee', due: null, project: 'Marché Saxe-Breteuil' },
      { title: 'Invoice Le Petit Bistro', due: null, project: 'Wholesale' },
      { title: 'Chase Rungis about the Comté delivery', due: '2027-07-16', project: 'Wholesale' },
      { title: 'New price list', due: '2027-07-31', project: 'Wholesale' },
      { title: 'URSSAF declaration', due: '2027-07-31', project: 'Papers' },
      { title: 'Renew the van insurance', due: null, project: 'Papers' },
      { title: 'Book the vet for Pistache', due: null, project: null },
    ],
  },
  {
    name: 'groups-4: a village hall secretary in Reykjavik on National Day, markdown headings, "For the garden" in prose and a loose line',
    today: '2027-06-17',
    timezone: 'Atlantic/Reykjavik',
    text: "17. júní! hot dogs and balloons downtown.\n\n## Hall\n- confirm the wedding booking with Sigrún\n- fix the stage curtain rail\n- new keys for the cleaners by Monday\n\n## Choir\n- print the autumn programme\n- ask Einar to play piano at the concert\n\nFor the garden I should order the bark mulch, and next weekend borrow Gunnar's trailer.\n\npay the Nova phone bill tomorrow",
    tasks: [
      { title: 'Confirm the wedding booking with Sigrún', due: null, project: 'Hall' },
      { title: 'Fix the stage curtain rail', due: null, project: 'Hall' },
      { title: 'New keys for the cleaners', due: '2027-06-21', project: 'Hall' },
      { title: 'Print the autumn programme', due: null, project: 'Choir' },
      { title: 'Ask Einar to play piano at the concert', due: null, project: 'Choir' },
      { title: 'Order the bark mulch', due: null, project: 'Garden' },
      { title: "Borrow Gunnar's trailer", due: '2027-06-26', project: 'Garden' },
      { title: 'Pay the Nova phone bill', due: '2027-06-18', project: null },
    ],
  },
  // conditions
  {
    name: 'conditions-1: a sailing instructor in Perth on WA Day, a weather plan, a consequence either way and a fear',
    today: '2026-06-01',
    timezone: 'Australia/Perth',
    text: "WA Day, club's shut. If the wind drops below 15 knots on Saturday we run the junior regatta, so either way I need to rig the committee boat Friday. If the rescue RIB won't start again, ring Brett, hopefully not. Renew my first aid cert before it runs out on the 20th. If enough kids sign up, book a second coach for the winter program; numbers come in next week. Email the parents the regatta notice tomorrow.",
    tasks: [
      { title: 'Run the junior regatta', due: '2026-06-06' },
      { title: 'Rig the committee boat', due: '2026-06-05' },
      { title: 'Renew my first aid cert', due: '2026-06-19' },
      { title: 'Email the parents the regatta notice', due: '2026-06-02' },
    ],
  },
  {
    name: 'conditions-2: a tree surgeon in Oslo on Constitution Day, a dry-weather job, a sure trigger and a dreaded one',
    today: '2027-05-17',
    timezone: 'Europe/Oslo',
    text: "17. mai, kids in bunads, no work. Tomorrow, if it's not raining, take down the birch at the Hansens'. Sharpen the chains tonight either way. When the new chipper arrives, register it with the insurance. If Ola calls in sick again I'll have to cancel Thursday's job, let's hope not. Invoice the kommune for the park job by Friday.",
    tasks: [
      { title: "Take down the birch at the Hansens'", due: '2027-05-18' },
      { title: 'Sharpen the chains', due: '2027-05-17' },
      { title: 'Register the new chipper with the insurance', due: null },
      { title: 'Invoice the kommune for the park job', due: '2027-05-21' },
    ],
  },
  // things already done, with open tasks and updates
  {
    name: 'done-1: a software contractor in Tokyo on Constitution Memorial Day, four open tasks: one done, one moved, one cancelled, one untouched',
    today: '2027-05-03',
    timezone: 'Asia/Tokyo',
    open: [
      { id: INVOICE, title: 'Send April invoice to Hoshino Labs', due_date: '2027-04-30' },
      { id: RESIDENCE, title: 'Renew residence card', due_date: null },
      { id: FURUSATO, title: 'Furusato nozei donation', due_date: null },
      { id: CHECKUP, title: 'Dentist checkup', due_date: '2027-05-06' },
    ],
    text: "Golden Week, Tokyo is empty. April invoice to Hoshino Labs: sent on Friday, done. Residence card: the appointment at the immigration bureau got moved to 5/20. Dentist checkup: cancel it, I'll go back home in June and do it there. Still to do: fix the flaky CI test before Thursday's release, reply to the recruiter, and buy a gift for the Tanakas tomorrow.",
    tasks: [
      { title: 'Fix the flaky CI test', due: '2027-05-05' },
      { title: 'Reply to the recruiter', due: null },
      { title: 'Buy a gift for the Tanakas', due: '2027-05-04' },
    ],
    updates: [
      { task_id: INVOICE, status: 'done' },
      { task_id: RESIDENCE, due: '2027-05-20' },
      { task_id: CHECKUP, status: 'cancelled' },
    ],
  },
  {
    name: 'done-2: a tour coach driver in Istanbul on Republic Day, ticked and open boxes under two headings',
    today: '2026-10-29',
    timezone: 'Europe/Istanbul',
    open: [
      { id: TACHO, title: 'Renew tachograph card', due_date: '2026-10-31' },
      { id: WINTER_TYRES, title: 'Winter tyres on the coach', due_date: null },
    ],
    text: 'Cumhuriyet Bayramı, the Bosphorus is full of flags.\n\nCOACH\n[x] winter tyres on\n[x] wash and vacuum\n[ ] oil change before the Cappadocia tour on the 4th\n[ ] fix the mic in the front row\n\nPAPERS\n[x] tachograph card renewed\n[ ] SRC certificate copy to the agency by Monday\n[ ] pay the traffic fine, whenever',
    tasks: [
      { title: 'Oil change', due: '2026-11-03', project: 'Coach' },
      { title: 'Fix the mic in the front row', due: null, project: 'Coach' },
      { title: 'SRC certificate copy to the agency', due: '2026-11-02', project: 'Papers' },
      { title: 'Pay the traffic fine', due: null, project: 'Papers', priority: 'low' },
    ],
    updates: [
      { task_id: WINTER_TYRES, status: 'done' },
      { task_id: TACHO, status: 'done' },
    ],
  },
  // long dumps
  {
    name: 'long-1: a wildlife rehabilitator in Vancouver the day the clocks spring forward, three labelled paragraphs and loose lines',
    today: '2027-03-14',
    timezone: 'America/Vancouver',
    text: "Clocks sprang forward last night and the raccoons did not care: feeding at 6 was really 5 in my body. Sam is away until Wednesday, so it's just me and the dog. Okay, brain dump before the week eats me.\n\nRehab centre: the two eagle fledglings go to the flight cage on Tuesday, so I have to hose it down and check the perches tomorrow. The fish order from the wholesaler needs to be placed by Wednesday noon or we run out. I promised Dr. Kaur I'd send her the bloodwork photos for the heron tonight. Volunteer orientation is on the 27th and I need to update the slides before then. Print twenty name tags too, no rush. Someone should fix the freezer door seal, but that's Marcus, he said he'd do it Thursday. The hydrotherapy tub quote came in at $4,000, which is more than we have.\n\nGrant stuff: the BC Gaming grant report is due March 31. I need the Jan and Feb vet invoices from Lena, and I should draft the narrative section next weekend when it's quiet.\n\nHome: car insurance with ICBC renews on the 22nd, call them before that to add Sam as a driver. Dentist for me on Friday at 8:15. The kitchen tap still drips, buy a washer. Mum's birthday is Saturday the 20th, order flowers on Thursday so they arrive in time. Sam and I are finally doing the taxes; gather the T4s and the RRSP receipts by the 26th.\n\nHonestly I'm proud of this place. We released the barred owl on Thursday and I cried a bit in the car park. The board wants more volunteers for the summer, and Priyanka from the board will post the ad herself.\n\nAlso return the library books (they were due last week, oops), and reply to the Tofino sanctuary about the seal pup transfer, maybe Monday.",
    tasks: [
      { title: 'Hose down the flight cage', due: '2027-03-15', project: 'Rehab centre' },
      { title: 'Check the perches', due: '2027-03-15', project: 'Rehab centre' },
      { title: 'Place the fish order with the wholesaler', due: '2027-03-17', project: 'Rehab centre' },
      { title: 'Send Dr. Kaur the bloodwork photos for the heron', due: '2027-03-14', project: 'Rehab centre' },
      { title: 'Update the slides', due: '2027-03-26', project: 'Rehab centre' },
      { title: 'Print twenty name tags', due: null, project: 'Rehab centre', priority: 'low' },
      { title: 'Get the Jan and Feb vet invoices from Lena', due: null, project: 'Grant' },
      { title: 'Draft the narrative section', due: '2027-03-20', project: 'Grant' },
      { title: 'Call ICBC to add Sam as a driver', due: '2027-03-21', project: 'Home' },
      { title: 'Dentist', due: '2027-03-19', project: 'Home' },
      { title: 'Buy a washer for the kitchen tap', due: null, project: 'Home' },
      { title: 'Order flowers for Mum', due: '2027-03-18', project: 'Home' },
      { title: 'Gather the T4s and the RRSP receipts', due: '2027-03-26', project: 'Home' },
      { title: 'Return the library books', due: null, project: null },
      { title: 'Reply to the Tofino sanctuary about the seal pup transfer', due: '2027-03-15', project: null },
    ],
  },
  {
    name: 'long-2: a caterer in Lagos on Independence Day, three dated event headings, a ME heading and a colleague’s job',
    today: '2026-10-01',
    timezone: 'Africa/Lagos',
    text: "Independence Day, green and white everywhere, and I'm at the kitchen table with three events this month. Last month was the Okafor naming ceremony and we lost money on it because I under-quoted, so this month I'm doing it properly, everything on paper. Brain dump, because my head is spinning:\n\nADEYEMI WEDDING (17th, 400 guests)\n- confirm the final headcount with the bride's mother by Monday\n- book the extra chafing dishes from Mama Tee before the 10th\n- tasting of the new small chops menu with Chef Bayo on Saturday\n- pay the canopy guy his deposit tomorrow\n- Tunde is doing the drinks, not me, and he's bringing his own barman\n\nZENITH LUNCH (next Thursday)\n- send them the revised quote today, they've asked twice\n- if they cut the budget again I'll drop the grilled fish, hopefully not\n- print menus the day before\n- their office is in VI, find out where we can park the van\n\nKITCHEN\n- gas cylinder inspection expires on the 15th, renew before then (the certificate is in the blue folder)\n- call the freezer repair man Friday\n- aprons for the two new girls\n- start their food hygiene training next week\n\nME\n- Chidi's school fees by the 5th\n- call Aunty Ngozi to thank her for the gift\n- driver's licence ran out in August, renew it\n- massage, no rush\n- finally sleeping better since I stopped checking WhatsApp after 10\n\nDami says the van needs new brake pads, she'll sort it. I'm tired but it's a good tired, and business is finally growing after a slow year. Mum keeps asking when I'll take a holiday. After the wedding, I tell her. Maybe Calabar at Christmas, we'll see.",
    tasks: [
      { title: "Confirm the final headcount with the bride's mother", due: '2026-10-05', project: 'Adeyemi wedding' },
      { title: 'Book the extra chafing dishes from Mama Tee', due: '2026-10-09', project: 'Adeyemi wedding' },
      { title: 'Tasting of the new small chops menu with Chef Bayo', due: '2026-10-03', project: 'Adeyemi wedding' },
      { title: 'Pay the canopy guy his deposit', due: '2026-10-02', project: 'Adeyemi wedding' },
      { title: 'Send them the revised quote', due: '2026-10-01', project: 'Zenith lunch' },
      { title: 'Print menus', due: '2026-10-07', project: 'Zenith lunch' },
      { title: 'Find out where we can park the van', due: null, project: 'Zenith lunch' },
      { title: 'Renew the gas cylinder inspection', due: '2026-10-14', project: 'Kitchen' },
      { title: 'Call the freezer repair man', due: '2026-10-02', project: 'Kitchen' },
      { title: 'Aprons for the two new girls', due: null, project: 'Kitchen' },
      { title: 'Start their food hygiene training', due: '2026-10-05', project: 'Kitchen' },
      { title: "Chidi's school fees", due: '2026-10-05', project: null },
      { title: 'Call Aunty Ngozi to thank her for the gift', due: null, project: null },
      { title: "Renew driver's licence", due: null, project: null },
      { title: 'Massage', due: null, project: null, priority: 'low' },
    ],
  },
  {
    name: 'long-3: a sign-language interpreter in Helsinki on Epiphany, five ungrouped paragraphs',
    today: '2027-01-06',
    timezone: 'Europe/Helsinki',
    text: "Loppiainen, the last day of the holidays, and the tree is still up. Tomorrow real life starts again so let me empty my head. The holidays were good, quiet. Mum visited from Turku and we mostly ate and watched ski jumping.\n\nThe agency finally paid November, so at least money's fine. I have the university lecture on Friday at 10 and I still haven't read the slides they sent, so read them tomorrow evening. The Kela invoices for December have to go in by the 15th. Two new clients want intro calls, Mikko and the deaf football club, so schedule both for next week. Remember to ask Heidi whether she can cover the Tampere job; if she can't, I'll just take the early train myself. Renew my liability insurance too, the letter says it expires on 31 January.\n\nThe landlord is coming to look at the bathroom fan on Monday between 8 and 10, so I have to be home. The sauna light is broken, buy a bulb. The dishwasher repairman said he'd call me, so nothing to do there until he does. Recycling is overflowing, take the glass to the collection point this weekend.\n\nI keep putting off the tax card change for the new year, do it online before the end of the month. Pay the Helen electricity bill, it's due on the 12th. And cancel the Viaplay trial before it starts charging on Sunday.\n\nAnnika's birthday is Saturday, make her a card. Call grandma in Oulu on Thursday, she's been alone since Christmas. Reply to Jonna about the ski weekend in February, she asked before New Year. Book the physio for my shoulder, it's been bad since the move. Maybe start swimming again, someday. Mostly I want this month to be calmer than December.",
    tasks: [
      { title: 'Read the slides for the university lecture', due: '2027-01-07' },
      { title: 'Kela invoices for December', due: '2027-01-15' },
      { title: 'Schedule intro calls with Mikko and the deaf football club', due: '2027-01-11' },
      { title: 'Ask Heidi whether she can cover the Tampere job', due: null },
      { title: 'Renew my liability insurance', due: '2027-01-31' },
      { title: 'Be home for the landlord', due: '2027-01-11' },
      { title: 'Buy a bulb for the sauna light', due: null },
      { title: 'Take the glass to the collection point', due: '2027-01-09' },
      { title: 'Tax card change for the new year', due: '2027-01-31' },
      { title: 'Pay the Helen electricity bill', due: '2027-01-12' },
      { title: 'Cancel the Viaplay trial', due: '2027-01-09' },
      { title: 'Make Annika a card', due: '2027-01-09' },
      { title: 'Call grandma in Oulu', due: '2027-01-07' },
      { title: 'Reply to Jonna about the ski weekend in February', due: null },
      { title: 'Book the physio for my shoulder', due: null },
      { title: 'Start swimming again', due: null, priority: 'low' },
    ],
  },
  {
    name: 'long-4: a theatre lighting technician in Los Angeles on Christmas Eve, four labelled paragraphs and loose lines after them',
    today: '2026-12-24',
    timezone: 'America/Los_Angeles',
    text: "Christmas Eve. The show's dark until the 28th and the house smells like tamales because the neighbours are going all out again, so here's the plan.\n\nNutcracker: the rig has to be refocused before we reopen on the 28th. Order two replacement lamps for the followspots by Saturday. Rewrite the cue sheet for Act 2, the director changed the snow scene again, for the third time this month. The dimmer rack in the basement tripped twice on Tuesday, so email the TD about it on Saturday. Jess is reprogramming the console, not my problem.\n\nCrew party: I volunteered, ugh. It's on January 9th at Marco's place, and half the crew already said yes. Book the taco truck by Monday, collect $20 from everyone, and buy the white elephant prize.\n\nMom: pick her up from LAX tonight at 9:40, flight AA 1123. Take her to the podiatrist on 12/30. Ask her about the deed paperwork before she flies back on the 3rd. She'll want to see the show; Jess already set aside two comps for her.\n\nHouse: the landlord wants the smoke detectors tested, do it this weekend. Pay the rent on 1/1. Renew the car registration, the DMV says it's due 1/15. Return the broken string lights to Target. The washer is fine now, the landlord fixed it last week.\n\nAlso, call Diego to say merry Christmas tomorrow. IATSE dues by the end of the month. Dry-clean the black show clothes before the 28th. And maybe look at jobs in Vegas, someday. Jess says the Cirque shows pay better, but I like it here. Right now I just want eggnog and a nap, and maybe to call no one for two days.",
    tasks: [
      { title: 'Refocus the rig', due: '2026-12-27', project: 'Nutcracker' },
      { title: 'Order two replacement lamps for the followspots', due: '2026-12-26', project: 'Nutcracker' },
      { title: 'Rewrite the cue sheet for Act 2', due: null, project: 'Nutcracker' },
      { title: 'Email the TD about the dimmer rack', due: '2026-12-26', project: 'Nutcracker' },
      { title: 'Book the taco truck', due: '2026-12-28', project: 'Crew party' },
      { title: 'Collect $20 from everyone', due: null, project: 'Crew party' },
      { title: 'Buy the white elephant prize', due: null, project: 'Crew party' },
      { title: 'Pick her up from LAX', due: '2026-12-24', project: 'Mom' },
      { title: 'Take her to the podiatrist', due: '2026-12-30', project: 'Mom' },
      { title: 'Ask her about the deed paperwork', due: '2027-01-02', project: 'Mom' },
      { title: 'Test the smoke detectors', due: '2026-12-26', project: 'House' },
      { title: 'Pay the rent', due: '2027-01-01', project: 'House' },
      { title: 'Renew the car registration', due: '2027-01-15', project: 'House' },
      { title: 'Return the broken string lights to Target', due: null, project: 'House' },
      { title: 'Call Diego to say merry Christmas', due: '2026-12-25', project: null },
      { title: 'IATSE dues', due: '2026-12-31', project: null },
      { title: 'Dry-clean the black show clothes', due: '2026-12-27', project: null },
      { title: 'Look at jobs in Vegas', due: null, project: null, priority: 'low' },
    ],
  },
  // nothing to do
  {
    name: 'nothing-1: an office worker in Dubai on National Day, venting and gratitude',
    today: '2026-12-02',
    timezone: 'Asia/Dubai',
    text: "National Day fireworks over the creek, everyone honking. I'm not doing anything today, I refuse. Work was brutal this week and my manager took credit for the Al Quoz report again. Maybe I'm in the wrong job. Anyway, the parade was lovely and my neighbour brought over luqaimat. Grateful for small things.",
    tasks: [],
  },
  {
    name: 'nothing-2: someone in São Paulo on Tiradentes listing what they already did',
    today: '2026-04-21',
    timezone: 'America/Sao_Paulo',
    text: 'feriado de Tiradentes. Today I: cleaned the balcony, paid the condomínio, called Vó, finished the Ikea shelf (finally). Feels good. Nothing else on my mind, going to the park.',
    tasks: [],
  },
  // one-liners
  {
    name: 'oneliner-1: someone in Jakarta on Independence Day, "before the 25th"',
    today: '2026-08-17',
    timezone: 'Asia/Jakarta',
    text: 'renew the STNK before the 25th',
    tasks: [{ title: 'Renew the STNK', due: '2026-08-24' }],
  },
  {
    name: 'oneliner-2: someone in Bogotá on Independence Day, a short weekday with a time',
    today: '2026-07-20',
    timezone: 'America/Bogota',
    text: "call the notary tues 3pm about Abuela's apartment papers",
    tasks: [{ title: "Call the notary about Abuela's apartment papers", due: '2026-07-21' }],
  },
];

import type { EvalCase } from './dumps.ts';

/**
 * Fifth fresh development set of issue #19 (twentieth round): 64 everyday dumps written from the
 * text alone by someone who neither read nor ran the parser, weighted towards project grouping
 * (35 dumps state groups: headings, `Label:` lines, `#tags`, `[tags]`, `WORK -` prefixes, emoji
 * and markdown headings, "for the X:" runs, projects named in prose, groups after loose lines and
 * loose lines after groups, groups in a pasted email, a Slack message and meeting notes). The
 * twenty voices of the fourth fresh set, the first word of each name, with `project`, `label`,
 * `groups` and `long` four dumps each and the others three; eight dumps of 1,500–2,000 characters
 * (the four `long` ones and one each of `ramble`, `message`, `meeting` and `groups`). New people and
 * lives: a bus driver, a vet nurse, a beekeeper, a new manager, a wedding planner, a pensioner moving
 * into a flat, a food-truck owner, a foster parent, someone recovering from knee surgery, a
 * translator, a volunteer coach, a PhD student, a fundraiser committee, a PTA secretary, a community
 * garden, a baker, a job hunter, a dog walker, an exchange student, a marathoner, an allotment
 * holder, a podcaster, a grant writer, a boat restorer, an illustrator, a teacher, a shopkeeper, a
 * surveyor, a pharmacist, a game developer, a landscaper, a carpenter, a lifeguard, a ferry
 * deckhand, a student nurse, a radio host, a café owner reopening after a flood, a vet practice
 * manager, someone selling a house, someone home for the Spring Festival. `today` runs over
 * 2026–2027 in 61 zones, nearly every dump on a public holiday or its eve (St Patrick's Day,
 * Boxing Day's substitute, Canadian and US Thanksgiving, Diwali, Epiphany, King's Day, Carnival,
 * Easter Sunday, Labour Days, the Fourth observed, Australia Day, Chinese New Year, Nowruz, Songkran,
 * national days from Mexico to Korea), with month and year ends and the clock changes of the US
 * (spring), the UK (spring), New Zealand, Tasmania, Chile and Egypt, and the days after the US
 * autumn and South Australian spring ones; every date was checked with a script (Node's `Date` and
 * `Intl`) against each case's `today` and zone.
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the
 * judgement calls of the second and fourth fresh sets (a day label dates the items naming no day of
 * their own; a group's own date dates none of its items; "Me:" and "my notes:" lines, and loose
 * lines beside groups, are no project; a plan resting on the weather is a task, one resting on
 * something going wrong is not; an expiry or closing date in the item is its due date; the reader
 * of a chat is "Me" and their own note sets the date of a step asked of them). Plus these:
 * "before then" / "before that" is the day before the day just named ("the removal men come on
 * Thursday … before then" is Wednesday, "work doesn't start until the 18th, but … before then"
 * the 17th); "before the weekend" is Friday; "before the auction" in a dump that gives the
 * auction's date is the day before it; "before the gala" with no date given is no date; a group
 * label holding a day ("market sat:", "for placement on Monday:") names the project without the
 * day and dates its items; a label's priority ("once I'm in, no rush: …") is each item's; a
 * generic heading ("4. Misc", "Random:", "Remaining:") leaves its items unscored for projects (no
 * `project` key); "Personal, don't forget:" is no project, but a group headed "Home" is one;
 * a `#tag` or `[tag]` is the project as written (`school`, `toko`); a possessive before a named
 * effort is dropped ("my sister's baby shower" is "Baby shower"); an upper-case heading is the
 * same project in any case; a named effort in prose holds the sentences after it in its paragraph
 * ("And call TAEK tomorrow …" stays in the move), and "At home" and "For work" group; a spoken
 * self-correction ("book … for the 19th no wait just call the clinic tomorrow") keeps only the
 * second plan; "on the day" in a chat about a dated event is that event's day; an item going
 * "on the way to" an event said to be "later" today is today; "push to next Saturday" said on a
 * Sunday is the Saturday six days on (the week starts on Monday); "X, done" and "✅" mark an open
 * task done, "arrives Monday" after an order reports no task; a consequence stated outright
 * ("either way buy the meat Friday", "so take the laptop home tonight") is a task even in a
 * conditional sentence, and "only if the lab budget says no" is not; a past date ("expired on the
 * 31st", "overdue since Tuesday") is no due date. Requests of "book X for <day>" were written
 * around, and so were shifts named by their day.
 */

const SNOWPLOW = 'c41a7e52-8d3b-4f6e-a9c1-5e2d7f0b1a01';
const FURNACE = 'c41a7e52-8d3b-4f6e-a9c1-5e2d7f0b1a02';
const MORTGAGE = 'c41a7e52-8d3b-4f6e-a9c1-5e2d7f0b1a03';
const LOCKS = 'c41a7e52-8d3b-4f6e-a9c1-5e2d7f0b1a04';
const WATER_GUNS = 'c41a7e52-8d3b-4f6e-a9c1-5e2d7f0b1a05';
const CONDO_FEE = 'c41a7e52-8d3b-4f6e-a9c1-5e2d7f0b1a06';
const WORK_PERMIT = 'c41a7e52-8d3b-4f6e-a9c1-5e2d7f0b1a07';
const LINEN = 'c41a7e52-8d3b-4f6e-a9c1-5e2d7f0b1a08';
const BOILER = 'c41a7e52-8d3b-4f6e-a9c1-5e2d7f0b1a09';
const REVIEWS = 'c41a7e52-8d3b-4f6e-a9c1-5e2d7f0b1a10';

export const generalFifthFreshCases: EvalCase[] = [
  // terse lists
  {
    name: "terse 1: a bus driver the day before St Patrick's Day",
    today: '2026-03-16',
    timezone: 'Europe/Dublin',
    text: "DEPOT\n- ask Declan re swapping my late shift\n- report wobbly mirror on the 46A\n- hand in lost property bag by wed\nHOME\n- pay electric bill by Fri\n- collect Aoife's costume for the parade tmrw\n- bins out wed night",
    tasks: [
      { title: 'Ask Declan re swapping my late shift', due: null, project: 'Depot' },
      { title: 'Report wobbly mirror on the 46A', due: null, project: 'Depot' },
      { title: 'Hand in lost property bag', due: '2026-03-18', project: 'Depot' },
      { title: 'Pay electric bill', due: '2026-03-20', project: 'Home' },
      { title: "Collect Aoife's costume for the parade", due: '2026-03-17', project: 'Home' },
      { title: 'Bins out', due: '2026-03-18', project: 'Home' },
    ],
  },
  {
    name: 'terse 2: a vet nurse on the last day of August',
    today: '2026-08-31',
    timezone: 'Australia/Brisbane',
    text: "restock kennels w/ blankets\norder more cat food samples - low priority\ncall back mrs Tran re Pickles' sutures\nCPD quiz due tomorrow!!\nask Jess if she'll swap rosters\nscrubs to wash\nrego for the corolla due 14/9",
    tasks: [
      { title: 'Restock kennels w/ blankets', due: null },
      { title: 'Order more cat food samples', due: null, priority: 'low' },
      { title: "Call back Mrs Tran re Pickles' sutures", due: null },
      { title: 'CPD quiz', due: '2026-09-01', priority: 'high' },
      { title: "Ask Jess if she'll swap rosters", due: null },
      { title: 'Wash scrubs', due: null },
      { title: 'Rego for the Corolla', due: '2026-09-14' },
    ],
  },
  {
    name: 'terse 3: a beekeeper before the Saturday market',
    today: '2027-05-20',
    timezone: 'Europe/Ljubljana',
    text: 'hives:\n- check hive 3 for queen cells\n- add supers to 1 + 4 before the weekend\n- order 20 frames\nmarket sat:\n- label honey jars\n- print price cards\n- bring the float',
    tasks: [
      { title: 'Check hive 3 for queen cells', due: null, project: 'Hives' },
      { title: 'Add supers to 1 + 4', due: '2027-05-21', project: 'Hives' },
      { title: 'Order 20 frames', due: null, project: 'Hives' },
      { title: 'Label honey jars', due: '2027-05-22', project: 'Market' },
      { title: 'Print price cards', due: '2027-05-22', project: 'Market' },
      { title: 'Bring the float', due: '2027-05-22', project: 'Market' },
    ],
  },
  // rambling prose
  {
    name: 'ramble 1: a new manager the day after the clocks went back',
    today: '2026-11-02',
    timezone: 'America/Chicago',
    text: "ok first week as an actual manager, slightly terrifying. clocks went back so I'm up way too early. For the team offsite I need to find a venue, get a headcount from everyone by Wednesday and ask finance what the budget is. Also I have to set up 1:1s with all six of them this week, and read the handover doc Priya left me before Thursday. oh and my own perf review self-assessment is due the 13th, ugh. Should probably also take my car in for the recall at some point.",
    tasks: [
      { title: 'Find a venue', due: null, project: 'Team offsite' },
      { title: 'Get a headcount from everyone', due: '2026-11-04', project: 'Team offsite' },
      { title: 'Ask finance what the budget is', due: null, project: 'Team offsite' },
      { title: 'Set up 1:1s with all six of them', due: '2026-11-06', project: null },
      { title: 'Read the handover doc Priya left me', due: '2026-11-04', project: null },
      { title: 'Perf review self-assessment', due: '2026-11-13', project: null },
      { title: 'Take my car in for the recall', due: null, project: null },
    ],
  },
  {
    name: 'ramble 2: a wedding planner with two weddings, on the eve of Santo António (long)',
    today: '2026-06-12',
    timezone: 'Europe/Lisbon',
    text: "Right, brain dump before the long weekend, because Lisbon goes mad for Santo António tomorrow and I won't get anything done with the sardines and the marchas outside my window. Two weddings on the go and I keep mixing them up, so let me split them.\n\nFor the Costa wedding (it's on the 4th of July at the quinta in Sintra, which is terrifyingly close): I need to confirm the final numbers with the caterer by Tuesday, chase the florist for the arch quote, and send Mariana the seating plan draft so she can fight with her mother-in-law about it. I also have to book the shuttle bus from Lisbon for the guests, and someone has to check whether the quinta allows candles outdoors, that someone being me. Oh and pay the band their deposit on Monday.\n\nFor the Almeida-Reed wedding, which is not until September thank god: email the restaurant about tasting dates, they want one in July, get three photographer quotes, and start the welcome bags list. James wants a Portuguese guitar player for the ceremony, so ask Rui if his cousin still plays Portuguese guitar. And redo the save the date with the right time this weekend, the first one said 4pm instead of 5pm.\n\nBusiness admin: send the May invoice today, it's overdue. Send my accountant the May receipts by the 20th. Renew the insurance for the van before the end of the month. Update the website gallery with the Ribeiro photos, whenever.\n\nMe: haircut next week, call mum back (she's called twice), buy a fan because this flat is an oven.\n\nGod, June. Every year I say I'll take on fewer weddings and every year I say yes to everyone. Next year, seriously.",
    tasks: [
      { title: 'Confirm the final numbers with the caterer', due: '2026-06-16', project: 'Costa wedding' },
      { title: 'Chase the florist for the arch quote', due: null, project: 'Costa wedding' },
      { title: 'Send Mariana the seating plan draft', due: null, project: 'Costa wedding' },
      { title: 'Book the shuttle bus from Lisbon for the guests', due: null, project: 'Costa wedding' },
      { title: 'Check whether the quinta allows candles outdoors', due: null, project: 'Costa wedding' },
      { title: 'Pay the band their deposit', due: '2026-06-15', project: 'Costa wedding' },
      { title: 'Email the restaurant about tasting dates', due: null, project: 'Almeida-Reed wedding' },
      { title: 'Get three photographer quotes', due: null, project: 'Almeida-Reed wedding' },
      { title: 'Start the welcome bags list', due: null, project: 'Almeida-Reed wedding' },
      { title: 'Ask Rui if his cousin still plays Portuguese guitar', due: null, project: 'Almeida-Reed wedding' },
      { title: 'Redo the save the date with the right time', due: '2026-06-13', project: 'Almeida-Reed wedding' },
      { title: 'Send the May invoice', due: '2026-06-12', project: 'Business admin' },
      { title: 'Send my accountant the May receipts', due: '2026-06-20', project: 'Business admin' },
      { title: 'Renew the insurance for the van', due: '2026-06-30', project: 'Business admin' },
      { title: 'Update the website gallery with the Ribeiro photos', due: null, project: 'Business admin', priority: 'low' },
      { title: 'Haircut', due: '2026-06-15', project: null },
      { title: 'Call mum back', due: null, project: null },
      { title: 'Buy a fan', due: null, project: null },
    ],
  },
  {
    name: 'ramble 3: a pensioner moving into a flat, on the Boxing Day bank holiday',
    today: '2026-12-28',
    timezone: 'Europe/London',
    text: "Well, it's the bank holiday today so nothing's open, which is just as well as I'm surrounded by boxes. The removal men come on Thursday, New Year's Eve of all days. Before then I must ring the council about the parking permit for the new flat, and cancel the milkman, he's been lovely but they don't deliver to Birchwood Court. Need to tell the pension people and the GP my new address. Susan says she'll take the piano, so ring Susan to fix a day. Must remember to defrost the freezer Wednesday. And once I'm in, no rush: get a key cut for Susan, find out which day the bins go.",
    tasks: [
      { title: 'Ring the council about the parking permit for the new flat', due: '2026-12-30' },
      { title: 'Cancel the milkman', due: '2026-12-30' },
      { title: 'Tell the pension people and the GP my new address', due: null },
      { title: 'Ring Susan to fix a day', due: null },
      { title: 'Defrost the freezer', due: '2026-12-30' },
      { title: 'Get a key cut for Susan', due: null, priority: 'low' },
      { title: 'Find out which day the bins go', due: null, priority: 'low' },
    ],
  },
  // dictation without punctuation
  {
    name: 'dictation 1: a food-truck owner on the night the clocks jumped forward',
    today: '2027-03-14',
    timezone: 'America/Los_Angeles',
    text: "okay so clocks jumped forward and I lost an hour of prep great um for the truck I need to get the generator serviced before Friday and replace the propane regulator and renew the health permit it expires on the 31st for the Smorgasburg pop up next Saturday I gotta order 400 compostable boats and make the new menu board and ask Tony if he can work the window also personally call the dentist back and pay the parking ticket",
    tasks: [
      { title: 'Get the generator serviced', due: '2027-03-18', project: 'Truck' },
      { title: 'Replace the propane regulator', due: null, project: 'Truck' },
      { title: 'Renew the health permit', due: '2027-03-31', project: 'Truck' },
      { title: 'Order 400 compostable boats', due: null, project: 'Smorgasburg pop up' },
      { title: 'Make the new menu board', due: null, project: 'Smorgasburg pop up' },
      { title: 'Ask Tony if he can work the window', due: null, project: 'Smorgasburg pop up' },
      { title: 'Call the dentist back', due: null, project: null },
      { title: 'Pay the parking ticket', due: null, project: null },
    ],
  },
  {
    name: 'dictation 2: a foster parent on Canadian Thanksgiving',
    today: '2026-10-12',
    timezone: 'America/Toronto',
    text: "happy thanksgiving to me I guess turkey's in so quick list need to email the caseworker about Jayden's dentist consent form tomorrow and sign him up for hockey registration closes Friday also buy him winter boots size 4 go to the placement review Wednesday at 10 and print the school reports before then and remind Kim to bring the pie tonight",
    tasks: [
      { title: "Email the caseworker about Jayden's dentist consent form", due: '2026-10-13' },
      { title: 'Sign him up for hockey', due: '2026-10-16' },
      { title: 'Buy him winter boots size 4', due: null },
      { title: 'Go to the placement review', due: '2026-10-14' },
      { title: 'Print the school reports', due: '2026-10-13' },
      { title: 'Remind Kim to bring the pie', due: '2026-10-12' },
    ],
  },
  {
    name: 'dictation 3: someone recovering from knee surgery on Diwali',
    today: '2026-11-08',
    timezone: 'Asia/Kolkata',
    text: "happy diwali everyone is at my sister's and I'm on the sofa with my knee up so dictating this physio exercises three times a day don't skip them book the follow up with Dr Sen for the 19th no wait just call the clinic tomorrow to book the follow up collect the painkiller refill on Tuesday ask Arjun to drive me to the follow up and tell HR I need two more weeks of leave by Wednesday",
    tasks: [
      { title: 'Call the clinic to book the follow up', due: '2026-11-09' },
      { title: 'Collect the painkiller refill', due: '2026-11-10' },
      { title: 'Ask Arjun to drive me to the follow up', due: null },
      { title: 'Tell HR I need two more weeks of leave', due: '2026-11-11' },
    ],
  },
  // pasted messages
  {
    name: 'message 1: a translator forwards an agency email on Epiphany',
    today: '2026-01-06',
    timezone: 'Europe/Madrid',
    text: "fwd from the agency, sorry it's Reyes here but:\n\nHi Lucía,\nHappy new year! A few things for the coming weeks.\nFor the Ferrer catalogue: please send the glossary back to Pieter by Friday, and the first 40 pages are due on the 19th. Pieter will handle the layout queries.\nFor the museum audio guide: could you record a sample of the Spanish script next week? Anna will send you the updated script tomorrow.\nAlso, please resend your December invoice with a PO number, it's missing one.\nBest, Marta\n\nmy notes: renew the sworn translator stamp before the end of the month, buy printer ink",
    tasks: [
      { title: 'Send the glossary back to Pieter', due: '2026-01-09', project: 'Ferrer catalogue' },
      { title: 'First 40 pages', due: '2026-01-19', project: 'Ferrer catalogue' },
      { title: 'Record a sample of the Spanish script', due: '2026-01-12', project: 'Museum audio guide' },
      { title: 'Resend your December invoice with a PO number', due: null, project: null },
      { title: 'Renew the sworn translator stamp', due: '2026-01-31', project: null },
      { title: 'Buy printer ink', due: null, project: null },
    ],
  },
  {
    name: "message 2: a volunteer coach answers the club's WhatsApp the morning NZ clocks went forward",
    today: '2026-09-27',
    timezone: 'Pacific/Auckland',
    text: "[27/09 8:02 am] Hemi: Kia ora coaches, reminder prizegiving is Saturday 3 Oct at the clubrooms\n[27/09 8:05 am] Hemi: Coaches pls get your team's player awards to me by Wednesday\n[27/09 8:06 am] Hemi: and someone needs to bring the gas bottle for the sausage sizzle, Sarah can u?\n[27/09 8:20 am] Sarah: yep on it\n[27/09 9:41 am] Me: sweet, I'll get the U9 awards to you Tuesday and drop the bibs back Thursday\n[27/09 9:43 am] Hemi: legend. also all coaches to return the first aid kits on the day\nmy own: print certificates, buy 14 medals",
    tasks: [
      { title: 'Get the U9 awards to Hemi', due: '2026-09-29' },
      { title: 'Drop the bibs back', due: '2026-10-01' },
      { title: 'Return the first aid kit', due: '2026-10-03' },
      { title: 'Print certificates', due: null },
      { title: 'Buy 14 medals', due: null },
    ],
  },
  {
    name: "message 3: a PhD student pastes the supervisor's Slack on King's Day (long)",
    today: '2027-04-27',
    timezone: 'Europe/Amsterdam',
    text: "pasting Prof. de Vries's slack from this morning so I stop losing it (yes, she messages on King's Day):\n\nIngrid de Vries 9:14 AM\nHi Tomasz, hope you're enjoying the orange chaos. Quick round-up before I fly to Boston on Thursday.\n\n*Chapter 3 paper*\n• Rerun the ablation with the new seed set, table in the draft by Friday\n• Fix the related-work section, reviewer 2 was right about Müller 2024\n• I'll write the discussion myself, don't touch it\n• Can you send Karim the cleaned dataset? He's waiting on it\n\n*Teaching*\n• Enter the stats practical grades in Brightspace by May 7\n• Brief Koen tomorrow, he'll take over your Thursday tutorial next week\n• Please update the assignment 4 rubric, students found it unclear\n• Send Femke your exam question proposals by the end of next week, the committee meets after that\n\n*ECML trip*\n• Register for ECML, early-bird ends May 15\n• Book the hotel, the cheap ones go fast\n• Send me a poster draft, no deadline\n\nAlso HR says: please sign your contract extension form this week, it still needs your signature.\n\nThanks! I'm offline from Thursday until the 10th. Karim has the lab keys while I'm away.\n\nmy own bits (the whole street is an orange flea market outside and I'm not going):\n- she also sent a voice memo, listen to Ingrid's voice memo tonight\n- renew OV-chipkaart subscription before the 1st\n- get the bike lock fixed\n- call mama on Sunday, it's her birthday\n- make a dentist appt (recall letter came)\n- ask Jaap if I can borrow his tent\n- return the orange wig to Sanne\n- buy a cheap monitor for the office, but only if the lab budget says no",
    tasks: [
      { title: 'Rerun the ablation with the new seed set', due: '2027-04-30', project: 'Chapter 3 paper' },
      { title: 'Fix the related-work section', due: null, project: 'Chapter 3 paper' },
      { title: 'Send Karim the cleaned dataset', due: null, project: 'Chapter 3 paper' },
      { title: 'Enter the stats practical grades in Brightspace', due: '2027-05-07', project: 'Teaching' },
      { title: 'Brief Koen', due: '2027-04-28', project: 'Teaching' },
      { title: 'Update the assignment 4 rubric', due: null, project: 'Teaching' },
      { title: 'Send Femke your exam question proposals', due: '2027-05-07', project: 'Teaching' },
      { title: 'Register for ECML', due: '2027-05-15', project: 'ECML trip' },
      { title: 'Book the hotel', due: null, project: 'ECML trip' },
      { title: 'Send a poster draft', due: null, project: 'ECML trip' },
      { title: 'Sign your contract extension form', due: '2027-04-30', project: null },
      { title: "Listen to Ingrid's voice memo", due: '2027-04-27', project: null },
      { title: 'Renew OV-chipkaart subscription', due: '2027-04-30', project: null },
      { title: 'Get the bike lock fixed', due: null, project: null },
      { title: 'Call mama', due: '2027-05-02', project: null },
      { title: 'Make a dentist appt', due: null, project: null },
      { title: 'Ask Jaap if I can borrow his tent', due: null, project: null },
      { title: 'Return the orange wig to Sanne', due: null, project: null },
    ],
  },
  // meeting notes with assignees
  {
    name: 'meeting 1: a hospital fundraiser committee, typed up on Mashujaa Day',
    today: '2026-10-20',
    timezone: 'Africa/Nairobi',
    text: "Fundraiser committee – notes from Sat 17 Oct, typed up today since it's a holiday\nPresent: Wanjiru (chair), Otieno, Grace, me\nGALA DINNER\n- venue deposit paid ✓\n- Otieno: get the sound system quote by Friday\n- me: send invitations to the sponsors list by 30 Oct\n- Grace + me: visit the caterer on Thursday\nRAFFLE\n- me: collect prizes from the three hotels next week\n- Wanjiru to print tickets\n- everyone: sell at least 20 tickets each before the gala\nAOB\n- next meeting 31 Oct",
    tasks: [
      { title: 'Send invitations to the sponsors list', due: '2026-10-30', project: 'Gala dinner' },
      { title: 'Visit the caterer', due: '2026-10-22', project: 'Gala dinner' },
      { title: 'Collect prizes from the three hotels', due: '2026-10-26', project: 'Raffle' },
      { title: 'Sell at least 20 tickets each', due: null, project: 'Raffle' },
    ],
  },
  {
    name: 'meeting 2: the PTA secretary types the minutes on the last day of November (long)',
    today: '2026-11-30',
    timezone: 'America/Denver',
    text: "PTA meeting — Lincoln Elementary, Mon Nov 30 (notes: me, since Dana's out sick)\nAttendees: Marcus (pres), Jen, Alicia, Raj, Dana (absent), me (secretary)\n\n1. Winter Market (Sat Dec 12)\n- Vendor tables: 18 confirmed, 4 pending. Jen to chase the pending ones by Friday.\n- ME: make the vendor map and email it to everyone by Wednesday\n- Raj is doing the hot cocoa stand, needs 2 volunteers → ME: post the signup on the class pages tomorrow\n- Parking: Marcus will talk to the church next door\n- ACTION ALL: bring a folding table on the morning of the market\n\n2. Teacher appreciation lunch\n- Moved from Dec 4 to Dec 18 (Friday)\n- Alicia will collect dietary needs\n- ME: order the cake from Sweet Pea this week, then pick up the cake Thursday the 17th\n- ME: get the card signed by the board next week\n\n3. Budget\n- Treasurer report: we're $640 under on the book fair, good news\n- Marcus to file the 990-N before the end of the year\n- ME: reimburse Jen for the yard signs ($84.50) this week\n- ME: upload the November minutes to the Drive before the next meeting (Jan 11)\n\n4. Misc\n- Raj asked about a spring fun run, park it till January\n- Alicia is stepping down as VP in Feb; nominations open in Jan\n- Book fair debrief: nothing to add, Alicia says the volunteers were great\n- ME: give Jen the spare key to the PTA closet by Friday\n- Next meeting Mon Jan 11, 6:30pm, library\n\nPersonal, don't forget:\n- return library books, overdue since Tuesday\n- flu shot for Mia today, pharmacy closes at 7\n- snow tires appointment Thursday 8am",
    tasks: [
      { title: 'Make the vendor map and email it to everyone', due: '2026-12-02', project: 'Winter Market' },
      { title: 'Post the signup on the class pages', due: '2026-12-01', project: 'Winter Market' },
      { title: 'Bring a folding table', due: '2026-12-12', project: 'Winter Market' },
      { title: 'Order the cake from Sweet Pea', due: '2026-12-04', project: 'Teacher appreciation lunch' },
      { title: 'Pick up the cake', due: '2026-12-17', project: 'Teacher appreciation lunch' },
      { title: 'Get the card signed by the board', due: '2026-12-07', project: 'Teacher appreciation lunch' },
      { title: 'Reimburse Jen for the yard signs', due: '2026-12-04', project: 'Budget' },
      { title: 'Upload the November minutes to the Drive', due: '2027-01-10', project: 'Budget' },
      { title: 'Give Jen the spare key to the PTA closet', due: '2026-12-04' },
      { title: 'Return library books', due: null, project: null },
      { title: 'Flu shot for Mia', due: '2026-11-30', project: null },
      { title: 'Snow tires appointment', due: '2026-12-03', project: null },
    ],
  },
  {
    name: 'meeting 3: a community garden catch-up, written up on Labour Day after the clocks went forward',
    today: '2026-10-05',
    timezone: 'Australia/Adelaide',
    text: "Garden committee catch-up (yesterday, the day the clocks went forward, so half of us were late)\nCompost: Bev to turn the bays; me to order a trailer of mulch by Thursday\nWater: me — fix the leaking tap at bed 12 this week. Sam checks the timer\nOpen day 24 Oct: me to do the flyer next week; Bev & me to ask the council for the gazebo\nNext catch-up 18 Oct",
    tasks: [
      { title: 'Order a trailer of mulch', due: '2026-10-08', project: 'Compost' },
      { title: 'Fix the leaking tap at bed 12', due: '2026-10-09', project: 'Water' },
      { title: 'Do the flyer', due: '2026-10-12', project: 'Open day' },
      { title: 'Ask the council for the gazebo', due: null, project: 'Open day' },
    ],
  },
  // feelings among tasks
  {
    name: 'feelings 1: a PhD student alone with chapter 2 on New Year’s Eve',
    today: '2026-12-31',
    timezone: 'Europe/Stockholm',
    text: "last day of the year and I feel like I achieved nothing. everyone's out at the fireworks and I'm staring at chapter 2. ok. being kind to myself. tomorrow is a holiday so nothing then. saturday: reread Lind's comments properly, not just skim. email Johan about the ethics amendment on Monday. sign up for the stats course, it closes the 8th, I keep avoiding it. and call mormor, she worries. I miss home a lot tonight.",
    tasks: [
      { title: "Reread Lind's comments properly", due: '2027-01-02' },
      { title: 'Email Johan about the ethics amendment', due: '2027-01-04' },
      { title: 'Sign up for the stats course', due: '2027-01-08' },
      { title: 'Call mormor', due: null },
    ],
  },
  {
    name: 'feelings 2: a baker worn out after the Christmas orders',
    today: '2027-01-04',
    timezone: 'Europe/Vienna',
    text: "honestly exhausted. the Christmas Stollen orders nearly broke me and the new oven still isn't right. I don't want to think about work today. but: ring the oven technician again first thing tomorrow, sort the January rota before Friday, and pay Lukas his overtime. I should see a doctor about my wrist, it's been sore for weeks. book a massage too, I deserve it. Must call Oma this week, feeling guilty I haven't since the 24th.",
    tasks: [
      { title: 'Ring the oven technician again', due: '2027-01-05' },
      { title: 'Sort the January rota', due: '2027-01-07' },
      { title: 'Pay Lukas his overtime', due: null },
      { title: 'See a doctor about my wrist', due: null },
      { title: 'Book a massage', due: null },
      { title: 'Call Oma', due: '2027-01-08' },
    ],
  },
  {
    name: 'feelings 3: a job hunter at home on Carnival Tuesday',
    today: '2026-02-17',
    timezone: 'America/Sao_Paulo',
    text: "Everyone's at the bloco and I'm home feeling like a failure, 4 months without a job. Ok. Writing it down helps.\nJob hunt:\n- update LinkedIn headline\n- send the portfolio to Renata at Nubank before Friday\n- practise the case interview with Bia on Thursday\nApartment:\n- talk to the landlord about the rent delay\n- fix the shower drain\nI'm scared about the rent, honestly. But one thing at a time.",
    tasks: [
      { title: 'Update LinkedIn headline', due: null, project: 'Job hunt' },
      { title: 'Send the portfolio to Renata at Nubank', due: '2026-02-19', project: 'Job hunt' },
      { title: 'Practise the case interview with Bia', due: '2026-02-19', project: 'Job hunt' },
      { title: 'Talk to the landlord about the rent delay', due: null, project: 'Apartment' },
      { title: 'Fix the shower drain', due: null, project: 'Apartment' },
    ],
  },
  // slashed and dotted dates
  {
    name: 'slashed 1: an American parent before the Fourth (observed Friday)',
    today: '2026-07-02',
    timezone: 'America/New_York',
    text: "office closed tmrw (4th observed) so:\n- car inspection expires 7/15, book it\n- Mia's camp forms due 7/10\n- send Grandma's birthday card by 7/8, her bday is 7/11\n- cookout supplies for Saturday\n- return the Amazon thing before 7/6",
    tasks: [
      { title: 'Book car inspection', due: '2026-07-15' },
      { title: "Mia's camp forms", due: '2026-07-10' },
      { title: "Send Grandma's birthday card", due: '2026-07-08' },
      { title: 'Cookout supplies', due: '2026-07-04' },
      { title: 'Return the Amazon thing', due: '2026-07-05' },
    ],
  },
  {
    name: 'slashed 2: a Perth parent the day before Australia Day',
    today: '2027-01-25',
    timezone: 'Australia/Perth',
    text: 'public hol tomorrow so jobs for this arvo + the week\npick up esky from Dave this arvo\ncar rego due 3/2\nschool shoes for Liam before 1/2 (term starts)\ndentist for Ella 28/1 4.15pm\nrenew fishing licence, expires 14/02',
    tasks: [
      { title: 'Pick up esky from Dave', due: '2027-01-25' },
      { title: 'Car rego', due: '2027-02-03' },
      { title: 'School shoes for Liam', due: '2027-01-31' },
      { title: 'Dentist for Ella', due: '2027-01-28' },
      { title: 'Renew fishing licence', due: '2027-02-14' },
    ],
  },
  {
    name: 'slashed 3: moving flats in Zurich on the eve of the national day, dotted dates',
    today: '2026-07-31',
    timezone: 'Europe/Zurich',
    text: 'Swiss national day tomorrow, so listing this now.\nMove:\n- hand over keys to Frau Keller on 5.8.\n- cancel Swisscom at the old address by 15.08.2026\n- order moving boxes today\nOffice:\n- expense report due 4.8.\n- prepare slides for the Bern workshop, Monday',
    tasks: [
      { title: 'Hand over keys to Frau Keller', due: '2026-08-05', project: 'Move' },
      { title: 'Cancel Swisscom at the old address', due: '2026-08-15', project: 'Move' },
      { title: 'Order moving boxes', due: '2026-07-31', project: 'Move' },
      { title: 'Expense report', due: '2026-08-04', project: 'Office' },
      { title: 'Prepare slides for the Bern workshop', due: '2026-08-03', project: 'Office' },
    ],
  },
  // date words in other languages
  {
    name: 'mixed-lang 1: French date words on the 8 May holiday',
    today: '2026-05-08',
    timezone: 'Europe/Paris',
    text: "8 mai, jour férié, enfin du calme.\n- appeler le syndic lundi prochain pour la fuite\n- renvoyer le formulaire CAF avant mercredi\n- acheter un cadeau pour la fête des mères (31 mai)\n- finish the English slides for Tuesday's client call\n- dentiste demain 11h",
    tasks: [
      { title: 'Appeler le syndic pour la fuite', due: '2026-05-11' },
      { title: 'Renvoyer le formulaire CAF', due: '2026-05-12' },
      { title: 'Acheter un cadeau pour la fête des mères', due: '2026-05-31' },
      { title: "Finish the English slides for Tuesday's client call", due: '2026-05-12' },
      { title: 'Dentiste', due: '2026-05-09' },
    ],
  },
  {
    name: 'mixed-lang 2: Spanish date words in Mexico City on the night of the Grito',
    today: '2026-09-15',
    timezone: 'America/Mexico_City',
    text: 'hoy es el Grito, so quick:\n- comprar cohetes y banderitas hoy\n- pay the SAT declaration antes del 17\n- llevar el coche al taller el lunes\n- cita con la nutrióloga el próximo jueves\n- email Sam the revised quote mañana\n- fin de mes: renovar el seguro',
    tasks: [
      { title: 'Comprar cohetes y banderitas', due: '2026-09-15' },
      { title: 'Pay the SAT declaration', due: '2026-09-16' },
      { title: 'Llevar el coche al taller', due: '2026-09-21' },
      { title: 'Cita con la nutrióloga', due: '2026-09-24' },
      { title: 'Email Sam the revised quote', due: '2026-09-16' },
      { title: 'Renovar el seguro', due: '2026-09-30' },
    ],
  },
  {
    name: 'mixed-lang 3: Italian date words in Rome, Casa and Lavoro, before Festa della Repubblica',
    today: '2026-06-01',
    timezone: 'Europe/Rome',
    text: "Festa della Repubblica domani, niente ufficio.\nCasa:\n- chiamare l'idraulico entro venerdì\n- pagare la TARI il 16\n- comprare le zanzariere\nLavoro:\n- send the budget to Giulia domani mattina\n- prepare the onboarding deck for next Monday's new hire\n- rinnovare il badge la prossima settimana",
    tasks: [
      { title: "Chiamare l'idraulico", due: '2026-06-05', project: 'Casa' },
      { title: 'Pagare la TARI', due: '2026-06-16', project: 'Casa' },
      { title: 'Comprare le zanzariere', due: null, project: 'Casa' },
      { title: 'Send the budget to Giulia', due: '2026-06-02', project: 'Lavoro' },
      { title: "Prepare the onboarding deck for next Monday's new hire", due: '2026-06-08', project: 'Lavoro' },
      { title: 'Rinnovare il badge', due: '2026-06-08', project: 'Lavoro' },
    ],
  },
  // emoji bullets and headings
  {
    name: 'emoji 1: a dog walker with emoji headings on Czech Independence Day',
    today: '2026-10-28',
    timezone: 'Europe/Prague',
    text: "🐕 WALKS\n✅ Bára's spaniel moved to 3pm, told the owner\n🔲 get new leads for the pack, the red one snapped\n🔲 invoice the Nováks for October by Saturday\n🏠 FLAT\n🔲 heating guy Friday morning\n🔲 buy a doormat\n📚 CZECH CLASS\n🔲 homework exercises 4 and 5 before Monday's class",
    tasks: [
      { title: 'Get new leads for the pack', due: null, project: 'Walks' },
      { title: 'Invoice the Nováks for October', due: '2026-10-31', project: 'Walks' },
      { title: 'Heating guy', due: '2026-10-30', project: 'Flat' },
      { title: 'Buy a doormat', due: null, project: 'Flat' },
      { title: 'Homework exercises 4 and 5', due: '2026-11-01', project: 'Czech class' },
    ],
  },
  {
    name: 'emoji 2: an exchange student in Seoul on Hangul Day',
    today: '2026-10-09',
    timezone: 'Asia/Seoul',
    text: '📌 Hangul day = no class!!\n📝 finish the KOR201 essay by Sunday\n💸 pay the goshiwon rent tomorrow\n📞 call the bank about the card that got blocked\n🛒 kimchi, eggs, laundry pods\n✈️ look at flights home for Christmas',
    tasks: [
      { title: 'Finish the KOR201 essay', due: '2026-10-11' },
      { title: 'Pay the goshiwon rent', due: '2026-10-10' },
      { title: 'Call the bank about the card that got blocked', due: null },
      { title: 'Kimchi, eggs, laundry pods', due: null },
      { title: 'Look at flights home for Christmas', due: null },
    ],
  },
  {
    name: 'emoji 3: a marathoner in Athens on Independence Day',
    today: '2027-03-25',
    timezone: 'Europe/Athens',
    text: '🏃 long run 28k Saturday\n🦶 physio for the calf Tuesday 18:00\n👟 break in the new shoes this week\n🍝 carbs carbs carbs\n📄 print race bib confirmation\n🎉 parade today w/ kids at 11',
    tasks: [
      { title: 'Long run 28k', due: '2027-03-27' },
      { title: 'Physio for the calf', due: '2027-03-30' },
      { title: 'Break in the new shoes', due: '2027-03-26' },
      { title: 'Print race bib confirmation', due: null },
      { title: 'Parade w/ kids', due: '2027-03-25' },
    ],
  },
  // projects named in prose
  {
    name: 'project 1: an allotment holder on Easter Sunday, the night the clocks went forward',
    today: '2027-03-28',
    timezone: 'Europe/London',
    text: "Clocks went forward and it's Easter Sunday so I'm writing this instead of sleeping. The allotment needs sorting before the season gets going: I have to chit the potatoes this week, fix the shed door, and get a load of manure from the stables on Saturday. Separately, for the church Easter fete next month I promised to bake two dozen scones and to ask Mr Patel whether we can borrow his gazebo. Also renew my bus pass by Wednesday.",
    tasks: [
      { title: 'Chit the potatoes', due: '2027-04-02', project: 'Allotment' },
      { title: 'Fix the shed door', due: null, project: 'Allotment' },
      { title: 'Get a load of manure from the stables', due: '2027-04-03', project: 'Allotment' },
      { title: 'Bake two dozen scones', due: null, project: 'Church Easter fete' },
      { title: 'Ask Mr Patel whether we can borrow his gazebo', due: null, project: 'Church Easter fete' },
      { title: 'Renew my bus pass', due: '2027-03-31', project: null },
    ],
  },
  {
    name: "project 2: a podcaster on Labour Day, with a sister's baby shower",
    today: '2026-09-07',
    timezone: 'America/Vancouver',
    text: "Long weekend's over tomorrow. Podcast stuff: I want to record episode 12 with Dev on Thursday, edit episode 11 before that, and finally set up the Patreon page. For my sister's baby shower on the 19th I'm doing the decorations, so order balloons and make the banner. Unrelated, book a tire change and renew the BCAA membership.",
    tasks: [
      { title: 'Record episode 12 with Dev', due: '2026-09-10', project: 'Podcast' },
      { title: 'Edit episode 11', due: '2026-09-09', project: 'Podcast' },
      { title: 'Set up the Patreon page', due: null, project: 'Podcast' },
      { title: 'Order balloons', due: null, project: 'Baby shower' },
      { title: 'Make the banner', due: null, project: 'Baby shower' },
      { title: 'Book a tire change', due: null, project: null },
      { title: 'Renew the BCAA membership', due: null, project: null },
    ],
  },
  {
    name: 'project 3: a researcher with a grant deadline on National Heroes Day, US-style dates',
    today: '2026-08-31',
    timezone: 'Asia/Manila',
    text: "Heroes Day off, so catching up. The DOST grant application is due 9/15, and for that I still need the budget breakdown from Carlo, letters of support from two LGUs, and to rewrite the methodology section by Friday. For the kids' school: pay the field trip fee tomorrow and sign Ana's report card. And my passport renewal appointment is on 9/8.",
    tasks: [
      { title: 'Get the budget breakdown from Carlo', due: null, project: 'DOST grant application' },
      { title: 'Get letters of support from two LGUs', due: null, project: 'DOST grant application' },
      { title: 'Rewrite the methodology section', due: '2026-09-04', project: 'DOST grant application' },
      { title: 'Pay the field trip fee', due: '2026-09-01', project: "Kids' school" },
      { title: "Sign Ana's report card", due: null, project: "Kids' school" },
      { title: 'Passport renewal appointment', due: '2026-09-08', project: null },
    ],
  },
  {
    name: 'project 4: restoring a boat on the Natal Day holiday',
    today: '2026-08-03',
    timezone: 'America/Halifax',
    text: "Civic holiday and it's finally dry. On the boat I need to sand the hull this week, order the marine varnish from Binnacle, and ask Jim about borrowing his trailer. For work, just answer Lee's email tonight.",
    tasks: [
      { title: 'Sand the hull', due: '2026-08-07', project: 'Boat' },
      { title: 'Order the marine varnish from Binnacle', due: null, project: 'Boat' },
      { title: 'Ask Jim about borrowing his trailer', due: null, project: 'Boat' },
      { title: "Answer Lee's email", due: '2026-08-03', project: 'Work' },
    ],
  },
  // labels
  {
    name: 'label 1: a freelance illustrator with Client: lines on German Unity Day',
    today: '2026-10-03',
    timezone: 'Europe/Berlin',
    text: "Client: Kinderbuch Verlag – sketches for ch. 3 by Wed, call Frau Brandt Mon re fee\nClient: Oatly pitch – moodboard next week\nClient: Tanz Studio – invoice overdue, resend invoice\nMe: Steuererklärung!!, new brush pens, Oma's birthday card (her bday Thursday)",
    tasks: [
      { title: 'Sketches for ch. 3', due: '2026-10-07', project: 'Kinderbuch Verlag' },
      { title: 'Call Frau Brandt re fee', due: '2026-10-05', project: 'Kinderbuch Verlag' },
      { title: 'Moodboard', due: '2026-10-05', project: 'Oatly pitch' },
      { title: 'Resend invoice', due: null, project: 'Tanz Studio' },
      { title: 'Steuererklärung', due: null, project: null, priority: 'high' },
      { title: 'New brush pens', due: null, project: null },
      { title: "Oma's birthday card", due: '2026-10-08', project: null },
    ],
  },
  {
    name: 'label 2: a primary teacher with #tags on the National Day holiday',
    today: '2026-08-10',
    timezone: 'Asia/Singapore',
    text: 'mark P5 compo scripts by thurs #school\nbook venue for CCA camp #school\nreturn Mei\'s tupperware #home\naircon servicing sat 9am #home\nfinish the Etsy listing for the bookmarks #sidehustle\nNational Day holiday today so no school, yay',
    tasks: [
      { title: 'Mark P5 compo scripts', due: '2026-08-13', project: 'school' },
      { title: 'Book venue for CCA camp', due: null, project: 'school' },
      { title: "Return Mei's tupperware", due: null, project: 'home' },
      { title: 'Aircon servicing', due: '2026-08-15', project: 'home' },
      { title: 'Finish the Etsy listing for the bookmarks', due: null, project: 'sidehustle' },
    ],
  },
  {
    name: 'label 3: a shopkeeper with [bracket] tags on Indonesian Independence Day',
    today: '2027-08-17',
    timezone: 'Asia/Jakarta',
    text: '[toko] restock beras & minyak before Friday\n[toko] call the supplier about the broken freezer\n[keluarga] lomba 17an with the kids this afternoon\n[keluarga] transfer uang sekolah Dina by the 20th\n[masjid] send the kurban report to Pak Harun\npay the electricity token',
    tasks: [
      { title: 'Restock beras & minyak', due: '2027-08-19', project: 'toko' },
      { title: 'Call the supplier about the broken freezer', due: null, project: 'toko' },
      { title: 'Lomba 17an with the kids', due: '2027-08-17', project: 'keluarga' },
      { title: 'Transfer uang sekolah Dina', due: '2027-08-20', project: 'keluarga' },
      { title: 'Send the kurban report to Pak Harun', due: null, project: 'masjid' },
      { title: 'Pay the electricity token', due: null, project: null },
    ],
  },
  {
    name: 'label 4: a surveyor with WORK - / HOME - prefixes on Heritage Day',
    today: '2026-09-24',
    timezone: 'Africa/Johannesburg',
    text: "Heritage Day braai at my brother's later. Jotting:\nWORK - finish the site survey report by Monday\nWORK - quote for the Randburg job\nHOME - get the gate motor fixed, Saturday\nHOME - buy charcoal + wors on the way to the braai\nKIDS - Thabo's school trip form, due tomorrow",
    tasks: [
      { title: 'Finish the site survey report', due: '2026-09-28', project: 'Work' },
      { title: 'Quote for the Randburg job', due: null, project: 'Work' },
      { title: 'Get the gate motor fixed', due: '2026-09-26', project: 'Home' },
      { title: 'Buy charcoal + wors on the way to the braai', due: '2026-09-24', project: 'Home' },
      { title: "Thabo's school trip form", due: '2026-09-25', project: 'Kids' },
    ],
  },
  // several groups in one dump
  {
    name: 'groups 1: a pharmacist on the Immaculate Conception holiday, four groups and two loose lines (long)',
    today: '2026-12-08',
    timezone: 'America/Bogota',
    text: "Festivo hoy (Inmaculada) and the street still smells of the velitas from last night, so finally a quiet morning to get my head straight before the December madness. Lots going on.\n\nPHARMACY\n- print the inventory sheets tomorrow (count is Thursday)\n- call Laboratorios Andina about the short-dated insulin, they promised a credit note\n- renew my INVIMA training certificate, it lapses on the 31st\n- talk to Felipe about his lateness this week, no more putting it off\n- set up the Christmas schedule so everyone gets either the 24th or the 31st off\n- order the new label printer (the old one jams every 10 labels)\n- send the monthly controlled-substances report to the Secretaría before Friday\n\nHOME\n- call the technician, the washing machine is leaking again\n- pay the administración by the 10th\n- buy the tree lights, the old ones died\n- fix the gate remote, it only works half the time\n- clean out the guest room for when Tía Rosa comes\n- wrap the presents for the office amigo secreto, the exchange is on the 18th\n\nMAMÁ\n- pick up her prescriptions on Friday\n- take her to the eye doctor on the 16th at 9\n- ask Andrés if he can do the January appointments\n- call the EPS to renew her insulin authorization, it expires on the 20th\n\nNOVENA (we host on the 19th, twelve people)\n- buñuelos and natilla ingredients\n- borrow 20 chairs from the neighbours\n- invite the Restrepos\n\nAlso have to renew the SOAT for the car next week, and I still need to answer Camila about New Year's in Cartagena. Exhausted just reading this. Honestly I'd love one day this month with nothing on it. Maybe the 26th. We'll see.",
    tasks: [
      { title: 'Print the inventory sheets', due: '2026-12-09', project: 'Pharmacy' },
      { title: 'Call Laboratorios Andina about the short-dated insulin', due: null, project: 'Pharmacy' },
      { title: 'Renew my INVIMA training certificate', due: '2026-12-31', project: 'Pharmacy' },
      { title: 'Talk to Felipe about his lateness', due: '2026-12-11', project: 'Pharmacy' },
      { title: 'Set up the Christmas schedule', due: null, project: 'Pharmacy' },
      { title: 'Order the new label printer', due: null, project: 'Pharmacy' },
      { title: 'Send the monthly controlled-substances report to the Secretaría', due: '2026-12-10', project: 'Pharmacy' },
      { title: 'Call the technician', due: null, project: 'Home' },
      { title: 'Pay the administración', due: '2026-12-10', project: 'Home' },
      { title: 'Buy the tree lights', due: null, project: 'Home' },
      { title: 'Fix the gate remote', due: null, project: 'Home' },
      { title: 'Clean out the guest room for when Tía Rosa comes', due: null, project: 'Home' },
      { title: 'Wrap the presents for the office amigo secreto', due: '2026-12-18', project: 'Home' },
      { title: 'Pick up her prescriptions', due: '2026-12-11', project: 'Mamá' },
      { title: 'Take her to the eye doctor', due: '2026-12-16', project: 'Mamá' },
      { title: 'Ask Andrés if he can do the January appointments', due: null, project: 'Mamá' },
      { title: 'Call the EPS to renew her insulin authorization', due: '2026-12-20', project: 'Mamá' },
      { title: 'Buñuelos and natilla ingredients', due: null, project: 'Novena' },
      { title: 'Borrow 20 chairs from the neighbours', due: null, project: 'Novena' },
      { title: 'Invite the Restrepos', due: null, project: 'Novena' },
      { title: 'Renew the SOAT for the car', due: '2026-12-14', project: null },
      { title: "Answer Camila about New Year's in Cartagena", due: null, project: null },
    ],
  },
  {
    name: 'groups 2: an accountant in Golden Week, two loose lines then two groups',
    today: '2026-05-04',
    timezone: 'Asia/Tokyo',
    text: "golden week, day 3 of doing nothing\nreturn the rental bikes tomorrow\nsend thank-you to the Satos\nwork stuff for when we're back:\n- finish Q1 variance analysis by Friday\n- reply to the auditors\n- book 1:1 with Kenta\nkids:\n- Yuto's swim kit for Thursday\n- fill in the PTA survey",
    tasks: [
      { title: 'Return the rental bikes', due: '2026-05-05', project: null },
      { title: 'Send thank-you to the Satos', due: null, project: null },
      { title: 'Finish Q1 variance analysis', due: '2026-05-08', project: 'Work' },
      { title: 'Reply to the auditors', due: null, project: 'Work' },
      { title: 'Book 1:1 with Kenta', due: null, project: 'Work' },
      { title: "Yuto's swim kit", due: '2026-05-07', project: 'Kids' },
      { title: 'Fill in the PTA survey', due: null, project: 'Kids' },
    ],
  },
  {
    name: 'groups 3: an indie game developer with markdown headings on Polish Independence Day',
    today: '2026-11-11',
    timezone: 'Europe/Warsaw',
    text: "## Build\n- fix the save-game crash on Steam Deck (p1)\n- merge Ola's shader PR\n- tag v0.9.3 friday\n## Marketing\n- send trailer cut v2 to Kuba by next Wed\n- schedule the Steam Next Fest page update\n## Admin\n- ZUS payment by the 20th\n- reply to the accountant",
    tasks: [
      { title: 'Fix the save-game crash on Steam Deck', due: null, project: 'Build', priority: 'high' },
      { title: "Merge Ola's shader PR", due: null, project: 'Build' },
      { title: 'Tag v0.9.3', due: '2026-11-13', project: 'Build' },
      { title: 'Send trailer cut v2 to Kuba', due: '2026-11-18', project: 'Marketing' },
      { title: 'Schedule the Steam Next Fest page update', due: null, project: 'Marketing' },
      { title: 'ZUS payment', due: '2026-11-20', project: 'Admin' },
      { title: 'Reply to the accountant', due: null, project: 'Admin' },
    ],
  },
  {
    name: 'groups 4: a landscaper with one heading per job on MLK Day',
    today: '2027-01-18',
    timezone: 'America/Phoenix',
    text: 'HENDERSON BACKYARD\ndrip line repair tue\nget 3 yards of decomposed granite delivered before thurs\nORTIZ FRONT YARD\nsend revised estimate\npick up the 2 palo verdes from the nursery friday\nSHOP\ntruck registration renewal expires 1/31\nfix the trailer hitch light',
    tasks: [
      { title: 'Drip line repair', due: '2027-01-19', project: 'Henderson backyard' },
      { title: 'Get 3 yards of decomposed granite delivered', due: '2027-01-20', project: 'Henderson backyard' },
      { title: 'Send revised estimate', due: null, project: 'Ortiz front yard' },
      { title: 'Pick up the 2 palo verdes from the nursery', due: '2027-01-22', project: 'Ortiz front yard' },
      { title: 'Truck registration renewal', due: '2027-01-31', project: 'Shop' },
      { title: 'Fix the trailer hitch light', due: null, project: 'Shop' },
    ],
  },
  // comma lists
  {
    name: 'comma 1: a carpenter on UAE National Day',
    today: '2026-12-02',
    timezone: 'Asia/Dubai',
    text: "National Day so the site's shut, to do: measure the Al Barsha wardrobes, order oak veneer, sharpen the chisels, send Ravi the invoice by Friday, get the van's tyres checked tomorrow, renew my Emirates ID next week",
    tasks: [
      { title: 'Measure the Al Barsha wardrobes', due: null },
      { title: 'Order oak veneer', due: null },
      { title: 'Sharpen the chisels', due: null },
      { title: 'Send Ravi the invoice', due: '2026-12-04' },
      { title: "Get the van's tyres checked", due: '2026-12-03' },
      { title: 'Renew my Emirates ID', due: '2026-12-07' },
    ],
  },
  {
    name: 'comma 2: a grad student in Lima on Fiestas Patrias, two comma groups',
    today: '2026-07-28',
    timezone: 'America/Lima',
    text: "Fiestas Patrias and I'm working, great. For the thesis: clean the survey data, redo figure 4, send chapter 2 to Dra. Quispe by Friday. For the move: pack the books, cancel the internet, get boxes from the market tomorrow. And call Abuela.",
    tasks: [
      { title: 'Clean the survey data', due: null, project: 'Thesis' },
      { title: 'Redo figure 4', due: null, project: 'Thesis' },
      { title: 'Send chapter 2 to Dra. Quispe', due: '2026-07-31', project: 'Thesis' },
      { title: 'Pack the books', due: null, project: 'Move' },
      { title: 'Cancel the internet', due: null, project: 'Move' },
      { title: 'Get boxes from the market', due: '2026-07-29', project: 'Move' },
      { title: 'Call Abuela', due: null, project: null },
    ],
  },
  {
    name: 'comma 3: a lifeguard in Hobart the morning daylight saving ended',
    today: '2027-04-04',
    timezone: 'Australia/Hobart',
    text: 'clocks back an hour so extra sleep, today: recert my first aid, wash the rescue board, tomorrow: swap shifts with Mick, buy wetsuit glue, drop off the uni form',
    tasks: [
      { title: 'Recert my first aid', due: '2027-04-04' },
      { title: 'Wash the rescue board', due: '2027-04-04' },
      { title: 'Swap shifts with Mick', due: '2027-04-05' },
      { title: 'Buy wetsuit glue', due: '2027-04-05' },
      { title: 'Drop off the uni form', due: '2027-04-05' },
    ],
  },
  // inline numbered lists
  {
    name: 'inline 1: a ferry deckhand on Constitution Day, "this week" over a numbered run',
    today: '2027-05-17',
    timezone: 'Europe/Oslo',
    text: '17. mai, flags out and kids in bunad. things to do this week: 1) email the roster office about the summer schedule 2) renew my sea certificate before 1 June 3) pick up Emil from barnehage at 4 tomorrow 4) fix the bike tyre',
    tasks: [
      { title: 'Email the roster office about the summer schedule', due: '2027-05-21' },
      { title: 'Renew my sea certificate', due: '2027-05-31' },
      { title: 'Pick up Emil from barnehage', due: '2027-05-18' },
      { title: 'Fix the bike tyre', due: '2027-05-21' },
    ],
  },
  {
    name: 'inline 2: a student nurse off to the cottage on Midsummer Eve, two numbered runs',
    today: '2027-06-25',
    timezone: 'Europe/Helsinki',
    text: 'juhannus! heading to the mökki. for the cottage I need to: (1) buy sausages and charcoal (2) pick up the boat key from Pekka today (3) check the sauna stove. for placement on Monday: (1) print the med calc sheet (2) wash my uniform',
    tasks: [
      { title: 'Buy sausages and charcoal', due: null, project: 'Cottage' },
      { title: 'Pick up the boat key from Pekka', due: '2027-06-25', project: 'Cottage' },
      { title: 'Check the sauna stove', due: null, project: 'Cottage' },
      { title: 'Print the med calc sheet', due: '2027-06-28', project: 'Placement' },
      { title: 'Wash my uniform', due: '2027-06-28', project: 'Placement' },
    ],
  },
  {
    name: 'inline 3: a radio host on the 25 de Mayo holiday',
    today: '2026-05-25',
    timezone: 'America/Argentina/Buenos_Aires',
    text: "feriado but the show goes on. today's list: 1. confirm Dr. Ferreyra as the guest 2. edit the locro segment 3. send the ad sheet to Mariela by 5pm and then tomorrow 4. renew the station insurance 5. pay the AFIP monotributo by the 20th of June",
    tasks: [
      { title: 'Confirm Dr. Ferreyra as the guest', due: '2026-05-25' },
      { title: 'Edit the locro segment', due: '2026-05-25' },
      { title: 'Send the ad sheet to Mariela', due: '2026-05-25' },
      { title: 'Renew the station insurance', due: '2026-05-26' },
      { title: 'Pay the AFIP monotributo', due: '2026-06-20' },
    ],
  },
  // conditions
  {
    name: 'condition 1: a cyclist in Brussels on the national day',
    today: '2026-07-21',
    timezone: 'Europe/Brussels',
    text: "Fête nationale, parade in town. If it stays dry, ride to Leuven tomorrow. If the new tyres haven't arrived by Thursday, ring the shop. Book the bike service for after the holidays. Renew the insurance before the 1st no matter what. And if I can't find my cleats, just buy new ones.",
    tasks: [
      { title: 'Ride to Leuven', due: '2026-07-22' },
      { title: 'Book the bike service', due: null },
      { title: 'Renew the insurance', due: '2026-07-31' },
    ],
  },
  {
    name: 'condition 2: a commuter in Santiago the day Chile moved its clocks forward',
    today: '2026-09-06',
    timezone: 'America/Santiago',
    text: "Cambio de hora anoche, perdí una hora. Tomorrow if the metro strike goes ahead I'll work from home, so take the laptop home tonight. If it rains on Saturday the asado moves to Sunday, either way buy the meat Friday. Pay the TAG before the 10th.",
    tasks: [
      { title: 'Take the laptop home', due: '2026-09-06' },
      { title: 'Buy the meat', due: '2026-09-11' },
      { title: 'Pay the TAG', due: '2026-09-09' },
    ],
  },
  {
    name: 'condition 3: a gardener in Honolulu on Kamehameha Day, Yard and Lanai',
    today: '2026-06-11',
    timezone: 'Pacific/Honolulu',
    text: 'Kamehameha Day, lei draping downtown.\nYard:\n- if no rain by Saturday, run the sprinklers on the back lawn\n- trim the plumeria\n- if the ti plants still look yellow next week, call the nursery\nLanai:\n- reseal the deck Sunday if it\'s dry\n- replace the screen door spring',
    tasks: [
      { title: 'Run the sprinklers on the back lawn', due: '2026-06-13', project: 'Yard' },
      { title: 'Trim the plumeria', due: null, project: 'Yard' },
      { title: 'Reseal the deck', due: '2026-06-14', project: 'Lanai' },
      { title: 'Replace the screen door spring', due: null, project: 'Lanai' },
    ],
  },
  // a project's own deadline, not a task
  {
    name: "deadline 1: a zine's launch party, on Hong Kong's 1 July holiday",
    today: '2026-07-01',
    timezone: 'Asia/Hong_Kong',
    text: 'ZINE #4 — launch party 25 July at Kubrick\n- final proofs to the printer by the 10th\n- ask Wing for the cover illustration files\n- order 300 stickers\n- confirm the venue next week\n- write the intro',
    tasks: [
      { title: 'Final proofs to the printer', due: '2026-07-10', project: 'Zine #4' },
      { title: 'Ask Wing for the cover illustration files', due: null, project: 'Zine #4' },
      { title: 'Order 300 stickers', due: null, project: 'Zine #4' },
      { title: 'Confirm the venue', due: '2026-07-06', project: 'Zine #4' },
      { title: 'Write the intro', due: null, project: 'Zine #4' },
    ],
  },
  {
    name: 'deadline 2: a thesis due in January, written on New Year’s Eve in Newfoundland',
    today: '2027-12-31',
    timezone: 'America/St_Johns',
    text: "Thesis goes in Jan 14 and I'm spending New Year's Eve with LaTeX. Remaining: fix the bibliography, get Dr. Walsh's sign-off on chapter 5, format the appendices, print two bound copies. Also: buy something for the party tonight.",
    tasks: [
      { title: 'Fix the bibliography', due: null },
      { title: "Get Dr. Walsh's sign-off on chapter 5", due: null },
      { title: 'Format the appendices', due: null },
      { title: 'Print two bound copies', due: null },
      { title: 'Buy something for the party', due: '2027-12-31' },
    ],
  },
  {
    name: 'deadline 3: a Tihar market stall in Kathmandu, on the last day of October',
    today: '2026-10-31',
    timezone: 'Asia/Kathmandu',
    text: 'Tihar market stall (market runs 6–8 Nov):\n• get the stall permit from the ward office on Monday\n• pay the potter in Bhaktapur the advance for 200 diyos by Wednesday\n• design the price board\n• ask Sabina if she can cover the stall for a shift',
    tasks: [
      { title: 'Get the stall permit from the ward office', due: '2026-11-02', project: 'Tihar market stall' },
      { title: 'Pay the potter in Bhaktapur the advance for 200 diyos', due: '2026-11-04', project: 'Tihar market stall' },
      { title: 'Design the price board', due: null, project: 'Tihar market stall' },
      { title: 'Ask Sabina if she can cover the stall for a shift', due: null, project: 'Tihar market stall' },
    ],
  },
  // things already done, with open tasks and updates
  {
    name: 'done 1: a new homeowner in Anchorage the morning the clocks went forward',
    today: '2026-03-08',
    timezone: 'America/Anchorage',
    open: [
      { id: SNOWPLOW, title: 'Call snow plow guy about the driveway', due_date: null },
      { id: FURNACE, title: 'Furnace filter change', due_date: '2026-03-10' },
      { id: MORTGAGE, title: 'Set up mortgage autopay', due_date: null },
      { id: LOCKS, title: 'Change the locks', due_date: null },
    ],
    text: "lost an hour of sleep to daylight saving, grr. done: set up the mortgage autopay finally. called the snow plow guy yesterday, done. furnace filter — push to next Saturday, the store was out. still to do: change the locks this week, register to vote at the new address, return the moving truck dolly tomorrow",
    tasks: [
      { title: 'Register to vote at the new address', due: null },
      { title: 'Return the moving truck dolly', due: '2026-03-09' },
    ],
    updates: [
      { task_id: MORTGAGE, status: 'done' },
      { task_id: SNOWPLOW, status: 'done' },
      { task_id: FURNACE, due: '2026-03-14' },
      { task_id: LOCKS, due: '2026-03-13' },
    ],
  },
  {
    name: 'done 2: a hotel night receptionist on the first day of Songkran',
    today: '2026-04-13',
    timezone: 'Asia/Bangkok',
    open: [
      { id: WATER_GUNS, title: 'Buy water guns for the nephews', due_date: '2026-04-13' },
      { id: CONDO_FEE, title: 'Pay condo fee', due_date: null },
      { id: WORK_PERMIT, title: 'Renew work permit', due_date: '2026-04-30' },
    ],
    text: "Songkran day 1, soaked already. bought the water guns for the nephews ✅. paid the condo fee this morning too. work permit renewal: HR says it has to be in by the 24th now, not end of month. new: get a waterproof pouch for my phone, visit grandma in Ayutthaya on Wednesday, ask Nok to swap shifts with me",
    tasks: [
      { title: 'Get a waterproof pouch for my phone', due: null },
      { title: 'Visit grandma in Ayutthaya', due: '2026-04-15' },
      { title: 'Ask Nok to swap shifts with me', due: null },
    ],
    updates: [
      { task_id: WATER_GUNS, status: 'done' },
      { task_id: CONDO_FEE, status: 'done' },
      { task_id: WORK_PERMIT, due: '2026-04-24' },
    ],
  },
  {
    name: 'done 3: a guesthouse owner in Reykjavik on the national day',
    today: '2026-06-17',
    timezone: 'Atlantic/Reykjavik',
    open: [
      { id: LINEN, title: 'Order new bed linen', due_date: null },
      { id: BOILER, title: 'Boiler inspection', due_date: '2026-06-19' },
      { id: REVIEWS, title: 'Reply to Booking reviews', due_date: null },
    ],
    text: 'Þjóðhátíðardagurinn, guests all out at the parade. Linen ordered, arrives Monday. Boiler inspection moved to the 26th, the inspector is sick. Replied to all the reviews, even the angry German one. Also: restock the breakfast fridge tonight, fix the wifi in room 4.',
    tasks: [
      { title: 'Restock the breakfast fridge', due: '2026-06-17' },
      { title: 'Fix the wifi in room 4', due: null },
    ],
    updates: [
      { task_id: LINEN, status: 'done' },
      { task_id: BOILER, due: '2026-06-26' },
      { task_id: REVIEWS, status: 'done' },
    ],
  },
  // long dumps
  {
    name: 'long 1: a café owner reopening after a flood, on Thanksgiving, six groups',
    today: '2026-11-26',
    timezone: 'America/New_York',
    text: "Thanksgiving, café closed, turkey in the oven at my sister's, and my head is full of the reopening. The flood cleanup is basically done, so here's everything before we reopen on Dec 7.\n\nContractors\n- be at the café at 8 Monday to let Luis in, he's finishing the drywall\n- call the electrician tomorrow, he has to sign off the outlets behind the counter before the walls close\n- ask the landlord (again) about who pays for the new floor\n\nEquipment\n- confirm the espresso machine repair with the Marzocco guy\n- compare the two quotes for the under-counter fridge this weekend\n- the dishwasher is fine, don't touch it\n\nStaff\n- text everyone the reopening schedule by Sunday\n- talk to Jamal about more hours next week\n- ask the accountant what we owe in payroll for the closed weeks\n- Maria starts Tuesday, get Maria a key and an apron before then\n\nSupplies\n- reorder cups, lids and sleeves (we threw out everything that got wet)\n- find a new supplier for oat milk, the old one's gone bust\n- print new menus, the prices went up\n- decide on a reopening special, maybe free drip coffee the first morning\n\nInsurance\n- send the adjuster the photos and receipts by Dec 1\n- chase the business interruption claim, it's been three weeks\n- ask the broker if flood cover can be added at renewal, this can't happen again\n\nHome\n- Black Friday tomorrow: get Sofia's bike for Christmas\n- call Mom tonight, she can't make it this year\n- dentist, rescheduled to the 10th\n\nIf I get through this list by Sunday I'm sleeping for a whole day.",
    tasks: [
      { title: 'Be at the café to let Luis in', due: '2026-11-30', project: 'Contractors' },
      { title: 'Call the electrician', due: '2026-11-27', project: 'Contractors' },
      { title: 'Ask the landlord about who pays for the new floor', due: null, project: 'Contractors' },
      { title: 'Confirm the espresso machine repair with the Marzocco guy', due: null, project: 'Equipment' },
      { title: 'Compare the two quotes for the under-counter fridge', due: '2026-11-28', project: 'Equipment' },
      { title: 'Text everyone the reopening schedule', due: '2026-11-29', project: 'Staff' },
      { title: 'Talk to Jamal about more hours', due: '2026-11-30', project: 'Staff' },
      { title: 'Ask the accountant what we owe in payroll for the closed weeks', due: null, project: 'Staff' },
      { title: 'Get Maria a key and an apron', due: '2026-11-30', project: 'Staff' },
      { title: 'Reorder cups, lids and sleeves', due: null, project: 'Supplies' },
      { title: 'Find a new supplier for oat milk', due: null, project: 'Supplies' },
      { title: 'Print new menus', due: null, project: 'Supplies' },
      { title: 'Decide on a reopening special', due: null, project: 'Supplies' },
      { title: 'Send the adjuster the photos and receipts', due: '2026-12-01', project: 'Insurance' },
      { title: 'Chase the business interruption claim', due: null, project: 'Insurance' },
      { title: 'Ask the broker if flood cover can be added at renewal', due: null, project: 'Insurance' },
      { title: "Get Sofia's bike for Christmas", due: '2026-11-27', project: 'Home' },
      { title: 'Call Mom', due: '2026-11-26', project: 'Home' },
      { title: 'Dentist', due: '2026-12-10', project: 'Home' },
    ],
  },
  {
    name: 'long 2: a vet practice manager on Republic Day, projects named in prose paragraphs',
    today: '2026-10-29',
    timezone: 'Europe/Istanbul',
    text: "Cumhuriyet Bayramı, clinic closed, fireworks tonight over the Bosphorus. Finally time to think.\n\nThe clinic's move to the new building in Kadıköy is eating my life, so for the move I need to get the final floor plan from the architect by Monday, ask the IT company when they can wire the new server room, order the signage once Dr. Aydın approves the logo, and book the movers this week (they want two weeks' notice). And call TAEK tomorrow about the x-ray machine's radiation safety inspection, it has to pass before the machine can be moved.\n\nThen the accreditation audit, which is the other monster. I need to update the SOP binder and collect a signed CPD log from every vet. I'll reconcile the controlled drugs register with Elif before the auditor comes on the 16th.\n\nStaff things: Burak's contract renewal is due at the end of the month, I have to answer Selin about her unpaid leave request, and we need a new receptionist, so post the job ad for a new receptionist this weekend. I should also finally do the staff rota for December.\n\nAt home it's chaos too. Call the service for the kombi on Saturday, it's making that noise again. Pay Deniz's school trip by Friday. And go with my mother to the cardiologist on the 4th, I promised. The kids want a costume party on Saturday, so buy face paint tomorrow.\n\nRandom: renew my car insurance, it expires on the 12th; buy a new laptop bag; cancel the gym I never go to.\n\nBack to normal tomorrow, and the list is still longer than the day. Kolay gelsin to me.",
    tasks: [
      { title: 'Get the final floor plan from the architect', due: '2026-11-02', project: 'Move' },
      { title: 'Ask the IT company when they can wire the new server room', due: null, project: 'Move' },
      { title: 'Order the signage', due: null, project: 'Move' },
      { title: 'Book the movers', due: '2026-10-30', project: 'Move' },
      { title: "Call TAEK about the x-ray machine's radiation safety inspection", due: '2026-10-30', project: 'Move' },
      { title: 'Update the SOP binder', due: null, project: 'Accreditation audit' },
      { title: 'Collect a signed CPD log from every vet', due: null, project: 'Accreditation audit' },
      { title: 'Reconcile the controlled drugs register with Elif', due: '2026-11-15', project: 'Accreditation audit' },
      { title: "Burak's contract renewal", due: '2026-10-31', project: 'Staff' },
      { title: 'Answer Selin about her unpaid leave request', due: null, project: 'Staff' },
      { title: 'Post the job ad for a new receptionist', due: '2026-10-31', project: 'Staff' },
      { title: 'Do the staff rota for December', due: null, project: 'Staff' },
      { title: 'Call the service for the kombi', due: '2026-10-31', project: 'Home' },
      { title: "Pay Deniz's school trip", due: '2026-10-30', project: 'Home' },
      { title: 'Go with my mother to the cardiologist', due: '2026-11-04', project: 'Home' },
      { title: 'Buy face paint', due: '2026-10-30', project: 'Home' },
      { title: 'Renew my car insurance', due: '2026-11-12' },
      { title: 'Buy a new laptop bag', due: null },
      { title: 'Cancel the gym I never go to', due: null },
    ],
  },
  {
    name: 'long 3: selling a house on Melbourne Cup day, four "for the …:" groups and two loose lines',
    today: '2026-11-03',
    timezone: 'Australia/Melbourne',
    text: "Cup Day, office sweep done (lost $10 on the grey). Big list because the house goes to auction on the 28th and settlement on the new place is mid-December.\n\nfor the sale:\n- agent wants the garden tidied before the photographer comes Friday, so mow and weed Thursday\n- fix the cracked tile in the ensuite\n- repaint the hallway scuffs this weekend\n- get the pool compliance certificate, Rob says it takes a week so ring today\n- declutter the garage\n- hire a skip\n- sign the Section 32 with the conveyancer, she's free Monday\n- get the carpets steam-cleaned before the open for inspection on Saturday\n\nfor the new place:\n- get the building and pest reports sent to the bank\n- sort home insurance from settlement day\n- ask the owners if they're leaving the dishwasher\n- switch electricity and internet, no rush\n- measure the lounge for the couch\n- get removalist quotes\n\nfor the kids:\n- Lily's school enrolment form, due 13 Nov\n- book Max's swimming for term 1\n- find out if the bus goes from the new street\n- wash Max's footy jersey for his presentation night Friday\n\nfor work, because it hasn't stopped:\n- quarterly board paper by next Friday\n- approve Hannah's leave\n- send the offsite agenda to the team before Wednesday\n- reply to the audit query, urgent\n\nand somewhere in all this, buy Mum a birthday present (her birthday's on the 9th) and get my hair cut before the auction.\n\nI'm tired just looking at this. One day at a time. Going to watch the replay of the race with a glass of wine and not think about stamp duty for one night.",
    tasks: [
      { title: 'Mow and weed', due: '2026-11-05', project: 'Sale' },
      { title: 'Fix the cracked tile in the ensuite', due: null, project: 'Sale' },
      { title: 'Repaint the hallway scuffs', due: '2026-11-07', project: 'Sale' },
      { title: 'Get the pool compliance certificate', due: '2026-11-03', project: 'Sale' },
      { title: 'Declutter the garage', due: null, project: 'Sale' },
      { title: 'Hire a skip', due: null, project: 'Sale' },
      { title: 'Sign the Section 32 with the conveyancer', due: '2026-11-09', project: 'Sale' },
      { title: 'Get the carpets steam-cleaned', due: '2026-11-06', project: 'Sale' },
      { title: 'Get the building and pest reports sent to the bank', due: null, project: 'New place' },
      { title: 'Sort home insurance from settlement day', due: null, project: 'New place' },
      { title: "Ask the owners if they're leaving the dishwasher", due: null, project: 'New place' },
      { title: 'Switch electricity and internet', due: null, project: 'New place', priority: 'low' },
      { title: 'Measure the lounge for the couch', due: null, project: 'New place' },
      { title: 'Get removalist quotes', due: null, project: 'New place' },
      { title: "Lily's school enrolment form", due: '2026-11-13', project: 'Kids' },
      { title: "Book Max's swimming for term 1", due: null, project: 'Kids' },
      { title: 'Find out if the bus goes from the new street', due: null, project: 'Kids' },
      { title: "Wash Max's footy jersey", due: '2026-11-06', project: 'Kids' },
      { title: 'Quarterly board paper', due: '2026-11-13', project: 'Work' },
      { title: "Approve Hannah's leave", due: null, project: 'Work' },
      { title: 'Send the offsite agenda to the team', due: '2026-11-03', project: 'Work' },
      { title: 'Reply to the audit query', due: null, project: 'Work', priority: 'high' },
      { title: 'Buy Mum a birthday present', due: '2026-11-09', project: null },
      { title: 'Get my hair cut', due: '2026-11-27', project: null },
    ],
  },
  {
    name: 'long 4: home for the Spring Festival, on the first day of the Year of the Goat',
    today: '2027-02-06',
    timezone: 'Asia/Shanghai',
    text: "Chūnjié! Day one of the holiday, at my parents' in Suzhou, full of dumplings. Mum keeps asking when I'll get married, so I'm hiding in my old room writing this list. Fireworks all night, I slept maybe four hours. Dad made his famous fish and nobody was allowed to finish it, for the surplus, as always.\n\nFamily:\n- visit Grandma on Monday with the tea I bought her\n- give hongbao to my cousin's kids tomorrow when they come over\n- help Dad set up his new phone (WeChat Pay especially, he keeps asking)\n- take Mum to the temple fair on Tuesday\n- call Auntie in Hangzhou today for the new year greetings\n\nWork:\n- work doesn't start until the 18th, but reply to Mr. Chen's email about the Q1 forecast before then\n- request the visa letter for the Hamburg trade fair from HR by the 22nd\n- prepare the onboarding notes for the two new analysts, they start the week we're back\n- check whether the Hamburg booth deposit went through\n\nFlat:\n- cancel the ayi's pay for this month, she's off until the 15th\n- sign the renewed contract by the end of the month, the landlord's asking\n- water the plants on the 16th when I'm back, Xiao Li forgot\n- ask the property manager to fix the balcony door\n\nMe: book a dentist appointment, the tooth is bothering me again. Read that book Lin gave me. Buy a new phone case, this one is cracked. Sort out the gym membership, it expired on the 31st.\n\nTrain back to Shanghai is on the 16th. Do I need to print the ticket? No, it's all on the phone. Fine. Mum is calling me for more dumplings, I'm going. Happy Year of the Goat to me.",
    tasks: [
      { title: 'Visit Grandma with the tea I bought her', due: '2027-02-08', project: 'Family' },
      { title: "Give hongbao to my cousin's kids", due: '2027-02-07', project: 'Family' },
      { title: 'Help Dad set up his new phone', due: null, project: 'Family' },
      { title: 'Take Mum to the temple fair', due: '2027-02-09', project: 'Family' },
      { title: 'Call Auntie in Hangzhou', due: '2027-02-06', project: 'Family' },
      { title: "Reply to Mr. Chen's email about the Q1 forecast", due: '2027-02-17', project: 'Work' },
      { title: 'Request the visa letter for the Hamburg trade fair from HR', due: '2027-02-22', project: 'Work' },
      { title: 'Prepare the onboarding notes for the two new analysts', due: null, project: 'Work' },
      { title: 'Check whether the Hamburg booth deposit went through', due: null, project: 'Work' },
      { title: "Cancel the ayi's pay for this month", due: null, project: 'Flat' },
      { title: 'Sign the renewed contract', due: '2027-02-28', project: 'Flat' },
      { title: 'Water the plants', due: '2027-02-16', project: 'Flat' },
      { title: 'Ask the property manager to fix the balcony door', due: null, project: 'Flat' },
      { title: 'Book a dentist appointment', due: null, project: null },
      { title: 'Read that book Lin gave me', due: null, project: null },
      { title: 'Buy a new phone case', due: null, project: null },
      { title: 'Sort out the gym membership', due: null, project: null },
    ],
  },
  // nothing to do
  {
    name: 'nothing 1: Christmas Day on the Chatham Islands',
    today: '2026-12-25',
    timezone: 'Pacific/Chatham',
    text: 'Christmas Day on the Chathams. Nothing to do today, genuinely. Crayfish on the barbie, kids on the beach, phone off. Bliss.',
    tasks: [],
  },
  {
    name: 'nothing 2: Nowruz in Tehran',
    today: '2027-03-21',
    timezone: 'Asia/Tehran',
    text: "Nowruz mobarak! Thirteen days of holiday, no work, no plans, just visiting family. I'm not writing a single to-do until Sizdah Bedar is over.",
    tasks: [],
  },
  {
    name: 'nothing 3: Independence Day in Lagos, everything done yesterday',
    today: '2026-10-01',
    timezone: 'Africa/Lagos',
    text: 'Independence Day. Rested, watched the parade on TV, ate too much jollof. Nothing on my plate this week, everything got done yesterday. Just checking in so I remember how good this feels.',
    tasks: [],
  },
  // one-liners
  {
    name: 'short 1: a water bill on the Independence Day holiday Monday',
    today: '2027-07-05',
    timezone: 'America/Chicago',
    text: 'pay water bill fri',
    tasks: [{ title: 'Pay water bill', due: '2027-07-09' }],
  },
  {
    name: 'short 2: a call about rent on the night Egypt moved its clocks forward',
    today: '2026-04-24',
    timezone: 'Africa/Cairo',
    text: 'call Mona tmrw re rent',
    tasks: [{ title: 'Call Mona re rent', due: '2026-04-25' }],
  },
  {
    name: 'short 3: the vet on Pakistan’s Independence Day',
    today: '2026-08-14',
    timezone: 'Asia/Karachi',
    text: 'vet for Billu sat 10am',
    tasks: [{ title: 'Vet for Billu', due: '2026-08-15' }],
  },
];

import type { EvalCase } from './dumps.ts';

/**
 * Second fresh development set of issue #19: 64 everyday dumps written by someone who never read
 * the parser, to measure how its rules reach dumps they were not tuned on and to widen the labelled
 * data of the learned task confidence. Twenty voices, the first word of each name: `terse` lists,
 * `ramble` prose, `dictation` without punctuation, pasted `message`s (email, Slack, WhatsApp, a
 * forwarded notice), `meeting` notes with assignees, `feelings` among tasks, `slashed` and dotted
 * dates (British, American, Australian, German), `mixed-lang` date words (Spanish, French, German,
 * Dutch), `emoji` bullets and headings, `project`s named in prose, `label`s ("Client: …", `#work`,
 * `[health]`), several `groups` in one dump, `comma` lists, `inline` numbered lists, `condition`s,
 * a project's `deadline` that is not a task, things already `done`, `long` dumps (1,500–2,000
 * characters), `nothing` to do and `short` one-liners. `today` varies over weekdays, months and
 * 2026–2027, with month and year ends and the days clocks change in Europe, the US and Australia.
 *
 * Expected values were written before the parser first ran on these texts, with the conventions of
 * `general-dev.ts` (its header) and the date table of docs/ai.md. Judgement calls, made as a
 * careful reader would: a day label over a list or comma run ("today:", "for Monday:", "weekend
 * jobs -", "so this week:") dates the items naming no day of their own; the reader of a pasted
 * email is the person greeted, and the reader's own lines in a chat ("me:", "ACTION (me)") are
 * theirs, items assigned to "all" or "everyone" too; a line that only reports ("Tomás out next
 * week", "AGM moved to 14/8") and a standing meeting ("supervisor meeting every other Tuesday")
 * are not tasks; an expiry or closing date in the same item ("it runs out on the 20th",
 * "registration closes Sunday") is the task's due date; a step that can only start on a day
 * ("registration opens Monday") is due that day; "before <day>" is the day before it even in
 * another language ("avant mercredi", "antes del 20"), "uiterlijk" is "by"; a task that exists
 * only if something goes wrong ("if the parcel doesn't arrive") is not a task, a plan that depends
 * on the weather is; in prose, "For work" / "At home" / "for choir" groups items, "For me" does not;
 * a generic heading ("sprint planning", "bills this month", "cosas por hacer") is left unscored for
 * projects (no `project` key).
 */

const BIKE = '9d2f4e61-0a7b-4c35-8e19-3b6a5c4d2e01';
const ELSTER = '9d2f4e61-0a7b-4c35-8e19-3b6a5c4d2e02';
const PARTY = '9d2f4e61-0a7b-4c35-8e19-3b6a5c4d2e03';
const VISA = '9d2f4e61-0a7b-4c35-8e19-3b6a5c4d2e04';
const CARPET = '9d2f4e61-0a7b-4c35-8e19-3b6a5c4d2e05';
const DAD = '9d2f4e61-0a7b-4c35-8e19-3b6a5c4d2e06';

export const generalSecondFreshCases: EvalCase[] = [
  // terse lists
  {
    name: 'terse 1: dash list in a Helsinki January',
    today: '2026-01-07',
    timezone: 'Europe/Helsinki',
    text: '- descale the kettle\n- renew library card\n- pay the TV licence by Mon\n- ask Aleksi re: sauna booking\n- winter boots resoled before the 20th',
    tasks: [
      { title: 'Descale the kettle', due: null },
      { title: 'Renew library card', due: null },
      { title: 'Pay the TV licence', due: '2026-01-12' },
      { title: 'Ask Aleksi re: sauna booking', due: null },
      { title: 'Winter boots resoled', due: '2026-01-19' },
    ],
  },
  {
    name: 'terse 2: plus bullets in a Phoenix summer',
    today: '2027-07-06',
    timezone: 'America/Phoenix',
    text: "+ pool chemicals\n+ call APS about the bill spike\n+ Jake's cleats for thurs practice\n+ renew car registration (due 7/31)\n+ swap AC filter",
    tasks: [
      { title: 'Pool chemicals', due: null },
      { title: 'Call APS about the bill spike', due: null },
      { title: "Jake's cleats", due: '2027-07-08' },
      { title: 'Renew car registration', due: '2027-07-31' },
      { title: 'Swap AC filter', due: null },
    ],
  },
  {
    name: 'terse 3: bare lines with a bin day',
    today: '2027-11-24',
    timezone: 'Europe/Dublin',
    text: "christmas cards\nbook the NCT\ncollect Orla's coat from the dry cleaner friday\nbin collection moved to thurs - put bins out wed night\nring the bank",
    tasks: [
      { title: 'Christmas cards', due: null },
      { title: 'Book the NCT', due: null },
      { title: "Collect Orla's coat from the dry cleaner", due: '2027-11-26' },
      { title: 'Put bins out', due: '2027-11-24' },
      { title: 'Ring the bank', due: null },
    ],
  },
  // rambling prose
  {
    name: 'ramble 1: the end of April in Lisbon',
    today: '2026-04-30',
    timezone: 'Europe/Lisbon',
    text: "Honestly April went by in a blur and I'm nowhere near ready for May. The biggest thing hanging over me is the tax return for the rental flat, which I've been putting off for weeks, so that has to get done before the end of May. Then there's Inês's christening on the 16th and I haven't even bought a gift yet. My knee has been acting up again too, so I should probably book a physio session next week. And the neighbour downstairs asked me to move my bike out of the hallway, fair enough.",
    tasks: [
      { title: 'Tax return for the rental flat', due: '2026-05-31' },
      { title: "Buy a gift for Inês's christening", due: '2026-05-16' },
      { title: 'Book a physio session', due: '2026-05-04' },
      { title: 'Move my bike out of the hallway', due: null },
    ],
  },
  {
    name: 'ramble 2: a cold week in Toronto',
    today: '2027-02-10',
    timezone: 'America/Toronto',
    text: "ok so I've been meaning to write this down all week. the furnace guy never called back and it's getting really cold, so I'll call them again tomorrow morning first thing. I also told Priya I'd help her move on Saturday, which means I can't do the grocery run then, so groceries have to happen Friday after work. work-wise the quarterly numbers need to go to Dave by Monday, and I still haven't started. oh and my passport expires in June, I really should start the renewal before summer plans get serious",
    tasks: [
      { title: 'Call the furnace guy', due: '2027-02-11' },
      { title: 'Help Priya move', due: '2027-02-13' },
      { title: 'Grocery run', due: '2027-02-12' },
      { title: 'Send the quarterly numbers to Dave', due: '2027-02-15' },
      { title: 'Start the passport renewal', due: null },
    ],
  },
  {
    name: 'ramble 3: first day of spring in Brisbane',
    today: '2026-08-31',
    timezone: 'Australia/Brisbane',
    text: "Right, new week. Spring starts tomorrow and the yard looks like a jungle, so I need to mow the yard and trim the hedge this weekend. Lachie's footy presentation night is Friday and he needs a collared shirt, so I'll have to grab one before then. I've been meaning to sort out the health insurance switch since July, I'll ring the health fund Wednesday about it. Mum's birthday is the 9th, need to get her a present.",
    tasks: [
      { title: 'Mow the yard', due: '2026-09-05' },
      { title: 'Trim the hedge', due: '2026-09-05' },
      { title: 'Grab a collared shirt for Lachie', due: '2026-09-03' },
      { title: 'Ring the health fund about the health insurance switch', due: '2026-09-02' },
      { title: 'Get Mum a present', due: '2026-09-09' },
    ],
  },
  // voice-to-text without punctuation
  {
    name: 'dictation 1: the day US clocks go forward',
    today: '2027-03-14',
    timezone: 'America/Los_Angeles',
    text: "remind me to reset the clock in the car since the time changed and also I need to email the HOA about the parking spot then pick up Ava's science fair poster board tomorrow and oh yeah submit the FSA receipts before Friday",
    tasks: [
      { title: 'Reset the clock in the car', due: null },
      { title: 'Email the HOA about the parking spot', due: null },
      { title: "Pick up Ava's science fair poster board", due: '2027-03-15' },
      { title: 'Submit the FSA receipts', due: '2027-03-18' },
    ],
  },
  {
    name: 'dictation 2: MOT, window cleaner and tomatoes',
    today: '2026-06-09',
    timezone: 'Europe/London',
    text: "okay so first thing book the MOT it runs out on the 20th and then text Gemma back about the drinks and I need to pay the window cleaner I owe him for two months also order more dog food we're almost out and remind me to water the tomatoes tonight",
    tasks: [
      { title: 'Book the MOT', due: '2026-06-20' },
      { title: 'Text Gemma back about the drinks', due: null },
      { title: 'Pay the window cleaner', due: null },
      { title: 'Order more dog food', due: null },
      { title: 'Water the tomatoes', due: '2026-06-09' },
    ],
  },
  {
    name: 'dictation 3: notaire and Navigo as Paris clocks go back',
    today: '2027-10-31',
    timezone: 'Europe/Paris',
    text: "note to self call the notaire's office monday about the signing date then renew the Navigo pass it runs out on the fifth also I have to send Claire the photos from the wedding and buy a birthday card for Théo his birthday is wednesday",
    tasks: [
      { title: "Call the notaire's office about the signing date", due: '2027-11-01' },
      { title: 'Renew the Navigo pass', due: '2027-11-05' },
      { title: 'Send Claire the photos from the wedding', due: null },
      { title: 'Buy a birthday card for Théo', due: '2027-11-03' },
    ],
  },
  // pasted emails and chat messages
  {
    name: 'message 1: email recap with action items',
    today: '2026-11-30',
    timezone: 'America/Chicago',
    text: "Hi Sam,\n\nThanks for jumping on the call today. Quick recap of what we agreed:\n\nAction items:\n- Sam: send the revised floor plan to the contractor by Wednesday\n- Laura: get two quotes for the countertops\n- Sam: confirm the delivery window with the appliance store\n- everyone: review the budget sheet for Friday's check-in\n\nBest,\nLaura",
    tasks: [
      { title: 'Send the revised floor plan to the contractor', due: '2026-12-02' },
      { title: 'Confirm the delivery window with the appliance store', due: null },
      { title: 'Review the budget sheet', due: '2026-12-04' },
    ],
  },
  {
    name: 'message 2: Slack on-call thread',
    today: '2027-05-27',
    timezone: 'Europe/Berlin',
    text: '#platform-oncall\nJonas: heads up, the cert on the staging gateway expires Monday\nJonas: @me can you renew it tomorrow?\nMe: yep will do\nAylin: I\'ll update the runbook afterwards\nJonas: also someone pls rotate the API keys for the billing service by end of week\nMe: I\'ll take the keys too',
    tasks: [
      { title: 'Renew the cert on the staging gateway', due: '2027-05-28' },
      { title: 'Rotate the API keys for the billing service', due: '2027-05-28' },
    ],
  },
  {
    name: 'message 3: family WhatsApp about a birthday lunch',
    today: '2026-07-22',
    timezone: 'Asia/Manila',
    text: "[Family group]\nTita Luz: Good morning! Lola's 80th is on Aug 8, we are booking the restaurant in Tagaytay 🎉\nTita Luz: Can everyone send their headcount by Sunday?\nKuya Ben: we're 4\nTita Luz: @Rina can you handle the cake?\nme (Rina): sure po!\n\nmy notes: order the cake from Conti's by Aug 5, send headcount (we're 3), buy a barong for Miguel",
    tasks: [
      { title: "Order the cake from Conti's", due: '2026-08-05' },
      { title: 'Send headcount', due: '2026-07-26' },
      { title: 'Buy a barong for Miguel', due: null },
    ],
  },
  {
    name: 'message 4: forwarded HR reminder',
    today: '2027-01-18',
    timezone: 'Europe/London',
    text: 'Fwd from Helen:\n"Good morning team, hope you all had a restful weekend. Reminder that timesheets for December must be submitted by Wednesday 20 January. Please also complete the fire safety e-learning before 31 January if you haven\'t already. Kind regards, Helen (HR)"\n\nneed to do both, the fire one takes ~40 mins',
    tasks: [
      { title: 'Submit December timesheets', due: '2027-01-20' },
      { title: 'Complete the fire safety e-learning', due: '2027-01-30' },
    ],
  },
  // meeting notes
  {
    name: 'meeting 1: sprint planning with owners',
    today: '2026-09-04',
    timezone: 'America/New_York',
    text: "Sprint planning 9/4\nAttendees: me, Raj, Colleen, Tomás\n- Raj to finish the search indexing spike by Wed\n- I'll write the migration for the new orders table (Tue)\n- Colleen owns the release notes\n- me: set up the load test env before the 15th\n- Tomás out next week\nNext sync: Thursday 9/10",
    tasks: [
      { title: 'Write the migration for the new orders table', due: '2026-09-08' },
      { title: 'Set up the load test env', due: '2026-09-14' },
    ],
  },
  {
    name: 'meeting 2: tennis club committee actions',
    today: '2027-06-21',
    timezone: 'Australia/Melbourne',
    text: 'Committee meeting notes - Fitzroy tennis club\n- Courts 3 & 4 resurfacing booked for July, Greg to confirm dates\n- ACTION (me): chase unpaid memberships, list from treasurer\n- ACTION (me): draft winter newsletter by Friday\n- ACTION (Priya): new balls order\n- AGM moved to 14/8\n- ACTION (all): RSVP to AGM by 31/7',
    tasks: [
      { title: 'Chase unpaid memberships', due: null },
      { title: 'Draft winter newsletter', due: '2027-06-25' },
      { title: 'RSVP to AGM', due: '2027-07-31' },
    ],
  },
  {
    name: 'meeting 3: notes from a 1:1',
    today: '2027-09-09',
    timezone: 'Asia/Tokyo',
    text: "1:1 w/ Hiroshi\n- he liked the Q3 deck, wants the churn slide redone\n- I need to send the redone slide by Monday\n- talk to finance about headcount for Q4\n- he'll intro me to the Osaka team\n- next 1:1 in two weeks",
    tasks: [
      { title: 'Send the redone slide', due: '2027-09-13' },
      { title: 'Talk to finance about headcount for Q4', due: null },
    ],
  },
  // feelings and statements among tasks
  {
    name: 'feelings 1: a flat rainy Friday',
    today: '2026-05-15',
    timezone: 'America/Denver',
    text: "Feeling kind of flat today. Didn't sleep well and the rain hasn't stopped. Anyway. I should return the library books, they're due tomorrow. Work has been okay, the new manager seems nice. Need to call the vet about Pepper's limp. I miss summer.",
    tasks: [
      { title: 'Return the library books', due: '2026-05-16' },
      { title: "Call the vet about Pepper's limp", due: null },
    ],
  },
  {
    name: 'feelings 2: last office day before the holidays',
    today: '2027-12-17',
    timezone: 'Europe/Stockholm',
    text: 'Last day at the office before the holidays and my brain has already left. The team party was fun. Still, today I have to write the handover doc for Elin and send thank-you notes to the contractors. Buy the julskinka on Tuesday. I love how quiet the city gets this time of year.',
    tasks: [
      { title: 'Write the handover doc for Elin', due: '2027-12-17' },
      { title: 'Send thank-you notes to the contractors', due: '2027-12-17' },
      { title: 'Buy the julskinka', due: '2027-12-21' },
    ],
  },
  {
    name: 'feelings 3: a rough week in Perth',
    today: '2026-02-27',
    timezone: 'Australia/Perth',
    text: "Not gonna lie, this week was rough. Lost the pitch, car broke down, and I'm behind on everything. The mechanic says it'll be ready Monday. Tomorrow I'll do the washing and clean the flat, it's a mess. I have to reply to Kate's email about the lease. It's fine. Things will get better.",
    tasks: [
      { title: 'Do the washing', due: '2026-02-28' },
      { title: 'Clean the flat', due: '2026-02-28' },
      { title: "Reply to Kate's email about the lease", due: null },
    ],
  },
  // slashed and dotted dates
  {
    name: 'slashed 1: British dates as UK clocks go forward',
    today: '2026-03-29',
    timezone: 'Europe/London',
    text: "- council tax direct debit form - send by 03/04\n- Ellie's parents' evening 9/4 at 5.30\n- return the Argos kettle by 18/04\n- renew the car insurance - expires 12/05",
    tasks: [
      { title: 'Send council tax direct debit form', due: '2026-04-03' },
      { title: "Ellie's parents' evening", due: '2026-04-09' },
      { title: 'Return the Argos kettle', due: '2026-04-18' },
      { title: 'Renew the car insurance', due: '2026-05-12' },
    ],
  },
  {
    name: 'slashed 2: American bills as US clocks go back',
    today: '2026-11-01',
    timezone: 'America/Chicago',
    text: 'bills this month:\n- pay the water bill 11/12\n- car payment 11/15\n- pay off the Visa 11/20\nalso: dentist for Noah 11/6 at 3:45, and book the Thanksgiving flights before 11/10',
    tasks: [
      { title: 'Pay the water bill', due: '2026-11-12' },
      { title: 'Car payment', due: '2026-11-15' },
      { title: 'Pay off the Visa', due: '2026-11-20' },
      { title: 'Dentist for Noah', due: '2026-11-06' },
      { title: 'Book the Thanksgiving flights', due: '2026-11-09' },
    ],
  },
  {
    name: 'slashed 3: Australian dates as Adelaide clocks go back',
    today: '2027-04-04',
    timezone: 'Australia/Adelaide',
    text: "Sunday arvo, clocks went back last night. Coming up:\nRego due 15/4 - pay online\nSchool hols end 19/4, wash and label the uniforms before then\nTax appointment w/ accountant 28/04 10am\nSend Nan's card, her bday is 10/4",
    tasks: [
      { title: 'Pay rego', due: '2027-04-15' },
      { title: 'Wash and label the uniforms', due: '2027-04-18' },
      { title: 'Tax appointment w/ accountant', due: '2027-04-28' },
      { title: "Send Nan's card", due: '2027-04-10' },
    ],
  },
  {
    name: 'slashed 4: German dotted dates at the turn of the year',
    today: '2026-12-30',
    timezone: 'Europe/Berlin',
    text: '- send the documents to the tax advisor by 08.01.2027\n- cancel the gym before 31.12.\n- dentist 14.01. at 9:00\n- book a TÜV appointment, no rush\n- buy raclette cheese tomorrow',
    tasks: [
      { title: 'Send the documents to the tax advisor', due: '2027-01-08' },
      { title: 'Cancel the gym', due: '2026-12-30' },
      { title: 'Dentist', due: '2027-01-14' },
      { title: 'Book a TÜV appointment', due: null, priority: 'low' },
      { title: 'Buy raclette cheese', due: '2026-12-31' },
    ],
  },
  // date words in other languages
  {
    name: 'mixed-lang 1: Spanish day words in Madrid',
    today: '2027-08-13',
    timezone: 'Europe/Madrid',
    text: 'cosas por hacer:\n- call the landlord el lunes about the boiler\n- pay the community fee antes del 20 de agosto\n- dinner with Lucía el sábado\n- book the NIE appointment el próximo martes',
    tasks: [
      { title: 'Call the landlord about the boiler', due: '2027-08-16' },
      { title: 'Pay the community fee', due: '2027-08-19' },
      { title: 'Dinner with Lucía', due: '2027-08-14' },
      { title: 'Book the NIE appointment', due: '2027-08-17' },
    ],
  },
  {
    name: 'mixed-lang 2: Belgian French in one paragraph',
    today: '2026-10-04',
    timezone: 'Europe/Brussels',
    text: "Semaine chargée. I need to drop off the car at the garage lundi matin, call the crèche about the new hours avant mercredi, and pick up Louise's birthday cake samedi. Aussi: pay the électricien, and book the ski chalet before the end of the month.",
    tasks: [
      { title: 'Drop off the car at the garage', due: '2026-10-05' },
      { title: 'Call the crèche about the new hours', due: '2026-10-06' },
      { title: "Pick up Louise's birthday cake", due: '2026-10-10' },
      { title: 'Pay the électricien', due: null },
      { title: 'Book the ski chalet', due: '2026-10-31' },
    ],
  },
  {
    name: 'mixed-lang 3: Swiss German week as clocks go forward',
    today: '2027-03-28',
    timezone: 'Europe/Zurich',
    text: "Plan für die Woche: Montag dentist at 8, Dienstag workshop in Basel, am Donnerstag return the rental bike, Freitag Abend dinner at Marco's. Nicht vergessen: renew the Halbtax bis Ende April.",
    tasks: [
      { title: 'Dentist', due: '2027-03-29' },
      { title: 'Workshop in Basel', due: '2027-03-30' },
      { title: 'Return the rental bike', due: '2027-04-01' },
      { title: "Dinner at Marco's", due: '2027-04-02' },
      { title: 'Renew the Halbtax', due: '2027-04-30' },
    ],
  },
  {
    name: 'mixed-lang 4: Dutch list with English items',
    today: '2027-05-05',
    timezone: 'Europe/Amsterdam',
    text: 'todo deze week:\n- bel de huisarts morgen\n- return the parcel to bol.com uiterlijk vrijdag\n- verjaardag oma zaterdag, buy flowers\n- invoice to Daan uiterlijk maandag',
    tasks: [
      { title: 'Bel de huisarts', due: '2027-05-06' },
      { title: 'Return the parcel to bol.com', due: '2027-05-07' },
      { title: 'Buy flowers for oma', due: '2027-05-08' },
      { title: 'Invoice to Daan', due: '2027-05-10' },
    ],
  },
  // emoji bullets and headings
  {
    name: 'emoji 1: home and work headings after New Year',
    today: '2027-01-02',
    timezone: 'America/New_York',
    text: '🏠 Home\n🧹 take down the tree this weekend\n🔧 fix the dripping shower head\n\n💼 Work\n📧 reply to the recruiter Monday\n📊 finish the year-end report by Jan 8\n\n🎉 party was amazing btw',
    tasks: [
      { title: 'Take down the tree', due: '2027-01-02', project: 'Home' },
      { title: 'Fix the dripping shower head', due: null, project: 'Home' },
      { title: 'Reply to the recruiter', due: '2027-01-04', project: 'Work' },
      { title: 'Finish the year-end report', due: '2027-01-08', project: 'Work' },
    ],
  },
  {
    name: 'emoji 2: arrows under a trip heading',
    today: '2026-08-19',
    timezone: 'Asia/Dubai',
    text: '✈️ trip to Istanbul next Thursday\n✅ hotel booked\n➡️ get travel insurance\n➡️ exchange some lira\n➡️ ask Omar to water the plants\n⚠️ passport expires in 5 months - check entry rules!!',
    tasks: [
      { title: 'Get travel insurance', due: null, project: 'Trip to Istanbul' },
      { title: 'Exchange some lira', due: null, project: 'Trip to Istanbul' },
      { title: 'Ask Omar to water the plants', due: null, project: 'Trip to Istanbul' },
      { title: 'Check entry rules', due: null, project: 'Trip to Istanbul', priority: 'high' },
    ],
  },
  {
    name: 'emoji 3: a Sydney week as clocks go forward',
    today: '2027-10-03',
    timezone: 'Australia/Sydney',
    text: "📌 coming up\n🐶 Milo to the groomer Tue\n🛒 Woolies: milk, bread, dishwasher tabs\n💊 refill script before Thursday\n🎂 Zoe's party Sat - wrap present\n😴 clocks went forward, so tired",
    tasks: [
      { title: 'Milo to the groomer', due: '2027-10-05' },
      { title: 'Woolies: milk, bread, dishwasher tabs', due: null },
      { title: 'Refill script', due: '2027-10-06' },
      { title: 'Wrap present', due: '2027-10-09' },
    ],
  },
  // projects named in prose
  {
    name: 'project 1: a basement suite to rent',
    today: '2027-04-16',
    timezone: 'America/Vancouver',
    text: "This month I really want to get the basement suite ready to rent. Need to patch the drywall by the bathroom, get an electrician in to check the outlets, and list it on Craigslist by the end of the month. Unrelated, but Mira's soccer registration closes Sunday.",
    tasks: [
      { title: 'Patch the drywall by the bathroom', due: null, project: 'Basement suite' },
      { title: 'Get an electrician in to check the outlets', due: null, project: 'Basement suite' },
      { title: 'List it on Craigslist', due: '2027-04-30', project: 'Basement suite' },
      { title: "Mira's soccer registration", due: '2027-04-18', project: null },
    ],
  },
  {
    name: 'project 2: a garage conversion',
    today: '2026-10-13',
    timezone: 'Europe/London',
    text: "Garage conversion - this is the month it finally happens. Planning permission came through last week. Next: get three builder quotes, order the bifold doors (6 week lead time!), and ask Dad if we can store stuff in his shed. The builder would ideally start early November. Also totally separate: dentist Thursday.",
    tasks: [
      { title: 'Get three builder quotes', due: null, project: 'Garage conversion' },
      { title: 'Order the bifold doors', due: null, project: 'Garage conversion' },
      { title: 'Ask Dad if we can store stuff in his shed', due: null, project: 'Garage conversion' },
      { title: 'Dentist', due: '2026-10-15', project: null },
    ],
  },
  {
    name: 'project 3: a startup idea beside the day job',
    today: '2026-06-30',
    timezone: 'America/Sao_Paulo',
    text: 'Startup idea: PawRoute, a booking app for dog walkers. Before I get too excited: talk to five dog walkers this week, sketch the booking flow, and check if pawroute.com is free. Day job: send the June report to Fernanda by Friday.',
    tasks: [
      { title: 'Talk to five dog walkers', due: '2026-07-03', project: 'PawRoute' },
      { title: 'Sketch the booking flow', due: null, project: 'PawRoute' },
      { title: 'Check if pawroute.com is free', due: null, project: 'PawRoute' },
      { title: 'Send the June report to Fernanda', due: '2026-07-03', project: 'Day job' },
    ],
  },
  // labels
  {
    name: 'label 1: two clients',
    today: '2026-12-14',
    timezone: 'America/New_York',
    text: 'Client: Harbor Dental redesign\n- send the homepage mockups Wed\n- get testimonials from Dr. Lin\n- fix the mobile nav\nClient: Ridgeway Bakery\n- November invoice\n- update the holiday hours banner by Friday',
    tasks: [
      { title: 'Send the homepage mockups', due: '2026-12-16', project: 'Harbor Dental redesign' },
      { title: 'Get testimonials from Dr. Lin', due: null, project: 'Harbor Dental redesign' },
      { title: 'Fix the mobile nav', due: null, project: 'Harbor Dental redesign' },
      { title: 'November invoice', due: null, project: 'Ridgeway Bakery' },
      { title: 'Update the holiday hours banner', due: '2026-12-18', project: 'Ridgeway Bakery' },
    ],
  },
  {
    name: 'label 2: hashtags on every line',
    today: '2026-09-16',
    timezone: 'Europe/Warsaw',
    text: "#work prep the offsite agenda by Fri\n#work review Kasia's PR\n#home descale the washing machine\n#home book the chimney sweep next week\n#errands send the package to Gdańsk",
    tasks: [
      { title: 'Prep the offsite agenda', due: '2026-09-18', project: 'Work' },
      { title: "Review Kasia's PR", due: null, project: 'Work' },
      { title: 'Descale the washing machine', due: null, project: 'Home' },
      { title: 'Book the chimney sweep', due: '2026-09-21', project: 'Home' },
      { title: 'Send the package to Gdańsk', due: null, project: 'Errands' },
    ],
  },
  {
    name: "label 3: bracket tags on New Year's Eve",
    today: '2027-12-31',
    timezone: 'Pacific/Auckland',
    text: '[health] book a skin check\n[health] start swimming again\n[money] move savings to the new term deposit before 5 Jan\n[money] sort out KiwiSaver contributions\n[bach] fix the gutter over the deck\n[bach] new gas bottle for the BBQ',
    tasks: [
      { title: 'Book a skin check', due: null, project: 'Health' },
      { title: 'Start swimming again', due: null, project: 'Health' },
      { title: 'Move savings to the new term deposit', due: '2028-01-04', project: 'Money' },
      { title: 'Sort out KiwiSaver contributions', due: null, project: 'Money' },
      { title: 'Fix the gutter over the deck', due: null, project: 'Bach' },
      { title: 'New gas bottle for the BBQ', due: null, project: 'Bach' },
    ],
  },
  // several groups in one dump
  {
    name: 'groups 1: work, home and personal',
    today: '2026-01-26',
    timezone: 'Europe/Madrid',
    text: 'Work:\n- finish the Q1 forecast\n- call the Valencia supplier tomorrow\nHome:\n- call a plumber about the kitchen tap\n- buy a present for Pablo, his party is Saturday\nPersonal:\n- renew the gym membership\n- read the book club book by the 10th',
    tasks: [
      { title: 'Finish the Q1 forecast', due: null, project: 'Work' },
      { title: 'Call the Valencia supplier', due: '2026-01-27', project: 'Work' },
      { title: 'Call a plumber about the kitchen tap', due: null, project: 'Home' },
      { title: 'Buy a present for Pablo', due: '2026-01-31', project: 'Home' },
      { title: 'Renew the gym membership', due: null, project: 'Personal' },
      { title: 'Read the book club book', due: '2026-02-10', project: 'Personal' },
    ],
  },
  {
    name: 'groups 2: kids, garden and car without colons',
    today: '2027-03-03',
    timezone: 'Europe/Copenhagen',
    text: 'Kids\n* Freja dentist Mon 15:30\n* sign the permission slip for the zoo trip\nGarden\n* order bark mulch\n* prune the apple tree before it buds\nCar\n* winter tyres off after Easter',
    tasks: [
      { title: 'Freja dentist', due: '2027-03-08', project: 'Kids' },
      { title: 'Sign the permission slip for the zoo trip', due: null, project: 'Kids' },
      { title: 'Order bark mulch', due: null, project: 'Garden' },
      { title: 'Prune the apple tree', due: null, project: 'Garden' },
      { title: 'Winter tyres off', due: '2027-03-29', project: 'Car' },
    ],
  },
  {
    name: 'groups 3: work, home and choir in prose',
    today: '2026-11-19',
    timezone: 'Europe/London',
    text: "For work I need to prepare the board slides and email Yusuf about the contract renewal. At home I have to book the boiler service and fix the fence panel that blew down. And for choir: learn the alto part for Sunday's concert and pay my term fees.",
    tasks: [
      { title: 'Prepare the board slides', due: null, project: 'Work' },
      { title: 'Email Yusuf about the contract renewal', due: null, project: 'Work' },
      { title: 'Book the boiler service', due: null, project: 'Home' },
      { title: 'Fix the fence panel', due: null, project: 'Home' },
      { title: 'Learn the alto part', due: '2026-11-22', project: 'Choir' },
      { title: 'Pay my term fees', due: null, project: 'Choir' },
    ],
  },
  // comma lists of short items
  {
    name: 'comma 1: six chores in one line',
    today: '2027-06-04',
    timezone: 'Europe/London',
    text: 'laundry, bins out, ring Gran, renew car tax, pharmacy pickup tmrw, hoover the stairs',
    tasks: [
      { title: 'Laundry', due: null },
      { title: 'Bins out', due: null },
      { title: 'Ring Gran', due: null },
      { title: 'Renew car tax', due: null },
      { title: 'Pharmacy pickup', due: '2027-06-05' },
      { title: 'Hoover the stairs', due: null },
    ],
  },
  {
    name: 'comma 2: errands under "today"',
    today: '2026-03-17',
    timezone: 'America/Chicago',
    text: 'today: bank, post office, haircut at 2, gift for Ana, vacuum the car',
    tasks: [
      { title: 'Bank', due: '2026-03-17' },
      { title: 'Post office', due: '2026-03-17' },
      { title: 'Haircut', due: '2026-03-17' },
      { title: 'Gift for Ana', due: '2026-03-17' },
      { title: 'Vacuum the car', due: '2026-03-17' },
    ],
  },
  {
    name: 'comma 3: weekend jobs in Perth',
    today: '2027-09-24',
    timezone: 'Australia/Perth',
    text: "weekend jobs - wash the ute, clean the gutters, buy potting mix, fix Ruby's bike, call Uncle Ray",
    tasks: [
      { title: 'Wash the ute', due: '2027-09-25' },
      { title: 'Clean the gutters', due: '2027-09-25' },
      { title: 'Buy potting mix', due: '2027-09-25' },
      { title: "Fix Ruby's bike", due: '2027-09-25' },
      { title: 'Call Uncle Ray', due: '2027-09-25' },
    ],
  },
  // inline numbered lists
  {
    name: 'inline 1: three things for Monday',
    today: '2026-07-10',
    timezone: 'Asia/Singapore',
    text: 'for Monday: 1) send the contract to legal 2) book the team lunch 3) update the roadmap slide',
    tasks: [
      { title: 'Send the contract to legal', due: '2026-07-13' },
      { title: 'Book the team lunch', due: '2026-07-13' },
      { title: 'Update the roadmap slide', due: '2026-07-13' },
    ],
  },
  {
    name: 'inline 2: bracketed numbers the day after US clocks go back',
    today: '2027-11-08',
    timezone: 'America/New_York',
    text: 'need to (1) pick up the new glasses (2) pay the parking ticket before Friday (3) email the school about the field trip (4) defrost the freezer',
    tasks: [
      { title: 'Pick up the new glasses', due: null },
      { title: 'Pay the parking ticket', due: '2027-11-11' },
      { title: 'Email the school about the field trip', due: null },
      { title: 'Defrost the freezer', due: null },
    ],
  },
  {
    name: 'inline 3: dotted numbers with priorities',
    today: '2026-02-03',
    timezone: 'Europe/Berlin',
    text: "priorities: 1. fix the prod alert - urgent 2. review Anke's design doc by Thursday 3. plan the hackathon, whenever",
    tasks: [
      { title: 'Fix the prod alert', due: null, priority: 'high' },
      { title: "Review Anke's design doc", due: '2026-02-05' },
      { title: 'Plan the hackathon', due: null, priority: 'low' },
    ],
  },
  // conditions
  {
    name: 'condition 1: weather and a noisy car',
    today: '2026-05-23',
    timezone: 'Europe/Oslo',
    text: 'if the weather holds tomorrow, mow the lawn and take the kids to the lake. if the car makes that noise again, call the garage. pay the dentist bill either way. only if I have time: sort the photos from Bergen',
    tasks: [
      { title: 'Mow the lawn', due: '2026-05-24' },
      { title: 'Take the kids to the lake', due: '2026-05-24' },
      { title: 'Pay the dentist bill', due: null },
      { title: 'Sort the photos from Bergen', due: null },
    ],
  },
  {
    name: 'condition 2: a waitlist target',
    today: '2027-02-15',
    timezone: 'America/Los_Angeles',
    text: "If the waitlist hits 500 signups by March 1 we launch the beta, so this week: finish the onboarding emails, fix the signup bug on Safari, and set up the analytics dashboard by Thursday. In case we don't hit it, no plan B yet. Also ask Dana whether she can do the launch video.",
    tasks: [
      { title: 'Finish the onboarding emails', due: '2027-02-19' },
      { title: 'Fix the signup bug on Safari', due: '2027-02-19' },
      { title: 'Set up the analytics dashboard', due: '2027-02-18' },
      { title: 'Ask Dana whether she can do the launch video', due: null },
    ],
  },
  {
    name: 'condition 3: a parcel that may not come, as Rome clocks go back',
    today: '2026-10-25',
    timezone: 'Europe/Rome',
    text: "- if the parcel doesn't arrive by Friday, email the seller\n- renew the car insurance before the 31st\n- call the school about Giulia's allergy form tomorrow\n- if there's time, clear out the wardrobe",
    tasks: [
      { title: 'Renew the car insurance', due: '2026-10-30' },
      { title: "Call the school about Giulia's allergy form", due: '2026-10-26' },
      { title: 'Clear out the wardrobe', due: null },
    ],
  },
  // a project's own deadline that is not a task
  {
    name: 'deadline 1: a conference talk',
    today: '2027-08-02',
    timezone: 'America/Chicago',
    text: 'DevDays talk\nThe talk itself is Sept 14, CFP confirmed.\nTo do: outline the talk by Friday, build the demo repo, dry run with the team on Sept 9, and book the hotel in Austin.',
    tasks: [
      { title: 'Outline the talk', due: '2027-08-06', project: 'DevDays talk' },
      { title: 'Build the demo repo', due: null, project: 'DevDays talk' },
      { title: 'Dry run with the team', due: '2027-09-09', project: 'DevDays talk' },
      { title: 'Book the hotel in Austin', due: null, project: 'DevDays talk' },
    ],
  },
  {
    name: 'deadline 2: a thesis submission',
    today: '2026-03-12',
    timezone: 'Europe/Amsterdam',
    text: 'Thesis: submission deadline is April 30, supervisor meeting every other Tuesday. This week I need to finish the methods chapter. Send the draft to Dr. Visser by Sunday. Also reformat the bibliography, and ask the lab for the raw data from batch 3.',
    tasks: [
      { title: 'Finish the methods chapter', due: '2026-03-13', project: 'Thesis' },
      { title: 'Send the draft to Dr. Visser', due: '2026-03-15', project: 'Thesis' },
      { title: 'Reformat the bibliography', due: null, project: 'Thesis' },
      { title: 'Ask the lab for the raw data from batch 3', due: null, project: 'Thesis' },
    ],
  },
  {
    name: "deadline 3: a cousin's wedding in February",
    today: '2027-01-25',
    timezone: 'Asia/Kolkata',
    text: "Now the big one: Ananya's wedding on Feb 20. Wedding date is fixed, venue done. My bits: buy the lehenga fabric this weekend, book train tickets to Jaipur for the 18th, and collect the invitation cards from the printer by Thursday. Unrelated: car service is due Feb 1.",
    tasks: [
      { title: 'Buy the lehenga fabric', due: '2027-01-30', project: "Ananya's wedding" },
      { title: 'Book train tickets to Jaipur', due: '2027-02-18', project: "Ananya's wedding" },
      { title: 'Collect the invitation cards from the printer', due: '2027-01-28', project: "Ananya's wedding" },
      { title: 'Car service', due: '2027-02-01', project: null },
    ],
  },
  // things already done
  {
    name: 'done 1: ticks and what is left after tax day',
    today: '2026-04-20',
    timezone: 'America/New_York',
    text: "✅ taxes filed!!\n✅ car registration renewed\n- still need to mail the state form by Wednesday\n- call about the water heater warranty\n- done with the bathroom caulk finally\n- schedule Ben's 6-month checkup",
    tasks: [
      { title: 'Mail the state form', due: '2026-04-22' },
      { title: 'Call about the water heater warranty', due: null },
      { title: "Schedule Ben's 6-month checkup", due: null },
    ],
  },
  {
    name: 'done 2: open tasks done, cancelled and pushed',
    today: '2027-03-05',
    timezone: 'Europe/Berlin',
    open: [
      { id: BIKE, title: 'Service the bike', due_date: '2027-03-06' },
      { id: ELSTER, title: 'Send the Elster tax form', due_date: null },
      { id: PARTY, title: "Plan Jonas's surprise party", due_date: '2027-03-20' },
    ],
    text: 'bike service done, picked it up yesterday. the surprise party for Jonas is off - he found out lol, cancel that. Elster form: push to next Friday. new: buy a gift for Jonas anyway, before the 20th',
    tasks: [{ title: 'Buy a gift for Jonas', due: '2027-03-19' }],
    updates: [
      { task_id: BIKE, status: 'done' },
      { task_id: PARTY, status: 'cancelled' },
      { task_id: ELSTER, due: '2027-03-12' },
    ],
  },
  {
    name: 'done 3: a productive morning before Christmas',
    today: '2026-12-21',
    timezone: 'America/Los_Angeles',
    text: "Got a lot done this morning: wrapped all the presents, dropped the cards at the post office and paid the December rent. What's left: pick up the ham on Wednesday, clean the guest room before my in-laws arrive on the 23rd, and charge the camera batteries.",
    tasks: [
      { title: 'Pick up the ham', due: '2026-12-23' },
      { title: 'Clean the guest room', due: '2026-12-22' },
      { title: 'Charge the camera batteries', due: null },
    ],
  },
  {
    name: 'done 4: a visa submitted and a carpet replaced',
    today: '2027-08-30',
    timezone: 'Australia/Sydney',
    open: [
      { id: VISA, title: 'Apply for the Japan visa', due_date: '2027-09-03' },
      { id: CARPET, title: 'Book carpet cleaning', due_date: null },
      { id: DAD, title: 'Call Dad about the trip', due_date: null },
    ],
    text: "Japan visa - submitted it Friday, so that's done. carpet cleaning: not needed anymore, we're replacing the carpet, cancel. still need to call Dad about the trip, will do it Thursday. also new thing: measure the lounge room for the new carpet",
    tasks: [{ title: 'Measure the lounge room for the new carpet', due: null }],
    updates: [
      { task_id: VISA, status: 'done' },
      { task_id: CARPET, status: 'cancelled' },
      { task_id: DAD, due: '2027-09-02' },
    ],
  },
  // long dumps
  {
    name: 'long 1: the first of June, work, home and me',
    today: '2026-06-01',
    timezone: 'Europe/London',
    text: "June already. Ok, writing everything down because my head is full. Work first: the client workshop with Fenwick is on the 11th and I haven't even started the agenda, so I need to draft it by Thursday. Olu should check the exercises too, I'll ask him. I also owe Hannah feedback on her probation review, that's due Friday. The new intern starts on the 8th, so someone has to set up her laptop and accounts - that's me apparently - before she arrives. And the expenses from the Leeds trip, which I keep forgetting, need to go in before the end of the month or I won't get paid for them. At home it's chaos. The boiler man is coming Wednesday between 8 and 12, so I need to work from home that morning. Ruby's school trip form and the £12 are due back on Tuesday. The garden needs a proper weeding and I promised to finally put up the shelves in the study this weekend. We also need to book the holiday cottage in Devon for August before all the decent ones go. The car insurance renews on the 14th and last year they put it up by a third, so compare quotes before then. The council tax direct debit bounced last month for no obvious reason, ring the council tomorrow to sort it. For me: I've planned nothing for my birthday, maybe a dinner with Jess and Tom on the 20th, I'll text them tonight. Need to renew my running club membership as well, and my eye test is overdue - book it. Mum rang, she's fine, the hip is healing well. Dad wants to know if we're coming up for his 70th in July, I need to give him an answer by Sunday. I'm tired but mostly it's fine. The weather has been lovely, at least.",
    tasks: [
      { title: 'Draft the workshop agenda', due: '2026-06-04', project: 'Work' },
      { title: 'Ask Olu to check the exercises', due: null, project: 'Work' },
      { title: 'Give Hannah feedback on her probation review', due: '2026-06-05', project: 'Work' },
      { title: "Set up the intern's laptop and accounts", due: '2026-06-07', project: 'Work' },
      { title: 'Submit the Leeds trip expenses', due: '2026-06-30', project: 'Work' },
      { title: 'Work from home', due: '2026-06-03', project: 'Home' },
      { title: "Return Ruby's school trip form and the £12", due: '2026-06-02', project: 'Home' },
      { title: 'Weed the garden', due: null, project: 'Home' },
      { title: 'Put up the shelves in the study', due: '2026-06-06', project: 'Home' },
      { title: 'Book the holiday cottage in Devon', due: null, project: 'Home' },
      { title: 'Compare car insurance quotes', due: '2026-06-13', project: 'Home' },
      { title: 'Ring the council about the direct debit', due: '2026-06-02', project: 'Home' },
      { title: 'Text Jess and Tom about dinner', due: '2026-06-01', project: null },
      { title: 'Renew my running club membership', due: null, project: null },
      { title: 'Book an eye test', due: null, project: null },
      { title: "Give Dad an answer about his 70th", due: '2026-06-07', project: null },
    ],
  },
  {
    name: 'long 2: a Friday list in capitals before US clocks go back',
    today: '2027-11-05',
    timezone: 'America/Chicago',
    text: "Friday brain dump before the weekend\n\nHOUSE\n- clocks go back Sunday, change the oven clock and the car\n- furnace filter (the 20x25 one), order 2\n- leaf cleanup: rake the front yard Saturday, bags are in the garage\n- call Ortiz Roofing about the flashing, they said call after the 1st\n- done: gutters cleaned\n- the smoke detector in the hallway keeps chirping, replace the battery tonight\n\nKIDS\n- Mateo's parent-teacher conference Tues 4:15\n- Sofia needs a costume for the play on the 19th, check Goodwill\n- sign up for winter swim lessons, registration opens Monday at 8am\n- pediatrician for flu shots (both)\n- Mateo's hockey gear is too small, check the swap sale on the 13th\n\nWORK\n- Q4 roadmap review is on the 12th, Dana wants my section by Wed\n- move Kevin's 1:1 to Thursday\n- expense report for the Denver trip\n- perf reviews: write my self-review, due the 19th\n- Lena's farewell lunch is Thursday, chip in for her gift by Wednesday\n\nMONEY\n- open enrollment ends Nov 15 - pick the health plan\n- Venmo Carla $60 for the concert tickets\n- property tax 2nd half due Dec 1\n- check if the HSA contribution went through (it didn't last year)\n\nCAR\n- oil change is 500 miles overdue, book it at Jiffy for next week\n- check engine light came back on Tuesday, probably the gas cap again\n- renew the parking permit at work before it expires on the 30th\n\nfeeling behind but ok. the leaves are gorgeous this year, at least. Mom says Thanksgiving is at ours this year?? talk to Jen about that this weekend. Nothing else planned for the weekend except sleep.",
    tasks: [
      { title: 'Change the oven clock and the car', due: '2027-11-07', project: 'House' },
      { title: 'Order 2 furnace filters', due: null, project: 'House' },
      { title: 'Rake the front yard', due: '2027-11-06', project: 'House' },
      { title: 'Call Ortiz Roofing about the flashing', due: null, project: 'House' },
      { title: 'Replace the smoke detector battery', due: '2027-11-05', project: 'House' },
      { title: "Mateo's parent-teacher conference", due: '2027-11-09', project: 'Kids' },
      { title: 'Get Sofia a costume for the play', due: '2027-11-19', project: 'Kids' },
      { title: 'Sign up for winter swim lessons', due: '2027-11-08', project: 'Kids' },
      { title: 'Pediatrician for flu shots', due: null, project: 'Kids' },
      { title: 'Check the hockey swap sale', due: '2027-11-13', project: 'Kids' },
      { title: 'Send Dana my section for the Q4 roadmap review', due: '2027-11-10', project: 'Work' },
      { title: "Move Kevin's 1:1 to Thursday", due: null, project: 'Work' },
      { title: 'Expense report for the Denver trip', due: null, project: 'Work' },
      { title: 'Write my self-review', due: '2027-11-19', project: 'Work' },
      { title: "Chip in for Lena's gift", due: '2027-11-10', project: 'Work' },
      { title: 'Pick the health plan', due: '2027-11-15', project: 'Money' },
      { title: 'Venmo Carla $60 for the concert tickets', due: null, project: 'Money' },
      { title: 'Property tax 2nd half', due: '2027-12-01', project: 'Money' },
      { title: 'Check if the HSA contribution went through', due: null, project: 'Money' },
      { title: 'Book the oil change at Jiffy', due: '2027-11-08', project: 'Car' },
      { title: 'Renew the parking permit at work', due: '2027-11-29', project: 'Car' },
      { title: 'Talk to Jen about Thanksgiving', due: '2027-11-06', project: null },
    ],
  },
  {
    name: "long 3: a builder's email and my notes on the bathroom",
    today: '2027-01-29',
    timezone: 'Europe/Paris',
    text: "Pasting Bertrand's email so I don't lose it:\n\n\"Bonjour Camille, hope you're well. Following our visit, here's where we are on the bathroom: the tiles arrive on 9 February, we start demolition on the 8th and expect about three weeks of work. Before we start, could you please (1) empty the bathroom completely, (2) choose the grout colour from the samples I left, and (3) confirm the position of the towel radiator. My team will take care of the skip permit with the mairie. The second payment (30%) is due when the tiles are delivered. Bien cordialement, Bertrand Mercier, BM Rénovation\"\n\nMy notes:\nbathroom - so before the 8th: empty it, grout colour, radiator position. Ask Élodie if we can shower at hers for three weeks, lol. The quote was 8,400 euros all in, more than we hoped, but Julien says it's fair. Transfer the 30% on the 9th. The skip will sit on the street for the whole three weeks, so warn the neighbours. Also need to move the washing machine out on Saturday the 6th, Karim said he'd help.\nwork is calm-ish: finish the Lyon proposal by Wednesday, book the train to Lyon for the 15th, and I promised Nadia I'd review her slides before her talk on Thursday.\nflat: the syndic needs access to the water meter on Tuesday the 2nd between 9 and 12, so I have to be home that morning. The kitchen light flickers again, buy a new bulb.\nand don't forget Maman's birthday on Sunday, call her in the morning. Feeling a bit overwhelmed by the works but it'll be worth it. The weather is grey, of course. Julien is back from Montréal on the 10th, pick him up at CDG at 7pm.",
    tasks: [
      { title: 'Empty the bathroom', due: '2027-02-07', project: 'Bathroom' },
      { title: 'Choose the grout colour', due: '2027-02-07', project: 'Bathroom' },
      { title: 'Confirm the position of the towel radiator', due: '2027-02-07', project: 'Bathroom' },
      { title: 'Ask Élodie if we can shower at hers', due: null, project: 'Bathroom' },
      { title: 'Transfer the 30%', due: '2027-02-09', project: 'Bathroom' },
      { title: 'Warn the neighbours about the skip', due: null, project: 'Bathroom' },
      { title: 'Move the washing machine out', due: '2027-02-06', project: 'Bathroom' },
      { title: 'Finish the Lyon proposal', due: '2027-02-03', project: 'Work' },
      { title: 'Book the train to Lyon', due: '2027-02-15', project: 'Work' },
      { title: "Review Nadia's slides", due: '2027-02-03', project: 'Work' },
      { title: 'Be home for the water meter', due: '2027-02-02', project: 'Flat' },
      { title: 'Buy a new bulb for the kitchen light', due: null, project: 'Flat' },
      { title: 'Call Maman', due: '2027-01-31', project: null },
      { title: 'Pick up Julien at CDG', due: '2027-02-10', project: null },
    ],
  },
  // nothing to do
  {
    name: 'nothing 1: a lazy Sunday in Athens',
    today: '2026-08-16',
    timezone: 'Europe/Athens',
    text: 'Lazy Sunday. The beach was lovely, the kids are asleep, nothing on the list for once.',
    tasks: [],
  },
  {
    name: 'nothing 2: the day after Christmas',
    today: '2027-12-26',
    timezone: 'America/New_York',
    text: "Day after Christmas. Stuffed. Nothing to do, nowhere to be. Everything's wrapped up for the year 🎉",
    tasks: [],
  },
  {
    name: 'nothing 3: all caught up on Easter Monday',
    today: '2026-04-06',
    timezone: 'Europe/Dublin',
    text: 'Easter Monday, bank holiday. all caught up - inbox zero, house clean, bills paid. Feeling good about it.',
    tasks: [],
  },
  // one-liners
  {
    name: 'short 1: a passport by a British date',
    today: '2026-05-28',
    timezone: 'Europe/London',
    text: 'renew passport by 1 Aug',
    tasks: [{ title: 'Renew passport', due: '2026-08-01' }],
  },
  {
    name: 'short 2: call Grandma with two bangs',
    today: '2027-09-14',
    timezone: 'America/Chicago',
    text: 'call Grandma sunday!!',
    tasks: [{ title: 'Call Grandma', due: '2027-09-19', priority: 'high' }],
  },
  {
    name: "short 3: one word on New Year's Eve",
    today: '2026-12-31',
    timezone: 'Asia/Tokyo',
    text: 'haircut',
    tasks: [{ title: 'Haircut', due: null }],
  },
];

import type { EvalCase } from './dumps.ts';

/**
 * Development set of the eleventh round of issue #19: 40 everyday dumps written to widen the
 * labelled data of the learned task confidence, in many voices (the first word of each name):
 * `terse` lists, `ramble` prose, `dictation` without punctuation, pasted `message`s, `feelings` and
 * statements between tasks, `slashed` and dotted dates (US, Australian, German), `mixed-lang` date
 * words, `emoji` lines, `project` efforts named in prose or labels, `condition`s, `deadline`s of a
 * project that are not tasks, things already `done`, `long` dumps, `nothing` to do and `short` ones.
 * The expected values were written before the parser was run on these texts, with the conventions
 * of `general-dev.ts` (its header). Judgement calls, made as a careful reader would: a task that
 * depends on something likely or planned ("tag v2.4 if QA signs off") is a task, one that exists
 * only if something goes wrong ("ping Kenji if the migration fails again") or that is offered
 * ("if you can help, please reply") is not; a list under one heading naming an effort is grouped,
 * a generic heading ("todo", "release checklist", "Q1 planning") is left unscored for projects.
 */

const REGO = '7a3e9c12-4b6d-4f80-9e21-6c5d4b3a2f01';
const FLIGHTS = '7a3e9c12-4b6d-4f80-9e21-6c5d4b3a2f02';
const AUNTY = '7a3e9c12-4b6d-4f80-9e21-6c5d4b3a2f03';

export const generalFreshCases: EvalCase[] = [
  // terse lists
  {
    name: 'terse 1: dash list in Oslo',
    today: '2026-01-20',
    timezone: 'Europe/Oslo',
    text: "- cancel Netflix\n- renew parking permit by Fri\n- ring the garage re: winter tyres\n- kids' dentist 28th\n- return library book",
    tasks: [
      { title: 'Cancel Netflix', due: null },
      { title: 'Renew parking permit', due: '2026-01-23' },
      { title: 'Ring the garage re: winter tyres', due: null },
      { title: "Kids' dentist", due: '2026-01-28' },
      { title: 'Return library book', due: null },
    ],
  },
  {
    name: 'terse 2: bare lines under "todo"',
    today: '2026-09-28',
    timezone: 'America/Denver',
    text: 'todo\nfix porch light\nschedule flu shot\nvenmo Kyle $40 for tickets\noil change thurs\ncall about the hoa letter',
    tasks: [
      { title: 'Fix porch light', due: null },
      { title: 'Schedule flu shot', due: null },
      { title: 'Venmo Kyle $40 for tickets', due: null },
      { title: 'Oil change', due: '2026-10-01' },
      { title: 'Call about the HOA letter', due: null },
    ],
  },
  {
    name: 'terse 3: asterisks before a flight',
    today: '2027-06-11',
    timezone: 'Asia/Singapore',
    text: '* passport photos\n* transfer SGD to mum\n* book grab to airport sun 6am\n* print boarding passes\n* water plants b4 leaving',
    tasks: [
      { title: 'Passport photos', due: null },
      { title: 'Transfer SGD to mum', due: null },
      { title: 'Book grab to airport', due: '2027-06-13' },
      { title: 'Print boarding passes', due: null },
      { title: 'Water plants b4 leaving', due: null },
    ],
  },
  // rambling prose
  {
    name: "ramble 1: a sister's visit and Mother's Day",
    today: '2026-05-04',
    timezone: 'America/Chicago',
    text: "So this week is going to be a lot. My sister is coming to stay on Thursday and the spare room is still full of boxes, so I need to clear that out before she gets here. I also promised my manager I'd finish the onboarding deck, which honestly should have been done last week. And I keep meaning to call the insurance people about the hail damage on the roof — the adjuster was supposed to get back to me and never did. Oh and it's Mother's Day on Sunday so I need to order flowers for Mom.",
    tasks: [
      { title: 'Clear out the spare room', due: '2026-05-06' },
      { title: 'Finish the onboarding deck', due: null },
      { title: 'Call the insurance people about the hail damage on the roof', due: null },
      { title: 'Order flowers for Mom', due: '2026-05-10' },
    ],
  },
  {
    name: 'ramble 2: back from a weekend away',
    today: '2027-10-25',
    timezone: 'Europe/Dublin',
    text: "Back from the weekend away and the house is a tip. The washing machine started making that grinding noise again so I suppose I'd better get someone to look at it. Ciara's parent-teacher meeting is on Wednesday at 4, I have to be there. Need to sort out the Halloween costumes too, she wants to be a bat this year, which means finding black fabric somewhere. The car tax runs out at the end of the month as well.",
    tasks: [
      { title: 'Get someone to look at the washing machine', due: null },
      { title: "Ciara's parent-teacher meeting", due: '2027-10-27' },
      { title: 'Sort out the Halloween costumes', due: null },
      { title: 'Find black fabric', due: null },
      { title: 'Renew the car tax', due: '2027-10-31' },
    ],
  },
  {
    name: 'ramble 3: farewell card, BAS and the Tassie photos',
    today: '2026-11-27',
    timezone: 'Australia/Melbourne',
    text: "Long week. Anyway, things I can't let slip: Jess's farewell drinks are next Friday and I said I'd organise a card, so I need to get everyone to sign it by Wednesday. The quarterly BAS is due on the 28th (tomorrow!) and I haven't even opened the spreadsheet. Should probably also book the car in for a service because the light came on yesterday. Not urgent but I'd love to sort the photos from the Tassie trip at some point.",
    tasks: [
      { title: "Get everyone to sign Jess's farewell card", due: '2026-12-02' },
      { title: 'Quarterly BAS', due: '2026-11-28' },
      { title: 'Book the car in for a service', due: null },
      { title: 'Sort the photos from the Tassie trip', due: null, priority: 'low' },
    ],
  },
  // dictation without punctuation
  {
    name: 'dictation 1: pediatrician, dog food and street cleaning',
    today: '2026-08-07',
    timezone: 'America/Los_Angeles',
    text: "ok so I need to call the pediatrician Monday about Leo's ear infection and then pick up the dog food on the way home today and oh I need to reply to Samantha's email about the fundraiser and also don't forget to move the car for street cleaning Tuesday morning and um I think that's it",
    tasks: [
      { title: "Call the pediatrician about Leo's ear infection", due: '2026-08-10' },
      { title: 'Pick up the dog food on the way home', due: '2026-08-07' },
      { title: "Reply to Samantha's email about the fundraiser", due: null },
      { title: 'Move the car for street cleaning', due: '2026-08-11' },
    ],
  },
  {
    name: 'dictation 2: a plumber on Friday',
    today: '2027-03-17',
    timezone: 'Europe/London',
    text: "right note to self the plumber is coming Friday between eight and twelve so someone has to be in I'll work from home that day need to tell my manager also order more printer ink and book the kids' swimming for the Easter holidays and text Becky back about Saturday",
    tasks: [
      { title: 'Be in for the plumber', due: '2027-03-19' },
      { title: "Tell my manager I'll work from home", due: null },
      { title: 'Order more printer ink', due: null },
      { title: "Book the kids' swimming for the Easter holidays", due: null },
      { title: 'Text Becky back about Saturday', due: null },
    ],
  },
  {
    name: 'dictation 3: timesheet, inspection and a party gift',
    today: '2026-10-14',
    timezone: 'America/New_York',
    text: 'remind me to submit my timesheet by end of day and um schedule the car inspection before it expires on the 31st plus grab a birthday gift for Owen his party is Saturday also need to look into why the Comcast bill went up again',
    tasks: [
      { title: 'Submit my timesheet', due: '2026-10-14' },
      { title: 'Schedule the car inspection', due: '2026-10-30' },
      { title: 'Grab a birthday gift for Owen', due: '2026-10-17' },
      { title: 'Look into why the Comcast bill went up', due: null },
    ],
  },
  // pasted messages
  {
    name: 'message 1: Slack channel about a brand review',
    today: '2027-02-02',
    timezone: 'America/New_York',
    text: "#design-team\nAnita: morning! reminder the brand refresh review got moved to Thursday 2pm\nAnita: @you can you pull together the competitor screenshots before then?\nMarcus: I'll book the room\nAnita: also whoever has the old logo files pls drop them in the shared drive 🙏\nme: on it, I have them",
    tasks: [
      { title: 'Pull together the competitor screenshots', due: '2027-02-03' },
      { title: 'Drop the old logo files in the shared drive', due: null },
    ],
  },
  {
    name: 'message 2: PTA email about the summer fair',
    today: '2026-06-17',
    timezone: 'Europe/London',
    text: 'Hi all,\n\nJust a reminder that the summer fair is on Saturday 27 June. We still need volunteers for the cake stall — if you can help, please reply to this email by Friday. Could every family also send in a tombola prize (a bottle or a jar) by Wednesday 24th?\n\nMany thanks,\nMrs Patel\nPTA Secretary',
    tasks: [{ title: 'Send in a tombola prize', due: '2026-06-24' }],
  },
  {
    name: 'message 3: building WhatsApp notice with my notes',
    today: '2027-08-26',
    timezone: 'Asia/Kolkata',
    text: 'from the building whatsapp group:\n"Dear residents, water supply will be off on Saturday 10am-4pm for tank cleaning. Please store water in advance. Also maintenance charges for Q2 are due by 5th September, pay via the app."\n\nmy notes: fill buckets fri night, pay maintenance, ask Ravi if the gym is also closed',
    tasks: [
      { title: 'Fill buckets', due: '2027-08-27' },
      { title: 'Pay maintenance charges', due: '2027-09-05' },
      { title: 'Ask Ravi if the gym is also closed', due: null },
    ],
  },
  // feelings and statements between tasks
  {
    name: "feelings 1: home alone on Valentine's Day",
    today: '2026-02-14',
    timezone: 'America/Toronto',
    text: "Valentine's Day and I'm home alone with a cold, which is fine, really. Sam's away until Tuesday. I should do something nice for when he's back — maybe cook the lasagna he likes. Need to refill my cold meds today. The apartment is freezing, the landlord still hasn't fixed the radiator, I'll email him again Monday. I miss having energy.",
    tasks: [
      { title: 'Cook the lasagna Sam likes', due: '2026-02-17' },
      { title: 'Refill my cold meds', due: '2026-02-14' },
      { title: 'Email the landlord about the radiator', due: '2026-02-16' },
    ],
  },
  {
    name: 'feelings 2: after a good demo',
    today: '2027-04-29',
    timezone: 'Europe/Stockholm',
    text: "Really proud of the team today, the demo went perfectly. I'm exhausted though. Tomorrow I have to write up the feedback notes while they're fresh. Everyone keeps asking about the next release and I honestly don't know yet. Book a massage this weekend, I've earned it. The fridge is empty again lol",
    tasks: [
      { title: 'Write up the feedback notes', due: '2027-04-30' },
      { title: 'Book a massage', due: '2027-05-01' },
    ],
  },
  {
    name: 'feelings 3: December parties',
    today: '2026-12-15',
    timezone: 'America/Phoenix',
    text: "I hate December. Too many parties, not enough time. The office party is Friday and I still haven't done Secret Santa - budget is $25, I got Greg. Also my mom keeps asking if we're coming for Christmas and I need to actually give her an answer this week. Work is slow at least. Wrap presents, mail the package to Grandma by the 18th so it gets there in time.",
    tasks: [
      { title: 'Buy the Secret Santa gift for Greg', due: '2026-12-18' },
      { title: 'Give Mom an answer about Christmas', due: '2026-12-18' },
      { title: 'Wrap presents', due: null },
      { title: 'Mail the package to Grandma', due: '2026-12-18' },
    ],
  },
  // slashed and dotted dates
  {
    name: 'slashed 1: US month/day in March',
    today: '2026-03-02',
    timezone: 'America/Chicago',
    text: '- taxes appt w/ Linda 3/12 @ 10\n- FAFSA corrections due 3/15\n- sign Maddie up for soccer by 3/6\n- dentist moved to 4/2\n- pay Amex asap',
    tasks: [
      { title: 'Taxes appt w/ Linda', due: '2026-03-12' },
      { title: 'FAFSA corrections', due: '2026-03-15' },
      { title: 'Sign Maddie up for soccer', due: '2026-03-06' },
      { title: 'Dentist', due: '2026-04-02' },
      { title: 'Pay Amex', due: null, priority: 'high' },
    ],
  },
  {
    name: 'slashed 2: Australian day/month under two labels',
    today: '2027-07-14',
    timezone: 'Australia/Brisbane',
    text: 'Uni admin:\nenrolment for sem 2 closes 23/07 - do it this week\nemail Dr Nguyen re extension on the lit review\nparking permit renewal 01/08\n\nHome:\nrates notice due 30/7\nbook Mia\'s vaccinations',
    tasks: [
      { title: 'Enrolment for sem 2', due: '2027-07-16', project: 'Uni admin' },
      { title: 'Email Dr Nguyen re extension on the lit review', due: null, project: 'Uni admin' },
      { title: 'Parking permit renewal', due: '2027-08-01', project: 'Uni admin' },
      { title: 'Rates notice', due: '2027-07-30', project: 'Home' },
      { title: "Book Mia's vaccinations", due: null, project: 'Home' },
    ],
  },
  {
    name: 'slashed 3: German dotted dates',
    today: '2026-09-03',
    timezone: 'Europe/Berlin',
    text: 'Steuerberater Unterlagen bis 15.09. abgeben\nrenew the Bahncard before 10.9.\ncall Oma on her birthday 8.9.\nkita closed 21.09. – find babysitter',
    tasks: [
      { title: 'Steuerberater Unterlagen abgeben', due: '2026-09-15' },
      { title: 'Renew the Bahncard', due: '2026-09-09' },
      { title: 'Call Oma on her birthday', due: '2026-09-08' },
      { title: 'Find babysitter', due: '2026-09-21' },
    ],
  },
  // date words in other languages
  {
    name: 'mixed-lang 1: Spanish list with English items',
    today: '2027-05-19',
    timezone: 'America/Bogota',
    text: 'cosas pendientes:\n- llamar al banco el lunes\n- send invoice to the Miami client hoy\n- comprar regalo para mamá, su cumpleaños es el sábado\n- dentista el 2 de junio\n- finish the translation by end of week',
    tasks: [
      { title: 'Llamar al banco', due: '2027-05-24' },
      { title: 'Send invoice to the Miami client', due: '2027-05-19' },
      { title: 'Comprar regalo para mamá', due: '2027-05-22' },
      { title: 'Dentista', due: '2027-06-02' },
      { title: 'Finish the translation', due: '2027-05-21' },
    ],
  },
  {
    name: 'mixed-lang 2: Quebec French in an English sentence',
    today: '2026-04-09',
    timezone: 'America/Toronto',
    text: 'Ok donc: I need to renew my RAMQ card avant la fin du mois, book the garage for the tire change mardi prochain, and ask Julie if she can take the kids vendredi. Oh et appeler le notaire demain matin.',
    tasks: [
      { title: 'Renew my RAMQ card', due: '2026-04-30' },
      { title: 'Book the garage for the tire change', due: '2026-04-14' },
      { title: 'Ask Julie if she can take the kids', due: '2026-04-10' },
      { title: 'Appeler le notaire', due: '2026-04-10' },
    ],
  },
  {
    name: 'mixed-lang 3: Austrian week before Christmas',
    today: '2027-12-06',
    timezone: 'Europe/Vienna',
    text: 'Diese Woche:\n- Weihnachtsgeschenke für die Kinder bestellen\n- pick up the Christmas tree Samstag\n- Zahnarzttermin übermorgen 9 Uhr\n- send the year-end report to Klaus by Friday\n- Adventkranz kaufen (eh schon spät)',
    tasks: [
      { title: 'Weihnachtsgeschenke für die Kinder bestellen', due: '2027-12-10' },
      { title: 'Pick up the Christmas tree', due: '2027-12-11' },
      { title: 'Zahnarzttermin', due: '2027-12-08' },
      { title: 'Send the year-end report to Klaus', due: '2027-12-10' },
      { title: 'Adventkranz kaufen', due: '2027-12-10' },
    ],
  },
  // emoji lines
  {
    name: 'emoji 1: camping trip prep',
    today: '2026-07-22',
    timezone: 'America/Denver',
    text: '🏕️ camping trip prep\n⛺ borrow tent from Dave\n🔦 new batteries for lanterns\n🥩 grocery run thurs: burgers, buns, marshmallows, ice\n🚗 get the car washed lol\n✅ reserved the campsite',
    tasks: [
      { title: 'Borrow tent from Dave', due: null, project: 'Camping trip' },
      { title: 'New batteries for lanterns', due: null, project: 'Camping trip' },
      { title: 'Grocery run', due: '2026-07-23', project: 'Camping trip' },
      { title: 'Get the car washed', due: null, project: 'Camping trip' },
    ],
  },
  {
    name: 'emoji 2: a préfecture appointment',
    today: '2027-01-13',
    timezone: 'Europe/Paris',
    text: "⚠️ URGENT: renew residence permit – appointment at the préfecture Monday 9h\n📄 bring: passport, 3 photos, proof of address\n💶 pay the taxe d'habitation\n🐶 vet for Pixel friday\n📦 return the Zara parcel",
    tasks: [
      { title: 'Renew residence permit', due: '2027-01-18', priority: 'high' },
      { title: "Pay the taxe d'habitation", due: null },
      { title: 'Vet for Pixel', due: '2027-01-15' },
      { title: 'Return the Zara parcel', due: null },
    ],
  },
  {
    name: 'emoji 3: numbered keycaps in a busy week',
    today: '2027-08-02',
    timezone: 'America/Sao_Paulo',
    text: "semana cheia 😅\n1️⃣ finish the Q3 deck for Wednesday's board meeting\n2️⃣ call the accountant about the MEI tax\n3️⃣ Lucas's bday dinner Fri 8pm 🎉\n4️⃣ gym 3x this week 💪",
    tasks: [
      { title: 'Finish the Q3 deck', due: '2027-08-04' },
      { title: 'Call the accountant about the MEI tax', due: null },
      { title: "Lucas's bday dinner", due: '2027-08-06' },
      { title: 'Gym 3x', due: null },
    ],
  },
  // projects named in prose or labels
  {
    name: 'project 1: wedding planning as a second job',
    today: '2026-03-30',
    timezone: 'America/New_York',
    text: "Wedding planning is officially my second job. The big items left: choose the caterer (tastings are Thursday and Saturday), send the save-the-dates, and finalise the guest list with Tom's parents. Wedding is October 10 so there's time but not much. Separately, work wants the expense report by Wednesday.",
    tasks: [
      { title: 'Choose the caterer', due: null, project: 'Wedding' },
      { title: 'Send the save-the-dates', due: null, project: 'Wedding' },
      { title: "Finalise the guest list with Tom's parents", due: null, project: 'Wedding' },
      { title: 'Expense report', due: '2026-04-01', project: null },
    ],
  },
  {
    name: 'project 2: allotment, flat and me',
    today: '2027-09-15',
    timezone: 'Europe/London',
    text: 'For the allotment: dig over the bottom bed, order garlic bulbs before they sell out, fix the water butt.\nFor the flat: get the boiler certificate sorted (landlord wants it by the 30th), and chase Openreach about the line.\nAnd for me: haircut, and renew the gym.',
    tasks: [
      { title: 'Dig over the bottom bed', due: null, project: 'Allotment' },
      { title: 'Order garlic bulbs', due: null, project: 'Allotment' },
      { title: 'Fix the water butt', due: null, project: 'Allotment' },
      { title: 'Get the boiler certificate sorted', due: '2027-09-30', project: 'Flat' },
      { title: 'Chase Openreach about the line', due: null, project: 'Flat' },
      { title: 'Haircut', due: null, project: null },
      { title: 'Renew the gym', due: null, project: null },
    ],
  },
  {
    name: 'project 3: a new client signed',
    today: '2026-11-11',
    timezone: 'America/Los_Angeles',
    text: 'Northwind rebrand — they signed! Kickoff call Monday at 11. Before then I need to send the questionnaire, set up the Figma workspace and draft a timeline. Also for Bluebird (the old client) I still owe them the final invoice. Dentist tomorrow, don\'t forget.',
    tasks: [
      { title: 'Kickoff call', due: '2026-11-16', project: 'Northwind rebrand' },
      { title: 'Send the questionnaire', due: '2026-11-15', project: 'Northwind rebrand' },
      { title: 'Set up the Figma workspace', due: '2026-11-15', project: 'Northwind rebrand' },
      { title: 'Draft a timeline', due: '2026-11-15', project: 'Northwind rebrand' },
      { title: 'Send Bluebird the final invoice', due: null, project: 'Bluebird' },
      { title: 'Dentist', due: '2026-11-12', project: null },
    ],
  },
  // conditions
  {
    name: 'condition 1: weather-dependent weekend',
    today: '2026-05-29',
    timezone: 'Europe/Amsterdam',
    text: "- if it's sunny Sunday, clean the balcony\n- ask Pieter about the bike (only if he's still selling it)\n- pay the energy bill\n- maybe the museum with the kids Saturday, depends on the weather\n- fill in the census form by Tuesday",
    tasks: [
      { title: 'Clean the balcony', due: '2026-05-31' },
      { title: 'Ask Pieter about the bike', due: null },
      { title: 'Pay the energy bill', due: null },
      { title: 'Museum with the kids', due: '2026-05-30' },
      { title: 'Fill in the census form', due: '2026-06-02' },
    ],
  },
  {
    name: 'condition 2: an offer on a house',
    today: '2027-02-26',
    timezone: 'America/Chicago',
    text: "If the offer on the Elm St house gets accepted we'll need to line up an inspector fast, so I should get a couple of names from Rachel now just in case. Mortgage broker wants pay stubs by Monday. If it falls through, no big deal, we keep looking. Need to tell the landlord by March 31 whether we're renewing the lease.",
    tasks: [
      { title: 'Get a couple of inspector names from Rachel', due: null },
      { title: 'Send the mortgage broker pay stubs', due: '2027-03-01' },
      { title: "Tell the landlord whether we're renewing the lease", due: '2027-03-31' },
    ],
  },
  {
    name: 'condition 3: a release checklist',
    today: '2027-10-08',
    timezone: 'Asia/Tokyo',
    text: 'release checklist\n- merge the i18n PR once CI is green\n- if QA signs off, tag v2.4 Monday\n- write the changelog\n- ping Kenji if the staging db migration fails again\n- update the status page after deploy',
    tasks: [
      { title: 'Merge the i18n PR', due: null },
      { title: 'Tag v2.4', due: '2027-10-11' },
      { title: 'Write the changelog', due: null },
      { title: 'Update the status page after deploy', due: null },
    ],
  },
  // a project's deadline that is not a task
  {
    name: 'deadline 1: a grant application',
    today: '2026-06-05',
    timezone: 'America/New_York',
    text: 'Grant application\nDeadline is June 30, no extensions.\n- get letters of support from two partners\n- finalize budget with finance by the 19th\n- Dr. Kim to review the narrative\n- I write the evaluation section next week\n- submit via the portal',
    tasks: [
      { title: 'Get letters of support from two partners', due: null, project: 'Grant application' },
      { title: 'Finalize budget with finance', due: '2026-06-19', project: 'Grant application' },
      { title: 'Write the evaluation section', due: '2026-06-08', project: 'Grant application' },
      { title: 'Submit via the portal', due: null, project: 'Grant application' },
    ],
  },
  {
    name: 'deadline 2: a half marathon',
    today: '2027-04-06',
    timezone: 'Europe/Berlin',
    text: 'The Berlin half marathon is on the 25th and my training has been patchy. Long run of 18k on Sunday. Need new running socks and gels before race day. Physio appointment Thursday for the knee. Registration pack pickup is the day before the race at the expo.',
    tasks: [
      { title: 'Long run of 18k', due: '2027-04-11', project: 'Berlin half marathon' },
      { title: 'New running socks and gels', due: '2027-04-24', project: 'Berlin half marathon' },
      { title: 'Physio appointment for the knee', due: '2027-04-08', project: 'Berlin half marathon' },
      { title: 'Pick up the registration pack', due: '2027-04-24', project: 'Berlin half marathon' },
    ],
  },
  {
    name: 'deadline 3: Q1 planning with dates that are not mine',
    today: '2026-12-29',
    timezone: 'Europe/Madrid',
    text: 'Q1 planning\nBoard deck due Jan 15 — Marta owns it, I just send my numbers by the 8th.\nHiring: two backend roles open Jan 4, I need to write the job descriptions before then.\nOffice move is March 1, nothing for me to do until February.\nBook flights for the Lisbon offsite (Jan 20-22).',
    tasks: [
      { title: 'Send my numbers to Marta', due: '2027-01-08' },
      { title: 'Write the job descriptions', due: '2027-01-03' },
      { title: 'Book flights for the Lisbon offsite', due: '2027-01-20' },
    ],
  },
  // things already done
  {
    name: 'done 1: checkboxes half ticked',
    today: '2027-01-29',
    timezone: 'America/Chicago',
    text: "[x] pay rent\n[x] call mom\n[ ] schedule HVAC maintenance\n[ ] return Costco jacket\n[x] submit expense report\n[ ] RSVP to Tara's baby shower by Feb 5\n[ ] order contact lenses (no rush)",
    tasks: [
      { title: 'Schedule HVAC maintenance', due: null },
      { title: 'Return Costco jacket', due: null },
      { title: "RSVP to Tara's baby shower", due: '2027-02-05' },
      { title: 'Order contact lenses', due: null, priority: 'low' },
    ],
  },
  {
    name: 'done 2: a productive morning and what is left',
    today: '2026-10-01',
    timezone: 'Europe/London',
    text: "Productive morning: sent the invoice to Harper & Co, booked the MOT for the 12th, and finally rang the council about the bins. Still to do: chase the Harper payment if nothing by next Friday, order Jamie's school shoes, and sort the car insurance renewal (expires the 15th).",
    tasks: [
      { title: 'Chase the Harper payment', due: '2026-10-09' },
      { title: "Order Jamie's school shoes", due: null },
      { title: 'Sort the car insurance renewal', due: '2026-10-15' },
    ],
  },
  {
    name: 'done 3: open tasks ticked off and one moved',
    today: '2027-06-30',
    timezone: 'Pacific/Auckland',
    open: [
      { id: REGO, title: 'Renew car registration', due_date: '2027-07-02' },
      { id: FLIGHTS, title: 'Book flights to Rarotonga', due_date: null },
      { id: AUNTY, title: 'Call Aunty Mere', due_date: null },
    ],
    text: "done: renewed the rego online, called Aunty Mere. flights still not booked, prices keep going up - do it by Friday. new: get the kids' passports renewed, they expire in August",
    tasks: [{ title: "Get the kids' passports renewed", due: null }],
    updates: [
      { task_id: REGO, status: 'done' },
      { task_id: AUNTY, status: 'done' },
      { task_id: FLIGHTS, due: '2027-07-02' },
    ],
  },
  // long dumps
  {
    name: 'long 1: Monday brain dump under three headings',
    today: '2027-05-03',
    timezone: 'America/Los_Angeles',
    text: "Monday brain dump, lots going on.\n\nWork\n- finish the API migration plan, Priya needs it by Wednesday\n- 1:1 with Dan tomorrow, prep notes on the promo case\n- review the two PRs from the new hire\n- the offsite budget was approved 🎉\n- send the vendor contract to legal\n\nHome\n- property tax second installment - I think it's due end of the month? check\n- get quotes for the fence, the storm knocked part of it down\n- Ella's recital is Saturday at 3, buy flowers for her\n- schedule the dog's teeth cleaning\n- we're out of dishwasher pods\n\nMe\n- I've been sleeping badly, cut the coffee after 2pm\n- call Grandpa, it's been too long\n- sign up for the pottery class before it fills up (starts the 17th)",
    tasks: [
      { title: 'Finish the API migration plan', due: '2027-05-05', project: 'Work' },
      { title: 'Prep notes on the promo case', due: '2027-05-04', project: 'Work' },
      { title: 'Review the two PRs from the new hire', due: null, project: 'Work' },
      { title: 'Send the vendor contract to legal', due: null, project: 'Work' },
      { title: 'Property tax second installment', due: '2027-05-31', project: 'Home' },
      { title: 'Get quotes for the fence', due: null, project: 'Home' },
      { title: 'Buy flowers for Ella', due: '2027-05-08', project: 'Home' },
      { title: "Schedule the dog's teeth cleaning", due: null, project: 'Home' },
      { title: 'Buy dishwasher pods', due: null, project: 'Home' },
      { title: 'Cut the coffee after 2pm', due: null, project: 'Me' },
      { title: 'Call Grandpa', due: null, project: 'Me' },
      { title: 'Sign up for the pottery class', due: '2027-05-17', project: 'Me' },
    ],
  },
  {
    name: 'long 2: catching up after the holidays in Italy',
    today: '2026-08-24',
    timezone: 'Europe/Rome',
    text: "Ok, big catch-up after the holidays. First, the kitchen: the fitter is finally coming on the 3rd of September, so before that I need to empty all the cupboards and get the old fridge collected — the comune has a free pickup if you book online. I should also decide on the handles, Marco keeps asking. Second, school starts on the 14th: the kids need new backpacks, Sofia needs her books from the list (the cartoleria on Via Roma takes orders), and I have to fill in the canteen form. Third, work — I'm back on Wednesday and I already know there'll be two hundred emails, so I'm blocking Wednesday morning for inbox only. Need to send Giulia the handover notes before I'm back, she covered for me. Oh, and the car insurance renews on the 31st, I want to compare quotes before it auto-renews. And I promised Mum I'd visit this weekend. Dentist for me at some point, my tooth has been sensitive.",
    tasks: [
      { title: 'Empty all the cupboards', due: '2026-09-02', project: 'Kitchen' },
      { title: 'Get the old fridge collected', due: '2026-09-02', project: 'Kitchen' },
      { title: 'Decide on the handles', due: null, project: 'Kitchen' },
      { title: 'Get the kids new backpacks', due: null, project: 'School' },
      { title: "Get Sofia's books from the list", due: null, project: 'School' },
      { title: 'Fill in the canteen form', due: null, project: 'School' },
      { title: 'Send Giulia the handover notes', due: '2026-08-25', project: 'Work' },
      { title: 'Compare car insurance quotes', due: '2026-08-30', project: null },
      { title: 'Visit Mum', due: '2026-08-29', project: null },
      { title: 'Dentist', due: null, project: null },
    ],
  },
  // nothing to do, and short
  {
    name: 'nothing 1: a quiet Friday',
    today: '2027-11-19',
    timezone: 'America/Halifax',
    text: "nothing much today. the meeting got cancelled, the report's already in, and the weekend looks quiet. feeling ok.",
    tasks: [],
  },
  {
    name: 'short 1: a vet visit tomorrow',
    today: '2027-09-30',
    timezone: 'Europe/Warsaw',
    text: 'vet tmrw 4pm',
    tasks: [{ title: 'Vet', due: '2027-10-01' }],
  },
];

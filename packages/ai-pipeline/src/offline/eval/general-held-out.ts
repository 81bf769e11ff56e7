import type { EvalCase } from './dumps.ts';

/**
 * General evaluation set, held-out part (issue #19): the dumps numbered 3, 6, 9 and 12 of each of
 * the sixteen voices of `general-dev.ts`, written after that part and with its conventions (see
 * its header). Never tune the parser against these: measure them, report the figures, and leave
 * them alone, so they stay an honest estimate of how the parser does on text it has not seen.
 */

const GYM = '7a3e9c12-6b4d-4f8a-b2c1-9d0e8f7a6b01';
const BOILER = '7a3e9c12-6b4d-4f8a-b2c1-9d0e8f7a6b03';

export const generalHeldOutCases: EvalCase[] = [
  // terse lists
  {
    name: 'terse 3: Finnish dotted dates and before March',
    today: '2026-02-27',
    timezone: 'Europe/Helsinki',
    text: '- sauna booking for Saturday\n- pay the Helen electricity bill by 2.3.\n- return skis to the rental\n- call Mikko about the cabin\n- renew bus card before March',
    tasks: [
      { title: 'Sauna booking', due: '2026-02-28' },
      { title: 'Pay the Helen electricity bill', due: '2026-03-02' },
      { title: 'Return skis to the rental', due: null },
      { title: 'Call Mikko about the cabin', due: null },
      { title: 'Renew bus card', due: '2026-02-28' },
    ],
  },
  {
    name: 'terse 6: Hong Kong bullets with a day-first date',
    today: '2026-08-09',
    timezone: 'Asia/Hong_Kong',
    text: "• Octopus card top up\n• dim sum with Mum next Sunday\n• file the MPF form by 8/9\n• typhoon supplies: water, instant noodles, batteries\n• renew the helper's contract before it expires on the 20th",
    tasks: [
      { title: 'Octopus card top up', due: null },
      { title: 'Dim sum with Mum', due: '2026-08-16' },
      { title: 'File the MPF form', due: '2026-09-08' },
      { title: 'Typhoon supplies: water, instant noodles, batteries', due: null },
      { title: "Renew the helper's contract", due: '2026-08-19' },
    ],
  },
  {
    name: 'terse 9: Czech and English at a month end',
    today: '2027-03-31',
    timezone: 'Europe/Prague',
    text: '1. odeslat fakturu (send invoice) today!!\n2. book STK for the Škoda\n3. pick up Tomáš from swimming at 4:30\n4. pay the SVJ fee by the 5th',
    tasks: [
      { title: 'Odeslat fakturu', due: '2027-03-31', priority: 'high' },
      { title: 'Book STK for the Škoda', due: null },
      { title: 'Pick up Tomáš from swimming', due: '2027-03-31' },
      { title: 'Pay the SVJ fee', due: '2027-04-05' },
    ],
  },
  {
    name: 'terse 12: checkboxes the day after Thanksgiving',
    today: '2027-11-26',
    timezone: 'America/New_York',
    text: '[ ] leftovers into the freezer\n[ ] Black Friday: order the TV before the deal ends at midnight!!\n[x] thank-you text to Aunt Carol\n[ ] put up the outdoor lights this weekend\n[ ] cancel the Peacock trial before Monday\n[ ] drive Grandma home Sunday',
    tasks: [
      { title: 'Leftovers into the freezer', due: null },
      { title: 'Order the TV', due: '2027-11-26', priority: 'high' },
      { title: 'Put up the outdoor lights', due: '2027-11-27' },
      { title: 'Cancel the Peacock trial', due: '2027-11-28' },
      { title: 'Drive Grandma home', due: '2027-11-28' },
    ],
  },

  // inline numbered lists on one line
  {
    name: "inline 3: today's list in Istanbul",
    today: '2026-05-12',
    timezone: 'Europe/Istanbul',
    text: "today's list 1. pay the aidat 2. call the bank about the card limit 3. pick up Deniz from school at 4 4. order Deniz's birthday cake",
    tasks: [
      { title: 'Pay the aidat', due: '2026-05-12' },
      { title: 'Call the bank about the card limit', due: '2026-05-12' },
      { title: 'Pick up Deniz from school', due: '2026-05-12' },
      { title: "Order Deniz's birthday cake", due: '2026-05-12' },
    ],
  },
  {
    name: 'inline 6: this week label with one own day',
    today: '2026-10-27',
    timezone: 'Asia/Kathmandu',
    text: 'This week: 1) clean the house 2) buy marigolds and diyo 3) send money to Aama 4) get the bike serviced by Thursday',
    tasks: [
      { title: 'Clean the house', due: '2026-10-30' },
      { title: 'Buy marigolds and diyo', due: '2026-10-30' },
      { title: 'Send money to Aama', due: '2026-10-30' },
      { title: 'Get the bike serviced', due: '2026-10-29' },
    ],
  },
  {
    name: 'inline 9: pendientes at a month end',
    today: '2027-04-30',
    timezone: 'America/Lima',
    text: 'pendientes 1. pay the SUNAT renta by May 7 2. call the bank 3. buy ceviche stuff for Sunday lunch 4. book the Cusco train',
    tasks: [
      { title: 'Pay the SUNAT renta', due: '2027-05-07' },
      { title: 'Call the bank', due: null },
      { title: 'Buy ceviche stuff for Sunday lunch', due: '2027-05-02' },
      { title: 'Book the Cusco train', due: null },
    ],
  },
  {
    name: "inline 12: NYE jobs across the year end",
    today: '2027-12-30',
    timezone: 'Australia/Brisbane',
    text: "NYE jobs: 1. pick up the prawns tomorrow morning 2. ice + drinks 3. clean the balcony 4. text everyone the time 5. return the esky to Mark after New Year's Day",
    tasks: [
      { title: 'Pick up the prawns', due: '2027-12-31' },
      { title: 'Ice + drinks', due: '2027-12-31' },
      { title: 'Clean the balcony', due: '2027-12-31' },
      { title: 'Text everyone the time', due: '2027-12-31' },
      { title: 'Return the esky to Mark', due: '2028-01-02' },
    ],
  },

  // rambling prose with feelings and non-task sentences
  {
    name: "rambling 3: working on Paddy's Day",
    today: '2026-03-17',
    timezone: 'Europe/Dublin',
    text: "Paddy's Day and I'm working, which is just sad. Everyone's at the parade. Anyway. The car's NCT is due at the end of the month, I must book it. And Aoife's communion is in May, we haven't even looked at dresses. Should probably look at communion dresses this weekend. My back is killing me too, book the physio.",
    tasks: [
      { title: "Book the car's NCT", due: '2026-03-31' },
      { title: 'Look at communion dresses', due: '2026-03-21' },
      { title: 'Book the physio', due: null },
    ],
  },
  {
    name: 'rambling 6: after Fiestas Patrias',
    today: '2026-09-20',
    timezone: 'America/Santiago',
    text: "Fiestas Patrias are over and I ate my weight in empanadas. Back to normal tomorrow, ugh. I need to pay the contribuciones before the 30th, and the dentist called, I have to reschedule my appointment. Honestly I keep forgetting things lately. Also Sofía's birthday is next Saturday, buy her a present. That's all.",
    tasks: [
      { title: 'Pay the contribuciones', due: '2026-09-29' },
      { title: 'Reschedule my dentist appointment', due: null },
      { title: 'Buy Sofía a birthday present', due: '2026-09-26' },
    ],
  },
  {
    name: 'rambling 9: end of the Victoria Day weekend',
    today: '2027-05-24',
    timezone: 'America/Vancouver',
    text: "Long weekend's almost over and I did none of the things. Classic. Still have to plant the tomatoes, they've been sitting on the deck for a week. Tomorrow I need to call the strata about the parking spot and email my manager the vacation dates. The car insurance renews on June 1, so compare car insurance quotes before then. I feel weirdly calm about it all.",
    tasks: [
      { title: 'Plant the tomatoes', due: null },
      { title: 'Call the strata about the parking spot', due: '2027-05-25' },
      { title: 'Email my manager the vacation dates', due: '2027-05-25' },
      { title: 'Compare car insurance quotes', due: '2027-05-31' },
    ],
  },
  {
    name: 'rambling 12: the night the clocks go back',
    today: '2027-10-30',
    timezone: 'Europe/London',
    text: "Clocks go back tonight, so an extra hour of sleep, the only good thing about this week. Work was brutal. I need to write the restructure proposal by Wednesday, the boss is waiting and I haven't started. Also need to get a costume for Mia for tomorrow, she's changed her mind three times. Fireworks night is next Friday, buy tickets for the display at the rugby club. Honestly I just want to hibernate.",
    tasks: [
      { title: 'Write the restructure proposal', due: '2027-11-03' },
      { title: 'Get a costume for Mia', due: '2027-10-31' },
      { title: 'Buy tickets for the display at the rugby club', due: '2027-11-05' },
    ],
  },

  // voice to text with no punctuation
  {
    name: 'voice 3: the night the clocks go forward in Paris',
    today: '2026-03-28',
    timezone: 'Europe/Paris',
    text: 'reminder clocks change tonight so set the alarm tonight for the market and then tomorrow buy bread and flowers for Mamie and call the garage on Monday about the brakes also pay the cantine before the end of the month',
    tasks: [
      { title: 'Set the alarm for the market', due: '2026-03-28' },
      { title: 'Buy bread and flowers for Mamie', due: '2026-03-29' },
      { title: 'Call the garage about the brakes', due: '2026-03-30' },
      { title: 'Pay the cantine', due: '2026-03-31' },
    ],
  },
  {
    name: 'voice 6: a thought taken back',
    today: '2026-10-04',
    timezone: 'Australia/Sydney',
    text: "ok so clocks went forward and I'm wrecked anyway tomorrow is the public holiday so mow the lawn and clean the gutters and then Tuesday I have to take the car in for its service and remind me to pay the strata levy before the fifteenth and book flights to Melbourne for the grand final no wait that was last week never mind",
    tasks: [
      { title: 'Mow the lawn', due: '2026-10-05' },
      { title: 'Clean the gutters', due: '2026-10-05' },
      { title: 'Take the car in for its service', due: '2026-10-06' },
      { title: 'Pay the strata levy', due: '2026-10-14' },
    ],
  },
  {
    name: 'voice 9: the night before the clocks go forward',
    today: '2027-03-13',
    timezone: 'America/Denver',
    text: "hey so I need to remember to set the clocks forward tonight and tomorrow morning take Bella to her swim meet at eight and then Monday call the orthodontist and also we're out of coffee so get coffee today",
    tasks: [
      { title: 'Set the clocks forward', due: '2027-03-13' },
      { title: 'Take Bella to her swim meet', due: '2027-03-14' },
      { title: 'Call the orthodontist', due: '2027-03-15' },
      { title: 'Get coffee', due: '2027-03-13' },
    ],
  },
  {
    name: 'voice 12: daylight saving starts in Auckland',
    today: '2027-09-26',
    timezone: 'Pacific/Auckland',
    text: "right daylight saving started so I'm an hour behind on everything need to finish the school holiday plan for the kids by Friday book the bach for the long weekend ring Aunty Mere back and take the recycling out tonight",
    tasks: [
      { title: 'Finish the school holiday plan for the kids', due: '2027-10-01' },
      { title: 'Book the bach for the long weekend', due: null },
      { title: 'Ring Aunty Mere back', due: null },
      { title: 'Take the recycling out', due: '2027-09-26' },
    ],
  },

  // projects named in prose; the naming sentence is not a task
  {
    name: 'prose-project 3: a basement reno and a Valentine dinner',
    today: '2026-02-12',
    timezone: 'America/St_Johns',
    text: "Basement reno is finally happening after two years of talking about it. Get the permit application in to the city by the end of the month, call three contractors for quotes, and pick flooring samples at Kent this weekend. Also totally separate, Valentine's is Saturday, book a table for Valentine's dinner.",
    tasks: [
      { title: 'Get the permit application in to the city', due: '2026-02-28', project: 'Basement reno' },
      { title: 'Call three contractors for quotes', due: null, project: 'Basement reno' },
      { title: 'Pick flooring samples at Kent', due: '2026-02-14', project: 'Basement reno' },
      { title: "Book a table for Valentine's dinner", due: '2026-02-14', project: null },
    ],
  },
  {
    name: 'prose-project 6: a podcast label and a goal date',
    today: '2026-07-06',
    timezone: 'Europe/Warsaw',
    text: "Podcast: Kasia and I are finally doing it. First steps: buy two decent mics, record a test episode next week, and ask Tomek if we can use his studio. We want the first episode out by September but that's just a goal.",
    tasks: [
      { title: 'Buy two decent mics', due: null, project: 'Podcast' },
      { title: 'Record a test episode', due: '2026-07-13', project: 'Podcast' },
      { title: 'Ask Tomek if we can use his studio', due: null, project: 'Podcast' },
    ],
  },
  {
    name: 'prose-project 9: a client rebrand',
    today: '2027-02-22',
    timezone: 'Asia/Taipei',
    text: 'Client: Formosa Tea rebrand. They loved the first round. Next: refine the logo options by Thursday, write the packaging copy in both Chinese and English, and send the invoice for phase one. Their launch is in May, not our problem yet.',
    tasks: [
      { title: 'Refine the logo options', due: '2027-02-25', project: 'Formosa Tea rebrand' },
      { title: 'Write the packaging copy in both Chinese and English', due: null, project: 'Formosa Tea rebrand' },
      { title: 'Send the invoice for phase one', due: null, project: 'Formosa Tea rebrand' },
    ],
  },
  {
    name: 'prose-project 12: Arabic lessons and a residency errand',
    today: '2027-11-01',
    timezone: 'Africa/Cairo',
    text: 'Arabic lessons: I want to learn properly this time, not just the taxi phrases. Find a tutor in Zamalek, buy the Al-Kitaab textbook, and do fifteen minutes of Anki every morning. Separately, the residency renewal is due, take the residency papers to the Mogamma on Wednesday.',
    tasks: [
      { title: 'Find a tutor in Zamalek', due: null, project: 'Arabic lessons' },
      { title: 'Buy the Al-Kitaab textbook', due: null, project: 'Arabic lessons' },
      { title: 'Do fifteen minutes of Anki every morning', due: null, project: 'Arabic lessons' },
      { title: 'Take the residency papers to the Mogamma', due: '2027-11-03', project: null },
    ],
  },

  // several groups in one dump
  {
    name: 'groups 3: office and ghar',
    today: '2026-03-03',
    timezone: 'Asia/Karachi',
    text: 'Office:\n- send the audit file to Faisal by Thursday\n- approve the leave requests\nGhar:\n- gas bill\n- get the UPS battery replaced\n- Eid shopping for the kids',
    tasks: [
      { title: 'Send the audit file to Faisal', due: '2026-03-05', project: 'Office' },
      { title: 'Approve the leave requests', due: null, project: 'Office' },
      { title: 'Gas bill', due: null, project: 'Ghar' },
      { title: 'Get the UPS battery replaced', due: null, project: 'Ghar' },
      { title: 'Eid shopping for the kids', due: null, project: 'Ghar' },
    ],
  },
  {
    name: 'groups 6: bold headings in Kyiv',
    today: '2026-08-17',
    timezone: 'Europe/Kyiv',
    text: '**Work**\n- finish the grant report by Friday\n- call the donor about the site visit\n**Home**\n- fix the generator before winter\n- buy school supplies for Dana before school starts on Sept 1\n**Volunteering**\n- sort the donated clothes on Saturday',
    tasks: [
      { title: 'Finish the grant report', due: '2026-08-21', project: 'Work' },
      { title: 'Call the donor about the site visit', due: null, project: 'Work' },
      { title: 'Fix the generator', due: null, project: 'Home' },
      { title: 'Buy school supplies for Dana', due: '2026-08-31', project: 'Home' },
      { title: 'Sort the donated clothes', due: '2026-08-22', project: 'Volunteering' },
    ],
  },
  {
    name: 'groups 9: kids, personal and house inline',
    today: '2027-04-07',
    timezone: 'America/Chicago',
    text: "Kids: dentist for Ava Thursday 3:40, sign the field trip form, register Leo for T-ball by April 15. Personal: renew passport, yoga Saturday. House: call about the sump pump, it's been making noise.",
    tasks: [
      { title: 'Dentist for Ava', due: '2027-04-08', project: 'Kids' },
      { title: 'Sign the field trip form', due: null, project: 'Kids' },
      { title: 'Register Leo for T-ball', due: '2027-04-15', project: 'Kids' },
      { title: 'Renew passport', due: null, project: 'Personal' },
      { title: 'Yoga', due: '2027-04-10', project: 'Personal' },
      { title: 'Call about the sump pump', due: null, project: 'House' },
    ],
  },
  {
    name: 'groups 12: between the years, a heading with a date',
    today: '2027-12-27',
    timezone: 'Europe/Berlin',
    text: 'Zwischen den Jahren, finally some quiet.\n\nArbeit (before Jan 4):\n- Jahresabschluss prep\n- answer the Bewerbungen\n\nZuhause:\n- buy cheese for the Silvester raclette on Thursday\n- take the Weihnachtsbaum out after Three Kings\n- Steuerunterlagen sortieren',
    tasks: [
      { title: 'Jahresabschluss prep', due: '2028-01-03', project: 'Arbeit' },
      { title: 'Answer the Bewerbungen', due: '2028-01-03', project: 'Arbeit' },
      { title: 'Buy cheese for the Silvester raclette', due: '2027-12-30', project: 'Zuhause' },
      { title: 'Take the Weihnachtsbaum out', due: '2028-01-07', project: 'Zuhause' },
      { title: 'Steuerunterlagen sortieren', due: null, project: 'Zuhause' },
    ],
  },

  // pasted email fragments
  {
    name: 'email 3: a panel invitation',
    today: '2026-01-20',
    timezone: 'America/Los_Angeles',
    text: "Hi Jordan,\n\nFollowing up on our call: we'd love to have you on the panel on Feb 12. Could you send a short bio and headshot by Friday? Also, please confirm whether you'll need travel booked.\n\nThanks so much,\nElena Park\nEvents team",
    tasks: [
      { title: 'Send a short bio and headshot', due: '2026-01-23' },
      { title: 'Confirm whether I need travel booked', due: null },
    ],
  },
  {
    name: 'email 6: supplier call summary with assignees',
    today: '2026-06-22',
    timezone: 'Asia/Jerusalem',
    text: "Summary of today's call with the supplier:\n• Yossi (them): will send the revised price list by Wednesday\n• Me: check the samples against the spec before Thursday\n• Noa (our side): update the forecast\n• Me: get legal to review the NDA by Thursday\nNext call: June 29.",
    tasks: [
      { title: 'Check the samples against the spec', due: '2026-06-24' },
      { title: 'Get legal to review the NDA', due: '2026-06-25' },
    ],
  },
  {
    name: 'email 9: a school trip letter',
    today: '2027-02-01',
    timezone: 'Europe/London',
    text: "Dear parents,\nA reminder that Year 3's trip to the Science Museum is on Friday 12th February. Please return the signed consent form and £15 payment via ParentPay by Friday 5th. Children will need a packed lunch on the day.\nKind regards,\nMrs Okafor",
    tasks: [
      { title: 'Return the signed consent form', due: '2027-02-05' },
      { title: 'Pay £15 via ParentPay', due: '2027-02-05' },
      { title: 'Packed lunch for the trip', due: '2027-02-12' },
    ],
  },
  {
    name: "email 12: a doctor's appointment confirmation",
    today: '2027-09-14',
    timezone: 'America/New_York',
    text: "From: Dr. Lee's office\nRe: your appointment\n\nYour follow-up appointment is confirmed for Thursday, September 23 at 10:15 AM. Please arrive 15 minutes early and bring your insurance card and a list of current medications. Reply C to confirm.",
    tasks: [
      { title: 'Follow-up appointment with Dr. Lee', due: '2027-09-23' },
      { title: 'Bring insurance card and a list of current medications', due: '2027-09-23' },
      { title: 'Reply C to confirm', due: null },
    ],
  },

  // Todoist habits: #project, p1–p3, !!
  {
    name: 'todoist 3: work and home tags, a bare line with bangs',
    today: '2026-04-07',
    timezone: 'America/Toronto',
    text: '#work prep Q2 kickoff slides by Thu p1\n#work expense report p3\n#home book the furnace cleaning\n#home plant bulbs this weekend\ncall Service Canada re: EI !!',
    tasks: [
      { title: 'Prep Q2 kickoff slides', due: '2026-04-09', project: 'Work', priority: 'high' },
      { title: 'Expense report', due: null, project: 'Work', priority: 'low' },
      { title: 'Book the furnace cleaning', due: null, project: 'Home' },
      { title: 'Plant bulbs', due: '2026-04-11', project: 'Home' },
      { title: 'Call Service Canada re: EI', due: null, project: null, priority: 'high' },
    ],
  },
  {
    name: 'todoist 6: German tags with an item already done',
    today: '2026-09-29',
    timezone: 'Europe/Berlin',
    open: [
      { id: GYM, title: 'Kündigung Fitnessstudio', due_date: '2026-09-30' },
      { id: BOILER, title: 'Heizungswartung buchen', due_date: null },
    ],
    text: 'Arzttermin machen p2 #gesundheit\n#admin Kündigung Fitnessstudio ✅ erledigt\n#admin Rundfunkbeitrag bis 15.10. zahlen p1\n#arbeit Präsentation für Montag vorbereiten\nBlumen gießen',
    updates: [{ task_id: GYM, status: 'done' }],
    tasks: [
      { title: 'Arzttermin machen', due: null, project: 'Gesundheit', priority: 'medium' },
      { title: 'Rundfunkbeitrag zahlen', due: '2026-10-15', project: 'Admin', priority: 'high' },
      { title: 'Präsentation für Montag vorbereiten', due: '2026-10-05', project: 'Arbeit' },
      { title: 'Blumen gießen', due: null, project: null },
    ],
  },
  {
    name: "todoist 9: bangs first and Mother's Day lunch",
    today: '2027-05-03',
    timezone: 'Asia/Singapore',
    text: "!! renew Employment Pass docs #hr\np2 book Genting trip for Vesak weekend #family\n#family Mother's Day lunch reservation by Wed\n#hr submit claims p3",
    tasks: [
      { title: 'Renew Employment Pass docs', due: null, project: 'HR', priority: 'high' },
      { title: 'Book Genting trip for Vesak weekend', due: null, project: 'Family', priority: 'medium' },
      { title: "Mother's Day lunch reservation", due: '2027-05-05', project: 'Family' },
      { title: 'Submit claims', due: null, project: 'HR', priority: 'low' },
    ],
  },
  {
    name: 'todoist 12: holiday and work tags in December',
    today: '2027-12-06',
    timezone: 'America/Los_Angeles',
    text: '#holiday order Christmas cards p1 this week\n#holiday mail gifts to Ohio by Dec 15\n#holiday book the Tahoe cabin p2\n#work year-end reviews due 12/17\n#work PTO request for the 27th-31st',
    tasks: [
      { title: 'Order Christmas cards', due: '2027-12-10', project: 'Holiday', priority: 'high' },
      { title: 'Mail gifts to Ohio', due: '2027-12-15', project: 'Holiday' },
      { title: 'Book the Tahoe cabin', due: null, project: 'Holiday', priority: 'medium' },
      { title: 'Year-end reviews', due: '2027-12-17', project: 'Work' },
      { title: 'PTO request for the 27th-31st', due: null, project: 'Work' },
    ],
  },

  // comma lists of short items
  {
    name: 'comma 3: Reykjavik chores',
    today: '2026-02-20',
    timezone: 'Atlantic/Reykjavik',
    text: 'snow tires check, pay the hitaveita bill, call Gunnar, buy lopapeysa wool, swimming pool Sunday',
    tasks: [
      { title: 'Snow tires check', due: null },
      { title: 'Pay the hitaveita bill', due: null },
      { title: 'Call Gunnar', due: null },
      { title: 'Buy lopapeysa wool', due: null },
      { title: 'Swimming pool', due: '2026-02-22' },
    ],
  },
  {
    name: 'comma 6: a weekday that is a topic, not a date',
    today: '2026-07-31',
    timezone: 'Asia/Ho_Chi_Minh',
    text: 'pay rent today, renew visa, motorbike oil change, buy coffee beans, call Linh about Saturday',
    tasks: [
      { title: 'Pay rent', due: '2026-07-31' },
      { title: 'Renew visa', due: null },
      { title: 'Motorbike oil change', due: null },
      { title: 'Buy coffee beans', due: null },
      { title: 'Call Linh about Saturday', due: null },
    ],
  },
  {
    name: 'comma 9: Portuguese nouns and a birthday dinner',
    today: '2027-04-18',
    timezone: 'Europe/Lisbon',
    text: "lavandaria, farmácia, pay the IMI by the end of the month, email the senhorio, book dinner for Tiago's birthday on Friday",
    tasks: [
      { title: 'Lavandaria', due: null },
      { title: 'Farmácia', due: null },
      { title: 'Pay the IMI', due: '2027-04-30' },
      { title: 'Email the senhorio', due: null },
      { title: "Book dinner for Tiago's birthday", due: '2027-04-23' },
    ],
  },
  {
    name: 'comma 12: Tehran errands',
    today: '2027-11-11',
    timezone: 'Asia/Tehran',
    text: 'renew the car insurance, buy a heater, call Maman, pick up the suit from the tailor tomorrow, send Reza the photos',
    tasks: [
      { title: 'Renew the car insurance', due: null },
      { title: 'Buy a heater', due: null },
      { title: 'Call Maman', due: null },
      { title: 'Pick up the suit from the tailor', due: '2027-11-12' },
      { title: 'Send Reza the photos', due: null },
    ],
  },

  // dates in many forms
  {
    name: 'dates 3: British slashes around Easter',
    today: '2026-04-02',
    timezone: 'Europe/London',
    text: "- egg hunt stuff for Sunday\n- car into the garage 07/04, collect it 08/04\n- pay the childminder by the 10th\n- book swimming lessons for after Easter\n- card for Gran's birthday 15/04",
    tasks: [
      { title: 'Egg hunt stuff', due: '2026-04-05' },
      { title: 'Car into the garage', due: '2026-04-07' },
      { title: 'Collect the car', due: '2026-04-08' },
      { title: 'Pay the childminder', due: '2026-04-10' },
      { title: 'Book swimming lessons', due: null },
      { title: "Card for Gran's birthday", due: '2026-04-15' },
    ],
  },
  {
    name: 'dates 6: American slashes, a holiday and days from now',
    today: '2026-10-15',
    timezone: 'America/Los_Angeles',
    text: '- costume for Halloween!!\n- flu shots 10/20 at CVS\n- oil change in 3 days\n- rent on the 1st\n- bring sweets to the Diwali party next Saturday',
    tasks: [
      { title: 'Costume for Halloween', due: '2026-10-31', priority: 'high' },
      { title: 'Flu shots at CVS', due: '2026-10-20' },
      { title: 'Oil change', due: '2026-10-18' },
      { title: 'Rent', due: '2026-11-01' },
      { title: 'Bring sweets to the Diwali party', due: '2026-10-24' },
    ],
  },
  {
    name: 'dates 9: Spanish after Reyes',
    today: '2027-01-08',
    timezone: 'Europe/Madrid',
    text: 'Reyes ya pasó 😅 ahora: devolver los regalos que no valen antes del 15, cita ITV el martes, pagar el IBI a final de mes, llamar a la abuela mañana, cambiar el aceite dentro de dos semanas',
    tasks: [
      { title: 'Devolver los regalos que no valen', due: '2027-01-14' },
      { title: 'Cita ITV', due: '2027-01-12' },
      { title: 'Pagar el IBI', due: '2027-01-31' },
      { title: 'Llamar a la abuela', due: '2027-01-09' },
      { title: 'Cambiar el aceite', due: '2027-01-22' },
    ],
  },
  {
    name: 'dates 12: German and French in Zurich',
    today: '2027-08-19',
    timezone: 'Europe/Zurich',
    text: "- Steuererklärung: Frist 30. September\n- rendez-vous chez le dentiste lundi prochain\n- Geburtstagsgeschenk für Nina bis Samstag\n- Velo-Service nächste Woche\n- payer l'assurance maladie avant la fin du mois",
    tasks: [
      { title: 'Steuererklärung', due: '2027-09-30' },
      { title: 'Rendez-vous chez le dentiste', due: '2027-08-23' },
      { title: 'Geburtstagsgeschenk für Nina', due: '2027-08-21' },
      { title: 'Velo-Service', due: '2027-08-23' },
      { title: "Payer l'assurance maladie", due: '2027-08-31' },
    ],
  },

  // project dates that are not tasks
  {
    name: 'project-dates 3: a gala and a ticket deadline',
    today: '2026-03-10',
    timezone: 'America/Chicago',
    text: 'The fundraiser gala is April 18. Ticket sales close April 10. My part: confirm the caterer by Friday, design the program, and get the silent auction items logged in the spreadsheet next week.',
    tasks: [
      { title: 'Confirm the caterer', due: '2026-03-13' },
      { title: 'Design the program', due: null },
      { title: 'Get the silent auction items logged in the spreadsheet', due: '2026-03-16' },
    ],
  },
  {
    name: 'project-dates 6: finals and a presentation night',
    today: '2026-08-26',
    timezone: 'Australia/Melbourne',
    text: "Footy finals start in two weeks and our club's presentation night is Sept 20. Jobs for me: order the trophies this week, chase the sponsors for their logos, book the DJ. The committee is handling the venue.",
    tasks: [
      { title: 'Order the trophies', due: '2026-08-28' },
      { title: 'Chase the sponsors for their logos', due: null },
      { title: 'Book the DJ', due: null },
    ],
  },
  {
    name: 'project-dates 9: before launch',
    today: '2027-03-04',
    timezone: 'Europe/Stockholm',
    text: 'Product launch is set for April 6. Beta closes March 20. Before launch I need to: finish the pricing page, write the launch blog post by March 26, and record the onboarding video next week. Marketing owns the newsletter.',
    tasks: [
      { title: 'Finish the pricing page', due: '2027-04-05' },
      { title: 'Write the launch blog post', due: '2027-03-26' },
      { title: 'Record the onboarding video', due: '2027-03-08' },
    ],
  },
  {
    name: "project-dates 12: a sister's wedding",
    today: '2027-10-26',
    timezone: 'Asia/Kolkata',
    text: "Sister's wedding is on Dec 12 in Jaipur. Still to do: book train tickets for the family by Nov 1, order the lehenga alterations, send the guest list to Papa this week. Venue and caterer are done.",
    tasks: [
      { title: 'Book train tickets for the family', due: '2027-11-01' },
      { title: 'Order the lehenga alterations', due: null },
      { title: 'Send the guest list to Papa', due: '2027-10-29' },
    ],
  },

  // emoji
  {
    name: "emoji 3: Valentine's Day errands",
    today: '2026-02-14',
    timezone: 'America/Phoenix',
    text: '💐 pick up the flowers before 5\n🍝 confirm the dinner reservation for 7:30\n💳 pay the credit card Monday\n🐕 dog to the groomer next Saturday',
    tasks: [
      { title: 'Pick up the flowers', due: '2026-02-14' },
      { title: 'Confirm the dinner reservation', due: '2026-02-14' },
      { title: 'Pay the credit card', due: '2026-02-16' },
      { title: 'Dog to the groomer', due: '2026-02-21' },
    ],
  },
  {
    name: 'emoji 6: Thanksgiving with emoji headings',
    today: '2026-11-26',
    timezone: 'America/New_York',
    text: 'today 🦃\n- turkey in by 11!!\n- pies out of the fridge\n- text Grandpa happy Thanksgiving\ntomorrow 🛍️\n- laptop for Emma (Black Friday deal)',
    tasks: [
      { title: 'Turkey in', due: '2026-11-26', priority: 'high' },
      { title: 'Pies out of the fridge', due: '2026-11-26' },
      { title: 'Text Grandpa happy Thanksgiving', due: '2026-11-26' },
      { title: 'Laptop for Emma', due: '2026-11-27' },
    ],
  },
  {
    name: 'emoji 9: cherry blossom week in Seoul',
    today: '2027-04-01',
    timezone: 'Asia/Seoul',
    text: "🌸 buy kimbap for Saturday's picnic\n📝 submit the tax receipts to HR by Monday\n💪 PT session tmrw 7am\n🎂 order a cake for Jiwoo's birthday on the 10th",
    tasks: [
      { title: "Buy kimbap for Saturday's picnic", due: '2027-04-03' },
      { title: 'Submit the tax receipts to HR', due: '2027-04-05' },
      { title: 'PT session', due: '2027-04-02' },
      { title: "Order a cake for Jiwoo's birthday", due: '2027-04-10' },
    ],
  },
  {
    name: 'emoji 12: Christmas Eve in Oslo',
    today: '2027-12-24',
    timezone: 'Europe/Oslo',
    text: '🎄 julaften! today:\n🍖 ribbe in the oven at 2\n🎁 wrap the last presents\nlater:\n📦 return the sweater after Christmas\n🚗 drive to Lillehammer on the 27th',
    tasks: [
      { title: 'Ribbe in the oven', due: '2027-12-24' },
      { title: 'Wrap the last presents', due: '2027-12-24' },
      { title: 'Return the sweater', due: '2027-12-26' },
      { title: 'Drive to Lillehammer', due: '2027-12-27' },
    ],
  },

  // typos
  {
    name: 'typos 3: misspelt weekend and tomorrow',
    today: '2026-05-15',
    timezone: 'America/Denver',
    text: '- grocerys for the weeknd\n- wash the car befor tomorow\n- cal Dr Shaw abuot my knee\n- pick up Mias prescripton monday',
    tasks: [
      { title: 'Groceries', due: '2026-05-16' },
      { title: 'Wash the car', due: '2026-05-15' },
      { title: 'Call Dr Shaw about my knee', due: null },
      { title: "Pick up Mia's prescription", due: '2026-05-18' },
    ],
  },
  {
    name: 'typos 6: Dublin errands with dropped letters',
    today: '2026-10-08',
    timezone: 'Europe/Dublin',
    text: 'book the boiler sevice, pay the ESB bil by the 20th, get Tadhg new runers, ring the creche abuot halloween hours',
    tasks: [
      { title: 'Book the boiler service', due: null },
      { title: 'Pay the ESB bill', due: '2026-10-20' },
      { title: 'Get Tadhg new runners', due: null },
      { title: 'Ring the creche about Halloween hours', due: null },
    ],
  },
  {
    name: 'typos 9: Chatham Islands with a next-week weekday',
    today: '2027-02-25',
    timezone: 'Pacific/Chatham',
    text: 'renw the fishing licnece, book flihgts to Wellington by next thurs, fix the water tank pump, call Mum on her birthday sunday',
    tasks: [
      { title: 'Renew the fishing licence', due: null },
      { title: 'Book flights to Wellington', due: '2027-03-04' },
      { title: 'Fix the water tank pump', due: null },
      { title: 'Call Mum on her birthday', due: '2027-02-28' },
    ],
  },
  {
    name: 'typos 12: Taglish with a misspelt Saturday as a topic',
    today: '2027-09-08',
    timezone: 'Asia/Manila',
    text: '- pay the SSS contibution b4 the 10th\n- enrol Miguel sa swimming lessons\n- remind Ate about the reunion on saturady\n- buy rice and cooking oil',
    tasks: [
      { title: 'Pay the SSS contribution', due: '2027-09-09' },
      { title: 'Enrol Miguel sa swimming lessons', due: null },
      { title: 'Remind Ate about the reunion on Saturday', due: null },
      { title: 'Buy rice and cooking oil', due: null },
    ],
  },

  // very short dumps
  {
    name: 'short 3: two Italian words on Good Friday',
    today: '2026-04-03',
    timezone: 'Europe/Rome',
    text: 'comprare colomba',
    tasks: [{ title: 'Comprare colomba', due: null }],
  },
  {
    name: 'short 6: school fees Monday',
    today: '2026-09-04',
    timezone: 'Africa/Lagos',
    text: 'school fees monday',
    tasks: [{ title: 'School fees', due: '2026-09-07' }],
  },
  {
    name: 'short 9: rent tomorrow across a month end',
    today: '2027-01-31',
    timezone: 'America/Chicago',
    text: 'rent tmrw',
    tasks: [{ title: 'Rent', due: '2027-02-01' }],
  },
  {
    name: 'short 12: one urgent call at UTC+14',
    today: '2027-07-15',
    timezone: 'Pacific/Kiritimati',
    text: 'call Teuea re boat!!',
    tasks: [{ title: 'Call Teuea re boat', due: null, priority: 'high' }],
  },

  // long dumps, 1,500–2,500 characters
  {
    name: "long 3: a freelancer's week under bold headings",
    today: '2026-02-02',
    timezone: 'Europe/Amsterdam',
    text: "Monday again. Coffee number two. The week looks full so let me get it all down before the first call at 10, otherwise it will rattle around my head all day. Weekend was lovely though, we finally walked the whole Vondelpark loop without stopping for stroopwafels.\n\n**Clients**\n- De Vries Bakkerij: deliver the new menu designs by Wednesday, they open the second location on the 14th\n- Studio Noord: send the revised quote, they thought the first one was too high (it wasn't)\n- Brightline: kickoff call Thursday 2pm, prepare three questions about their audience\n- chase the unpaid invoice from Hartman & Co, it's 45 days now\n\n**Admin**\n- BTW aangifte for Q4, the deadline is end of February but I want it done this week\n- renew the KvK registration details, the address is still the old one\n- back up the laptop, it's been making that clicking noise again\n\n**Home**\n- Anouk's parents are coming Saturday, clean the guest room before then\n- buy a present for Daan, he turns 7 next Tuesday\n- fix the bike light before I get another fine\n- book the dentist, it's been a year and a half\n\n**Health**\n- yoga Tuesday evening\n- book a physio appointment for my shoulder\n\nHonestly this is fine. Nothing is on fire. The only scary one is the BTW, and even that is just annoying, not hard. Rain all week apparently, so at least I won't feel bad about staying inside and working. Anouk says I should raise my rates this year. She's right, but that's a conversation for March, not for a Monday morning with two coffees in me. The co-working place on the Overtoom has better chairs than my kitchen, which at this point is the main reason I go there.",
    tasks: [
      { title: 'Deliver the new menu designs for De Vries Bakkerij', due: '2026-02-04', project: 'Clients' },
      { title: 'Send the revised quote to Studio Noord', due: null, project: 'Clients' },
      { title: 'Kickoff call with Brightline', due: '2026-02-05', project: 'Clients' },
      { title: "Prepare three questions about Brightline's audience", due: '2026-02-05', project: 'Clients' },
      { title: 'Chase the unpaid invoice from Hartman & Co', due: null, project: 'Clients' },
      { title: 'BTW aangifte for Q4', due: '2026-02-06', project: 'Admin' },
      { title: 'Renew the KvK registration details', due: null, project: 'Admin' },
      { title: 'Back up the laptop', due: null, project: 'Admin' },
      { title: 'Clean the guest room', due: '2026-02-06', project: 'Home' },
      { title: 'Buy a present for Daan', due: '2026-02-10', project: 'Home' },
      { title: 'Fix the bike light', due: null, project: 'Home' },
      { title: 'Book the dentist', due: null, project: 'Home' },
      { title: 'Yoga', due: '2026-02-03', project: 'Health' },
      { title: 'Book a physio appointment for my shoulder', due: null, project: 'Health' },
    ],
  },
  {
    name: 'long 6: a journal entry after a long weekend',
    today: '2026-10-12',
    timezone: 'America/New_York',
    text: "Three-day weekend is over and I'm sitting here with cold coffee, trying to make sense of my life. I love my job but this quarter is eating me alive. My therapist says writing things down helps, so here goes. Last week I forgot an appointment AND a birthday, so the system of keeping it all in my head has officially failed.\n\nWork: the client deck for Meridian is due Thursday and I'm maybe 40% done. I need to get the numbers from Priyanka tomorrow, otherwise I can't finish the charts. Also have to write Jamal's performance review before the calibration meeting next Wednesday. And someone has to book the team dinner for the 23rd, and by someone I mean me.\n\nThe apartment: the super still hasn't fixed the radiator, so email the management company about the radiator again today, politely but firmly. Renew the renter's insurance, it lapses at the end of the month. The pile of Amazon returns by the door is getting embarrassing, drop the Amazon returns off at UPS this week.\n\nFamily: Mom's flight lands Friday at 6, pick Mom up from LaGuardia. Plan something fun for Saturday while she's here, maybe the Met? Call Aunt Rosa back, she left a voicemail about Thanksgiving.\n\nHealth: I skipped the dentist twice, reschedule the dentist. Get the flu shot, the pharmacy does walk-ins.\n\nMoney: the credit card bill is due on the 20th, pay it in full this time. Check whether the 401k rollover ever went through.\n\nOkay. Deep breath. That's a lot, but it's all doable if I don't panic. Tea instead of more coffee. The leaves on our street are ridiculous right now, orange everywhere. Fall in New York really is something.",
    tasks: [
      { title: 'Client deck for Meridian', due: '2026-10-15', project: 'Work' },
      { title: 'Get the numbers from Priyanka', due: '2026-10-13', project: 'Work' },
      { title: "Write Jamal's performance review", due: '2026-10-20', project: 'Work' },
      { title: 'Book the team dinner', due: '2026-10-23', project: 'Work' },
      { title: 'Email the management company about the radiator', due: '2026-10-12', project: 'Apartment' },
      { title: "Renew the renter's insurance", due: '2026-10-31', project: 'Apartment' },
      { title: 'Drop the Amazon returns off at UPS', due: '2026-10-16', project: 'Apartment' },
      { title: 'Pick Mom up from LaGuardia', due: '2026-10-16', project: 'Family' },
      { title: 'Plan something fun for Saturday', due: '2026-10-17', project: 'Family' },
      { title: 'Call Aunt Rosa back', due: null, project: 'Family' },
      { title: 'Reschedule the dentist', due: null, project: 'Health' },
      { title: 'Get the flu shot', due: null, project: 'Health' },
      { title: 'Pay the credit card bill in full', due: '2026-10-20', project: 'Money' },
      { title: 'Check whether the 401k rollover went through', due: null, project: 'Money' },
    ],
  },
  {
    name: 'long 9: Easter Monday voice note after the clock change',
    today: '2027-03-29',
    timezone: 'Europe/Berlin',
    text: "Ostermontag, everyone's still asleep, the clocks changed yesterday and my body has no idea what time it is. Quick dump before the kids wake up. Yesterday's egg hunt in the garden went great, Mila found all of them except the one the dog found first.\nTomorrow back at work and the first thing is the release. Ship the hotfix by Wednesday at the latest, so review Jonas' pull request tomorrow morning and tell the support team when it's live. Then the planning for Q2, I have to send my team's estimates to Petra by Friday. The offsite in Leipzig is on April 22, I still need to book the hotel and the train for Leipzig.\nAt home the Kita is closed next week for the Osterferien, so by Friday organise the Notbetreuung or ask Oma to take Mila for two days. Mila's U9 check-up is overdue, call the Kinderarzt about Mila's U9 on Tuesday. The car needs the TÜV by the end of April, make a TÜV appointment. And buy plants and soil for the balcony when the weather is better, no rush.\nThe Steuererklärung is due in July, I don't want to think about it yet, but collect the receipts in one folder this week so it's not a nightmare later. Also: the Nebenkostenabrechnung came, check the Nebenkostenabrechnung, it's way higher than last year. Petra said in the last call that the estimates don't need to be perfect, just honest, which is kind of her. The weather app says 19 degrees on Thursday, finally.\nLast thing, Thomas' birthday is on the 9th, he wants that book about the Bauhaus, order the Bauhaus book for Thomas this week so it arrives in time. Okay, I hear feet on the stairs. Done.",
    tasks: [
      { title: 'Ship the hotfix', due: '2027-03-31' },
      { title: "Review Jonas' pull request", due: '2027-03-30' },
      { title: "Tell the support team when it's live", due: null },
      { title: "Send my team's estimates to Petra", due: '2027-04-02' },
      { title: 'Book the hotel and the train for Leipzig', due: null },
      { title: 'Organise the Notbetreuung or ask Oma to take Mila', due: '2027-04-02' },
      { title: "Call the Kinderarzt about Mila's U9", due: '2027-03-30' },
      { title: 'Make a TÜV appointment', due: '2027-04-30' },
      { title: 'Buy plants and soil for the balcony', due: null, priority: 'low' },
      { title: 'Collect the receipts in one folder', due: '2027-04-02' },
      { title: 'Check the Nebenkostenabrechnung', due: null },
      { title: 'Order the Bauhaus book for Thomas', due: '2027-04-02' },
    ],
  },
  {
    name: 'long 12: a school newsletter, work and house before summer',
    today: '2027-11-22',
    timezone: 'Australia/Perth',
    text: "Fwd from the school newsletter:\n> Term 4 reminders: Year 6 graduation is Wednesday 8 December at 6pm. Please RSVP via Compass by 1 December. The uniform shop closes for the year on 10 December. Library book returns are due Friday 26 November.\n\nOK so from that: RSVP to graduation, return Josh's library books, and buy next year's uniform before the shop shuts.\n\nWork this week:\n1. finish the FY budget draft, Sandra wants it Thursday\n2. sign off the leave roster for Christmas\n3. catch up with the new grad, Tuesday lunch\n4. renew my forklift ticket before it lapses 30/11\n\nHouse:\n- book the aircon service this week, before summer properly kicks in\n- clean the pool filter\n- Christmas lights up on the weekend\n- order the Christmas ham from the butcher by 10/12\n\nAlso pick Mum up from the airport, her flight from Adelaide lands 18/12. Sort out the dog sitter for the Margaret River trip (we leave 27/12). I'm tired but it's nearly the end of the year, hang in there. Josh is so excited about graduation he's been practising his speech in the shower every morning, which is adorable and also means we are always late. The heat is already brutal, 38 on Saturday, and the garden looks like a desert. Note to self: the pool guy said the filter only needs a hose-down, not a new cartridge, so don't let the shop upsell you. Last year we forgot the ham until the 23rd and ended up with sausages for Christmas lunch, never again. Josh's teacher sent a lovely note home last week about his reading. Sandra also said the budget doesn't need every line perfect, just the big numbers.",
    tasks: [
      { title: 'RSVP to graduation', due: '2027-12-01', project: null },
      { title: "Return Josh's library books", due: '2027-11-26', project: null },
      { title: "Buy next year's uniform", due: '2027-12-09', project: null },
      { title: 'Finish the FY budget draft', due: '2027-11-25', project: 'Work' },
      { title: 'Sign off the leave roster for Christmas', due: null, project: 'Work' },
      { title: 'Catch up with the new grad', due: '2027-11-23', project: 'Work' },
      { title: 'Renew my forklift ticket', due: '2027-11-29', project: 'Work' },
      { title: 'Book the aircon service', due: '2027-11-26', project: 'House' },
      { title: 'Clean the pool filter', due: null, project: 'House' },
      { title: 'Christmas lights up', due: '2027-11-27', project: 'House' },
      { title: 'Order the Christmas ham from the butcher', due: '2027-12-10', project: 'House' },
      { title: 'Pick Mum up from the airport', due: '2027-12-18', project: null },
      { title: 'Sort out the dog sitter for the Margaret River trip', due: '2027-12-27', project: null },
    ],
  },

  // dumps with nothing to do
  {
    name: 'nothing 3: Orthodox Easter lunch',
    today: '2026-04-12',
    timezone: 'Europe/Athens',
    text: "Χριστός Ανέστη! Easter lunch at my parents', lamb on the spit since 6am. Not thinking about anything else today.",
    tasks: [],
  },
  {
    name: 'nothing 6: last day of the year, all prepared',
    today: '2026-12-31',
    timezone: 'Asia/Tokyo',
    text: 'Last day of the year. Cleaned the apartment yesterday, osechi is in the fridge, nothing left to prepare. Just going to watch Kōhaku and relax.',
    tasks: [],
  },
  {
    name: 'nothing 9: after the festa junina',
    today: '2027-06-19',
    timezone: 'America/Sao_Paulo',
    text: 'festa junina at the school today was so much fun. the kids danced quadrilha. tired and happy.',
    tasks: [],
  },
  {
    name: 'nothing 12: a weird mood in two languages',
    today: '2027-10-24',
    timezone: 'Europe/Madrid',
    text: "No sé ni qué escribir. Just a weird mood today. Work is fine, family is fine. I think I'm just tired.",
    tasks: [],
  },
];

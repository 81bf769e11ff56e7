/**
 * The offline drafter's evaluation set: brain dumps written by hand in the styles people actually
 * use (terse lists, rambling prose, markdown, typos), each with the person's day, zone, open
 * tasks, and the changes a careful reader would draft. Expected dates follow the conventions in
 * docs/ai.md ("next week" is its Monday, "this weekend" its Saturday, "end of week" its Friday).
 */

export interface ExpectedTask {
  title: string;
  due?: string | null;
  project?: string | null;
  /** Only where the dump states one ("urgent", "p1", "!!", "whenever"); absent = not scored. */
  priority?: 'high' | 'medium' | 'low' | null;
}

export interface ExpectedUpdate {
  task_id: string;
  due?: string;
  status?: 'done' | 'cancelled';
}

export interface EvalCase {
  name: string;
  today: string;
  timezone: string;
  text: string;
  tasks: ExpectedTask[];
  updates?: ExpectedUpdate[];
  open?: { id: string; title: string; due_date: string | null }[];
}

const DENTIST = '0c8a6d7e-51f3-4a7e-9d0b-1a2b3c4d5e01';
const TAXES = '0c8a6d7e-51f3-4a7e-9d0b-1a2b3c4d5e02';
const REPORT = '0c8a6d7e-51f3-4a7e-9d0b-1a2b3c4d5e03';
const VET = '0c8a6d7e-51f3-4a7e-9d0b-1a2b3c4d5e04';
const INSURANCE = '0c8a6d7e-51f3-4a7e-9d0b-1a2b3c4d5e05';

const openTasks = [
  { id: DENTIST, title: 'Dentist appointment', due_date: '2026-11-24' },
  { id: TAXES, title: 'File tax return', due_date: null },
  { id: REPORT, title: 'Quarterly report for Anna', due_date: '2026-11-27' },
  { id: VET, title: 'Take Biscuit to the vet', due_date: '2026-11-26' },
  { id: INSURANCE, title: 'Compare car insurance quotes', due_date: null },
];

export const evalCases: EvalCase[] = [
  {
    name: 'terse dash list',
    today: '2026-11-23',
    timezone: 'Europe/Berlin',
    text: '- buy milk\n- call mom tomorrow\n- pay rent by Friday\n- fix bike',
    tasks: [
      { title: 'Buy milk', due: null },
      { title: 'Call mom', due: '2026-11-24' },
      { title: 'Pay rent', due: '2026-11-27' },
      { title: 'Fix bike', due: null },
    ],
  },
  {
    name: 'rambling prose with filler',
    today: '2026-11-23',
    timezone: 'Europe/Berlin',
    text: "ok so this week is insane. I need to finish the slides for Thursday's meeting, and I should probably book flights for Christmas at some point. Oh and don't forget to send Lisa the contract by Wednesday!",
    tasks: [
      { title: "Finish the slides for Thursday's meeting", due: '2026-11-26' },
      { title: 'Book flights for Christmas', due: null },
      { title: 'Send Lisa the contract', due: '2026-11-25' },
    ],
  },
  {
    name: 'markdown headings as projects',
    today: '2026-06-15',
    timezone: 'Asia/Tokyo',
    text: '# Garden\n- mow the lawn\n- plant tomatoes this weekend\n\n# Work\n- review Tom\'s PR asap\n- prepare demo for next Tuesday at 3pm',
    tasks: [
      { title: 'Mow the lawn', due: null, project: 'Garden' },
      { title: 'Plant tomatoes', due: '2026-06-20', project: 'Garden' },
      { title: "Review Tom's PR", due: null, project: 'Work' },
      { title: 'Prepare demo', due: '2026-06-23', project: 'Work' },
    ],
  },
  {
    name: 'colon headings and numbered items',
    today: '2026-12-04',
    timezone: 'America/New_York',
    text: 'House:\n1. clean gutters\n2. replace smoke detector batteries\n3. call electrician Monday\n\nCar:\n1. oil change next week\n2. renew registration by Dec 15',
    tasks: [
      { title: 'Clean gutters', due: null, project: 'House' },
      { title: 'Replace smoke detector batteries', due: null, project: 'House' },
      { title: 'Call electrician', due: '2026-12-07', project: 'House' },
      { title: 'Oil change', due: '2026-12-07', project: 'Car' },
      { title: 'Renew registration', due: '2026-12-15', project: 'Car' },
    ],
  },
  {
    name: 'Project: lines',
    today: '2026-03-05',
    timezone: 'Pacific/Honolulu',
    text: 'Project: Website relaunch\n- write copy for the About page\n- pick a font\n- launch on March 20\nProject: Tax prep\n- gather receipts\n- book accountant appointment next week',
    tasks: [
      { title: 'Write copy for the About page', due: null, project: 'Website relaunch' },
      { title: 'Pick a font', due: null, project: 'Website relaunch' },
      { title: 'Launch', due: '2026-03-20', project: 'Website relaunch' },
      { title: 'Gather receipts', due: null, project: 'Tax prep' },
      { title: 'Book accountant appointment', due: '2026-03-09', project: 'Tax prep' },
    ],
  },
  {
    name: 'named effort in prose',
    today: '2026-11-23',
    timezone: 'Europe/Berlin',
    text: 'For the kitchen renovation I need to order tiles, call the plumber on Thursday and pick a paint colour. Separately, renew my passport.',
    tasks: [
      { title: 'Order tiles', due: null, project: 'Kitchen renovation' },
      { title: 'Call the plumber', due: '2026-11-26', project: 'Kitchen renovation' },
      { title: 'Pick a paint colour', due: null, project: 'Kitchen renovation' },
      { title: 'Renew my passport', due: null, project: null },
    ],
  },
  {
    name: 'star bullets with priorities and durations',
    today: '2026-09-30',
    timezone: 'Europe/London',
    text: '* URGENT: fix the login bug (2h)\n* write blog post - low priority\n* team retro tomorrow 30 min\n* call bank!!',
    tasks: [
      { title: 'Fix the login bug', due: null },
      { title: 'Write blog post', due: null },
      { title: 'Team retro', due: '2026-10-01' },
      { title: 'Call bank', due: null },
    ],
  },
  {
    name: 'unicode bullets',
    today: '2026-05-20',
    timezone: 'Australia/Sydney',
    text: '• email landlord about the leak\n• groceries: eggs, spinach, rice\n• gym at 6pm\n• read chapter 4 by Sunday',
    tasks: [
      { title: 'Email landlord about the leak', due: null },
      { title: 'Groceries: eggs, spinach, rice', due: null },
      { title: 'Gym', due: '2026-05-20' },
      { title: 'Read chapter 4', due: '2026-05-24' },
    ],
  },
  {
    name: 'run-on with and then',
    today: '2026-10-29',
    timezone: 'Europe/London',
    text: 'pick up the kids at 3 and then drop off the parcel at the post office and then buy a birthday present for Sam before Saturday',
    tasks: [
      { title: 'Pick up the kids', due: '2026-10-29' },
      { title: 'Drop off the parcel at the post office', due: null },
      { title: 'Buy a birthday present for Sam', due: '2026-10-31' },
    ],
  },
  {
    name: 'semicolons',
    today: '2027-01-09',
    timezone: 'Pacific/Auckland',
    text: 'water the plants; book the campervan for February 12; reply to Mere about the bach; sort out the recycling',
    tasks: [
      { title: 'Water the plants', due: null },
      { title: 'Book the campervan', due: '2027-02-12' },
      { title: 'Reply to Mere about the bach', due: null },
      { title: 'Sort out the recycling', due: null },
    ],
  },
  {
    name: 'date headings',
    today: '2026-11-23',
    timezone: 'Europe/Berlin',
    text: 'Today:\n- finish expense report\n- call the garage\nTomorrow:\n- dentist at 10\n- pick up dry cleaning\nFriday:\n- team lunch',
    tasks: [
      { title: 'Finish expense report', due: '2026-11-23' },
      { title: 'Call the garage', due: '2026-11-23' },
      { title: 'Dentist', due: '2026-11-24' },
      { title: 'Pick up dry cleaning', due: '2026-11-24' },
      { title: 'Team lunch', due: '2026-11-27' },
    ],
  },
  {
    name: 'typos and lowercase',
    today: '2026-11-23',
    timezone: 'Europe/Berlin',
    text: 'cal the insurence company tomorow\nfinsh the report by fri\nbuy new shoes sometime',
    tasks: [
      { title: 'Cal the insurence company', due: '2026-11-24' },
      { title: 'Finsh the report', due: '2026-11-27' },
      { title: 'Buy new shoes', due: null },
    ],
  },
  {
    name: 'move, done and new in one dump',
    today: '2026-11-23',
    timezone: 'Europe/Berlin',
    open: openTasks,
    text: 'move the dentist thing to Friday. mark the tax return as done. Also book a table for Saturday dinner.',
    tasks: [{ title: 'Book a table for dinner', due: '2026-11-28' }],
    updates: [
      { task_id: DENTIST, due: '2026-11-27' },
      { task_id: TAXES, status: 'done' },
    ],
  },
  {
    name: 'push existing task to next week',
    today: '2026-11-23',
    timezone: 'Europe/Berlin',
    open: openTasks,
    text: "push the quarterly report to next week, the vet visit is done, and I still need to compare insurance quotes by end of week",
    tasks: [],
    updates: [
      { task_id: REPORT, due: '2026-11-30' },
      { task_id: VET, status: 'done' },
      { task_id: INSURANCE, due: '2026-11-27' },
    ],
  },
  {
    name: 'end of day and this weekend',
    today: '2026-06-15',
    timezone: 'Asia/Tokyo',
    text: 'send invoice to Kenji end of day Wednesday\nclean the balcony this weekend\nsubmit visa form eod',
    tasks: [
      { title: 'Send invoice to Kenji', due: '2026-06-17' },
      { title: 'Clean the balcony', due: '2026-06-20' },
      { title: 'Submit visa form', due: '2026-06-15' },
    ],
  },
  {
    name: 'relative offsets',
    today: '2026-12-04',
    timezone: 'America/New_York',
    text: 'renew passport in 2 weeks. dentist checkup in 3 days. plan Q1 budget next month',
    tasks: [
      { title: 'Renew passport', due: '2026-12-18' },
      { title: 'Dentist checkup', due: '2026-12-07' },
      { title: 'Plan Q1 budget', due: '2027-01-01' },
    ],
  },
  {
    name: 'explicit month dates',
    today: '2026-11-23',
    timezone: 'America/Los_Angeles',
    text: '- Dec 5: Maya\'s recital\n- pay property tax by December 10\n- submit grant application on 1/15\n- book flights for Jan 3rd',
    tasks: [
      { title: "Maya's recital", due: '2026-12-05' },
      { title: 'Pay property tax', due: '2026-12-10' },
      { title: 'Submit grant application', due: '2027-01-15' },
      { title: 'Book flights', due: '2027-01-03' },
    ],
  },
  {
    name: 'weekend on a Saturday',
    today: '2027-01-09',
    timezone: 'Pacific/Auckland',
    text: 'this weekend: clean the car and mow the lawn. next week call the builder and get a quote for the deck',
    tasks: [
      { title: 'Clean the car', due: '2027-01-09' },
      { title: 'Mow the lawn', due: '2027-01-09' },
      { title: 'Call the builder', due: '2027-01-11' },
      { title: 'Get a quote for the deck', due: '2027-01-11' },
    ],
  },
  {
    name: 'checkbox list',
    today: '2026-03-05',
    timezone: 'Pacific/Honolulu',
    text: '- [ ] update resume\n- [ ] apply to 3 jobs by Monday\n- [x] clean inbox\n- [ ] practice interview questions (1 hour)',
    tasks: [
      { title: 'Update resume', due: null },
      { title: 'Apply to 3 jobs', due: '2026-03-09' },
      { title: 'Practice interview questions', due: null },
    ],
  },
  {
    name: 'mixed prose and bullets',
    today: '2026-09-30',
    timezone: 'Europe/London',
    text: "Lots on. Biggest thing is the conference talk, need to finish slides by Tuesday.\nAlso:\n- book train to Leeds\n- ask Priya to cover my shift on Oct 9\nand I gotta renew the car insurance before it lapses on the 15th",
    tasks: [
      { title: 'Finish slides', due: '2026-10-06' },
      { title: 'Book train to Leeds', due: null },
      { title: 'Ask Priya to cover my shift', due: '2026-10-09' },
      { title: 'Renew the car insurance before it lapses', due: '2026-10-15' },
    ],
  },
  {
    name: 'times with am/pm',
    today: '2026-11-01',
    timezone: 'America/New_York',
    text: 'call the pharmacy tomorrow at 9am\nparent-teacher meeting Thursday 4:30pm\nyoga tonight',
    tasks: [
      { title: 'Call the pharmacy', due: '2026-11-02' },
      { title: 'Parent-teacher meeting', due: '2026-11-05' },
      { title: 'Yoga', due: '2026-11-01' },
    ],
  },
  {
    name: 'nested list with a group parent',
    today: '2026-05-20',
    timezone: 'Europe/Berlin',
    text: '- Moving house\n  - get boxes\n  - book movers for May 30\n  - change address with the bank\n- dentist on Friday',
    tasks: [
      { title: 'Get boxes', due: null, project: 'Moving house' },
      { title: 'Book movers', due: '2026-05-30', project: 'Moving house' },
      { title: 'Change address with the bank', due: null, project: 'Moving house' },
      { title: 'Dentist', due: '2026-05-22', project: null },
    ],
  },
  {
    name: 'whenever and someday',
    today: '2026-10-29',
    timezone: 'Europe/London',
    text: 'learn Spanish whenever. someday fix the shed door. sort photos, no rush. important: cancel the gym membership before November',
    tasks: [
      { title: 'Learn Spanish', due: null },
      { title: 'Fix the shed door', due: null },
      { title: 'Sort photos', due: null },
      { title: 'Cancel the gym membership', due: '2026-10-31' },
    ],
  },
  {
    name: 'one long sentence with commas',
    today: '2026-11-23',
    timezone: 'Asia/Kolkata',
    text: 'tomorrow I have to pay the electricity bill, call Ravi about the wedding, get the suit tailored by Saturday, book a cab for the airport on the 30th',
    tasks: [
      { title: 'Pay the electricity bill', due: '2026-11-24' },
      { title: 'Call Ravi about the wedding', due: '2026-11-24' },
      { title: 'Get the suit tailored', due: '2026-11-28' },
      { title: 'Book a cab for the airport', due: '2026-11-30' },
    ],
  },
  {
    name: 'work standup notes',
    today: '2026-12-04',
    timezone: 'America/Chicago',
    text: 'Work stuff:\n- deploy hotfix to prod today\n- write postmortem by Tuesday\n- 1:1 with Dana next Thursday at 2pm\n- refactor billing module (low prio)\nHome:\n- order Christmas cards',
    tasks: [
      { title: 'Deploy hotfix to prod', due: '2026-12-04', project: 'Work' },
      { title: 'Write postmortem', due: '2026-12-08', project: 'Work' },
      { title: '1:1 with Dana', due: '2026-12-10', project: 'Work' },
      { title: 'Refactor billing module', due: null, project: 'Work' },
      { title: 'Order Christmas cards', due: null, project: 'Home' },
    ],
  },
  {
    name: 'year boundary',
    today: '2026-12-31',
    timezone: 'Europe/Berlin',
    text: 'buy champagne today\nnew year brunch with Jo tomorrow\nfile expenses next week\nstart the new budget spreadsheet in a week',
    tasks: [
      { title: 'Buy champagne', due: '2026-12-31' },
      { title: 'New year brunch with Jo', due: '2027-01-01' },
      { title: 'File expenses', due: '2027-01-04' },
      { title: 'Start the new budget spreadsheet', due: '2027-01-07' },
    ],
  },
  {
    name: 'label lines',
    today: '2026-06-15',
    timezone: 'America/Denver',
    text: 'Garden: water the roses, weed the veg patch\nKids: sign permission slip by Thursday, buy new school shoes\nMe: haircut next week',
    tasks: [
      { title: 'Water the roses', due: null, project: 'Garden' },
      { title: 'Weed the veg patch', due: null, project: 'Garden' },
      { title: 'Sign permission slip', due: '2026-06-18', project: 'Kids' },
      { title: 'Buy new school shoes', due: null, project: 'Kids' },
      { title: 'Haircut', due: '2026-06-22' },
    ],
  },
  {
    name: 'gotta and remember to',
    today: '2026-03-27',
    timezone: 'Europe/Berlin',
    text: 'gotta call grandma on Sunday. remember to defrost the chicken tonight. need to return the library books by next Wednesday',
    tasks: [
      { title: 'Call grandma', due: '2026-03-29' },
      { title: 'Defrost the chicken', due: '2026-03-27' },
      { title: 'Return the library books', due: '2026-04-01' },
    ],
  },
  {
    name: 'noun list stays one task',
    today: '2026-11-23',
    timezone: 'Europe/Berlin',
    text: 'buy batteries, tape, and light bulbs. email the school about the trip',
    tasks: [
      { title: 'Buy batteries, tape, and light bulbs', due: null },
      { title: 'Email the school about the trip', due: null },
    ],
  },
  {
    name: 'bold headings',
    today: '2026-09-30',
    timezone: 'America/Sao_Paulo',
    text: '**Side project**\n- set up the database\n- write the landing page by Friday\n\n**Health**\n- book a physio appointment\n- run 5k on Saturday morning',
    tasks: [
      { title: 'Set up the database', due: null, project: 'Side project' },
      { title: 'Write the landing page', due: '2026-10-02', project: 'Side project' },
      { title: 'Book a physio appointment', due: null, project: 'Health' },
      { title: 'Run 5k', due: '2026-10-03', project: 'Health' },
    ],
  },
  {
    name: 'single line',
    today: '2026-10-29',
    timezone: 'America/New_York',
    text: 'Call the landlord about the heating ASAP',
    tasks: [{ title: 'Call the landlord about the heating', due: null }],
  },
  {
    name: 'walls of text with chatter',
    today: '2026-05-20',
    timezone: 'Asia/Singapore',
    text: "ugh so much to do. I'm behind on everything. The big one: finish the thesis chapter by May 31. Then I should email my supervisor tomorrow and maybe print the draft. Oh, and call the bank about the card.",
    tasks: [
      { title: 'Finish the thesis chapter', due: '2026-05-31' },
      { title: 'Email my supervisor', due: '2026-05-21' },
      { title: 'Print the draft', due: null },
      { title: 'Call the bank about the card', due: null },
    ],
  },
  {
    name: 'abbreviated weekdays and times',
    today: '2026-11-23',
    timezone: 'Europe/Berlin',
    text: 'mon: laundry\nwed 7pm pottery class\nthurs: bake cake for Ella\nsat - market run',
    tasks: [
      { title: 'Laundry', due: '2026-11-23' },
      { title: 'Pottery class', due: '2026-11-25' },
      { title: 'Bake cake for Ella', due: '2026-11-26' },
      { title: 'Market run', due: '2026-11-28' },
    ],
  },
];

/**
 * Written after the first rules were settled. Measured once before any change they prompted
 * (recall 84.6%, exact due dates 81.1%); the general fixes they then led to (date labels such as
 * "Sunday 10am:", "so I have to", "X moved to Dec 3") are now in the parser, so they no longer
 * count as unseen.
 */
export const secondCases: EvalCase[] = [
  {
    name: 'second: sunday planning, DST end day',
    today: '2026-11-01',
    timezone: 'America/New_York',
    text: 'This week:\n- get flu shot\n- finish reading group book by Thursday\n- call plumber re: dripping tap\nalso Mon 8am standup prep (15 min)',
    tasks: [
      { title: 'Get flu shot', due: '2026-11-06' },
      { title: 'Finish reading group book', due: '2026-11-05' },
      { title: 'Call plumber re: dripping tap', due: '2026-11-06' },
      { title: 'Standup prep', due: '2026-11-02' },
    ],
  },
  {
    name: 'second: no punctuation stream',
    today: '2026-03-27',
    timezone: 'Europe/Berlin',
    text: 'need to book the car service and pay the council tax and also text Jonas about Sunday brunch then clean the fridge',
    tasks: [
      { title: 'Book the car service', due: null },
      { title: 'Pay the council tax', due: null },
      { title: 'Text Jonas about Sunday brunch', due: null },
      { title: 'Clean the fridge', due: null },
    ],
  },
  {
    name: 'second: wedding planning headings',
    today: '2026-05-20',
    timezone: 'Europe/Rome',
    text: '## Wedding\n- confirm the florist by June 1\n- send save-the-dates\n- taste cakes Saturday at 11am\n## Admin\n- renew ID card\n- pay the accountant',
    tasks: [
      { title: 'Confirm the florist', due: '2026-06-01', project: 'Wedding' },
      { title: 'Send save-the-dates', due: null, project: 'Wedding' },
      { title: 'Taste cakes', due: '2026-05-23', project: 'Wedding' },
      { title: 'Renew ID card', due: null, project: 'Admin' },
      { title: 'Pay the accountant', due: null, project: 'Admin' },
    ],
  },
  {
    name: 'second: chatty paragraph',
    today: '2026-09-30',
    timezone: 'America/Los_Angeles',
    text: "Honestly my head is spinning. Mum's birthday is on Saturday so I have to order flowers before Friday. The printer is broken again, I should call IT about it. And I want to start running again, maybe three times a week.",
    tasks: [
      { title: 'Order flowers', due: '2026-10-02' },
      { title: 'Call IT about the printer', due: null },
      { title: 'Start running again', due: null },
    ],
  },
  {
    name: 'second: numbered with dates first',
    today: '2026-12-31',
    timezone: 'Asia/Tokyo',
    text: '1. Jan 4 - back to office\n2. Jan 6 - send tax documents to Sato-san\n3. by Jan 10 book dentist\n4. sometime in January clean the closet',
    tasks: [
      { title: 'Back to office', due: '2027-01-04' },
      { title: 'Send tax documents to Sato-san', due: '2027-01-06' },
      { title: 'Book dentist', due: '2027-01-10' },
      { title: 'Clean the closet', due: null },
    ],
  },
  {
    name: 'second: updates with fuzzy titles',
    today: '2026-11-23',
    timezone: 'Europe/Berlin',
    open: openTasks,
    text: 'dentist appt moved to Dec 3. taxes: done! scrap the insurance comparison. new: buy winter tyres by Saturday',
    tasks: [{ title: 'Buy winter tyres', due: '2026-11-28' }],
    updates: [
      { task_id: DENTIST, due: '2026-12-03' },
      { task_id: TAXES, status: 'done' },
      { task_id: INSURANCE, status: 'cancelled' },
    ],
  },
  {
    name: 'second: short imperative list with asterisks and priorities',
    today: '2026-06-15',
    timezone: 'America/Denver',
    text: '* pay credit card TODAY!!\n* pick up prescription\n* fix leaking tap (30m)\n* write thank-you notes, not urgent',
    tasks: [
      { title: 'Pay credit card', due: '2026-06-15' },
      { title: 'Pick up prescription', due: null },
      { title: 'Fix leaking tap', due: null },
      { title: 'Write thank-you notes', due: null },
    ],
  },
  {
    name: 'second: multi-paragraph with effort named mid-text',
    today: '2026-10-29',
    timezone: 'Europe/Dublin',
    text: 'Big week at work. On the Henderson project we need to send the revised quote tomorrow and schedule a site visit for next Wednesday.\n\nAt home: fix the gate, buy firewood.',
    tasks: [
      { title: 'Send the revised quote', due: '2026-10-30', project: 'Henderson' },
      { title: 'Schedule a site visit', due: '2026-11-04', project: 'Henderson' },
      { title: 'Fix the gate', due: null },
      { title: 'Buy firewood', due: null },
    ],
  },
  {
    name: 'second: times across the spring-forward weekend',
    today: '2026-03-27',
    timezone: 'Europe/Berlin',
    text: 'Sunday 10am: call Oma\nMonday 9:30 team sync\nsaturday evening - pack for the trip',
    tasks: [
      { title: 'Call Oma', due: '2026-03-29' },
      { title: 'Team sync', due: '2026-03-30' },
      { title: 'Pack for the trip', due: '2026-03-28' },
    ],
  },
  {
    name: 'second: mixed case headings and plus bullets',
    today: '2027-01-09',
    timezone: 'Pacific/Auckland',
    text: 'BACH\n+ replace the smoke alarm\n+ mow before we leave on the 15th\nKIDS\n+ school shoes\n+ book swimming lessons for next term',
    tasks: [
      { title: 'Replace the smoke alarm', due: null, project: 'Bach' },
      { title: 'Mow before we leave', due: '2027-01-15', project: 'Bach' },
      { title: 'School shoes', due: null, project: 'Kids' },
      { title: 'Book swimming lessons for next term', due: null, project: 'Kids' },
    ],
  },
];

/**
 * Written as a held-out set and measured once before any change they prompted (recall 71.4%,
 * exact due dates 65.7%: the rules had been fitted to the sets above). The general fixes that
 * followed (a larger verb list, "re-"/"un-" verbs, "+" between tasks, remarks in brackets as notes,
 * filler labels such as "Need to:", "X is due D") are in the parser now, so this set is no
 * longer unseen either.
 */
export const thirdCases: EvalCase[] = [
  {
    name: 'third: bedtime list with deadlines in brackets',
    today: '2026-02-26',
    timezone: 'America/Toronto',
    text: "Quick brain dump before bed -\n\n* renew health card (expires end of month!)\n* Liam's hockey fees due March 3\n* book oil change\n* call Nana Sunday\n* figure out summer camp options",
    tasks: [
      { title: 'Renew health card', due: '2026-02-28' },
      { title: "Liam's hockey fees", due: '2026-03-03' },
      { title: 'Book oil change', due: null },
      { title: 'Call Nana', due: '2026-03-01' },
      { title: 'Figure out summer camp options', due: null },
    ],
  },
  {
    name: 'third: effort label and a favour',
    today: '2026-08-07',
    timezone: 'Europe/Paris',
    text: "For the move: cancel internet, forward mail, and book the van for the 22nd. Also need to water Claire's plants while she's away next week",
    tasks: [
      { title: 'Cancel internet', due: null, project: 'Move' },
      { title: 'Forward mail', due: null, project: 'Move' },
      { title: 'Book the van', due: '2026-08-22', project: 'Move' },
      { title: "Water Claire's plants while she's away", due: '2026-08-10', project: null },
    ],
  },
  {
    name: 'third: numbered work items',
    today: '2026-11-06',
    timezone: 'Asia/Dubai',
    text: '1) Submit expense claims by Monday\n2) Prepare slides for the board meeting on Nov 12\n3) Follow up with Omar re contract\n4) Gym 3x this week',
    tasks: [
      { title: 'Submit expense claims', due: '2026-11-09' },
      { title: 'Prepare slides for the board meeting', due: '2026-11-12' },
      { title: 'Follow up with Omar re contract', due: null },
      { title: 'Gym 3x', due: '2026-11-06' },
    ],
  },
  {
    name: 'third: updates in passing',
    today: '2026-04-13',
    timezone: 'America/Los_Angeles',
    open: openTasks,
    text: "taxes are due wednesday!! so file the tax return by then. push the vet thing to next Monday. Also pick up Biscuit's meds",
    tasks: [{ title: "Pick up Biscuit's meds", due: null }],
    updates: [
      { task_id: TAXES, due: '2026-04-15' },
      { task_id: VET, due: '2026-04-20' },
    ],
  },
  {
    name: 'third: two languages, date headings',
    today: '2026-11-06',
    timezone: 'Europe/Berlin',
    text: 'Weekend:\n- Laub rechen (rake leaves lol)\n- fix bike light\n- call Oma\n\nNext week:\n- Steuer stuff – ask Jan\n- dentist Tues 8:15',
    tasks: [
      { title: 'Laub rechen', due: '2026-11-07' },
      { title: 'Fix bike light', due: '2026-11-07' },
      { title: 'Call Oma', due: '2026-11-07' },
      { title: 'Steuer stuff – ask Jan', due: '2026-11-09' },
      { title: 'Dentist', due: '2026-11-10' },
    ],
  },
  {
    name: 'third: kiwi slang',
    today: '2026-08-07',
    timezone: 'Pacific/Auckland',
    text: 'gotta sort the garage this arvo, then pick up Ana from netball at 5:30 and grab fish n chips. tmrw: mow lawns + ring Dad',
    tasks: [
      { title: 'Sort the garage', due: '2026-08-07' },
      { title: 'Pick up Ana from netball', due: '2026-08-07' },
      { title: 'Grab fish n chips', due: '2026-08-07' },
      { title: 'Mow lawns', due: '2026-08-08' },
      { title: 'Ring Dad', due: '2026-08-08' },
    ],
  },
  {
    name: 'third: project without colon',
    today: '2026-02-26',
    timezone: 'Europe/London',
    text: "Project Atlas\n- draft the API spec (4h) by next Friday\n- sync w/ design team tmrw 11am\n- decide on hosting, whenever\n\nrandom: buy a birthday card for Sophie, she's 30 on Sat",
    tasks: [
      { title: 'Draft the API spec', due: '2026-03-06', project: 'Project Atlas' },
      { title: 'Sync w/ design team', due: '2026-02-27', project: 'Project Atlas' },
      { title: 'Decide on hosting', due: null, project: 'Project Atlas' },
      { title: 'Buy a birthday card for Sophie', due: '2026-02-28', project: null },
    ],
  },
  {
    name: 'third: household list with a label',
    today: '2026-04-13',
    timezone: 'Asia/Kolkata',
    text: "Need to: pay maid salary, recharge phone, order groceries from BigBasket by tonight, send rent to landlord on the 15th. Mom's BP checkup - book for Thursday morning.",
    tasks: [
      { title: 'Pay maid salary', due: null },
      { title: 'Recharge phone', due: null },
      { title: 'Order groceries from BigBasket', due: '2026-04-13' },
      { title: 'Send rent to landlord', due: '2026-04-15' },
      { title: "Book Mom's BP checkup", due: '2026-04-16' },
    ],
  },
];

/**
 * Held out: written last, measured once, and not used to change the parser. Its figures are the
 * fairest estimate of how the parser does on dumps it has never seen.
 */
export const heldOutCases: EvalCase[] = [
  {
    name: 'held-out: reminders with a weekday label',
    today: '2026-11-18',
    timezone: 'Europe/London',
    text: 'reminders:\n- call the dentist to book a checkup (before Dec)\n- pay council tax instalment by 1 Dec\n- sell old couch on Marketplace\n- Thurs: swim 7am',
    tasks: [
      { title: 'Call the dentist to book a checkup', due: '2026-11-30' },
      { title: 'Pay council tax instalment', due: '2026-12-01' },
      { title: 'Sell old couch on Marketplace', due: null },
      { title: 'Swim', due: '2026-11-19' },
    ],
  },
  {
    name: 'held-out: trip notes',
    today: '2026-07-02',
    timezone: 'America/Chicago',
    text: 'Trip to Denver!!! flights booked. still need: rental car, hotel for 2 nights, ask Mike to feed the cat. leave Friday the 10th',
    tasks: [
      { title: 'Rental car', due: null },
      { title: 'Hotel for 2 nights', due: null },
      { title: 'Ask Mike to feed the cat', due: null },
      { title: 'Leave for Denver', due: '2026-07-10' },
    ],
  },
  {
    name: 'held-out: a day plan in one line',
    today: '2026-09-14',
    timezone: 'Asia/Seoul',
    text: 'Monday plan: 9am standup, finish the migration script, code review for Min-ji, 4pm call with vendor. Tomorrow deploy to staging.',
    tasks: [
      { title: 'Standup', due: '2026-09-14' },
      { title: 'Finish the migration script', due: '2026-09-14' },
      { title: 'Code review for Min-ji', due: '2026-09-14' },
      { title: 'Call with vendor', due: '2026-09-14' },
      { title: 'Deploy to staging', due: '2026-09-15' },
    ],
  },
  {
    name: 'held-out: christmas prep',
    today: '2026-12-22',
    timezone: 'Australia/Melbourne',
    text: 'xmas prep\n- wrap presents\n- pick up the ham from the butcher on the 23rd\n- clean the BBQ\n- call Aunty Jo re: Boxing Day lunch\n\nafter xmas: book the car in for a service',
    tasks: [
      { title: 'Wrap presents', due: null, project: 'Xmas prep' },
      { title: 'Pick up the ham from the butcher', due: '2026-12-23', project: 'Xmas prep' },
      { title: 'Clean the BBQ', due: null, project: 'Xmas prep' },
      { title: 'Call Aunty Jo re: Boxing Day lunch', due: null, project: 'Xmas prep' },
      { title: 'Book the car in for a service', due: null, project: null },
    ],
  },
  {
    name: 'held-out: self-talk with a past date',
    today: '2026-05-06',
    timezone: 'America/Sao_Paulo',
    text: "I really need to get my act together. Renew my driver's license (it expired last week!!), schedule the vet for Luna, and finish the IKEA wardrobe this weekend",
    tasks: [
      { title: "Renew my driver's license", due: null },
      { title: 'Schedule the vet for Luna', due: null },
      { title: 'Finish the IKEA wardrobe', due: '2026-05-09' },
    ],
  },
  {
    name: 'held-out: status changes and new work',
    today: '2026-10-09',
    timezone: 'Europe/Madrid',
    open: openTasks,
    text: 'dentist appointment is cancelled. the quarterly report for Anna is done. new stuff: prepare the Q4 budget by Oct 20, order business cards',
    tasks: [
      { title: 'Prepare the Q4 budget', due: '2026-10-20' },
      { title: 'Order business cards', due: null },
    ],
    updates: [
      { task_id: DENTIST, status: 'cancelled' },
      { task_id: REPORT, status: 'done' },
    ],
  },
  {
    name: 'held-out: numbered list with dashes and brackets',
    today: '2026-03-31',
    timezone: 'America/Phoenix',
    text: "1. Email the landlord about the AC before it gets hot\n2. Pay water bill – due April 5\n3. Tax appointment Thursday 2:30pm\n4. Buy a present for Dad's bday (Apr 12)",
    tasks: [
      { title: 'Email the landlord about the AC before it gets hot', due: null },
      { title: 'Pay water bill', due: '2026-04-05' },
      { title: 'Tax appointment', due: '2026-04-02' },
      { title: "Buy a present for Dad's bday", due: '2026-04-12' },
    ],
  },
  {
    name: 'held-out: lowercase area labels',
    today: '2027-01-04',
    timezone: 'Pacific/Honolulu',
    text: 'new year, new list\nhealth: book annual physical, start walking every morning\nmoney: set up the emergency fund, check 401k contributions by end of January\nhouse: fix the screen door',
    tasks: [
      { title: 'Book annual physical', due: null, project: 'Health' },
      { title: 'Start walking every morning', due: null, project: 'Health' },
      { title: 'Set up the emergency fund', due: null, project: 'Money' },
      { title: 'Check 401k contributions', due: '2027-01-31', project: 'Money' },
      { title: 'Fix the screen door', due: null, project: 'House' },
    ],
  },
];

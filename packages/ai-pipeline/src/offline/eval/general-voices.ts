import type { EvalCase } from './dumps.ts';

/**
 * Development set of the eighth round of issue #19: everyday dumps in the voices the general
 * development part has few of (the first word of each name): `dictation` run-ons, pasted `message`s
 * (Slack, email, a forwarded notice), `meeting` notes with action items and assignees, `british`
 * dates ("3rd March", "Tues", "Weds:"), `emoji-bullets`, `feelings` mixed with tasks, `mixed-lang`
 * date words (German, Spanish, French) and `ramble-project` paragraphs naming a project in prose.
 * The expected values were written before the parser was run on these texts, with the conventions
 * of `general-dev.ts` (its header); in particular, a standup's "t:" (today) and a dated heading date
 * their items, an "x: task" line in meeting notes is the reader's only for "me" or "everyone", and
 * a project is expected where prose names an effort that the following tasks serve.
 */
export const generalVoicesCases: EvalCase[] = [
  // dictated run-ons
  {
    name: 'dictation 1: vet, landlord and a hallway daydream',
    today: '2026-04-14',
    timezone: 'America/Chicago',
    text: "so um call the vet tomorrow about Milo's shots and then I have to email the landlord about the dripping tap oh and pick up the dry cleaning before Saturday and I keep thinking about whether we should repaint the hallway but that's not for now anyway also book a haircut next week",
    tasks: [
      { title: "Call the vet about Milo's shots", due: '2026-04-15' },
      { title: 'Email the landlord about the dripping tap', due: null },
      { title: 'Pick up the dry cleaning', due: '2026-04-17' },
      { title: 'Book a haircut', due: '2026-04-20' },
    ],
  },
  {
    name: 'dictation 2: water bill, MOT and a tired aside',
    today: '2026-03-11',
    timezone: 'Europe/London',
    text: "reminder to self pay the water bill by the 20th then text Aisha about Sunday lunch and um the car needs its MOT so book the MOT before the 3rd and also I'm so tired of this week honestly need to get groceries on the way home",
    tasks: [
      { title: 'Pay the water bill', due: '2026-03-20' },
      { title: 'Text Aisha about Sunday lunch', due: null },
      { title: 'Book the MOT', due: '2026-04-02' },
      { title: 'Get groceries on the way home', due: null },
    ],
  },
  {
    name: 'dictation 3: weekend jobs and a call tonight',
    today: '2026-07-03',
    timezone: 'Europe/London',
    text: "okay things for the weekend clean out the gutters buy compost for the veg beds and then Saturday morning take Ella to her swimming lesson at nine plus tonight I need to ring Nan she hasn't been well",
    tasks: [
      { title: 'Clean out the gutters', due: '2026-07-04' },
      { title: 'Buy compost for the veg beds', due: '2026-07-04' },
      { title: 'Take Ella to her swimming lesson', due: '2026-07-04' },
      { title: 'Ring Nan', due: '2026-07-03' },
    ],
  },
  // pasted messages
  {
    name: 'message 1: Slack thread with a review request',
    today: '2026-02-09',
    timezone: 'Europe/Berlin',
    text: "[10:42] Priya: hey can you review my PR by standup tomorrow? it's the auth one\n[10:43] Priya: also the staging deploy is blocked until someone updates the env vars 🙃\n[10:50] Tom: I'll do the env vars\n[10:51] Priya: thanks! and @you please add the release notes to Confluence by Thu",
    tasks: [
      { title: "Review Priya's PR", due: '2026-02-10' },
      { title: 'Add the release notes to Confluence', due: '2026-02-12' },
    ],
  },
  {
    name: 'message 2: email about an offsite venue',
    today: '2026-05-18',
    timezone: 'America/New_York',
    text: 'Hi Dan,\n\nHope you had a good weekend! Just following up on the venue for the offsite — could you confirm the booking with the hotel by Wednesday? We will also need a headcount for catering by the 12th.\n\nThanks so much,\nMel\nSent from my iPhone',
    tasks: [
      { title: 'Confirm the booking with the hotel', due: '2026-05-20' },
      { title: 'Send Mel a headcount for catering', due: '2026-06-12' },
    ],
  },
  {
    name: 'message 3: forwarded vet reminder with a note to self',
    today: '2026-10-22',
    timezone: 'Europe/London',
    text: 'fyi need to deal with this before the trip!!\n\n---------- Forwarded message ---------\nFrom: Northside Vets <reception@northsidevets.example>\nSubject: Vaccination reminder\n\nDear Ms Okafor,\nBiscuit is due for his annual vaccinations. Please call us on 0161 496 0000 to book an appointment.\nKind regards,\nThe Northside team',
    tasks: [{ title: "Call Northside Vets to book Biscuit's vaccinations", due: null, priority: 'high' }],
  },
  // meeting notes
  {
    name: 'meeting 1: weekly sync with assignees',
    today: '2026-02-03',
    timezone: 'Europe/London',
    text: 'Weekly sync notes\nAttendees: Jo, Kemal, me\n- Budget is on track, no changes\n- Launch moved to 2 March\nAction items:\n- Kemal: send updated timeline to client\n- Me: draft the FAQ for the help centre by Friday\n- Jo + me: review onboarding emails next Tues\n- Everyone: fill in the holiday tracker',
    tasks: [
      { title: 'Draft the FAQ for the help centre', due: '2026-02-06' },
      { title: 'Review onboarding emails', due: '2026-02-10' },
      { title: 'Fill in the holiday tracker', due: null },
    ],
  },
  {
    name: 'meeting 2: client call with dash assignees',
    today: '2026-07-08',
    timezone: 'America/Toronto',
    text: "Notes from call with Acme (Rosa, Leon)\nThey're happy with the mockups. Rosa wants the logo bigger on mobile.\nAI:\nLeon - share brand assets\nMe - update the mobile header\nMe - send v2 to Rosa by EOD Thursday\nMe - set up a follow-up call the week after next",
    tasks: [
      { title: 'Update the mobile header', due: null },
      { title: 'Send v2 to Rosa', due: '2026-07-09' },
      { title: 'Set up a follow-up call', due: '2026-07-20' },
    ],
  },
  {
    name: 'meeting 3: standup yesterday, today, blockers',
    today: '2026-09-15',
    timezone: 'America/New_York',
    text: 'standup 9/15\ny: finished the export bug\nt: pair with Sam on caching, write tests for the CSV import\nblockers: waiting on design for the settings page\nalso need to ping Lauren about design before lunch',
    tasks: [
      { title: 'Pair with Sam on caching', due: '2026-09-15' },
      { title: 'Write tests for the CSV import', due: '2026-09-15' },
      { title: 'Ping Lauren about design', due: '2026-09-15' },
    ],
  },
  // British dates
  {
    name: 'british 1: ordinals and abbreviated weekdays',
    today: '2026-02-25',
    timezone: 'Europe/London',
    text: "- dentist 3rd March 10.30\n- pay council tax by 1st March\n- Tues: gym with Hannah\n- renew railcard before the 14th\n- send Gran's birthday card, her birthday's on the 9th March",
    tasks: [
      { title: 'Dentist', due: '2026-03-03' },
      { title: 'Pay council tax', due: '2026-03-01' },
      { title: 'Gym with Hannah', due: '2026-03-03' },
      { title: 'Renew railcard', due: '2026-03-13' },
      { title: "Send Gran's birthday card", due: '2026-03-09' },
    ],
  },
  {
    name: 'british 2: a week laid out by day labels',
    today: '2027-11-08',
    timezone: 'Europe/London',
    text: "Weds: take the car in for its service\nThurs 11th: parents' evening at Lucy's school, don't miss it\nFri: transfer money to savings\nbook the Airbnb for Cornwall by the end of the week\nbuy Tom a present for his 40th on Sat 20th Nov",
    tasks: [
      { title: 'Take the car in for its service', due: '2027-11-10' },
      { title: "Parents' evening at Lucy's school", due: '2027-11-11' },
      { title: 'Transfer money to savings', due: '2027-11-12' },
      { title: 'Book the Airbnb for Cornwall', due: '2027-11-12' },
      { title: 'Buy Tom a present for his 40th', due: '2027-11-20' },
    ],
  },
  {
    name: 'british 3: December prose with a nativity',
    today: '2026-12-02',
    timezone: 'Europe/London',
    text: "Right. Need to get the boiler serviced before the end of the month, and ring British Gas on Monday about the bill. Sophie's nativity is on the 16th of December so I've got to sort her costume by the 14th. Also bins go out Tues night.",
    tasks: [
      { title: 'Get the boiler serviced', due: '2026-12-31' },
      { title: 'Ring British Gas about the bill', due: '2026-12-07' },
      { title: "Sort Sophie's costume", due: '2026-12-14' },
      { title: 'Put the bins out', due: '2026-12-08' },
    ],
  },
  // emoji bullets
  {
    name: 'emoji-bullets 1: errands with a ticked item',
    today: '2027-03-10',
    timezone: 'America/Chicago',
    text: "🛒 groceries for the week\n📞 call the bank re: card\n💊 pick up Mum's prescription tmrw\n🎂 order cake for Zoe's party Saturday\n✅ renew car insurance\n🧹 deep clean the oven (ugh)",
    tasks: [
      { title: 'Groceries for the week', due: null },
      { title: 'Call the bank re: card', due: null },
      { title: "Pick up Mum's prescription", due: '2027-03-11' },
      { title: "Order cake for Zoe's party", due: '2027-03-13' },
      { title: 'Deep clean the oven', due: null },
    ],
  },
  {
    name: 'emoji-bullets 2: pointing hands and a mood',
    today: '2026-08-16',
    timezone: 'Europe/Dublin',
    text: '👉 finish the grant report by Fri!!\n👉 email the printer about proofs\n😩 so behind on everything\n👉 book physio next week\n🔥 pay the VAT bill asap',
    tasks: [
      { title: 'Finish the grant report', due: '2026-08-21', priority: 'high' },
      { title: 'Email the printer about proofs', due: null },
      { title: 'Book physio', due: '2026-08-17' },
      { title: 'Pay the VAT bill', due: null, priority: 'high' },
    ],
  },
  {
    name: 'emoji-bullets 3: a reset day with a title line',
    today: '2026-10-30',
    timezone: 'America/Vancouver',
    text: 'reset day ✨\n🧺 laundry + change the sheets\n🥗 meal prep for the week\n📚 return library books (due Tues)\n💸 pay Jake back for concert tix\n🌱 repot the monstera',
    tasks: [
      { title: 'Laundry', due: null },
      { title: 'Change the sheets', due: null },
      { title: 'Meal prep for the week', due: null },
      { title: 'Return library books', due: '2026-11-03' },
      { title: 'Pay Jake back for concert tix', due: null },
      { title: 'Repot the monstera', due: null },
    ],
  },
  // feelings mixed with tasks
  {
    name: 'feelings 1: flat week, a recruiter and the gym',
    today: '2027-09-01',
    timezone: 'Europe/Madrid',
    text: "Honestly feeling pretty flat today. Work has been relentless and I haven't seen friends in ages. I should text Marta and actually make plans. Need to reply to the recruiter by Thursday. I'm annoyed at myself for skipping the gym again, going tomorrow morning no excuses.",
    tasks: [
      { title: 'Text Marta and make plans', due: null },
      { title: 'Reply to the recruiter', due: '2027-09-02' },
      { title: 'Go to the gym', due: '2027-09-02' },
    ],
  },
  {
    name: 'feelings 2: anxious about the move',
    today: '2026-06-10',
    timezone: 'Europe/Dublin',
    text: "I'm so anxious about the move. There's so much to do and nobody's helping. Boxes from the supermarket, ask Dad if we can borrow the van on the 28th, and cancel the broadband. Everything feels heavy. Oh well. At least the cat's happy.",
    tasks: [
      { title: 'Get boxes from the supermarket', due: null },
      { title: 'Ask Dad if we can borrow the van', due: '2026-06-28' },
      { title: 'Cancel the broadband', due: null },
    ],
  },
  {
    name: 'feelings 3: a forgotten birthday',
    today: '2026-04-28',
    timezone: 'America/Los_Angeles',
    text: "ugh. I feel like a terrible friend, forgot Nadia's birthday yesterday. send her a voice note today. maybe get her flowers this week. work stuff is fine I guess. proud of myself for finishing the quarterly review though. need to book the eye test, been putting it off for months.",
    tasks: [
      { title: 'Send Nadia a voice note', due: '2026-04-28' },
      { title: 'Get Nadia flowers', due: '2026-05-01' },
      { title: 'Book the eye test', due: null },
    ],
  },
  {
    name: 'feelings 4: a good day, nothing to do',
    today: '2027-05-05',
    timezone: 'Pacific/Auckland',
    text: 'Today was good. Went for a long walk, the leaves are turning. Feeling grateful. Nothing urgent tomorrow.',
    tasks: [],
  },
  // date words in other languages
  {
    name: 'mixed-lang 1: German date words in an English list',
    today: '2026-05-11',
    timezone: 'Europe/Berlin',
    text: '- Zahnarzt am Donnerstag\n- send the Steuererklärung to Herr Braun bis Freitag\n- buy Geschenk for Oma, her birthday is morgen\n- call Lukas nächste Woche',
    tasks: [
      { title: 'Zahnarzt', due: '2026-05-14' },
      { title: 'Send the Steuererklärung to Herr Braun', due: '2026-05-15' },
      { title: 'Buy Geschenk for Oma', due: '2026-05-12' },
      { title: 'Call Lukas', due: '2026-05-18' },
    ],
  },
  {
    name: 'mixed-lang 2: Spanish date words in a sentence',
    today: '2026-10-07',
    timezone: 'America/Mexico_City',
    text: "pagar la luz mañana, also email Carlos about the quote el viernes, and pick up the kids' uniforms before lunes",
    tasks: [
      { title: 'Pagar la luz', due: '2026-10-08' },
      { title: 'Email Carlos about the quote', due: '2026-10-09' },
      { title: "Pick up the kids' uniforms", due: '2026-10-11' },
    ],
  },
  {
    name: 'mixed-lang 3: French date words under a to-do heading',
    today: '2027-03-22',
    timezone: 'Europe/Paris',
    text: 'To do:\n- rappeler le plombier demain\n- finish the slides for the board lundi prochain\n- book the train to Lyon by samedi\n- buy bread',
    tasks: [
      { title: 'Rappeler le plombier', due: '2027-03-23' },
      { title: 'Finish the slides for the board', due: '2027-03-29' },
      { title: 'Book the train to Lyon', due: '2027-03-27' },
      { title: 'Buy bread', due: null },
    ],
  },
  // long rambling paragraphs naming a project in prose
  {
    name: 'ramble-project 1: the garage conversion dragging on',
    today: '2026-08-18',
    timezone: 'America/Los_Angeles',
    text: "So the big thing hanging over me is the garage conversion, which has been dragging since spring. I really need to get the electrician out to quote for the new sockets, and chase the council about the building regs sign-off, which they said would be done by the end of the month but I don't believe them. Then there's the flooring: I need to pick between the oak and the vinyl samples by Friday so Marco can order. Completely separately, the dog's booster is due next week so I should book the vet, and I promised Jen I'd return her drill.",
    tasks: [
      { title: 'Get the electrician out to quote for the new sockets', due: null, project: 'Garage conversion' },
      { title: 'Chase the council about the building regs sign-off', due: null, project: 'Garage conversion' },
      { title: 'Pick between the oak and the vinyl samples', due: '2026-08-21', project: 'Garage conversion' },
      { title: 'Book the vet', due: '2026-08-24', project: null },
      { title: "Return Jen's drill", due: null, project: null },
    ],
  },
  {
    name: 'ramble-project 2: the photo book for Mum',
    today: '2027-01-05',
    timezone: 'Europe/Amsterdam',
    text: "New year and I've decided this is the year the photo book for Mum finally happens. I've got thousands of pictures on my phone and no plan. First step is to back everything up to the hard drive this weekend, then sort out the best ones from each year, and ask my sister for the old scanned ones she has. I'd like to order it before her birthday on 14 March. Other than that, dentist on Thursday and I should renew my passport at some point.",
    tasks: [
      { title: 'Back everything up to the hard drive', due: '2027-01-09', project: 'Photo book for Mum' },
      { title: 'Sort out the best ones from each year', due: null, project: 'Photo book for Mum' },
      { title: 'Ask my sister for the old scanned ones', due: null, project: 'Photo book for Mum' },
      { title: 'Order the photo book', due: '2027-03-13', project: 'Photo book for Mum' },
      { title: 'Dentist', due: '2027-01-07', project: null },
      { title: 'Renew my passport', due: null, project: null },
    ],
  },
  {
    name: 'ramble-project 3: leading the community garden',
    today: '2026-11-03',
    timezone: 'Australia/Sydney',
    text: "Been thinking a lot about the community garden thing we talked about at the last residents' meeting and I think I'm going to actually lead it. I need to write up a short proposal for the strata committee before their meeting on the 19th, find out who owns the empty lot behind building C, and get a rough quote for raised beds from Bunnings. Honestly it's exciting but also a bit scary. Unrelated but the car rego is due on the 30th.",
    tasks: [
      { title: 'Write up a short proposal for the strata committee', due: '2026-11-18', project: 'Community garden' },
      { title: 'Find out who owns the empty lot behind building C', due: null, project: 'Community garden' },
      { title: 'Get a rough quote for raised beds from Bunnings', due: null, project: 'Community garden' },
      { title: 'Renew the car rego', due: '2026-11-30', project: null },
    ],
  },
];

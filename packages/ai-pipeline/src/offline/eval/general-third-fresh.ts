import type { EvalCase } from './dumps.ts';

/**
 * Third fresh set of issue #19, held out: 64 everyday dumps written by someone who never read nor
 * ran the parser, to check that the rules tuned on every other set (and on the held-out part,
 * whose figures were read after every round) still reach text nobody has looked at. Twenty voices,
 * the first word of each name: `terse` lists, `ramble` prose, `dictation` without punctuation,
 * pasted `message`s (email, Slack, WhatsApp), `meeting` notes with assignees, `feelings` among
 * tasks, `slashed` and dotted dates (British, American, German, ISO), `mixed-lang` date words
 * (Spanish, French, German, Italian), `emoji` bullets, `project`s named in prose, `label`s
 * (`#work`, "Client: …", `[bills]`), several `groups` in one dump, `comma` lists, `inline`
 * numbered lists, `condition`s, a project's `deadline` that is not a task, things already `done`,
 * `long` dumps (1,500–2,000 characters), `nothing` to do and `short` one-liners. `today` runs over
 * weekdays, months and 2026–2027, with month and year ends, public holidays and the days clocks
 * change in Europe, the US, Australia and New Zealand.
 *
 * Expected values were written from the text alone, with the conventions of `general-dev.ts` and
 * `general-second-fresh.ts` (their headers) and the date table of docs/ai.md; every date was
 * checked against a calendar of the dump's `today`. Judgement calls, made as a careful reader
 * would: "before <day>" is the day before it, also for a holiday ("before Good Friday", "before
 * Christmas") and a weekend (its Saturday); "after New Year" is 2 January; a label over a list or
 * comma run ("today:", "this weekend:", "Heute noch:", "cette semaine") dates the items naming no
 * day of their own; an item naming the day of the event it serves ("parents evening 3/9, ask for
 * the afternoon off", "lantern for St. Martin (11.11.)") is due that day; a closing or expiry date
 * in the item ("signups close 5/1", "MOT 02/09 - book it") is its due date; a task that exists only
 * if something goes wrong or someone else fails ("if the order doesn't come", "if Mark can't") is
 * not a task, a plan that depends on the weather or on time is; a background date ("School starts
 * Monday!!", "Half marathon is on 25 April") dates nothing; in a pasted message the reader is the
 * person greeted or "me"/"@me"/"Me:", and items for "everyone"/"@all" are theirs too; a line
 * restating a pasted email's items ("So: library books, …") is read once, with the email's dates;
 * a step that can only start on a day ("the clinic opens bookings on the 4th") is due that day;
 * "!!" on a task's line is high priority, "no pressure" and "whenever" low; `#tags`, "Client: …"
 * and `[brackets]` name projects; meeting notes without groups, and a "Me:" paragraph, leave
 * projects unscored (no `project` key).
 */

const WHEELS = 'c41e7a20-6b3d-4f58-9a12-7e5d0f3b8c01';
const KITA = 'c41e7a20-6b3d-4f58-9a12-7e5d0f3b8c02';
const SNACKS = 'c41e7a20-6b3d-4f58-9a12-7e5d0f3b8c03';
const HUT = 'c41e7a20-6b3d-4f58-9a12-7e5d0f3b8c04';
const WOF = 'c41e7a20-6b3d-4f58-9a12-7e5d0f3b8c05';
const DUVET = 'c41e7a20-6b3d-4f58-9a12-7e5d0f3b8c06';

export const generalThirdFreshCases: EvalCase[] = [
  // terse lists
  {
    name: 'terse 1: dash list on a dark Oslo Monday',
    today: '2026-02-02',
    timezone: 'Europe/Oslo',
    text: '- return Ikea shelf (receipt in drawer)\n- book ski wax service before Saturday\n- pay kindergarten invoice by the 10th\n- buy wool socks\n- email Sigrid re: cabin dates thurs',
    tasks: [
      { title: 'Return Ikea shelf', due: null },
      { title: 'Book ski wax service', due: '2026-02-06' },
      { title: 'Pay kindergarten invoice', due: '2026-02-10' },
      { title: 'Buy wool socks', due: null },
      { title: 'Email Sigrid re: cabin dates', due: '2026-02-05' },
    ],
  },
  {
    name: 'terse 2: arrow bullets before Memorial Day',
    today: '2027-05-19',
    timezone: 'America/Chicago',
    text: "> renew fishing license\n> mulch the front beds\n> Memorial Day cookout - buy brats + buns\n> call Aunt Dee back\n> oil change soon (car's at 4,870 miles)",
    tasks: [
      { title: 'Renew fishing license', due: null },
      { title: 'Mulch the front beds', due: null },
      { title: 'Buy brats + buns', due: '2027-05-31' },
      { title: 'Call Aunt Dee back', due: null },
      { title: 'Oil change', due: null },
    ],
  },
  {
    name: 'terse 3: star list the day European clocks go back',
    today: '2026-10-25',
    timezone: 'Europe/Paris',
    text: "* reset oven clock + car clock (clocks went back last night)\n* cancel gym membership - registered letter before 31/10\n* carve pumpkin w/ kids Saturday\n* Toussaint: flowers for mamie's grave",
    tasks: [
      { title: 'Reset oven clock + car clock', due: null },
      { title: 'Cancel gym membership', due: '2026-10-30' },
      { title: 'Carve pumpkin w/ kids', due: '2026-10-31' },
      { title: "Flowers for mamie's grave", due: '2026-11-01' },
    ],
  },
  // rambling prose
  {
    name: 'ramble 1: the last day of January in Warsaw',
    today: '2027-01-31',
    timezone: 'Europe/Warsaw',
    text: "Last day of January and I'm only now getting round to a list. The flat insurance renewal letter came, so I need to compare at least two other offers before it renews on 14 February. Kasia's piano recital is next Sunday and I promised to bring the cake, so I'll bake it on Saturday. Work has been calm, which is suspicious. Oh, and I still need to return Marek's drill, he's asked twice now, embarrassing. Maybe I'll finally sign up for the Polish-English conversation group, no pressure though.",
    tasks: [
      { title: 'Compare at least two other offers', due: '2027-02-13' },
      { title: 'Bake the cake', due: '2027-02-06' },
      { title: "Return Marek's drill", due: null },
      { title: 'Sign up for the Polish-English conversation group', due: null, priority: 'low' },
    ],
  },
  {
    name: 'ramble 2: a heat wave in Denver',
    today: '2026-07-15',
    timezone: 'America/Denver',
    text: "It's been a weird week. The heat wave has killed half the tomatoes and I keep forgetting to water the rest, so I really need to set up the drip timer this weekend. My sister lands on the 24th and the guest room is still full of boxes from the move - clear that out before she gets here. Also the dog's rabies tag expired in June, which I only noticed yesterday, so call the vet tomorrow for a booster. Work wants the budget draft by end of next week and honestly I haven't opened it.",
    tasks: [
      { title: 'Set up the drip timer', due: '2026-07-18' },
      { title: 'Clear out the guest room', due: '2026-07-23' },
      { title: 'Call the vet for a booster', due: '2026-07-16' },
      { title: 'Budget draft', due: '2026-07-24' },
    ],
  },
  {
    name: 'ramble 3: September in Bengaluru',
    today: '2027-09-08',
    timezone: 'Asia/Kolkata',
    text: "I keep telling myself I'll plan better. Ammu's school PTM is on Saturday morning and I have to get the fee receipt printed before that. The AC in the bedroom is dripping again, I should call the service guy tomorrow. Also I need to link my PAN with Aadhaar, still pending, absolutely has to be done by the 30th. And Ravi's wedding is in November and we haven't booked train tickets yet, they'll sell out, so book those this week.",
    tasks: [
      { title: 'Get the fee receipt printed', due: '2027-09-10' },
      { title: 'Call the AC service guy', due: '2027-09-09' },
      { title: 'Link my PAN with Aadhaar', due: '2027-09-30' },
      { title: 'Book train tickets', due: '2027-09-10' },
    ],
  },
  // voice-to-text without punctuation
  {
    name: 'dictation 1: the day US clocks fall back, before an election',
    today: '2026-11-01',
    timezone: 'America/New_York',
    text: "ok note to self the clocks fell back so fix the stove clock and then I have to call the pediatrician Monday about Noah's cough and pick up the dry cleaning before Thursday and vote on Tuesday don't forget polls close at 7",
    tasks: [
      { title: 'Fix the stove clock', due: null },
      { title: "Call the pediatrician about Noah's cough", due: '2026-11-02' },
      { title: 'Pick up the dry cleaning', due: '2026-11-04' },
      { title: 'Vote', due: '2026-11-03' },
    ],
  },
  {
    name: 'dictation 2: Mothering Sunday and World Book Day',
    today: '2027-03-03',
    timezone: 'Europe/London',
    text: "right so remind me to order Mother's Day flowers for Mum before the weekend and book the boiler service it's overdue also chase Farid about the invoice he owes us from January and sort the kids' World Book Day costumes by tomorrow",
    tasks: [
      { title: "Order Mother's Day flowers for Mum", due: '2027-03-05' },
      { title: 'Book the boiler service', due: null },
      { title: 'Chase Farid about the invoice', due: null },
      { title: "Sort the kids' World Book Day costumes", due: '2027-03-04' },
    ],
  },
  {
    name: 'dictation 3: an Adelaide school run',
    today: '2026-05-27',
    timezone: 'Australia/Adelaide',
    text: "need to renew the rego for the ute it's due end of the month and call Shaz about the netball roster and grab milk bread and Weet-Bix on the way home tonight oh and I said I'd bake for the Reconciliation Week morning tea at school on Friday",
    tasks: [
      { title: 'Renew the rego for the ute', due: '2026-05-31' },
      { title: 'Call Shaz about the netball roster', due: null },
      { title: 'Grab milk, bread and Weet-Bix', due: '2026-05-27' },
      { title: 'Bake for the Reconciliation Week morning tea', due: '2026-05-29' },
    ],
  },
  // pasted messages
  {
    name: 'message 1: a forwarded email from a letting agent',
    today: '2026-09-14',
    timezone: 'Europe/Amsterdam',
    text: 'Fwd: Hi Maarten,\n\nThanks for the call this morning. As agreed, could you send me the signed rental agreement by Thursday? I will prepare the key handover for the 1st of October. Please also transfer the deposit (two months) before the end of the month, and let me know which day suits you for the meter reading.\n\nBest,\nIngrid (Van Dijk Verhuur)',
    tasks: [
      { title: 'Send the signed rental agreement', due: '2026-09-17' },
      { title: 'Transfer the deposit', due: '2026-09-30' },
      { title: 'Let Ingrid know which day suits for the meter reading', due: null },
    ],
  },
  {
    name: 'message 2: a Slack thread pasted by dan',
    today: '2027-06-22',
    timezone: 'America/Los_Angeles',
    text: "[10:14] priya: @dan can you review the pricing page copy by standup tmrw?\n[10:15] priya: also the Q3 OKR doc needs your section by Friday\n[10:17] marco: I'll handle the analytics tags\n[10:20] dan: 👍 will do both. also need to renew the SSL cert for my blog, expires 6/30",
    tasks: [
      { title: 'Review the pricing page copy', due: '2027-06-23' },
      { title: 'Section for the Q3 OKR doc', due: '2027-06-25' },
      { title: 'Renew the SSL cert for my blog', due: '2027-06-30' },
    ],
  },
  {
    name: "message 3: WhatsApp on New Year's Eve in Johannesburg",
    today: '2026-12-31',
    timezone: 'Africa/Johannesburg',
    text: "[31/12/2026, 09:12] Thandi: Don't forget the ice and the braai tongs for tonight!!\n[31/12/2026, 09:13] Thandi: also you said you'd call uncle Sipho for his birthday tmrw\n[31/12/2026, 09:20] Me: ja will do. must also pay the electricity before the 5th or they cut us off",
    tasks: [
      { title: 'Ice and the braai tongs', due: '2026-12-31', priority: 'high' },
      { title: 'Call uncle Sipho for his birthday', due: '2027-01-01' },
      { title: 'Pay the electricity', due: '2027-01-04' },
    ],
  },
  // meeting notes with assignees
  {
    name: 'meeting 1: a weekly sync in Stockholm',
    today: '2027-02-16',
    timezone: 'Europe/Stockholm',
    text: 'Weekly sync – Tue 16 Feb\nPresent: Elin, Johan, Sofia, me\n- Johan: update the onboarding deck by Fri\n- Me: book venue for the offsite (Mar 18–19) by end of next week\n- Sofia + me: interview the two backend candidates Thursday\n- Everyone: fill in the engagement survey before Monday\n- Elin out next week',
    tasks: [
      { title: 'Book venue for the offsite', due: '2027-02-26' },
      { title: 'Interview the two backend candidates', due: '2027-02-18' },
      { title: 'Fill in the engagement survey', due: '2027-02-21' },
    ],
  },
  {
    name: 'meeting 2: condo committee action items with DD/MM dates',
    today: '2026-04-07',
    timezone: 'Asia/Singapore',
    text: 'Condo committee mtg notes 7/4\nAction items:\n1. Mr Tan – get 3 quotes for lift repainting\n2. me – draft the notice about pool closure, circulate by 10/4\n3. Priya – follow up with MA on the lobby lights\n4. me – check the CCTV contract expiry date\nNext mtg 5/5',
    tasks: [
      { title: 'Draft the notice about pool closure', due: '2026-04-10' },
      { title: 'Check the CCTV contract expiry date', due: null },
    ],
  },
  {
    name: 'meeting 3: a sprint retro with @handles',
    today: '2027-10-13',
    timezone: 'America/Sao_Paulo',
    text: 'Retro – sprint 42\nWent well: deploys, pairing\nActions:\n- @ana fix the flaky e2e test\n- @me write the incident postmortem by Friday (p1)\n- @luiz + @me talk to design about the empty states next week\n- @all update Jira tickets before planning on Monday',
    tasks: [
      { title: 'Write the incident postmortem', due: '2027-10-15', priority: 'high' },
      { title: 'Talk to design about the empty states', due: '2027-10-18' },
      { title: 'Update Jira tickets', due: '2027-10-17' },
    ],
  },
  // feelings among tasks
  {
    name: "feelings 1: a flat day before St Patrick's Day",
    today: '2026-03-16',
    timezone: 'Europe/Dublin',
    text: "Feeling pretty flat today, didn't sleep. Trying to be kind to myself. Still: St Patrick's Day tomorrow, so I need to get the kids' green t-shirts out of the wash tonight. The counselling appointment - I should actually ring and book it this week. I'm anxious about Friday's review with Niamh, so prep my notes Thursday evening. Everything else can wait.",
    tasks: [
      { title: "Get the kids' green t-shirts out of the wash", due: '2026-03-16' },
      { title: 'Ring and book the counselling appointment', due: '2026-03-20' },
      { title: 'Prep my notes', due: '2026-03-19' },
    ],
  },
  {
    name: 'feelings 2: overwhelmed in an Auckland winter',
    today: '2027-08-02',
    timezone: 'Pacific/Auckland',
    text: "honestly so overwhelmed. the house is a mess, work's a mess. ok breathe. three things only: 1) ring the landlord about the mould in the bathroom 2) finish the grant report by Wednesday 3) go for a walk tonight even if it's raining. and I miss Mere, should message her",
    tasks: [
      { title: 'Ring the landlord about the mould in the bathroom', due: null },
      { title: 'Finish the grant report', due: '2027-08-04' },
      { title: 'Go for a walk', due: '2027-08-02' },
      { title: 'Message Mere', due: null },
    ],
  },
  {
    name: "feelings 3: Father's Day without dad",
    today: '2026-06-21',
    timezone: 'America/Vancouver',
    text: "Father's Day and I'm sad dad isn't here for it. Went to the beach with the kids, that was nice. Tomorrow it's back to it: the quarterly tax installment is due on the 15th of next month, have to pay it. Mostly I just want to plant the lavender he liked, maybe this week.",
    tasks: [
      { title: 'Pay the quarterly tax installment', due: '2026-07-15' },
      { title: 'Plant the lavender he liked', due: '2026-06-26' },
    ],
  },
  // slashed and dotted dates
  {
    name: 'slashed 1: British day-first dates in London',
    today: '2026-08-10',
    timezone: 'Europe/London',
    text: 'MOT 02/09 - book it\nrenew railcard before 21/08\npay Harriet back £40\nparents evening 3/9, ask for the afternoon off\ndentist for Poppy 14/08 4.15',
    tasks: [
      { title: 'Book MOT', due: '2026-09-02' },
      { title: 'Renew railcard', due: '2026-08-20' },
      { title: 'Pay Harriet back £40', due: null },
      { title: 'Ask for the afternoon off', due: '2026-09-03' },
      { title: 'Dentist for Poppy', due: '2026-08-14' },
    ],
  },
  {
    name: 'slashed 2: American month-first dates the day before taxes',
    today: '2027-04-14',
    timezone: 'America/New_York',
    text: 'file federal + state taxes!!! due 4/15\nreturn library books 4/20\nsoccer signups close 5/1\nbook hotel for the Hartley wedding asap\ncancel Hulu',
    tasks: [
      { title: 'File federal + state taxes', due: '2027-04-15', priority: 'high' },
      { title: 'Return library books', due: '2027-04-20' },
      { title: 'Soccer signups', due: '2027-05-01' },
      { title: 'Book hotel for the Hartley wedding', due: null, priority: 'high' },
      { title: 'Cancel Hulu', due: null },
    ],
  },
  {
    name: 'slashed 3: German dotted and ISO dates in Vienna',
    today: '2026-01-20',
    timezone: 'Europe/Vienna',
    text: "Steuerausgleich: Unterlagen zum Steuerberater bis 30.01.\nPickerl for the Golf - 2026-02-15\nFlorian's birthday 27.1. - buy a present\nHausverwaltung anrufen wg. Heizung\nski rental pickup Fri",
    tasks: [
      { title: 'Unterlagen zum Steuerberater', due: '2026-01-30' },
      { title: 'Pickerl for the Golf', due: '2026-02-15' },
      { title: 'Buy a present for Florian', due: '2026-01-27' },
      { title: 'Hausverwaltung anrufen wg. Heizung', due: null },
      { title: 'Ski rental pickup', due: '2026-01-23' },
    ],
  },
  // date words in other languages
  {
    name: 'mixed-lang 1: Spanish date words in Madrid',
    today: '2027-07-12',
    timezone: 'Europe/Madrid',
    text: 'cosas:\n- llamar al fontanero mañana\n- renew the NIE appointment antes del viernes\n- comprar regalo para Lucía, su cumple es el sábado\n- pay the comunidad fee by el 20',
    tasks: [
      { title: 'Llamar al fontanero', due: '2027-07-13' },
      { title: 'Renew the NIE appointment', due: '2027-07-15' },
      { title: 'Comprar regalo para Lucía', due: '2027-07-17' },
      { title: 'Pay the comunidad fee', due: '2027-07-20' },
    ],
  },
  {
    name: 'mixed-lang 2: French date words in Brussels',
    today: '2026-09-30',
    timezone: 'Europe/Brussels',
    text: "To do cette semaine: finish the slides for vendredi, rappeler le garage, sign Léa's school form avant jeudi. Lundi prochain: dentist at 9h. Pay the parking fine avant le 15 octobre.",
    tasks: [
      { title: 'Finish the slides', due: '2026-10-02' },
      { title: 'Rappeler le garage', due: '2026-10-02' },
      { title: "Sign Léa's school form", due: '2026-09-30' },
      { title: 'Dentist', due: '2026-10-05' },
      { title: 'Pay the parking fine', due: '2026-10-14' },
    ],
  },
  {
    name: 'mixed-lang 3: German and Italian in Zurich',
    today: '2027-11-29',
    timezone: 'Europe/Zurich',
    text: 'Diese Woche: Winterreifen montieren lassen, Steuererklärung Fristverlängerung beantragen. Also for Nonna: prenotare il ristorante entro mercoledì, and Adventskranz kaufen before Samstag.',
    tasks: [
      { title: 'Winterreifen montieren lassen', due: '2027-12-03' },
      { title: 'Steuererklärung Fristverlängerung beantragen', due: '2027-12-03' },
      { title: 'Prenotare il ristorante', due: '2027-12-01' },
      { title: 'Adventskranz kaufen', due: '2027-12-03' },
    ],
  },
  // emoji
  {
    name: 'emoji 1: spring list in Tokyo before Golden Week',
    today: '2026-04-24',
    timezone: 'Asia/Tokyo',
    text: '🛒 groceries: natto, eggs, leeks\n📦 return the Amazon headphones by Monday\n🌸 hanami picnic Sunday - bring the blue tarp\n💴 pay the NHK fee\n✈️ book Golden Week shinkansen asap',
    tasks: [
      { title: 'Groceries: natto, eggs, leeks', due: null },
      { title: 'Return the Amazon headphones', due: '2026-04-27' },
      { title: 'Bring the blue tarp', due: '2026-04-26' },
      { title: 'Pay the NHK fee', due: null },
      { title: 'Book Golden Week shinkansen', due: null, priority: 'high' },
    ],
  },
  {
    name: 'emoji 2: posadas and gifts in Mexico City',
    today: '2027-12-14',
    timezone: 'America/Mexico_City',
    text: '🎄 posada at the office Friday → bring ponche ingredients\n🎁 gifts: Mamá, Diego, Sofi\n✅ Christmas cards sent\n🚗 verificación for the car before the 31st\n🦷 dentist Thursday 10am',
    tasks: [
      { title: 'Bring ponche ingredients', due: '2027-12-17' },
      { title: 'Gifts: Mamá, Diego, Sofi', due: null },
      { title: 'Verificación for the car', due: '2027-12-30' },
      { title: 'Dentist', due: '2027-12-16' },
    ],
  },
  {
    name: 'emoji 3: back to school in Dubai on a Saturday',
    today: '2026-08-29',
    timezone: 'Asia/Dubai',
    text: "🏫 School starts Monday!!\n✏️ label all the uniforms\n📚 cover the textbooks\n🚌 confirm bus pickup time with the school\n💧 pay DEWA bill by 5 Sep\n🧴 buy sunscreen for the kids' bags",
    tasks: [
      { title: 'Label all the uniforms', due: null },
      { title: 'Cover the textbooks', due: null },
      { title: 'Confirm bus pickup time with the school', due: null },
      { title: 'Pay DEWA bill', due: '2026-09-05' },
      { title: "Buy sunscreen for the kids' bags", due: null },
    ],
  },
  // projects named in prose
  {
    name: 'project 1: a balcony renovation on Easter Sunday when clocks go forward',
    today: '2027-03-28',
    timezone: 'Europe/Berlin',
    text: "Happy Easter, anyway. For the Balkonsanierung I still have to call the Hausverwaltung about the scaffolding permit, choose the railing colour by Wednesday and ask Herr Kühn for a second quote. Separately, the clocks changed last night, so check the heating timer. And Jana's Konfirmation is on 25 April, I need a gift before then.",
    tasks: [
      { title: 'Call the Hausverwaltung about the scaffolding permit', due: null, project: 'Balkonsanierung' },
      { title: 'Choose the railing colour', due: '2027-03-31', project: 'Balkonsanierung' },
      { title: 'Ask Herr Kühn for a second quote', due: null, project: 'Balkonsanierung' },
      { title: 'Check the heating timer', due: null, project: null },
      { title: "Gift for Jana's Konfirmation", due: '2027-04-24', project: null },
    ],
  },
  {
    name: 'project 2: a market stall and a book club in Melbourne',
    today: '2026-11-18',
    timezone: 'Australia/Melbourne',
    text: "The Christmas market stall is the big one: I need to order 200 jar labels this week, finalise the price list by Monday and ask Bec if her gazebo is free. The market itself is 12 Dec. For the book club I have to pick December's book and send the invite before Friday.",
    tasks: [
      { title: 'Order 200 jar labels', due: '2026-11-20', project: 'Christmas market stall' },
      { title: 'Finalise the price list', due: '2026-11-23', project: 'Christmas market stall' },
      { title: 'Ask Bec if her gazebo is free', due: null, project: 'Christmas market stall' },
      { title: "Pick December's book", due: '2026-11-19', project: 'Book club' },
      { title: 'Send the invite', due: '2026-11-19', project: 'Book club' },
    ],
  },
  {
    name: 'project 3: a cottage opening and a garage sale in Halifax',
    today: '2027-06-04',
    timezone: 'America/Halifax',
    text: "For the cottage opening I need to call Bell about the internet by Tuesday, buy a new propane tank before we drive up on the 18th, and get the dock back in once we're there. Also, for the garage sale: price everything by next Thursday and post the ad on Marketplace.",
    tasks: [
      { title: 'Call Bell about the internet', due: '2027-06-08', project: 'Cottage opening' },
      { title: 'Buy a new propane tank', due: '2027-06-17', project: 'Cottage opening' },
      { title: 'Get the dock back in', due: null, project: 'Cottage opening' },
      { title: 'Price everything', due: '2027-06-10', project: 'Garage sale' },
      { title: 'Post the ad on Marketplace', due: null, project: 'Garage sale' },
    ],
  },
  // labels
  {
    name: 'label 1: hashtags in a Chicago winter',
    today: '2026-02-25',
    timezone: 'America/Chicago',
    text: '#work finish the vendor comparison by Friday\n#work 1:1 prep for Monday\n#home call the roofer about the ice dam\n#home buy salt for the driveway\n#kids science fair board - due 3/4',
    tasks: [
      { title: 'Finish the vendor comparison', due: '2026-02-27', project: 'Work' },
      { title: '1:1 prep', due: '2026-03-02', project: 'Work' },
      { title: 'Call the roofer about the ice dam', due: null, project: 'Home' },
      { title: 'Buy salt for the driveway', due: null, project: 'Home' },
      { title: 'Science fair board', due: '2026-03-04', project: 'Kids' },
    ],
  },
  {
    name: 'label 2: two clients of a Lisbon designer',
    today: '2027-10-05',
    timezone: 'Europe/Lisbon',
    text: 'Client: Marisol Hotels\n- send revised moodboard Thursday\n- book photographer for the lobby shoot\n- invoice September hours\nClient: Casa Verde\n- call Rui re: logo feedback\n- final files by 15/10',
    tasks: [
      { title: 'Send revised moodboard', due: '2027-10-07', project: 'Marisol Hotels' },
      { title: 'Book photographer for the lobby shoot', due: null, project: 'Marisol Hotels' },
      { title: 'Invoice September hours', due: null, project: 'Marisol Hotels' },
      { title: 'Call Rui re: logo feedback', due: null, project: 'Casa Verde' },
      { title: 'Final files', due: '2027-10-15', project: 'Casa Verde' },
    ],
  },
  {
    name: 'label 3: bracket tags on the last day of July in Manila',
    today: '2026-07-31',
    timezone: 'Asia/Manila',
    text: '[bills] pay Meralco - due Aug 5\n[bills] PLDT - pay today, last day\n[health] book annual physical for next week\n[health] refill maintenance meds\n[errands] claim package at LBC',
    tasks: [
      { title: 'Pay Meralco', due: '2026-08-05', project: 'Bills' },
      { title: 'Pay PLDT', due: '2026-07-31', project: 'Bills' },
      { title: 'Book annual physical', due: '2026-08-03', project: 'Health' },
      { title: 'Refill maintenance meds', due: null, project: 'Health' },
      { title: 'Claim package at LBC', due: null, project: 'Errands' },
    ],
  },
  // several groups in one dump
  {
    name: 'groups 1: work, home and health in Prague',
    today: '2027-01-04',
    timezone: 'Europe/Prague',
    text: 'Work:\n- Q4 report to Pavel by Thursday\n- renew the Adobe licence\nHome:\n- take the Christmas tree out (collection Saturday)\n- fix the dripping tap\nHealth:\n- book the dentist\n- start the couch-to-5k plan next week',
    tasks: [
      { title: 'Q4 report to Pavel', due: '2027-01-07', project: 'Work' },
      { title: 'Renew the Adobe licence', due: null, project: 'Work' },
      { title: 'Take the Christmas tree out', due: '2027-01-09', project: 'Home' },
      { title: 'Fix the dripping tap', due: null, project: 'Home' },
      { title: 'Book the dentist', due: null, project: 'Health' },
      { title: 'Start the couch-to-5k plan', due: '2027-01-11', project: 'Health' },
    ],
  },
  {
    name: 'groups 2: capital headings the day Sydney clocks go forward',
    today: '2026-10-04',
    timezone: 'Australia/Sydney',
    text: "SCHOOL HOLS\nbook the zoo tickets by Tuesday\npack for Grandma's\n\nHOUSE\nclocks went forward - change the oven clock\nclean the gutters before storm season\n\nMONEY\nlodge BAS by 28 Oct\ncancel Stan subscription",
    tasks: [
      { title: 'Book the zoo tickets', due: '2026-10-06', project: 'School hols' },
      { title: "Pack for Grandma's", due: null, project: 'School hols' },
      { title: 'Change the oven clock', due: null, project: 'House' },
      { title: 'Clean the gutters', due: null, project: 'House' },
      { title: 'Lodge BAS', due: '2026-10-28', project: 'Money' },
      { title: 'Cancel Stan subscription', due: null, project: 'Money' },
    ],
  },
  {
    name: 'groups 3: Spanish and English groups on one line each in Bogotá',
    today: '2027-08-18',
    timezone: 'America/Bogota',
    text: 'Casa: pintar la reja, arreglar la ducha\nWork: slides for the Medellín workshop by Monday, expense report\nPersonal: renovar pasaporte, call Camila on her birthday Saturday',
    tasks: [
      { title: 'Pintar la reja', due: null, project: 'Casa' },
      { title: 'Arreglar la ducha', due: null, project: 'Casa' },
      { title: 'Slides for the Medellín workshop', due: '2027-08-23', project: 'Work' },
      { title: 'Expense report', due: null, project: 'Work' },
      { title: 'Renovar pasaporte', due: null, project: 'Personal' },
      { title: 'Call Camila on her birthday', due: '2027-08-21', project: 'Personal' },
    ],
  },
  // comma lists
  {
    name: 'comma 1: a day label over a Rome comma run',
    today: '2026-06-08',
    timezone: 'Europe/Rome',
    text: 'today: pay the condominio, pick up the glasses from the optician, email Giulia the photos, and buy bread',
    tasks: [
      { title: 'Pay the condominio', due: '2026-06-08' },
      { title: 'Pick up the glasses from the optician', due: '2026-06-08' },
      { title: 'Email Giulia the photos', due: '2026-06-08' },
      { title: 'Buy bread', due: '2026-06-08' },
    ],
  },
  {
    name: 'comma 2: need-to run at the end of February in Seoul',
    today: '2027-02-26',
    timezone: 'Asia/Seoul',
    text: "need to: renew ARC, exchange won for the Tokyo trip, return Min-ji's umbrella, send the lease renewal form by Tuesday, book a haircut",
    tasks: [
      { title: 'Renew ARC', due: null },
      { title: 'Exchange won for the Tokyo trip', due: null },
      { title: "Return Min-ji's umbrella", due: null },
      { title: 'Send the lease renewal form', due: '2027-03-02' },
      { title: 'Book a haircut', due: null },
    ],
  },
  {
    name: 'comma 3: weekend chores in Anchorage',
    today: '2026-12-09',
    timezone: 'America/Anchorage',
    text: 'this weekend: split firewood, wrap the pipes in the crawlspace, hang the lights, and call Grandpa Joe',
    tasks: [
      { title: 'Split firewood', due: '2026-12-12' },
      { title: 'Wrap the pipes in the crawlspace', due: '2026-12-12' },
      { title: 'Hang the lights', due: '2026-12-12' },
      { title: 'Call Grandpa Joe', due: '2026-12-12' },
    ],
  },
  // inline numbered lists
  {
    name: 'inline 1: German day labels over numbered items',
    today: '2027-05-03',
    timezone: 'Europe/Berlin',
    text: 'Heute noch: 1) Miete überweisen 2) Paket bei DHL abholen 3) Mama zurückrufen; morgen: 4) Zahnarzt 8:30 5) Reifen wechseln',
    tasks: [
      { title: 'Miete überweisen', due: '2027-05-03' },
      { title: 'Paket bei DHL abholen', due: '2027-05-03' },
      { title: 'Mama zurückrufen', due: '2027-05-03' },
      { title: 'Zahnarzt', due: '2027-05-04' },
      { title: 'Reifen wechseln', due: '2027-05-04' },
    ],
  },
  {
    name: 'inline 2: before Good Friday in Toronto',
    today: '2026-03-31',
    timezone: 'America/Toronto',
    text: 'before Good Friday: (1) submit timesheet (2) pick up the hot cross buns order (3) book the car in for winter tire removal (4) RRSP receipt to the accountant',
    tasks: [
      { title: 'Submit timesheet', due: '2026-04-02' },
      { title: 'Pick up the hot cross buns order', due: '2026-04-02' },
      { title: 'Book the car in for winter tire removal', due: '2026-04-02' },
      { title: 'RRSP receipt to the accountant', due: '2026-04-02' },
    ],
  },
  {
    name: 'inline 3: roman numerals in Lagos',
    today: '2027-09-23',
    timezone: 'Africa/Lagos',
    text: 'Things to do: i. pay NEPA bill ii. fuel the generator today iii. school fees for Tobi by Friday iv. call Uncle Femi about the land documents next Tuesday',
    tasks: [
      { title: 'Pay NEPA bill', due: null },
      { title: 'Fuel the generator', due: '2027-09-23' },
      { title: 'School fees for Tobi', due: '2027-09-24' },
      { title: 'Call Uncle Femi about the land documents', due: '2027-09-28' },
    ],
  },
  // conditions
  {
    name: 'condition 1: Ascension Day in Copenhagen',
    today: '2026-05-14',
    timezone: 'Europe/Copenhagen',
    text: "Kristi himmelfart today, shops shut. If it's sunny Saturday: paint the fence. If the Netto order doesn't come by tomorrow, call them. Pay the daycare by the 20th. Book the summer house in Skagen whenever.",
    tasks: [
      { title: 'Paint the fence', due: '2026-05-16' },
      { title: 'Pay the daycare', due: '2026-05-20' },
      { title: 'Book the summer house in Skagen', due: null, priority: 'low' },
    ],
  },
  {
    name: 'condition 2: the day US clocks fall back in Chicago',
    today: '2027-11-07',
    timezone: 'America/Chicago',
    text: "if Mark can't take Ellie to practice Tuesday I'll do it. Either way buy her new shin guards before then. Rake the leaves if it's dry tomorrow. Clocks went back last night - the thermostat schedule is off, fix it.",
    tasks: [
      { title: 'Buy new shin guards', due: '2027-11-08' },
      { title: 'Rake the leaves', due: '2027-11-08' },
      { title: 'Fix the thermostat schedule', due: null },
    ],
  },
  {
    name: 'condition 3: ifs and a shift in Jakarta',
    today: '2026-08-20',
    timezone: 'Asia/Jakarta',
    text: "If the landlord replies about the deposit, forward it to Rina. Renew the SIM plan tomorrow. If there's time Saturday, service the scooter. Ask Budi to cover my shift on the 27th.",
    tasks: [
      { title: 'Renew the SIM plan', due: '2026-08-21' },
      { title: 'Service the scooter', due: '2026-08-22' },
      { title: 'Ask Budi to cover my shift', due: '2026-08-27' },
    ],
  },
  // project deadlines that are not tasks
  {
    name: 'deadline 1: a half marathon in April',
    today: '2027-04-01',
    timezone: 'Europe/London',
    text: 'Half marathon is on 25 April!! Training: long run Sunday, buy new trainers this week, book a sports massage at some point. Also the sponsorship page - share it with the office.',
    tasks: [
      { title: 'Long run', due: '2027-04-04' },
      { title: 'Buy new trainers', due: '2027-04-02' },
      { title: 'Book a sports massage', due: null },
      { title: 'Share the sponsorship page with the office', due: null },
    ],
  },
  {
    name: 'deadline 2: a website relaunch that is not mine to launch',
    today: '2026-09-03',
    timezone: 'America/New_York',
    text: 'The website relaunch goes live Oct 1 (not my job to launch it). My part of the website relaunch: write the About copy by the 15th, get headshots from the team, and review the staging site next Wednesday.',
    tasks: [
      { title: 'Write the About copy', due: '2026-09-15', project: 'Website relaunch' },
      { title: 'Get headshots from the team', due: null, project: 'Website relaunch' },
      { title: 'Review the staging site', due: '2026-09-09', project: 'Website relaunch' },
    ],
  },
  {
    name: 'deadline 3: moving house in a Perth summer',
    today: '2027-12-20',
    timezone: 'Australia/Perth',
    text: 'We move house on 15 January. Before Christmas: book the removalists, cancel the gas at the old place, order boxes. After New Year: change address with the bank, redirect the mail.',
    tasks: [
      { title: 'Book the removalists', due: '2027-12-24' },
      { title: 'Cancel the gas at the old place', due: '2027-12-24' },
      { title: 'Order boxes', due: '2027-12-24' },
      { title: 'Change address with the bank', due: '2028-01-02' },
      { title: 'Redirect the mail', due: '2028-01-02' },
    ],
  },
  // things already done
  {
    name: 'done 1: open tasks done and moved in Berlin',
    today: '2026-10-12',
    timezone: 'Europe/Berlin',
    open: [
      { id: WHEELS, title: 'Winterreifen wechseln', due_date: '2026-10-15' },
      { id: KITA, title: 'Kita-Anmeldung abschicken', due_date: null },
      { id: SNACKS, title: 'Snacks for the Elternabend', due_date: '2026-10-13' },
    ],
    text: 'Winterreifen gewechselt, was faster than expected. Kita-Anmeldung: sent it on Friday, done. Snacks for the Elternabend - the Elternabend got moved to next Monday, so move that too. New: buy a lantern for St. Martin (11.11.)',
    tasks: [{ title: 'Buy a lantern for St. Martin', due: '2026-11-11' }],
    updates: [
      { task_id: WHEELS, status: 'done' },
      { task_id: KITA, status: 'done' },
      { task_id: SNACKS, due: '2026-10-19' },
    ],
  },
  {
    name: 'done 2: a productive Tuesday in Los Angeles',
    today: '2027-07-27',
    timezone: 'America/Los_Angeles',
    text: "Already done today: gym, paid the water bill, called the DMV (finally). Left: return the paddleboard rental by Thursday, Zoe's dentist form, and grill stuff for Saturday's BBQ.",
    tasks: [
      { title: 'Return the paddleboard rental', due: '2027-07-29' },
      { title: "Zoe's dentist form", due: null },
      { title: "Grill stuff for Saturday's BBQ", due: '2027-07-31' },
    ],
  },
  {
    name: 'done 3: the day New Zealand clocks go back',
    today: '2026-04-05',
    timezone: 'Pacific/Auckland',
    open: [
      { id: HUT, title: 'Book the hut for the Tongariro crossing', due_date: '2026-04-08' },
      { id: WOF, title: 'Get the WOF done', due_date: null },
      { id: DUVET, title: 'Return the duvet to Briscoes', due_date: null },
    ],
    text: "daylight saving ended last night, extra hour of sleep yay. WOF done Friday, passed. the Tongariro trip is off because of the forecast so cancel the hut booking. the duvet - we're keeping it after all, scrap that one. new one: pack Jack's rugby boots for Tuesday training",
    tasks: [{ title: "Pack Jack's rugby boots", due: '2026-04-07' }],
    updates: [
      { task_id: WOF, status: 'done' },
      { task_id: HUT, status: 'cancelled' },
      { task_id: DUVET, status: 'cancelled' },
    ],
  },
  // nothing to do
  {
    name: 'nothing 1: the Fourth of July',
    today: '2026-07-04',
    timezone: 'America/New_York',
    text: 'Happy Fourth! Nothing on the list today, fireworks at the lake later with everyone. Just enjoying the day.',
    tasks: [],
  },
  {
    name: 'nothing 2: a cleared week in Helsinki',
    today: '2027-04-18',
    timezone: 'Europe/Helsinki',
    text: "Cleared everything this week 🎉 inbox zero, taxes filed, the bike's fixed. Nothing to add right now, just wanted to note it.",
    tasks: [],
  },
  // short one-liners
  {
    name: 'short 1: a haircut on the day US clocks go forward',
    today: '2026-03-08',
    timezone: 'America/Los_Angeles',
    text: 'haircut tues',
    tasks: [{ title: 'Haircut', due: '2026-03-10' }],
  },
  {
    name: 'short 2: a bill in Karachi',
    today: '2027-08-09',
    timezone: 'Asia/Karachi',
    text: 'pay K-Electric bill',
    tasks: [{ title: 'Pay K-Electric bill', due: null }],
  },
  {
    name: 'short 3: Christmas Eve in Oslo',
    today: '2026-12-24',
    timezone: 'Europe/Oslo',
    text: 'call mormor tomorrow!!',
    tasks: [{ title: 'Call mormor', due: '2026-12-25', priority: 'high' }],
  },
  // long dumps
  {
    name: 'long 1: the first Monday back in London',
    today: '2026-01-05',
    timezone: 'Europe/London',
    text: "First Monday back and I already feel behind. Writing it all down so I can stop lying awake.\n\nWork: the January sales meeting is on the 14th and Graham wants the regional slides from me by Friday, so that comes first. I also need to book the meeting room for the new starters' induction, and reply to the auditors about the missing invoices - they chased twice before Christmas, urgent now. Aisha asked if I could mentor one of the graduates this year and I already said yes.\n\nHome: the Christmas decorations are still up and Twelfth Night is tomorrow, so they come down tonight. The boiler made that clanking noise again, ring British Gas about it. We said we'd do Dry January, fine, but I want to actually book the spin classes for the month before the studio fills up. The car tax is due at the end of the month, just pay it.\n\nMoney: the December credit card bill is frightening. I need to sit down this weekend and make a budget for the year. Also cancel the Disney+ trial before it starts charging on the 9th.\n\nFamily: Mum's 65th is on 24 January and Dad wants us all to chip in for a weekend in Bath, so I need to send him my share by the 15th. And I promised Leo I'd take him to the Science Museum in half term, so book the tickets sometime.\n\nThings that went fine: the kids went back to school without drama, the new kettle works, and I finally finished the book Jo lent me at Christmas. The office heating is broken again, but Facilities already know, so that's not mine to chase. I'm trying not to check email after nine this year, we'll see how long that lasts.\n\nThe weather's grim and it's dark at four, but at least the house is quiet again.",
    tasks: [
      { title: 'Regional slides for Graham', due: '2026-01-09', project: 'Work' },
      { title: "Book the meeting room for the new starters' induction", due: null, project: 'Work' },
      { title: 'Reply to the auditors about the missing invoices', due: null, project: 'Work', priority: 'high' },
      { title: 'Take the Christmas decorations down', due: '2026-01-05', project: 'Home' },
      { title: 'Ring British Gas about the boiler', due: null, project: 'Home' },
      { title: 'Book the spin classes', due: null, project: 'Home' },
      { title: 'Pay the car tax', due: '2026-01-31', project: 'Home' },
      { title: 'Make a budget for the year', due: '2026-01-10', project: 'Money' },
      { title: 'Cancel the Disney+ trial', due: '2026-01-08', project: 'Money' },
      { title: 'Send Dad my share', due: '2026-01-15', project: 'Family' },
      { title: 'Book the Science Museum tickets', due: null, project: 'Family' },
    ],
  },
  {
    name: 'long 2: the last Sunday of May in New York',
    today: '2026-05-31',
    timezone: 'America/New_York',
    text: "Sunday night, end of May, and June is going to be packed. Emma graduates from eighth grade on June 11 and we still haven't ordered the cake, so that needs to happen this week, and I want to get her a necklace for the graduation, something small. The in-laws are flying in on the 10th, which means the guest room has to be cleared before then, and somebody has to pick them up at JFK - that's me, 6pm, ugh. Work is fine-ish, we hired two people in May and the team finally feels like it can breathe, and my manager says the reorg is off for now. The vendor contract renewal is due on June 5 and I haven't read the new terms yet, so read those tomorrow. I also promised Carlos I'd review his promo packet by Wednesday. For the garage clean-out we keep talking about: book the junk removal, sort the paint cans for the hazardous waste drop-off, and list the old bikes on Facebook Marketplace. The car needs new wiper blades, it rained all week and I could barely see. The dentist's reminder postcard came, I'm overdue, so schedule a cleaning. Memorial Day weekend was lovely though, we barely did anything, grilled, slept. I should write to Aunt Rosa and thank her for the graduation card she already sent, she's always so early. And we need to renew the pool membership by June 15 or we lose our spot. Mike has been great this month, he took the kids to every practice and cooked most nights, and I want to remember that. The tomatoes are in, the basil died, and the neighbor's cat keeps sleeping on our porch swing, which I've decided is fine. Honestly I think that's it. Maybe.",
    tasks: [
      { title: 'Order the cake', due: '2026-06-05', project: null },
      { title: 'Get Emma a necklace', due: '2026-06-11', project: null },
      { title: 'Clear the guest room', due: '2026-06-09', project: null },
      { title: 'Pick up the in-laws at JFK', due: '2026-06-10', project: null },
      { title: 'Read the new terms', due: '2026-06-01', project: null },
      { title: "Review Carlos's promo packet", due: '2026-06-03', project: null },
      { title: 'Book the junk removal', due: null, project: 'Garage clean-out' },
      { title: 'Sort the paint cans for the hazardous waste drop-off', due: null, project: 'Garage clean-out' },
      { title: 'List the old bikes on Facebook Marketplace', due: null, project: 'Garage clean-out' },
      { title: 'Buy new wiper blades', due: null, project: null },
      { title: 'Schedule a dental cleaning', due: null, project: null },
      { title: 'Write to Aunt Rosa and thank her for the graduation card', due: null, project: null },
      { title: 'Renew the pool membership', due: '2026-06-15', project: null },
    ],
  },
  {
    name: 'long 3: planning call notes and my own week in Berlin',
    today: '2026-09-21',
    timezone: 'Europe/Berlin',
    text: "Notes from the Monday planning call (Jonas, Mia, Deniz, me)\n- Release 4.2 ships on 6 October, code freeze the Thursday before\n- Jonas: migrate the staging database this week\n- me: write the release notes draft by Friday\n- Mia + me: go through the open bugs with support on Wednesday\n- Deniz: fix the CSV export\n- me: ask legal whether the new cookie banner text is OK, asap\n- all: book your time off for October in Personio before the 30th\n\nAnd my own stuff, since I'm writing anyway. Oktoberfest on Saturday with the old uni crowd, and I still need to find the Dirndl and get it cleaned, it smells of the cellar. The Rundfunkbeitrag letter says I owe for Q3, pay it this week. The Anmeldung for the new flat has to happen within 14 days of moving in - I moved in on the 15th, so I need a Bürgeramt appointment before the 29th, and those are impossible to get. Call Oma on Sunday, she's been alone since Opa's surgery. The bike light is broken again, fix it before the clocks change. I'm supposed to give the Hausverwaltung my meter readings by the end of the month too. The week is full but manageable, I think. The flat is lovely, by the way - high ceilings, a tiny balcony, and the tram stop is right outside. The boxes are mostly unpacked except for the books, which can stay in boxes until winter for all I care. Mia said the last release went out without a single hotfix, which has never happened before, so the mood on the team is good. It's still warm enough to cycle to work and I'm enjoying that while it lasts.",
    tasks: [
      { title: 'Write the release notes draft', due: '2026-09-25' },
      { title: 'Go through the open bugs with support', due: '2026-09-23' },
      { title: 'Ask legal whether the new cookie banner text is OK', due: null, priority: 'high' },
      { title: 'Book time off for October in Personio', due: '2026-09-29' },
      { title: 'Find the Dirndl and get it cleaned', due: '2026-09-26' },
      { title: 'Pay the Rundfunkbeitrag', due: '2026-09-25' },
      { title: 'Get a Bürgeramt appointment', due: '2026-09-28' },
      { title: 'Call Oma', due: '2026-09-27' },
      { title: 'Fix the bike light', due: '2026-10-24' },
      { title: 'Give the Hausverwaltung my meter readings', due: '2026-09-30' },
    ],
  },
  {
    name: 'long 4: markdown headings on the first day of a Sydney autumn',
    today: '2027-03-01',
    timezone: 'Australia/Sydney',
    text: "# Autumn already\nFirst day of autumn and the list has got out of hand, so here goes.\n\n## Renovation\n- get the electrician back for the kitchen pendant lights - ring Dave tomorrow\n- choose tiles for the splashback by Friday, the tiler is booked for the 15th\n- pay the builder's progress invoice (due 10 March)\n- cancel the skip bin, we're done with demolition\n\n## Kids\n- Mia's swimming carnival is Thursday - wash her house shirt\n- sign the permission note for the Taronga excursion\n- book the orthodontist for Noah, no rush\n\n## Admin\n- find the donation receipts for the accountant before the end of the month\n- renew the car insurance, the NRMA letter says 19/03\n- passport photos for Mia's renewal\n\n## Personal\n- physio Wednesday 7.30am\n- I've been sleeping badly since the builders started, which isn't helping anyone\n- Sophie's 40th next Saturday night: buy a present, RSVP\n\nDone last week, so I stop worrying about them: the council approval for the deck came through, the plumber finished the laundry, the car got its service, and we finally found a babysitter we all like (Tahlia, Thursday nights). Noah's teacher says he's settled in much better this term, which is a relief after last year. The budget is holding up, mostly because we keep saying no to things. The builders play their radio at full volume from seven in the morning, and the whole street knows it.\n\nThe weather has finally cooled down a bit. The dog is shedding everywhere, there is fur on every surface of the house. Clocks go back at the start of April, which I love.",
    tasks: [
      { title: 'Get the electrician back for the kitchen pendant lights', due: '2027-03-02', project: 'Renovation' },
      { title: 'Choose tiles for the splashback', due: '2027-03-05', project: 'Renovation' },
      { title: "Pay the builder's progress invoice", due: '2027-03-10', project: 'Renovation' },
      { title: 'Cancel the skip bin', due: null, project: 'Renovation' },
      { title: "Wash Mia's house shirt", due: '2027-03-04', project: 'Kids' },
      { title: 'Sign the permission note for the Taronga excursion', due: null, project: 'Kids' },
      { title: 'Book the orthodontist for Noah', due: null, project: 'Kids', priority: 'low' },
      { title: 'Find the donation receipts for the accountant', due: '2027-03-31', project: 'Admin' },
      { title: 'Renew the car insurance', due: '2027-03-19', project: 'Admin' },
      { title: "Passport photos for Mia's renewal", due: null, project: 'Admin' },
      { title: 'Physio', due: '2027-03-03', project: 'Personal' },
      { title: 'Buy a present for Sophie', due: '2027-03-13', project: 'Personal' },
      { title: "RSVP to Sophie's 40th", due: '2027-03-13', project: 'Personal' },
    ],
  },
  {
    name: 'long 5: a school email and holiday prep on the last day of June',
    today: '2027-06-30',
    timezone: 'Europe/Amsterdam',
    text: 'Copying this from the school email so I don\'t lose it:\n\n"Dear parents of group 6, the school year ends on Friday 9 July. Please return all library books by Monday 5 July. The class trip to Artis is next Tuesday; children need a packed lunch and a raincoat. Would you please pay the trip contribution (€12,50) via the parent portal uiterlijk vrijdag. We are still looking for two parents to help clean the classroom on the last day - let Juf Marieke know if you can."\n\nSo: library books, packed lunch for the trip, pay the trip money, and tell Marieke I can help with the cleaning.\n\nWork stuff, all by Friday 9 July, my last day before the holiday: hand over the Vattenfall account to Bram, finish the Q2 report, set my out-of-office. And approve Sanne\'s leave request today, she\'s been waiting for a week.\n\nHoliday prep: the car needs its APK before we drive to France, it expires 10 juli - book it this week. We don\'t need the Swiss vignette, we\'re not going via Switzerland this year. Check the tent for holes, order the new air mattress, and ask the neighbours to water the plants while we\'re away.\n\nEverything else can wait until August. Bram already knows the Vattenfall people well, so the handover should be short. The kids are wildly excited about France and have been packing their own bags for a week, mostly with stuffed animals. The campsite is booked and the route is planned, so at least that part is done, and the forecast for the Dordogne says thirty degrees every day.\n\nLast day of June. Half the year gone, somehow.',
    tasks: [
      { title: 'Return the library books', due: '2027-07-05', project: null },
      { title: 'Packed lunch for the trip', due: '2027-07-06', project: null },
      { title: 'Pay the trip money', due: '2027-07-02', project: null },
      { title: 'Tell Marieke I can help with the cleaning', due: null, project: null },
      { title: 'Hand over the Vattenfall account to Bram', due: '2027-07-09', project: 'Work' },
      { title: 'Finish the Q2 report', due: '2027-07-09', project: 'Work' },
      { title: 'Set my out-of-office', due: '2027-07-09', project: 'Work' },
      { title: "Approve Sanne's leave request", due: '2027-06-30', project: 'Work' },
      { title: 'Book the APK', due: '2027-07-02', project: 'Holiday prep' },
      { title: 'Check the tent for holes', due: null, project: 'Holiday prep' },
      { title: 'Order the new air mattress', due: null, project: 'Holiday prep' },
      { title: 'Ask the neighbours to water the plants', due: null, project: 'Holiday prep' },
    ],
  },
  {
    name: 'long 6: a freelancer after Thanksgiving in Denver',
    today: '2026-11-30',
    timezone: 'America/Denver',
    text: "Monday after Thanksgiving, still full of pie. December is going to be brutal so let me get it all out.\n\nClient: Ridgeline Outdoors - the winter campaign landing page has to be live by Dec 10, which means I need their product photos by Wednesday (email Kara today to chase them), then build the page, then QA it on mobile. Their October invoice is still unpaid, send a polite reminder.\n\nClient: Aspen Dental Group - they want a quote for the website refresh, send it by Friday.\n\nThanksgiving itself was good: eleven people, two turkeys, no fights, and the leftovers are finally gone. November was my best month of the year, which is exactly why December looks like this. I turned down the Peak Brewing job last week, the timeline was impossible, and I don't regret it. Kara is usually quick, so the photos should be fine.\n\nHousehold: snow tires are on, thank god. The furnace filter needs swapping, and we still owe the HOA the annual dues, due 12/15.\n\nChristmas: order the cards this week, get the tree on Saturday, and figure out what to get everyone - I'll make a gift list tonight. Mom's flight lands on 12/22 at 4pm and I'm picking her up.\n\nPersonal: I keep skipping the gym, so I'm going to sign up for the 6am class. And call Jess, we haven't talked since her surgery. The dentist moved my appointment to Jan 6, fine, nothing to do there. Estimated taxes are paid for the year, at least.\n\nNot doing: the neighborhood cookie swap. Said no. Feels good. Snow is coming Thursday, apparently a lot of it, so the new tires came just in time.",
    tasks: [
      { title: 'Email Kara to chase the product photos', due: '2026-11-30', project: 'Ridgeline Outdoors' },
      { title: 'Build the page', due: null, project: 'Ridgeline Outdoors' },
      { title: 'QA the page on mobile', due: null, project: 'Ridgeline Outdoors' },
      { title: 'Send a polite reminder about the October invoice', due: null, project: 'Ridgeline Outdoors' },
      { title: 'Send the quote for the website refresh', due: '2026-12-04', project: 'Aspen Dental Group' },
      { title: 'Swap the furnace filter', due: null, project: 'Household' },
      { title: 'Pay the HOA annual dues', due: '2026-12-15', project: 'Household' },
      { title: 'Order the cards', due: '2026-12-04', project: 'Christmas' },
      { title: 'Get the tree', due: '2026-12-05', project: 'Christmas' },
      { title: 'Make a gift list', due: '2026-11-30', project: 'Christmas' },
      { title: 'Pick up Mom', due: '2026-12-22', project: 'Christmas' },
      { title: 'Sign up for the 6am class', due: null, project: 'Personal' },
      { title: 'Call Jess', due: null, project: 'Personal' },
    ],
  },
  {
    name: 'long 7: dictated on Halloween morning in Madrid as clocks go back',
    today: '2027-10-31',
    timezone: 'Europe/Madrid',
    text: "vale so the clocks went back last night and I woke up at six for nothing so I might as well do this list honestly I slept badly anyway because the neighbours had a party until three and the dog barked at every firework so first thing tomorrow is Todos los Santos so everything is closed and we're going to the cemetery in Toledo with my mother so I need to buy the flowers today before the shops shut then on Tuesday I have to call the gestoría about the quarterly IVA because the deadline is the 20th and I don't want a repeat of last year when we paid the surcharge and Javier laughed at me for a month also Pablo's parent teacher meeting is on Thursday at five and I said I'd go so I need to leave work early that day and tell Marta on Monday no wait Monday is the holiday tell her Tuesday she's always fine with it then the car the ITV is due in November I have no idea which day exactly so look at the sticker and book it this week and the boiler needs its annual revision the technician said to call him after the 8th and I should also cancel the gym now that I'm running outside and Lucía's birthday is the 12th she wants the Lego set with the horses I need to order it online before the 5th so it arrives on time and finally tonight is Halloween and the kids want to go trick or treating in the urbanización so I need to finish their costumes this afternoon and buy sweets for the door the weather is supposed to be nice all week which is good because Pablo has been stuck inside with a cold since Wednesday and he is climbing the walls ok that's it I'm going back to sleep",
    tasks: [
      { title: 'Buy the flowers', due: '2027-10-31' },
      { title: 'Call the gestoría about the quarterly IVA', due: '2027-11-02' },
      { title: 'Leave work early', due: '2027-11-04' },
      { title: 'Tell Marta', due: '2027-11-02' },
      { title: 'Book the ITV', due: '2027-11-05' },
      { title: 'Call the boiler technician', due: '2027-11-09' },
      { title: 'Cancel the gym', due: null },
      { title: 'Order the Lego set with the horses', due: '2027-11-04' },
      { title: 'Finish the costumes', due: '2027-10-31' },
      { title: 'Buy sweets for the door', due: '2027-10-31' },
    ],
  },
  {
    name: "long 8: New Year's Eve in Tokyo",
    today: '2027-12-31',
    timezone: 'Asia/Tokyo',
    text: "大晦日. Last day of 2027. Writing a list so I can actually relax tonight.\n\nToday, before the soba: clean the entrance and the balcony (the ōsōji never got finished), buy mochi and kamaboko at the supermarket before it closes at 6, and put the kagami mochi up. Call my parents in Sapporo this evening.\n\nNew Year: hatsumōde at Meiji Jingu with Ken on the 2nd, the 1st is always mad. Send the nengajō replies on the 3rd - I only sent about half of mine. My niece and nephew visit on the 2nd, so get the otoshidama envelopes ready.\n\nWork, January: the team kick-off is on the 6th and I have to prepare my 2028 goals by the 5th. Renew my commuter pass before the 7th, it runs out then. Book the annual health check, the clinic opens bookings on the 4th.\n\nMe: this year was hard, the move and the new job. I want 2028 to be gentler. Sign up for the calligraphy class at the community centre, and go see the plum blossoms at some point. Maybe stop doomscrolling.\n\nLooking back: we moved in March, I changed teams in June, and Ken and I finally went to Hokkaido in September, which was the best week of the year. The new flat is small but it gets the morning sun. I read fewer books than last year and walked a lot more. The office is closed until the 5th, so the next few days are properly free. The neighbours already have their kadomatsu out, and Mum says the snow in Sapporo is up to the windows.\n\nTonight is just soba, Kōhaku on the TV and the temple bells at midnight, nothing else planned. Ken is bringing the sake.\n\nThe year is almost done. Thank you, 2027.",
    tasks: [
      { title: 'Clean the entrance and the balcony', due: '2027-12-31', project: null },
      { title: 'Buy mochi and kamaboko', due: '2027-12-31', project: null },
      { title: 'Put the kagami mochi up', due: '2027-12-31', project: null },
      { title: 'Call my parents in Sapporo', due: '2027-12-31', project: null },
      { title: 'Hatsumōde at Meiji Jingu with Ken', due: '2028-01-02', project: 'New Year' },
      { title: 'Send the nengajō replies', due: '2028-01-03', project: 'New Year' },
      { title: 'Get the otoshidama envelopes ready', due: '2028-01-02', project: 'New Year' },
      { title: 'Prepare my 2028 goals', due: '2028-01-05', project: 'Work' },
      { title: 'Renew my commuter pass', due: '2028-01-06', project: 'Work' },
      { title: 'Book the annual health check', due: '2028-01-04', project: 'Work' },
      { title: 'Sign up for the calligraphy class', due: null },
      { title: 'Go see the plum blossoms', due: null },
    ],
  },
];

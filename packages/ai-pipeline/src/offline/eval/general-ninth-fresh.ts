import type { EvalCase } from './dumps.ts';

/**
 * Ninth fresh development set of issue #19 (twenty-fourth round): 48 everyday dumps written from the
 * text alone by a helper who neither read nor ran the parser (they read only the `EvalCase` type and
 * examples of `eval/dumps.ts`, `eval/score.ts`, the date table and the Evaluation section of
 * docs/ai.md, and the header comments of `general-dev.ts` and the second, fourth, fifth, sixth,
 * seventh and eighth fresh sets). Twenty voices, the first word of each name: `terse`, `prose`,
 * `dictation`, pasted `slack`, `email` and `whatsapp`, `meeting` notes, `feelings`, `us-dates`,
 * `uk-dates` (British and Hong Kong day-first dates), `foreign-dates` (Portuguese and French),
 * `emoji`, `project`s named in prose, `label`s, several `groups`, `conditions`, things already
 * `done`, `long` dumps, `nothing` to do and `oneliner`s; `project`, `label`, `groups` and `long` four
 * dumps each, the others two. 24 dumps state groups: upper-case headings (`WORK`, `HOME`, `HARVEST`),
 * markdown (`## Jobs`), bold (`**Municipio**`) and emoji headings (`🐠 DIVE SHOP`), numbered headings
 * with indented items and a generic `3. Misc`, clients in capitals with the client's own date
 * (`PRIYA (due 28th)`), "admin stuff:", clients, students, a car, a place ("At the depot:"), a boat
 * and a grandmother's house as `Label:` lines and paragraphs, `#tags` at line ends, `[tags]` at line
 * starts, "for the broken group trip" and "for the shop" in dictation, efforts named in prose ("The
 * churchyard gate is finally moving", "So, the roof fund.", "Next up is the AGM:", "The allotment is
 * a jungle."), a heading over a checkbox list, bold topics in a pasted Slack message, a client
 * family's label inside a forwarded email, upper-case labels inside a WhatsApp message, topic
 * headings and AOB in meeting notes, and loose lines after groups. The four `long` dumps are
 * 1,517–1,615 characters with 17–18 tasks. 286 expected tasks and 11 updates in all; open tasks with
 * updates in four dumps (both `done`, one `feelings`, one `long`: done, moved and cancelled).
 *
 * New people and lives: a glazier, a court stenographer, a museum conservator, a new grandfather, a
 * kayak guide, a wheelchair user planning a train trip, a climbing-gym manager, a union branch rep,
 * a refugee caseworker, a tomato grower under glass, a stonemason, a food-bank volunteer, a zoo
 * keeper, a speech therapist, a dialysis patient, a funeral director, a goat breeder before the
 * county fair, a mail carrier, a chimney sweep, an expat orthodontist, a luthier, a glassblower, a
 * puppeteer, a dive-shop owner, a blacksmith, a housing co-op treasurer, a parent making a school
 * musical's costumes, a mushroom grower, a pet sitter, a sound engineer, a locum GP, a driving
 * instructor, an air-conditioning technician, a doula, a train conductor, a tea-stall owner, a
 * vineyard manager at harvest, a school exams officer, a taekwondo instructor, a small-town mayor, a
 * cricket groundsman, an astronomer, a church organist, a candle maker, a whale-watching skipper in
 * the off season and a tax preparer the day after the deadline.
 *
 * `today` runs over 2026–2027 in 46 zones (Pacific/Auckland to America/Anchorage): the clock changes
 * of the US (New York and Vancouver forward, Denver and Chicago back), the EU (Zurich and the
 * Azores forward, Brussels forward on Easter Sunday 2027, Lisbon back, London back on Halloween
 * 2027), New Zealand (forward) and South Australia (forward), and the first day after Chile's went
 * back; the ends of January, June (Western Australia's financial year), November and December; and
 * holidays (St Patrick's Day, Grundlovsdag, Canadian and US Thanksgiving (2026 and 2027), Melbourne
 * Cup Day, Easter Sunday, Bevrijdingsdag, St Andrew's Day, Remembrance Day, Juneteenth, Martin
 * Luther King Day, the HKSAR Establishment Day, Brazil's Independence Day, 8 May in France, the
 * Fiesta Nacional de España, New Year's Eve, Estonian Independence Day, Nova Scotia's Natal Day, the
 * Monday after Alaska Day, 23 October in Hungary, Czech Independence Day, Pakistan's Independence
 * Day, Ghana's Independence Day, Victoria Day, Double Ten, Chuseok, Puerto Rico's Constitution Day,
 * Canary Islands Day, Slovenia's Independence and Unity Day, Marine Day, Peru's Independence Day,
 * the early May bank holiday). Every due date was checked with a Node script (`Date` and `Intl`)
 * against each case's `today` and zone, written as the reading it follows ("the coming Friday",
 * "next week's Tuesday", "the day before the 15th" …) and compared with the date written by hand;
 * the clock changes were checked against the zone's offsets that day.
 *
 * Expected values follow the header of `general-dev.ts`, the date table of docs/ai.md and the
 * judgement calls of the second and fourth to eighth fresh sets. Plus these:
 * - A list's opening line naming the event the whole list serves ("quick list for Saturday's
 *   distribution") dates none of its items, as a group's own date does not.
 * - In a grouped pasted message, "me:" or "everyone:" before an item makes it the reader's and
 *   leaves it in its group's project; "me:" as a label over the reader's own lines is no project,
 *   as before. The reader's own chat line after a grouped exchange ("I'll print the sign-in sheets
 *   tomorrow too") is loose (`null`).
 * - A client family's name as a label inside a pasted email ("Haddad family:") is the project of the
 *   items the email asks of the reader; a label there that asks nothing of the reader gives nothing.
 * - A chat request the reader answers with a time ("I'll be there at 8") is the reader's task on
 *   that day, titled by what it does ("Let the auto-belay technician in").
 * - A report that an open task's thing happened ("Erin's order went out yesterday", "Choir folders:
 *   printed.", "the memorial cards are done") marks it done; "Reeds: forget it" cancels it; an open
 *   task given a day again as an instruction ("Renew the FDANZ membership tomorrow") is an update,
 *   not a new task. An appointment said to be moved with no open task for it ("dentist got moved to
 *   2/3 at 4:15") is a new task on its new day.
 * - A plan resting on nature rather than people ("pick block 7 Tuesday if the sugars hold", "If
 *   tonight's clear I'll take the flat fields") is a task on its day, as one resting on the weather
 *   is; one resting on a referee report arriving or a committee approving is not.
 * - "before Bonfire Night" is 4 November and "before new year" 31 December (the day before the named
 *   day); "fin du mois" is the month's last day, "avant juin" 31 May and "la veille" the day before
 *   the day just named.
 * - Slashed dates in Seoul are month/day (10/17, 9/30: Korean writes year, month, day); in Hong Kong
 *   day/month (12/7 is 12 July).
 * - Under `Label:` paragraphs naming a person, titles keep the pronoun as under a heading ("Remind
 *   him to bring his provisional licence", "Take her to the optician"); in running prose a pronoun
 *   is named ("on Monday I'll vacuum it" is "Vacuum the tapestry").
 * - "At the depot:" is project "Depot" and "The boat:" "Boat", but "Gran's house:" keeps its
 *   possessive: the place is the group (unlike "my sister's baby shower").
 * - "Stuff:" ending an opening line over unbulleted lines is no heading (the dump is ungrouped, no
 *   `project` keys); in a dump of `#tags` a line without one is no project (`null`), and tags keep
 *   their case (`studio`, `life`); a client heading holding the client's own due date ("PRIYA (due
 *   28th)") is project "Priya" and dates none of its items.
 * - "personally i should …" after "for the X i need to" runs in dictation is no project, as "For me"
 *   is not one.
 * - A payment stated as a fact in the person's own effort ("the contractor's deposit has to be paid
 *   by the 14th") and a need stated in the passive ("the target list has to reach the night assistant
 *   by noon tomorrow") are the person's tasks, titled as actions; a chore the writer takes on with
 *   "so that's me too" is one.
 * - An event line whose only action belongs to the day itself ("staff BBQ Sat 11/7, bring a plate")
 *   is that action on the event's day.
 * - An item the writer disowns ("4-H record book due 7/8 — Hannah's job, not mine") or answers no to
 *   ("renew HKID? no, that's next year. ignore") is no task.
 * Registrations and bookings for a dated event were written around (given a day of their own or
 * none), and so were shifts named by their day.
 */

const NINTH_CARDS = '701556f2-0edf-475f-a959-7eb9cefb1eda';
const NINTH_HEARSE = 'f4fec353-240b-4c41-9c38-123b1d34ac11';
const NINTH_EULOGY = '8121ca28-c35e-4820-956a-692e6bccbc72';
const NINTH_FDANZ = 'f2819c68-e15c-413b-aad5-53554eff320d';
const NINTH_TUNER = 'b56e194d-1c69-4a9d-ae5d-27dfc8bef88a';
const NINTH_HYMNS = 'be521902-9d7a-47d9-85a3-bbaf60ccaf71';
const NINTH_PARISH_INVOICE = '8f467f85-50d6-41e4-aeed-cccb28aa7fe9';
const NINTH_REEDS = '4d2735d6-89b0-4a35-8948-b526be3f5d36';
const NINTH_FOLDERS = 'de66df10-2196-42be-8b9b-4386a851d328';
const NINTH_ERIN = '3714d525-b724-4120-a858-d282e07773cf';
const NINTH_MARKET = 'dd862ce0-9f7c-4fa1-a08e-6ff011fe8227';
const NINTH_AGENDA = 'e08bb3f0-ecd0-471e-9cb8-15732ae063d7';

export const generalNinthFreshCases: EvalCase[] = [
  {
    name: "terse glazier's list on St Patrick's Day",
    today: '2026-03-17',
    timezone: 'Europe/Dublin',
    text: "- measure up the Kavanagh sash windows thurs\n- order 6x 4mm toughened from Dungannon Glass\n- chase O'Neill invoice #2231 !!\n- fix cracked pane in the shop door on Pearse St tmrw am\n- putty, glazing points, silicone\n- van NCT due 31/3\n- conservatory roof quote for the Brennans, no rush\n- St Paddy's parade w/ the kids 12pm",
    tasks: [
      { title: 'Measure up the Kavanagh sash windows', due: '2026-03-19' },
      { title: 'Order 6x 4mm toughened from Dungannon Glass', due: null },
      { title: "Chase O'Neill invoice #2231", due: null, priority: 'high' },
      { title: 'Fix cracked pane in the shop door on Pearse St', due: '2026-03-18' },
      { title: 'Putty, glazing points, silicone', due: null },
      { title: 'Van NCT', due: '2026-03-31' },
      { title: 'Conservatory roof quote for the Brennans', due: null, priority: 'low' },
      { title: "St Paddy's parade w/ the kids", due: '2026-03-17' },
    ],
  },
  {
    name: 'terse court stenographer, upper-case WORK and HOME, US clocks back',
    today: '2027-11-07',
    timezone: 'America/Chicago',
    text: "WORK\nhallorann depo transcript - due weds\ninvoice Brandt & Loy for Oct\nsteno machine service by the 15th\nCEUs for CRR renewal before Dec\nrealtime feed test w/ Judge Ames' clerk mon 8:30\n\nHOME\nfurnace fliter\nJules bday gift (party sat)\npharmacy re refill\nfix car clock",
    tasks: [
      { title: 'Hallorann depo transcript', due: '2027-11-10', project: 'Work' },
      { title: 'Invoice Brandt & Loy for Oct', due: null, project: 'Work' },
      { title: 'Steno machine service', due: '2027-11-15', project: 'Work' },
      { title: 'CEUs for CRR renewal', due: '2027-11-30', project: 'Work' },
      { title: "Realtime feed test w/ Judge Ames' clerk", due: '2027-11-08', project: 'Work' },
      { title: 'Furnace filter', due: null, project: 'Home' },
      { title: 'Jules bday gift', due: '2027-11-13', project: 'Home' },
      { title: 'Pharmacy re refill', due: null, project: 'Home' },
      { title: 'Fix car clock', due: null, project: 'Home' },
    ],
  },
  {
    name: 'prose museum conservator on Grundlovsdag',
    today: '2026-06-05',
    timezone: 'Europe/Copenhagen',
    text: "Grundlovsdag, so the museum's shut and I can finally think. The Frederiksborg tapestry has to go back on the 12th, so on Monday I'll vacuum it and on Tuesday photograph it for the condition file. Promised Mette I'd write up the condition report on the little gilt frame, ideally by Wednesday. The humidity logger in store 3 keeps dropping out and nobody else is going to look at it, so that's me too. The bathroom tap is still dripping, must ring a plumber. Also need to renew my museum association membership before the end of the month.",
    tasks: [
      { title: 'Vacuum the tapestry', due: '2026-06-08' },
      { title: 'Photograph the tapestry for the condition file', due: '2026-06-09' },
      { title: 'Write up the condition report on the little gilt frame', due: '2026-06-10' },
      { title: 'Look at the humidity logger in store 3', due: null },
      { title: 'Ring a plumber', due: null },
      { title: 'Renew my museum association membership', due: '2026-06-30' },
    ],
  },
  {
    name: 'prose new grandfather on Canadian Thanksgiving',
    today: '2026-10-12',
    timezone: 'America/Toronto',
    text: "Well, I'm a grandfather. Little Oona arrived Saturday night, 3.2 kilos, everyone's fine and Dan sounds like he hasn't slept in a week. Maggie and I are driving down to Kingston on Wednesday to meet her. Before then I need to get the tire pressure checked and pick up the car seat from Costco (Dan asked us to bring one). I also want to frame that photo of my father holding Dan as a baby, as a gift, but no rush. Should call my sister tonight, she'll want every detail. And today, before anything else, freeze half the turkey leftovers.",
    tasks: [
      { title: 'Drive down to Kingston to meet Oona', due: '2026-10-14' },
      { title: 'Get the tire pressure checked', due: '2026-10-13' },
      { title: 'Pick up the car seat from Costco', due: '2026-10-13' },
      { title: 'Frame the photo of my father holding Dan as a baby', due: null, priority: 'low' },
      { title: 'Call my sister', due: '2026-10-12' },
      { title: 'Freeze half the turkey leftovers', due: '2026-10-12' },
    ],
  },
  {
    name: 'dictation kayak guide, for the trip and for the shop, spring forward',
    today: '2027-03-14',
    timezone: 'America/Vancouver',
    text: 'ok so for the broken group trip i need to confirm the water taxi by tuesday and um print the tide tables and check all the spray skirts for tears and then for the shop i need to order more dry bags and call parks about the permit renewal by friday oh and personally i should book my first aid recert before the end of the month',
    tasks: [
      { title: 'Confirm the water taxi', due: '2027-03-16', project: 'Broken Group trip' },
      { title: 'Print the tide tables', due: null, project: 'Broken Group trip' },
      { title: 'Check all the spray skirts for tears', due: null, project: 'Broken Group trip' },
      { title: 'Order more dry bags', due: null, project: 'Shop' },
      { title: 'Call Parks about the permit renewal', due: '2027-03-19', project: 'Shop' },
      { title: 'Book my first aid recert', due: '2027-03-31', project: null },
    ],
  },
  {
    name: 'dictation wheelchair user before a train trip, clocks back',
    today: '2026-10-25',
    timezone: 'Europe/Lisbon',
    text: 'right so the porto trip is friday the 6th of november i need to ring the cp accessibility line at least two days before so by the 4th and email the hotel again to check the roll in shower really is roll in and charge the spare battery the night before also the cushion cover needs washing and ask rui if he can drive me to santa apolonia that morning oh and the clocks went back so the chair charger timer is wrong fix that',
    tasks: [
      { title: 'Ring the CP accessibility line', due: '2026-11-04' },
      { title: 'Email the hotel again to check the roll in shower', due: null },
      { title: 'Charge the spare battery', due: '2026-11-05' },
      { title: 'Wash the cushion cover', due: null },
      { title: 'Ask Rui if he can drive me to Santa Apolonia', due: null },
      { title: 'Fix the chair charger timer', due: null },
    ],
  },
  {
    name: 'slack thread at a climbing gym, the reader says when',
    today: '2026-10-28',
    timezone: 'Europe/Prague',
    text: "Tereza  9:14 AM\nmorning! wall B closes at 6pm Friday for the route-setting reset, pls tell the evening regulars\nOndra  9:15 AM\nI'll put it on insta\nTereza  9:17 AM\nalso the auto-belay on lane 4 — the technician can come tomorrow at 8 but someone has to let him in\nMe  9:20 AM\nI'll be there at 8 👍\nTereza  9:26 AM\nand the kids' league sign-up sheet has to be on the website before the weekend, can you do that one too?\nMe  9:27 AM\nsure, will do it tomorrow after the technician\nTereza  9:30 AM\nyou're a star 🙏",
    tasks: [
      { title: 'Let the auto-belay technician in', due: '2026-10-29' },
      { title: "Put the kids' league sign-up sheet on the website", due: '2026-10-29' },
    ],
  },
  {
    name: 'slack union branch committee with bold topics, Melbourne Cup Day',
    today: '2026-11-03',
    timezone: 'Australia/Melbourne',
    text: "pasting from #branch-committee so I don't lose it\n*Bargaining*\n• Priya: circulate the draft log of claims by Thurs\n• everyone: read clause 14 (rostering) before Friday's meeting\n• me: confirm the Trades Hall room for the members' meeting\n*Members*\n• Sam: follow up the three new starters at Footscray depot\n• me: chase the unpaid dues list from the office\n• me: welfare call to Anh, he's been off since last Monday\nCup day so nobody's answering anything till tomorrow anyway",
    tasks: [
      { title: 'Read clause 14 (rostering)', due: '2026-11-05', project: 'Bargaining' },
      { title: "Confirm the Trades Hall room for the members' meeting", due: null, project: 'Bargaining' },
      { title: 'Chase the unpaid dues list from the office', due: null, project: 'Members' },
      { title: 'Welfare call to Anh', due: null, project: 'Members' },
    ],
  },
  {
    name: 'email from a colleague about a refugee family, Easter Sunday and EU clocks forward',
    today: '2027-03-28',
    timezone: 'Europe/Brussels',
    text: "Fwd from Hélène, my bits:\n\n---------- Forwarded message ---------\nFrom: Hélène Dubois\nSubject: Haddad family + Mr Tesfaye\n\nHi Sam,\n\nQuick round-up before the long weekend ends.\n\nHaddad family: their housing appointment at the CPAS is on Wednesday 31 March at 10:00 — could you go with them? Please also send me the scanned residence permits by Tuesday so I can do the school enrolment. I'll ring the school myself. Yusuf (the eldest) still needs a STIB bus pass, can you sort that this week?\n\nMr Tesfaye: the interpreter cancelled Thursday's session, I'm rebooking it. Nothing needed from you there.\n\nHappy Easter,\nHélène",
    tasks: [
      { title: 'Go with the Haddads to the CPAS housing appointment', due: '2027-03-31', project: 'Haddad family' },
      { title: 'Send Hélène the scanned residence permits', due: '2027-03-30', project: 'Haddad family' },
      { title: 'Sort a STIB bus pass for Yusuf', due: '2027-04-02', project: 'Haddad family' },
    ],
  },
  {
    name: 'email from a buyer to a tomato grower on Liberation Day',
    today: '2026-05-05',
    timezone: 'Europe/Amsterdam',
    text: "admin on a holiday, great\n\nFrom: Marieke de Wit <m.dewit@versgroep.nl>\nTo: Joost\nSubject: Re: trostomaten week 20\n\nHi Joost,\n\nThanks for the samples, the Brix was excellent and the team loved the colour.\n\nCould you confirm volumes for week 20 by Friday? We also need a copy of your renewed GlobalG.A.P. certificate before 31 May, otherwise we can't keep you listed. And please let Anouk know that the pallet labels need the new GTIN from next month.\n\nI'll send the revised price sheet tomorrow.\n\nBest,\nMarieke",
    tasks: [
      { title: 'Confirm volumes for week 20', due: '2026-05-08' },
      { title: 'Send a copy of the renewed GlobalG.A.P. certificate', due: '2026-05-30' },
      { title: 'Let Anouk know the pallet labels need the new GTIN', due: null },
    ],
  },
  {
    name: 'whatsapp stonemason and his foreman on St Andrew’s Day',
    today: '2026-11-30',
    timezone: 'Europe/London',
    text: "[30/11/2026, 07:02] Callum Reid: Morning. Scaffold at the kirk goes up Wednesday so we start the pinnacle repointing Thurs\n[30/11/2026, 07:03] Callum Reid: Can you collect the lime mortar from Tradstocks today? Order's in your name\n[30/11/2026, 07:05] Me: Aye, after lunch\n[30/11/2026, 07:06] Callum Reid: Also the finial template needs re-cutting, last one was 10mm out. By Friday if you can\n[30/11/2026, 07:08] Me: I'll do it tomorrow in the yard\n[30/11/2026, 07:10] Callum Reid: Ta. And send me your hours for November before end of day, payroll's tomorrow\n[30/11/2026, 07:11] Me: 👍 happy St Andrew's",
    tasks: [
      { title: 'Collect the lime mortar from Tradstocks', due: '2026-11-30' },
      { title: 'Re-cut the finial template', due: '2026-12-01' },
      { title: 'Send Callum my hours for November', due: '2026-11-30' },
    ],
  },
  {
    name: 'whatsapp food bank chat with upper-case labels, Thanksgiving',
    today: '2026-11-26',
    timezone: 'America/Detroit',
    text: "[11/26/26, 8:12 AM] Denise: Happy Thanksgiving all 🦃 quick list for Saturday's distribution\n[11/26/26, 8:13 AM] Denise: PANTRY: restock the canned veg shelf, check expiry dates on the baby formula\n[11/26/26, 8:13 AM] Denise: DRIVERS: confirm the 3 volunteer drivers, pick up the donated turkeys from Meijer Friday\n[11/26/26, 8:20 AM] Me: I can take drivers 🙋‍♀️\n[11/26/26, 8:21 AM] Denise: perfect, pantry's on me then\n[11/26/26, 8:25 AM] Me: I'll print the sign-in sheets tomorrow too",
    tasks: [
      { title: 'Confirm the 3 volunteer drivers', due: null, project: 'Drivers' },
      { title: 'Pick up the donated turkeys from Meijer', due: '2026-11-27', project: 'Drivers' },
      { title: 'Print the sign-in sheets', due: '2026-11-27', project: null },
    ],
  },
  {
    name: 'meeting keepers at a zoo, topic headings and AOB, end of the financial year',
    today: '2026-06-30',
    timezone: 'Australia/Perth',
    text: "Keepers mtg 30/6 — Rhiannon, Dev, Kofi, me (Tash)\n\nPrimates\n- gibbon enrichment schedule: Dev to draft by Fri\n- Tash: set up a weekly weigh-in for Mali by Thurs, she's dropped 2kg\n- marmoset twins vet check 8/7 — Kofi to book\n\nReptiles\n- UV bulbs in the croc house overdue — Tash to replace before the audit on 14/7\n- Rhiannon to order more crickets\n\nAOB\n- everyone: finish the manual handling e-learning by end of July\n- staff BBQ Sat 11/7, bring a plate",
    tasks: [
      { title: 'Set up a weekly weigh-in for Mali', due: '2026-07-02', project: 'Primates' },
      { title: 'Replace the UV bulbs in the croc house', due: '2026-07-13', project: 'Reptiles' },
      { title: 'Finish the manual handling e-learning', due: '2026-07-31' },
      { title: 'Bring a plate to the staff BBQ', due: '2026-07-11' },
    ],
  },
  {
    name: 'meeting speech therapist’s one-to-one on Remembrance Day',
    today: '2026-11-11',
    timezone: 'America/Edmonton',
    text: "1:1 w/ Carol — notes (Remembrance Day, short one)\n- caseload is 38 kids, too many. Carol will raise it with the district\n- finish IEP progress notes for Jaylen + Ava before the parent meetings next Tues\n- mileage claim for Oct, deadline the 20th\n- AAC workshop in Calgary, early bird closes Friday — Carol says go, so register\n- Carol to send the new referral form\n- next 1:1: she'll send an invite",
    tasks: [
      { title: 'Finish IEP progress notes for Jaylen + Ava', due: '2026-11-16' },
      { title: 'Mileage claim for Oct', due: '2026-11-20' },
      { title: 'Register for the AAC workshop in Calgary', due: '2026-11-13' },
    ],
  },
  {
    name: 'feelings dialysis patient, US clocks forward',
    today: '2026-03-08',
    timezone: 'America/New_York',
    text: "Honestly wiped out. Clocks went forward and I lost an hour I didn't have. Dialysis Mon/Wed/Fri as always, which is fine, it's the rest of life that's the problem. I keep putting off calling the transplant coordinater about the paperwork — tomorrow after my session, no more excuses. Renew the disabled parking placard, it expired in February. Kayla's recital is Thursday at 7 and I WILL be there. I'm scared about the bloodwork and I think that's allowed.",
    tasks: [
      { title: 'Call the transplant coordinator about the paperwork', due: '2026-03-09' },
      { title: 'Renew the disabled parking placard', due: null },
      { title: "Kayla's recital", due: '2026-03-12' },
    ],
  },
  {
    name: 'feelings funeral director after a hard week, open tasks, NZ clocks forward',
    today: '2026-09-27',
    timezone: 'Pacific/Auckland',
    open: [
      { id: NINTH_CARDS, title: 'Order more memorial cards', due_date: '2026-09-28' },
      { id: NINTH_HEARSE, title: 'Service the hearse', due_date: '2026-09-30' },
      { id: NINTH_EULOGY, title: 'Help the Tane family with the eulogy notes', due_date: null },
      { id: NINTH_FDANZ, title: 'Renew FDANZ membership', due_date: '2026-09-30' },
    ],
    text: "Rough week. Three services, one of them a wee one, and I haven't slept properly since. Lost an hour to the clocks on top of it. Talked to Aroha, which helped a bit. The memorial cards are done, ordered them Friday. The hearse service can wait, push it to Friday. Renew the FDANZ membership tomorrow so it's off my mind. Should book myself in with the counsellor too. I'm tired.",
    tasks: [
      { title: 'Book myself in with the counsellor', due: null },
    ],
    updates: [
      { task_id: NINTH_CARDS, status: 'done' },
      { task_id: NINTH_HEARSE, due: '2026-10-02' },
      { task_id: NINTH_FDANZ, due: '2026-09-28' },
    ],
  },
  {
    name: 'us-dates goat breeder before the county fair, Juneteenth',
    today: '2026-06-19',
    timezone: 'America/Indiana/Indianapolis',
    text: "goat health papers to the vet by 7/6\nDaisy's clipping 7/10, clippers need sharpening before then\n4-H record book due 7/8 — Hannah's job, not mine\nbuy 2 show halters\nentry fees paid ✅\nfair move-in 7/13, 5am ugh\npick up mineral from Rural King tmrw",
    tasks: [
      { title: 'Goat health papers to the vet', due: '2026-07-06' },
      { title: "Daisy's clipping", due: '2026-07-10' },
      { title: 'Sharpen the clippers', due: '2026-07-09' },
      { title: 'Buy 2 show halters', due: null },
      { title: 'Fair move-in', due: '2026-07-13' },
      { title: 'Pick up mineral from Rural King', due: '2026-06-20' },
    ],
  },
  {
    name: 'us-dates mail carrier on MLK Day',
    today: '2027-01-18',
    timezone: 'America/Boise',
    text: "MLK day, no mail, first day off in 11 days. Stuff:\ntruck registration expires 01/31, renew online\ndentist got moved to 2/3 at 4:15\nAmber's passport appt 1/27 at 10, I have to take her\nonce the W-2 shows up (should be by 1/31) set up the tax appt with Gary\npropane bill due 1/22\nnew boots, mine are shot",
    tasks: [
      { title: 'Renew truck registration online', due: '2027-01-31' },
      { title: 'Dentist', due: '2027-02-03' },
      { title: 'Take Amber to her passport appt', due: '2027-01-27' },
      { title: 'Set up the tax appt with Gary', due: null },
      { title: 'Pay propane bill', due: '2027-01-22' },
      { title: 'New boots', due: null },
    ],
  },
  {
    name: 'uk-dates chimney sweep, clocks back on Halloween',
    today: '2027-10-31',
    timezone: 'Europe/London',
    text: "Mon 1/11 sweep 2 flues at Mrs Abara's, Hexham, 9am\nWeds 3/11 nest removal at the Old Rectory, take the spare cowl\nvan MOT Fri 5/11 10am\nrenew HETAS registration by 30/11\ninvoice the Pattersons\norder 1.2m rods from Wöhler\nreprint the CO alarm leafets before Bonfire Night\nclocks went back, reset the van dashcam",
    tasks: [
      { title: "Sweep 2 flues at Mrs Abara's, Hexham", due: '2027-11-01' },
      { title: 'Nest removal at the Old Rectory', due: '2027-11-03' },
      { title: 'Van MOT', due: '2027-11-05' },
      { title: 'Renew HETAS registration', due: '2027-11-30' },
      { title: 'Invoice the Pattersons', due: null },
      { title: 'Order 1.2m rods from Wöhler', due: null },
      { title: 'Reprint the CO alarm leaflets', due: '2027-11-04' },
      { title: 'Reset the van dashcam', due: null },
    ],
  },
  {
    name: 'uk-dates expat orthodontist on HKSAR Establishment Day',
    today: '2026-07-01',
    timezone: 'Asia/Hong_Kong',
    text: "Public holiday, catching up on life admin.\n• sign off the aligner cases for Dr Leung by Fri 3rd\n• log CPD hours before 31st July\n• flights home to Leeds for the 8th Aug — book them this week!!\n• Mum's birthday 12/7, order flowers from the UK site by the 9th\n• Octopus card autopay failed, sort it\n• renew HKID? no, that's next year. ignore",
    tasks: [
      { title: 'Sign off the aligner cases for Dr Leung', due: '2026-07-03' },
      { title: 'Log CPD hours', due: '2026-07-30' },
      { title: 'Book flights home to Leeds', due: '2026-07-03', priority: 'high' },
      { title: 'Order flowers from the UK site', due: '2026-07-09' },
      { title: 'Sort the Octopus card autopay', due: null },
    ],
  },
  {
    name: 'foreign-dates luthier in Portuguese on Brazil’s Independence Day',
    today: '2026-09-07',
    timezone: 'America/Sao_Paulo',
    text: 'feriado, oficina fechada mas a cabeça não para:\n- terminar o braço do violão do Seu Jorge até sexta\n- ligar pro fornecedor de jacarandá amanhã\n- segunda demão de verniz no cavaquinho quarta-feira\n- entregar a guitarra da Lívia dia 15\n- pagar o aluguel da oficina, vence dia 10\n- comprar lixa 400 e 600',
    tasks: [
      { title: 'Terminar o braço do violão do Seu Jorge', due: '2026-09-11' },
      { title: 'Ligar pro fornecedor de jacarandá', due: '2026-09-08' },
      { title: 'Segunda demão de verniz no cavaquinho', due: '2026-09-09' },
      { title: 'Entregar a guitarra da Lívia', due: '2026-09-15' },
      { title: 'Pagar o aluguel da oficina', due: '2026-09-10' },
      { title: 'Comprar lixa 400 e 600', due: null },
    ],
  },
  {
    name: 'foreign-dates glassblower in French on 8 May',
    today: '2026-05-08',
    timezone: 'Europe/Paris',
    text: "8 mai, atelier fermé, pont jusqu'à dimanche.\n- livrer les verres à la Brasserie du Port mardi prochain\n- commander du calcin avant le 15\n- appeler le technicien pour le four demain matin\n- marché des créateurs samedi 23, préparer le stand la veille\n- envoyer la facture à Mme Giraud fin du mois\n- renouveler l'assurance de l'atelier avant juin",
    tasks: [
      { title: 'Livrer les verres à la Brasserie du Port', due: '2026-05-12' },
      { title: 'Commander du calcin', due: '2026-05-14' },
      { title: 'Appeler le technicien pour le four', due: '2026-05-09' },
      { title: 'Préparer le stand', due: '2026-05-22' },
      { title: 'Envoyer la facture à Mme Giraud', due: '2026-05-31' },
      { title: "Renouveler l'assurance de l'atelier", due: '2026-05-31' },
    ],
  },
  {
    name: 'emoji puppeteer’s lines on the Fiesta Nacional',
    today: '2026-10-12',
    timezone: 'Europe/Madrid',
    text: "🎭 repaint the dragon's jaw before Saturday's show\n🧵 sew new sleeves for the Abuela puppet\n📦 post the marionette to the buyer in Valencia asap\n🚐 van ITV Thu 9:30\n💶 invoice Teatro Alameda, they still owe me for September\n✅ new sound cable\n🎂 Lucía's birthday dinner tonight",
    tasks: [
      { title: "Repaint the dragon's jaw", due: '2026-10-16' },
      { title: 'Sew new sleeves for the Abuela puppet', due: null },
      { title: 'Post the marionette to the buyer in Valencia', due: null, priority: 'high' },
      { title: 'Van ITV', due: '2026-10-15' },
      { title: 'Invoice Teatro Alameda', due: null },
      { title: "Lucía's birthday dinner", due: '2026-10-12' },
    ],
  },
  {
    name: 'emoji headings at a Bali dive shop on New Year’s Eve',
    today: '2026-12-31',
    timezone: 'Asia/Makassar',
    text: '🐠 DIVE SHOP\n- service the regs for the Jan 2 group\n- update the tank refill log\n- email the Aussie group their medical forms\n- new mask straps x10\n🏠 HOME\n- pay the banjar fee before new year\n- fix the scooter brake light\n- rice + water for the long weekend\n\n🎉 tonight: pick up Wayan at 8 for the party',
    tasks: [
      { title: 'Service the regs for the Jan 2 group', due: '2027-01-02', project: 'Dive shop' },
      { title: 'Update the tank refill log', due: null, project: 'Dive shop' },
      { title: 'Email the Aussie group their medical forms', due: null, project: 'Dive shop' },
      { title: 'New mask straps x10', due: null, project: 'Dive shop' },
      { title: 'Pay the banjar fee', due: '2026-12-31', project: 'Home' },
      { title: 'Fix the scooter brake light', due: null, project: 'Home' },
      { title: 'Rice + water for the long weekend', due: null, project: 'Home' },
      { title: 'Pick up Wayan for the party', due: '2026-12-31', project: null },
    ],
  },
  {
    name: 'project blacksmith’s churchyard gate on Estonian Independence Day',
    today: '2027-02-24',
    timezone: 'Europe/Tallinn',
    text: "Independence Day, forge is cold, good day to plan. The churchyard gate is finally moving after two months of the parish dithering. This week I need to cut out the rotten bottom rail. I also have to order the 20mm square bar from Metallimaailm and get the old paint tested for lead before anyone grinds it. The parish wants it back up by Easter. Separately, the forge chimney needs sweeping, and I owe Kalle a call about the anvil he's selling.",
    tasks: [
      { title: 'Cut out the rotten bottom rail', due: '2027-02-26', project: 'Churchyard gate' },
      { title: 'Order the 20mm square bar from Metallimaailm', due: null, project: 'Churchyard gate' },
      { title: 'Get the old paint tested for lead', due: null, project: 'Churchyard gate' },
      { title: 'Sweep the forge chimney', due: null, project: null },
      { title: 'Call Kalle about the anvil', due: null, project: null },
    ],
  },
  {
    name: 'project co-op treasurer: the roof fund, then the AGM, on Natal Day',
    today: '2026-08-03',
    timezone: 'America/Halifax',
    text: "So, the roof fund. We're about $4k short and the contractor's deposit has to be paid by the 14th. Tonight I'll draft the letter to members about the special assessment. Bev can check the numbers after, ask her. Tomorrow I need to move $2,000 from the reserve account and update the spreadsheet.\n\nNext up is the AGM: send the notice out by August 22 (it needs 21 days), and book the library meeting room.\n\nMy own car insurance renews on the 20th, shop around before then.",
    tasks: [
      { title: "Pay the contractor's deposit", due: '2026-08-14', project: 'Roof fund' },
      { title: 'Draft the letter to members about the special assessment', due: '2026-08-03', project: 'Roof fund' },
      { title: 'Ask Bev to check the numbers', due: null, project: 'Roof fund' },
      { title: 'Move $2,000 from the reserve account', due: '2026-08-04', project: 'Roof fund' },
      { title: 'Update the spreadsheet', due: '2026-08-04', project: 'Roof fund' },
      { title: 'Send out the AGM notice', due: '2026-08-22', project: 'AGM' },
      { title: 'Book the library meeting room', due: null, project: 'AGM' },
      { title: 'Shop around for car insurance', due: '2026-08-19', project: null },
    ],
  },
  {
    name: 'project parent doing the school musical’s costumes, SA clocks forward',
    today: '2026-10-04',
    timezone: 'Australia/Adelaide',
    text: "Somehow I've ended up doing the costumes for the school's Oliver! production, opening night 23 October. First I need measurements from all 30 kids, so send the measurement form home on Monday. Then hit Savers for waistcoats and flat caps this week. For the workhouse smocks, buy 15m of calico. Mrs Patel offered her overlocker — pick it up Wednesday after school. Not related, but Pepper's due her vaccinations, ring the vet.",
    tasks: [
      { title: 'Send the measurement form home', due: '2026-10-05', project: 'Oliver! costumes' },
      { title: 'Hit Savers for waistcoats and flat caps', due: '2026-10-09', project: 'Oliver! costumes' },
      { title: 'Buy 15m of calico', due: null, project: 'Oliver! costumes' },
      { title: "Pick up Mrs Patel's overlocker", due: '2026-10-07', project: 'Oliver! costumes' },
      { title: 'Ring the vet', due: null, project: null },
    ],
  },
  {
    name: 'project mushroom grower’s container, Thanksgiving',
    today: '2027-11-25',
    timezone: 'America/Los_Angeles',
    text: "Thanksgiving, house full, hiding in the barn for ten minutes. The grow container project has stalled and I want it fruiting by January. For it: get an electrician out to quote the 240V line, order the humidifier (the ultrasonic one Dave recommended), and seal the floor before it gets properly cold. The spawn order needs confirming by Monday. Also, unrelated — return Aunt Ruth's casserole dish before she flies home Saturday.",
    tasks: [
      { title: 'Get an electrician out to quote the 240V line', due: null, project: 'Grow container' },
      { title: 'Order the humidifier', due: null, project: 'Grow container' },
      { title: 'Seal the floor', due: null, project: 'Grow container' },
      { title: 'Confirm the spawn order', due: '2027-11-29', project: 'Grow container' },
      { title: "Return Aunt Ruth's casserole dish", due: '2027-11-26', project: null },
    ],
  },
  {
    name: 'label pet sitter’s clients as Label: lines, Alaska Day observed',
    today: '2026-10-19',
    timezone: 'America/Anchorage',
    text: "Ruiz: refill Mochi's thyroid pills at the vet by Wed, water the orchids Sunday\nOkafor: pick up the key from their neighbor tomorrow, buy Bruno's salmon kibble\nKim: overnight stay Fri\nme: invoice everyone end of month, renew my pet sitter insurance",
    tasks: [
      { title: "Refill Mochi's thyroid pills at the vet", due: '2026-10-21', project: 'Ruiz' },
      { title: 'Water the orchids', due: '2026-10-25', project: 'Ruiz' },
      { title: 'Pick up the key from their neighbor', due: '2026-10-20', project: 'Okafor' },
      { title: "Buy Bruno's salmon kibble", due: null, project: 'Okafor' },
      { title: 'Overnight stay', due: '2026-10-23', project: 'Kim' },
      { title: 'Invoice everyone', due: '2026-10-31', project: null },
      { title: 'Renew my pet sitter insurance', due: null, project: null },
    ],
  },
  {
    name: 'label sound engineer’s #tags at line ends, 23 October in Budapest',
    today: '2026-10-23',
    timezone: 'Europe/Budapest',
    text: 'mix Kovács album tracks 4-7 by Wed #studio\nredo the snare on track 2, client hates it #studio\nreturn the borrowed U87 to Bence #studio\nrenew the domain for the studio site before 1 Nov #studio\nBKV monthly pass #life\nhaircut #life\ncall anya on Sunday #life\ndentist tues 8:00',
    tasks: [
      { title: 'Mix Kovács album tracks 4-7', due: '2026-10-28', project: 'studio' },
      { title: 'Redo the snare on track 2', due: null, project: 'studio' },
      { title: 'Return the borrowed U87 to Bence', due: null, project: 'studio' },
      { title: 'Renew the domain for the studio site', due: '2026-10-31', project: 'studio' },
      { title: 'BKV monthly pass', due: null, project: 'life' },
      { title: 'Haircut', due: null, project: 'life' },
      { title: 'Call anya', due: '2026-10-25', project: 'life' },
      { title: 'Dentist', due: '2026-10-27', project: null },
    ],
  },
  {
    name: 'label locum GP’s [tags] at line starts on Pakistan’s Independence Day',
    today: '2026-08-14',
    timezone: 'Asia/Karachi',
    text: "[clinic] sign the repeat prescriptions pile before Monday\n[clinic] foot check audit — send the figures to Dr Rana by the 20th\n[home] call Mr Iqbal tomorrow about the AC service\n[home] Zara's school fees due 1st Sept\n[clinic] upload CME certificates\n[me] cancel gym membership\nJashn-e-Azadi, fireworks all night, no sleep",
    tasks: [
      { title: 'Sign the repeat prescriptions pile', due: '2026-08-16', project: 'clinic' },
      { title: 'Send the foot check audit figures to Dr Rana', due: '2026-08-20', project: 'clinic' },
      { title: 'Call Mr Iqbal about the AC service', due: '2026-08-15', project: 'home' },
      { title: "Pay Zara's school fees", due: '2026-09-01', project: 'home' },
      { title: 'Upload CME certificates', due: null, project: 'clinic' },
      { title: 'Cancel gym membership', due: null, project: null },
    ],
  },
  {
    name: 'label driving instructor’s students and car as paragraphs, Ghana’s Independence Day',
    today: '2027-03-06',
    timezone: 'Africa/Accra',
    text: "Independence Day, no lessons. Planning the week.\n\nKwame: test is on the 18th. Two more roundabout lessons next week, and remind him the day before to bring his provisional licence.\n\nEfua: still nervous on the motorway. Book her a night session once the car's back from the garage.\n\nCar: brake pads at Tema Motors Monday. Insurance renewal due 31 March.\n\nDon't forget to pay the DVLA booking fee for Kwame's test by Wednesday.",
    tasks: [
      { title: 'Two more roundabout lessons', due: '2027-03-08', project: 'Kwame' },
      { title: 'Remind him to bring his provisional licence', due: '2027-03-17', project: 'Kwame' },
      { title: 'Book her a night session', due: null, project: 'Efua' },
      { title: 'Brake pads at Tema Motors', due: '2027-03-08', project: 'Car' },
      { title: 'Insurance renewal', due: '2027-03-31', project: 'Car' },
      { title: "Pay the DVLA booking fee for Kwame's test", due: '2027-03-10', project: null },
    ],
  },
  {
    name: 'groups AC technician’s markdown headings and a loose line, month end in Dubai',
    today: '2027-01-31',
    timezone: 'Asia/Dubai',
    text: "## Jobs\n- replace compressor on unit 2 at the Al Barsha villa (parts arrive Tues)\n- JLT office quarterly filter clean, Wed 7am before staff come in\n- quote for the Jumeirah restaurant ducting by Thursday\n## Van\n- oil change, overdue\n- Salik top-up\n## Family\n- Western Union to mum on the 1st\n- Ahmed's school trip form, sign + AED 150\n\ncall the landlord about the water heater",
    tasks: [
      { title: 'Replace compressor on unit 2 at the Al Barsha villa', due: '2027-02-02', project: 'Jobs' },
      { title: 'JLT office quarterly filter clean', due: '2027-02-03', project: 'Jobs' },
      { title: 'Quote for the Jumeirah restaurant ducting', due: '2027-02-04', project: 'Jobs' },
      { title: 'Oil change', due: null, project: 'Van' },
      { title: 'Salik top-up', due: null, project: 'Van' },
      { title: 'Western Union to mum', due: '2027-02-01', project: 'Family' },
      { title: "Ahmed's school trip form", due: null, project: 'Family' },
      { title: 'Call the landlord about the water heater', due: null, project: null },
    ],
  },
  {
    name: 'groups doula’s clients in capitals and admin stuff, Victoria Day',
    today: '2026-05-18',
    timezone: 'America/Winnipeg',
    text: 'PRIYA (due 28th)\n- send her the birth plan template\n- home visit Thursday 2pm\n- drop off the TENS machine before the weekend\nLEAH & MARCUS\n- postpartum check-in call tomorrow\n- lactation consultant referral\nadmin stuff:\n- renew CPR cert, expires June 3\n- update the prices on the website\n- tax installment due June 15!!',
    tasks: [
      { title: 'Send her the birth plan template', due: null, project: 'Priya' },
      { title: 'Home visit', due: '2026-05-21', project: 'Priya' },
      { title: 'Drop off the TENS machine', due: '2026-05-22', project: 'Priya' },
      { title: 'Postpartum check-in call', due: '2026-05-19', project: 'Leah & Marcus' },
      { title: 'Lactation consultant referral', due: null, project: 'Leah & Marcus' },
      { title: 'Renew CPR cert', due: '2026-06-03', project: 'Admin' },
      { title: 'Update the prices on the website', due: null, project: 'Admin' },
      { title: 'Pay tax installment', due: '2026-06-15', project: 'Admin', priority: 'high' },
    ],
  },
  {
    name: 'groups train conductor’s place, boat and grandmother as paragraph labels, EU clocks forward',
    today: '2026-03-29',
    timezone: 'Europe/Zurich',
    text: "At the depot: the new timetable starts 12 April and I still haven't done the route knowledge refresher for the Brig line, so that's this week. Also hand in the lost property log.\n\nThe boat: antifouling before she goes in the water on the 18th, and the outboard needs a new impeller. Ask Ruedi if I can borrow his trailer that weekend.\n\nGran's house: her smoke alarm keeps chirping, new battery. And take her to the optician Thursday at 3.\n\nPay the Serafe bill.",
    tasks: [
      { title: 'Do the route knowledge refresher for the Brig line', due: '2026-04-03', project: 'Depot' },
      { title: 'Hand in the lost property log', due: null, project: 'Depot' },
      { title: 'Antifouling', due: '2026-04-17', project: 'Boat' },
      { title: 'New impeller for the outboard', due: null, project: 'Boat' },
      { title: 'Ask Ruedi if I can borrow his trailer', due: null, project: 'Boat' },
      { title: 'New battery for her smoke alarm', due: null, project: "Gran's house" },
      { title: 'Take her to the optician', due: '2026-04-02', project: "Gran's house" },
      { title: 'Pay the Serafe bill', due: null, project: null },
    ],
  },
  {
    name: 'groups tea shop owner’s numbered headings with a Misc, Double Ten',
    today: '2026-10-10',
    timezone: 'Asia/Taipei',
    text: "1. Night market stall\n   - order 200 paper cups\n   - test the new oolong cold brew ratio tomorrow\n   - permit renewal at the district office Tues\n2. Shop\n   - fix the door chime\n   - do the shift rota for Mei-ling by Sunday night\n3. Misc\n   - dentist\n   - return library books before they're overdue on the 15th",
    tasks: [
      { title: 'Order 200 paper cups', due: null, project: 'Night market stall' },
      { title: 'Test the new oolong cold brew ratio', due: '2026-10-11', project: 'Night market stall' },
      { title: 'Permit renewal at the district office', due: '2026-10-13', project: 'Night market stall' },
      { title: 'Fix the door chime', due: null, project: 'Shop' },
      { title: 'Do the shift rota for Mei-ling', due: '2026-10-11', project: 'Shop' },
      { title: 'Dentist', due: null },
      { title: 'Return library books', due: '2026-10-14' },
    ],
  },
  {
    name: 'long vineyard manager at harvest, upper-case headings, Chile’s clocks back',
    today: '2027-04-04',
    timezone: 'America/Santiago',
    text: "Sunday. Clocks went back last night so at least I got an extra hour out of it. Harvest is about two thirds in, the Cab Sauv is all picked, the Carmenère is the worry. The new guy from Talca started Friday and seems keen, though he has clearly never seen a press in his life. Brain dump before the week eats me:\n\nHARVEST\n- sample the Carmenère in block 7 again tomorrow morning\n- pick block 7 Tuesday if the sugars hold\n- confirm 12 pickers with Don Lucho by tomorrow night\n- call Pilar tomorrow about borrowing 20 bins from Viña Los Robles, we're short\n- fix the leaking hydraulic hose on the gondola trailer before Tuesday\n- pay the pickers' cash advance Monday\nWINERY\n- print the press cleaning schedule for the new guy\n- order 5kg of EC-1118 yeast and the tartaric acid, Wednesday at the latest\n- SAG paperwork for the Carmenère due 15 April\n- ask Tomás to top up the barrels in room 2 — actually no, I'll do it myself Thursday, he's got enough on\n- send the Syrah lab results to the consultant in Santiago\n- read the Enotec bottling line quote properly before saying yes to anything\nHOUSE\n- swap the gas cylinder, the stove's been sputtering\n- Sofi's school meeting Wed 6pm\n- order Mamá's birthday cake from the pastelería by Thursday\n- call Mamá Friday morning, it's her birthday\n- book the car's revisión técnica, it expires 30 April\n\nWeather says dry all week, which is the only good news. If it rains on Tuesday everything above moves and I will cry in the cellar. Lucho says his cousin can bring three more pickers if we need them, which we might, so keep his number handy.\n\nAnd sleep. Sleep would be nice.",
    tasks: [
      { title: 'Sample the Carmenère in block 7 again', due: '2027-04-05', project: 'Harvest' },
      { title: 'Pick block 7', due: '2027-04-06', project: 'Harvest' },
      { title: 'Confirm 12 pickers with Don Lucho', due: '2027-04-05', project: 'Harvest' },
      { title: 'Call Pilar about borrowing 20 bins from Viña Los Robles', due: '2027-04-05', project: 'Harvest' },
      { title: 'Fix the leaking hydraulic hose on the gondola trailer', due: '2027-04-05', project: 'Harvest' },
      { title: "Pay the pickers' cash advance", due: '2027-04-05', project: 'Harvest' },
      { title: 'Print the press cleaning schedule for the new guy', due: null, project: 'Winery' },
      { title: 'Order 5kg of EC-1118 yeast and the tartaric acid', due: '2027-04-07', project: 'Winery' },
      { title: 'SAG paperwork for the Carmenère', due: '2027-04-15', project: 'Winery' },
      { title: 'Top up the barrels in room 2', due: '2027-04-08', project: 'Winery' },
      { title: 'Send the Syrah lab results to the consultant in Santiago', due: null, project: 'Winery' },
      { title: 'Read the Enotec bottling line quote', due: null, project: 'Winery' },
      { title: 'Swap the gas cylinder', due: null, project: 'House' },
      { title: "Sofi's school meeting", due: '2027-04-07', project: 'House' },
      { title: "Order Mamá's birthday cake from the pastelería", due: '2027-04-08', project: 'House' },
      { title: 'Call Mamá', due: '2027-04-09', project: 'House' },
      { title: "Book the car's revisión técnica", due: '2027-04-30', project: 'House' },
    ],
  },
  {
    name: 'long exams officer’s bank holiday, groups opened in prose paragraphs',
    today: '2027-05-03',
    timezone: 'Europe/London',
    text: "Bank holiday and I'm at the kitchen table with the exams folder, which says it all. Everyone else is at the garden centre.\n\nExams first. GCSEs start on the 11th and the seating plans for the sports hall still aren't finished, so that's tomorrow. The invigilators' briefing is Thursday at 4: print the packs for it on Wednesday, and chase the three who haven't replied about their availability today if I can face it. Confirm the reader for Tom H. and the laptop for Amira with the SENCo before Friday. Order more exam stationery (black pens, clear pencil cases) by Friday too. The clocks in the sports hall are still an hour out from March, get the caretaker to fix them. Last summer the English paper went missing for twenty minutes and I still dream about it, so triple-check the secure room key log.\n\nAt home, Dad's hospital appointment is on the 13th at 9:40 and I said I'd drive him, so I'll ask Gemma this week to swap invigilation slots with me. The car's MOT is due on the 20th. Ellie's passport photos, we keep forgetting. She needs new school shoes before the 11th as well, her toes are through the end. The council tax direct debit bounced last month; ring the council this week. Renew the home insurance before it lapses on the 17th.\n\nThe allotment is a jungle. Plant out the beans mid-May, cut the grass paths this weekend, and pay the plot rent to the society before the AGM on 1 June. Mr Dhillon has promised me a couple of his rhubarb crowns. The slugs have had every lettuce I put in, which is fine, I hate lettuce.\n\nOh, and find somewhere for Gran's 90th lunch by the end of the week.",
    tasks: [
      { title: 'Finish the seating plans for the sports hall', due: '2027-05-04', project: 'Exams' },
      { title: "Print the packs for the invigilators' briefing", due: '2027-05-05', project: 'Exams' },
      { title: "Chase the three who haven't replied about their availability", due: '2027-05-03', project: 'Exams' },
      { title: 'Confirm the reader for Tom H. and the laptop for Amira with the SENCo', due: '2027-05-06', project: 'Exams' },
      { title: 'Order more exam stationery', due: '2027-05-07', project: 'Exams' },
      { title: 'Get the caretaker to fix the clocks in the sports hall', due: null, project: 'Exams' },
      { title: 'Triple-check the secure room key log', due: null, project: 'Exams' },
      { title: 'Drive Dad to his hospital appointment', due: '2027-05-13', project: 'Home' },
      { title: 'Ask Gemma to swap invigilation slots with me', due: '2027-05-07', project: 'Home' },
      { title: 'Car MOT', due: '2027-05-20', project: 'Home' },
      { title: "Ellie's passport photos", due: null, project: 'Home' },
      { title: 'New school shoes for Ellie', due: '2027-05-10', project: 'Home' },
      { title: 'Ring the council about the council tax direct debit', due: '2027-05-07', project: 'Home' },
      { title: 'Renew the home insurance', due: '2027-05-16', project: 'Home' },
      { title: 'Plant out the beans', due: '2027-05-15', project: 'Allotment' },
      { title: 'Cut the grass paths', due: '2027-05-08', project: 'Allotment' },
      { title: 'Pay the plot rent to the society', due: '2027-05-31', project: 'Allotment' },
      { title: "Find somewhere for Gran's 90th lunch", due: '2027-05-07', project: null },
    ],
  },
  {
    name: 'long taekwondo instructor at Chuseok, Label: lines with comma runs',
    today: '2026-09-25',
    timezone: 'Asia/Seoul',
    text: "Chuseok. Everyone's at my parents' place in Suwon and I'm hiding in my old room with the laptop while my aunts argue about the jeon. Eaten too much songpyeon already. Three days off and then it's grading season, so let me get it all out of my head before the next round of food arrives. The new assistant instructor, Hyun-woo, is brilliant with the little ones and hopeless with paperwork, so it's all on me as usual.\n\nDojang: grading on 10/17. Print the certificates, order 12 new belts, send the grading schedule to parents by Monday, fix the broken kick target, ask Master Kim about the tournament entery fees. Renew the studio's liability insurance before it expires 9/30.\nKids class: waivers for the three new students, call Ji-ho's mum about his knee (he landed badly on Tuesday, probably nothing, but she worries), plan the Halloween class (the kids keep asking).\nVisa: F-2 extension appointment at immigration Oct 6 at 10. Need the tax certificate from the accountant for it, get it by next Friday.\nFlat: landlord wants the boiler checked before winter, text him a time. Gas bill due 9/28.\nFamily: buy the gift set for Aunt Mi-sook today before the shops shut, call Grandma in Busan tomorrow, send money for Dad's new glasses.\nMe: book physio for the shoulder, it's been clicking since the demo.\n\nBank's closed till Monday anyway, so the gas bill can't happen before then. Honestly the holiday is nice. Mum keeps asking when I'm getting married. I keep asking for more rice. My cousin's kid wants to start taekwondo in Seoul, which would be nice, but that's a conversation for after the holiday.",
    tasks: [
      { title: 'Print the certificates', due: null, project: 'Dojang' },
      { title: 'Order 12 new belts', due: null, project: 'Dojang' },
      { title: 'Send the grading schedule to parents', due: '2026-09-28', project: 'Dojang' },
      { title: 'Fix the broken kick target', due: null, project: 'Dojang' },
      { title: 'Ask Master Kim about the tournament entry fees', due: null, project: 'Dojang' },
      { title: "Renew the studio's liability insurance", due: '2026-09-29', project: 'Dojang' },
      { title: 'Waivers for the three new students', due: null, project: 'Kids class' },
      { title: "Call Ji-ho's mum about his knee", due: null, project: 'Kids class' },
      { title: 'Plan the Halloween class', due: null, project: 'Kids class' },
      { title: 'F-2 extension appointment at immigration', due: '2026-10-06', project: 'Visa' },
      { title: 'Get the tax certificate from the accountant', due: '2026-10-02', project: 'Visa' },
      { title: 'Text the landlord a time for the boiler check', due: null, project: 'Flat' },
      { title: 'Pay the gas bill', due: '2026-09-28', project: 'Flat' },
      { title: 'Buy the gift set for Aunt Mi-sook', due: '2026-09-25', project: 'Family' },
      { title: 'Call Grandma in Busan', due: '2026-09-26', project: 'Family' },
      { title: "Send money for Dad's new glasses", due: null, project: 'Family' },
      { title: 'Book physio for the shoulder', due: null, project: null },
    ],
  },
  {
    name: 'long small-town mayor on Puerto Rico’s Constitution Day, bold headings and an open task',
    today: '2026-07-25',
    timezone: 'America/Puerto_Rico',
    open: [
      { id: NINTH_AGENDA, title: "Prepare the agenda for Monday's assembly", due_date: '2026-07-26' },
    ],
    text: "Día de la Constitución. Parade this morning went well, nobody fell off the float, the band played in tune (mostly), and the heat only made two people faint, which for July is a record. Cousin Wilfredo called about the land in Barranquitas again. No. Not this month. Now:\n\n**Municipio**\n- the agenda for Monday's assembly is done, sent it last night\n- meet with the engineer about the bridge on Calle Betances, Tuesday 10am\n- sign the summer camp contracts before the 31st\n- call the governor's office re FEMA reimbursement, they've owed us since 2024\n- get the budget hearing numbers from Finanzas by Wednesday\n- answer Doña Carmen's letter about the streetlights\n- ribbon cutting at the new health clinic Friday 9am, write a short speech\n- return the mayor of Cidra's call about the joint festival\n\n**Hurricane prep** (season's here)\n- check the generator at the town hall\n- update the emergency contact list and send it to Defensa Civil by Aug 1\n- order 500 sandbags before the 15th\n- walk the river channels with public works next Thursday\n- buy batteries and water for the house too\n\n**Casa**\n- buy everything on Gabi's school supplies list before school starts on the 12th\n- pay the CRIM by end of the month\n- take mami to the cardiólogo Monday 2:30\n- get the car inspected for the marbete this week, it expires in August\n- fix the screen door before the mosquitos eat us alive\n\nThe new trash contract starts August 1 and the complaints will start August 2, I already know it.\n\nand please, PLEASE, sleep tonight.",
    tasks: [
      { title: 'Meet with the engineer about the bridge on Calle Betances', due: '2026-07-28', project: 'Municipio' },
      { title: 'Sign the summer camp contracts', due: '2026-07-30', project: 'Municipio' },
      { title: "Call the governor's office re FEMA reimbursement", due: null, project: 'Municipio' },
      { title: 'Get the budget hearing numbers from Finanzas', due: '2026-07-29', project: 'Municipio' },
      { title: "Answer Doña Carmen's letter about the streetlights", due: null, project: 'Municipio' },
      { title: 'Write a short speech for the ribbon cutting', due: '2026-07-31', project: 'Municipio' },
      { title: "Return the mayor of Cidra's call about the joint festival", due: null, project: 'Municipio' },
      { title: 'Check the generator at the town hall', due: null, project: 'Hurricane prep' },
      { title: 'Update the emergency contact list and send it to Defensa Civil', due: '2026-08-01', project: 'Hurricane prep' },
      { title: 'Order 500 sandbags', due: '2026-08-14', project: 'Hurricane prep' },
      { title: 'Walk the river channels with public works', due: '2026-07-30', project: 'Hurricane prep' },
      { title: 'Buy batteries and water for the house', due: null, project: 'Hurricane prep' },
      { title: "Buy everything on Gabi's school supplies list", due: '2026-08-11', project: 'Casa' },
      { title: 'Pay the CRIM', due: '2026-07-31', project: 'Casa' },
      { title: 'Take mami to the cardiólogo', due: '2026-07-27', project: 'Casa' },
      { title: 'Get the car inspected for the marbete', due: '2026-07-25', project: 'Casa' },
      { title: 'Fix the screen door', due: null, project: 'Casa' },
    ],
    updates: [
      { task_id: NINTH_AGENDA, status: 'done' },
    ],
  },
  {
    name: 'conditions cricket groundsman, weather, a committee and a failing timer',
    today: '2026-08-12',
    timezone: 'Australia/Brisbane',
    text: "If the rain holds off this week, scarify the nets area on Friday. Either way, order the new covers tomorrow. The square has to be ready for the pre-season friendly on the 29th, so start rolling it on the 20th. If the committee approves the new roller I'll drive up to Toowoomba to look at it, but they don't meet till September. If the sprinkler timer packs it in again, ring Irrigation Plus. Oh and bring the hose fittings back from Dave's.",
    tasks: [
      { title: 'Scarify the nets area', due: '2026-08-14' },
      { title: 'Order the new covers', due: '2026-08-13' },
      { title: 'Start rolling the square', due: '2026-08-20' },
      { title: "Bring the hose fittings back from Dave's", due: null },
    ],
  },
  {
    name: 'conditions astronomer before an observing run, on Canary Islands Day',
    today: '2027-05-30',
    timezone: 'Atlantic/Canary',
    text: "Observing run starts Tuesday. If tonight's clear I'll take the flat fields at dusk. Whatever the weather, the target list has to reach the night assistant by noon tomorrow. Should the CCD cooling fault come back, Javier swaps the controller, not my problem. If the referee report lands this week, answer it before the run; otherwise it waits till June. Pick up the hire car keys from the office Monday morning. Buy sunscreen and snacks for the mountain too, there's nothing up there.",
    tasks: [
      { title: 'Take the flat fields at dusk', due: '2027-05-30' },
      { title: 'Send the target list to the night assistant', due: '2027-05-31' },
      { title: 'Pick up the hire car keys from the office', due: '2027-05-31' },
      { title: 'Buy sunscreen and snacks for the mountain', due: null },
    ],
  },
  {
    name: 'done church organist after Christmas, open tasks done, moved and dropped',
    today: '2026-12-26',
    timezone: 'Europe/Ljubljana',
    open: [
      { id: NINTH_TUNER, title: 'Book the organ tuner', due_date: '2026-12-28' },
      { id: NINTH_HYMNS, title: "Choose hymns for New Year's Day mass", due_date: '2026-12-30' },
      { id: NINTH_PARISH_INVOICE, title: 'Send invoice to the parish', due_date: null },
      { id: NINTH_REEDS, title: 'Order new reeds for the trumpet stop', due_date: null },
      { id: NINTH_FOLDERS, title: 'Print choir folders', due_date: '2026-12-27' },
    ],
    text: "Midnight mass went fine, the choir held together. Choir folders: printed. Invoice to the parish: sent, finally. The tuner can't come till January, so move that to the 5th. Hymns for New Year's Day still to do, by Tuesday. Reeds: forget it, the old ones are fine after a clean. New: practise the Bach prelude for the Novak wedding on the 9th, and return Father Janez's keys tomorrow.",
    tasks: [
      { title: 'Practise the Bach prelude for the Novak wedding', due: '2027-01-09' },
      { title: "Return Father Janez's keys", due: '2026-12-27' },
    ],
    updates: [
      { task_id: NINTH_FOLDERS, status: 'done' },
      { task_id: NINTH_PARISH_INVOICE, status: 'done' },
      { task_id: NINTH_TUNER, due: '2027-01-05' },
      { task_id: NINTH_HYMNS, due: '2026-12-29' },
      { task_id: NINTH_REEDS, status: 'cancelled' },
    ],
  },
  {
    name: 'done candle maker’s checkboxes under a heading, US clocks back',
    today: '2026-11-01',
    timezone: 'America/Denver',
    open: [
      { id: NINTH_ERIN, title: "Ship Erin's order", due_date: '2026-11-02' },
      { id: NINTH_MARKET, title: 'Apply for the holiday market', due_date: null },
    ],
    text: "candle biz\n[x] pour the pumpkin spice batch\n[x] reply to Juniper & Co about wholesale\n[ ] label the new tins before the Boulder market Saturday\n[ ] order 500 more wicks\n[ ] take the Halloween listings down today\nErin's order went out yesterday, and the holiday market application is in ✅",
    tasks: [
      { title: 'Label the new tins', due: '2026-11-06', project: 'Candle biz' },
      { title: 'Order 500 more wicks', due: null, project: 'Candle biz' },
      { title: 'Take the Halloween listings down', due: '2026-11-01', project: 'Candle biz' },
    ],
    updates: [
      { task_id: NINTH_ERIN, status: 'done' },
      { task_id: NINTH_MARKET, status: 'done' },
    ],
  },
  {
    name: 'nothing whale-watching skipper in the off season, EU clocks forward',
    today: '2026-03-29',
    timezone: 'Atlantic/Azores',
    text: 'Quiet Sunday. Clocks went forward last night and the cat is furious that breakfast is "late". Sea like glass this morning, saw a sperm whale fluke from the vigia past the harbour. The boat\'s on the slip till May and bookings don\'t start till Easter, so nothing on. Just a coffee on the wall and the sun. Good.',
    tasks: [],
  },
  {
    name: 'nothing tax preparer the day after the deadline',
    today: '2027-04-16',
    timezone: 'America/Kentucky/Louisville',
    text: 'Filed the last extension at 11:52pm last night. Every client, every return, done. Inbox zero, desk cleared, nothing on the calendar till May. Not setting an alarm tomorrow. Mom says the lilacs are out at her place and I might actually see them this year.',
    tasks: [],
  },
  {
    name: 'oneliner commuter pass on Marine Day',
    today: '2026-07-20',
    timezone: 'Asia/Tokyo',
    text: 'get the commuter pass renewed before it runs out on the 31st',
    tasks: [
      { title: 'Get the commuter pass renewed', due: '2026-07-30' },
    ],
  },
  {
    name: 'oneliner water heater on Peru’s Independence Day',
    today: '2026-07-28',
    timezone: 'America/Lima',
    text: 'call the water heater guy tmrw re the weird rattle',
    tasks: [
      { title: 'Call the water heater guy re the weird rattle', due: '2026-07-29' },
    ],
  },
];

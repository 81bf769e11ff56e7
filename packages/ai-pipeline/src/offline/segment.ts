import { PROJECT_NAME_MAX } from '@ordo/shared-types';
import { nameThing } from './named-things.ts';
import { ASKED, asksNotToMiss, type ClauseReading, greetedReader, isForReader, NEEDED, isGreeting, isJudgement, isMood, isSignOff, isThingInState, namesByPronoun, presentOrModal, readClause } from './clause-kind.ts';
import { dependsOnMishap, isContingency } from './contingencies.ts';
import { isDayPointMonth, namesDayOnly, namesOccasionOnly } from './day-lines.ts';
import { someoneElseWill } from './shared-subjects.ts';
import { takenJob } from './taken-jobs.ts';
import { withClaimsSpelledOut } from './claimed-jobs.ts';
import { disownsJob } from './disowned.ts';
import { askedOfWriter, findPriority, trimFiller } from './cues.ts';
import { beforeArrivalOn, endsBeforeArrival, saysComingOrGoing } from './before-arrival.ts';
import { closingDay } from './closing-remarks.ts';
import { countedBackFrom, countsBack, eventDaysInBrackets, statesEvent } from './counted-back.ts';
import { datePhraseIn, dayAlone, hasDatePhrase, isDatePhrase, MONTH_NAME_START, MONTH_WORDS } from './dates.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.ts';
import { taskOfNeed } from './needs.ts';
import { homeForVisit, isBeingHome } from './home-for-visits.ts';
import { broughtTo, getsGift, giftFor, gotFor, occasionAsPlace, takenTo } from './bring-to-occasion.ts';
import { replyAsked } from './replies-asked.ts';
import { askedToDo } from './asked-to-do.ts';
import { findNames } from './quick-add/names.ts';
import { matchesOf } from './quick-add/text-ranges.ts';
import { arrowBreaks, remarkBreaks, runOnBreaks } from './run-ons.ts';
import { withSelfCorrectionsTaken } from './self-corrections.ts';
import { withChatHeadersInline } from './chat-headers.ts';
import { withThreadNumbersAsList } from './thread-numbers.ts';
import { withDuePaid, withGroupAsked } from './notices.ts';
import { withOpenQuestionsTaken } from './open-questions.ts';
import { isConfirmedAtOnce } from './answered-questions.ts';
import { asSender, withReaderNamed, withSendersNamed } from './senders.ts';
import { withMeetingOwnersRead } from './meeting-owners.ts';
import { withLetterRanksAsMarks, withPriorityMarkLast } from './priority-marks.ts';
import { withoutRestatedDay } from './restated-days.ts';
import { withObjectFirstTurned } from './object-first-items.ts';
import { wordCount } from './word-count.ts';
import { correctSpelling, isEnglishWord, namesWritten } from './spelling.ts';
import { isTextSpeak, writtenOut } from './text-speak.ts';
import { withRhythmsAside } from './rhythms.ts';
import { HESITATION_WORD } from './transcripts.ts';
import { onTripDay, pointsAtTrip } from './trip-days.ts';
import { stepAfterArrow } from './arrow-steps.ts';
import { withPersonalLeftLoose } from './personal-groups.ts';
import { isPastForm, startsWithVerb, verbBase } from './verbs.ts';

/** One candidate task as written, with the project and date its surroundings give it. */
export interface Segment {
  text: string;
  /** Project name from a heading, a "Project:" line, a label or a named effort. */
  project: string | null;
  /** A date heading ("Tomorrow:", "## Monday") that applies when the text names no date itself. */
  dateHint: string | null;
  /** How sure the reading is that this is a task (0–1); below one half it is only a suggestion. */
  confidence: number;
  /** Who the task is for, when a message assigns it ("Maria: update the pricing page"). */
  owner: string | null;
  /** Remarks cut from the title ("it's going green"), kept as notes. */
  asides: string[];
}

/** What a heading or label gives the lines under it. */
interface Scope {
  project: string | null;
  dateHint: string | null;
  owner?: string | null;
  /** A priority the heading gives its items ("Someday", "URGENT"). */
  cue?: string | null;
  /** The verb a heading gives its items that name only whom or what ("@calls", "To email:"). */
  verb?: string | null;
}

interface Line {
  indent: number;
  bullet: boolean;
  /** Pictographs on both sides ("✨ Friday brain dump ✨"): decoration, not a bullet, whatever the list around it. */
  wrapped: boolean;
  /** Led by a pictograph, which is its bullet. */
  pictured: boolean;
  /** The pictograph leading the line ("🔹"), or "" when none does. */
  mark: string;
  /** Led by a number or letter ("1.", "2)", "b)") rather than a dash or dot. */
  numbered: boolean;
  checked: boolean;
  content: string;
  /** Copied from a chat ("[08:20] Me: …"): a message answering the one before it. */
  chat: boolean;
  /** A chat line the reader wrote. */
  fromReader: boolean;
  /** A speaker taking a job on ("[08:41] Dayo: I'll call him", "Me: I'll do the guest list"): that speaker, else null. */
  takenBy: string | null;
  /** Ends in a pictograph that leads none of it ("reset day ✨"): decoration, as a title's is. */
  endsPictured: boolean;
}

/** A line opening on a clock time: "09:00–10:00 Focus …", "15:00 Office closes early". */
const CLOCK_LED = /^\d{1,2}[:.]\d{2}(?!\d)/;
// A bullet journal's "<" schedules an item for a later day; an arrow at a line's start leads a step under the line above.
const BULLET = /^(?:[-*•◦▪‣+–—><○◯●☐□▢✓✔☑→⟶➔➜⇒]|-+>|=>|\d{1,3}[.)-]|\(\d{1,3}\)|[a-z][.)](?=\s))\s+/i;
/** A bullet journal's "o" before an event: lower case, before a lower-case word ("O Holy Night" is a title). */
const EVENT_CIRCLE = /^o\s+(?=\p{Ll})/u;
/** A keycap ("1️⃣"): a digit, a variation selector and U+20E3, a pictograph though its digit is no pictographic character. */
const KEYCAP = String.raw`[0-9#*]\u{FE0F}?\u{20E3}`;
/** Pictographs used as bullets or decoration ("📌 pay the bill", "✨ brain dump ✨", "1️⃣ call the bank"). */
const PICTOGRAPH_RUN = String.raw`(?:${KEYCAP}|\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}])+`;
const PICTOGRAPHS = new RegExp(PICTOGRAPH_RUN, 'gu');
/** A pictograph between a word and the next ("dinner is off 😔 I'll let …", "… next Monday 😱 cover the books"): a stop, when `stoppedAtPictographs` says so. */
const PICTOGRAPH_BETWEEN_SENTENCES = new RegExp(String.raw`(?<=[\p{Ll}\d)])\s+${PICTOGRAPH_RUN}\s+(?=I\b|\p{Lu}\p{Ll}|\p{Ll})`, 'gu');

/** A verb and a word after it, as a step goes on ("cover the books"; "move = Thu" is no step). */
const STEP_WORDS = /^\p{Ll}+\s+\p{L}/u;
/** "plan for the week:": a label, which the pictograph before it only decorates. */
const LABEL_TO_END = /:\s*$/;
/** The line with each pictograph between two sentences made a stop: before a capital, or before a step ("… next Monday 😱 cover the books"). */
function stoppedAtPictographs(content: string): string {
  return content.replace(PICTOGRAPH_BETWEEN_SENTENCES, (found, at: number) => {
    const rest = content.slice(at + found.length);
    return LOWER_CASE_START.test(rest) && !(startsWithVerb(rest) && STEP_WORDS.test(rest) && !LABEL_TO_END.test(rest)) ? found : '. ';
  });
}
/** Marks of a finished item: "✅ dishes", "order the oysters ✅ done", "(done)". */
// A bullet journal crosses a done task's dot out: "× pay the electricity bill".
const DONE_MARK = /^×\s|[✅✔☑✓]|[([—–-]\s*(?:done|finished|completed)\s*[)\]]?\s*[.!]*$/iu;
const CHECKBOX = /^\[([ xX]?)\]\s*/;
const NUMBERED_BULLET = /^\(?[\da-z]/i;
/** "17. mai, no work": a number, its point and a month ending the phrase open a date, not item 17. */
const DAY_POINT_MONTH_LEAD = /^(\d{1,2}\.)\s+(\p{L}{3,12})(?=[,;:!?.]|\s+[-–—]|$)/u;
const MARKDOWN_HEADING = /^#{1,6}\s+(.+?)\s*#*$/;
/** A page's title ("# Projectionist to-do") and the sections under it ("## Booth"), as Notion and markdown notes write them. */
const PAGE_TITLE = /^#\s/;
const SECTION_HEADING = /^##\s/;
const BOLD_HEADING = /^(?:\*\*|__)(.+?)(?:\*\*|__):?$/;
const PROJECT_LINE = /^(?:project|proj|area)\s*[:\-–—]\s*(.+?)\s*:?$/i;
/** "Client: Acme redesign", "Startup idea: a meal planner": a kind of effort, then its name. */
const EFFORT_KINDS = '(?:client|customer|initiative|epic|campaign|side project|startup idea|business idea|app idea|product|workstream)';
const EFFORT_LINE = new RegExp(`^${EFFORT_KINDS}\\s*[:\\-–—]\\s*(.+?)\\s*:?$`, 'i');
/** A label that is only a kind of effort ("Startup idea"): the name follows it, so the label is none. */
const EFFORT_KIND = new RegExp(`^${EFFORT_KINDS}$`, 'i');
/** Longest name an effort line gives its project; a longer description names it by its kind. */
const EFFORT_NAME_WORDS_MAX = 6;
/** Headings that sort a list without naming a project. */
const GENERIC =
  /^(?:to-?dos?|to do(?: list)?|tasks?|blockers?|misc(?:ellaneous)?|other(?: stuff| things)?|random|(?:random |other |misc |some |more |a few )?(?:stuff|things|thoughts|bits)(?: (?:in|on|from) (?:my|the) (?:head|mind|brain|plate|list))?|on my (?:mind|plate)|notes?|brain ?dump|reminders?|general|inbox|me|myself|self|every(?:one|body)|all(?: of us)?|(?:(?:quick|short|my|the|a) )?(?:to-?do )?list|personal stuff|(?:my )?own(?: stuff| things| list| tasks)?|odds and ends|odd jobs|loose ends|bits and (?:bobs|pieces)|sundries|(?:small|little) (?:stuff|things|jobs)|(?:(?:the|some|other|more|a few|few|random) )?(?:stuff|things|bits|tasks|jobs) (?:(?:i|we|that) .*|to do|for me)|quick (?:ones|things|wins)|(?:new|added|just added|extra|additional|more|latest)(?: (?:stuff|things|items|tasks|ones|additions))?|also|plus|and also|oh and|additions|action items?|a\.?o\.?b\.?|any other business|next steps|follow[- ]?ups?|open items|takeaways|ideas|someday(?: maybe)?|later|eventually|whenever|backlog|doing|in progress|wip|(?:cose |choses |trucs |cosas |coisas |dingen )?(?:da fare|à faire|por hacer|que hacer|a fazer|pra fazer|para fazer|te doen)|pendientes|pendências|zu erledigen|aufgaben)$/i;
const NAMED_EFFORT = /^(?:for|regarding|re|about|on|with)\s+(?:the|my|our)\s+(.{2,60}?)(?:\s+project)?\s*[,:–—-]?\s+(?=(?:i|we)\b|(?:need|have|gotta|got|must|should)\b)/i;
/** "For Hira's mehndi on the 28th I still need to …": an effort named as someone's, by their name ("for Mum's sake" is no effort). */
const NAMED_BY_OWNER = /^(?:[Ff]or|[Rr]e|[Rr]egarding)\s+(\p{Lu}\p{Ll}+['’]s\s+(?!sake\b).{2,50}?)\s*[,:–—-]?\s+(?=(?:I|[Ww]e)\s|(?:need|have|gotta|got|must|should)\s)/u;
/** A name of two words or more, each capitalised: "Repair Café", "Lantern Keep". */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)+$/u;
/** "For Lantern Keep I need to …", "Re Harbour Days, we have to …": an effort named by its capitalised name, without "the". */
const NAMED_BY_NAME = /^(?:[Ff]or|[Rr]e|[Rr]egarding|[Aa]bout|[Oo]n|[Ww]ith)\s+(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){1,3}?)\s*[,:–—-]?\s+(?=(?:I|[Ww]e)\s|(?:need|have|gotta|got|must|should)\s)/u;

/** The lead naming the effort a sentence's steps serve: "For the boat I need to …", "For Lantern Keep I need to …". */
function namedEffortLead(text: string): RegExpExecArray | null {
  const named = NAMED_EFFORT.exec(text) ?? NAMED_BY_OWNER.exec(text);
  if (named !== null) return named;
  const byName = NAMED_BY_NAME.exec(text);
  return byName?.[1] !== undefined && !hasDatePhrase(byName[1]) ? byName : null;
}
/** "For work I need to …", "At home I have to …": a part of life leads the sentence's steps. */
const AREA_LEAD = /^(?:(?:and|also|plus|then)\s+)?(?:for|at)\s+([\p{L}'’-]{3,20}),?\s+(?=(?:i|we)\s+(?:need|have|got|must|should|gotta|'ve got|'ll have|also need)\b)/iu;
/** "At home the boiler is overdue, so ring …", "At work the printer died": a place of life, then what is wrong there, leads the sentence's steps. */
const AREA_THEN_THING = /^(?:(?:and|also|plus|then|so)\s+)?at\s+([\p{L}'’-]{3,20}),?\s+(?=(?:the|my|our)\s+\p{L})/iu;
/** "and at home pick up Ava …": a place of life, then a step, in dictation that gives no mark between them. */
const AREA_BEFORE = /^(?:(?:and|also|plus|then|so)\s+)?at\s+([\p{L}'’-]{3,20}),?\s+(?=\p{L})/iu;
/** "At home, Dad's appointment is on the 13th …" opening a paragraph: the place of life, then a comma, sets the scene for the paragraph. */
const AREA_COMMA = /^(?:(?:and|also|plus|then|so)\s+)?(?:at|for)\s+([\p{L}'’-]{3,20}),\s+(?=\p{L})/iu;
/**
 * "For work, O'Driscoll's pub is reopening …" in the middle of a paragraph: a part of life turns the group there too
 * ("At home, …" there is as often the scene of what follows).
 */
const LIFE_AREA_COMMA = /^(?:(?:and|also|plus|then|so)\s+)?for\s+(work|home|school|uni|college|church)\s*,\s+(?=\p{L})/iu;

/** The lead of a sentence whose steps a place of life groups: "At home the boiler …, so ring …", "and at home pick up …". */
function placeLead(text: string): RegExpExecArray | null {
  const lead = AREA_THEN_THING.exec(text);
  if (lead !== null) return lead;
  const before = AREA_BEFORE.exec(text);
  return before !== null && startsWithVerb(text.slice(before[0].length)) ? before : null;
}
/** "And for choir: learn the part": the same as a label. */
const AREA_LABEL = /^(?:(?:and|also|plus|then)\s+)?(?:for|at)\s+([\p{L}'’-]{3,20})$/iu;
/** Words after "for" or "at" that name no part of life: "for me", "at least", "for now", "at night". */
const NOT_AREA = /^(?:me|myself|him|her|them|us|you|it|this|that|least|last|first|once|now|sure|all|some|night|noon|lunch|dinner|breakfast|most|best|worst|ages|real|free|starters|example|instance|later|today|tonight|tomorrow|times|midnight|dawn|dusk|heart)$/i;

/** The part of life "for work" or "at home" names, or null for "for me", "at least", "for Monday". */
function areaOf(match: RegExpExecArray | null): string | null {
  const area = match?.[1];
  if (area === undefined || NOT_AREA.test(area) || dayOf(area) !== null || startsWithVerb(area)) return null;
  return projectName(area);
}

/** "On the van conversion front, order …", "Re the holiday in Crete: book …": the effort the rest of the sentence serves. */
const EFFORT_LEAD = /^(?:(?:on|in)\s+(?:the|my|our)\s+(?=.{2,40}?\s+front\s*[,:–—])|(?:re|regarding|as for|as far as|when it comes to|as regards|in terms of|speaking of)\s+(?:the|my|our)\s+)(.{2,40}?)(?:\s+(?:front|goes|is concerned))?\s*[,:–—]\s+(?=\S)/i;
/** A sentence that names an effort and nothing to do: "Garden project for spring." */
const PROJECT_SENTENCE = /^(?:the |my |our |a )?(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)\s+project\b(?:\s+(?:for|this|next|in|over|before|by|at)\b[^,;:]*)?[.!:]*$/iu;
/** "the kitchen renovation has to get moving", "the bathroom leak is now officially a project", "the wedding is taking over", "the Thomaskirche restoration is the big one this autumn". */
const EFFORT_STATED =
  /^(?:right|ok(?:ay)?|so|well)?[\s,]*(?:the |my |our )?(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)\s+(?:(?:has|needs|have|need) to get (?:moving|going|started|done|sorted)|is (?:now )?(?:officially )?(?:a|my|our) (?:new |proper |real )?project|is taking over(?: my life| everything)?|(?:has|needs|have|need) to happen(?:\s+(?:before|by|this|next|in|soon)\b[^,;]*)?|(?:needs|need) (?:sorting(?: out)?|doing|work|attention|finishing)(?:\s+(?:before|by|this|next|in|soon)\b[^,;]*)?|(?:is|are)\s+(?:now\s+)?(?:officially\s+)?(?:(?:all\s+)?(?:my|our)\s+(?:problem|job|responsibility|baby|department)|on me|on us)(?:\s+now)?|is (?:the|my|our) (?:big|main|biggest|major) (?:one|job|thing)(?:\s+(?:this|next|for the)\s+(?:week|month|term|year|season|spring|summer|autumn|fall|winter))?)$/iu;
/** "…, so the anniversary party is my project for the next two weeks": an effort the writer takes on, said last in a sentence of news. */
const MY_PROJECT_AFTER = /,\s+(?:so|and)\s+(?:the |my |our )(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)\s+is\s+(?:now\s+)?(?:officially\s+)?(?:my|our)\s+(?:big\s+|main\s+|new\s+)?project(?:\s+(?:for|this|next|until|till|over)\b[^,;]*)?$/iu;
/** "get the kitchen renovation moving", "this month I want to get the basement ready to rent": an effort to push along, whose steps follow. */
const EFFORT_MOVING = /^(?:(?:this|next) (?:week|weekend|month|year|summer|spring|term)[\s,]+)?(?:(?:i|we)\s+(?:really\s+)?(?:want|need|have|hope|plan|'d like|would like)\s+to\s+)?(?:get|getting|keep|push|start|kick off)\s+(?:the |my |our )(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)\s+(?:moving|going|started|rolling|off the ground|underway|kicked off|sorted|on track|back on track|over the line|ready(?: to (?:rent|sell|let|list|launch|move in|open|ship|go)| for (?:guests|sale|the market|launch|winter|summer|spring|autumn|fall|christmas|the baby))?|finished|done)[.!]*$/iu;
/** "Big thing this month is the garage conversion", "the focus this week is our move": the effort the next steps serve. */
const EFFORT_FOCUS =
  /^(?:the |my |our )?(?:(?:big|main|biggest|major|top|one|real)\s+)?(?:thing|project|focus|priority|job|push)\s+(?:(?:this|next|for the)\s+(?:week|month|weekend|year|quarter|term|summer|spring|autumn|fall|winter)\s+)?is\s+(?:the |my |our )(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)$/iu;

/**
 * Words that bring up what the next sentences are about, before its name: "So the plan for the bathroom.", "Next up is the
 * garage clear-out.", "Then there's the Halle chamber organ, the little one for the music school." (what it is may follow),
 * "The other thing is Sanne's PhD defence in June." (when it comes may follow).
 */
const TOPIC_OPENED =
  /^(?:(?:so|right|ok(?:ay)?|and|now)[\s,]+)*(?:(?:the |my |our )?plan (?:for|with)|next up(?: is|:)?|(?:and )?now(?: for)?|as for|moving on to|then there'?s|(?:the )?other (?:big )?thing(?: on my (?:plate|mind|list))? is|on to|onto|over to|operation)\s+(?:the |my |our )?(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)(?:\s+(?:front|side))?(?:\s+is a go)?(?:\s+(?:in|on|next|this)\s+[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)?)?(?:,\s+(?:the|a|an|my|our)\s+[^,;]{1,40})?$/iu;
/** "On the van conversion front": the front names the effort. */
const TOPIC_FRONT = /^(?:on|in) (?:the |my |our )(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)\s+(?:front|side of things)$/iu;
/**
 * "The website redesign is finally moving", "the bake sale is happening on Saturday": an effort under way, named as the
 * subject; how long it waited may follow ("… is finally moving after two months of the council dithering", "… since May").
 */
const EFFORT_UNDER_WAY =
  /^(?:(?:so|right|ok(?:ay)?)[\s,]+)?(?:the |my |our )(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)\s+(?:is|are)\s+(?:finally |now |actually |officially |really )?(?:moving|happening|underway|under way|a go|kicking off|starting|back on|taking shape|coming together|ramping up)(?:\s+(?:again|at last|for real))?(?:\s+(?:on|this|next|in|from|by|at|over)(?:\s+[\p{L}\p{N}'’]+){1,3})?(?:,?\s+(?:after|since)\s[^,;]{1,60})?$/iu;
/** "Dad's retirement party is on the 20th.", "The school fete is coming up.": an occasion of two words or more and when it comes. */
const OCCASION_COMING =
  /^(?:(?:so|right|ok(?:ay)?|and|also)[\s,]+)?(?:the |my |our )?((?!(?:the|my|our)\s)\p{L}[\p{L}\p{N}'’&-]*(?:\s+[\p{L}\p{N}'’&-]+){1,4}?)(?:\s+(?:at|in)\s+(?:the|my|our)\s+[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)?)?\s+(?:is|are|'s)\s+(?:(?:coming up|around the corner|getting close|nearly here|almost here)(?:\s+fast)?|((?:on|in|next|this|at the end of)\b.+))$/iu;

/** "Mum's birthday", "our anniversary": a day in someone's year, which comes round rather than being organised. */
const SOMEONES_DAY = /\b(?:birthday|b-?day|anniversary|name ?day)$/i;
/** "The deadline for the grant": the date of a thing names the thing. */
const DATE_OF = /^(?:the\s+)?(?:deadline|due date|cut-?off|date)\s+(?:for|of)\s+(?:the\s+|my\s+|our\s+)?(?=\S)/i;

/** "I'm working on the allotment this spring.", "We're focusing on the loft": what the writer says they are busy with. */
const WORKING_ON =
  /^(?:(?:so|right|ok(?:ay)?|and|also)[\s,]+)?(?:i'?m|i am|we'?re|we are|i'?ve been|we'?ve been)\s+(?:(?:mostly|mainly|still|finally|now|really)\s+)?(?:working on|focusing on|focussing on|tackling)\s+(?:the |my |our )((?!(?:the|my|our)\s)\p{L}[\p{L}\p{N}'’&-]*(?:\s+[\p{L}\p{N}'’&-]+){0,3}?)(?:\s+((?:this|next|for|over|in|until|till|before|all|today|tonight|tomorrow|on)\b.*))?$/iu;

/** The occasion coming or the effort worked on that a sentence brings up: "The charity run is in three weeks." */
function effortBroughtUp(sentence: string): string | null {
  const whole = sentence.replace(TRAILING_STOPS, '').trim();
  const occasion = occasionComing(whole);
  if (occasion !== null) return projectName(occasion);
  const busy = WORKING_ON.exec(whole);
  return busy?.[1] && !NOT_NOUN_PHRASE.test(busy[1]) ? projectName(busy[1]) : null;
}

/**
 * "… and it's mostly on me", "… and I've taken charge of the party", "… and there is loads to sort
 * for it": who runs the occasion, or how much it asks, said after its day.
 */
const MINE_AFTER =
  /,?\s+and\s+(?:(?:it'?s|it is)\s+(?:mostly\s+|all\s+|basically\s+)?(?:on me|mine|my (?:job|problem|baby|responsibility))|(?:i'?ve|i have|i'?m|i am)\s+(?:(?:taken|in) charge|(?:organi[sz]ing|running|hosting|sorting) it)\b.*|there(?:'s| is| are)\s+(?:still\s+)?(?:loads|lots|a lot|plenty|tons|so much|heaps)\s+to\s+(?:do|sort|organi[sz]e|prepare|get done)\b.*)$/i;

/** The occasion a sentence says is coming, when the rest is a day or a time from now. */
function occasionComing(sentence: string): string | null {
  const occasion = OCCASION_COMING.exec(sentence.replace(MINE_AFTER, ''));
  if (!occasion?.[1] || startsWithVerb(occasion[1]) || NOT_NOUN_PHRASE.test(occasion[1]) || SPEAKER_LED.test(occasion[1]) || SOMEONES_DAY.test(occasion[1])) return null;
  return occasion[2] === undefined || isDatePhrase(occasion[2]) ? occasion[1].replace(DATE_OF, '') : null;
}
/** "Right, the house sale.", "So, our move.": a connective and a thing, with nothing said of it, bring it up. */
const TOPIC_BARE = /^(?:(?:so|right|ok(?:ay)?|now|and|then|anyway|next)[\s,]+)+(?:the|my|our)\s+(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)(?:,\s+(?:which|who|that)\s+(?:is|are|was)\b[^,;]*)?$/iu;
/** "I'm organising Mum's 70th", "we're hosting the street party on the 9th": an effort the writer runs. */
const EFFORT_RUN =
  /^(?:(?:so|right|ok(?:ay)?|also|and)[\s,]+)?(?:i'?m|i am|we'?re|we are)\s+(?:(?:now|also|officially)\s+)?(?:organi[sz]ing|planning|hosting|running|coordinating|in charge of)\s+(?:the\s+|my\s+|our\s+|a\s+|an\s+)?((?:\p{Lu}[\p{L}'’-]*['’]s\s+|(?<=(?:the|my|our|a|an)\s+))[\p{L}\p{N}'’ &-]{2,40}?)(?:\s+(?:on|in|this|next|for|at)\b[^,;]*)?$/iu;
/** A verb form, which a noun phrase naming an effort holds none of: "the car broke down", "the thing is". */
const NOT_NOUN_PHRASE = /(?:^|\s)(?:is|are|was|were|has|have|had|will|can|did|does|do|broke|went|got|came|looks|seems)(?=\s|$)/i;
/** "Kitchen renovation is finally happening": an effort under way, named without "the". */
const EFFORT_UNDER_WAY_BARE = /^((?:\p{L}[\p{L}\p{N}'’-]*\s+){0,3}\p{L}[\p{L}\p{N}'’-]*)\s+(?:is|are|has)\s+(?:finally |now |actually |officially )?(?:moving|happening|underway|under way|a go|kicking off|starting|started|begun|back on|taking shape|coming together|ramping up)\b/iu;

/** An effort under way named without an article, when its name holds an effort word ("Loft conversion is underway"). */
function effortUnderWayUnmarked(sentence: string): RegExpExecArray | null {
  if (!EFFORT_WORD.test(sentence)) return null;
  const found = EFFORT_UNDER_WAY_BARE.exec(sentence);
  return found?.[1] !== undefined && EFFORT_WHOLE_WORD.test(found[1]) ? found : null;
}

/** "Biggest thing on my plate: the grant application.": a focus named after a colon. */
const FOCUS_LABEL =
  /^(?:the |my |our |this week'?s |today'?s )?(?:(?:big|main|biggest|major|top|one|real|current)\s+)?(?:thing|focus|priority|project|job|push|mission)(?:\s+(?:on my plate|on the list|this week|this month|today|for now|right now))?\s*:\s*(?:the |my |our )(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)$/iu;

/** A label before a colon on the same line: "Garden: mow the lawn, rake leaves". */
const INLINE_LABEL = /^([^:]{1,40}?):\s+(.+)$/;
/** A label's words after its last sentence's end or comma: "Slept badly. Tomorrow", "kettle broke, today". */
const DAY_LABEL_AFTER_SENTENCE = /^([^()]*[.!?,])\s+([^.!?,()]+)$/;
/** "For the Costa wedding (it's on the 4th of July at the quinta): …": a label whose remark in brackets makes it long. */
const REMARKED_LABEL = /^([^:()]{1,40}?\s*\([^()]{1,80}\)):\s+(.+)$/;
/** "Nothing huge but a few things", "the stuff", "Okay, the important stuff": a label for what follows that names no project. */
const VAGUE_LABEL =
  /^(?:.{0,30}\s)?(?:a few|some|several|other|random|the|more|few|couple of)\s+(?:(?:important|urgent|main|big|real|actual|usual|boring|annoying|fun|small|little|pressing|other)\s+)?(?:stuff|things|bits|items|tasks|odds and ends)$|^the stuff$|^(?:a few|a couple of|some|several)\s+(?:things|bits|reminders|notes|items)\s+(?:before|for|about|from|while|until|ahead of)\b/i;
/** "week 27", "KW 27", "W27": a heading naming a calendar week names when, not a group. */
const WEEK_NUMBER = /^(?:(?:calendar\s+)?week|wk|kw|w)\s*\d{1,2}$/i;
/** Dumps that read as a message (meeting notes, an email), where "Maria: …" names who does it. */
const MESSAGE_CUE = /\b(?:action items?|next steps|follow[- ]?ups?|(?:meeting|mtg|call|sync|standup|1:1|one[- ]on[- ]one)\s+notes|minutes|recap)\b|(?:^|\s)1:1\s+with\b/i;
/** "1:1 with boss (Ramon) - notes", "Call with the landlord — notes": the title of notes, no task. */
const NOTES_TITLE = /^(?:1:1|one[- ]on[- ]one|call|meeting|mtg|sync|chat)\s+with\s+[^.!?]{1,40}?\s*[-–—:]\s*notes$/i;
/** "[from #platform]", "[via WhatsApp]": where a pasted message came from, no task. */
const CHANNEL_MARK = /^\[(?:from|via|in|posted in|forwarded from|fwd from)\s[^\]]{1,40}\]$/i;
/** Longest plain line that heads a message part ("Action items", "Minutes from Tuesday:"). */
const MESSAGE_HEADING_WORDS_MAX = 6;

const HASH_MARKS = /^#+\s*/;

/** "Action items:" heads a part of a message; "twenty minutes instead of an hour" in prose, or "email Sam the minutes" in a list, does not. */
function headsMessagePart(line: Line): boolean {
  if (line.bullet || !MESSAGE_CUE.test(line.content)) return false;
  return line.content.trimEnd().endsWith(':') || wordCount(line.content.replace(HASH_MARKS, '')) <= MESSAGE_HEADING_WORDS_MAX;
}
/** "Tariq to print the maps": a name an item is given to. */
const NAMED_ASSIGNEE = /^\p{Lu}[\p{Ll}'’-]+\s+to\s+\p{Ll}/u;
/** "Leon - share brand assets", "Me – update the header": a name, a dash, then the item. */
const DASH_OWNER = /^(\p{Lu}[\p{Ll}'-]+(?:\s*(?:&|and|\+)\s*(?:\p{Lu}[\p{Ll}'-]+|me))?)\s+[-–—]\s+(\S.*)$/u;
/** An item a message gives the reader: "Me: send the contract", "me to email the principal", "ACTION me: book the room". */
const OWN_ITEM = /^(?:actions?:?\s+)?(?:me|myself)(?:\s*(?:\+|&|and)\s*\p{Lu}[\p{L}'’-]*)?\s*(?::|[-–—]\s|to\s)\s*\S/iu;
/** Who a message's "Name: do x" gives it to: "Maria", "Dave & Me", "Dev team". */
const OWNER_LABEL = /^\p{Lu}[\p{Ll}'-]+(?:\s*(?:&|and|\+)\s*(?:\p{Lu}[\p{Ll}'-]+|me)|\s+(?:team|crew|squad|ops|folks|side))?$/u;
/** "Prof. Mori", "Dr Osei": a person named with a title. */
const TITLED_NAME = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+\p{Lu}[\p{Ll}'-]+$/u;
/** "Mei Ling", "Ana Reyes": a person named by two names. */
const TWO_NAMES = /^\p{Lu}[\p{Ll}'-]+\s+\p{Lu}[\p{Ll}'-]+$/u;
const SHORT_LABEL_THEN_TEXT = /^([^:]{1,30}):\s*\S/;
const SPACE = /\s/;

/** A message's "Name: do x" label that gives the item to someone: "Maria", "Prof. Mori", "Mei Ling" ("Book Fair" is a group: its names are English words). */
function namesOwner(label: string): boolean {
  return OWNER_LABEL.test(label) || TITLED_NAME.test(label) || (TWO_NAMES.test(label) && label.split(SPACE).every((name) => !isEnglishWord(name)));
}

/** "Maria: update the page": a line led by a name that is no English word ("Garden:", "Kids:" are groups). */
function namesPerson(content: string): boolean {
  const label = (SHORT_LABEL_THEN_TEXT.exec(content) ?? DASH_OWNER.exec(content))?.[1]?.trim();
  return label !== undefined && namesOwner(label) && !isEnglishWord(label.split(SPACE)[0] ?? '');
}
/** "The Doyles", "the Hendersons": a family by its name. */
const FAMILY_LABEL = /^the\s+\p{Lu}[\p{Ll}'’-]+s$/iu;
/** "The Doyles", "Fitzgerald & Son", "the twins": a label naming more than one person. */
const PLURAL_LABEL = /^the\s.+s$|&|\band\b|\b(?:twins|kids|family|sons)\b/i;
const SINGULAR_PRONOUN = /\b(?:she|her|he|him|his)\b|\b(?:she|he)['’]s\b/i;
const PLURAL_PRONOUN = /\b(?:they|them|their)\b|\bthey['’](?:re|ve|ll)\b/i;
const CALENDAR_CAPITALS = `${MONTH_NAMES}|${WEEKDAY_NAMES}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun`.replace(/(^|\|)([a-z])/g, (_, bar: string, first: string) => `${bar}${first.toUpperCase()}`);
/** A capitalised word inside a clause ("ask Tom if he …"), not a day or month's name: someone a pronoun after it may mean instead. */
const NAME_INSIDE = new RegExp(String.raw`(?<![.!?]\s*|^\s*)\b(?!(?:${CALENDAR_CAPITALS})\b)\p{Lu}`, 'u');

/**
 * "Mrs. Kavanagh: drop the samples over by Friday, she's torn …", "The Doyles: … tell them the wet
 * room has to cure": a line that speaks of its label's person in the third person, with no one else
 * named before the pronoun, is the reader's job for that person, not one given to them.
 */
function speaksOfItsLabel(content: string): boolean {
  const labelled = SHORT_LABEL_THEN_TEXT.exec(content);
  const label = labelled?.[1]?.trim();
  if (label === undefined || !(namesOwner(label) || FAMILY_LABEL.test(label))) return false;
  const rest = content.slice(content.indexOf(':') + 1);
  const pronoun = (PLURAL_LABEL.test(label) ? PLURAL_PRONOUN : SINGULAR_PRONOUN).exec(rest);
  return pronoun !== null && !NAME_INSIDE.test(rest.slice(0, pronoun.index));
}

/**
 * "Maria: …", "Tom: …", "me: …": labels naming people say who does what. One foreign word among
 * "Kids class:", "Visa:", "Flat:" and "Me:" lines ("Dojang: print the certificates") is a group, as they are.
 */
function namesPeopleMostly(lines: Line[]): boolean {
  const speakers = speakersAnswered(lines);
  let people = 0;
  let groups = 0;
  for (const line of lines) {
    if (namesPerson(line.content) || speakers.has(SHORT_LABEL_THEN_TEXT.exec(line.content)?.[1] ?? '')) people++;
    else if (namesGroup(line.content)) groups++;
  }
  return people > 0 && people >= groups;
}

/**
 * "Ale: studio open tomorrow? / Me: yes from 12 / Ale: I'll clean the window": a one-word label whose
 * question the reader's "Me:" line answers, and which speaks again after, is a chat's speaker, though
 * it is an English word ("Ale", "Will", "Rose"); a group's label ("Garden:") asks the reader nothing.
 */
function speakersAnswered(lines: Line[]): Set<string> {
  const answered = new Set<string>();
  const speakers = new Set<string>();
  let asking = '';
  for (const line of lines) {
    if (OWN_ITEM.test(line.content)) {
      if (asking !== '') answered.add(asking);
      asking = '';
      continue;
    }
    const label = SHORT_LABEL_THEN_TEXT.exec(line.content)?.[1] ?? '';
    if (!OWNER_LABEL.test(label)) continue;
    if (answered.has(label)) speakers.add(label);
    asking = line.content.trimEnd().endsWith('?') ? label : '';
  }
  return speakers;
}

/** Labels in notes that name people, not a group: "Present:", "everyone:", "all:". */
const PEOPLE_WORD = /^(?:me|myself|everyone|everybody|all|team|present|attendees|apologies|absent|chair|guests|us)$/i;

/** "Kids class: …", "Visa: …": a line led by a label whose first word is English and names no one. */
function namesGroup(content: string): boolean {
  const label = SHORT_LABEL_THEN_TEXT.exec(content)?.[1]?.trim();
  const first = label?.split(SPACE)[0] ?? '';
  return first !== '' && isEnglishWord(first) && !PEOPLE_WORD.test(first) && !OWN_ITEM.test(content);
}
/** "URGENT: …" is a cue the task reader picks up, not a project. */
const PRIORITY_LABEL = /^(?:urgent|asap|important|high prio(?:rity)?|low prio(?:rity)?|whenever|someday(?:\s*\/\s*maybe)?|maybe\s*\/\s*someday|critical)$/i;
/** "The big one: …", "Main thing: …", "Note: …" introduce a task without naming a project. */
const LEAD_LABEL = /^(?:(?:now|so|ok(?:ay)?|right|then)[\s,]+)?(?:the|a|an|this|that|my|one|main|biggest|most|first|also|plus|p\.?s\.?|note|btw|goal|idea|reminder|fyi|oh|and)\b/i;
/** "Outside all that:", "Apart from that:", "Other than work:": a lead out of the groups said before. */
const OUTSIDE_LEAD = /^(?:outside(?:\s+of)?|apart\s+from|other\s+than|aside\s+from|besides)\s+(?:all\s+)?(?:that|this|those|work|the\s+above)$/i;
/** "What has to happen:", "What needs doing:", "What I need to do:": a lead into the steps, naming no group. */
const WHAT_LEAD = /^what\s+(?:has|have|needs?|i|we|to|is|still|else)\b/i;
/** "Then there's the flooring: …": a part of what the paragraph is about, not a group of its own. */
const TOPIC_WITHIN = /^(?:(?:then|and|so|also|plus)\s+)?(?:there'?s|there is|here'?s|here is)\s/i;
/** "Note to self:", "Note for future me:", "PS:": a remark follows, whatever "note" means as a verb. */
const NOTE_LABEL = /^(?:note|notes|reminder|fyi|btw|p\.?s\.?)(?:\s+(?:to|for)\s+(?:self|myself|me|future me|later))?$/i;
/** A day at the very start of a sentence covers the whole sentence: "tomorrow I have to a, b, c". */
// "tomorrow is the first day of school", "Friday's the deadline": the day the subject of its sentence leads no clauses.
const LEADING_DAY =
  /^(?:today|tonight|tomorrow|tmrw|this (?:week|weekend|morning|afternoon|evening)|next (?:week|weekend|month)|(?:on |next |this )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b(?!['’]s\b|\s+(?:is|was|will be|isn['’]t)\b)/i;

/**
 * "[10:42] Priya: can you review my PR", "04/12/2026, 10:42 - Priya: …", "10:42 Priya: …", "[01/10/2026, 08:25] Me (Kemi): …": a line
 * copied from a chat. The time is when it was sent, not when anything is due, and the speaker says
 * who wrote it, not who does it: both go, and the message is read for what it asks of the reader.
 */
const CHAT_PREFIX =
  /^(?:\[[^\]]{0,24}?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?\]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[ap]m)?\s+[-–]|\d{1,2}:\d{2}(?:\s?[ap]m)?)\s*\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)?(?:\s\([^()]{1,20}\))?:\s+/iu;
/** "um", "uh", "erm": dictation's hesitations, which hide the word that starts a clause. */
const HESITATION = new RegExp(String.raw`(^|\s)${HESITATION_WORD}\b,?(?=\s|$)`, 'gi');
/** "@you please add …": a mention of the reader. */
const READER_MENTION = /(^|\s)@(?:you|me)\b\s*/gi;

/** "Tom: I'll do the env vars", "Tom: 👍 ok I'll do it": the speaker's own "I", after any reaction, is someone else's job, not the reader's. */
const SPEAKER_I = /^(?:(?:\p{Extended_Pictographic}|ok(?:ay)?|sure|yep|yeah|cool|fine|no worries)[\u{FE0F},!.\s]*)*i(?:'ll| will| can| am going to|'m going to|'m on it| am on it)(?![\p{L}'’])/iu;

const SPEAKER_BEFORE_COLON = /(\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)?)(?:\s\([^()]{1,20}\))?:\s+$/u;

/** "and …", "also …": a chat line going on from the one before. */
const REQUEST_CONNECTIVE = /^(?:and|also|plus|oh and)\s+/i;
/** "Femi, could you bring the tables?": a request put to someone by name. */
const NAMED_REQUEST = /^(\p{Lu}[\p{Ll}'-]+),\s+(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(.+?)\??$/u;
/** "someone needs to bring the tables, Femi can u?": a job, then the name it is put to. */
const REQUEST_THEN_NAME = /^(?:(?:someone|somebody)\s+(?:needs? to|has to|should|must)\s+)?(.+?),\s*(\p{Lu}[\p{Ll}'-]+)\s+(?:can|could|would)\s+(?:you|u)\??$/u;

/** "can someone fix the lights?", "could anybody grab milk": a request put to no one in the chat in particular. */
const REQUEST_TO_ANYONE = /^(?:can|could|would|will)\s+(?:some(?:one|body)|any(?:one|body)|one\s+of\s+you)\s+(?:please\s+|pls\s+)?(.+?)\??$/iu;

/**
 * "Femi to bring the tables" for a request another speaker puts to Femi: the job is Femi's, not the
 * reader's; "someone to fix the lights" for one put to anyone, which the reader takes up only by saying so.
 */
function namedRequest(line: string): string {
  const message = line.replace(REQUEST_CONNECTIVE, '');
  const anyone = REQUEST_TO_ANYONE.exec(message)?.[1];
  if (anyone !== undefined) return `someone to ${anyone}`;
  const ahead = NAMED_REQUEST.exec(message);
  if (ahead?.[1] && ahead[2] && !isForReader(ahead[1]) && !isEnglishWord(ahead[1].toLowerCase())) return `${ahead[1]} to ${ahead[2]}`;
  const after = REQUEST_THEN_NAME.exec(message);
  if (after?.[1] && after[2] && !isForReader(after[2]) && !isEnglishWord(after[2].toLowerCase())) return `${after[2]} to ${after[1]}`;
  return line;
}

/**
 * "Anita: @you can you pull the figures?", "Rina: could you check the deck": a chat line pasted
 * without its time, its speaker asking the reader (no one else is mentioned). The speaker wrote it;
 * the reader is the one to do it, as after a time.
 */
const SPEAKER_ASKING_READER =
  /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)?(?:\s\([^()]{1,20}\))?:\s+(?=(?:(?:and|also|plus|oh and)\s+)?(?:@(?:you|me)\s+)?(?:can|could|would)\s+(?:you|u)\b)/u;

/** A chat line's message; "I'll …" said by someone else becomes "Tom will …", which states. */
function withoutChatPrefix(line: string): string {
  const prefix = CHAT_PREFIX.exec(line) ?? SPEAKER_ASKING_READER.exec(line);
  if (!prefix) return line;
  const message = line.slice(prefix[0].length);
  const speaker = SPEAKER_BEFORE_COLON.exec(prefix[0])?.[1] ?? '';
  // Another speaker's "me" and "my" are the speaker: "Priya: can you review my PR" asks for Priya's PR.
  return speaker !== '' && !isForReader(speaker) ? asSender(namedRequest(message.replace(SPEAKER_I, `${speaker} will`)), speaker) : message;
}

/** Who wrote a chat line and what they wrote ("[08:41] Dayo: I'll call him"), or null when no time and name lead it. */
function spokenLine(raw: string): { speaker: string; message: string } | null {
  const line = raw.trim();
  const prefix = CHAT_PREFIX.exec(line);
  const speaker = prefix ? SPEAKER_BEFORE_COLON.exec(prefix[0])?.[1] : undefined;
  return prefix && speaker !== undefined ? { speaker, message: line.slice(prefix[0].length) } : null;
}

/**
 * The speaker of a chat line who takes a job on, else null: anyone saying "I'll …" ("[08:41] Dayo: I'll call
 * him"), the reader only with the step said again ("Me: I'll do the guest list", not a bare "I can").
 */
function speakerTakingOn({ speaker, message }: { speaker: string; message: string }): string | null {
  const taking = SPEAKER_I.exec(message);
  if (!taking) return null;
  return !isForReader(speaker) || startsWithVerb(message.slice(taking[0].length).trim()) ? speaker : null;
}

/** "someone should call Pastor", "can anyone grab the chairs": a job a chat message leaves to anyone. */
const LEFT_TO_ANYONE = /\b(?:someone|somebody|anyone|anybody|one of us)\s+(?:should|has to|have to|needs? to|must|can|could|to)\b|\b(?:can|could|will)\s+(?:someone|somebody|anyone|anybody)\b/i;

/**
 * "Tunde: and someone should call Pastor" then "Dayo: I'll call him": the job the message left to anyone
 * is the speaker's who took it on, not the reader's; taken on by the reader ("Me: I'll do the guest list
 * this weekend"), the reply is the task, said as the reader means to do it.
 */
function leaveToTaker(segments: Segment[], message: string, taker: string, reader: boolean): void {
  if (!LEFT_TO_ANYONE.test(message)) return;
  const job = segments.findLast((found) => LEFT_TO_ANYONE.test(found.text)) ?? segments.at(-1);
  if (job === undefined) return;
  job.confidence = Math.min(job.confidence, SOMEONE_ELSES);
  job.owner = reader ? null : taker;
}

/**
 * "yep, will do it tomorrow", "ok paying it tonight", "on it", "yes will order them tomorrow": the reader taking on
 * what the message before asked, and when (the rest, a day or nothing).
 */
const TAKEN_ON =
  /^(?:(?:yes|yep|yeah|yup|sure|ok(?:ay)?|fine|alright|all right|got it|sounds good|will do(?!\s+(?:it|that|this)\b)|on it|no problem|np|of course|no worries|can do)(?![\p{L}'’])[\s,!.]*)*(?:(?:i['’]ll|i will|will|i can|can)\s+\p{L}+(?:\s+(?:up|out|off))?\s+(?:it|them|that|this)(?:\s+(?:one|out|up))?|\p{L}+ing\s+(?:it|them|that|this))?\s*(.*?)[\s.!]*$/iu;

/** The day the reader takes a request on for, "" for none; null when the line takes nothing on. */
function takenOn(content: string): string | null {
  const rest = TAKEN_ON.exec(content.trim())?.[1];
  // Nothing taken on before the day: "tomorrow" alone answers no request.
  if (rest === undefined || rest === content.trim().replace(TRAILING_STOPS, '')) return null;
  return rest === '' || isDatePhrase(rest) ? rest : null;
}

/** "Tom can you …", "can you …", "someone has to …", "and …": the words putting a request, before the step asked. */
const PUT_REQUEST_LEAD =
  /^(?:(?:and|also|plus|oh and)\s+)?(?:\p{Lu}[\p{Ll}'’-]+,?\s+)?(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)\s+(?:please\s+|pls\s+)?|(?:someone|somebody)\s+(?:has|needs|have|need)\s+to\s+|(?:someone|somebody)\s+(?:should|must|to)\s+)/u;

/**
 * Gives the reader the request among a chat message's segments that a reply takes on ("yep, will do it tomorrow"):
 * the last one asking a step, without the words putting it and on the day the reply said. False when the reply
 * takes nothing on, or the message asked no step.
 */
function takeOnRequest(segments: Segment[], day: string | null): boolean {
  if (day === null) return false;
  const request = segments.findLast((found) => startsWithVerb(found.text.replace(PUT_REQUEST_LEAD, '')));
  if (request === undefined) return false;
  const step = request.text.replace(PUT_REQUEST_LEAD, '');
  // The day leads the step: at its end, "… before he comes tomorrow" would read as the day before.
  request.text = day === '' || hasDatePhrase(step) ? step : `${day} ${step}`;
  request.confidence = Math.max(request.confidence, ASKED);
  request.owner = null;
  return true;
}

/** True when the line was copied from a chat ("[10:42] Priya: …", "Priya: @me can you …"). */
function fromChat(raw: string): boolean {
  const line = raw.trim();
  return CHAT_PREFIX.test(line) || SPEAKER_ASKING_READER.test(line);
}

/**
 * The chat message a chat line starting at `lineStart` answers: the line before, without its time and
 * speaker ("Elin: the summer tyres are still in the garage" before "Me: I'll swap them tomorrow"), or "".
 */
export function messageAnswered(text: string, lineStart: number): string {
  if (lineStart === 0) return '';
  const end = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, end < 0 ? text.length : end);
  const before = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return fromChat(line) && fromChat(before) ? withoutChatPrefix(before.trim()) : '';
}

const TABS = /\t/g;
/** Most words of a decorated first line that titles the pictured items under it. */
const TITLE_WORDS_MAX = 5;
/** "(me: move the car the night before)", "(my notes: …)": a labelled note in brackets; "(thank god)" is an aside. */
const WRAPPED_IN_BRACKETS = /^\(([^():]{1,30}(?<!\d):[^()]+)\)$/;
const PICTOGRAPH_START = new RegExp(String.raw`^(?:\p{Extended_Pictographic}|${KEYCAP})`, 'u');
const PICTOGRAPH_END = /\p{Extended_Pictographic}[\u{FE0F}\s]*$/u;

function readLine(raw: string, names: ReadonlySet<string>, textSpeak: boolean): Line {
  const expanded = raw.replace(TABS, '    ');
  const indent = expanded.length - expanded.trimStart().length;
  // "(me: move the car out of lot 14 the night before)": a labelled line in brackets is a note beside the text, read as a line.
  let content = withoutChatPrefix(expanded.trim().replace(WRAPPED_IN_BRACKETS, '$1'))
    .replace(HESITATION, '$1')
    .replace(READER_MENTION, '$1')
    .trim();
  let done = DONE_MARK.test(content);
  // "Checked on Mom's place ✅. New: get the ducts cleaned …": in a line of prose a mark closes its own sentence only.
  const undone = done ? sentencesNotDone(content) : null;
  if (undone !== null) {
    content = undone;
    done = false;
  }
  // A pictograph in front of an item is its bullet; elsewhere it is decoration.
  const mark = PICTOGRAPH_START.exec(content)?.[0] ?? '';
  const pictured = mark !== '';
  const wrapped = pictured && PICTOGRAPH_END.test(content);
  const endsPictured = !pictured && PICTOGRAPH_END.test(content);
  const chat = fromChat(expanded);
  const spoken = chat ? spokenLine(expanded) : null;
  content = stoppedAtPictographs(content).replace(PICTOGRAPHS, ' ').trim();
  // "1) post it 2) book it" on one line is a list of its own, not one item numbered 1.
  const dayPoint = DAY_POINT_MONTH_LEAD.exec(content);
  const dated = dayPoint !== null && isDayPointMonth(`${dayPoint[1]} ${dayPoint[2]}`);
  const bulletMatch = inlineList(content)?.lead === '' || dated ? null : (BULLET.exec(content) ?? EVENT_CIRCLE.exec(content));
  if (bulletMatch) content = content.slice(bulletMatch[0].length);
  const box = CHECKBOX.exec(content);
  if (box) content = content.slice(box[0].length);
  const listed = bulletMatch !== null || box !== null || pictured;
  return {
    indent,
    bullet: listed,
    wrapped,
    pictured,
    mark,
    numbered: bulletMatch !== null && NUMBERED_BULLET.test(bulletMatch[0]),
    checked: box?.[1]?.toLowerCase() === 'x' || done,
    chat,
    // "[08:20] Me: …": a chat line the reader wrote.
    fromReader: spoken !== null && isForReader(spoken.speaker),
    takenBy: spoken === null ? null : speakerTakingOn(spoken),
    endsPictured,
    content: correctSpelling(withoutRestatedDay(withPriorityMarkLast(withRhythmsAside(writtenOut(listed ? withObjectFirstTurned(content.trim()) : content.trim(), textSpeak)))), names),
  };
}

/** The sentences of a line of prose that carry no done mark, or null when the mark is the whole line's. */
function sentencesNotDone(content: string): string | null {
  const said = sentences(content);
  if (said.length < 2) return null;
  const open = said.filter((sentence) => !DONE_MARK.test(sentence));
  return open.length === 0 || open.length === said.length ? null : open.join(' ');
}

const EACH_PICTOGRAPH = /\p{Extended_Pictographic}/gu;

/** "📌 pay the bill 📌 send the deck": one pictograph repeated as a bullet on one line makes items. */
function pictographItems(raw: string): string[] {
  const marks: string[] = raw.match(EACH_PICTOGRAPH) ?? [];
  const bullet = marks.find((mark, index) => marks.indexOf(mark) !== index && raw.split(mark).filter((part) => part.trim() !== '').length >= 2);
  if (!bullet) return [raw];
  return raw.split(bullet).flatMap((part) => (part.trim() === '' ? [] : [`${bullet} ${part.trim()}`]));
}

const WHITESPACE = /\s+/;

const SENTENCE_BREAK = /[.!?]\s/;
const TRAILING_COLON = /:$/;
const SENTENCE_MARK = /[.!?]/;
const SPACED_BRACKETS = /\s*\([^)]*\)\s*/g;
const TWO_CAPITALS = /\p{Lu}{2}/u;
const SENTENCE_OR_CLAUSE_MARK = /[.!?,;]/;
const UPPER_CASE_LINE = /^[A-Z0-9 &/]+$/;
const TWO_ASCII_CAPITALS = /[A-Z]{2}/;

/** "release checklist", "pack list": a kind of list, named by a word or two before it, whose first word may read as a verb ("update the list" is a task). */
const LIST_KIND = /^(?!.*\b(?:the|a|an|my|our|your|this|that|these|those)\b)[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:checklist|list|jobs|chores|errands|to-?dos)$/iu;

/** Longest line that reads as a verb but names the list of steps under it: "move", "garden jobs". */
const BARE_NAME_WORDS_MAX = 2;

/** Fewest sections with items further in under a first line for it to be the page's title. */
const NESTED_SECTIONS_MIN = 2;

/**
 * "SCOUTS — November" over "◦ Remembrance Day parade" and "◦ Winter camp", each with its steps
 * further in: a first plain line over nothing but such sections titles the page, and the sections
 * are the groups (as a markdown page's "#" title over its "##" sections). Every line at the
 * margin of the list must open a section.
 */
function titlesNestedSections(lines: Line[], firstFilled: number): boolean {
  const first = lines[firstFilled];
  if (first === undefined || first.bullet || first.indent > 0) return false;
  const rest = lines.slice(firstFilled + 1).filter((line) => line.content !== '');
  if (rest.length === 0 || rest.some((line) => !line.bullet)) return false;
  const outermost = Math.min(...rest.map((line) => line.indent));
  const outer = rest.filter((line) => line.indent === outermost);
  return outer.length >= NESTED_SECTIONS_MIN && rest.every((line, index) => line.indent > outermost || (rest[index + 1]?.indent ?? outermost) > outermost);
}

/** A heading's name when the line is one; the decision needs the next lines for bare labels. */
function headingOf(line: Line, next: Line | undefined, afterNext: Line | undefined): string | null {
  const { content } = line;
  // "10:00–10:30  1:1 w/ Priya" over "→ bring her the feedback": a day's timetable entry, with a step for it, heads no group.
  if (CLOCK_LED.test(content)) return null;
  if (PROJECT_LINE.test(content)) return content;
  const effort = EFFORT_LINE.exec(content);
  if (effort?.[1] && !startsWithVerb(trimFiller(effort[1])) && !SENTENCE_BREAK.test(effort[1]) && effortItem(content) === null) return effortName(effort[1], content);
  const markdown = MARKDOWN_HEADING.exec(content) ?? (!line.bullet ? BOLD_HEADING.exec(content) : null);
  if (markdown?.[1]) return markdown[1].replace(TRAILING_COLON, '').trim();
  if (content.endsWith(':') && wordCount(content) <= 6 && !SENTENCE_MARK.test(content)) return content.slice(0, -1).trim();
  const bare = withoutRemark(content.replace(SPACED_BRACKETS, ' ').trim());
  const capitals = TWO_CAPITALS.test(bare) && bare === bare.toUpperCase();
  // "1. Garage" over "- sell the bike" and "- fix the shelf": a numbered line over two plain bullets or more numbers a section, not an item;
  // so does one over a single bullet before the next number ("1. Garage / - sell the bike / 2. Loft").
  const plainBullet = (item: Line | undefined) => item?.bullet === true && !item.numbered && !item.pictured && item.indent === line.indent;
  const sectionEnds = afterNext?.numbered === true && afterNext.indent === line.indent;
  const sectionOver = line.numbered && plainBullet(next) && (plainBullet(afterNext) || sectionEnds);
  const nextIsChild = next?.bullet === true && (next.indent > line.indent || !line.bullet || sectionOver);
  // "move" over "- book the van" and "- cancel broadband": a word that could be a verb names the list
  // when the items under it are steps of their own ("Call" over "- mum", "- the bank" is shared).
  // "2. Shop" over indented "- fix the door chime": a numbered line over steps further in numbers a section, as a plain line would head one.
  const numbersSection = line.numbered && next !== undefined && next.indent > line.indent;
  const overSteps = nextIsChild && [next, afterNext].every((item) => item?.bullet === true && item.indent === next?.indent && startsWithVerb(trimFiller(item.content)));
  const shortLabel =
    wordCount(bare) <= 4 &&
    !SENTENCE_OR_CLAUSE_MARK.test(bare) &&
    (capitals || LIST_KIND.test(bare) || !startsWithVerb(trimFiller(bare)) || (overSteps && wordCount(bare) <= BARE_NAME_WORDS_MAX && (!line.bullet || numbersSection)));
  if (shortLabel && nextIsChild) return content;
  // "◦ Remembrance Day parade, Wed 11th" over steps further in: an event and its day head them.
  if (line.bullet && next?.bullet === true && next.indent > line.indent && eventWithDay(content)) return content;
  // "House" over an indented "Kitchen" over its bullets: a heading over its sub-headings.
  if (!line.bullet && shortLabel && next !== undefined && subHeads(line, next, afterNext)) return content;
  // "Stuff to sort for the loft conversion" over a list: what the list is for, colon or not.
  if (!line.bullet && nextIsChild && wordCount(bare) <= THINGS_FOR_WORDS_MAX && THINGS_FOR.test(bare)) return content;
  // "Grant application / Deadline is June 30. / - get letters …" (or "To do: get letters, …"): a line about the effort between its name and its list.
  if (!line.bullet && shortLabel && next !== undefined && !next.bullet && next.indent === line.indent && listFollows(afterNext) && statesOnly(next.content)) {
    return content;
  }
  // A line in capitals heads the lines after it; alone, or asking something ("CALL THE PLUMBER FRIDAY"), it is shouted.
  // One word that could be a verb ("SHOP", "GARDEN") asks nothing without its object: over lines in small letters, it names them.
  const shoutedWord = wordCount(bare) === 1 && next !== undefined && next.content !== next.content.toUpperCase();
  if (
    !line.bullet &&
    shortLabel &&
    next !== undefined &&
    UPPER_CASE_LINE.test(content) &&
    TWO_ASCII_CAPITALS.test(content) &&
    (shoutedWord || !startsWithVerb(trimFiller(bare.toLowerCase())))
  ) {
    return content;
  }
  // "work stuff" on a line of its own, lines under it: the group they belong to, colon or not.
  if (!line.bullet && next !== undefined && shortLabel && AREA_STUFF.test(bare)) return content;
  return null;
}

/** "Remembrance Day parade, Wed 11th", "Winter camp – 14 Dec": a short name, then after a comma or dash only its day. */
function eventWithDay(content: string): boolean {
  const cut = EVENT_DAY_CUT.exec(content);
  if (!cut?.[1] || !cut[2]) return false;
  const name = cut[1].trim();
  return wordCount(name) <= EVENT_NAME_WORDS_MAX && !SENTENCE_OR_CLAUSE_MARK.test(name) && !startsWithVerb(trimFiller(name)) && isDatePhrase(cut[2]);
}

const EVENT_DAY_CUT = /^(.+?)\s*(?:,|\s[–—-])\s+(.+)$/;

/** A day, or an event with its day, said before the writer's need: "By Friday I need to", "before the AGM on 23 August we have to". */
const DAY_THEN_NEED = /^((by|before|on|until|till)\s+[^,;:.!?]{2,40}?)[,\s]+(?=(?:i|we)\s+(?:really\s+|still\s+|also\s+)?(?:need|have|must|gotta|got|should|['’]ve got)\b)/i;

/** The day a sentence's opening lead gives every step of the need after it, and the lead's length; null when it opens with none. */
function dayLeadingNeed(text: string): { day: string; length: number } | null {
  const lead = DAY_THEN_NEED.exec(text);
  if (!lead?.[1] || !lead[2]) return null;
  if (isDatePhrase(lead[1])) return { day: lead[1], length: lead[0].length };
  // "before the AGM on 23 August": the event's day, counted as the lead's word counts it.
  const day = lead[2].toLowerCase() === 'on' ? null : datePhraseIn(lead[1]);
  return day === null ? null : { day: `${lead[2]} ${dayAlone(day)}`, length: lead[0].length };
}

/** "Things for the fete", "Stuff to sort for the loft conversion": a list named by what it is for. */
const THINGS_FOR = /^(?:stuff|things|jobs|tasks|bits)(?:\s+to\s+\p{L}+(?:\s+out)?)?\s+(?:for|re|about)\s+(?:the|my|our)\s+\S/iu;
const THINGS_FOR_WORDS_MAX = 8;

/** A plain short line, further in than its heading, with bullets under it: a sub-heading. */
function subHeads(line: Line, next: Line, afterNext: Line | undefined): boolean {
  return (
    !next.bullet &&
    next.indent > line.indent &&
    wordCount(next.content) <= 4 &&
    !SENTENCE_OR_CLAUSE_MARK.test(next.content) &&
    !startsWithVerb(trimFiller(next.content)) &&
    afterNext?.bullet === true &&
    afterNext.indent >= next.indent
  );
}

/**
 * "🍺 brewery:" over "🔹 kegs to the bar" and "🔹 dry hop the IPA": lines repeating one pictograph
 * use it as their bullet, so a line before them led by another one marks a heading, not an item,
 * when it names no day.
 */
function marksOtherBullets(line: Line, next: Line, afterNext: Line | undefined): boolean {
  return (
    !line.wrapped &&
    next.pictured &&
    afterNext?.mark === next.mark &&
    next.mark !== line.mark &&
    next.indent === line.indent &&
    afterNext.indent === line.indent &&
    // "🦷 dentist next Tuesday" over its notes is an appointment, not a group.
    !hasDatePhrase(line.content)
  );
}

/** Bullets, or a "To do: a, b, c" line: the list under a heading. */
function listFollows(line: Line | undefined): boolean {
  if (line === undefined) return false;
  const label = SHORT_LABEL_THEN_TEXT.exec(line.content)?.[1];
  return line.bullet || (label !== undefined && (GENERIC.test(label.trim()) || isRepeatLabel(label)));
}

const TRAILING_STATEMENT_MARKS = /[.!]+$/;

/** A line that asks for nothing: "Deadline is June 30, no extensions." */
function statesOnly(content: string): boolean {
  const reading = readClause(content.replace(TRAILING_STATEMENT_MARKS, ''), { listed: false, inProse: false });
  return reading.kind !== 'task' || reading.confidence < ASKED_LEAST;
}

const PUNCTUATION_OR_DIGIT = /[.!?,;:\d]/;

/**
 * "🏕️ camping trip prep" over "⛺ borrow tent …" lines: the first pictured line titles the list when
 * it names an effort or a part of life's odds and ends; a pictured thing ("🛒 groceries") stays an item.
 */
function titlesPictures(line: Line, next: Line | undefined): string | null {
  if (!line.pictured || line.wrapped || next?.pictured !== true || next.indent !== line.indent) return null;
  const { content } = line;
  if (wordCount(content) > 4 || PUNCTUATION_OR_DIGIT.test(content) || startsWithVerb(trimFiller(content)) || isDatePhrase(content)) return null;
  return EFFORT_PREP.test(content) || AREA_STUFF.test(content) || EFFORT_WHOLE_WORD.test(content) ? content : null;
}


/** A pictured line's text without its day: "trip to Lisbon Friday" → "trip to Lisbon". */
function withoutDay(content: string): { name: string; day: string | null } {
  const day = datePhraseIn(content);
  return { name: (day === null ? content : content.replace(day, ' ')).trim().replace(TRAILING_PREPOSITION, '').trim(), day };
}

/** A pictured line that opens a block over more pictured lines, short and naming no step or day. */
function picturedLabel(line: Line, next: Line | undefined, opensBlock: boolean): string | null {
  if (!opensBlock || !line.pictured || line.wrapped || next?.pictured !== true || next.indent !== line.indent) return null;
  const { name } = withoutDay(line.content);
  if (name === '' || wordCount(name) > 4 || PUNCTUATION_OR_DIGIT.test(name) || startsWithVerb(trimFiller(name)) || isDatePhrase(name)) return null;
  return name;
}

/** "✈️ trip to Lisbon next Friday" over "➡️ book the hotel": an effort with its day heads the pictured lines under it. */
function picturedEffort(line: Line, next: Line | undefined, opensBlock: boolean): string | null {
  const name = picturedLabel(line, next, opensBlock);
  if (name === null) return null;
  // The day follows the name; "christmas trip prep" is a name with a day in it.
  const { day } = withoutDay(line.content);
  return day !== null && line.content.endsWith(day) && EFFORT_WHOLE_WORD.test(name) ? name : null;
}

/**
 * "🏠 Home" over "🧹 take down the tree" and "🔧 fix the shower", then "💼 Work" over its own: pictured
 * labels of a word or three, each opening a block of pictured steps. One such block could be an item
 * and the next ones ("🛒 groceries" over "📞 call the plumber"); two or more opened alike are groups.
 */
function picturedHeadings(lines: Line[], nextFilled: (Line | undefined)[], afterNextFilled: (Line | undefined)[]): Map<number, string> {
  const headings = new Map<number, string>();
  let opensBlock = true;
  for (const [position, line] of lines.entries()) {
    if (line.content === '') {
      opensBlock = true;
      continue;
    }
    // A shouted label ("🐕 WALKS") heads the pictured lines under it whatever they say, straight
    // after the last group's lines; a quieter one opens a block over steps.
    const shouted = TWO_CAPITALS.test(line.content) && line.content === line.content.toUpperCase();
    const name = picturedLabel(line, nextFilled[position], opensBlock || shouted);
    opensBlock = false;
    const steps = shouted ? [nextFilled[position]] : [nextFilled[position], afterNextFilled[position]];
    const under = steps.every((step) => step?.pictured === true && step.indent === line.indent && (shouted || startsWithVerb(trimFiller(step.content))));
    if (name !== null && under && wordCount(name) <= LABEL_WORDS_MAX) headings.set(position, name);
  }
  return headings.size >= LABELLED_BLOCKS_MIN ? headings : new Map();
}

/** "work stuff", "house things", "kid bits": a part of life and its odds and ends. */
const AREA_STUFF = /^[\p{L}'’ ]{2,30}\s(?:stuff|things|bits)$/iu;

const TRAILING_DASH_OR_MARKS = /(?:\s*[-–—:]+)?[.!?;,]*$/;
/** "[Work]", "== Work ==", "*Work*": marks around a heading are no part of its name. */
const WRAPPING_MARKS = /^[\s[=*_~]+|[\s\]=*_~]+$/g;
/** "Then for the garden", "Things for the garden", "Re: work": the words leading to a name. */
const LEADING_ABOUT_THE =
  /^(?:(?:and|also|then|plus|now)\s+)?(?:(?:stuff|things|tasks|jobs|bits|to-?dos?)(?:\s+to\s+(?:do|sort(?:\s+out)?|get(?:\s+done)?|organi[sz]e|fix|buy|book|pack|remember))?\s+)?(?:(?:for|re:?|regarding|about|around|at|as for|as regards|speaking of|when it comes to|in terms of)\s+(?:the|my|our|a|an)\s+|(?:for|re:?|regarding|as for|speaking of)\s+|(?:the|my|our|a|an)\s+)/i;
/** "the Doyles", "the Naidoos": a family, by its surname in the plural. */
const FAMILY = /^[Tt]he\s+\p{Lu}[\p{Ll}'’-]+s$/u;
/** "Before I sleep", "Before you arrive, please", "Once we land": when something is done, said as a clause, names no group. */
const TIME_CLAUSE = /^(?:(?:and|so|then|but)[\s,]+)?(?:before|after|when|once|until|till|while|as soon as)\s+(?:i|you|we|they|he|she|it)(?:'\p{L}+)?\s+\p{L}/iu;
/** "Garden — before spring", "Taxes - due April 15": a short remark after a heading's name, lower-case or dated. */
const TRAILING_REMARK = /^(.{2,40}?)\s+[-–—]\s+(\S.*)$/;
const REMARK_WORDS_MAX = 4;
/** "ZINE #4 — launch party 25 July at Kubrick": a remark holding the effort's own date may say a little more. */
const DATED_REMARK_WORDS_MAX = 7;

/** "Quiz night - 12th", "Jiwoo's birthday — 16th": the day of the month alone, as a heading gives its own. */
const ORDINAL_DAY = /^(?:the\s+)?(?:[12]?\d|3[01])(?:st|nd|rd|th)\s*[.!:]*$/i;

/**
 * A heading without the remark a spaced dash adds after its name; "Work – Acme account" keeps a
 * name after its dash, and "Hey team — quick recap of today's standup:" says more than a remark.
 */
function withoutRemark(heading: string): string {
  const parts = TRAILING_REMARK.exec(heading);
  if (!parts?.[1] || !parts[2] || isGreeting(parts[1])) return heading;
  const words = wordCount(parts[2]);
  if ((words <= REMARK_WORDS_MAX && LOWER_CASE_START.test(parts[2])) || ORDINAL_DAY.test(parts[2])) return parts[1];
  // The date is looked for last: most lines with a dash hold none.
  return words <= DATED_REMARK_WORDS_MAX && hasDatePhrase(parts[2]) ? parts[1] : heading;
}

/** "Planning Ella's christening", "Prepping for the move": the work of getting an effort ready is the effort. */
const LEADING_PLANNING = /^(?:planning|organi[sz]ing|prepping(?:\s+for)?|preparing(?:\s+for)?|getting ready for)\s+(?=\S)/i;
/**
 * "Work, because it hasn't stopped", "Cottage I need to", "Work stuff for when we're back": what a
 * label goes on to say after its name (a comma and more, the writer speaking, or what its stuff is for).
 */
const TRAILING_CLAUSE = /(?:,\s+\S.*|\s+(?:i|we|i'?ll|we'?ll|i'?ve|because|since|so|which|while)\s.*|\s+(?:i|we)$|(?<=\s(?:stuff|things|bits))\s+(?:for|to|from|that|when)\s.*)$/i;
/** "Wedding-related", "work related": what a label is about, said with "related". */
const TRAILING_RELATED = /[\s-]+related$/i;
/** "Also work", "And house": a connective before a name is no part of it. */
const LEADING_CONNECTIVE = /^(?:and|also|then|plus|now|ok(?:ay)?|so|right|otherwise|besides|meanwhile|anyway|separately)[\s,]+(?=\S)/i;
/** "Garden jobs", "Kitchen reno update", "Work to do": what a name's list is called. */
const TRAILING_STUFF = /(?:\s+(?:stuff|things|tasks|items|bits|jobs|chores|to-?dos?|to do|list|check-?list|first|wise|updates?|news))+$/i;
/** "Work — this week", "Work, this week": the day a heading adds after a dash or comma. */
const TRAILING_DAY = /(?:\s+[-–—]|,)\s+([^,—–]+)$/;
const TRAILING_PROJECT = /(?<!^(?:side|pet|passion|school|group|class))\s+project$/i;
/** "Weekly:", "Every Monday:", "Daily stuff:", "On Sundays:": how often its items repeat, not what they belong to. */
const REPEAT_LABEL =
  /^(?:(?:every|each)\s+(?:other\s+|single\s+)?(?:day|morning|afternoon|evening|night|week|weekend|fortnight|month|quarter|year|\p{L}+day)|(?:on\s+)?\p{L}+days|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annual(?:ly)?|recurring|repeating|regular|routine)(?:\s+(?:routine|habits?|reminders?|repeats?))?$/iu;

/** True when a label says how often its items repeat ("Weekly chores", "Every Monday"). */
function isRepeatLabel(label: string): boolean {
  return REPEAT_LABEL.test(label.trim().replace(TRAILING_STUFF, ''));
}

const PART_OF_DAY = /^(?:morning|afternoon|evening|night|noon|midday|lunchtime)$/i;
const SHORT_DAY_END = /\s+(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?$/i;

/** "Dinner party Saturday", "Trip to Lisbon next week": a name with its day after it is named without the day. */
const PARTICLE_FIRST = /^(?:up|out|off|down|back|over|away|in)\s/i;

function withoutEndingDay(name: string): string {
  // "market sat", "bake sale Thurs": a day cut short after the name.
  const shortDay = SHORT_DAY_END.exec(name);
  if (shortDay && shortDay.index > 0) return name.slice(0, shortDay.index);
  if (!endsWithDay(name)) return name;
  const words = name.split(WHITESPACE);
  for (let count = Math.min(ENDING_DAY_WORDS_MAX, words.length - 1); count >= 1; count--) {
    const day = words.slice(-count).join(' ');
    // "Riverside pop up next Saturday", "fair set up Friday": the particle ends the name ("pop up", "set up"), no day's.
    if (PARTICLE_FIRST.test(day)) continue;
    // "Quiz night", "Open evening": a part of the day alone is part of the name.
    if (isDatePhrase(day) && !PART_OF_DAY.test(day)) return words.slice(0, -count).join(' ').replace(TRAILING_PREPOSITION, '');
  }
  return name;
}

/** Most words a project's name keeps as the label says it; a longer label is named by its head noun phrase. */
const NAME_WORDS_MAX = 4;
/** "Planning the", "Getting ready for the", "Organising Dad's": doing something to what the label names. */
const LEADING_DOING = /^\p{L}+ing\s+(?:(?:out|up|ready|on|for|about|with|through|together)\s+)*(?:(?:the|my|our|a|an|this)\s+(?=\S)|(?=\p{L}+['’]s\s))/iu;
/** "… before spring", "… so I stop forgetting": when or why, after what the label names. */
const TRAILING_WHEN_OR_WHY = /\s+(?:before|after|by|until|till|so|because|when|while|once|asap|this|next|ready|done|sorted|finished)\b.*$/i;

/** What a cut leaves dangling at a name's end: a mark or a preposition. */
const NAME_TAIL = /(?:[\s,;:–—-]+|\s+(?:for|to|of|in|on|at|with|from|about))+$/i;

/**
 * "Planning the trip to Japan" → "trip to Japan", "Sorting out the garden before spring" →
 * "garden": a label over four words is named by the thing it is about, not what is done to it.
 */
function headNounPhrase(name: string): string {
  if (name.split(WHITESPACE).length <= NAME_WORDS_MAX) return name;
  // "work stuff for when we're back" → "work", "work, because it hasn't stopped" → "work".
  return name.replace(LEADING_DOING, '').replace(TRAILING_WHEN_OR_WHY, '').replace(NAME_TAIL, '').replace(TRAILING_STUFF, '');
}

/** "wedding in November", "launch next March": a month after the name says when, not what. */
const TRAILING_MONTH = /\s+(?:in|this|next|by|before|until|early|late|mid)(?:\s+(?:early|late|mid))?[\s-]+(\p{L}+)$/iu;

function withoutMonthAfter(name: string): string {
  const month = TRAILING_MONTH.exec(name);
  return month?.[1] !== undefined && month.index > 0 && MONTH_NAME_START.test(month[1]) ? name.slice(0, month.index) : name;
}

/**
 * "sister's wedding", "cousin's stag do": a relative's event is the event; someone named keeps the
 * name ("Ananya's wedding"), as do "Mum", "Dad" and "Gran", which name a parent as a name does
 * ("Dad's retirement party"), and a bare milestone keeps its owner.
 */
const RELATIVE_OWNER =
  /^(?:(?:little|big|baby|older|younger|eldest|youngest)\s+)?(?:sister|sis|brother|bro|parents|aunt|auntie|uncle|cousin|niece|nephew|son|daughter|husband|wife|partner|fianc[ée]e?|in-laws|best friend)['’]s?\s+(?=\p{L}{3})/iu;

function withoutRelativeOwner(name: string): string {
  const owner = RELATIVE_OWNER.exec(name);
  return owner === null ? name : name.slice(owner[0].length);
}

/**
 * "Email from the builder:", "Text from Mum", "Fwd from the agency", "from the landlord's letter
 * Monday:": a message pasted under it, whose sender is no project.
 */
const MESSAGE_FROM =
  /^(?:(?:an?|the|this|his|her|their)\s+)?(?:e-?mail|text|sms|message|msg|voicemail|letter|fwd|fw|forwarded|whatsapp|slack|dm)\s+(?:from|by)\s+\S|^(?:(?:copied|pasted|forwarded)\s+)?from\s+[^:]{1,40}?['’]s?\s+(?:(?:last|latest|new)\s+)?(?:e-?mails?|texts?|sms|messages?|msgs?|voicemails?|letters?|notes?|notices?|memos?|newsletters?|whatsapps?|dms?)\b/i;

/** "Garden" → project Garden; "Project: Kitchen" → Kitchen; "To do" → none. */
function projectName(heading: string): string | null {
  if (TIME_CLAUSE.test(heading.trim())) return null;
  const explicit = PROJECT_LINE.exec(heading);
  // "WORK (back Wed 27th)" is Work: a remark in brackets is not part of the name.
  const written = withoutRemark((explicit?.[1] ?? heading).replace(WRAPPING_MARKS, '').replace(TRAILING_DASH_OR_MARKS, '').replace(SPACED_BRACKETS, ' ').trim());
  // "The Doyles:", "The Naidoos:": a family is named with its "the".
  if (FAMILY.test(written)) return written.charAt(0).toUpperCase() + written.slice(1);
  // "On the house front", "In the work side of things": the topic between the words.
  let name = (TOPIC_FRONT.exec(written)?.[1] ?? written)
    .replace(TRAILING_RELATED, '')
    .replace(LEADING_PLANNING, '')
    .replace(LEADING_ABOUT_THE, '')
    .replace(LEADING_CONNECTIVE, '')
    .replace(TRAILING_CLAUSE, '')
    .replace(TRAILING_STUFF, '')
    .replace(TRAILING_PROJECT, '')
    .replace(EFFORT_PREP, '')
    .replace(PREPARING_AFTER_EFFORT, '')
    .trim();
  const day = TRAILING_DAY.exec(name);
  if (day?.[1] && isDatePhrase(day[1])) name = name.slice(0, day.index).trim();
  else name = withoutEndingDay(name);
  name = withoutMonthAfter(name);
  name = headNounPhrase(name);
  name = withoutRelativeOwner(name);
  // "Crazy week ahead:", "Ugh:", "Productive morning:": how things are going heads the list, naming nothing.
  // "Outside of those:", "Apart from that:": what follows is loose, outside the groups before it.
  if (!explicit && (GENERIC.test(heading.trim()) || OUTSIDE_LEAD.test(heading.trim()) || WEEK_NUMBER.test(name) || TURN_AWAY.test(heading.trim()) || MESSAGE_FROM.test(heading.trim()) || GENERIC.test(name) || VAGUE_LABEL.test(heading.trim()) || isRepeatLabel(name) || isMood(heading.trim().replace(LEADING_CONNECTIVE, '')))) return null;
  // "KIDS", "CAR" are shouted words; "PTA", "IRS" are initials and stay.
  if (TWO_CAPITALS.test(name) && name === name.toUpperCase() && (name.length > 3 || isEnglishWord(name.toLowerCase()))) name = name.toLowerCase();
  return name === '' ? null : name.charAt(0).toUpperCase() + name.slice(1);
}

const ABBREVIATION = /\b(?:dr|mr|mrs|ms|mx|sra|srta|dra|mme|mlle|prof|rev|fr|capt|sgt|lt|col|hon|st|vs?|etc|e\.g|i\.e|approx|appt|esp|incl|excl|cf|viz|dept|no|jr|sr|inc|ltd|co)\.$/i;

// "…, so before then I need to X, Y and Z": the pointing back opens a sentence of its own, whose clauses it all dates.
const SENTENCE_SPLIT = /(?<=[.!?])\s+|;\s*|,\s+(?=so\s+(?:before|by|until|till)\s+(?:then|that)\b)/;
const SHORT_MONTH_END = /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;
const SHORT_WEEKDAY_END = /\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.$/i;
/** A date opening the next piece: "4/2", "3rd", "3 April", "March 31" ("Sat. 3 parcels to post" is a new sentence). */
const NUMERIC_OR_ORDINAL_DATE_START = /^\d{1,2}(?:[/.-]\d|(?:st|nd|rd|th)\b)/i;
const DAY_BEFORE_MONTH = /^\d{1,2}(?:st|nd|rd|th)?\s+/i;

function startsWithDate(text: string): boolean {
  if (NUMERIC_OR_ORDINAL_DATE_START.test(text) || MONTH_NAME_START.test(text)) return true;
  const day = DAY_BEFORE_MONTH.exec(text);
  return day !== null && MONTH_NAME_START.test(text.slice(day[0].length));
}
const DIGIT_START = /^\d/;
/** "ch. 3", "p. 12", "vol. 2", "ep. 11": a part of a work, shortened before its number, ends no sentence. */
const NUMBERED_PART_END = /\b(?:ch|chap|pt|p|pp|vol|fig|sec|ep|para|art|ex|nr|rm|apt|ste)\.$/i;
const DOTTED_DATE_END = /(?<![\d.])(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])\.$/;
const LOWER_CASE_START = /^[a-zà-ÿ]/;
const SPACED_DASH_START = /^[—–-]\s/;
/** "am 8. September", "bis 15. März": a day written with its dot, as German writes it, before its month. */
const DOTTED_DAY_END = /(?<![\d.])(?:[0-2]?\d|3[01])\.$/;
/** "the U.K. office", "our GlobalG.A.P. audit": initials with their dots, before a word in lower case. */
const DOTTED_INITIALS_END = /(?:\p{L}\.){2,}$/u;
/** "Tom H.", "Ana P.": a name and the initial of its surname, ending no sentence when lower case goes on. */
const NAME_INITIAL_END = /\b\p{Lu}\p{Ll}+\s+\p{Lu}\.$/u;

/**
 * A dot inside a date or initials ends no sentence: "Mar. 3", "due Jan. 15" (a shortened month before its day),
 * "Thurs. 4/2", "Fri. 3 April" (a shortened weekday before its date),
 * "Oma am 8.9. anrufen" (a day and month with their dots, the sentence going on in lower case),
 * "Zahnarzt am 8. September anrufen" (a day with its dot before the month's name).
 */
function dateGoesOn(current: string, next: string): boolean {
  if (SHORT_MONTH_END.test(current)) return DIGIT_START.test(next);
  if (SHORT_WEEKDAY_END.test(current)) return startsWithDate(next);
  if (DOTTED_DAY_END.test(current) && MONTH_NAME_START.test(next)) return true;
  return (DOTTED_DATE_END.test(current) || DOTTED_INITIALS_END.test(current)) && LOWER_CASE_START.test(next);
}

/** A title shortened with a capital that is also a word's end ("call my sis."): a title only before a name. */
const SHORT_TITLE_END = /(?<![\p{L}])(?:Bro|Sis|Br|Pr|Pst|Ptr|Sen|Rep|Gov|Gen|Supt|Insp|Det|Cpl|Pte|Mt)\.$/u;
const FIRST_WORD = /^\p{Lu}[\p{Ll}'’-]*/u;

/** "ask Bro. Nii if …", "Sis. Adwoa's visit": a shortened title before a name that is no English word goes on. */
function titleBeforeName(current: string, next: string): boolean {
  if (!SHORT_TITLE_END.test(current)) return false;
  const name = FIRST_WORD.exec(next)?.[0];
  return name !== undefined && !isEnglishWord(name.toLowerCase());
}

/** Sentences: split after . ! ? (not after abbreviations or inside numbers) and at semicolons. */
function sentences(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  const pieces = text.split(SENTENCE_SPLIT);
  for (const [index, piece] of pieces.entries()) {
    current = current ? `${current} ${piece}` : piece;
    const next = pieces[index + 1] ?? '';
    const initialGoesOn = NAME_INITIAL_END.test(current) && LOWER_CASE_START.test(next);
    if (!ABBREVIATION.test(current) && !titleBeforeName(current, next) && !dateGoesOn(current, next) && !(NUMBERED_PART_END.test(current) && DIGIT_START.test(next)) && !initialGoesOn) {
      parts.push(current);
      current = '';
    }
  }
  if (current) parts.push(current);
  // "kita closed 21.09. – find babysitter": the dash after the stop only leads on to the next sentence.
  return parts
    .flatMap(atDayLabels)
    .map((part) => part.trim().replace(SPACED_DASH_START, ''))
    .filter(Boolean);
}

/** ", tomorrow: …", ", Friday: …": a day label after a comma opens a run of its own, as after a full stop. */
const COMMA_BEFORE_DAY_LABEL = /,\s+(?=(?:today|tonight|tomorrow|tmrw|(?:this\s+)?weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\s*:)/i;
const COMMA_BEFORE_DAY_LABELS = new RegExp(COMMA_BEFORE_DAY_LABEL.source, 'gi');

function atDayLabels(sentence: string): string[] {
  // Most sentences hold no colon: the labels' pattern is not run over them.
  return sentence.includes(':') && COMMA_BEFORE_DAY_LABEL.test(sentence) ? sentence.split(COMMA_BEFORE_DAY_LABELS) : [sentence];
}

// Dictated text has no commas: "… the prescription and then call …", "… the claim also remind me to …",
// "… came in the mail too pay it …", "… the night before also the mats need airing …" ("also" even after "before"),
// "… the claim I also need to …". A break before "I need to" (after a few words: "tomorrow I have
// to …" is one clause) keeps its words for the next clause; so does one before the day leading it ("… which
// means tonight I need to …"). A condition of the weather or the day said
// first ends before the writer's plan with no comma: "if the tide's out I'll walk the dog on the sand"
// (one resting on people, "if the board agrees we'll …", stays whole: a statement). "Jo and I are …"
// is one subject, not two clauses.
// Every break starts at a space, a comma or a run-on mark, so no alternative is tried anywhere
// else; the weather condition's look-behind, which reads back to the sentence's start, is tried
// only before the "I"/"we" its plan needs.
const CLAUSE_BREAK =
  /(?=[\s,\uE006])(?:\s*\uE006\s*|(?=\s+(?:i|we)\b)(?<=^\s*(?:if|once|as soon as)\s+(?:it|tonight|today|tomorrow|the\s+(?:weekend|weather|rain|sun|wind|tide|snow|frost|sky|sea|forecast))(?:['’]s|\s)[^,;]*\S)\s+(?=(?:i|we)(?:['’]ll|\s+will|['’]m going to|\s+am going to|['’]re going to|\s+are going to)\s+[a-z])|\s*,(?!\d{3}\b)\s*(?:and\s+then\s+|and\s+also\s+|and\s+|then\s+|also\s+|plus\s+|so\s+)?|\s+[—–]\s+|\s+-\s+(?=\S)|\s+(?:and\s+then|and\s+also|then\s+also|after\s+that|plus\s+also)\s+|(?<!\b(?:before|by|until|till))\s+(?:and|then|plus|too|so|but|oh and|oh yeah|and finally|&|\+)\s+(?=\S)(?!i\s+(?:are|were)\b)|(?<!^\s*(?:somebody|someone|everyone|everybody|i|we|you|he|she|they))\s+also\s+(?=\S)|(?=\s)(?<=\S+\s+\S+\s+\S+)\s+(?=(?:they|we|i|he|she)\s+(?:were|was|am|are|had|felt|told|said|think|thought|haven'?t|hadn'?t|can'?t|couldn'?t|genuinely|keep|kept)\b)|(?=\s)(?<=\S+\s+\S+)\s+(?=(?:they|we|he|she)['’](?:s|re|ve) (?:been|always|never)\b)|(?=\s)(?<=\S+\s+\S+\s+\S+)(?<!\b(?:if|whether|that|when|because|what|how|why|where|who|and|but|or))\s+(?=(?:he|she)\s+(?:hasn'?t|isn'?t|wasn'?t|doesn'?t|didn'?t|has been)\b)|(?=\s)(?<=\S+\s+\S+\s+\S+)\s+(?=(?:honestly|seriously|anyway|anyways|still)\s+(?:i\s+)?(?:need|have|gotta|got)\s+to\b)|\s+so\s+(?=(?:i|we)\s+(?:have|need|must|should|gotta|got|will)\b)|(?=\s)(?<=\S+\s+\S+\s+\S+)\s+(?=(?:today|tonight|tomorrow)\s+(?:i|we)\s+(?:also\s+|still\s+|really\s+)?(?:need|have|must|should|gotta|got)\s+to\b)|(?=\s)(?<=\S+\s+\S+\s+\S+)(?<!\b(?:today|tonight|tomorrow))\s+(?=(?:i|we)\s+(?:also\s+|still\s+|really\s+)?(?:need|have|must|should|gotta|got)\s+to\b|(?:also\s+)?remind me to\b|don'?t forget to\b))/i;

const OWN_CLAUSE_START = /^(?:i|we|need|have|got|gotta|must|should|don'?t|remember|remind|also|then)\b/i;
const DASH_START = /^[—–-]/;
const AND_TO = /^\s*and\s*$/i;
const INFINITIVE_START = /^to\s+/i;
const WORD_THEN_PREPOSITION = /^\S+\s+(?:for|on|at|by|in|before|after|to)\b/i;

/** "Thu 8am before the office opens", "Sat after the kids are in bed": a day and a clause of time after it. */
const TIME_CLAUSE_AFTER_DAY = /^(.+?)\s+(?:before|after|when|once|until|till|while)\s+(?:the\s+|my\s+|our\s+)?[\p{L}'’-]+\s+\p{L}/iu;

/** True when the clause is a day and a happening that bounds it: "Thu 8am before the office opens". */
function dayBeforeHappening(clause: string): boolean {
  const day = TIME_CLAUSE_AFTER_DAY.exec(clause)?.[1];
  return day !== undefined && isDatePhrase(day);
}

/**
 * Each clause's joiner (the text between it and the clause before), the sentence before it and the
 * text after it, found in order; empty when not found.
 */
function clausePlaces(text: string, clauses: Clause[]): { joiner: string; before: string; after: string }[] {
  let from = 0;
  return clauses.map((clause) => {
    const at = text.indexOf(clause.text, from);
    if (at < 0) return { joiner: '', before: '', after: '' };
    const joiner = text.slice(from, at);
    from = at + clause.text.length;
    return { joiner, before: text.slice(0, at), after: text.slice(from) };
  });
}

/** True when a clause stands as a task of its own rather than continuing the previous one. */
/** A digit or a word a day phrase may hold: most clauses have none, and the date reader is not asked about them. */
// Other languages' words for a day, week or month too: "…, eind van de maand", "…, fine mese".
const MAY_BE_DAY =
  /\d|day\b|\b(?:tomorrow|tmrw|tonight|week|weekend|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?<![a-zà-ÿ])(?:maand|monats?|mois|mese?|woche|semaine|semana|settimana|vandaag|heute|morgen|oggi|domani|hoy|demain)(?![a-zà-ÿ])/i;

const AND_ALONE = /^\s+and\s+$/i;
/**
 * "send it to Priti", "post it in the group chat", "air them": a verb on "it" or "them" and no object of its own.
 * Not "pick it up" or "drop it off" (an errand of its own, often on another day), "send them my notes" (them
 * is who gets something else) or "do it" (any doing).
 */
const HANDS_ON_WHAT_WAS_MADE =
  /^(?!do\b)\p{L}+\s+(?:it|them)(?!\s+(?:up|off|back|out|down|over|away|the|a|an|my|your|his|her|our|their|some|this|that|these|those)\b)(?![\p{L}'’])/iu;
/** "oh and", "oh yeah": a speaker remembering one more thing. */
const AFTERTHOUGHT_JOINER = /^\s+oh\s+(?:and|yeah)\s+$/i;
/** Fewest words of an afterthought that is a thing of its own: "the dog needs her tablet"; "oh and milk" may go on a list. */
const AFTERTHOUGHT_WORDS_MIN = 3;

function standsAlone(clause: string, joiner: string, listing: boolean, previous?: string): boolean {
  // A break with no words of its own is made only before "I need to …" or "they were …", or where dictation runs a task on.
  if (joiner.replace(RUN_ON_MARKS, '').trim() === '') return true;
  const trimmed = trimFiller(clause);
  // "update the contact sheet and send it to the cast": a step on what the task before made is the same errand's end
  // ("finish the slides by Friday and rehearse it with Amir": a task with a day of its own ends there).
  if (previous !== undefined && AND_ALONE.test(joiner) && HANDS_ON_WHAT_WAS_MADE.test(trimmed) && startsWithVerb(trimmed) && startsWithVerb(trimFiller(previous)) && wordCount(trimFiller(previous)) >= 3 && !hasDatePhrase(previous)) return false;
  // "… together this weekend oh and the dog needs her worming tablet": "oh and" turns to a new thing, never to more of a list.
  if (AFTERTHOUGHT_JOINER.test(joiner) && wordCount(trimmed) >= AFTERTHOUGHT_WORDS_MIN) return true;
  // "pay the rent, due on the 10th": a day said alone after a task is that task's, and so is one
  // bounded by a happening ("…, Thu 8am before the office opens").
  if (previous !== undefined && MAY_BE_DAY.test(trimmed) && (isDatePhrase(trimmed) || dayBeforeHappening(trimmed))) return false;
  // "the kids need new backpacks, Sofia needs her books": a need a reader writes down as its own task.
  if (taskOfNeed(trimmed) !== null) return true;
  if (REMARK_START.test(trimmed) || (!startsWithVerb(trimmed) && DOES_TO_IT.test(trimmed))) return false;
  // Dictated run-ons: "… for Lily and I felt like …", "… dinner and finally I keep saying this": a
  // person saying something is no more of the task before it.
  if (!joiner.includes(',') && (saysSomething(clause) || thingStated(clause))) return true;
  // "… before the rains start also Mike's birthday is on the 19th": an event's day is no more of the task before it.
  if (!joiner.includes(',') && dayOfEvent(clause) !== null) return true;
  if (trimmed !== clause.trim() && OWN_CLAUSE_START.test(clause.trim())) return true;
  if (DASH_START.test(joiner.trim())) return startsWithVerb(trimmed) && !WORD_THEN_PREPOSITION.test(trimmed);
  // "wash the van and to call the garage": a second infinitive after "and" is a second task, once
  // the first has its object ("learn to cook and to sew" is one thing learnt).
  if (previous !== undefined && AND_TO.test(joiner) && INFINITIVE_START.test(trimmed) && wordCount(trimmed) > 2 && startsWithVerb(trimmed.replace(INFINITIVE_START, '')) && wordCount(trimFiller(previous)) > 2) return true;
  // "buy batteries, tape, and bulbs", "sunscreen and sand": a verb alone after a comma or "and" is one more thing.
  if (startsWithVerb(trimmed) && (wordCount(trimmed) > 1 || listing)) return true;
  // "… and then by Wednesday drop off the form": a day leading a verb starts a task too.
  if (afterLeadingDay(trimmed)) return true;
  // "and" / "then" without a comma joins nouns ("salt and pepper") unless a verb follows.
  if (!joiner.includes(',')) return false;
  // "submit the timesheet today, visa paperwork": a verb's listed objects come before its day, so a thing after it is a new item.
  if (previous !== undefined && wordCount(trimmed) >= 2 && !POINTING_OR_SPEAKER.test(trimmed) && startsWithVerb(trimFiller(previous)) && endsWithDay(previous) && !hasDatePhrase(trimmed)) return true;
  // "groceries, laundry, taxes": a list of things, each its own task.
  return listing || wordCount(trimmed) > 3;
}

const POINTING_OR_SPEAKER = /\b(?:it|this|that|them|same)\b|^(?:i|we|you|he|she|they)\b/i;
/** Words a day phrase may end on: a number, a day or a part of one, a week, month or year, "today" in a few languages. */
const DAY_END_WORD =
  /\d|^(?:today|tonight|tomorrow|tmrw|tmr|asap|eod|eow|\p{L}*day|\p{L}*tag|week|weekend|month|year|morning|afternoon|evening|night|noon|heute|morgen|hoy|mañana|demain|domani|oggi|amanhã|hoje|vandaag)$/iu;
/** Longest day phrase that may end a task: "next Tuesday morning". */
const ENDING_DAY_WORDS_MAX = 3;

/** True when the text ends with a day phrase ("… today", "… by next Friday"). */
function endsWithDay(text: string): boolean {
  const words = text.trim().split(WHITESPACE);
  // Only a word that can end a day phrase is worth the date reader's time.
  const last = words.at(-1) ?? '';
  if (!DAY_END_WORD.test(last) && !MONTH_NAME_START.test(last)) return false;
  for (let count = 1; count <= ENDING_DAY_WORDS_MAX && count < words.length; count++) {
    if (isDatePhrase(words.slice(-count).join(' '))) return true;
  }
  return false;
}

const LEADING_FILLER = /^(?:finally|honestly|anyway|actually|also|then|well)\s+/i;

/** A clause led by a person or "it" that states rather than asks: "I keep saying this", "they were clear". */
function saysSomething(clause: string): boolean {
  const text = clause.trim().replace(LEADING_FILLER, '');
  return SPEAKER_LED.test(text) && readClause(text, { listed: false, inProse: true }).kind !== 'task';
}

const SPEAKER_LED = /^(?:i|we|they|he|she|it|you|i'm|i've|i'd|it's|we're|they're|he's|she's|you're)\b/i;

/** Verbs of having and lacking, in no task-verb list: "… and the car needs its MOT". */
const HAVING = /^(?:needs|wants|lacks|owes|deserves)$/i;

/** "… and the pharmacy closes at 6", "… but my car is in the garage": a thing and what it does or is, said in passing. */
function thingStated(clause: string): boolean {
  const text = clause.trim();
  if (!THING_LED.test(text)) return false;
  const verb = THING_DOING.exec(text)?.[1];
  return (verb !== undefined && (verbBase(verb) !== null || HAVING.test(verb))) || readClause(text, { listed: false, inProse: true }).kind === 'statement';
}

const THING_LED = /^(?:the|my|our|his|her|their|your)\s+\p{L}/iu;
/** "the council office shuts early": a subject of a word or three, then a verb in -s with more after it ("the school bags" has none). */
const THING_DOING = /^\S+\s+(?:[\p{L}'’-]+\s+){1,3}?([a-z]{3,}[^s'’\s]s)\s+\S/iu;

/** Longest day phrase that may lead a task: "by Wednesday", "tomorrow morning", "on the 19th". */
const LEADING_DAY_WORDS_MAX = 3;

/** True when the clause is a day phrase, then a task verb: "by Friday return the drill". */
function afterLeadingDay(clause: string): boolean {
  const words = clause.split(WHITESPACE);
  for (let count = 1; count <= LEADING_DAY_WORDS_MAX && count < words.length; count++) {
    const rest = trimFiller(words.slice(count).join(' '));
    if (startsWithVerb(rest) && wordCount(rest) > 1 && isDatePhrase(words.slice(0, count).join(' '))) return true;
  }
  return false;
}

/** Words the first item of a list of things stays within ("groceries", "dentist thu 2pm"). */
const LISTED_THING_WORDS = 3;

/** How a remark after a comma starts: "not the fantasy five", "including the hats", "esp. the two by the walnut", "somewhere in Connecticut". */
const REMARK_START = /^(?:(?:not|no|including|somewhere|realistically|especially|except|instead|only|even|on that|ideally|preferably|anywhere|very|super|again|otherwise|or so|no matter|which|whatever)\b|(?:incl|esp)\.)/i;
/** "…, it's due Feb 1", "…, she wants to know by Friday": a remark about the task or the person it is for. */
const PRONOUN_LED = /^(?:it|that|this|they|he|she)\b/i;
/** A clause after a comma led by a pronoun that says something rather than asks for it. */
function pronounRemark(clause: string): boolean {
  return PRONOUN_LED.test(clause.trim()) && readClause(clause, { listed: false, inProse: false }).kind !== 'task';
}

/** A subject of a word, a verb in -s: "registration closes" (not "fresh notes", "new tyres": a word that says which things, then the things). */
const SUBJECT_THEN_VERB =
  /^(?:(?:the|a|my|our|their|his|her|your)\s+)?(?!(?:new|fresh|old|spare|extra|more|clean|dry|big|small|other|some|few|many|two|three|four|five|several)\s)[\p{L}'’-]+\s+(?:[a-z]+ly\s+)?([a-z]{3,}[^s'\s]s)\b/iu;

/** "registration closes Friday", "Mrs Khan needs it", "payroll nags otherwise": a thing or person and what they do. */
function somethingDoes(clause: string): boolean {
  const verb = SUBJECT_THEN_VERB.exec(clause)?.[1];
  return (verb !== undefined && verbBase(verb) !== null) || (!startsWithVerb(clause) && DOES_TO_IT.test(clause));
}

/** A subject of a word or three, a verb in -s, then a pronoun or "otherwise": only a verb is followed so. */
const DOES_TO_IT = /^(?:[\p{L}'’.-]+\s+){1,3}?[a-z]{2,}[^s'’\s]s\s+(?:it|them|him|her|me|us|this|that|otherwise|everything|anything|nothing)\b/iu;

/** One clause of a sentence and the remarks cut from it ("it's going green"). */
export interface Clause {
  text: string;
  asides: string[];
}

/**
 * Clauses of one sentence: commas, dashes, "and then", "and" before a verb; noun lists stay
 * whole. A remark after a comma or dash that is not a task ("the old ones are disgusting") leaves
 * the title for the notes, except the day it names ("meeting is next Tuesday").
 */
export function splitClauses(written: string): { parts: Clause[]; listing: boolean } {
  // "Also, the gas bill is due on the 5th": the comma after a leading connective parts no clauses.
  const joined = written.replace(CONNECTIVE_COMMA, '$1 ');
  const { parts: split, listing } = splitUnbracketed(hideExampleLists(hideBracketed(joinSharedObjects(markRunOns(joined)))));
  const shown = (text: string) =>
    text.replace(HIDDEN_BREAKS, (mark) => BRACKET_BREAKS[HIDDEN.indexOf(mark)] ?? mark).replace(HIDDEN_SPACES, ' ').replace(RUN_ON_MARKS, ' ');
  return { parts: split.map((clause) => ({ text: shown(clause.text), asides: clause.asides.map(shown) })), listing };
}

const CONNECTIVE_COMMA = /^((?:and\s+)?(?:also|plus|besides|then|anyway|oh|ok(?:ay)?|right|well|so))\s*,\s*(?=\S)/i;

/** Marks that split clauses, and the stand-ins they take inside brackets: "(very overdue, the filling is wobbling)" is one remark. */
const BRACKET_BREAKS = [',', '—', '–', ' - '];
const HIDDEN = ['\uE001', '\uE002', '\uE003', '\uE004'];
const HIDDEN_BREAKS = /[\uE001-\uE004]/g;

const INNER_BRACKETS = /\([^()]*\)/g;

/** The stand-in for a space that must not split: "sign and return the form" is one task. */
const HIDDEN_SPACE = '\uE005';
const HIDDEN_SPACES = /\uE005/g;
/** Two verbs joined by "and" (or "&", "+"), opening a clause, then what they share: "sign and return the form", "wash + iron the shirts". */
const VERB_PAIR = /(^|[,;:—–]\s*|\b(?:to|please|pls)\s+)(\p{L}+)\s+(and|&|\+)\s+(?=(\p{L}+(?:-\p{L}+)?)\s+\S)/giu;
const AND_OR_AMPERSAND = /\s(?:and|&|\+)\s/i;

/** Two verbs on one pronoun, opening a clause: "sign it and post it", "wash them and fold them" is one errand and its follow-up. */
const PRONOUN_VERB_PAIR = /(^|[,;:—–]\s*|\b(?:to|please|pls)\s+)(\p{L}+)\s+(it|them)\s+(and|&)\s+(?=(\p{L}+)\s+\3\b)/giu;

/** Keeps two verbs that share their object together, by hiding the spaces around their "and". */
function joinSharedObjects(text: string): string {
  if (!AND_OR_AMPERSAND.test(text)) return text;
  return text
    .replace(VERB_PAIR, (whole, lead: string, first: string, joiner: string, second: string, at: number, all: string) =>
      // "strip and re-seal the hall floor": a verb the list lacks is told by the object the two share; "+" also
      // joins list items ("milk + eggs"), so it joins only verbs the list knows.
      (startsWithVerb(first) || (joiner !== '+' && startsWithVerb(`${first} ${all.slice(at + whole.length + second.length).trim()}`))) && startsWithVerb(second)
        ? `${lead}${first}${HIDDEN_SPACE}${joiner}${HIDDEN_SPACE}`
        : whole,
    )
    .replace(PRONOUN_VERB_PAIR, (whole, lead: string, first: string, pronoun: string, joiner: string, second: string) =>
      startsWithVerb(first) && startsWithVerb(second) ? `${lead}${first} ${pronoun}${HIDDEN_SPACE}${joiner}${HIDDEN_SPACE}` : whole,
    );
}

function hideBracketed(text: string): string {
  return text.replace(INNER_BRACKETS, (remark) => BRACKET_BREAKS.reduce((hidden, mark, index) => hidden.replaceAll(mark, HIDDEN[index] ?? mark), remark));
}

const COMMA_NOT_THOUSANDS = /,(?!\d{3}\b)/;
/** "e.g.", "i.e.", "such as": examples follow; "etc.", "and so on": examples went before. */
const EXAMPLES_FOLLOW = /(?<![\p{L}])(?:e\.\s?g\.?|i\.\s?e\.?|such as|for example|for instance)(?![\p{L}])/iu;
const EXAMPLES_BEFORE = /(?<![\p{L}])(?:etc\.?|and so on|and so forth|and the like)(?![\p{L}])/iu;
/** Most words an example of a list holds: "paint tins", "the old bikes", "meds etc. by Thursday". */
const EXAMPLE_WORDS_MAX = 5;
/** Fewest words of a task after examples: "call Jo about it"; "paint tins" may be a thing. */
const TASK_AFTER_EXAMPLES_WORDS = 3;
const EXAMPLES_OPEN = /^\s*(?:e\.\s?g\.?|i\.\s?e\.?|such as|for example|for instance)(?![\p{L}])/iu;

/**
 * A part after a comma that is one more example: short, and no task of its own. Before "etc." the
 * list's head is the part that opens with a verb ("buy milk, eggs etc."); after "e.g." a verb
 * opens a task only with words after it ("paint tins" is a thing, "call Jo about it" a task).
 */
function isExample(part: string, afterCue: boolean): boolean {
  const item = trimFiller(part.replace(LEADING_AND_THEN, ''));
  if (item === '' || wordCount(item) > EXAMPLE_WORDS_MAX) return false;
  return !startsWithVerb(item) || (afterCue && wordCount(item) < TASK_AFTER_EXAMPLES_WORDS);
}

/**
 * Hides the commas of a run of examples ("clean out the shed, i.e. the tools, paint tins, old
 * bikes", "pack chargers, meds etc."): they list what one task covers, not tasks.
 */
function hideExampleLists(text: string): string {
  if (!EXAMPLES_FOLLOW.test(text) && !EXAMPLES_BEFORE.test(text)) return text;
  const parts = text.split(COMMA_NOT_THOUSANDS);
  // hidden[i]: the comma before part i stands between examples.
  const hidden = parts.map(() => false);
  for (const [index, part] of parts.entries()) {
    if (EXAMPLES_FOLLOW.test(part)) {
      if (EXAMPLES_OPEN.test(part)) hidden[index] = index > 0;
      for (let next = index + 1; next < parts.length && isExample(parts[next] ?? '', true); next++) hidden[next] = true;
    }
    if (EXAMPLES_BEFORE.test(part)) {
      for (let earlier = index; earlier > 0 && isExample(parts[earlier] ?? '', false); earlier--) hidden[earlier] = true;
    }
  }
  return parts.map((part, index) => (index === 0 ? part : `${hidden[index] ? HIDDEN[0] : ','}${part}`)).join('');
}
/** Most words of a thing named before the step it needs: "3-tier ube cake for the Santos wedding". */
const STEP_THING_WORDS = 8;
const VERB_THEN_REST = /^(\S+)\s+(\S.*)$/;
/** "book it next week": a pronoun names the thing itself, which the reading of pronouns handles. */
const PRONOUN_OBJECT = /^(?:it|them|this|that|these|those|one|some|him|her)\b/i;
/** "it Thurs", "them on Friday": the thing said before, and the day to act on it. */
const PRONOUN_THEN_DAY = /^(?:it|(them))\s+(\S.*)$/i;
/** "needs", "need": a thing said to need something, which the reading of needs handles. */
const NEEDING = /\bneeds?\b/i;
/** "when", "once", "if": a clause saying when or whether, not a thing. */
const WHEN_FIRST = /^(?:when|whenever|once|if|after|before|as soon as|until|till|while|since|unless)\s/i;
/** "Dorota": one word with a capital and small letters after it, a name (an acronym such as "GEZ" is a thing). */
const NAME_ALONE = /^\p{Lu}\p{Ll}+$/u;
/**
 * "pay it", "upload them", "take it to Made's garage", "book them in for the 7th": the step names
 * nothing but the thing said before, and perhaps where it goes or with what (never "take it easy").
 */
const PRONOUN_ALONE = /^(?:it|(them))(?:[.!]*|\s+((?:to|into|in|back|up|off|out|over|round|down|with|for|at|by|from)\b.*))$/i;
/** "the", "my", "Dad's", "2": a thing that already says which. */
const SAYS_WHICH = /^(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|\d|\S+['’]s\s)/i;
/** A word in the plural, for "them" to point at ("flights home", "rec letters"). */
const PLURAL_WORD = /[^s'’]s$/i;

/** "is", "has", "arrives", "runs out": a thing that says one is a sentence about what happens to it. */
const HAPPENING_WORD = /^(?:is|are|was|were|has|have|had|arrives|comes|lands|opens|closes|starts|ends|expires|runs|shows|turns|goes|finishes|begins|gets)$/i;

/**
 * "kiln element arrives", "my car tax runs out", "I said": a verb after the first word (in -s,
 * past, or "is"/"has") makes it a statement of what happens, not a thing to act on.
 */
function saysWhatHappens(thing: string): boolean {
  return thing
    .split(WHITESPACE)
    .slice(1)
    .some((word) => HAPPENING_WORD.test(word) || isPastForm(word) || (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && startsWithVerb(word.slice(0, -1))));
}

/** The thing without the day said at its end: "staff pizza lunch Friday 3/19" → "staff pizza lunch", "quiz night Friday" → "quiz night". */
function withoutItsDay(thing: string): string {
  const day = datePhraseIn(thing);
  return day !== null && thing.endsWith(day) ? thing.slice(0, -day.length).trim() : thing;
}

/**
 * "Dad's bday card, mail Tues", "Nebenkosten bill, pay by end of month": a verbless thing with no
 * day, then a verb with nothing after it but a day. The verb takes the thing as its object and the
 * day is the task's ("Mail Dad's bday card" on Tuesday), not a task of one word. A thing with its
 * own day, then "it" and the step's day ("staff pizza lunch Friday 3/19 — order it Thurs"), is the
 * same: "Order the staff pizza lunch" on Thursday. So is a step for "it" alone, or for "it" and
 * where it goes ("GEZ letter, pay it", "scooter #4 brakes, take it to Made's garage"), on the
 * step's day or else the thing's.
 */
function stepForThing(thing: string, clause: string): { verb: string; day: string; thing: string } | null {
  const parts = VERB_THEN_REST.exec(clause.trim());
  if (!parts) return null;
  const [, verb = '', said = ''] = parts;
  // "staff pizza lunch Friday 3/19 — order it Thurs": the event has its day, and "it" its step's day.
  const pointedAt = PRONOUN_THEN_DAY.exec(said);
  const pointed = pointedAt && isDatePhrase(pointedAt[2] ?? '') ? pointedAt : null;
  // "GEZ letter, pay it", "scooter #4 brakes, take it to Made's garage": the step is for the thing, on the
  // thing's day if it has one and the step says none.
  const alone = pointed === null ? PRONOUN_ALONE.exec(said) : null;
  if (pointed === null && alone === null && PRONOUN_OBJECT.test(said)) return null;
  const rest = alone?.[2]?.trim() ?? '';
  const named = trimFiller(pointed || alone ? withoutItsDay(thing.trim()) : thing);
  const day = pointed?.[2] ?? (alone ? (hasDatePhrase(rest) ? '' : thing.trim().slice(named.length).trim()) : said);
  if (named === '' || wordCount(named) > STEP_THING_WORDS || !startsWithVerb(verb) || (day !== '' && !isDatePhrase(day))) return null;
  // "The library opens late on Thursdays, go on Thursday": a thing doing something is a statement, not a thing to act on.
  if (startsWithVerb(named) || somethingDoes(named) || hasDatePhrase(named)) return null;
  if (pointed && (named === trimFiller(thing.trim()) || saysWhatHappens(named))) return null;
  // "kiln element arrives, fit it", "the Steuerberater wants all the documents, so collect them": what happens, or what
  // someone does, is no thing to act on; what someone needs is read with the need ("my sister needs a lift, book it");
  // a name alone is who, not what ("Dorota, sort it"); a clause of its own is when ("when the new wetsuits arrive, label them").
  if (
    alone &&
    (saysWhatHappens(named) || named.split(WHITESPACE).slice(1).some(presentOrModal) || NEEDING.test(named) || NAME_ALONE.test(named) || WHEN_FIRST.test(named))
  )
    return null;
  // "app deadline Dec 1, write them Sunday": "them" points past a thing of one.
  if ((pointed ?? alone)?.[1] !== undefined && !named.split(WHITESPACE).some((word) => PLURAL_WORD.test(word))) return null;
  // "order it" said of "staff pizza lunch": the thing is the one meant, "the staff pizza lunch".
  const which = (pointed || alone) && !SAYS_WHICH.test(named) ? `the ${named}` : named;
  return { verb, day, thing: rest === '' ? which : `${which} ${rest}` };
}

/** "send to Astrid", "hand over to the caretaker": a verb of handing over, straight on to whom, naming no thing. */
const HANDED_ON = /^(send|forward|give|pass|hand|submit|email|mail|post|deliver)\s+((?:over\s+|back\s+|on\s+)?to\s+\S.*)$/i;
const LEADING_AND_THEN = /^\s*(?:and|then|also|plus)\s+/i;
const COMMA_OR_DASH = /[,—–]|\s-\s/;

function splitUnbracketed(sentence: string): { parts: Clause[]; listing: boolean } {
  const result: Clause[] = [];
  // "2,300 unread": a comma inside a number splits nothing.
  const parts = sentence.split(COMMA_NOT_THOUSANDS);
  const first = trimFiller(parts[0] ?? '');
  // A sentence that opens with a short thing and lists more after commas is a list of tasks, and
  // so is one whose later items start with verbs ("return the parcel, gas, car wash, call gran");
  // one that opens with a verb and lists nouns lists that verb's objects ("buy eggs, milk, bread").
  const laterVerb = parts.slice(1).some((part) => {
    const item = trimFiller(part.replace(LEADING_AND_THEN, ''));
    return startsWithVerb(item) && wordCount(item) >= 2;
  });
  const listing =
    parts.length >= 3 && !first.includes(':') && ((wordCount(first) <= LISTED_THING_WORDS && !startsWithVerb(first)) || laterVerb);
  let rest = sentence;
  let joiner = '';
  // Whether the last part went to the notes, so what joins it without a break goes there too.
  let inRemark = false;
  for (;;) {
    const match = CLAUSE_BREAK.exec(rest);
    // A zero-width break at the very start would never advance.
    const at = match && match[0] === '' && match.index === 0 ? null : match;
    const clause = at ? rest.slice(0, at.index) : rest;
    const previous = result.at(-1);
    // Asked up to three times of the clause, each time with the text before it as it then stands.
    let alone: { before: string | undefined; stands: boolean } | undefined;
    const stands = (): boolean => {
      if (alone === undefined || alone.before !== previous?.text) alone = { before: previous?.text, stands: standsAlone(clause, joiner, listing, previous?.text) };
      return alone.stands;
    };
    const afterBreak = previous !== undefined && COMMA_OR_DASH.test(joiner);
    // "register for ECML, early-bird ends May 15": a window closing dates the task before it, when that names no day.
    const closing = afterBreak && closingDay(clause) !== null && !hasDatePhrase(previous.text);
    const remark =
      afterBreak && (!stands() || dayOfEvent(clause) !== null || pronounRemark(clause) || dayOfDoing(clause) || closing) ? asRemark(clause, closing) : null;
    // "draft the newsletter, send to Priti by Mon": a verb of handing over with no object hands over what the task before made.
    const handed = afterBreak && !remark && startsWithVerb(trimFiller(previous.text)) ? HANDED_ON.exec(clause.trim()) : null;
    // "Dad's card, mail Tues", "bible rebind — deliver 14/01": a thing, then only the verb for it and its day.
    const step = afterBreak && !remark && !handed ? stepForThing(previous.text, clause) : null;
    // "in 10 days - get visa photos taken": a day leading its task; read as "get … in 10 days".
    if (previous && DASH_START.test(joiner.trim()) && isDatePhrase(previous.text)) previous.text = `${clause.trim()} ${previous.text}`;
    else if (previous && handed) previous.text += ` and ${handed[1]} it ${handed[2]}`;
    else if (previous && step) previous.text = `${step.verb} ${step.thing} ${step.day}`.trimEnd();
    else if (previous && remark) {
      // "call Mum tomorrow, her op is 5 November": a task with its own day keeps it; the event's day stays in the remark.
      if (remark.day !== null && hasDatePhrase(previous.text)) remark.day = null;
      if (remark.day) previous.text += ` ${remark.day}`;
      if (remark.cue) previous.text += ` (${remark.cue})`;
      if (!remark.day && !remark.cue) previous.asides.push(clause.trim());
    } else if (previous && inRemark && !stands()) {
      // "including the drink bottles and the hats": the rest of a remark stays with it.
      const remarked = `${previous.asides.at(-1) ?? ''}${joiner}${clause}`;
      previous.asides[previous.asides.length - 1] = remarked;
      // "…, it's online and closes Wednesday": a window closing, told over two clauses, still dates the task.
      const closes = closingDay(remarked);
      if (closes !== null && !hasDatePhrase(previous.text)) previous.text += ` ${closes}`;
    } else if (previous && !stands()) previous.text += `${joiner}${clause}`;
    else if (clause.trim()) result.push({ text: clause.trim(), asides: [] });
    inRemark = remark !== null ? !remark.day && !remark.cue : inRemark && previous !== undefined && !stands();
    if (!at) break;
    joiner = at[0];
    rest = rest.slice(at.index + at[0].length);
  }
  return { parts: result, listing };
}

/** Where a dictated run-on's next task starts, marked before the clauses are split. */
const RUN_ON_MARK = '\uE006';
const RUN_ON_MARKS = /\uE006/g;

/** Marks each place where dictation runs a new task on without a mark ("… back tomorrow order more …"), and each arrow between steps. */
function markRunOns(text: string): string {
  const breaks = [
    ...runOnBreaks(text).map((found) => ({ ...found, mark: ` ${RUN_ON_MARK} ` })),
    ...remarkBreaks(text).map((found) => ({ ...found, mark: ', ' })),
    ...arrowBreaks(text).map((found) => ({ ...found, mark: ` ${RUN_ON_MARK} ` })),
  ];
  let marked = text;
  for (const found of breaks.sort((one, other) => other.index - one.index)) marked = `${marked.slice(0, found.index)}${found.mark}${marked.slice(found.index + found.length)}`;
  return marked;
}

const EVENT_IS_ON = /^[\p{L}'’ -]{1,40}?(?:\s+(?:is|are|es|ist|est)\s+(?:on\s+|due\s+)?|['’]s\s+(?:on|due)\s+)(.+?)[.!]*$/iu;

/** "meeting is next Tuesday", "(party is Saturday)": the day of the event a task serves. */
function dayOfEvent(clause: string): string | null {
  // "her birthday's on the 9th": "'s" is "is" before "on" or "due".
  // "su cumpleaños es el sábado", "Geburtstag ist am Freitag", "la fête est samedi": the same in other languages.
  const said = EVENT_IS_ON.exec(clause.trim())?.[1];
  return said !== undefined && isDatePhrase(said) ? said : null;
}

/** "registration closes Friday", "the shop shuts at 5": a thing doing something on a day, whatever list it sits in. */
function dayOfDoing(clause: string): boolean {
  const text = clause.trim();
  return !startsWithVerb(text) && somethingDoes(text) && hasDatePhrase(text);
}

const PRONOUN_START = /^(?:it|that|this|they)\b/i;
/**
 * How the task stands, said after its comma: "overdue since Monday", "still on winter time", "the agent's asking",
 * "30 of them", "budget £40": a remark on the task, no more of its title.
 */
const STATE_REMARK =
  /^(?:(?:long|already|way)\s+)?(?:overdue|outstanding)\b|^still\s+(?:on|in|at|not|broken|stuck|showing|waiting|leaking|dripping|making)\b|^(?:(?:the|my|our|his|her|their)\s+)?[\p{L}'’-]+['’]s\s+(?:asking|waiting|chasing|expecting|nagging)\b|^(?:\d+|a few|a couple|two|three|four|five|six|ten|twenty)\s+of\s+them\b|^budget\s+(?:is\s+)?\S*\d/iu;

/** A comma or dash part that is a remark rather than more of the task, with the day it names. */
function asRemark(clause: string, closing: boolean): { day: string | null; cue: string | null } | null {
  const reading = readClause(clause, { listed: false, inProse: false });
  const remark =
    PRONOUN_START.test(clause.trim()) ||
    REMARK_START.test(trimFiller(clause)) ||
    STATE_REMARK.test(clause.trim()) ||
    somethingDoes(clause.trim()) ||
    dayOfEvent(clause) !== null ||
    closing;
  if (reading.kind === 'task' && !remark) return null;
  // "…, whenever", "…, and that's urgent": the remark's priority is the task's.
  const cue = findPriority(clause);
  // "…, which should have been done last week": a day gone by is no due date, and its words are no title's.
  const day = datePhraseIn(clause);
  return { day: day !== null && PAST_DAY.test(day) ? null : day, cue: cue ? clause.slice(cue.index, cue.index + cue.length).trim() : null };
}

/** A day phrase that names a day gone by: "last week", "yesterday", "two days ago". */
const PAST_DAY = /^(?:last|yesterday)\b|\bago$/i;

/** Clauses of one sentence, as text. */
export function clauses(sentence: string): string[] {
  return splitClauses(sentence).parts.map((clause) => clause.text);
}

const INLINE_MARKERS = /(?:^|\s)\(?(\d{1,2}|[a-h])(?:[.)]|(?<=\d)\s?[-–:])\s+/gi;
const DIGIT = /\d/;

/** "need to: 1) submit the report 2) book flights": the lead-in and the numbered items on one line. */
function inlineList(content: string): { lead: string; items: string[] } | null {
  // "1) a 2) b", "(a) x (b) y", "1 - a 2 - b", "1: a 2: b".
  const markers = matchesOf(INLINE_MARKERS, content);
  const sequence: RegExpExecArray[] = [];
  let expected = 1;
  let numbered: boolean | null = null;
  for (const marker of markers) {
    const label = (marker[1] ?? '').toLowerCase();
    const digits = DIGIT.test(label);
    const position = digits ? Number(label) : label.charCodeAt(0) - 96;
    // "(1) … (3) …. Next week (a) … (b) …": a second run on the line starts again at its first mark.
    const restarts = position === 1 && expected > 2;
    if ((position === expected && (numbered === null || numbered === digits)) || restarts) {
      sequence.push(marker as RegExpExecArray);
      expected = position + 1;
      numbered = digits;
    }
  }
  if (sequence.length < 2) return bareNumberedList(content);
  const items = sequence.map((marker, index) => {
    const end = sequence[index + 1]?.index ?? content.length;
    return content.slice(marker.index + marker[0].length, end).trim();
  });
  return { lead: content.slice(0, sequence[0]?.index ?? 0).trim(), items };
}

/** A number with no mark after it, before a word: "1 deliver the flyers 2 …". */
const BARE_NUMBER_MARKERS = /(?:^|\s)([1-9])\s+(?=\p{L})/gu;
const BARE_RUN_MIN = 3;

/**
 * "1 sweep the yard 2 ring Ines 3 renew the permit": numbers without marks count items too when
 * they run 1, 2, 3 from an item that opens with a verb, or 1, 2 before two such items ("buy 2
 * lemons" has no 1 before it; "1 more thing 2 …" opens no task).
 */
function bareNumberedList(content: string): { lead: string; items: string[] } | null {
  // Most lines hold no digit: the markers' pattern is not run over them.
  if (!DIGIT.test(content)) return null;
  const sequence: RegExpExecArray[] = [];
  let expected = 1;
  for (const marker of matchesOf(BARE_NUMBER_MARKERS, content)) {
    const position = Number(marker[1]);
    // "today 1 … 2 … 3 …, next week 1 … 2 …": a second run starts again at 1.
    if (position === expected || (position === 1 && expected > BARE_RUN_MIN)) {
      sequence.push(marker as RegExpExecArray);
      expected = position + 1;
    }
  }
  if (sequence.length < 2) return null;
  const items = sequence.map((marker, index) => content.slice(marker.index + marker[0].length, sequence[index + 1]?.index ?? content.length).trim());
  // Counting to three is a list when its first item asks something ("2 Vappu photos to the website"
  // may follow); two numbers count items only when both do ("take 1 tablet 2 times" counts no items).
  const asking = sequence.length < BARE_RUN_MIN ? items : items.slice(0, 1);
  if (!asking.every((item) => startsWithVerb(trimFiller(item)))) return null;
  return { lead: content.slice(0, sequence[0]?.index ?? 0).trim(), items };
}

/** The scope a lead-in gives the inline items after it: a day ("tomorrow: 1) …") or a label ("Home: (5) …"). */
function leadScope(lead: string, firstItem: string, context: ItemContext): Scope {
  const leadDay = LEADING_DAY.exec(lead)?.[0];
  if (leadDay && trimFiller(lead.slice(leadDay.length)) === '') return { ...context.scope, dateHint: leadDay };
  if (lead === '' || trimFiller(lead) === '' || REQUEST_LEAD.test(lead)) return context.scope;
  const scope = labelScope(lead, firstItem, context.scope, context.message) ?? headingScope(lead, context.scope);
  // "Office this week: (1) …", "for placement on Monday: (1) …": a group's label may say the day of its items too.
  const day = scope.project !== null && scope.dateHint === context.scope.dateHint ? datePhraseIn(lead) : null;
  return day === null ? scope : { ...scope, dateHint: day };
}

/** An item's last words after a break: "… Delhaize. Next week", "… by 5pm and then tomorrow", "… stove. for placement:". */
const ITEM_TAIL = /^(.+)(?:([.;!?])\s+|,\s+|\s+(?=(?:and|then)\s))([^.;!?,:]+?)\s*(:?)$/u;
/** "and then tomorrow": the joining words before a lead-in ("next week" keeps its "next"). */
const JOINING_LEAD = /^(?:(?:and|then|also|so|plus)\s+)+/i;
const JOINING_END = /(?:\s+(?:and|then|also|so|plus))+$/i;
/** Longest label that leads the items after it from the end of an item. */
const TAIL_LABEL_WORDS_MAX = 5;

/**
 * A lead-in said at the end of an inline item for the items after it: a day ("…, and next week 1 start
 * …") or, after a full stop, a label with its colon ("…. Home: (5) renew …"). Null when the item ends in none.
 */
function leadAtEnd(item: string): { item: string; lead: string } | null {
  const tail = ITEM_TAIL.exec(item);
  const said = tail?.[3];
  if (tail?.[1] === undefined || said === undefined) return null;
  const lead = said.replace(JOINING_LEAD, '');
  const labelled = tail[4] === ':' && tail[2] !== undefined && wordCount(lead) <= TAIL_LABEL_WORDS_MAX;
  if (lead === '' || !(labelled || (LEADING_DAY.test(lead) && isDatePhrase(lead)))) return null;
  return { item: tail[1].replace(JOINING_END, ''), lead };
}

const NAMING_PHRASE = /^[\p{L}\p{N}'’&-]+(?:\s+[\p{L}\p{N}'’&-]+){0,5}$/u;
const COPULA = /\s(?:is|are|was|were|will|has|have)\s/i;
const TRAILING_PREPOSITION = /\s+(?:on|by|in|at|for|from|this|next)$/i;

/** The effort a lead-in label's rest names, its day aside: "Ananya's wedding on Feb 20" → Ananya's wedding; "call the bank" names none. */
function ledEffort(rest: string): string | null {
  const stated = rest.replace(TRAILING_STOPS, '').trim();
  const day = datePhraseIn(stated);
  const name = (day === null ? stated : stated.replace(day, ' ')).trim().replace(TRAILING_PREPOSITION, '').trim();
  if (!NAMING_PHRASE.test(name) || COPULA.test(` ${name} `) || startsWithVerb(trimFiller(name)) || !EFFORT_WHOLE_WORD.test(name)) return null;
  return projectName(name);
}

/** Longest effort a sentence brings up by name: more words describe rather than name it. */
const TOPIC_WORDS_MAX = 5;

const TRAILING_STOPS = /[.!:]+$/;
const LEADING_COMMAS = /^[\s,]+/;

/** The project a sentence names without asking for anything: "Garden project for spring." */
function projectSentence(sentence: string): string | null {
  const whole = sentence.replace(TRAILING_STOPS, '').trim();
  const text = trimFiller(sentence.replace(LEADING_DAY, '').replace(LEADING_COMMAS, '').replace(TRAILING_STOPS, ''));
  // "At home it's chaos.": in a paragraph that moves through parts of life, the next one opens.
  const scene = AREA_SCENE.exec(whole);
  if (scene?.[2] !== undefined && isJudgement(scene[2])) return areaOf(scene);
  const moving = EFFORT_MOVING.exec(text) ?? EFFORT_STATED.exec(text) ?? EFFORT_FOCUS.exec(text) ?? FOCUS_LABEL.exec(text);
  if (moving?.[1]) return projectName(moving[1]);
  const takenOn = MY_PROJECT_AFTER.exec(whole);
  if (takenOn?.[1] && !asksSomething(whole.slice(0, takenOn.index))) return projectName(takenOn[1]);
  const topic = TOPIC_OPENED.exec(whole) ?? TOPIC_FRONT.exec(whole) ?? EFFORT_UNDER_WAY.exec(whole) ?? effortUnderWayUnmarked(whole) ?? TOPIC_BARE.exec(whole) ?? EFFORT_RUN.exec(whole);
  if (topic?.[1] && !startsWithVerb(topic[1]) && !NOT_NOUN_PHRASE.test(topic[1]) && wordCount(topic[1]) <= TOPIC_WORDS_MAX) return projectName(topic[1]);
  if (startsWithVerb(text)) return null;
  const named = PROJECT_SENTENCE.exec(text) ?? PROJECT_SUBJECT.exec(text);
  return named?.[1] ? projectName(named[1]) : null;
}

/** "The pond pump project has stalled and …", "our mural project is behind": a project named as what a sentence is about. */
const PROJECT_SUBJECT = /^(?:the |my |our )(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)\s+project\s+(?:has|is|was|keeps|needs|'s)\b/iu;

/** "Office is …", "Home stuff is …", "The allotment is …": a part of life named by a capitalised word or two, or after "the", then a copula. */
const AREA_JUDGED = /^(?:(?:The|My|Our)\s+(?=\p{Ll}))?(\p{L}[\p{Ll}'-]+(?:\s+\p{Ll}[\p{Ll}'-]+)?)\s+(?:is|are|has been|'s)\s+(.+)$/u;
/** "work is calm-ish:" as a label: the part of life it judges, any case. */
const LABEL_JUDGED = /^([\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+(?:is|are|has been|'s)\s+(.+)$/iu;
/** "At home it's chaos.", "At work things are mad.": the part of life, then how it is going. */
const AREA_SCENE = /^(?:(?:and|so|also|then)[\s,]+)?(?:at|for)\s+([\p{L}'’-]{3,20}),?\s+(?:it'?s|it is|things are|everything is|life is)\s+(.+)$/iu;

/** How the writer is, said in a word or two: "Tired.", "So sick today.", "Burnt out." */
const WRITER_STATE =
  /^(?:(?:so|very|really|a bit|bit|pretty|super|still|totally|completely|utterly|kinda|quite)\s+)*(?:tired|exhausted|knackered|shattered|sick|ill|sore|stressed|anxious|sad|grumpy|cranky|sleepy|drained|overwhelmed|burnt out|burned out|wiped(?: out)?|fried|frazzled|hungover|jet-?lagged|behind|swamped|snowed under)\b/i;

const SOMETHING_STUFF = /^[\p{L}' ]{2,30}\s(?:stuff|things)(?:\s+first)?$/iu;
const CLAUSE_OR_QUESTION_MARK = /[,;?]/;
const GERUND_START = /^\p{L}+ing\b/u;
const ING_NOT_GERUND = /^(?:(?:no|some|any|every)thing|morning|evening|during|spring|ceiling|string)\b/i;
const NEGATION = /\b(?:not|no|never)\b|n['’]t\b/i;
const TRAILING_WHEN = /\s+(?:in|on|by|this|next|from)\s+.*$/i;

/**
 * A paragraph's first sentence that only names what the paragraph is about: "Home.", "Work stuff
 * first.", "Moving to Philly in March!!". Null when it reads as a task of its own ("Dentist tomorrow").
 */
function paragraphHeading(sentence: string): string | null {
  const text = sentence.replace(TRAILING_STOPS, '').trim();
  const words = wordCount(text);
  // "Office is its own circus this month.", "Home is a mess too.": the part of life it judges.
  const judged = AREA_JUDGED.exec(text);
  if (judged?.[1] && judged[2] !== undefined && isJudgement(judged[2])) return projectName(judged[1]);
  if (trimFiller(text) !== text) return null;
  if (SOMETHING_STUFF.test(text)) return projectName(text);
  if (words === 0 || words > 6 || CLAUSE_OR_QUESTION_MARK.test(text) || startsWithVerb(trimFiller(text))) return null;
  // "Nothing urgent", "Morning things": words ending in -ing that are no verb's.
  const gerund = GERUND_START.test(text) && !ING_NOT_GERUND.test(text);
  // "Moving to Philly in March!!": an effort under way reads as a statement, and names the paragraph.
  if (readClause(text, { listed: false, inProse: true }).kind !== 'task' && !gerund) return null;
  if (hasDatePhrase(text) && !gerund) return null;
  if (!gerund && words > 3) return null;
  // "Tired.", "Didn't sleep well.", "Feeling a bit flat today.": how the writer is names nothing.
  if (isMood(text) || WRITER_STATE.test(text) || (!gerund && (NEGATION.test(text) || text.split(WHITESPACE).some(isPastForm)))) return null;
  return projectName(text.replace(TRAILING_WHEN, ''));
}

/**
 * Nouns that name an undertaking rather than a thing: "the garage conversion", "the photo book for
 * Mum", "the community garden thing". Said in a paragraph's opening statement, they name the effort
 * the paragraph's tasks serve; one the writer is back from or after ("Home from the trip") is over.
 */
const EFFORT_WORDS = '(?:conversion|renovation|reno|refurb(?:ishment)?|extension|redesign|rebuild|remodel|makeover|relaunch|rebrand|revamp|overhaul|wedding|launch|fundraiser|campaign|clear-?out|migration|application|trip|holiday|reunion|garden|book|website|podcast|newsletter|thesis|dissertation|marathon|triathlon|conference|exhibition)';
/** An effort's head word as a whole word: "book" names an effort, "Facebook" does not. */
const EFFORT_WHOLE_WORD = new RegExp(`\\b${EFFORT_WORDS}\\b`, 'i');
/**
 * A name's last word saying it is being got ready. Looked for first, so the effort's look-behinds
 * below are tried only where it stands, not at every place of the name (the second reads back to
 * the name's start from each).
 */
const PREPARING_END = String.raw`\s+(?:prep|planning|preparations?|organi[sz]ing)$`;
/** "camping trip prep", "wedding planning": getting an effort ready is the effort ("xmas prep", "tax prep" name nothing else). */
const EFFORT_PREP = new RegExp(`(?=${PREPARING_END})(?<=\\b${EFFORT_WORDS})${PREPARING_END}`, 'i');
/** "Holiday in Portugal planning": getting an effort named earlier in the name ready is the effort. */
const PREPARING_AFTER_EFFORT = new RegExp(`(?=${PREPARING_END})(?<=\\b${EFFORT_WORDS}\\b.*\\s\\S+)${PREPARING_END}`, 'i');
/** An effort's head word after "the", "my" or "our" and up to three words of its name. */
const EFFORT_HEAD = new RegExp(
  `(?<!\\b(?:from|after|since|over)\\s+)\\b(?:the|my|our)\\s+((?:(?!(?:the|a|an|my|our|this|that)\\s)[\\p{L}'’-]+\\s+){0,3}?${EFFORT_WORDS}(?:\\s+(?:for|of)\\s+(?:\\p{Lu}[\\p{L}'’-]+|mum|mom|dad|grandma|grandpa|nan|the kids))?)(?:\\s+thing)?\\b`,
  'iu',
);
/** An opening statement names the paragraph's effort only when at least this many sentences, or steps, follow it. */
const EFFORT_PARAGRAPH_SENTENCES = 2;

/**
 * Whether enough follows a paragraph's opening sentence for it to head them: two sentences, or one
 * listing two steps or more ("Our trip to Oslo is next month! Book the hotel, renew the passport.").
 */
function stepsFollow(all: string[]): boolean {
  if (all.length > EFFORT_PARAGRAPH_SENTENCES) return true;
  const [opening, only] = all;
  return all.length === EFFORT_PARAGRAPH_SENTENCES && opening !== undefined && only !== undefined && EFFORT_WORD.test(opening) && clauses(only).length >= EFFORT_PARAGRAPH_SENTENCES;
}

/**
 * The head word alone, with the same flags: a sentence without one cannot match EFFORT_HEAD, whose
 * look-behind is otherwise tried at every position of every sentence.
 */
const EFFORT_WORD = new RegExp(EFFORT_WORDS, 'iu');

/** "Wedding planning is officially my second job", "Christmas prep has eaten my evenings": getting something ready, said of as the subject. */
const PREPARING_SUBJECT =
  /^(?:(?:so|right|ok(?:ay)?|honestly)[\s,]+)?(?:the |my |our )?((?:[a-zà-ÿ'-]+\s+){0,2}?[a-zà-ÿ'-]+\s+(?:prep|planning|preparations?|organi[sz]ing))\s+(?:is|are|was|has|have|'s|keeps|continues|takes)\b/i;

const TRAILING_SENTENCE_MARKS = /[.!?]+$/;
/** A clause's closing marks, but not the dot that ends a dotted date ("call Oma on her birthday 8.9."), which tells it from a number ("run 10.5"). */
const CLAUSE_END_MARKS = /(?<!(?<![\d.])\d{1,2}\.\d{1,2})[.!?]+$/;

const JOURNEY_END = /\b(?:trip|holiday)$/i;
/** " to Rome", " to New Zealand": where a journey goes, a capitalised place after "to". */
const DESTINATION = /^\s+to\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/u;

/** The effort a paragraph's opening statement brings up: "So the big thing hanging over me is the garage conversion, which …". */
function effortMentioned(sentence: string): string | null {
  const preparing = PREPARING_SUBJECT.exec(sentence)?.[1];
  if (preparing !== undefined && !startsWithVerb(preparing)) return projectName(preparing);
  const head = EFFORT_WORD.test(sentence) ? EFFORT_HEAD.exec(sentence) : null;
  const found = head?.[1];
  if (!head || !found || wordCount(found) > TOPIC_WORDS_MAX + 1) return null;
  // "For the wedding I need to book the venue.": after a lead naming what the steps serve, the rest is read as the task it may be.
  const lead = namedEffortLead(sentence);
  const reading = readClause((lead ? sentence.slice(lead[0].length) : sentence).replace(TRAILING_SENTENCE_MARKS, ''), { listed: false, inProse: true });
  if (reading.kind === 'task' && reading.confidence >= ASKED_LEAST) return null;
  // "our anniversary trip to Rome": a journey is named with where it goes.
  const destination = JOURNEY_END.test(found) ? DESTINATION.exec(sentence.slice(head.index + head[0].length))?.[0] : undefined;
  return projectName(destination === undefined ? found : `${found}${destination}`);
}

/** Words by which a dump's first line names the dump itself: "Friday brain dump", "Notes from the team meeting". */
// "standup 9/15", "Weekly sync", "Retro – sprint 12": a meeting's name heads its notes.
const DUMP_TITLE = /\b(?:brain ?dumps?|dump|lists?|notes|agenda|recap|checklist|to-?dos?|reminders|thoughts|stand-?up|sync|retro|minutes)\b/i;

/** Most words a dump's title runs to: "New year, new me, or at least a new list" is nine. */
const DUMP_TITLE_WORDS = 10;
const BRACKETS = /\([^)]*\)/g;
const TRAILING_SEPARATORS = /[\s.!:;,—–-]+$/;
const STOP_MARK = /[.!?;:]/;

/** A dump's opening line or sentence that titles it rather than asks for anything. */
function isDumpTitle(text: string): boolean {
  const bare = text.replace(BRACKETS, ' ').replace(TRAILING_SEPARATORS, '').trim();
  return wordCount(bare) <= DUMP_TITLE_WORDS && !STOP_MARK.test(bare) && trimFiller(bare) === bare && !startsWithVerb(bare) && DUMP_TITLE.test(bare);
}

/**
 * "Unrelated:", "Separately,", "separate from all that", "Also totally separate:", "Different topic,",
 * "Otherwise:", "Personally, I need to …": what follows is outside the paragraph's project.
 */
const UNRELATED =
  /^(?:(?:also|oh and|and)[\s,]+)?(?:(?:completely|totally|entirely)\s+)?(?:unrelated|not related|separately|separate(?:ly)? from (?:all )?that|separate(?:\s+(?:thing|topic|note|matter))?(?=\s*[:,—–-])|(?:a\s+)?different (?:topic|thing|subject|matter)(?=\s*[:,—–-])|nothing to do with (?:any of )?(?:that|this|it)|(?:apart|aside) from (?:all )?(?:that|this)|on another note|side note|other than that|in other news|(?:otherwise|meanwhile|besides(?: (?:that|this))?)(?=\s*[:,—–-])|(?:me\s+)?personally(?=\s*[,:—–-]|\s+(?:i|we)\b))\b[\s,:—–-]*(?:but\s+)?/i;
/** "Completely unrelated:", "Otherwise:", "Separate project:": a label that only turns away from the group before it names none. */
const TURN_AWAY =
  /^(?:also\s+|and\s+|but\s+)?(?:(?:completely|totally|entirely)\s+)?(?:unrelated|not related|separately|separate(?:\s+(?:thing|topic|note|matter|project))?|(?:a\s+)?different (?:topic|thing|subject|matter|project)|another (?:project|topic|thing)|otherwise|besides(?: (?:that|this))?|(?:apart|aside) from (?:all )?(?:that|this)|other than (?:that|this)|on another note|side note|in other news|meanwhile|elsewhere)$/i;
const UNRELATED_AFTER = /[\s,]+(?:unrelated|separately|separate(?:ly)? from (?:all )?that)[.!]*$/i;

/**
 * "First, the kitchen: …", "Second, school starts on the 14th: …", "Third, work — …": the
 * paragraph counts off its topics, each a group until the next one (or an afterthought: "Oh, and …").
 * Letters are spelt out rather than \p{L}: the pattern is tried on every sentence, and `u` costs.
 */
const ORDINAL_TOPIC =
  /^((?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|next|finally|lastly)(?:\s*[,:]\s*(?:(?:the|my|our)\s+)?|\s+(?:the|my|our)\s+)|then,?\s+(?:the|my|our)\s+(?=(?:[a-zà-ÿ'’-]+\s+){0,5}?[a-zà-ÿ'’-]+\s*:))((?:[a-zà-ÿ'’-]+\s+){0,2}?[a-zà-ÿ'’-]+|(?:[a-zà-ÿ'’-]+\s+){3,5}?[a-zà-ÿ'’-]+(?=\s*:))(\s*[:—–]\s*|\s+-\s+|\s+(?=(?:is|are|starts?|begins?|opens?|ends?|restarts?|resumes?|needs?|comes?)\b))/i;
/**
 * "Work-wise, send the deck …", "house wise: …": the part of life the sentence, and those after it,
 * are about. Its groups line up with ORDINAL_TOPIC's (an empty lead, the name, what ends it).
 */
const AREA_WISE = /^()((?:[a-zà-ÿ'-]+\s+)?[a-zà-ÿ'-]+?)([- ]wise\s*[,:]?\s+)/i;
/** "The annual audit first: …": a topic, then "first", before its colon. */
const TOPIC_THEN_FIRST = /^((?:the|my|our)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+first\s*:\s*/iu;
/** "Outside the masjid, …", "Apart from all that, …": a lead out of the topics counted before. */
const OUTSIDE_TOPICS = /^(?:outside(?:\s+of)?|apart\s+from|other\s+than|aside\s+from|besides)\s+(?:all\s+)?(?:that|this|those|the\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s*,\s*/iu;
/** The count alone: "Next, …" ends the topic before it even when it names none. */
const ORDINAL_LEAD = /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|next|finally|lastly)\s*[,:]/i;
/** "Northwind rebrand — they signed!": a name, a dash, and what is said of it. */
const NAME_DASH = /^([^:—–,.!?]{2,40}?)\s+(?:[—–]|-)\s+(\S.*)$/;
/** "Oh, and …" after a counted topic: an afterthought outside it. */
const AFTERTHOUGHT = /^oh,?\s+and\b/i;
/** "Also …", "Plus …", "Oh and …": a sentence adding one more thing to the list, not to the group before it. */
const ANOTHER_THING = /^(?:(?:and\s+)?also|plus|besides|oh,?\s+(?:and|also))\b/i;

interface ItemContext {
  scope: Scope;
  /** The text is a list item of its own, where a bare noun is a task. */
  listed: boolean;
  /** The dump reads as a message, where "Name: do x" names who does it. */
  message: boolean;
  /** The person the message's greeting addresses ("Hi Sam,"): "Sam: do x" is the reader's. */
  reader?: string | null;
  /** The text opens a paragraph, where a short first sentence may name what it is about. */
  opensParagraph?: boolean;
  /** The text opens the dump, with more after it: its first sentence may title the dump. */
  opensDump?: boolean;
  /** The text is the dump's last paragraph, where a sentence may close the dump. */
  closesDump?: boolean;
  /** The line is one of a run of "Label: …" lines, where each label names its line's group. */
  labelRun?: boolean;
  /** The label that gave the text its group ("For the boat"): a sibling label may follow in the same paragraph. */
  groupLabel?: string | null;
  /** The chat message the text answers ("Elin: the summer tyres are still in the garage" before "Me: I'll swap them tomorrow"). */
  messageBefore?: string;
}

/** "That's probably not everything.", "OK, c'est tout.", "I'm going to bed.": the writer is done listing. */
const CLOSING =
  /^(?:(?:ok(?:ay)?|right|so|anyway|and|well)[,\s]+)*(?:i think |i guess |i reckon )?(?:that'?s|that is)\s+(?:probably |about |pretty much |more or less |basically |maybe )?(?:it|all|everything|not everything|the lot|enough|most of it)\b|^(?:(?:ok(?:ay)?|bon|alors)[,\s]+)?c'est tout\b|^(?:(?:ok(?:ay)?|right)[,\s]+)?(?:i'?m|i am)\s+(?:going|off|heading)\s+to\s+bed\b|^(?:(?:ok(?:ay)?|right)[,\s]+)?(?:end of (?:list|dump)|brain ?dump (?:done|over))\b/i;
/**
 * What follows a closing sentence in the last paragraph is winding down ("Going to make tea", "Go
 * early"): offered as a suggestion, not created.
 */
const WOUND_DOWN = 0.4;

const SHORT_LABEL = /^[^:]{1,20}:\s/;
const EMAIL_HEADER = /^(?:from|to|cc|bcc|subject|sent|date)\s*:\s*\S/i;
/** "For me:", "And for myself:", "Me:": a label naming the writer, not a group. */
const WRITER_LABEL = /^(?:(?:and|also|plus|then|as)\s+)?(?:for\s+)?(?:me|myself)$/i;
const POINTING_WORD_START = /^(?:this|that|there|here|then)\b/i;
const LABEL_MARK_OR_WISE = /[:—–-]|wise/i;
const LABEL_PREFIX = /^[^:]{1,60}:\s+(?=\S)/;
const LABEL_THEN_REST = /^([^:]{1,40}?):(?:\s+(.*))?$/;
const SO_NEXT = /^[\s,]*so\b/i;
const CONDITION_START = /^(?:if|when|once|in case)\b/i;
const COMMA_NEXT = /^\s*,/;
/** A comma or a spaced dash straight after a clause: "Zoe's party Sat - wrap present". */
const COMMA_OR_DASH_NEXT = /^\s*(?:,|[—–]|-\s)/;
const AND_NEXT = /^\s*,?\s*and\b/i;
/** ", and I have to …", " and I need to …": the writer's own step joined to what was said before it. */
const AND_OWN_STEP_NEXT = /^\s*,?\s*and\s+(?:so\s+)?(?:i|we)\s+(?:have to|need to|must|should|['’]ll|will|gotta|['’]ve got to)\b/i;
const ENDS_SENTENCE = /[.!?]\s*$/;
const ONLY_AND = /^\s+and\s+$/i;

/**
 * Where a group's lead may start inside a sentence: "… went back so um for work I need to restock …",
 * "…, which means for the school I need to …". Each word of the name is no "for", "at", "I" or "we".
 */
const GROUP_LEAD_INSIDE =
  /\s(?=(?:for|at)\s+(?:(?:the|my|our)\s+)?(?:(?!(?:for|at|i|we|and|but|or|so|then)\s)[\p{L}\p{N}'’-]+\s+){1,5}?(?:i|we)\s+(?:need|have|got|must|should|gotta|'ve got|'ll have|also need)\b)/giu;

/**
 * A run-on sentence cut before each group's lead inside it ("clocks went back so for work I need to
 * restock the bag … for the pop-up I gotta order …"), so each lead opens the steps it groups, as
 * one opening a sentence does.
 */
function atGroupLeads(sentence: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const found of sentence.matchAll(GROUP_LEAD_INSIDE)) {
    const at = found.index + 1;
    const rest = sentence.slice(at);
    if (areaOf(AREA_LEAD.exec(rest)) === null && namedEffortLead(rest) === null) continue;
    parts.push(sentence.slice(from, at).trim());
    from = at;
  }
  if (from === 0) return [sentence];
  parts.push(sentence.slice(from).trim());
  return parts.filter(Boolean);
}

/**
 * "and for the wynnum job send …", "and at home pay …", "also pick up …", "and for me pick up …", "oh and personally i
 * should book …": where a dictated run-on turns to another group or to loose things.
 */
const DICTATED_TURN = /\s(?=(?:and\s+)?(?:for\s+(?:the|my|our|me|myself)|at)\s+\p{L}|also\s+\p{L}|(?:oh\s+)?(?:and\s+|then\s+)?personally\s+\p{L})/giu;
/** "and for me pick up …", "then personally i must renew …": the writer's own things after the groups, loose as "also pick up …" is. */
const WRITER_TURN = /^(?:(?:oh\s+)?(?:and|then)\s+)?(?:for\s+(?:me|myself)|personally)\s+/i;
const DICTATED_FOR = /^(?:and\s+)?for\s+(?:the|my|our)\s+/i;
/** "also …", "also personally …": loose things after a group's steps, the writer's own when said so. */
const LEADING_ALSO = /^also\s+(?:personally\s+|for me\s+)?/i;
/** Most words a group's name runs to when dictation gives no mark after it. */
const DICTATED_NAME_WORDS_MAX = 3;

/**
 * A run-on with no marks, after a lead ("for the hendra job i need to order … and for the wynnum
 * job send … also pick up the ham"): cut where it turns to another group, written as the label it
 * stands for ("for the wynnum job: send …"), and where an "also" adds loose things.
 */
function atDictatedTurns(part: string): string[] {
  return COMMA_OR_DASH.test(part) || (areaOf(AREA_LEAD.exec(part)) === null && namedEffortLead(part) === null) ? [part] : cutAtTurns(part);
}

/** The run-on cut at each turn, from the first on. */
function cutAtTurns(part: string): string[] {
  for (const found of part.matchAll(DICTATED_TURN)) {
    const rest = part.slice(found.index + 1);
    // "also personally call …": the word that turned the run-on to the writer's own things is no part of the step.
    // "… and for me pick up …" turns to the writer's own; "order bags for me and call …" goes on.
    const writer = WRITER_TURN.exec(rest);
    const loose = writer !== null && startsWithVerb(rest.slice(writer[0].length)) ? `also ${rest.slice(writer[0].length)}` : rest;
    const turn = groupTurn(rest) ?? placeTurn(rest) ?? (startsWithVerb(trimFiller(loose.replace(LEADING_ALSO, ''))) ? loose.replace(LEADING_ALSO, 'also ') : null);
    if (turn !== null) return [part.slice(0, found.index).trim(), ...cutAtTurns(turn)];
  }
  return [part];
}

/** "and at home pay the gas bill" → "at home pay the gas bill", which a place of life leads. */
function placeTurn(rest: string): string | null {
  const place = rest.replace(LEADING_AND_THEN, '');
  const lead = AREA_BEFORE.exec(place);
  return lead !== null && areaOf(lead) !== null && startsWithVerb(place.slice(lead[0].length)) ? place : null;
}

/** "and for the wynnum job send the quote" → "for the wynnum job: send the quote": the name runs to the first word a task starts with. */
function groupTurn(rest: string): string | null {
  const lead = DICTATED_FOR.exec(rest);
  if (lead === null) return null;
  const words = rest.slice(lead[0].length).split(WHITESPACE);
  const nameWords = words.findIndex((_, index) => index > 0 && startsWithVerb(words.slice(index).join(' ')));
  if (nameWords < 1 || nameWords > DICTATED_NAME_WORDS_MAX || words.slice(0, nameWords).some((word) => startsWithVerb(word))) return null;
  return `${lead[0].replace(LEADING_AND_THEN, '')}${words.slice(0, nameWords).join(' ')}: ${words.slice(nameWords).join(' ')}`;
}

/** True when a segment from `from` on asks for something. */
function asksFrom(out: Segment[], from: number): boolean {
  for (let index = from; index < out.length; index++) if ((out[index]?.confidence ?? 0) >= ASKED_LEAST) return true;
  return false;
}

/**
 * Reads one line's text (or one item of an inline list) into segments. Returns the project the
 * rest of the paragraph falls under when a sentence names one ("Garden project for spring."), or
 * undefined when the scope is unchanged.
 */
function itemsOf(content: string, context: ItemContext, out: Segment[]): string | null | undefined {
  let paragraphProject: string | null | undefined;
  const firstSegment = out.length;
  // The paragraph's clauses so far: "Kickoff call Monday. Before then I need to …" points back at the last day they name.
  const earlier: string[] = [];
  // The days of events the paragraph has stated so far ("the test is on the 18th"): a step "the day before" counts back from the last.
  // A label's bracket counts ("The school concert (it's on 23 April): …").
  const eventsStated: string[] = eventDaysInBrackets(context.groupLabel ?? '');
  // The days the clauses that ask nothing named in this sentence and the one before ("We carry the machines over on Saturday."):
  // what "before we bring them" is before. Further back, "before I leave" is as likely some other day.
  let daysBefore: string[] = [];
  let daysStated: string[] = [];
  const all = sentences(content).flatMap(atGroupLeads).flatMap(atDictatedTurns);
  // The label that opened the line ("Garage: …. Attic: …") counts among the paragraph's labels.
  const labelledSentences =
    all.filter((sentence) => SHORT_LABEL.test(sentence) && shortLabel(sentence.slice(0, sentence.indexOf(':')))).length +
    (context.groupLabel && !context.message ? 1 : 0);
  let closed = false;
  // The paragraph's project is a counted topic ("First, the kitchen: …").
  let countedTopic = false;
  // The label whose group is in force, while one is: "For the boat: … For the kitchen reno I need to …".
  let groupLabel = context.message ? null : (context.groupLabel ?? null);
  // How many labelled groups the paragraph has gone through.
  let labelGroups = groupLabel === null ? 0 : 1;
  // The paragraph's group was named by a lead in its first sentence ("For work I need to …").
  let heldByLead = false;
  for (const [position, sentence] of all.entries()) {
    if (context.closesDump && CLOSING.test(sentence)) closed = true;
    if (position === 0 && context.opensDump && all.length > 1 && (isDumpTitle(sentence) || namesDayOnly(sentence))) continue;
    let text = sentence;
    eventsStated.push(...eventDaysInBrackets(sentence));
    [daysBefore, daysStated] = [daysStated, []];
    let scope: Scope = paragraphProject === undefined ? context.scope : { ...context.scope, project: paragraphProject };
    const unrelated = UNRELATED.exec(text) ?? UNRELATED_AFTER.exec(text);
    if (unrelated) {
      text = text.replace(unrelated[0], ' ').trim();
      scope = { ...scope, project: null };
      paragraphProject = null;
      if (text === '') continue;
    }
    // "For the offsite I need to …. Also I have to renew …": a sentence adding another thing, or
    // doing one for something else ("For work, just …"), ends the group a lead named.
    if (heldByLead && (ANOTHER_THING.test(text) || FOR_LEAD.test(text))) {
      scope = { ...scope, project: null };
      [paragraphProject, heldByLead] = [null, false];
    }
    if (groupLabel !== null) {
      // "… pay the spring fee. and buy a present for Tereza", "… Honestly the hardest part is leaving
      // Mom.": in a paragraph of several groups, an afterthought closing it, or how the writer feels,
      // ends the labelled group before it.
      const afterthought = AFTERTHOUGHT_AND.test(text) && position === all.length - 1;
      if (labelGroups >= 2 && (afterthought || isMood(text.replace(TRAILING_STOPS, '')))) {
        scope = { ...scope, project: null };
        paragraphProject = null;
        groupLabel = null;
      } else {
        // "thesis: …. choir - learn the alto part, pay the fee.": a word and a dash is the next label.
        const sibling = SIBLING_DASH.exec(text);
        if (sibling?.[1] && sibling[2] && shortLabel(sibling[1]) && !ANSWER.test(sibling[1]) && !namesSomeone(sibling[1]) && asksSomething(sibling[2])) {
          const project = fullerName(sibling[1], all.slice(0, position)) ?? projectName(sibling[1]);
          text = sibling[2];
          scope = { ...scope, project };
          paragraphProject = project;
          groupLabel = sibling[1];
          labelGroups++;
        }
      }
    }
    // "The annual audit first: …": the topic said first, named before its count.
    const firstNamed = TOPIC_THEN_FIRST.exec(text);
    if (firstNamed?.[1] && !startsWithVerb(firstNamed[1])) text = `First, ${firstNamed[1]}: ${text.slice(firstNamed[0].length)}`;
    const counted = ORDINAL_TOPIC.exec(text) ?? AREA_WISE.exec(text);
    const topic =
      counted?.[2] && !startsWithVerb(counted[2]) && !SPEAKER_LED.test(counted[2]) && !POINTING_WORD_START.test(counted[2]) && !LEFT_OVER.test(counted[2]) ? projectName(counted[2]) : null;
    if (counted && topic !== null) {
      text = text.slice(LABEL_MARK_OR_WISE.test(counted[3] ?? '') ? counted[0].length : (counted[1] ?? '').length).trim();
      // "school starts on the 14th: the kids need …": what the topic does, then its items.
      text = text.replace(LABEL_PREFIX, '');
      scope = { ...scope, project: topic };
      paragraphProject = topic;
      countedTopic = true;
      if (text === '') continue;
    } else if (countedTopic && (AFTERTHOUGHT.test(text) || ORDINAL_LEAD.test(text) || OUTSIDE_TOPICS.test(text))) {
      scope = { ...scope, project: null };
      paragraphProject = null;
      countedTopic = false;
      // "Outside the masjid, it's the end of the month, so pay the rent": the lead only turns away from the topics.
      text = text.replace(OUTSIDE_TOPICS, '');
    }
    // "Random stuff in my head: call the bank", "Action items:" at the end of a sentence.
    const shortLabelled = LABEL_THEN_REST.exec(text);
    const label = shortLabelled ?? effortLabel(text);
    if (label?.[1] && !label[2]) {
      paragraphProject = GENERIC.test(label[1].trim()) ? null : projectName(label[1]);
      continue;
    }
    const effort = label?.[1] && label[2] ? EFFORT_LINE.exec(text) : null;
    if (effort?.[1] && !startsWithVerb(trimFiller(effort[1]))) {
      paragraphProject = projectName(effortName(effort[1], text));
      continue;
    }
    // "Now the big one: Ananya's wedding on Feb 20.": a lead-in, then the effort the paragraph serves.
    const led = label?.[1] && label[2] && LEAD_LABEL.test(label[1]) ? ledEffort(label[2]) : null;
    if (led !== null) {
      paragraphProject = led;
      continue;
    }
    // "Launch is Jan 30. Before then: …": the label points back at the day the paragraph last named.
    const labelPointing = label?.[1] ? POINTING_LEAD.exec(`${label[1]} `) : null;
    const labelDay = labelPointing ? lastDayIn(earlier) : null;
    const labelText = labelPointing && labelDay !== null ? `${labelPointing[1] ?? labelPointing[2]} ${labelDay}` : label?.[1];
    // "For the Conti wedding I have to …. Then the Bianchi dinner: call the chef …": after a group a lead
    // or label named, a connective and an effort's name before steps lead to the next group.
    const nextEffort =
      label?.[1] && label[2] && startsWithVerb(trimFiller(label[2]))
        ? (heldByLead || groupLabel !== null ? nextGroupName(label[1], label[2]) : null) ?? statedEffort(label[1])
        : null;
    let labelled =
      label?.[1] && WHAT_LEAD.test(label[1].trim())
        ? scope
        : nextEffort !== null
          ? { ...scope, project: nextEffort }
          : labelText && label?.[2]
            ? labelScope(labelText, label[2], scope, context.message)
            : null;
    // "Kids: the fournitures list is on the school site. …" and "Shop: …. House: …. Church: …":
    // in prose a short label opens a paragraph, unless what follows is one list of things.
    // "Clocks changed, an hour wasted. Bathroom reno: the tiler starts …, so rip out …": after sentences
    // that set the scene and ask nothing, a label opens the paragraph's business as it would open the paragraph.
    const labelsParagraph = position === 0 || labelledSentences >= 2 || (label !== null && !asksFrom(out, firstSegment));
    // Among other labels, a list that asks for something is the group's too ("Visa: the letter came, I need to print …").
    const clauses = label?.[2] === undefined ? null : splitClauses(label[2]);
    const asks = labelledSentences >= 2 && clauses !== null && clauses.parts.some((clause) => startsWithVerb(trimFiller(clause.text)) && wordCount(trimFiller(clause.text)) > 1);
    const describes = label?.[2] !== undefined && wordCount(label[2]) >= 3 && clauses !== null && (!clauses.listing || asks);
    if (!labelled && label?.[1] && label[2] && labelsParagraph && all.length > 1 && shortLabel(label[1]) && describes) {
      labelled = { ...scope, project: projectName(label[1]) };
    }
    // "For me: I've planned nothing …" among "Work first: …" and "At home …": the writer's own things are in no group.
    if (label?.[1] && label[2] && WRITER_LABEL.test(label[1].trim())) labelled = { ...scope, project: null };
    else if (label?.[1] && label[2] && labelledSentences >= 2 && BELONGINGS.test(label[1].trim()) && !context.message) {
      // "Stuff: sell the couch" among "Visa: …", "Housing: …": the writer's belongings are one more group.
      const belongings = label[1].trim();
      labelled = { ...scope, project: belongings.charAt(0).toUpperCase() + belongings.slice(1).toLowerCase() };
    }
    // "Working on the food truck launch + the lanai. truck: …": a one-word label stands for the fuller name said before it.
    if (labelled?.project && label?.[1] && labelsParagraph && labelled.project !== scope.project) {
      labelled = { ...labelled, project: fullerName(label[1], all.slice(0, position)) ?? labelled.project };
    }
    const labelledThing =
      labelled?.project && label?.[1] && label[2] && !context.message && labelledSentences >= 2 ? labelObject(label[1], label[2]) : null;
    // "Northwind rebrand — they signed! Kickoff call Monday. …": a name of two words or three, a dash
    // and news of it open a paragraph as a label does, when more sentences follow.
    const dashed =
      !labelled && !label && position === 0 && context.opensParagraph === true && all.length > EFFORT_PARAGRAPH_SENTENCES ? NAME_DASH.exec(text) : null;
    const dashName = dashed?.[1] && dashed[2] && wordCount(dashed[1]) >= 2 && shortLabel(dashed[1]) && statesOnly(dashed[2]) ? projectName(dashed[1]) : null;
    if (dashName !== null && dashed?.[2]) {
      text = dashed[2];
      scope = { ...scope, project: dashName };
      paragraphProject = dashName;
    } else if (labelledThing !== null) {
      // "Gym membership: cancel it, I haven't been since October": among labels, one that its only
      // task does something to is the thing, not a group: the sentence stays in the group in force.
      text = labelledThing;
    } else if (labelled && label?.[2]) {
      text = label[2];
      scope = labelled;
      // A label opening the paragraph, or one of several in it, or the next group's, holds until the next one.
      if (all.length > 1 && (labelsParagraph || nextEffort !== null)) {
        paragraphProject = labelled.project;
        groupLabel = labelled.project === null || context.message ? null : (label[1] ?? null);
        if (groupLabel !== null) labelGroups++;
        // "The greenhouse needs sorting before the frosts: I have to …" is a lead said as a sentence: "Also …" ends its group.
        if (label !== shortLabelled && labelled.project !== null) [groupLabel, heldByLead] = [null, true];
      }
    }
    // "Dojang: grading on 10/17. Print …": what follows a label that named the group is no heading of its own.
    const labelNamed = (context.groupLabel && context.scope.project !== null) || (labelled?.project && label?.[2] !== undefined && text === label[2]);
    const opening = position === 0 && context.opensParagraph === true && !labelNamed;
    // "And my passport renewal appointment is on 9/8." closing the paragraph is the thing to go to, not a group.
    const named =
      projectSentence(text) ??
      (position < all.length - 1 ? effortBroughtUp(text) : null) ??
      (opening && all.length > 1 ? paragraphHeading(text) : null) ??
      (opening && stepsFollow(all) ? effortMentioned(text) : null);
    if (named !== null) {
      paragraphProject = named;
      // "The health camp is on 26 September. Before that: …": the day it names is one a later label points back at.
      earlier.push(text);
      const namedDay = datePhraseIn(text);
      if (namedDay !== null && statesEvent(text)) eventsStated.push(namedDay);
      if (namedDay !== null) daysStated.push(namedDay);
      continue;
    }
    // "ok so tomorrow I need to …": the day leading the sentence, after its filler, covers its clauses
    // until one names a day of its own ("… and I need to book it for Sunday and renew …": not the last).
    let leadingDay = (LEADING_DAY.exec(text) ?? LEADING_DAY.exec(trimFiller(text)))?.[0] ?? null;
    // "weekend jobs - wash the ute, clean the gutters": a label naming a day, then a dash, dates what follows.
    const dashedLabel = DAY_LABEL_DASH.exec(text);
    const dashedDay = dashedLabel?.[1] ? dayOf(dashedLabel[1]) : null;
    if (dashedLabel && dashedDay !== null) {
      leadingDay = dashedDay;
      text = text.slice(dashedLabel[0].length);
    }
    // "Before then I need to send X, set up Y and draft Z": every clause is due before the day named last.
    const pointing = POINTING_LEAD.exec(text);
    const pointedAt = pointing ? lastDayIn(earlier) : null;
    if (pointing && pointedAt !== null) {
      leadingDay = `${pointing[1] ?? pointing[2]} ${pointedAt}`;
      text = text.slice(pointing[0].length);
    }
    // "By Friday I need to …", "before the AGM on 23 August I need to get …, reconcile … and send …": the day leads every step.
    const dayNeed = leadingDay === null ? dayLeadingNeed(text) : null;
    if (dayNeed !== null) {
      leadingDay = dayNeed.day;
      text = text.slice(dayNeed.length);
    }
    const allBy = allByDay(text);
    let sentenceProject = scope.project;
    const areaLead = AREA_LEAD.exec(text) ?? placeLead(text) ?? (opening && all.length > 1 ? AREA_COMMA.exec(text) : LIFE_AREA_COMMA.exec(text));
    const area = areaOf(areaLead);
    // "For work I need to …. And call the rep too.": a lead names the paragraph's group for the
    // sentences after it, until the next lead ("… for the pop-up I gotta …") names another.
    const leadsGroup = sentenceProject === null || heldByLead;
    if (areaLead && area !== null) {
      if (leadsGroup) {
        sentenceProject = area;
        [paragraphProject, heldByLead] = [area, true];
      }
      text = text.slice(areaLead[0].length);
    }
    const forEffort = namedEffortLead(text);
    const namedEffort = forEffort ?? EFFORT_LEAD.exec(text) ?? NEEDS_WORK_LEAD.exec(text) ?? topicLead(text);
    if (namedEffort?.[1]) {
      // "Work stuff first. … For the team offsite I need to …": within a group, a named effort is part
      // of it; after a label ("For the boat: …", "Podcast stuff: …"), "For the kitchen reno I need to …" is the next group.
      const sibling = groupLabel !== null && FOR_LEAD.test(namedEffort[0]);
      if (sentenceProject === null || sibling || (heldByLead && forEffort !== null)) sentenceProject = projectInFull(namedEffort[1], all.slice(0, position)) ?? projectName(namedEffort[1]);
      if (forEffort !== null && leadsGroup) [paragraphProject, heldByLead] = [sentenceProject, true];
      // "Re the Black Friday mini sessions: tomorrow at the park. Pack …": opening its paragraph, the
      // effort heads the paragraph's sentences, as a label does.
      else if (opening && all.length > 1 && paragraphProject === undefined) paragraphProject = sentenceProject;
      if (sibling) {
        paragraphProject = sentenceProject;
        groupLabel = namedEffort[0];
        labelGroups++;
      }
      text = text.slice(namedEffort[0].length);
    } else if (!(areaLead && area !== null)) {
      const forLed = forLabel(text);
      if (forLed !== null) {
        // "For the school fair, bake …", "Then for the garden - mow …": what follows is done for the
        // thing named; after a labelled group, a label-shaped one ("… garden - ", "… garden:") is the next group.
        const sibling = groupLabel !== null && (forLed.shaped || FOR_LEAD.test(groupLabel));
        if (sentenceProject === null || sibling || heldByLead) sentenceProject = forLed.project;
        if (sibling) {
          paragraphProject = sentenceProject;
          groupLabel = forLed.lead;
          labelGroups++;
        } else if (forLed.shaped && opening && all.length > 1 && sentenceProject === forLed.project) {
          // "For the Almeida-Reed wedding, which is not until September: email …" opening its paragraph is its label.
          paragraphProject = sentenceProject;
        }
        text = text.slice(forLed.lead.length);
      }
    }
    // "Someone has to email the clinic, Dana said she would": the job is the one who took it on's.
    const taken = takenJob(text);
    if (taken !== null) text = taken.job;
    const owner = scope.owner ?? taken?.taker ?? null;
    const someoneElses = owner !== null && !isForReader(owner, context.reader ?? null);
    const split = splitClauses(allBy === null ? text : text.replace(ALL_BY, ''));
    // "okay things for the weekend clean out the gutters buy compost": a dictated list's lead naming its day dates the steps after it.
    const dayLead = leadingDay === null && split.parts.length > 1 ? dictatedDayLead(split.parts[0]?.text ?? '') : null;
    if (dayLead !== null) leadingDay = dayLead;
    // The day of an event the sentence states before its tasks: "the surgery is on the 20th, so …".
    let eventDay: string | null = null;
    let afterSo = false;
    // The day a condition or event gave the task before ("… tomorrow", or "before that" and the day it points at), for
    // the task joined to it by "and".
    let carried: { pointer: string | null; day: string } | null = null;
    // The day of an event stated just before a task, after a comma or dash ("Ella's recital is Saturday, buy flowers for her").
    let eventBefore: string | null = null;
    // The occasion a verbless clause just named, where the next clause's step takes something ("staff BBQ", then "bring a plate").
    let occasionTaken: string | null = null;
    let eventTaken = false;
    // Someone's occasion a clause stated with its day ("Dad's hearing aid appointment is Tuesday at 10").
    let statedOccasion: { name: string; day: string } | null = null;
    // Where each clause sits in the sentence, found once for both passes below.
    const places = clausePlaces(text, split.parts);
    // "Cantine registration closes on the 31st." alone in its sentence stands as the thing to see to, unless the
    // next sentence acts on it ("… closes Friday. Sign Lily up before then.").
    const next = all[position + 1] ?? '';
    const setting = { listed: context.listed || split.listing, inProse: all.length > 1, alone: split.parts.length === 1 && !POINTS_BACK.test(next) && !namesByPronoun(next) };
    const readings: { cleaned: string; reading: ClauseReading }[] = [];
    // "Bien cordialement, Jean Roux, Roux Carrelage": after a close, the short clauses are the signature.
    let signed = false;
    for (const [index, clause] of split.parts.entries()) {
      const cleaned = clause.text.replace(CLAUSE_END_MARKS, (marks) => (marks.includes('!!') ? marks : '')).trim();
      const joiner = places[index]?.joiner ?? '';
      if ((signed && wordCount(cleaned) <= SIGNATURE_WORDS_MAX && !startsWithVerb(trimFiller(cleaned))) || (index === 0 && dayLead !== null)) {
        readings.push({ cleaned, reading: { kind: 'noise' } });
        continue;
      }
      signed ||= isSignOff(cleaned);
      let reading = readClause(cleaned, setting);
      // "Priya will book the hall and send the dates": the verb after "and", with no subject of its own, is Priya's too.
      if (reading.kind === 'task' && readings.length > 0 && ONLY_AND.test(joiner) && startsWithVerb(cleaned) && someoneElseWill(readings.at(-1)?.cleaned ?? '')) {
        reading = { kind: 'statement', confidence: SCENE, text: reading.text };
      }
      // "the syndic needs access to the meter on the 2nd, so I have to be home": the clause before says what for.
      // "The plumber comes Friday. Please make sure someone is home.": the visit may be the sentence before.
      // "Kindly ensure someone is home" reads as a statement of someone's; with a visit before it, it asks.
      const home = reading.kind !== 'noise' && isBeingHome(trimFiller(cleaned));
      const visitBefore = readings.at(-1)?.cleaned ?? (home ? (splitClauses(all[position - 1] ?? '').parts.at(-1)?.text.replace(CLAUSE_END_MARKS, '') ?? '') : '');
      const visited = home ? homeForVisit(trimFiller(cleaned), visitBefore) : null;
      if (visited !== null) reading = { kind: 'task', confidence: ASKED, text: visited };
      // "Mum keeps asking about Easter, I need to give her an answer": the clause before says whom and what about.
      const lastTask = readings.findLastIndex((before) => before.reading.kind === 'task' && before.reading.confidence >= ASKED);
      const replied = reading.kind !== 'noise' ? replyAsked(cleaned, readings.slice(lastTask + 1).map((before) => before.cleaned)) : null;
      if (replied !== null) reading = { kind: 'task', confidence: ASKED, text: replied };
      // "Bev can check the numbers after, ask her": the clause before is what to ask, no task of its own.
      const askedTo = replied === null && reading.kind !== 'noise' ? askedToDo(cleaned, readings.slice(lastTask + 1).map((before) => before.cleaned)) : null;
      const able = readings.at(-1);
      if (askedTo !== null) reading = { kind: 'task', confidence: ASKED, text: askedTo };
      if (askedTo !== null && able !== undefined) able.reading = { kind: 'statement', confidence: SCENE, text: able.cleaned };
      // "deal with this", "the car's making a noise, take it to the shop": with no task before it in
      // the sentence, what "it" is was said elsewhere ("finish the slides and send them" says it).
      const afterTask = readings.some((before) => before.reading.kind === 'task');
      const task = trimFiller(cleaned);
      // The sentence as written up to the clause, its marks and all, as the title's reading sees it
      // ("car tax due 7/15, renew it": the bare thing before the comma is what "it" is).
      const sentenceBefore = places[index]?.before || readings.map((before) => before.cleaned).join(', ');
      const answering = position === 0 && context.messageBefore !== undefined;
      const named = OBJECT_WORD.test(task) ? nameThing(task, sentenceBefore, all[position - 1] ?? context.messageBefore ?? '', answering) : task;
      // "the audit is mine - do it by Friday": "do it" says nothing alone; with its thing named it asks for it.
      if (reading.kind === 'statement' && !afterTask && named !== task) {
        const namedReading = readClause(named, setting);
        if (namedReading.kind === 'task') reading = { ...namedReading, text: reading.text };
      }
      // "the car is making that noise, so take it to the shop": the clause before says what "it" is.
      const pointing =
        !afterTask &&
        reading.kind === 'task' &&
        reading.confidence >= ASKED &&
        namesByPronoun(cleaned) &&
        named === task &&
        replied === null;
      // "the shops will be mad, go early", "… takes walk-ins on Wednesdays - go this Wednesday": a verb
      // with nothing it acts on, ending its sentence after a clause that asks nothing, acts on what that clause named.
      const last = readings.length === split.parts.length - 1;
      // On a list line ("property tax due end of month? check") the sentence before on the line counts too.
      const before = readings.at(-1)?.reading ?? (last && context.listed && position > 0 ? lastClauseOf(all[position - 1] ?? '', setting) : undefined);
      const bare = last && reading.kind === 'task' && reading.confidence >= ASKED && before !== undefined && !isAsked(before) && actsOnNothing(task);
      // "quote for Café Libertad menus, send by Wed", "furnace filter, order 2", "renew my passport, appt on 3 June": what
      // comes after the comma belongs to the task before it.
      const previous = readings.at(-1);
      if (index > 0 && joiner.includes(',') && previous?.reading.kind === 'task') {
        const joined = joinedToTaskBefore(previous.cleaned, previous.reading, trimFiller(cleaned));
        if (joined !== null) {
          [previous.cleaned, previous.reading] = [joined.cleaned, joined.reading];
          readings.push({ cleaned, reading: { kind: 'noise' } });
          continue;
        }
      }
      readings.push({ cleaned, reading: (pointing || bare) && reading.kind === 'task' ? { ...reading, confidence: POINTING } : reading });
    }
    answerNeeds(readings);
    for (const [index, clause] of split.parts.entries()) {
      const { cleaned } = readings[index] ?? { cleaned: clause.text };
      let reading: ClauseReading = readings[index]?.reading ?? readClause(cleaned, setting);
      // "Back to work today and honestly I'm dreading it": a verbless opening that the writer goes on
      // to say how they are about sets the scene.
      if (index === 0 && setting.inProse && reading.kind === 'task' && reading.confidence < ASKED && speakerStatement(readings[1])) {
        reading = { kind: 'statement', confidence: SCENE, text: reading.text };
      }
      // "Fête nationale today so the studio is closed …", "Black Friday and the lot opened at 8": the
      // dump's first clause names the day it is written on, whatever the sentence goes on to say (a
      // list's first item, "sparklers for new year", is an item).
      if (index === 0 && position === 0 && context.opensDump && !context.listed && reading.kind === 'task' && reading.confidence < ASKED && namesOccasionOnly(cleaned)) {
        reading = { kind: 'statement', confidence: SCENE, text: reading.text };
      }
      // "answer the 200 emails, no way, just triage them": the writer takes the task back at once.
      // "renew the subscription? no, it renews by itself": a task asked as a question, answered no at once.
      // "do we have enough food? yes": a question how things stand, answered yes at once, asks nothing.
      const answer = all[position + 1] ?? '';
      const answeredNo = index === split.parts.length - 1 && QUESTION_END.test(sentence) && (SAYS_NO.test(answer) || isConfirmedAtOnce(trimFiller(cleaned), answer));
      // "4-H record book — Hannah's job, not mine": a job the writer gives away is taken back too.
      const retracted =
        answeredNo || disownsJob(cleaned) || [readings[index + 1]?.cleaned ?? '', ...clause.asides].some((after) => RETRACTED.test(after) || disownsJob(after));
      // "Uncle Ray wants me to shoot his party, we'll see", "Lisa asked me to swap, I have to tell her yes or no": a request not yet taken on.
      const undecided = askedOfWriter(cleaned) && [readings[index + 1]?.cleaned ?? '', ...clause.asides].some((after) => UNDECIDED.test(after));
      if (reading.kind === 'task' && (retracted || undecided)) reading = { kind: 'statement', confidence: SCENE, text: reading.text };
      // "Vacances were lovely, Brittany was perfect, but now reality": a verbless part among statements tells the story.
      const told = readings.filter((other) => other.reading.kind !== 'task' && wordCount(other.cleaned) > 1).length;
      const unasked = !ASKING_LEAD.test(cleaned.slice(0, cleaned.length - trimFiller(cleaned).length));
      if (reading.kind === 'task' && reading.confidence < ASKED && unasked && told >= NARRATED_PARTS && setting.inProse && !hasDatePhrase(cleaned)) {
        reading = { kind: 'statement', confidence: SCENE, text: reading.text };
      }
      const after = places[index]?.after ?? '';
      const occasion = reading.kind === 'task' ? occasionNamedBefore(cleaned, reading, readings[index + 1], after, scope.dateHint !== null) : null;
      const ownersStated = ownersOccasionStated(cleaned);
      const following = readings[index + 1]?.reading;
      const takenThere = ownersStated !== null && following !== undefined && following.kind !== 'noise' && takenTo(following.text, ownersStated.name) !== null;
      if (reading.kind === 'task' && (occasion !== null || takenThere || dueThenDoneToIt(cleaned, readings[index + 1], after))) {
        reading = { kind: 'statement', confidence: SCENE, text: reading.text };
      }
      // "staff BBQ Sat 11/7, bring a plate": what the step takes goes to the occasion just named.
      const broughtThere =
        occasionTaken !== null && reading.kind === 'task'
          ? (broughtTo(reading.text, occasionTaken) ?? giftFor(reading.text, occasionTaken) ?? (eventTaken ? gotFor(reading.text, occasionTaken) : null))
          : null;
      // "Dad's hearing aid appointment is Tuesday at 10 and I'm driving him": taking someone to their own occasion, stated
      // before with its day, is the step on that day.
      const takenToStated = statedOccasion !== null && reading.kind === 'task' ? takenTo(reading.text, statedOccasion.name) : null;
      if (broughtThere !== null && reading.kind === 'task') reading = { ...reading, text: broughtThere };
      else if (takenToStated !== null && statedOccasion !== null && reading.kind === 'task') {
        reading = { ...reading, text: hasDatePhrase(reading.text) ? takenToStated : `${takenToStated} ${statedOccasion.day}` };
      }
      occasionTaken = occasion === null ? null : occasionAsPlace(occasion);
      eventTaken = occasion !== null && namesEvent(occasion);
      statedOccasion = ownersStated;
      if (reading.kind === 'noise' || RETRACTED.test(cleaned)) {
        // "I'm back on Wednesday" asks nothing and is kept for nothing, yet says the day "before I'm back" means.
        const noiseDay = reading.kind === 'noise' && saysComingOrGoing(cleaned) ? datePhraseIn(cleaned) : null;
        if (noiseDay !== null) daysStated.push(noiseDay);
        continue;
      }
      // "Leo's final is Saturday, don't miss it": the ask after the comma keeps the event it follows.
      // In prose the event reads as a statement ("Kayla's recital is Thursday at 7 and I WILL be there"): the same.
      if (reading.confidence < ASKED_LEAST && [readings[index + 1]?.cleaned ?? '', ...clause.asides].some(asksNotToMiss) && hasDatePhrase(cleaned)) {
        reading = { kind: 'task', confidence: NEEDED, text: reading.text };
      }
      // A task offered only for naming its thing by a pronoun ("pick them up … that afternoon") still asks, and points back.
      const stated = reading.kind === 'statement' || (reading.confidence < ASKED_LEAST && reading.confidence !== POINTING);
      // In a dictated run-on, the event said last is the one a following "so …" serves.
      const day: string | null = stated ? datePhraseIn(cleaned) : null;
      if (day !== null && statesEvent(cleaned)) eventsStated.push(day);
      if (day !== null) daysStated.push(day);
      if (day !== null) {
        eventDay = day;
        // "if it's sunny Sunday, clean the balcony": the condition's day is the task's after it.
        // Dictated without the comma ("if the rain holds off this week get the hay in", "if it's dry
        // tonight I'll cut the grass"), the same.
        afterSo = SO_NEXT.test(after) || (CONDITION_START.test(trimFiller(cleaned)) && (COMMA_NEXT.test(after) || startsWithVerb(trimFiller(after))));
        const nextReading = readings[index + 1]?.reading;
        const taskNext = nextReading?.kind === 'task' && nextReading.confidence >= ASKED_LEAST;
        // "The gala is on Friday: the kids need costumes, pack the car": the day is the label's, not the event's next to the task.
        const unlabelled = cleaned.replace(LABEL_PREFIX, '');
        // An offered task ("talk to five dog walkers this week, sketch the flow") names its own day, not an event's; after
        // ", and" ("the ute rego is due on the 30th, and I owe Dad a call") the next is one more thing, not the event's.
        // "my sister lands Thursday evening and I have to pick her up": an arrival, then the writer's step for it, joined by "and".
        const joinedStep = AND_OWN_STEP_NEXT.test(after) && HAPPENS_ON.test(cleaned);
        const event = taskNext && ((COMMA_OR_DASH_NEXT.test(after) && !AND_NEXT.test(after)) || joinedStep) && !startsWithVerb(trimFiller(unlabelled));
        eventBefore = event && (unlabelled === cleaned || hasDatePhrase(unlabelled)) ? day : null;
      } else if (stated) eventBefore = null;
      // Only a clause that points back looks back (reading a clause for a day costs a date search).
      const pointedDay =
        eventDay ?? (!stated && POINTS_BACK.test(reading.text) ? lastDayIn([...earlier, ...readings.slice(0, index).map((before) => before.cleaned)]) : null);
      // "remind him the day before to bring his licence": counted back from the event stated last, not the last day any clause named.
      const countedFrom = !stated && countsBack(reading.text) ? (eventsStated.at(-1) ?? null) : null;
      // "… before she gets here": before the day the last clause asking nothing named, not a task's day.
      const arrivalDay =
        !stated && countedFrom === null && endsBeforeArrival(reading.text) && !hasDatePhrase(reading.text) ? (daysStated.at(-1) ?? daysBefore.at(-1) ?? null) : null;
      let served =
        countedFrom !== null
          ? countedBackFrom(reading.text, countedFrom)
          : arrivalDay !== null
            ? beforeArrivalOn(reading.text, arrivalDay)
            : !stated && pointedDay !== null
            ? servedOn(reading.text, pointedDay, afterSo && eventDay !== null)
            : reading.text;
      // "wrap the presents and clean the flat before my parents arrive on the 23rd.": in written
      // sentences (dictation runs separate tasks together), two tasks joined by a bare "and" share
      // the deadline that ends the second.
      const next = readings[index + 1];
      const written = ENDS_SENTENCE.test(sentence);
      const joined = written && next?.reading.kind === 'task' && ONLY_AND.test(after.slice(0, after.indexOf(next.cleaned)));
      const shared = joined && next ? SHARED_DEADLINE.exec(next.cleaned) : null;
      // "…, I need to air the room and buy a duvet before then": the "then" is the event's day, for both.
      const sharedBack =
        !stated && shared && POINTS_BACK.test(shared[0]) && !hasDatePhrase(reading.text)
          ? (eventDay ?? lastDayIn([...earlier, ...readings.slice(0, index).map((before) => before.cleaned)]))
          : null;
      if (shared && sharedBack !== null) served = servedOn(`${reading.text} ${shared[0]}`, sharedBack, false);
      else if (!stated && shared && !hasDatePhrase(served) && hasDatePhrase(shared[0])) served = `${served} ${shared[0]}`;
      const eventHint = stated ? null : eventBefore;
      if (!stated && carried !== null && served === reading.text && !hasDatePhrase(served)) {
        served = carried.pointer === null ? `${served}${carried.day}` : servedOn(`${served} ${carried.pointer}`, carried.day, false);
      }
      // "if the weather holds tomorrow, mow the lawn and take the kids to the lake", "before that I need to empty the
      // cupboards and get the old fridge collected": the day goes on to the task joined by a bare "and".
      const andNext = next?.reading.kind === 'task' && ONLY_AND.test(after.slice(0, after.indexOf(next.cleaned))) && !hasDatePhrase(next.cleaned);
      const pointer = pointedDay === null ? undefined : POINTS_BACK.exec(reading.text)?.[0];
      // "… which means tonight I need to pack the lunches and label the supplies": a day leading a clause inside the sentence.
      const ownLead = leadingDay === null ? LEADING_DAY.exec(cleaned)?.[0] : undefined;
      if (!stated) {
        carried = !andNext
          ? null
          : ownLead !== undefined
            ? { pointer: null, day: ` ${ownLead}` }
            : served === reading.text
              ? null
              : pointer !== undefined && pointedDay !== null
                ? { pointer, day: pointedDay }
                : afterSo && served.startsWith(reading.text)
                  ? { pointer: null, day: served.slice(reading.text.length) }
                  : null;
      }
      if (!stated) [afterSo, eventBefore] = [false, null];
      const own = leadingDay === null ? null : datePhraseIn(served);
      // "tomorrow morning first thing call …" still names the leading "tomorrow".
      const ownDay = own !== null && !own.toLowerCase().startsWith(leadingDay?.toLowerCase() ?? '');
      // "ping Kenji if the migration fails again", "if the parcel doesn't come, email the seller": a task only if something goes wrong.
      const contingent = !stated && (dependsOnMishap(trimFiller(cleaned)) || isContingency(readings[index - 1]?.cleaned ?? '') || isContingency(split.parts[index - 1]?.asides.at(-1) ?? ''));
      const confidence = contingent ? Math.min(reading.confidence, CONTINGENT) : reading.confidence;
      out.push({
        text: scope.cue ? `${served} (${scope.cue})` : served,
        project: sentenceProject,
        dateHint: leadingDay ?? allBy ?? eventHint ?? scope.dateHint,
        confidence: someoneElses ? Math.min(confidence, SOMEONE_ELSES) : closed ? Math.min(confidence, WOUND_DOWN) : confidence,
        owner: someoneElses ? owner : null,
        asides: clause.asides,
      });
      if (ownDay) leadingDay = null;
    }
    earlier.push(...readings.map((before) => before.cleaned));
  }
  return paragraphProject;
}

/** A word a task may name its thing by: only clauses with one are looked at for what it names. */
const OBJECT_WORD = /\b(?:it|that|them|those)\b/i;

/** A verb and "it" or "them" opening a clause: "cancel it, …". */
const VERB_THEN_PRONOUN = /^([\p{L}'’-]+)\s+(?:it|them)\b/iu;

/**
 * "cancel it, I haven't been since October" after "Gym membership:": the rest with the label put for
 * "it" when it opens with its one task, done to "it"; null when it asks for more or opens otherwise.
 */
function labelObject(label: string, rest: string): string | null {
  const asking = splitClauses(rest).parts.filter((clause) => startsWithVerb(trimFiller(clause.text)));
  // The label's rest opens with the task: "Home: the tax papers are due, so collect them" names its own thing.
  const verb = asking.length === 1 ? VERB_THEN_PRONOUN.exec(trimFiller(rest)) : null;
  if (!verb?.[1] || !startsWithVerb(verb[1])) return null;
  const at = rest.indexOf(verb[0]);
  return at < 0 ? null : `${rest.slice(0, at)}${verb[1]} the ${label.trim().toLowerCase()}${rest.slice(at + verb[0].length)}`;
}

/** "bleed the radiators, call the landlord": some clause of the text opens with a task verb. */
function asksSomething(text: string): boolean {
  return splitClauses(text).parts.some((clause) => startsWithVerb(trimFiller(clause.text)));
}

/** "and buy a present", "Oh and the dog …": an afterthought after the groups of a paragraph. */
const AFTERTHOUGHT_AND = /^(?:oh,?\s+)?and\b/i;
/** "choir - learn the part": a word or two, a spaced dash, then the group's items. */
const SIBLING_DASH = /^([\p{L}'’]+(?:\s+[\p{L}'’]+)?)\s+[-–—]\s+(\S.*)$/u;
/** "No - send them Wednesday": an answer before a dash, not a label. */
const ANSWER = /^(?:no|yes|yeah|yep|nope|nah|ok(?:ay)?|sure|done|right|well|oh|so|and|but|also|then|maybe|fine)$/i;
const CAPITAL_START = /^\p{Lu}/u;

/** "Sam - call him about it": a name in no word list before a dash is a person, not a group. */
function namesSomeone(label: string): boolean {
  const first = label.split(SPACE)[0] ?? '';
  return CAPITAL_START.test(first) && !isEnglishWord(first);
}

/** A signature after a close: a name, a firm, a role. */
const SIGNATURE_WORDS_MAX = 4;

/** "For the school fair, …", "Then for the garden - …", "for work:": what the rest of the sentence is done for, and the mark after it. */
// "For the Novak christening, which is not until May: email …": a remark on the name may come before the colon.
const FOR_LABEL_LEAD =
  /^((?:(?:and|also|plus|then|now|so)[\s,]+)?for\s+(?:(?:the|my|our)\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?))(?:,\s+(?:which|who)\s[^:;.!?]{1,80}?(?=:))?\s*(,|:|\s[-–—])\s*(?=\S)/iu;

const DETERMINED = /\bfor\s+(?:the|our)\s+\S+\s+\S/i;
/** "just answer …", "only send …": a word saying how little is asked, before the step. */
const ONLY_LEAD = /^(?:just|only|simply)\s+/i;
/** Words no group's name holds: "for the first time in ages", "for ages I've meant to". */
const NOT_A_NAME = /(?:^|\s)(?:i|i'?ve|i'?m|we|you|in|on|at|to|by|time|ages|while|moment)(?=\s|$)/i;

/** The group a "For the X, do y" sentence names, when a task verb follows; not "for me", "for now" nor "for the weekend". */
function forLabel(text: string): { project: string; lead: string; shaped: boolean } | null {
  const found = FOR_LABEL_LEAD.exec(text);
  const name = found?.[2];
  if (!found || name === undefined || !startsWithVerb(trimFiller(text.slice(found[0].length)).replace(ONLY_LEAD, ''))) return null;
  // "For the Repair Café:", "For the Build Week:": a name in capitals is a name, whatever its first word can be.
  const verbLed = startsWithVerb(name) && !CAPITALISED_NAME.test(name);
  // "For Sam," is a person; "For the Novak christening" and "For the Almeida-Reed wedding" name someone's event.
  const person = namesSomeone(name) && !DETERMINED.test(found[1] ?? '') && (wordCount(name) === 1 || CAPITALISED_NAME.test(name));
  if (NOT_AREA.test(name) || NOT_A_NAME.test(name) || verbLed || hasDatePhrase(name) || person) return null;
  const project = projectName(name);
  return project === null ? null : { project, lead: found[0], shaped: (found[3] ?? '').trim() !== ',' };
}

/** "Then the Bianchi anniversary dinner", "And our garage sale": a connective, then an effort's name. */
const NEXT_EFFORT_LABEL = /^(?:then|and|now|next)[\s,]+(?:the|my|our)\s+(\S.*)$/i;
/**
 * "The allotment needs sorting before the season: I have to …": a label saying an effort needs work
 * names it; so does one bringing up an occasion with its day ("The quiz night is on 3 May and there's
 * loads to sort: …", "Now, the trip to Porto (it's on the 9th): …").
 */
function statedEffort(label: string): string | null {
  const stated = EFFORT_STATED.exec(label.trim());
  if (stated?.[1] && !NOT_NOUN_PHRASE.test(stated[1])) return projectName(stated[1]);
  return occasionLabelled(label.trim());
}

/** "Now, the trip to Porto (it's on the 9th)": a topic brought up with its day in brackets. */
const OCCASION_DAY_REMARKED = /^(?:(?:now|so|right|ok(?:ay)?|and|then|next)[\s,]+)*(?:the|my|our)\s+([^()]{2,40}?)\s*\((?:(?:it'?s|it is|which is)\s+)?([^()]+)\)$/i;

/** The occasion a label brings up with its day, said as a sentence or with the day in brackets. */
function occasionLabelled(label: string): string | null {
  const remarked = OCCASION_DAY_REMARKED.exec(label);
  if (remarked?.[1] && remarked[2] && isDatePhrase(remarked[2].trim()) && !NOT_NOUN_PHRASE.test(remarked[1]) && !startsWithVerb(remarked[1]) && !SOMEONES_DAY.test(remarked[1])) return projectName(remarked[1]);
  const occasion = occasionComing(label);
  return occasion === null ? null : projectName(occasion);
}

/** A label of up to a sentence's length before its colon. */
const LONG_LABEL_THEN_REST = /^([^:]{1,100}?):\s+(.*)$/;

/** "The allotment needs sorting before the season gets going: …": a label too long for a name, read when it says an effort needs work. */
function effortLabel(text: string): RegExpExecArray | null {
  const long = LONG_LABEL_THEN_REST.exec(text);
  return long?.[1] && statedEffort(long[1]) !== null ? long : null;
}

/** "Then the rest:", "And the others:": what is left of the list, no effort. */
const LEFT_OVER = /^(?:rest|remainder|others?|last|remaining|leftovers?)\b/i;
/** Most words the name after "Then the" runs to. */
const NEXT_EFFORT_WORDS_MAX = 4;
/** "Next up is the AGM: send …", "On to the loft conversion: call …", "Moving on to the garage sale, price …": a topic the rest of the sentence serves. */
const TOPIC_LEAD = /^(?:(?:so|right|ok(?:ay)?|and|now)[\s,]+)*(?:next up(?: is)?|(?:moving )?on to|onto|over to|now for)\s+(?:the|my|our)\s+(.{2,40}?)\s*[,:–—]\s+(?=\S)/i;

/** The topic a sentence turns to before its steps: not "On to the rest:", "Next up is the weekend:" nor "Now for the boring bits:". */
function topicLead(text: string): RegExpExecArray | null {
  const lead = TOPIC_LEAD.exec(text);
  const name = lead?.[1];
  if (name === undefined || wordCount(name) > NEXT_EFFORT_WORDS_MAX || ONE_THING.test(name) || LEFT_OVER.test(name) || VAGUE_LABEL.test(`the ${name}`) || GENERIC.test(name)) return null;
  return startsWithVerb(name) || isDatePhrase(name) ? null : lead;
}

/** The next group's name when a label turns to another effort and steps follow: not "Then the main thing:" nor "And the rest:". */
function nextGroupName(label: string, rest: string): string | null {
  const name = NEXT_EFFORT_LABEL.exec(label.trim())?.[1];
  if (name === undefined || wordCount(name) > NEXT_EFFORT_WORDS_MAX || ONE_THING.test(name) || LEFT_OVER.test(name) || VAGUE_LABEL.test(`the ${name}`) || GENERIC.test(name)) return null;
  if (startsWithVerb(name) || isDatePhrase(name) || !startsWithVerb(trimFiller(rest))) return null;
  return projectName(name);
}

/** "For the boat", "for my thesis": a label or lead naming what the writer does things for. */
const FOR_LEAD = /^(?:(?:and|also|plus|then)\s+)?for\b/i;
/** "Stuff", "Things": among labelled groups, the writer's belongings. */
const BELONGINGS = /^(?:stuff|things)$/i;
/** Words before a name that describe it rather than name it: "the new truck" is the truck. */
const DESCRIBING_WORD = /^(?:new|old|big|little|small|next|first|last|other|whole|same|own|usual|stupid|damn|bloody|broken)$/i;
const ONE_WORD = /^[\p{L}'’-]+$/u;

/** "truck" after "the food truck launch": the fuller name the paragraph gave a one-word label. */
function fullerName(label: string, before: string[]): string | null {
  const word = label.trim();
  if (!ONE_WORD.test(word) || before.length === 0) return null;
  const found = new RegExp(`\\b(?:the|my|our)\\s+([\\p{L}'’-]+)\\s+${word}\\b`, 'iu').exec(before.join(' '))?.[1];
  if (found === undefined || DESCRIBING_WORD.test(found) || isJudgement(found) || startsWithVerb(found)) return null;
  return projectName(`${found} ${word}`);
}

/** Words that end a noun phrase: "the plan and handover project" names no "plan and handover". */
const PHRASE_BREAK = /^(?:and|or|but|of|to|for|in|on|at|with|from|the|a|an|my|our|is|are|was|this|that)$/i;

/**
 * "The pilot boat handover project is …. For the handover I need to …": a project the paragraph
 * called by its full name keeps it when a later lead shortens it to its last word.
 */
function projectInFull(shortName: string, before: string[]): string | null {
  const word = shortName.trim();
  if (!ONE_WORD.test(word) || before.length === 0) return null;
  const found = new RegExp(`\\b(?:the|my|our)\\s+((?:[\\p{L}'’-]+\\s+){1,3})${word}\\s+project\\b`, 'iu').exec(before.join(' '))?.[1]?.trim();
  if (found === undefined || found.split(WHITESPACE).some((each) => PHRASE_BREAK.test(each))) return null;
  return projectName(`${found} ${word}`);
}

/** What one brings to an event: "bring", "take", "pack", "wear". */
const BRING_START = /^(?:(?:don'?t forget to|remember to|i (?:have|need) to|i'?ve got to|i must)\s+)?(?:bring|take|pack|wear|drive)\b|^i['’]?m\s+(?:taking|driving)\s+(?:him|her|them)\b/i;

/** A short label before a spaced dash: "weekend jobs - …". */
const DAY_LABEL_DASH = /^([^,;:.!?—–-]{1,40}?)\s+[-–—]\s+(?=\S)/;

/** A list's lead that puts its items before an event said before it: "Before we start, could you please", "By then:". */
const BEFORE_EVENT_LEAD = /^(before|by)\s+(?:then|that|(?:i|we|you|he|she|they)\s+[\p{L}'’]+)\b/iu;

/** A heading that says its items come before an event: "Before camp:", "📋 before I go:", "Ahead of the move". */
const BEFORE_EVENT_HEADING = /^\W*(?:before|b4|ahead of|prior to)\s+(.+?)[\s:.!]*$/iu;
/** "then", "that", "I go", "we leave", "she arrives": the event is the one said last. */
const EVENT_SAID_LAST = /^(?:then|that|(?:i|we|you|he|she|they)\s+[\p{L}'’]+)$/iu;
const EVENT_WORD_LAST = /([\p{L}'’-]+)$/u;
const SENTENCE_END = /(?<=[.!?])\s+/;
const NOT_LETTERS = /[^\p{L}'’-]+/u;

/**
 * "before the 16th" for a heading that puts its items before an event said on a line above it:
 * "before I go" or "before then" after the last line to name a day, "Before camp" after the
 * last sentence to name both a day and the camp. Null for any other heading.
 */
function dayBeforeEvent(heading: string, above: Line[]): string | null {
  const event = BEFORE_EVENT_HEADING.exec(heading.trim())?.[1];
  if (event === undefined || hasDatePhrase(event)) return null;
  const saidLast = EVENT_SAID_LAST.test(event);
  const word = saidLast ? null : EVENT_WORD_LAST.exec(event)?.[1]?.toLowerCase();
  if (!saidLast && !word) return null;
  for (let index = above.length - 1; index >= 0; index--) {
    const sentences = (above[index]?.content ?? '').split(SENTENCE_END);
    for (let at = sentences.length - 1; at >= 0; at--) {
      const sentence = sentences[at] ?? '';
      if (word && !sentence.toLowerCase().split(NOT_LETTERS).includes(word)) continue;
      const day = datePhraseIn(sentence);
      if (day !== null) return `before ${day}`;
    }
  }
  return null;
}

/**
 * "- vet for Rex 3/25 at 4" then "- find his card before then": an item pointing back at the day of
 * the line above it (in the same block, under the same heading) is dated by it, as within a paragraph.
 */
function pointBackAcrossLines(read: Segment[], lines: Line[], position: number): void {
  for (const item of read) {
    if (!POINTS_BACK.test(item.text) || hasDatePhrase(item.text)) continue;
    // "◦ parade, Wed 11th" over "◦ confirm by Thursday", "◦ iron the flag the night before": the event heading the steps, not the step above.
    if (countsBack(item.text) && parentBulletDay(lines, position) !== null) continue;
    const above = lines[position - 1]?.content ?? '';
    const day = above === '' ? null : lastDayIn(sentences(above));
    if (day !== null) item.text = servedOn(item.text, day, false);
  }
}

/** The day a bullet further out names, when the line is a bullet under it: the event its steps serve. */
function parentBulletDay(lines: Line[], position: number): string | null {
  const own = lines[position];
  if (own === undefined || !own.bullet || own.indent === 0) return null;
  const parent = lines.slice(0, position).findLast((line) => line.content !== '' && line.indent < own.indent);
  return parent?.bullet === true ? datePhraseIn(parent.content) : null;
}

const BRACKET_MARKS = /[()[\]]/g;

/**
 * "WEDDING FAIR (Sunday 8 Nov)" over "- pack the mannequins the Friday before": a list item counted back from an
 * event it leaves unnamed counts from the day its heading names (the items between have days of their own), or
 * without one, from the last event a line above states ("… is scheduled for 8 July" over "me: move the car the night before");
 * a day said before it on its own line comes first ("… for the Friday show, email Gwen the day before").
 */
function countBackFromHeading(read: Segment[], lines: Line[], position: number): void {
  for (const item of read) {
    if (!countsBack(item.text)) {
      servedOnSection(item, lines, position);
      continue;
    }
    const above = lines.slice(0, position);
    // "accessible seating note for the Friday show, email Gwen the day before": the day said before it on its line first.
    const content = lines[position]?.content ?? '';
    const at = content.indexOf(item.text.split(' ', 2).join(' '));
    const ownDay = at > 0 ? datePhraseIn(content.slice(0, at)) : null;
    // "◦ Remembrance Day parade, Wed 11th" over "◦ iron the flag the night before": a bullet further out heads it too.
    const own = lines[position];
    const heading = above.findLast((line) => line.content !== '' && (!line.bullet || (own?.bullet === true && line.indent < own.indent)));
    const day = ownDay ?? (heading === undefined ? null : lastDayIn(sentences(heading.content.replace(BRACKET_MARKS, ' ')))) ?? lastEventDay(above);
    if (day !== null) item.text = countedBackFrom(item.text, day);
  }
}

/**
 * Under a section that names its event and day ("1. Planting day – Sat 10 Oct"), "on the day", "before then"
 * and "before planting day" point at that day: the item counts from it as it would from the day said.
 */
function servedOnSection(item: Segment, lines: Line[], position: number): void {
  const line = lines[position];
  if (line === undefined || !line.bullet || line.numbered || hasDatePhrase(item.text)) return;
  const section = lines.slice(0, position).findLast((above) => above.content !== '' && above.numbered && above.indent <= line.indent);
  if (section === undefined || lines.slice(lines.indexOf(section) + 1, position).some((between) => between.content !== '' && !between.bullet)) return;
  const day = datePhraseIn(section.content);
  if (day === null) return;
  if (POINTS_BACK.test(item.text)) {
    item.text = servedOn(item.text, day, false);
    return;
  }
  // "check the boundary fence before planting day": the section's event, named.
  const event = section.content.replace(day, '').replace(SECTION_NAME_EDGES, '').trim().toLowerCase();
  const at = event === '' ? -1 : item.text.toLowerCase().indexOf(`before ${event}`);
  if (at >= 0 && wordCount(event) <= EVENT_NAME_WORDS_MAX) item.text = `${item.text.slice(0, at)}before ${day}${item.text.slice(at + 'before '.length + event.length)}`;
}

/** The marks between a section's event and its day: "Planting day – Sat 10 Oct". */
const SECTION_NAME_EDGES = /^[\s:,–—-]+|[\s:,–—(-]+$/g;
const EVENT_NAME_WORDS_MAX = 4;

/** "is scheduled for", "takes place", "starts": a sentence saying when something happens, not when it is due. */
const HAPPENS_ON = /\b(?:is|are)\s+(?:scheduled|booked|planned|set|happening|on)\b|\b(?:takes place|starts|begins|opens|comes|arrives|lands)\b/i;

/** The day of the last event the lines state ("the aircon servicing is scheduled for 8 July"), or null. */
function lastEventDay(lines: Line[]): string | null {
  for (let index = lines.length - 1; index >= 0; index--) {
    const said = sentences(lines[index]?.content ?? '');
    for (let at = said.length - 1; at >= 0; at--) {
      const sentence = said[at] ?? '';
      const day = HAPPENS_ON.test(sentence) ? datePhraseIn(sentence) : null;
      if (day !== null) return day;
    }
  }
  return null;
}

/** The reader's steps in a chat reply that name no day take the day of the message they answer, if it names one (its asides stay undated). */
function datedByMessage(read: Segment[], answered: string): void {
  const undated = read.filter((item) => item.confidence >= ASKED_LEAST && item.dateHint === null && !hasDatePhrase(item.text));
  if (undated.length === 0) return;
  const day = datePhraseIn(answered);
  if (day === null) return;
  for (const item of undated) item.dateHint = day;
}

/** "… before the move", "… ahead of the disco": a task put before an event named by one word, at its end. */
const BEFORE_NAMED_EVENT = /\b(?:before|ahead of|b4)\s+(?:the|my|our|his|her|their)\s+(\p{L}[\p{L}'’-]{2,})[\s.!?,;)]*$/iu;

/**
 * "redirect the mail before the move" after "The move is Saturday the 17th": a task put before an
 * event the dump dated earlier, in a sentence naming the event's word, is due the day before it.
 * The nearest such sentence above the task's own counts (the task's line first, then the lines above).
 */
function beforeEventAbove(read: Segment[], lines: Line[], position: number): void {
  for (const item of read) {
    const event = BEFORE_NAMED_EVENT.exec(item.text);
    if (!event || hasDatePhrase(item.text)) continue;
    const word = (event[1] ?? '').toLowerCase();
    const own = sentences(lines[position]?.content ?? '');
    const ownBefore = own.slice(0, Math.max(0, own.findIndex((sentence) => sentence.toLowerCase().includes(event[0].trim().toLowerCase()))));
    const above = [...lines.slice(0, position).flatMap((line) => sentences(line.content)), ...ownBefore];
    for (let index = above.length - 1; index >= 0; index--) {
      const sentence = above[index] ?? '';
      if (!sentence.toLowerCase().split(NOT_LETTERS).includes(word)) continue;
      const day = datePhraseIn(sentence);
      if (day === null) continue;
      item.text = `${item.text.slice(0, event.index)}before ${dayAlone(day)}`;
      break;
    }
  }
}

/** The day the last of these clauses to name one names. */
function lastDayIn(clauses: string[]): string | null {
  for (let index = clauses.length - 1; index >= 0; index--) {
    const day = datePhraseIn(clauses[index] ?? '');
    if (day !== null) return day;
  }
  return null;
}

/** "… so grab one before then", "… I'll pick one up", "… can you sort that?": a task whose object is "one", "it" or "that". */
const GETS_ONE = /^((?:[\p{L}'’-]+\s+){0,6}?(?:get|grab|buy|order|pick up|find|borrow|bring|sort|arrange|organi[sz]e)\s+)(?:one|it|some|that)\b(?!\s+(?:of|more|one)\b)/iu;

/**
 * A need or a lapse the sentence goes on to answer is no task of its own: "the sticker expires on
 * the 31st, so book the inspection", "my passport expires in June, I should start the renewal"
 * (any task after a lapse answers it); "he needs a collared shirt, so I'll grab one" names the thing
 * of the task that answers it ("grab a collared shirt for him").
 */
function answerNeeds(readings: { cleaned: string; reading: ClauseReading }[]): void {
  for (const [index, { cleaned, reading }] of readings.entries()) {
    if (reading.kind !== 'task' || !reading.implied) continue;
    // "book the MOT and the car needs new tyres too": a thing's need said after a step is a remark on it.
    const asked = readings.slice(0, index).some((before) => before.reading.kind === 'task' && before.reading.confidence >= ASKED);
    if (reading.implied.thingFor === true && asked) {
      readings[index] = { cleaned, reading: { kind: 'statement', confidence: SCENE, text: cleaned } };
      continue;
    }
    const later = readings.slice(index + 1).find((after) => after.reading.kind === 'task');
    if (later?.reading.kind !== 'task') continue;
    const got = reading.implied.got;
    const one = got === null ? null : GETS_ONE.exec(trimFiller(later.reading.text));
    // "the mower needs a new blade, so call the garden centre", "the bear costume needs a new zip, take it to
    // wardrobe": any step after a thing's need answers it, as after a lapse.
    if (!reading.implied.lapse && !one && reading.implied.thingFor !== true) continue;
    readings[index] = { cleaned, reading: { kind: 'statement', confidence: SCENE, text: cleaned } };
    if (one && got !== null) {
      const text = trimFiller(later.reading.text);
      later.reading = { ...later.reading, text: `${one[1]}${got}${text.slice(one[0].length)}` };
    }
  }
}

/** What a verb may take that names no thing: a particle, "early", "again", "first". */
const NAMES_NOTHING = /^(?:in|out|up|down|off|on|back|over|away|around|round|early|late|again|too|first|now|then|later|anyway)$/i;

/** "go", "go in", "go early this Wednesday": a verb, then nothing but particles and a day. */
function actsOnNothing(task: string): boolean {
  const words = task.replace(CLAUSE_END_MARKS, '').split(SPACE).filter((word) => word !== '');
  if (words.length === 0 || !startsWithVerb(words[0] ?? '')) return false;
  let at = 1;
  while (at < words.length && NAMES_NOTHING.test(words[at] ?? '')) at++;
  const rest = words.slice(at).join(' ');
  return rest === '' || datePhraseIn(rest)?.trim().toLowerCase() === rest.toLowerCase();
}

/** A clause that asks for something: a task as sure as an imperative. */
function isAsked(reading: ClauseReading): boolean {
  return reading.kind === 'task' && reading.confidence >= ASKED;
}

/** How the last clause of a sentence reads. */
function lastClauseOf(sentence: string, setting: { listed: boolean; inProse: boolean }): ClauseReading | undefined {
  const last = splitClauses(sentence).parts.at(-1)?.text.replace(CLAUSE_END_MARKS, '').trim();
  return last ? readClause(last, setting) : undefined;
}

/** "send by Wed", "submit Friday": a verb and the day it is due, and nothing it acts on. */
const VERB_THEN_DAY = /^(\p{L}+)\s+((?:by|before|on|until|till|due)\s+.+|(?!(?:the|a|an|it|them|this|that|my|our|to|for|in|at|with|up|out|off)\b).+)$/iu;
/** "appt on 3 June", "appointment 3 June 10am", "turno el 3 de junio", "Termin am 3. Juni": an appointment and its day. */
const APPOINTMENT_ON = /^(?:the\s+|my\s+)?(?:appt|appointment|turno|cita|rendez-vous|rdv|termin|afspraak|slot)\s+(?:is\s+)?(.+?)[\s.!]*$/iu;
/** "order 2", "buy a dozen", "get three": a verb and a count, and nothing it counts. */
/** "order 2", "order 20 (S & M)": a verb and a count, with a remark on them in brackets. */
const VERB_THEN_COUNT = /^(\p{L}+)\s+(\d{1,3}|a dozen|a couple|two|three|four|five|six|ten|twelve)(\s*\([^()]*\))?[\s.!]*$/iu;
const BRACKETED_REMARK = /\s*\([^()]*\)/g;
const PLURAL_END = /s$/i;
/** "quote for the menus", "report on the audit": a word that can be a verb, used as the thing a preposition describes. */
const NOUN_THEN_PREPOSITION = /^\p{L}+\s+(?:for|on|about|from|of)\s/iu;

type TaskReading = Extract<ClauseReading, { kind: 'task' }>;

/**
 * The task before a comma with the clause after it joined in, or null when the clause is its own: the day of an
 * appointment ("renew my passport, appt on 3 June"); after a thing, a verb and a count ("furnace filter (the 20x25
 * one), order 2" → "order 2 furnace filters (the 20x25 one)") or a verb and its deadline ("quote for the menus, send
 * by Wed" → "send quote for the menus by Wed").
 */
/** "finish by Sunday night", "aim to have it done by Friday": when the task before it is to be done. */
const FINISHED_BY = /^(?:(?:aim|aiming|plan|planning|hope|hoping)\s+to\s+)?(?:finish(?:\s+it)?|complete\s+it|wrap\s+it\s+up|(?:have|get)\s+it\s+(?:done|finished|ready|sent|in)|be\s+done)\s+((?:by|before|on)\s.+)$/i;

function joinedToTaskBefore(before: string, reading: TaskReading, clause: string): { cleaned: string; reading: TaskReading } | null {
  const slot = reading.confidence >= ASKED_LEAST ? APPOINTMENT_ON.exec(clause) : null;
  if (slot?.[1] && isDatePhrase(slot[1]) && !hasDatePhrase(before)) return { cleaned: `${before} ${slot[1]}`, reading: { ...reading, text: `${reading.text} ${slot[1]}` } };
  // "translate ep 8 first pass, aim to finish by Sunday night": when the task before is to be done, its day.
  const finishing = reading.confidence >= ASKED_LEAST ? FINISHED_BY.exec(clause) : null;
  if (finishing?.[1] && isDatePhrase(finishing[1]) && !hasDatePhrase(before)) return { cleaned: `${before} ${finishing[1]}`, reading: { ...reading, text: `${reading.text} ${finishing[1]}` } };
  const thing = trimFiller(before);
  if (startsWithVerb(thing) && !NOUN_THEN_PREPOSITION.test(thing)) return null;
  const counted = VERB_THEN_COUNT.exec(clause);
  if (counted?.[1] && counted[2] && startsWithVerb(counted[1])) {
    const named = before.replace(BRACKETED_REMARK, '').trim();
    const remark = before.match(BRACKETED_REMARK)?.join('') ?? '';
    const joined = `${counted[1]} ${counted[2]} ${PLURAL_END.test(named) ? named : `${named}s`}${remark}${counted[3] ?? ''}`;
    return { cleaned: joined, reading: { kind: 'task', confidence: ASKED, text: joined } };
  }
  const due = VERB_THEN_DAY.exec(clause);
  if (!due?.[1] || !due[2] || !startsWithVerb(due[1]) || !isDatePhrase(due[2]) || hasDatePhrase(before)) return null;
  const joined = `${due[1]} ${thing} ${due[2]}`;
  return { cleaned: joined, reading: { ...reading, text: joined, confidence: Math.max(reading.confidence, ASKED) } };
}

/** A task that names its thing only by a pronoun: offered, one click to keep. */
const POINTING = 0.4;
/** A verbless opening that sets the scene: offered at most, never created. */
const SCENE = 0.3;
/** A task that exists only if something goes wrong, or if the reader offers: offered, never created. */
const CONTINGENT = 0.3;
/** Someone else's job (a label's, a taker's): offered, never created. */
const SOMEONE_ELSES = 0.3;

/** "…, no way", "…, scratch that", "…? no. ignore": what takes back the clause before it. */
const RETRACTED = /^(?:no way|nah|not happening|scratch that|never ?mind|forget (?:it|that)|on second thought|actually no|not a chance|(?:ignore|skip)(?:\s+(?:it|that|this))?[\s.!]*$)/i;
const QUESTION_END = /\?\s*$/;
/** "we'll see", "I haven't said yes", "but she's …", "yes or no": the writer has not yet taken a request on. */
const UNDECIDED = /^(?:but\b|we['’]ll see\b|not sure\b|maybe\b)|\b(?:haven['’]?t (?:said yes|decided|agreed)|yes or no)\b/i;
/** "No, it renews by itself", "nah -": a sentence that answers the question before it with no. */
const SAYS_NO = /^(?:no|nope|nah|not really|actually no)\b(?![\s,.!-]*(?:wait|but)\b)/i;
/** Filler that asks for what follows ("please", "I need to"), unlike "but now" or "so". */
const ASKING_LEAD = /\b(?:please|pls|need|needs|have to|has to|must|should|remember|remind|could|can|would|let'?s|don'?t forget|want|gotta|got to|keep (?:meaning|forgetting|trying|putting off))\b/i;
/** Statements in one sentence that make it a story rather than a list. */
const NARRATED_PARTS = 2;

const LEADING_CONNECTIVES = /^(?:(?:and|so|but|honestly|frankly|already|yeah|oh)[\s,]+)+/i;

/** "honestly I'm dreading it", "so I'm writing this by candlelight": the writer saying how things are. */
function speakerStatement(next: { cleaned: string; reading: ClauseReading } | undefined): boolean {
  if (!next || next.reading.kind === 'task') return false;
  return SPEAKER_LED.test(next.cleaned.replace(LEADING_CONNECTIVES, ''));
}

/** A dash after a clause: what follows is what the clause calls for (a comma joins a list of tasks). */
const DASH_NEXT = /^\s*(?:[—–]|-\s)/;
/** "due", "overdue": a thing whose time has come, named with no verb ("rates notice due 30/7"). */
const FALLS_DUE = /\b(?:over)?due\b/i;
/** Most words an occasion is named by, its day aside: "fireworks", "Megan's birthday", "DMV appt". */
const OCCASION_WORDS = 3;

/**
 * "fireworks tonight - bring lawn chairs", "Megan's birthday 12/02 - order present": a verbless
 * occasion with its day, then after a dash the step it calls for. The occasion sets the step's day
 * and is no task of its own, unless the step names its own day. After a comma ("long run Sunday,
 * buy runners") the clauses are a list of tasks, unless what follows is what to bring to the
 * occasion ("DMV appt 4/22, bring passport"); on a line of its own ("Fireworks for Saturday") an
 * occasion stays a task. The occasion found, without its day ("staff BBQ"), or null.
 */
function occasionNamedBefore(
  cleaned: string,
  reading: ClauseReading,
  following: { reading: ClauseReading; cleaned: string } | undefined,
  after: string,
  dayLabelled: boolean,
): string | null {
  const next = following?.reading;
  if (reading.kind !== 'task' || reading.confidence >= ASKED || next?.kind !== 'task' || next.confidence < ASKED) return null;
  // "library fines overdue, pay at the desk", "taxes due 4/15 - send docs today": a thing said to be due
  // is the reason for the step that follows, whatever day the step names.
  // So is a thing in another state it has to be seen to in ("order #5521 missing - email the shop").
  const due = FALLS_DUE.test(cleaned) || isThingInState(cleaned);
  // "Dad's birthday Sunday, buy a card": a gift got after someone's occasion is for them, whenever it is got.
  const gift = getsGift(following?.cleaned ?? '');
  const day = datePhraseIn(cleaned);
  // "Sat 5th: Nan's 80th at the bowls club 12pm, pick up the cake …": an event on its day, then a comma and a step, is the step's occasion.
  const event = (day === null ? dayLabelled : !CLOCK_ALONE.test(day)) && namesEvent(trimFiller(day === null ? cleaned : cleaned.replace(day, ' ')));
  if (!DASH_NEXT.test(after) && !(COMMA_OR_DASH_NEXT.test(after) && (due || gift || event || BRING_START.test(following?.cleaned ?? '')))) return null;
  // "Martinsumzug on Wednesday — make the Laterne tomorrow": a step with a day of its own leaves the occasion an item;
  // one counted back from it ("Henshaw wedding - make the buttonholes the day before") is its step.
  if (!due && !gift && hasDatePhrase(next.text) && !countsBack(next.text)) return null;
  // "Sat 12th: Jack's footy breakup, bring a plate": a line's day label dates the occasion as its own day would.
  const named = trimFiller(day === null ? (due || dayLabelled ? cleaned : '') : cleaned.replace(day, ' '));
  // "braai at the Naidoos'": where the occasion is held adds its words to the name's.
  const held = PLACE_HELD.exec(named) ?? HELD_WITH.exec(named) ?? (event ? EVENT_PLACE.exec(named) : null);
  const words = wordCount(held ? named.slice(0, held.index) : named);
  return named !== '' && words <= OCCASION_WORDS && (!startsWithVerb(named) || isThingInState(cleaned)) ? named : null;
}

/** "wedding", "school concert", "rehearsal dinner", "Nan's 80th": a name ending in a kind of event, or someone's numbered birthday. */
const EVENT_END =
  /(?:\b(?:wedding|concert|party|dinner|lunch|brunch|drinks|do|bbq|barbecue|braai|cookout|picnic|potluck|boil|fry|fair|fete|fête|carnival|recital|play|match|tournament|gala|ball|disco|breakup|break-up|farewell|reunion|christening|baptism|funeral|ceremony|festival|graduation|shower|assembly)|['’]s\s+\d{1,3}(?:st|nd|rd|th))$/i;
/** "12pm", "at 7:30": a time of day alone, which dates no event. */
const CLOCK_ALONE = /^(?:(?:at|@)\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)?$/i;
/** "at the bowls club", "in the hall": where an event is held, after its name. */
const EVENT_PLACE = /\s+(?:at|in)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?$/iu;

/** "Dad's hearing aid appointment is Tuesday", "Margaret's hip appointment is on the 5th": someone's appointment and when it is. */
const OWNERS_OCCASION_STATED =
  /^(\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:appointment|appt|check-?up|surgery|operation|scan|interview|exam|test|jab|recital|practice|lesson|class|hearing))\s+(?:is|was)\s+(.+)$/u;

/** Someone's occasion a clause states with its day, and that day; null when it states none. */
function ownersOccasionStated(clause: string): { name: string; day: string } | null {
  const stated = OWNERS_OCCASION_STATED.exec(clause.trim());
  const day = stated?.[2] === undefined ? null : datePhraseIn(stated[2]);
  return stated?.[1] && day !== null ? { name: stated[1], day } : null;
}

/** Whether a verbless name ends in a kind of event, where it is held aside: "Nan's 80th at the bowls club". */
function namesEvent(name: string): boolean {
  const bare = name.replace(EVENT_PLACE, '').trim();
  return !startsWithVerb(bare) && EVENT_END.test(bare);
}

/** Where an occasion is held, after its name: "at the Naidoos'", "at Brenda's". */
const PLACE_HELD = /\s+at\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?['’]s?$/iu;
/** Whom an occasion is with, after its name: "with the Brennans", "with Mia and Theo". */
const HELD_WITH = /\s+with\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*)?$/u;

/**
 * "the lease renewal is due on the 1st, sign it and post it back", "the cat's jab is due next week
 * so I should book the vet": a thing falling due, then the step done to it by pronoun or the step
 * it calls for after "so", is the step's reason and day, not a task of its own; so is a bare thing
 * before a comma and a step done to it by pronoun ("snow tires, book them in").
 */
function dueThenDoneToIt(cleaned: string, following: { reading: ClauseReading; cleaned: string } | undefined, after: string): boolean {
  if (following?.reading.kind !== 'task') return false;
  // "PFD deposit, check it hit", "snow tires, book them in": a bare thing, then the step done to it by pronoun.
  if (!FALLS_DUE.test(cleaned)) return wordCount(cleaned) <= BARE_THING_WORDS && !startsWithVerb(trimFiller(cleaned)) && COMMA_NEXT.test(after) && namesByPronoun(following.cleaned);
  return SO_NEXT.test(after) || (COMMA_OR_DASH_NEXT.test(after) && namesByPronoun(following.cleaned));
}
/** Most words of a bare thing a step after it does something to by pronoun. */
const BARE_THING_WORDS = 3;

/** The least confidence of a clause that is a task rather than an event or remark. */
const ASKED_LEAST = 0.5;
/** The deadline or day that ends a clause: "by Friday", "before my parents arrive on the 23rd", "that morning". */
const SHARED_DEADLINE = /\b(?:by|before|until|till|no later than|that (?:day|morning|afternoon|evening|night))\b.*$/i;
/** "before then", "by then", "that day": a task's day said by pointing back at the event's. */
/** "before then" and "by then" in German, French, Spanish, Portuguese, Italian and Dutch: "vorher", "d'ici là", "até lá". */
// "de dag ervoor", "la veille", "il giorno prima": "the day before" in other languages, counted back from the day just named.
const DAY_BEFORE_WORDS = "(?:am |den )?tag davor|am vortag|de dag (?:ervoor|daarvoor)|la veille(?! d)|il giorno prima|el d[ií]a (?:antes|anterior)|o dia anterior";
const BEFORE_THEN_WORDS = "vorher|davor|zuvor|avant (?:ça|cela)|antes de eso|antes disso|prima di allora|daarvoor|voor die tijd";
const BY_THEN_WORDS = "bis dahin|d'ici là|para entonces|até lá|entro allora|tegen die tijd";
const POINTS_BACK = new RegExp(
  String.raw`\b(?:(?:before|by|until|till)\s+(?:then|that)|that (?:day|morning|afternoon|evening|night)|on the day)\b(?!\s+(?:is|was|has|will|would|'s)\b)|\bthe (?:night|day|evening) before(?!\s+(?:the|my|our|his|her|their|your|a|it|that|this|last|we|they|i|you|he|she)\b)|(?<![a-zà-ÿ])(?:${DAY_BEFORE_WORDS}|${BEFORE_THEN_WORDS}|${BY_THEN_WORDS})(?![a-zà-ÿ])`,
  'i',
);
const POINTS_BACK_BEFORE = new RegExp(`^(?:${BEFORE_THEN_WORDS})$`, 'i');
const POINTS_BACK_BY = new RegExp(`^(?:${BY_THEN_WORDS})$`, 'i');
const POINTS_BACK_DAY_BEFORE = new RegExp(`^(?:${DAY_BEFORE_WORDS})$`, 'i');
/** A sentence or label that opens by pointing back: "Before then I need to …", "By that point: …". */
const POINTING_LEAD = /^(?:(?:so|and|ok(?:ay)?)[\s,]+)?(?:(before|by|until|till) (?:then|that)|the (?:night|day|evening) (before))\b[\s,:]*/i;

const LEADING_ON = /^on\s+/i;
/** An event's day that is today: pointing back before it is still today. */
const TODAY_SAID = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i;
const TRAILING_THEN_OR_THAT = /(?:then|that)$/i;
const TRAILING_BEFORE = /before$/i;

/** "4pm on Sunday 7th": the hour said before the day, which "that morning" does not take over. */
const LEADING_TIME = /^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?(?=\S)/i;

/**
 * A task's text with the day of the event it serves: "buy the uniform before then" after "school
 * reopens on the 8th" → "buy the uniform before the 8th"; "take the day off that day" → "… on the
 * 20th"; the first task after "…, so" takes the day when it names none of its own.
 */
function servedOn(task: string, eventDay: string, firstAfterSo: boolean): string {
  const pointed = POINTS_BACK.exec(task);
  if (pointed) {
    const bare = eventDay.replace(LEADING_ON, '');
    // "la veille" after "samedi 23" counts back from it as "the day before" does, whatever language the day is in;
    // "before then" when then is later today ("… from about five tonight") is today.
    const day = POINTS_BACK_DAY_BEFORE.test(pointed[0])
      ? `the day before ${bare}`
      : TODAY_SAID.test(bare)
      ? bare
      : POINTS_BACK_BY.test(pointed[0])
      ? `by ${bare}`
      : TRAILING_THEN_OR_THAT.test(pointed[0])
        ? pointed[0].replace(TRAILING_THEN_OR_THAT, bare)
        : TRAILING_BEFORE.test(pointed[0]) || POINTS_BACK_BEFORE.test(pointed[0])
          ? `before ${bare}`
          : `on ${dayAlone(bare).replace(LEADING_TIME, '')}`;
    return `${task.slice(0, pointed.index)}${day}${task.slice(pointed.index + pointed[0].length)}`;
  }
  return firstAfterSo && !hasDatePhrase(task) ? `${task} ${eventDay}` : task;
}

/** A label of a word or two that can name a group: "Kids", "Maison", "Back to school". */
function shortLabel(label: string): boolean {
  return wordCount(label) <= 3 && !DIGIT.test(label) && !startsWithVerb(label) && !isDatePhrase(label);
}

/** "…, all by Friday": one day for every item of the sentence. */
const ALL_BY = /[\s,]+(?:and\s+)?(?:all|everything|all of (?:it|them|that)|both)\s+((?:by|before|on|for|this|next|due)\b.*?)[.!]*$/i;

/** Most characters before the day in "all …" ("by ", "before the "): further in, "everything on the list by the 12th" is a verb's object. */
const ALL_BY_DAY_OFFSET_MAX = 12;

/** The day "…, all by Friday" gives every item; null when the words after "all" name no day ("label everything by room"). */
function allByDay(text: string): string | null {
  const phrase = ALL_BY.exec(text)?.[1];
  const day = phrase === undefined ? null : datePhraseIn(phrase);
  return phrase !== undefined && day !== null && phrase.indexOf(day) <= ALL_BY_DAY_OFFSET_MAX ? phrase : null;
}

const EFFORT_NAME_BREAK = /\s*,\s*|\s+[—–-]\s+/;
const NAME_THEN_DASH = /^(.+?)\s+[—–-]\s+(\S.*)$/;
/** "a booking app for dog walkers": a description of the effort starts with an article; an item does not. */
const DESCRIPTION_START = /^(?:a|an|the|our|my)\b/i;

/**
 * "Client: Migros – banner set v2 by Wed": the effort's name, a dash, then something to do for it on
 * the same line. Null for a line that only names ("Client: Acme redesign") or describes the effort.
 */
function effortItem(content: string): { name: string; item: string } | null {
  const effort = EFFORT_LINE.exec(content)?.[1];
  const parts = effort === undefined ? null : NAME_THEN_DASH.exec(effort);
  if (!parts?.[1] || !parts[2] || wordCount(parts[1]) > EFFORT_NAME_WORDS_MAX || startsWithVerb(trimFiller(parts[1])) || DESCRIPTION_START.test(parts[2])) return null;
  return { name: parts[1], item: parts[2] };
}
const LABEL_MARK = /\s*[:\-–—]/;

/** The name an effort line gives: "Tidepool, a booking app …" is Tidepool; a long description its kind. */
function effortName(rest: string, line: string): string {
  const name = rest.split(EFFORT_NAME_BREAK)[0] ?? rest;
  return wordCount(name) <= EFFORT_NAME_WORDS_MAX ? name : line.slice(0, line.search(LABEL_MARK));
}

const TAG_SEPARATORS = /[_-]+/g;

/** "[health] book a skin check": a bracketed word or two before an item tags its group as "#health" does. */
const BRACKET_TAG = /^\[([A-Za-z][A-Za-z &'-]{0,24})\]\s+(?=\S)/;

/** "[done]", "[wip]", "[waiting]": where an item stands, not what it belongs to. */
const STATUS_TAG = /^(?:done|finished|completed|complete|wip|in progress|doing|todo|to do|waiting|blocked|pending|on hold|started|ongoing|cancell?ed)$/i;
const TRAILING_BRACKET_TAG = /\s+\[([A-Za-z][A-Za-z &'-]{0,24})\]$/;

/**
 * A bracket tag that names a group: not a priority ("[urgent]"), a day ("[Mon]"), a step ("[call] mum") or a person
 * ("[Priya]"). A word that can be a verb is a group when a step follows it ("[shop] restock the candles").
 */
function groupTag(tag: string, item: string): boolean {
  const name = tag.trim();
  if (PRIORITY_LABEL.test(name) || STATUS_TAG.test(name) || dayOf(name) !== null || (startsWithVerb(name) && !startsWithVerb(item))) return false;
  return !(OWNER_LABEL.test(name) && !isEnglishWord(name.split(SPACE)[0] ?? ''));
}

/** "@office print the contracts": a word after "@" opening a line, as a place or context for what follows. */
const CONTEXT_TAG = /^@([a-z][a-z-]{1,24})(?:\s+(?=\S)|$)/;

/**
 * A context tag names its line's group when the word is an English one ("@home", "@errands") and
 * the line asks for something or holds nothing else; "@sam can you …" and "@priya" mention someone.
 */
function contextTag(content: string, message: boolean): RegExpExecArray | null {
  const tag = message ? null : CONTEXT_TAG.exec(content);
  if (!tag?.[1] || !isEnglishWord(tag[1])) return null;
  const rest = content.slice(tag[0].length);
  return rest === '' || startsWithVerb(rest) ? tag : null;
}

const CHANNEL_BEFORE = /(?<![\p{L}])(?:in|on|to|into|via|across)\s+$/iu;

/** Todoist-style "#work" tags, read by quick add's grammar, "[work]" and "@work" tags: the first names the project; all leave the text. */
function tagsOf(content: string, message: boolean): { project: string | null; text: string } {
  const bracket = BRACKET_TAG.exec(content);
  if (bracket?.[1] && groupTag(bracket[1], content.slice(bracket[0].length))) return { project: projectName(bracket[1]), text: content.slice(bracket[0].length) };
  // "fix the gate [house]": a tag after its item, as "#house" may be.
  const trailing = TRAILING_BRACKET_TAG.exec(content);
  if (trailing?.[1] && trailing.index > 0 && groupTag(trailing[1], content.slice(0, trailing.index))) return { project: projectName(trailing[1]), text: content.slice(0, trailing.index) };
  const context = contextTag(content, message);
  if (context?.[1]) return { project: projectName(context[1].replace(TAG_SEPARATORS, ' ')), text: content.slice(context[0].length) };
  // "share it in #payments": a chat channel the item names, which stays in its words and groups nothing.
  const tags = findNames(content, '#', [], PROJECT_NAME_MAX).filter((tag) => !CHANNEL_BEFORE.test(content.slice(0, tag.start)));
  if (tags.length === 0) return { project: null, text: content };
  let text = content;
  for (const tag of tags.toReversed()) text = `${text.slice(0, tag.start)} ${text.slice(tag.end)}`;
  return { project: projectName(tags[0]?.value.name.replace(TAG_SEPARATORS, ' ') ?? ''), text: text.trim() };
}

/**
 * "#work email Bob #home fix tap": a line that opens with a tag and names more, each tag starting
 * the item it groups. Null for one tag or tags that trail their text ("email Bob #work").
 */
function taggedPieces(content: string): { project: string | null; text: string }[] | null {
  const tags = findNames(content, '#', [], PROJECT_NAME_MAX);
  if (tags.length < 2 || content.slice(0, tags[0]?.start).trim() !== '') return null;
  const pieces = tags.map((tag, index) => ({
    project: projectName(tag.value.name.replace(TAG_SEPARATORS, ' ')),
    text: content.slice(tag.end, tags[index + 1]?.start ?? content.length).trim(),
  }));
  return pieces.some((piece) => piece.text === '') ? null : pieces;
}

/** "[Flat chat]" over a pasted chat: the chat's name, in brackets on the opening line (no timestamp). */
const CHAT_NAME = /^\[[^\]\d]{1,40}\]$/;
/** "Jo Marsh: Morning!": a line a named speaker says. */
const SPEAKER_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}:\s+\S/u;

/** The opening line names the chat pasted under it. */
function namesChat(content: string, next: Line | undefined): boolean {
  return CHAT_NAME.test(content) && next !== undefined && SPEAKER_LINE.test(next.content);
}
/** "Work" over "----" or "====": a line underlined as a heading; a rule alone separates. */
const RULE = /^\s*(?:-{3,}|={3,}|_{3,}|\*{3,}|~{3,})\s*$/;

/** "Work | send the invoice", "Home -> fix the gate", "Car > book the MOT": a short label and a mark other than a colon. */
const MARKED_LABEL = /^(\s*(?:[-*•]\s+)?)(\p{L}[\p{L}\p{N}'’ &/-]{0,28}?)\s*(\||->|=>|→|»|>)\s+(\S.*)$/u;

/** "**Work:** send the invoice", "__Home__: fix the tap": a label in bold before its line. */
const BOLD_LABEL = /^(\s*(?:[-*•]\s+)?)(?:\*\*|__)([^*_:]{1,30}?):?(?:\*\*|__):?\s+(\S.*)$/;
/** "WORK send the invoice": a label shouted before the line it groups, no mark between. */
const SHOUTED_LABEL = /^(\s*(?:[-*•]\s+)?)(\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2})\s+(?=\p{Ll})(\S.*)$/u;

/** The label a line opens with before such a mark, and the mark; none for a step ("call Sam -> ask about …", "CALL the bank"). */
function markedLabel(raw: string): { mark: string; label: string } | null {
  const bold = BOLD_LABEL.exec(raw);
  if (bold?.[2] && !startsWithVerb(trimFiller(bold[2]))) return { mark: '**', label: bold[2] };
  const shouted = SHOUTED_LABEL.exec(raw);
  if (shouted?.[2] && isEnglishWord(shouted[2].split(SPACE)[0]?.toLowerCase() ?? '') && !PRIORITY_LABEL.test(shouted[2]) && !GENERIC.test(shouted[2]) && !startsWithVerb(shouted[2].toLowerCase())) {
    return { mark: 'shouted', label: shouted[2] };
  }
  const marked = MARKED_LABEL.exec(raw);
  if (!marked?.[2] || !marked[3] || wordCount(marked[2]) > LABEL_WORDS_MAX || startsWithVerb(trimFiller(marked[2]))) return null;
  return { mark: marked[3], label: marked[2] };
}

/** A line opened by a marked label, written "Label: rest". */
function asColonLabel(raw: string, mark: string): string {
  if (mark === '**') return raw.replace(BOLD_LABEL, '$1$2: $3');
  if (mark === 'shouted') return raw.replace(SHOUTED_LABEL, '$1$2: $3');
  return raw.replace(MARKED_LABEL, '$1$2: $4');
}

/** Fewest lines opened by a label and the same mark before the mark reads as a label's colon. */
const MARKED_LABELS_MIN = 2;

/**
 * Each line opened by a label and a mark (or in bold, or shouted) written as "Label: …", when two or
 * more lines of the dump open alike: one such line may be a step and what comes of it, or shouted
 * for itself; several are a list of groups.
 */
function withLabelMarksAsColons(raw: string, _index: number, all: string[]): string {
  const own = markedLabel(raw);
  if (own === null || all.filter((line) => markedLabel(line)?.mark === own.mark).length < MARKED_LABELS_MIN) return raw;
  return asColonLabel(raw, own.mark);
}

/** A short line over a rule: its heading. */
function underlined(raw: string, under: string | undefined): boolean {
  return under !== undefined && RULE.test(under) && raw.trim() !== '' && !RULE.test(raw) && wordCount(raw) <= LABEL_WORDS_MAX;
}

/** The lines with a line a rule underlines made a heading ("Work:") and its rule dropped; a rule alone is a break. */
function withoutRule(raw: string, index: number, all: string[]): string[] {
  if (RULE.test(raw)) return index > 0 && underlined(all[index - 1] ?? '', raw) ? [] : [''];
  return [underlined(raw, all[index + 1]) && !TRAILING_COLON.test(raw.trim()) ? `${raw.trimEnd()}:` : raw];
}
const CARRIAGE_RETURNS = /\r\n?/g;
const CURLY_SINGLE_QUOTES = /[‘’]/g;
const CURLY_DOUBLE_QUOTES = /[“”]/g;
/**
 * "7:30 a.m." written with its dots: "am" within a sentence going on (a lower-case word, a day or a
 * month next: "at 9 a.m. tomorrow", "at 9 a.m. Monday"), else "am." (its dot may end the sentence:
 * "at 2 p.m. Buy milk"), so that the dots neither split a sentence nor stay in a title.
 */
const DOTTED_MERIDIEM_GOING_ON = /(\d\s*)([aApP])\.[mM]\.(?=\s+(?:\p{Ll}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\b))/gu;
const DOTTED_MERIDIEM = /(\d\s*)([ap])\.m\b\.?/gi;
const MYSELF = /^(?:me|myself)$/i;
/**
 * "For you:", "For you both:": in the writer's own note (a handover, a note left for someone), the
 * items under it are handed to the one the note is written to; in a pasted message "you" is the reader.
 */
/**
 * "Me before I go tonight:", "Before I leave today:": the writer's own items before they leave, due
 * on the day the heading names; it names no group.
 */
const BEFORE_LEAVING = /^(?:(?:me|mine|my\s+(?:bit|jobs|stuff))\s*[-–—,]?\s*)?before\s+(?:i|we)\s+(?:go|leave|head\s+off|log\s+off|clock\s+off|sign\s+off)\s+(today|tonight|this\s+evening|tomorrow)$/i;
/** "@calls", "Calls to make", "To ring:", "Emails to send", "@email": a list of whom to call or write to. */
const VERB_LIST = /^(?:@\s?(calls?|phone|emails?|texts?)|(?:phone\s+)?(calls?|emails?|texts?)(?:\s+to\s+(?:make|send|return))?|(?:people\s+|who\s+)?to\s+(call|ring|phone|email|text|message))\s*:?$/i;
const LIST_VERBS: Record<string, string> = { call: 'call', calls: 'call', phone: 'call', ring: 'ring', email: 'email', emails: 'email', text: 'text', texts: 'text', message: 'message' };

/** A verb of errands, then only a day: "pack Thursday night", "to buy by Friday". */
const VERB_ON_DAY = /^(?:to\s+)?(pack|buy|get|bring|order|print|return|post|send|collect|wash|clean)\s+(\S.*?)\s*:?$/i;

/** The verb a heading gives the items under it ("@calls" → "call"), or null. */
function verbOfList(heading: string): string | null {
  const found = VERB_LIST.exec(heading);
  const word = (found?.[1] ?? found?.[2] ?? found?.[3])?.toLowerCase();
  return word === undefined ? null : (LIST_VERBS[word] ?? null);
}

/** "Waiting for", "Waiting on:", "Delegated": a getting-things-done list of what others are doing. */
const WAITING_HEADING = /^(?:@?waiting(?:[\s_-]+(?:for|on))?|delegated|blocked\s+on)\s*:?$/i;
const WAITED_ON = 'someone else (waiting for it)';
const HANDED_TO_YOU = /^(?:(?:things|jobs|tasks|stuff)\s+)?for\s+you(?:\s+(?:both|two|all|guys))?$/i;

/** A line wholly in brackets: "(surgery 7:30am at Toronto General, nothing to eat after midnight)". */
const BRACKETED_LINE = /^\([^()]+\)$/;

/**
 * "before the 24th" over "(surgery 7:30am …)" over a checklist: a first line that is only a day
 * heads the list, and the remark in brackets under it is the heading's, no task. The remark is set
 * aside (its line emptied) so the day heads the list as it would with nothing between.
 */
function setDayTitleRemarkAside(lines: Line[]): void {
  const first = lines.findIndex((line) => line.content !== '');
  const remark = lines.findIndex((line, index) => index > first && line.content !== '');
  const title = lines[first];
  const bracketed = lines[remark];
  if (title === undefined || bracketed === undefined || title.bullet || !BRACKETED_LINE.test(bracketed.content) || !isDatePhrase(title.content)) return;
  const listFollows = lines.slice(remark + 1).find((line) => line.content !== '')?.bullet === true;
  if (listFollows) lines[remark] = { ...bracketed, content: '' };
}

/**
 * Splits a brain dump into candidate tasks: list items, sentences and clauses, each carrying the
 * project its heading, "Project:" line, label, tag or named effort gives it, and how sure the
 * reading is that it is a task.
 */
export function segment(written: string): Segment[] {
  const dump = withDuePaid(withGroupAsked(withReaderNamed(withMeetingOwnersRead(withOpenQuestionsTaken(withSendersNamed(withSelfCorrectionsTaken(withClaimsSpelledOut(withChatHeadersInline(withThreadNumbersAsList(withLetterRanksAsMarks(written)))))))))));
  const names = namesWritten(dump);
  const textSpeak = isTextSpeak(dump);
  const lines = dump
    .replace(CARRIAGE_RETURNS, '\n')
    .replace(CURLY_SINGLE_QUOTES, "'")
    .replace(CURLY_DOUBLE_QUOTES, '"')
    .replace(DOTTED_MERIDIEM_GOING_ON, '$1$2m')
    .replace(DOTTED_MERIDIEM, (written: string, time: string, half: string) => `${time}${half}m${written.endsWith('.') ? '.' : ''}`)
    .split('\n')
    .flatMap(pictographItems)
    .flatMap(withoutRule)
    .map(withLabelMarksAsColons)
    .map((line) => readLine(line, names, textSpeak));
  setDayTitleRemarkAside(lines);
  // "me: write the release notes" among other lines: the labels name who does what.
  const message =
    dump.split('\n').some(fromChat) ||
    lines.some((line) => isGreeting(line.content) || isSignOff(line.content) || headsMessagePart(line)) ||
    (lines.some((line) => OWN_ITEM.test(line.content)) && namesPeopleMostly(lines) && !lines.some((line) => speaksOfItsLabel(line.content)));
  // "Hi Sam," over the message: Sam is the reader. Greetings to two people name no one reader.
  const greeted = new Set(lines.flatMap((line) => greetedReader(line.content) ?? []));
  const reader = greeted.size === 1 ? ([...greeted][0] ?? null) : null;
  const nextFilled: (Line | undefined)[] = [];
  const afterNextFilled: (Line | undefined)[] = [];
  for (let index = lines.length - 1, following: Line | undefined, second: Line | undefined; index >= 0; index--) {
    nextFilled[index] = following;
    afterNextFilled[index] = second;
    const current = lines[index];
    if (current && current.content !== '') [following, second] = [current, following];
  }
  const firstFilled = lines.findIndex((line) => line.content !== '');
  const blockLabels = labelsOfBlocks(lines);
  const runLabels = labelledRuns(lines);
  const pageTitled = (PAGE_TITLE.test(lines[firstFilled]?.content ?? '') && lines.some((line) => SECTION_HEADING.test(line.content))) || titlesNestedSections(lines, firstFilled);
  const pictureHeads = picturedHeadings(lines, nextFilled, afterNextFilled);
  const out: Segment[] = [];
  let outer: Scope = { project: null, dateHint: null };
  // Once a heading's list has started, the first plain line after it is outside the heading.
  let outerListed = false;
  // A markdown heading ("# Garden") heads its section, blank lines between its items and all.
  let outerSection = false;
  let inner: (Scope & { indent: number }) | null = null;
  let previousBlank = false;
  // After "Best," or "Thanks," short plain lines are a signature.
  let signedOff = false;
  // A heading has named a group: "Work", "Home", then "Me" is one more.
  let groupsNamed = false;
  // The line read last, and where its segments start: a chat reply may take on what it asked.
  let lastRead = { position: -1, from: 0 };
  // "RISO STUDIO board (pasted from Trello)" over "TODO", "DOING", "DONE": the board's name groups every column.
  const board = boardName(lines[firstFilled]?.content ?? '', lines);
  for (const [position, line] of lines.entries()) {
    if (line.content === '') {
      previousBlank = true;
      continue;
    }
    // The board's title names its group and asks nothing ("… (Trello board, copied out on Independence Day)").
    if (board !== null && position === firstFilled) continue;
    if (inner && line.indent <= inner.indent) inner = null;
    // A blank line followed by plain prose ends the heading above it.
    const plain = !line.bullet && line.indent === 0;
    const opensParagraph = plain && (previousBlank || position === 0 || outerListed);
    // A blank line after a heading's list, then more items under no heading of their own: loose items.
    if ((plain && (previousBlank || outerListed)) || (previousBlank && outerListed && line.indent === 0 && !inner && !outerSection)) outer = { project: null, dateHint: null };
    if (plain) outerListed = false;
    else if (!inner) outerListed = true;
    previousBlank = false;
    if (line.checked) continue;
    if (plain && (NOTES_TITLE.test(line.content) || CHANNEL_MARK.test(line.content))) continue;
    // "From: Mr Tan", "Subject: aircon servicing": a pasted message's header says who wrote it and when, nothing to do.
    if (message && plain && EMAIL_HEADER.test(line.content)) continue;
    if (isSignOff(line.content)) {
      signedOff = true;
      continue;
    }
    // "Best, / Catalina", a blank line, then "my notes:" or "Casa Sol" over bullets: a label or a list is the writer's again.
    if (signedOff && opensParagraph && (nextFilled[position]?.bullet === true || TRAILING_COLON.test(line.content))) signedOff = false;
    if (signedOff && plain && wordCount(line.content) <= 4 && !startsWithVerb(trimFiller(line.content))) continue;
    const pieces = taggedPieces(line.content);
    if (pieces) {
      for (const piece of pieces) readContent(piece.text, { scope: { ...(inner ?? outer), project: piece.project }, listed: true, message, reader }, out);
      continue;
    }
    const tagged = tagsOf(line.content, message);
    // "fix the mesh before we go", "after we're back:" under "leave Tue 24th, back Mon 30th": the trip's day, said in their place.
    const dayed = pointsAtTrip(tagged.text) ? onTripDay(tagged.text, (ownBefore) => [...lines.slice(0, position).flatMap((above) => sentences(above.content)), ...sentences(ownBefore)]) : tagged.text;
    // "posada at the office Friday → bring ponche ingredients": the step is the task, what led to it its remark.
    const content = stepAfterArrow(dayed);
    const opensBlock = position === firstFilled || lines[position - 1]?.content === '';
    const titled =
      tagged.project === null
        ? (picturedEffort({ ...line, content }, nextFilled[position], opensBlock) ??
          (position === firstFilled ? titlesPictures({ ...line, content }, nextFilled[position]) : null) ??
          pictureHeads.get(position) ??
          null)
        : null;
    // "🏠 Home:" over "- fix the tap" or over plain lines: a pictograph before a heading over lines
    // not pictured decorates it; it is no bullet.
    const next = nextFilled[position];
    const decorated =
      line.pictured &&
      next !== undefined &&
      ((!next.pictured && next.indent <= line.indent && (next.bullet || TRAILING_COLON.test(content))) ||
        (marksOtherBullets(line, next, afterNextFilled[position]) && headingOf({ ...line, content, bullet: false }, next, afterNextFilled[position]) !== null));
    const read = decorated ? { ...line, content, bullet: false } : { ...line, content };
    // "#thesis" on a line of its own over lines: the tag heads them, as "Thesis:" would; over a chat, "#platform" names the channel.
    const tagAlone = tagged.project !== null && content === '' && next !== undefined && !message ? tagged.project : null;
    const heading =
      titled ?? (tagged.project === null ? (headingOf(read, next, afterNextFilled[position]) ?? (blockLabels.has(position) ? content : null)) : tagAlone);
    if (heading !== null) {
      // "Cub camp is on the 16th." then "Before camp:": the heading dates its items by the event said above it.
      const eventDay = dayBeforeEvent(heading, lines.slice(0, position));
      let headed = eventDay === null ? headingScope(heading, { project: null, dateHint: null }) : { project: null, dateHint: eventDay };
      // "Work … Home … Me": among named groups, the writer's own is one too (alone, "Me:" names none).
      if (headed.project === null && headed.dateHint === null && groupsNamed && MYSELF.test(heading.trim())) headed = { ...headed, project: 'Me' };
      if (!message && HANDED_TO_YOU.test(heading.trim())) headed = { project: null, dateHint: null, owner: heading.trim() };
      const listVerb = verbOfList(heading.trim());
      if (listVerb !== null) headed = { project: null, dateHint: null, verb: listVerb };
      // "pack Thursday night:", "buy by Friday:": a verb and a day over things is each thing's step on that day.
      const verbOnDay = VERB_ON_DAY.exec(heading.trim());
      if (verbOnDay?.[1] && verbOnDay[2] && isDatePhrase(verbOnDay[2])) headed = { project: null, dateHint: verbOnDay[2], verb: verbOnDay[1].toLowerCase() };
      // A "Waiting for" list holds what others owe the reader: none of it is the reader's to do.
      if (WAITING_HEADING.test(heading.trim())) headed = { project: null, dateHint: null, owner: WAITED_ON };
      const leaving = BEFORE_LEAVING.exec(heading.trim())?.[1];
      if (leaving !== undefined) headed = { project: null, dateHint: leaving };
      if (board !== null && BOARD_COLUMN.test(heading.trim())) headed = { project: board, dateHint: null };
      // "# Projectionist to-do" over "## Prints" and "## Booth": the page's title; its sections are the groups.
      if (position === firstFilled && pageTitled) headed = { ...headed, project: null };
      groupsNamed ||= headed.project !== null;
      // A numbered section at the margin ("1. Garage") heads the bullets after it, as a plain heading does.
      const section = line.numbered && line.indent === 0;
      // A sub-heading further in than its heading ("  Kitchen" over "  - fix the tap") holds the bullets level with it.
      const below = line.indent > 0 && !read.bullet;
      if (below || (read.bullet && titled === null && !section) || line.indent > 0) {
        // "FARM" › "sheep" › items: a heading under a named heading is a section of its project.
        const scope = eventDay === null ? headingScope(heading, outer) : { project: outer.project, dateHint: eventDay };
        inner = { indent: below ? line.indent - 1 : line.indent, ...scope, project: outer.project ?? scope.project };
      } else {
        // A new heading's list has not started yet, even when a pictograph marked the heading.
        outer = headed;
        outerListed = false;
        outerSection = MARKDOWN_HEADING.test(content);
      }
      continue;
    }
    const lineScope = inner ?? outer;
    const scope = tagged.project === null ? lineScope : { ...lineScope, project: tagged.project };
    const opensDump = position === firstFilled && nextFilled[position] !== undefined;
    if (opensDump && (!line.bullet || line.wrapped) && (isDumpTitle(content) || namesChat(content, nextFilled[position]))) continue;
    // "reset day ✨" over "🧺 laundry", "🥗 meal prep": a decorated first line over pictured items titles them.
    if (opensDump && line.endsPictured && !line.bullet && nextFilled[position]?.pictured === true && wordCount(content) <= TITLE_WORDS_MAX) continue;
    // "📌 Carnival day = no school!!": a day said first is the scene, whatever marks its line.
    if (opensDump && (!line.bullet || line.pictured) && namesDayOnly(content)) continue;
    const closesDump = plain && nextFilled[position] === undefined;
    // In a message the labels name people ("Attendees:", "Tita Luz:"), not groups.
    const labelRun = !message && runLabels.has(position);
    const before = out.length;
    // "Inês: Tom can you fix the door handle?" then "Me: yep, will do it tomorrow": the request is the reader's, on the day said.
    const asked = line.fromReader && lines[position - 1]?.chat && !lines[position - 1]?.fromReader && lastRead.position === position - 1;
    if (asked && takeOnRequest(out.slice(lastRead.from), takenOn(content))) continue;
    const leftBefore = lines[position - 1];
    if (line.takenBy !== null && leftBefore?.chat && !leftBefore.fromReader && lastRead.position === position - 1) leaveToTaker(out.slice(lastRead.from), leftBefore.content, line.takenBy, line.fromReader);
    lastRead = { position, from: before };
    const answered = line.chat && lines[position - 1]?.chat ? lines[position - 1]?.content : undefined;
    // Under "@calls" or "To email:", "Dr. Feld re the rec" is a call to make.
    const verbed = scope.verb && line.bullet && !startsWithVerb(trimFiller(content)) ? `${scope.verb} ${content}` : content;
    const changed = readContent(
      verbed,
      { scope, listed: line.bullet, message, reader, opensParagraph, opensDump: position === firstFilled, closesDump, labelRun, messageBefore: answered },
      out,
    );
    pointBackAcrossLines(out.slice(before), lines, position);
    countBackFromHeading(out.slice(before), lines, position);
    // "Mam: Pakjesavond tonight at 7! Who brings the pepernoten?" then "Me: I'll bring pepernoten": the reply is for the day asked about.
    if (line.fromReader && answered !== undefined) datedByMessage(out.slice(before), answered);
    beforeEventAbove(out.slice(before), lines, position);
    // "The garage clear-out is happening. Hire a skip, sell the bike." then "Pick up the dry cleaning."
    // on the next line: a project named in prose with its tasks on its own line is that line's, as a
    // label's is; one named on a line of its own ("Garden project for spring.") heads the lines after it.
    const ownLine = changed !== undefined && changed !== null && plain && out.slice(before).some((found) => found.project === changed && found.confidence >= ASKED_LEAST);
    if (changed !== undefined && !ownLine) {
      if (inner) inner = { ...inner, project: changed };
      else outer = { project: changed, dateHint: outer.dateHint };
    }
  }
  return withPersonalLeftLoose(out);
}

const DASH_LABEL = /^([^:–—-]{2,30}?)\s+[-–—]\s+(\S.*)$/;
const LEADING_DASH = /^[-–—]\s*/;

/** "Uni - submit the essay": a short label, a spaced dash, then its line; not a person ("Sam - call him") nor an answer ("No - send them"). */
function dashLabel(content: string): RegExpExecArray | null {
  const match = DASH_LABEL.exec(content);
  return match?.[1] !== undefined && !namesSomeone(match[1]) && !ANSWER.test(match[1].trim()) ? match : null;
}

/** Fewest lines in a row led by a label before each label is read as its line's group. */
const LABELLED_RUN_MIN = 3;
/** Two labelled lines in a row, and the items one of them must hold. */
const LABELLED_PAIR = 2;

/**
 * "Personal: Halbtax renewal" among "Client: …", "Admin: …" lines: where three or more lines in a
 * row each open with a short label, the labels sort the lines into groups, even before a thing
 * rather than a step ("groceries: eggs, milk" alone stays one item). Returns the lines' positions.
 */
function labelledRuns(lines: Line[]): Set<number> {
  const runs = new Set<number>();
  let run: number[] = [];
  // "Attendees: …", "Agenda: …": a run of labels is a list of groups only when a line in it asks for something.
  let asks = false;
  // Two labelled lines are groups when one holds several items ("Dentist - book it / Car - book the MOT"
  // name things), each asks for something ("groceries: eggs, milk" lists a thing's parts) and neither
  // label is a person ("Elin: update the proposal, send it to Astrid").
  let holdsSeveral = false;
  let eachAsks = true;
  let someone = false;
  const close = () => {
    const pair = run.length === LABELLED_PAIR && holdsSeveral && eachAsks && !someone;
    if ((run.length >= LABELLED_RUN_MIN || pair) && asks) for (const position of run) runs.add(position);
    [run, asks, holdsSeveral, eachAsks, someone] = [[], false, false, true, false];
  };
  for (const [position, line] of lines.entries()) {
    const label = SHORT_LABEL_THEN_TEXT.exec(line.content)?.[1] ?? dashLabel(line.content)?.[1];
    // "ACTION (Priya): …": a label with someone in brackets assigns the line rather than grouping it.
    if (label !== undefined && shortLabel(label) && !label.includes('(')) {
      run.push(position);
      const rest = line.content.slice(label.length + 1).trim().replace(LEADING_DASH, '');
      const items = splitClauses(rest).parts;
      // "JLT clinic: aligner stock count tomorrow, call the landlord …": any of a line's items may ask.
      const lineAsks = items.some((item) => startsWithVerb(trimFiller(item.text)));
      asks ||= lineAsks;
      holdsSeveral ||= items.length >= LABELLED_PAIR;
      eachAsks &&= lineAsks;
      someone ||= namesSomeone(label);
    } else close();
  }
  close();
  return runs;
}

/** Fewest blocks a dump must open with a bare label before the labels are read as headings. */
const LABELLED_BLOCKS_MIN = 2;

/**
 * "Work / finish the deck / email Sam / (blank) / Personal / book the dentist": plain lines under
 * bare labels, no bullets or colons. One such block could be a task and its notes; two or more
 * opened alike, each with something to do under it, are groups. Returns the positions of the labels.
 */
function labelsOfBlocks(lines: Line[]): Set<number> {
  const labels = new Set<number>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const opens = index === 0 || lines[index - 1]?.content === '';
    const under = lines[index + 1];
    if (!line || !opens || line.bullet || line.indent > 0 || under === undefined || under.content === '' || under.indent !== 0) continue;
    const bare = line.content.replace(SPACED_BRACKETS, ' ').trim();
    if (wordCount(bare) > LABEL_WORDS_MAX || PUNCTUATION_OR_DIGIT.test(bare) || startsWithVerb(trimFiller(bare)) || hasDatePhrase(bare)) continue;
    // "Groceries / milk / eggs" is one thing and its items: a group holds something to do.
    let end = index + 1;
    while (lines[end] !== undefined && lines[end]?.content !== '') end++;
    if (lines.slice(index + 1, end).some((item) => startsWithVerb(trimFiller(item.content)))) labels.add(index);
  }
  // "Website relaunch" over "Write the copy. Fix the form.": one block is a group when its label names an undertaking.
  const [only] = labels;
  const undertaking = labels.size === 1 && only !== undefined && EFFORT_WHOLE_WORD.test(lines[only]?.content ?? '');
  return labels.size >= LABELLED_BLOCKS_MIN || undertaking ? labels : new Set();
}

/** Longest bare label that opens a block of lines: "Work", "House and garden". */
const LABEL_WORDS_MAX = 3;

/** "could you please (1) … (2) …": a list asked of the reader, under no heading. */
const REQUEST_LEAD = /\b(?:could|can|would|will)\s+you(?:\s+please)?$|\bplease$/i;

/** One line's text: a "Label: rest" line, an inline numbered list, or prose. */
function readContent(content: string, context: ItemContext, out: Segment[]): string | null | undefined {
  const list = inlineList(content);
  if (list) {
    // "…here's where we are. Before we start, could you please (1) …": the prose before the list is
    // read as prose; only its last sentence leads the list.
    const leadSentences = sentences(list.lead);
    // "Tomorrow's a holiday. Office this week: (1) …": a dump opening on its day says nothing before the list either.
    const sceneSet = context.opensDump === true && leadSentences.length > 1 && namesDayOnly(leadSentences[0] ?? '');
    const prose = leadSentences.slice(sceneSet ? 1 : 0, -1).join(' ');
    if (prose !== '') itemsOf(prose, context, out);
    const lead = (leadSentences.at(-1) ?? '').replace(TRAILING_COLON, '').trim();
    let scope = leadScope(lead, list.items[0] ?? '', context);
    // "… we start on the 8th. Before we start, could you (1) …": the items come before the event the prose named last.
    const before = BEFORE_EVENT_LEAD.exec(lead)?.[1];
    const eventDay = before !== undefined && scope.dateHint === context.scope.dateHint ? lastDayIn(leadSentences.slice(0, -1).flatMap(clauses)) : null;
    if (before !== undefined && eventDay !== null) scope = { ...scope, dateHint: `${before} ${eventDay}` };
    list.items.forEach((listed, index) => {
      // "(3) check the stove. For placement on Monday: (1) print …": the items after a new lead are its own.
      const next = list.items[index + 1];
      const turn = next === undefined ? null : leadAtEnd(listed);
      itemsOf(turn?.item ?? listed, { ...context, scope, listed: true }, out);
      if (turn && next !== undefined) scope = leadScope(turn.lead, next, context);
    });
    return undefined;
  }
  // "bathroom - so before the 8th: empty it, …. Ask Élodie …": a line of prose opened by one word and a dash is "Bathroom: …".
  const dashed = context.listed ? null : WORD_DASH.exec(content);
  // "misc - bins out, gym, ring mum": a generic label sorts what follows as it does before a colon.
  const dashGroup = dashed?.[1] !== undefined && (GROUP_WORD.test(dashed[1]) || AREA_STUFF.test(dashed[1]) || GENERIC.test(dashed[1]));
  // "Garden — prune roses, order mulch": a list after the dash is the group's too.
  if (dashed?.[1] && dashed[2] && dashGroup && (sentences(dashed[2]).length >= DASHED_GROUP_SENTENCES || splitClauses(dashed[2]).parts.length >= DASHED_GROUP_SENTENCES)) {
    // The group is the line's: the next line is under whatever was over this one.
    // Its word is the paragraph's first label: "Allotment — dig the beds. Flat — bleed the radiators." has two groups.
    itemsOf(dashed[2], { ...context, scope: { ...context.scope, project: projectName(dashed[1]) }, groupLabel: dashed[1] }, out);
    return undefined;
  }
  const forEffort = effortItem(content);
  if (forEffort !== null) {
    itemsOf(forEffort.item, { ...context, scope: { ...context.scope, project: projectName(forEffort.name) } }, out);
    return undefined;
  }
  // In a message "Leon - share brand assets" is "Leon: share brand assets"; anywhere, "weekend jobs - wash the ute, …" is "weekend jobs: …".
  // The owner before its dash comes first: "Leon - email the printer re: proofs" is Leon's, whatever colon follows.
  const label =
    (context.message ? dashOwner(content) : null) ??
    INLINE_LABEL.exec(content) ??
    REMARKED_LABEL.exec(content) ??
    (!context.message && context.labelRun ? dashLabel(content) : null) ??
    listKindDash(content);
  // "Action items: Ysolde – send the deck; me – book the room": each piece names whose it is, as a line of its own would.
  const assigned = assignedPieces(INLINE_LABEL.exec(content)?.[2] ?? content);
  if (assigned !== null) {
    for (const piece of assigned) readContent(piece.replace(READER_DASH, ''), { ...context, message: true }, out);
    return undefined;
  }
  // "Attendees: Ana, Bo and me": who was there is a record, nothing to do.
  if (label?.[1] && label[2] && namesWhoIsThere(label[1], label[2])) return undefined;
  // "Slept badly. Tomorrow: ring the vet, …", "kettle broke, today: …": what comes before a day label is prose of its own.
  const dayLed = label?.[1] && label[2] ? DAY_LABEL_AFTER_SENTENCE.exec(label[1]) : null;
  if (dayLed?.[1] && dayLed[2] && dayOf(dayLed[2]) !== null) {
    itemsOf(dayLed[1], context, out);
    return readContent(`${dayLed[2]}: ${label?.[2] ?? ''}`, context, out);
  }
  // "Now the big one: the wedding on Feb 20. …": the paragraph reader names the effort from its first sentence.
  if (label?.[1] && label[2] && LEAD_LABEL.test(label[1]) && ledEffort(sentences(label[2])[0] ?? '') !== null) return itemsOf(content, context, out);
  // "Open day on the 9th: me to book the bus", "…: Tariq to print the maps": minutes give someone an item under a topic, which heads it.
  const given = label?.[2] !== undefined && (OWN_ITEM.test(label[2].trim()) || NAMED_ASSIGNEE.test(label[2].trim()));
  const read = label?.[1] && label[2] ? (labelScope(label[1], label[2], context.scope, context.message, context.labelRun) ?? (given ? headingScope(label[1], context.scope) : null)) : null;
  // "HOUSE / - leaf cleanup: rake the yard": a label on an item under a named group is a part of that group.
  const within = read !== null && context.listed && context.scope.project !== null && read.project !== null && !read.owner;
  // "For you: / - Rolo the spaniel: recheck …": a label within items handed to someone else is still theirs, and names no group of the writer's.
  const handed = read !== null && !read.owner && context.scope.owner ? { ...read, project: context.scope.project, owner: context.scope.owner } : null;
  const labelled = handed ?? (within ? { ...read, project: context.scope.project } : read);
  if (labelled && label?.[2]) {
    const named = labelled.project !== null && !labelled.owner && labelled.project !== context.scope.project;
    return itemsOf(withoutOwnLead(label[2]), { ...context, scope: labelled, groupLabel: named ? (label[1] ?? null) : null }, out);
  }
  return itemsOf(content, context, out);
}

const PIECE_SEPARATOR = /\s*;\s*/;
/** "me – book the room": the reader, lower-case, before a dash. */
const READER_DASH = /^(?:me|myself)\s+[-–—]\s+(?=\S)/i;

/** "Ysolde – send the deck; me – book the room": pieces, two or more, each a person or the reader, a dash and an item; else null. */
function assignedPieces(text: string): string[] | null {
  if (!text.includes(';')) return null;
  const pieces = text.trim().replace(TRAILING_STOPS, '').split(PIECE_SEPARATOR).filter((piece) => piece !== '');
  // "Kitchen – descale the kettle; garden – …": a part of the home before the dash is a group, not a person.
  const owned = (piece: string) => {
    const owner = dashOwner(piece)?.[1];
    return owner !== undefined && !GROUP_WORD.test(owner);
  };
  return pieces.length >= 2 && pieces.every((piece) => owned(piece) || READER_DASH.test(piece)) ? pieces : null;
}

/** A label over the people at a meeting or event, in the words minutes use. */
const ATTENDANCE_LABEL = /^(?:attendees|attending|attendance|present|participants|invitees|invited|guests|apologies|absent|cc|in the room|who(?:'s| is| was)? (?:there|coming|came))$/i;
/** One person in such a list: a name of a word or two, initials, or the writer. */
const PERSON_ENTRY = /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?|me|myself)$/u;
const ENTRY_SEPARATOR = /\s*[,;/]\s*(?:and\s+)?|\s+(?:and|&)\s+/i;

/** "Attendees: Ana, Bo, Cy", "Present: Dr Vos and me": a label of who was there over nothing but people. */
function namesWhoIsThere(label: string, rest: string): boolean {
  if (!ATTENDANCE_LABEL.test(label.trim())) return false;
  return rest.trim().replace(TRAILING_STOPS, '').split(ENTRY_SEPARATOR).every((entry) => PERSON_ENTRY.test(entry.trim()));
}

const LIST_KIND_DASH = /^([^:–—-]{2,40}?)\s+[-–—]\s+(\S.*)$/;

/** "weekend jobs - wash the ute, …", "podcast project — record …" as a label and its items, when the label names a kind of list or a project. */
function listKindDash(content: string): RegExpExecArray | null {
  const match = LIST_KIND_DASH.exec(content);
  return match?.[1] !== undefined && (LIST_KIND.test(match[1].trim()) || namesProject(match[1])) ? match : null;
}

/** "Podcast project", "my garden project": a label that calls itself a project, of a few words and no step. */
const PROJECT_LABEL = /^(?:(?:the|my|our)\s+)?((?:[\p{L}\p{N}'’&-]+\s+){1,4})project$/iu;

function namesProject(label: string): boolean {
  const name = PROJECT_LABEL.exec(label.trim())?.[1];
  return name !== undefined && !startsWithVerb(trimFiller(name.trim()));
}

const WORD_DASH = /^([\p{L}'’]+(?:\s+(?:stuff|things|bits))?)\s+[-–—]\s+(\S.*)$/u;
/** Sentences or items after a word and its dash before the word reads as the line's group: "home - bins out" is one item. */
const DASHED_GROUP_SENTENCES = 2;

/**
 * A room, a place or a part of life, which one word before a dash names as a group; an appointment
 * ("Dentist — moved again"), a person ("Leon - share the assets") or a day ("sat - market run") does not.
 */
const GROUP_WORD =
  /^(?:bathroom|kitchen|bedroom|nursery|attic|loft|basement|cellar|garage|garden|yard|balcony|allotment|house|home|flat|apartment|office|work|school|kids|car|bike|boat|money|finances|admin|health|church|shop|business|studio)$/i;

/** "Leon - share brand assets" as a label and its item, when the label names a person or the reader. */
function dashOwner(content: string): RegExpExecArray | null {
  const match = DASH_OWNER.exec(content);
  return match?.[1] && (isForReader(match[1]) || OWNER_LABEL.test(match[1])) && !startsWithVerb(match[1]) ? match : null;
}

/** A label ending in a word that leads on to what follows ("so", "then", "así que", "donc", "also", "quindi", "então", "dus"). */
const LEADS_ON = /(?<![\p{L}])(?:so|then|therefore|and so|así que|donc|alors|also|quindi|então|dus)$/iu;
const SENTENCE_INSIDE = /[.!?]\s/;
const T_ALONE = /^t$/i;
const ONE_LETTER = /^\p{L}$/u;
const TRAILING_DIGIT = /\d$/;

/** "quieter", "a bit busier", "way calmer": how a part of life compares, a word ending in -er. */
const COMPARED = /^(?:(?:a\s+)?(?:bit|little|lot|touch)\s+|much\s+|way\s+|far\s+|even\s+)?(\p{Ll}{3,}?)(i)?er$/u;

/** True when the words compare ("quieter", "a bit busier"): the -er word's stem is an English word ("quiet", "busy", "big", "nice"). */
function isComparison(said: string): boolean {
  const compared = COMPARED.exec(said.trim().toLowerCase());
  const stem = compared?.[1];
  if (stem === undefined) return false;
  if (compared?.[2] !== undefined) return isEnglishWord(`${stem}y`);
  const undoubled = stem.length > 3 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : null;
  return isEnglishWord(stem) || isEnglishWord(`${stem}e`) || (undoubled !== null && isEnglishWord(undoubled));
}

/**
 * What "Label: rest" on one line means: a day ("Tomorrow: call Bob"), a project when the rest
 * reads as tasks ("Garden: mow, rake"), who does it in a message ("Maria: update the page"),
 * nothing for filler labels ("Note: …"); null when the label belongs to the task ("groceries: eggs,
 * milk" stays whole).
 */
const NEEDING_WORK = String.raw`(?:needs|wants|could do with|is due)\s+(?:sorting|doing|work|attention|clearing|tidying|fixing|a (?:sort-out|sort out|clear-out|clear out|tidy|proper sort|good clear|bit of work|bit of love))(?:\s+out)?`;
/** "The shed needs sorting", "my desk could do with a clear-out": a thing, as the subject, said to need work. */
const NEEDS_WORK_LABEL = new RegExp(String.raw`^(?:the|my|our)\s+(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)\s+${NEEDING_WORK}$`, 'iu');
/** The same in prose, with when it needs it, leading the steps after a colon or dash: "The allotment needs sorting before spring: I have to …". */
const NEEDS_WORK_LEAD = new RegExp(
  String.raw`^(?:the|my|our)\s+(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)\s+${NEEDING_WORK}(?:\s+(?:before|by|ahead of|this|next|for)\b[^:;,–—]{0,40})?\s*[:–—]\s+(?=\S)`,
  'iu',
);

function labelScope(label: string, rest: string, scope: Scope, message: boolean, labelRun = false): Scope | null {
  // "Kids (before school starts Weds): label uniforms": the remark in brackets is no part of the
  // label, but a deadline in it is the group's.
  const remarked = LABEL_REMARK.exec(label);
  const deadline = remarked?.[2] === undefined ? undefined : DEADLINE_LEAD.exec(remarked[2])?.[1];
  const deadlineDay = deadline === undefined ? null : datePhraseIn(remarked?.[2] ?? '');
  if (remarked?.[1] && deadlineDay !== null) {
    const read = labelScope(remarked[1], rest, scope, message, labelRun);
    return read === null ? null : { ...read, dateHint: `${deadline} ${deadlineDay}` };
  }
  // "For the Costa wedding (it's on the 4th of July at the quinta)": without its remark, a label of a few words.
  if (remarked?.[1] && wordCount(label) > LABEL_WORDS_MAX) return labelScope(remarked[1], rest, scope, message, labelRun);
  if (PRIORITY_LABEL.test(label.trim())) return null;
  if (GENERIC.test(label.trim()) || VAGUE_LABEL.test(label.trim()) || NOTE_LABEL.test(label.trim()) || WHAT_LEAD.test(label.trim()) || isRepeatLabel(label)) return scope;
  if (OUTSIDE_LEAD.test(label.trim())) return { ...scope, project: null };
  if (EFFORT_KIND.test(label.trim())) return null;
  const area = areaOf(AREA_LABEL.exec(label.trim()));
  if (area !== null) return { ...scope, project: area };
  // "work is calm-ish: finish the proposal": the part of life the label judges.
  const judged = LABEL_JUDGED.exec(label.trim());
  if (judged?.[1] && judged[2] !== undefined && (isJudgement(judged[2]) || isComparison(judged[2])) && !SPEAKER_LED.test(judged[1]) && startsWithVerb(trimFiller(rest))) {
    return { ...scope, project: projectName(judged[1]) };
  }
  // "The allotment needs sorting: I have to …": the thing said to need work is the group of the steps after it.
  const needing = NEEDS_WORK_LABEL.exec(label.trim())?.[1];
  if (needing !== undefined && !startsWithVerb(needing)) return { ...scope, project: projectName(needing) };
  // "today's a holiday so: candles, sauna, call Pekka": a sentence saying a day, led into what follows, dates it.
  // One sentence only: in "Race is on the 31st. So:" the day is an event's, said before.
  const leading = wordCount(label) > 2 && LEADS_ON.test(label.trim()) && !SENTENCE_INSIDE.test(label) ? datePhraseIn(label) : null;
  if (leading !== null) return { ...scope, dateHint: leading };
  // "still to do for the move:", "things to buy for the party:": the effort after "for" is the label.
  const stepsFor = STEPS_FOR_LABEL.exec(label.trim());
  if (stepsFor?.[1] && stepsFor[2] && startsWithVerb(stepsFor[1])) return labelScope(stepsFor[2], rest, scope, message, labelRun);
  // "The boat: antifouling before …", "My allotment: …": a thing of the writer's, not a lead-in ("The plan:", "The big one:").
  const owned = OWNED_THING_LABEL.exec(label.trim());
  if (owned?.[1] && !LEAD_NOUN.test(owned[1]) && !startsWithVerb(owned[1])) {
    const read = labelScope(owned[1], rest, scope, message, labelRun);
    // "The Doyles:": a family's group keeps its "the".
    return read?.project && FAMILY.test(label.trim()) ? { ...read, project: projectName(label) } : read;
  }
  // "Shop:" names a group although "shop" can be a verb; "Call mom:" starts a task; "Open day 24 Oct:", "Bake sale:" name an event.
  if (wordCount(label) > 4 || PRIORITY_LABEL.test(label) || (wordCount(label) > 1 && startsWithVerb(label) && !EVENT_NAME.test(withoutDay(label).name))) return null;
  const day = dayOf(label);
  if (day !== null) return { ...scope, dateHint: day };
  // A standup's "t:" is today's list.
  if (T_ALONE.test(label.trim())) return { ...scope, dateHint: 'today' };
  if (namesProject(label)) return { project: projectName(label), dateHint: scope.dateHint };
  // "to prep:", "still to buy:": the steps the group in force needs, not a group of their own.
  const steps = STEPS_LABEL.exec(label.trim());
  if (steps?.[1] && startsWithVerb(steps[1])) return scope;
  // "Also private: pick up the bike": a connective before a name leads to the next group ("and don't forget:", "also new thing:" name none).
  const connected = LEADING_CONNECTIVE.exec(label);
  const named = connected ? label.slice(connected[0].length).trim() : '';
  if (named !== '' && trimFiller(named) === named && !startsWithVerb(named) && !NEGATED.test(named) && !ONE_THING.test(named) && !REPORTED.test(named)) {
    return labelScope(named, rest, scope, message, labelRun);
  }
  // "For it: get …", "For that:": a pronoun points back at the group in force; it names none of its own.
  if (POINTING_LABEL.test(label.trim())) return scope;
  // "t: pair with Sam", "y: fixed the bug": a standup's one-letter labels name neither a group nor a person.
  if (LEAD_LABEL.test(label) || TOPIC_WITHIN.test(label.trim()) || ONE_LETTER.test(label.trim()) || trimFiller(label) === '') return scope;
  if (message && namesOwner(label.trim())) return { ...scope, owner: label.trim() };
  // "All tenants: please move your bikes": a request to the people the label names, who are no group of the reader's
  // ("For the catalogue: please send …" names what the request is for).
  if (POLITE_REQUEST.test(rest) && !ABOUT_LEAD.test(label.trim())) return scope;
  // "House: gutters, smoke alarm, boiler service": a part of life over a run of short items groups one task an item.
  if (!labelRun && namesGroupOfJobs(label) && isItemRun(rest)) return { project: projectName(label), dateHint: scope.dateHint };
  // "rentrée: acheter … d'ici lundi, inscrire Léa au judo samedi": items with days of their own are tasks.
  const datedItems = rest.split(',').filter((item) => hasDatePhrase(item)).length;
  if (TRAILING_DIGIT.test(label) || (!labelRun && !startsWithVerb(trimFiller(withoutOwnLead(rest))) && datedItems < 2)) return null;
  return { project: projectName(label), dateHint: scope.dateHint };
}

/** A board's columns: where a card stands, not what it is about. */
const BOARD_COLUMN = /^(?:to-?dos?|to do|doing|in progress|wip|backlog|up next|next up|next|blocked|waiting|review|in review|done|finished|complete[d]?)\s*:?$/i;
/**
 * "RISO STUDIO board (pasted from Trello)", "Wedding kanban", "Asante FM Outreach (Trello board, copied out
 * today)": a board's title, its name before the word or before a bracket that says it is a board.
 */
const BOARD_TITLE =
  /^(.{2,40}?)(?:\s+(?:board|kanban(?:\s+board)?)(?:\s*\([^()]*\))?|\s*\([^()]*\b(?:board|kanban|trello|asana|jira|notion)\b[^()]*\))\s*:?$/i;

/** The project a pasted board's title names, when columns follow it; else null. */
function boardName(title: string, lines: Line[]): string | null {
  const name = BOARD_TITLE.exec(title.trim())?.[1];
  if (name === undefined || !lines.some((line) => !line.bullet && BOARD_COLUMN.test(line.content.trim()))) return null;
  return projectName(name);
}

/** "me — fix the tap", "me to do the flyer": minutes giving the writer a step, under a topic's label. */
const OWN_LEAD = /^(?:me|myself)(?:\s*(?:\+|&|and)\s*\p{Lu}[\p{Ll}'’-]+)?\s*(?:[-–—:]\s*|to\s+)(?=\S)/iu;

function withoutOwnLead(rest: string): string {
  return rest.replace(OWN_LEAD, '');
}

/** "Open day", "bake sale", "games night": two words naming an event, whose first may read as a verb. */
const EVENT_NAME = /^\p{L}+[\s-]+(?:day|night|evening|sale|fair|fete|fête|party|weekend|camp)$/iu;

const NEGATED = /n't\b|\bnot\b/i;
/** "For the …", "Re …", "About …": a label saying what it is about rather than whom it addresses. */
const ABOUT_LEAD = /^(?:for|re|regarding|about|on|as for)\b/i;
/** "please …", "kindly …": asked of others; no one writes it to themselves. */
const POLITE_REQUEST = /^(?:please|pls|plz|kindly)\b/i;
/** "HR says", "Mum asked": who said what follows, not a group. */
const REPORTED = /\s(?:says|said|asks|asked|wants|wrote|mentioned|thinks|reckons)$/i;
/** "For it", "about that", "this": a label that only points back. */
const POINTING_LABEL = /^(?:(?:and|also|then|so)\s+)?(?:(?:for|re|about|on)\s+)?(?:it|this|that|them|those|these)$/i;
/** "The boat", "my allotment", "our flat": a label naming a thing by "the" or whose it is. */
const OWNED_THING_LABEL = /^(?:the|my|our)\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2})(?:\s+(?:at|in)\s+(?:the|my|our)\s+\p{L}[\p{L}'’-]*)?$/iu;
/** "The plan:", "The big one:", "My worry:": words that lead into what follows rather than name a thing it is for. */
const LEAD_NOUN =
  /\b(?:thing|one|plan|idea|point|goal|problem|issue|question|deal|catch|news|rest|reason|upshot|list|summary|update|situation|focus|priority|priorities|answer|result|trick|key|hope|aim|truth|deadline|date|time|gist|worry|takeaway|verdict|fix|ask|request|agenda|schedule|options?|choice|decision|outcome|lesson|reminder|note|good|bad|best|worst|main|big|first|last|other|next|usual|same|bottom|story|status|latest|score|end)\b/i;
/** "new thing", "one more item": one of something, which names no group. */
const ONE_THING = /\b(?:thing|one|item|task|idea)$/i;

/** "to prep", "still to buy", "things to book": a label naming steps by their verb. */
const STEPS_LABEL = /^(?:(?:still|also|and|things|stuff|left)\s+)?to\s+(\p{L}+)(?:\s+(?:first|still|now|list))?$/iu;
const STEPS_FOR_LABEL = /^(?:(?:still|also|and|things|stuff|left)\s+)?to\s+(\p{L}+)\s+(for\s+(?:the|my|our)\s+.+)$/iu;

/** Fewest items in a comma run that a label over it makes a group of. */
const ITEM_RUN_MIN = 3;
/** Most words of an item in such a run: "gutters", "boiler service", "passport photos for Mia". */
const ITEM_WORDS_MAX = 3;
const ITEM_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)/i;
/** Labels over things to buy, pack or list, whose items are one task: "groceries", "Tesco run", "packing list". */
const LIST_OF_GOODS = /\b(?:grocer(?:y|ies)|shop(?:ping)?|supermarket|market|store|chemist|pharmacy|list|buy|pack(?:ing)?|need(?:ed|s)?|ingredients|supplies)\b/i;
const GROUP_LABEL_WORDS_MAX = 2;

/** "gutters, smoke alarm, boiler service": three or more short items, none of them saying what was done. */
function isItemRun(rest: string): boolean {
  const items = rest.trim().replace(TRAILING_STOPS, '').split(ITEM_SEPARATOR);
  return items.length >= ITEM_RUN_MIN && items.every((item) => {
    const words = item.split(WHITESPACE).filter(Boolean);
    return words.length >= 1 && words.length <= ITEM_WORDS_MAX && !words.some(isPastForm);
  });
}

/** "House", "Car", "Kids stuff": a part of life in English words, not a list of goods nor a verb ("Buy:", "Pick up:"). */
function namesGroupOfJobs(label: string): boolean {
  const words = label.trim().split(WHITESPACE);
  return words.length <= GROUP_LABEL_WORDS_MAX && !LIST_OF_GOODS.test(label) && !startsWithVerb(label.trim()) && words.every((word) => isEnglishWord(word.toLowerCase()));
}

/** A label and a remark in brackets after it: "Kids (before school starts Weds)". */
const LABEL_REMARK = /^([^()]*\S)\s*\(([^()]*)\)\s*$/;
/** A remark that sets a deadline, in the languages read: "before school starts Weds", "by the 3rd", "bis Freitag". */
const DEADLINE_LEAD = /^\s*(before|by|until|till|b4|antes de|avant|vor|bis|entro|prima di|até|voor|vóór|uiterlijk)(?![\p{L}])/iu;

/** A heading names either a day ("Tomorrow", "## Friday 10am") or a project. */
function headingScope(heading: string, current: Scope): Scope {
  const day = dayOf(heading);
  if (day !== null) return { project: current.project, dateHint: day };
  const named = groupOnDay(heading);
  if (named !== null) return named;
  const priority = findPriority(heading);
  // "Someday/maybe": the heading is the priority, whole; the word that says it is the cue.
  if (priority && PRIORITY_LABEL.test(heading.trim())) return { project: null, dateHint: null, cue: heading.slice(priority.index, priority.index + priority.length).trim() };
  return { project: projectName(heading), dateHint: null, cue: priority ? heading.trim() : null };
}

/** A day said at a heading's end: "sat", "on Friday", "tomorrow", "Sun 14th", "Sat 12.12.", "Fri 4/7", "Sun 14 June". */
const DAY_AT_END = new RegExp(
  String.raw`\s+((?:on\s+)?(?:today|tonight|tomorrow|tmrw|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?(?:\s+(?:\d{1,2}[./]\d{1,2}\.?|\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:${MONTH_WORDS}))?))?))\s*$`,
  'i',
);
const GROUP_ON_DAY_WORDS_MAX = 2;

/**
 * "market sat", "fete on Friday", "Church tomorrow": a group of a word or two, then the day of the
 * event it names; the group is the project and the day its items' (the event they serve).
 */
function groupOnDay(heading: string): Scope | null {
  const found = DAY_AT_END.exec(heading.trim());
  if (!found?.[1]) return null;
  const group = heading.trim().slice(0, found.index).trim();
  // "Bake sale Friday", "Clean house sat": a group that opens with a verb still names the day its items are for.
  if (group === '' || wordCount(group) > GROUP_ON_DAY_WORDS_MAX || !isDatePhrase(found[1])) return null;
  // "Lazy Saturday": a heading that names no group whole (a mood, a judgement) names none without its day either.
  const project = projectName(heading) === null ? null : projectName(group);
  return project === null ? null : { project, dateHint: found[1] };
}

/** Words that call a list a list ("weekend plan", "things for this week"). */
const LIST_NAMES = 'plan|plans|list|stuff|things|to-?dos?|to do|tasks|errands|jobs|agenda';
const LIST_WORDS = new RegExp(`(?:^|\\s)(?:${LIST_NAMES}|for)(?=\\s|$)`, 'gi');
const LEADING_QUANTITY = /^\s*(?:a few|a couple of|some|several|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+/i;

const DAY_IS_HOLIDAY = /^(?:[Tt]oday|[Tt]omorrow|[Tt]onight)['’]s\s+(?=\p{Lu})/u;
const LIST_WORD = new RegExp(`(?:^|\\s)(?:${LIST_NAMES})(?=\\s|$)`, 'i');
const DAY_LEAD_WORDS_MAX = 5;

/** "things for the weekend", "jobs for tomorrow": a list's lead said without its colon, and the day it names; else null. */
function dictatedDayLead(clause: string): string | null {
  const lead = trimFiller(clause.trim());
  return wordCount(lead) <= DAY_LEAD_WORDS_MAX && LIST_WORD.test(lead) && !startsWithVerb(lead) ? dayOf(lead) : null;
}

/** The day a heading or label names, whatever surrounds it: "Thursday (today)", "weekend plan", "things for this week". */
function dayOf(label: string): string | null {
  const day = label
    // "tomorrow's Easter Monday": the day named twice, as the holiday it is.
    .replace(DAY_IS_HOLIDAY, '')
    .replace(SPACED_BRACKETS, ' ')
    .replace(LIST_WORDS, ' ')
    // "Three things for Monday", "a few jobs for the weekend": how many says nothing of when.
    .replace(LEADING_QUANTITY, ' ')
    .trim()
    // "also, Fri 24th:", "and Saturday:": a connective before the day is no part of it.
    .replace(LEADING_CONNECTIVE, '');
  return day !== '' && isDatePhrase(day) ? day : null;
}

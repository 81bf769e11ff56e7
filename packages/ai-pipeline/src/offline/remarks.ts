import { isDatePhrase } from './dates.ts';
import { isEnglishWord } from './spelling.ts';
import { isPastForm, startsWithVerb, verbBase } from './verbs.ts';

/**
 * Clauses that read like tasks but say how things are: a feeling ("will miss the tacos"), a bare
 * "do that", a scene ("house full"), news of what happens or of what others do ("rent goes up from
 * May", "Mum and Dad fly in", "Mam's doing the ham"), a progress report ("read half of the book"),
 * relief ("finally a day off"), a sighting ("saw a heron"), a likeness ("sea like glass"), something to
 * hold ready ("keep her number handy") or a German statement of what was done ("Uhren umgestellt"). Each
 * is a statement, never a new task; a musing ("think about it") is only offered.
 */

/** Verbs of feeling: "(I'll) miss the old flat", "dread the dentist", "love this weather". */
const FEELING = /^(?:miss|love|hate|adore|dread|regret|envy|hope|wish)\b(?!\s+(?:to|out)\b)/i;
/** Weighing something named elsewhere: "think about it", "sleep on it", "mull it over". */
const MUSING = /^(?:think|mull|chew|sleep|ponder|reflect)\s+(?:(?:about|on|over)\s+)?(?:it|that|this|them)\b/i;
/** "do that tonight": a step with no content of its own, pointing at one said before. */
const BARE_DO = /^do\s+(?:it|that|this|them|those)\b/i;
/** A place or thing and the state it is in: "house full", "the kids asleep", "office dead". */
const STATE =
  /^(?:(?:the|my|our)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:full|empty|asleep|awake|quiet|dead|packed|heaving|rammed|silent|freezing|boiling|soaked|flooded|frozen)$/iu;
/** A thing and what it looks like, with no verb: "sea like glass this morning", "kitchen like a sauna". */
const LIKENED =
  /^(?!(?:looks|sounds|feels|seems|smells|tastes)\b)(?:(?:the|my|our)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+like\s+(?:a\s+|an\s+)?[\p{L}'’-]+(?:\s+(?:this|last|all)\s+(?:morning|afternoon|evening|night|day|week))?[\s.!]*$/iu;
/** "saw a heron on the canal", "saw them at the market": a sighting told, "saw" the past of "see" (not "saw the planks to length"). */
const SIGHTING = /^saw\s+(?:a|an|some|two|three|four|five|lots of|loads of|him|her|them|my|our)\s/i;
/** "keep Ana's number handy", "keep the spare key to hand": something to hold ready, no step to take. */
const HELD_READY = /^keep\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}?(?:handy|to hand|on hand|in mind|nearby|close by)[\s.!]*$/iu;
/** "Rent goes up from May", "the fare rises in June": a singular thing and a change to it. */
const SINGULAR_CHANGE = /^(?:(?:the|my|our)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s+(?:goes|rises|increases|drops|falls|doubles|jumps)\s+(?:up|down|by|from|to|in|on|again)\b/iu;
/** "Prices go up in May": a plural thing and the change (an imperative never starts so). */
const PLURAL_CHANGE = /^(?:(?:the|my|our)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+s\s+(?:go|rise|increase|drop|fall|double|jump)\s+(?:up|down|by|from|to|in|on|again)\b/iu;
/** Family named by how they are related, written in any case: "Mam", "my sister", "the in-laws". */
const KIN = String.raw`(?:(?:my|our|the)\s+)?(?:mum|mom|mam|mammy|mummy|ma|dad|daddy|da|pa|nan|nana|nanna|gran|granny|grandma|grandpa|grandad|granda|auntie|aunty|uncle|kids|sister|brother|parents|folks|in-laws|husband|wife|partner|son|daughter|cousin|cousins)`;
/** "Auntie Bríd", "Uncle Joe": a relation and the name after it. */
const KIN_WORD = new RegExp(String.raw`^${KIN}(?:\s+\p{Lu}[\p{L}'’-]+)?$`, 'iu');
/** Comings and goings, which the verb list of tasks need not hold: "land", "arrive", "stay". */
const COMING = /^(?:arrive|land|fly|come|visit|leave|stay|head|drive|move|go)$/i;
/** "Mam's doing the ham", "Dad is bringing the chairs", "Tomás is on drinks": what someone else is taking on. */
const TAKING_ON = /^(.+?)(?:['’]s|\s+is|\s+are|['’]re)\s+(?:doing|bringing|making|cooking|handling|sorting|organising|organizing|hosting|driving|getting|buying|on)\b/i;
/** A name, or a relation and a name, then a word in -ing: "Ana sorting …", "Auntie Bríd bringing …" (not "I'm …", "Caro's wedding"). */
const NAME_DOING = /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(\p{Ll}{2,}ing)\b/u;
/**
 * "Tom's going to sort the bins", "Mum's thinking of getting a cat", "the lads are planning on a curry": what
 * someone or something other than the writer and the reader means to do, which is theirs to do, whoever it is
 * ("this week is going to be a lot", "tomorrow's going to be long" foretell a day, a mood's matter).
 */
const OTHERS_INTENT =
  /^(?!(?:i|we|you|this|next|today|tomorrow|tonight)\b)(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?:['’]s|\s+is|\s+are|['’]re)\s+(?:(?:going|planning|hoping|meaning|trying|aiming|about)\s+to|(?:thinking|talking)\s+(?:of|about)|planning\s+on)\b/iu;
/** "Ciara, you're on dessert": a person addressed and told what is theirs, no request. */
const ADDRESSED = /^(.+?),?\s+(?:you['’]re|you are|you['’]ll|you will|you['’]ve got|you have got)\s/i;
/** "Mum and Dad fly in", "Jo and Sam arrive": two people and what they do. */
const PAIR_DOING = /^(.+?)\s*(?:and|&|\+)\s*(.+?)\s+([\p{L}]+)\b/iu;
/** A progress report with a verb whose past is its present: "read half of the report", "cut most of the hedge". */
const PART_DONE = /^(?:read|cut|put|set|spread)\s+(?:about\s+|nearly\s+|almost\s+)?(?:half|most|a third|a quarter|a chunk|a bit)\s+of\b/i;
/** A German past participle ending a short clause: "Uhren umgestellt", "Auto gewaschen" is no -t form. */
const GERMAN_DONE = /^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:ab|an|auf|aus|bei|ein|mit|nach|um|vor|weg|zu|zurück|durch)?ge\p{Ll}{3,}t$/u;
/** "Rent goes up": a verb-like first word is the subject when the change follows it at once. */
const CHANGE_SECOND = /^\S+\s+(?:goes|rises|increases|drops|falls|doubles|jumps)\b/i;
/** "Mark's going to …": a first word with "'s" is a name or thing, whatever verb it spells ("ask Tom if he's going to …" asks). */
const OWNER_FIRST = /^\p{L}+['’]s\b/u;
/**
 * "kinda nervous about the interview", "soooo full from lunch", "not bad for a Monday", "nice to have a
 * quiet weekend", "funny how …": a feeling or a judgement with its subject left out; the word after it
 * ties it to what it is about ("full service", "Nice to have: a lamp" name things).
 */
const FELT =
  /^(?:(?:so+|kinda|kind of|sorta|a bit|bit|really|rly|very|proper|pretty|quite|super|totally|not|too|well)\s+)*(?:nervous|anxious|worried|scared|excited|tired|full|sick|bored|gutted|chuffed|stressed|knackered|shattered|exhausted|relieved|glad|happy|sad|fed up|nice|funny|weird|strange|bad|lovely|annoyed|grateful|thankful|hungry|skint|poorly)(?=\s*(?:$|[,.!?]|(?:about|of|from|for|with|that|how|after|since)\b|to\s+(?:have|see|hear|be|know)\b(?!\s*:)))/i;
/**
 * "kitchen tap drips at night", "the boiler clicks when the heating comes on", "dog barks every morning": a thing
 * and what it does by habit, a present verb then when it does it; no imperative has its verb third with "-s".
 */
const PRESENT_HABIT =
  /^(?:(?:the|my|our|his|her|their)\s+)?(?:[\p{L}'’-]+\s+)?[\p{L}'’-]+\s+(\p{Ll}{3,})s\s+(?:at night|at nights|overnight|every\b|each\b|all (?:the time|night|day|week)|when(?:ever)?\b|sometimes|constantly|non-?stop|in the (?:mornings|evenings|night)|on and off)/u;
/** "wash" in "washes": the verb when its "-s" was "-es". */
const E_ENDING = /e$/;
/** "rain all weekend", "snow again", "pouring later" (after "probably gonna"): the weather, no one's doing; "snow tyres" names a thing. */
const WEATHER = /^(?:rain|raining|snow|snowing|pour|pouring|drizzle|drizzling|hail|hailing|sleet|sleeting)(?:\s+(.+?))?[\s.!]*$/i;
/** What the weather does beside its day: "all weekend", "again", "on and off", "non-stop". */
const WEATHER_HOW = /^(?:all\b|again|later|on and off|non-?stop|heavily|hard|properly|a bit)/i;
/** "lovely walk along the canal", "good chat with Ana", "awful sleep": an outing or rest judged, which has happened. */
const JUDGED_OUTING =
  /^(?:(?:such|a|really|so|very)\s+)*(?:lovely|nice|great|good|brilliant|fab|fabulous|amazing|awful|terrible|horrible|rubbish|dreadful)\s+(?:walk|chat|swim|catch-?up|sleep|lie-?in|natter|ride|hike|stroll|wander)\b/i;
/** "on nights all next week", "back on earlies from Monday", "off sick": where the writer's shifts or leave put them. */
const ON_SHIFT = /^(?:back\s+)?(?:on|off)\s+(?:nights|nites|earlies|lates|days|call|leave|annual leave|holiday|hols|sick|the sick)(?:\s+again)?(?:\s+(.+?))?[\s.!]*$/i;
/** "my son he finish school at 3": a subject said, then taken up again by its pronoun, as learners of English write; no imperative does. */
const SUBJECT_RESUMED = /^(?!(?:if|when|unless|because|since|as|once|while|so|and|but|or|then|what|who|how|why|where)\b)(?:(?:my|our|the|his|her|their)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:he|she|they)\s+\p{L}/iu;
/**
 * "in my country we celebrate this at January", "at the club they serve tea": a setting, then others (or "we" as
 * a people) and what they do; "in the morning we need to call the bank" asks, so is not this.
 */
const SET_THEN_HABIT =
  /^(?:in|at|on|for|with)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:we|they|he|she|people)\s+(?!(?:need|needs|have|has|must|should|gotta|got|will|ought|want|wanna|gonna|can|could)\b)[\p{L}]+/iu;

/** "finally a free weekend", "endlich eine Stunde mehr": relief, when no step follows the word. */
const RELIEF = /^(?:finally|at last|endlich|enfin|por fin|finalmente|eindelijk|akhirnya)\b[\s,!]*(.+)$/i;
const CAPITALISED = /^\p{Lu}[\p{Ll}'’-]+$/u;
/**
 * "half the crew already said yes", "most of the neighbours replied": a share of a group and what
 * it did, news of others ("half" is no verb here). The past form is the clause's verb.
 */
const SHARE_DID =
  /^(?:half|most|all|some|none|both|several|a few|a couple|a third|a quarter|two|three|four|five)(?:\s+of)?\s+(?:the|my|our|his|her|their|your|those|these)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:(?:already|just|all|finally|also)\s+)?(\p{L}+)\b/iu;
/** "flight AA 1123", "train 1432", "seat 14C": a carrier's code said after a task, a detail of it. */
const CARRIER_CODE = /^(?:flight|train|bus|coach|ferry|gate|platform|seat|carriage|booking ref(?:erence)?|ref|confirmation)\s+(?:no\.?\s*|number\s+|#)?(?=[\p{L}\d ]*\d)[\p{Lu}\d]{1,4}\s?\d{1,5}[A-Z]?$/iu;

/** Someone other than the writer: a relation, or a capitalised name that is no English word. */
export function isSomeoneElse(words: string): boolean {
  const name = words.trim();
  if (KIN_WORD.test(name)) return true;
  return CAPITALISED.test(name) && !isEnglishWord(name) && !startsWithVerb(name);
}

function othersDoing(text: string): boolean {
  const taking = TAKING_ON.exec(text)?.[1];
  if (taking && isSomeoneElse(taking)) return true;
  // "Ana sorting the sausage sizzle", "Tom moving to Tauranga in Nov": a name and what they are doing, in notes' shorthand.
  const doing = NAME_DOING.exec(text);
  if (doing?.[1] && doing[2] && isSomeoneElse(doing[1]) && verbBase(doing[2]) !== null) return true;
  const addressed = ADDRESSED.exec(text)?.[1];
  if (addressed && isSomeoneElse(addressed)) return true;
  const pair = PAIR_DOING.exec(text);
  return pair?.[1] !== undefined && pair[2] !== undefined && isSomeoneElse(pair[1]) && isSomeoneElse(pair[2]) && (COMING.test(pair[3] ?? '') || startsWithVerb(pair[3] ?? ''));
}

/** True when the clause only says what the weather will do, alone, with how or with its day. */
function isWeather(trimmed: string): boolean {
  const weather = WEATHER.exec(trimmed);
  if (weather === null) return false;
  const rest = weather[1];
  return rest === undefined || WEATHER_HOW.test(rest) || isDatePhrase(rest);
}

/** True when the clause only says which shifts or leave the writer is on, alone or with its day. */
function onShift(trimmed: string): boolean {
  const shift = ON_SHIFT.exec(trimmed);
  return shift !== null && (shift[1] === undefined || isDatePhrase(shift[1]));
}

/**
 * True when a clause only says how the writer feels, how an outing went, what the weather will do or which
 * shift they are on: an aside, like a mood, which asks nothing and is no suggestion either.
 */
export function isAside(trimmed: string): boolean {
  return FELT.test(trimmed) || JUDGED_OUTING.test(trimmed) || isWeather(trimmed) || onShift(trimmed);
}

/** "think about it": weighing what was said before is no step of its own, so it is only offered. */
export function isMusing(trimmed: string): boolean {
  return MUSING.test(trimmed);
}

/**
 * True when a clause says how things are rather than what to do. `said` is the clause as written,
 * `trimmed` the same without the filler around it ("I'll", "honestly").
 */
export function isRemark(said: string, trimmed: string): boolean {
  if (FEELING.test(trimmed) || BARE_DO.test(trimmed) || PART_DONE.test(trimmed) || SIGHTING.test(trimmed) || HELD_READY.test(trimmed)) return true;
  if (!startsWithVerb(trimmed) && (STATE.test(trimmed) || PLURAL_CHANGE.test(trimmed) || LIKENED.test(trimmed))) return true;
  if (SINGULAR_CHANGE.test(trimmed) && (!startsWithVerb(trimmed) || CHANGE_SECOND.test(trimmed))) return true;
  if (GERMAN_DONE.test(trimmed) || othersDoing(trimmed) || CARRIER_CODE.test(trimmed)) return true;
  if ((OTHERS_INTENT.test(trimmed) && (OWNER_FIRST.test(trimmed) || !startsWithVerb(trimmed))) || SET_THEN_HABIT.test(trimmed)) return true;
  if (SUBJECT_RESUMED.test(trimmed) && !startsWithVerb(trimmed)) return true;
  const habit = PRESENT_HABIT.exec(trimmed)?.[1];
  if (habit !== undefined && !startsWithVerb(trimmed) && (isEnglishWord(habit) || isEnglishWord(habit.replace(E_ENDING, '')))) return true;
  const shareDid = SHARE_DID.exec(trimmed)?.[1];
  if (shareDid !== undefined && isPastForm(shareDid)) return true;
  const relief = RELIEF.exec(said.trim())?.[1];
  return relief !== undefined && !startsWithVerb(relief);
}

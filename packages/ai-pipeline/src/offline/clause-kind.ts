import { WEEKDAY_NAMES } from './calendar-words.ts';
import { findPriority, trimFiller } from './cues.ts';
import { hasDatePhrase, isDatePhrase } from './dates.ts';
import { closingPaperwork, describedByUse, isWantedResult } from './deadline-items.ts';
import { joinedHomeForVisit } from './home-for-visits.ts';
import { type ImpliedTask, isWellbeingWish, taskOfNeed } from './needs.ts';
import { owedTask } from './owed.ts';
import { movedSlot, plannedStep } from './plans.ts';
import { isAside, isMusing, isRemark } from './remarks.ts';
import { isEnglishWord } from './spelling.ts';
import { isPastForm, startsWithVerb, verbBase } from './verbs.ts';

/**
 * What one clause of a dump is: a task (something to do), a statement (a fact, a feeling, a
 * condition, someone else's job: shown as a suggestion, never created silently) or noise
 * (greetings, sign-offs, moods, things already done).
 */
export type ClauseReading =
  | { kind: 'task'; confidence: number; text: string; implied?: ImpliedTask }
  | { kind: 'statement'; confidence: number; text: string }
  | { kind: 'noise' };

/** Confidence of a clause that asks for something: an imperative, "need to …", "remind me to …". */
export const ASKED = 0.9;
/** A thing named without a verb ("dentist thu 2pm", "taxes"): a task in a list, likely one in prose. */
const NAMED_IN_LIST = 0.8;
const NAMED = 0.7;
/** A thing said to need doing ("the gutters need cleaning"). */
export const NEEDED = 0.6;
/**
 * An event stated with its day ("Mia's play is Thursday", "the wedding is on the 14th"): as often
 * a project's own date as something to do, so it is offered as a suggestion.
 */
const EVENT = 0.45;
/**
 * "…, don't miss it", "…, I have to be there": the writer asks to be reminded of the event, or says
 * they will attend it, so it is one to keep.
 */
const REMINDED = /\b(?:don'?t|do not|can'?t|mustn'?t) (?:miss|forget)\b|\b(?:have to|need to|must|got to|gotta|should|will|['’]ll|want to)\s+be there\b/i;
/** "I have to be there": attending what the clause before named, which is the task, not this. */
const ATTENDING = /^be there\b/i;
/** True when the writer asks not to miss or forget something: "…, don't miss it". */
export function asksNotToMiss(text: string): boolean {
  return REMINDED.test(text);
}

/** A word or two in the middle of prose ("Big one.", "Bed."): more likely an aside than a task. */
const FRAGMENT = 0.4;
const STATEMENT = 0.3;

/**
 * The set phrases of a message that ask nothing of the reader: "Please find attached the invoice",
 * "Just a heads up that …", "Let me know if you have any questions", "Feel free to reach out",
 * "Looking forward to hearing from you", "Don't hesitate to contact me".
 */
const MESSAGE_FORMULA =
  /^(?:please\s+)?(?:find|see)\s+(?:attached|enclosed|below)\b|^(?:just\s+)?(?:a\s+)?(?:quick\s+)?heads[- ]up\b|^(?:just\s+)?(?:to\s+)?let(?:ting)? you know\b|^(?:please\s+)?(?:let me know|lmk)\s+if\s+(?:you\s+have\s+(?:any\s+)?questions|(?:that|this|it)\s+works|(?:there'?s|there\s+is|you\s+need)\s+anything|anything)\b|^(?:please\s+)?(?:feel free|don'?t hesitate|do not hesitate)\s+to\b|^(?:i'?m\s+|we'?re\s+)?looking forward\b|^(?:thanks|thank you)\s+in advance\b|^hope (?:this|that) helps\b/i;

/** "Feliz día de la independencia", "Joyeux Noël", "Frohe Ostern": a season's wish, which asks nothing ("Happy …" is a mood's word). */
const WISH = /^(?:feliz|felices|joyeux|joyeuse|frohe|frohes|fr[öo]hliche|buon|buona|buone|fijne|prettige|boas|boa festa|wesołych|eid mubarak|chag sameach)(?![\p{L}\p{N}])/iu;

/** "Hope you're well!", "Hope all is well": the courtesy that opens a message. */
const COURTESY = /^(?:i )?hope (?:you(?:'re| are) (?:well|ok(?:ay)?|good|doing well)|all(?:'s| is) well|this finds you well|you(?: all)? had a (?:good|great|nice|lovely) [a-z]+)\b[\s\p{P}]*$/iu;
// Greetings in the languages the dumps mix in ("Kia ora coaches", "Buongiorno a tutti", "Guten Morgen zusammen"); the name may
// carry a courtesy title, with its full stop or without ("Dear Ms. Mori,", "Hello Dr Osei"), and a surname its
// particles ("Dear Mr de la Cruz").
const GREETING =
  /^(?:hi|hey|hello|hiya|hej|ol[áa]|oi|hola|bonjour|bonsoir|salut|hallo|ciao|dear|good (?:morning|afternoon|evening)|morning|yo|howdy|g['’]day|kia ora|aloha|buongiorno|buonasera|buen(?:os|as) (?:d[ií]as|tardes|noches)|bom dia|boa (?:tarde|noite)|guten (?:morgen|tag|abend)|moin|servus|gr[üu]e?zi|goede(?:morgen|middag|navond)|namaste|shalom|salaam|salam|konnichiwa|mabuhay)(?![\p{L}\p{N}])[\s,!—–-]*(?:(?:(?:mrs?|ms|mx|dr|prof)(?:\.\s*|\s+))?(?:(?:van|von|der|den|de|del|della|di|da|du|dos|la|le|ter|ten|bin|al)\s+)*(?:[\p{L}'-]+[\s,!]*){0,3}|(?:team|all|everyone|folks|guys)\b.*)$/iu;
// Closings in the languages the dumps mix in ("Bien cordialement", "Liebe Grüße", "Un abrazo") and
// wishes that end a message ("Have a good weekend", "Enjoy your evening").
const SIGN_OFF =
  /^(?:thanks|thank you|thx|ty|tack|danke|merci|gracias|cheers|best|best wishes|best regards|kind regards|warm regards|warm wishes|warmest wishes|regards|warmly|sincerely|(?:lots of |much |with |all my )?love(?=\s*[,.!]*\s*$)|hugs(?=\s*[,.!]*\s*$)|talk soon|speak soon|see you|all the best|many thanks|take care|kindly(?=\s*(?:[,.!]|$))|as discussed|sounds (?:good|great)|count me in|good ?night|night night|sleep well|(?:bien |tr[eè]s )?cordialement|bien [àa] (?:vous|toi)|bisous|(?:liebe|viele|beste|herzliche) gr[üu](?:ß|ss)e|mit freundlichen gr[üu](?:ß|ss)en|(?:un )?(?:saludos?|abrazos?)|atenciosamente|abra[çc]os|groetjes|met vriendelijke groet(?:en)?|(?:have|enjoy) (?:a|the|your) (?:(?:good|great|nice|lovely|happy|relaxing|restful) )?(?:day|weekend|week|evening|night|one|holiday|holidays|trip|break))\b/iu;
const NOTHING =
  /^(?:nothing|none|nope|nada|nichts(?: zu tun)?|rien(?: à faire)?|n\/a|nothing (?:else|much|new|urgent|really|for now|today|outstanding|to do|to worry about)|not much|no (?:lists?|plans?|to-?dos?|tasks|work|chores|jobs)|that'?s (?:it|all|everything)(?: for now)?|all good|all done|no idea)\b[\s\p{P}]*(?:(?:today|tonight|this week(?:end)?|going on|happening|planned|on)\b)?[\s\p{P}]*(?:really|honestly|though|i think|yet)?[\s\p{P}]*$/iu;
/**
 * "yes", "fine", "sure, Tuesday", "yep from 12": a reply to what someone asked or a nod to what the
 * clause before said; an answer, alone or with only its when, asks nothing of the reader. ("No" and
 * "not yet" say how a thing stands, which the clause after them may act on: "… go out? No - send them".)
 */
const ANSWER = /^(?:(?:yes|yeah|yep|yup|yes please|sure|fine|of course|absolutely|definitely|no problem|np|no worries|will do|on it|sounds good|got it|noted|agreed|deal|aye)(?![\p{L}'’])[\s\p{P}]*)+(.*?)[\s\p{P}]*$/iu;

/** True when the clause is only an answer, or an answer and the day or time it is for. */
function isAnswer(text: string): boolean {
  const rest = ANSWER.exec(text)?.[1];
  return rest !== undefined && (rest === '' || isDatePhrase(rest));
}

/** "not yet", "no, not yet, by Friday": how a thing asked about stands, alone or with the day it is for. */
const NOT_YET = /^(?:(?:no|nope|nah)[\s,]+)?not yet(?![\p{L}'’])[\s\p{P}]*(.*?)[\s\p{P}]*$/iu;

/** True when the clause only says a thing is not done yet, or that and a day: a state, not a task. */
function isNotYet(text: string): boolean {
  const rest = NOT_YET.exec(text)?.[1];
  return rest !== undefined && (rest === '' || isDatePhrase(rest));
}

/** Words that name a day; without one, "Bank", "Free one" or "Long one" say nothing of a day. */
const DAY_NAMES = `(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|today|tonight|heute|hoy|hoje|vandaag|aujourd'hui|arvo|weekend|holidays?|hols|feiertag|f[ée]ri[ée]|festivo|feriado|easter|christmas`;
const DAY_NAME = new RegExp(`^(?:${DAY_NAMES})$`, 'i');
/**
 * Words that name or describe a day and nothing to do on it: "Lazy Sunday", "Feiertag heute", "Sunday
 * arvo", "Easter Monday, bank holiday", "Quiet one today", "Day after Christmas". A clause of nothing else is a dateline.
 */
const DAY_WORD = new RegExp(
  `^(?:${DAY_NAMES}|morning|afternoon|evening|night|day|days|one|bank|public|off|lazy|quiet|slow|rainy|sunny|snowy|grey|gray|cold|hot|rest|chill|cosy|cozy|easy|free|long|boxing|eve|new|year's|the|a|another|again|after|before)$`,
  'i',
);

function onlyNamesTheDay(words: string[]): boolean {
  const plain = words.map((word) => word.replace(NOT_WORD_LETTERS, ''));
  return plain.length <= 4 && plain.every((word) => DAY_WORD.test(word)) && plain.some((word) => DAY_NAME.test(word));
}

/**
 * Lines of a pasted message or meeting note that carry no task: headers, attendees, decisions, and
 * the line that only says what is pasted below ("Email from the marina, need to deal with it:").
 */
const MESSAGE_HEADER =
  /^(?:subject|from|to|cc|bcc|date|sent|attendees|present|agenda|decisions?|open\s+(?:q|qs|questions?)|re|fwd?|fw|pros|cons|context|background|blockers?|blocked|impediments)\s*:|^-{2,}.*(?:forwarded|original) message|^(?:(?:an?|the|this|that)\s+)?(?:e-?mail|text|sms|message|letter|voicemail|dm)\s+from\s+[^,.;:!?\d]{1,40}$/i;
// Moods and asides: "ugh", "so much to do", "back from the weekend away", "I'm behind on everything", "anyway", "feels like a lot" (its subject left out), "big week at work", "grey morning" (the weather of a day).
const MOOD =
  /^(?:i'?m|i am|i forgot|i feel|back from|i'?ve been|i was|i had|i spent|i promised|ah+|oh+|feeling|it'?s been|so much|ugh+|argh+|wow|lol|hmm+|ok(?:ay)?|alright|right|so|this week is|today is|here'?s|here is|brain ?dump|anyway|phew|sigh|help|just venting|deep breath|honestly|perfect|proud|thinking about|not sure|not deciding|merry|happy|feels like|seems|looks like|sounds like|turns out|apparently|(?:big|busy|crazy|long|hectic|rough|mad|full|packed|manic|massive|huge|bad|awful|terrible|sleepless|late|early|productive|good|great|lazy|slow|quiet|tough|stressful|exhausting|intense|weird|lovely|nice|chill|grey|gray|rainy|wet|sunny|cold|hot|foggy|misty|windy|snowy|stormy|freezing|gloomy|dreary|cloudy|frosty|muggy|dark)\s+(?:week|day|month|weekend|one|night|morning|afternoon|evening|start|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|too (?:many|much)|not (?:gonna|going to) lie|ngl|tbh|to be honest|(?:so |a )?lots? (?:going on|on|happening|to do)|(?:a )?lot going on)\b/i;
/** True when the text says how the writer is or how things are going: "feeling flat", "rough night", "so much to do". */
export function isMood(text: string): boolean {
  return MOOD.test(text);
}

/** "stop worrying about it", "stop talking now": telling oneself off, not a task. */
const SELF_TALK = /^(?:stop|quit)\s+(?:worrying|stressing|overthinking|panicking|fretting|complaining|talking|rambling|moaning|obsessing|procrastinating)\b/i;
/** "If the waitlist gets 200 signups …": a condition, not an instruction. */
const CONDITION = /^(?:if|when|whenever|once|unless|because|since|as soon as|in case|assuming|although|though|while|which|who|whoever|why|how|what|where)\b/i;
/** A condition whose subject is not the writer: "if it rains", "unless the shop's shut". */
const OTHERS_CONDITION = /^(?:if|unless|provided|assuming|as long as)\s+(?!(?:i|we|i['’]m|we['’]re|i['’]ve|we['’]ve|i['’]ll|we['’]ll)\b)\S/i;
/** A clause whose subject is a person or "it": "I keep forgetting things", "we open the beta". */
const PRONOUN_SUBJECT =
  /^(?:i|we|you|he|she|they|it|(?:he|she|they|it)['’](?:ll|d)|everything|everyone|nobody|someone|somebody|anyone|anybody|things|life|that'?s|there'?s|it'?s|they'?re|we'?re|she'?s|he'?s|you'?re|i['’]d|i['’]ve|we['’]d|we['’]ve|they['’]ve|(?:gentle |friendly |quick )?reminder that|don'?t|do not|never|no need)(?=\s|$|[,.!?])/i;
/** "Back to work and honestly I'm dreading it": a clause that says how the writer is. */
const FIRST_PERSON_STATE = /\b(?:i'?m|i am|i was|i feel|i felt|i think|i know|i guess|i'?ve|my (?:whole |poor )?[a-z]+ (?:is|are|was|were))\b/i;
/** "<something> is …": the subject, the linking verb and what follows ("semana que vem tá pesada", "la caldaia è rotta" in Portuguese and Italian). */
const COPULA =
  /^((?:[\p{L}\p{N}'’&-]+\s+){0,7}?[\p{L}\p{N}'’&-]+?)(?:'s been|’s been|\s+(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|weren'?t|has been|have been|had been|seems?|feels?|looks?|sounds?|keeps?|got|gets?|tá|está|estão|è))(?![\p{L}])\s*(.*)$/iu;
/**
 * A project's own date, stated: "launch date is Jan 15", "Launch target Dec 15", "deadline: Friday";
 * not the word describing a noun that is the subject ("the target list has to reach Ana").
 */
const PROJECT_DATE =
  /^(?:(?:the|our|my|a|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:deadline|target(?: date)?|due date|launch date|release date|go-?live(?: date)?|eta|milestone|race day|wedding day|launch day)\b(?!\s+[\p{L}-]+\s+(?:has|have|needs?|must|should|is|are|was|were)\b)/iu;
/** "we want to ship on June 1", "they plan to launch by March": a team's aim for its project, not a step of it. */
const PROJECT_AIM =
  /^(?:(?:and|so|but)\s+)?(?:we|they|the team)\s+(?:(?:really|still|all)\s+)?(?:want|plan|hope|aim|intend|are going|['’]re going|['’]d like|would like)\s+to\s+(?:ship|launch|release|go live|deliver|publish|open)\s+(?:on|by|in|before|at the end of)\b/i;
/** "Next meeting: Monday 16.11.", "next sync 27/04": a meeting's own date, not something to do. */
const NEXT_MEETING = /^next\s+(?:team\s+|weekly\s+)?(?:meeting|sync|call|catch-?up|check-?in|stand-?up|session|review|retro|one-on-one|1:1)\b/i;
/** What a copula says of a thing whose time comes on a day: "due on the 20th", "overdue since May". */
const DUE_ON_DAY = /^(?:over)?due\b/i;
/** Subjects that are due as a birth or a person's arrival is, nothing to see to: "the baby", "she". */
const BORN_OR_PERSON = /\b(?:baby|babies|twins|i|we|you|he|she|they)$/i;
/** What a copula says about a subject that is a judgement, not a task: "work is a lot". */
const JUDGEMENT =
  /^(?:been\s+)?(?:so |really |very |pretty |kind of |kinda |a bit |super |just |quite |totally |absolutely )*(?:a lot|awful|terrible|horrible|crazy|insane|nuts|busy|hectic|stressful|great|fine|good|bad|rough|tough|nice|lovely|chaos|chaotic|wild|overwhelming|exhausting|boring|slow|meh|ok(?:ay)?|weird|annoying|frustrating|amazing|calm|quiet|mad|manic|full on)\b/i;
/** "Home is a mess", "the office is its own circus", "the shed is a jungle": how a part of life is going, said of it as a whole. */
const IN_A_STATE = /^(?:also |still |just |really |totally |such |an? absolute |a complete |a total )*(?:a|an|its own|their own|one|another) (?:[\p{L}-]+ )?(?:mess|circus|zoo|disaster|nightmare|madhouse|marathon|saga|headache|shambles|story|jungle|tip|pigsty|war zone|bomb site|state)\b/iu;

const PUNCTUATION_RUNS = /[,.;!?]+/g;

/** True when what a copula says of its subject is a judgement: "a lot", "chaos", "a mess", "its own circus". */
export function isJudgement(said: string): boolean {
  const text = trimFiller(said.replace(PUNCTUATION_RUNS, ' '));
  return JUDGEMENT.test(text) || IN_A_STATE.test(text);
}

/** The second word makes a would-be verb a noun: "plan is to …", "order was wrong". */
const NOUN_BEFORE_COPULA = /^[a-z]+\s+(?:is|are|was|were)\b/i;
/** Words that make a subject's verb finite: "Priya will finish …", "the commute would be …". */
const MODAL = new Set(['will', "won't", 'would', 'wont', 'can', "can't", 'cannot', 'could', 'might', 'may', 'already', 'never', 'always', 'just', 'still']);
/** Present forms after a subject that say what is, not what to do: "Sam has the car", "Dana says …". */
const THIRD_PERSON = new Set(['has', 'says', 'reckons', 'thinks', 'wants', 'owns', 'seems', 'feels', 'smells', 'knows', 'loves', 'hates', 'likes', 'lives', 'goes', 'comes', 'arrives', 'opens', 'expires', 'starts', 'ends', 'works', 'reopens', 'lifts', 'takes', 'closes', 'shuts', 'begins', 'renews', 'lapses', 'runs', 'lands', 'departs', 'finishes', 'wants', 'does']);
/** Words that open a noun phrase, never a verb's subject. */
const DETERMINER = /^(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|any|no|every|each)$/i;
/** "Mum's card needs posting", "the carp has to be ordered": a thing said to need doing. */
const NEEDS_DOING = /^((?:[\p{L}\p{N}'’&-]+\s+){0,6}?[\p{L}\p{N}'’&-]+?)\s+(?:needs? to|needs?|has to|have to|must|should|ought to)\s+(?:be\s+)?([a-z]+)\b\s*(.*)$/iu;
/**
 * "Need your updated bank details", "they need your passport number", "we need a copy of your
 * permit": what someone needs of the reader's is something to send them. "I need a haircut" is not.
 */
const REQUESTED = /^(?:(?:we|they|i)(?:'ll|\s+will|\s+would|\s+also|\s+still)*\s+)?(?:also\s+)?needs?\s+((?:a\s+)?cop(?:y|ies)\s+of\s+)?your\s+(\S.*)$/i;
/**
 * "Wants the churn slide redone", "says the venue is booked", "depends on the weather": notes on what
 * someone said or on what a plan hangs on, the subject left out, open with a verb only a third person takes.
 */
const SUBJECT_LEFT_OUT = /^(?:wants|says|thinks|reckons|knows|likes|loves|hates|prefers|suggests|agrees|mentions|promises|hopes|depends|depending)\b/i;
/** A subject, then "needs" or "wants" and a noun phrase: "the car needs its MOT". */
const LACKS = /^(?:[\p{L}\p{N}'’&-]+\s+){1,4}?(?:needs?|wants?)\s+(?:its|a|an|the|new|some|more|their|his|her|my|our)\b/iu;
/** Who a message assigns a task to: someone else's job is a statement, the reader's is a task. */
const FOR_ME = /^(?:me|i|myself|you|everyone|everybody|all|all of us|us|team|[\p{L}]+\s*(?:&|and|\+)\s*me|me\s*(?:&|and|\+)\s*[\p{L}]+)$/iu;

const WHITESPACE = /\s+/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function wordsOf(text: string): string[] {
  return text.split(WHITESPACE).filter((word) => LETTER_OR_DIGIT.test(word));
}

/** Filler that asks for what follows: "I need to", "remember to", "could you", "let's". */
const ASKING =
  /\b(?:need|needs|have|has|got|gotta|must|should|ought|remember|remind|reminder|make sure|let'?s|lets|could|can|would|will|'ll|please|pls|want|wanna|gonna|going|try|trying|time to|forget|keep (?:meaning|forgetting|trying|putting off))\b/i;

/** "URGENT:", "p1 -", "!!": a priority cue leading the clause. */
const PRIORITY_LEAD = /^(?:urgent|asap|important|high prio(?:rity)?|low prio(?:rity)?|p[123])\s*[:!-]+\s*/i;

const NOT_WORD_LETTERS = /[^\p{L}'’]/gu;

/** A verb form that only follows a subject: "lifts", "came", "will". */
function finite(word: string): boolean {
  return presentOrModal(word) || isPastForm(word.toLowerCase().replace(NOT_WORD_LETTERS, ''));
}

/** A verb form of the present or a modal that only follows a subject: "wants", "has", "will" (not "came"). */
export function presentOrModal(word: string): boolean {
  const lower = word.toLowerCase().replace(NOT_WORD_LETTERS, '');
  return MODAL.has(lower) || THIRD_PERSON.has(lower);
}

const PREPOSITION = /^(?:for|to|from|with|of|in|on|at|by|about)$/;
const CONJUNCTION = /^(?:and|or|but|so|because)$/;

/** "Sam has the car", "the plumber came and fixed the sink", "Priya will finish it": a subject doing. */
function subjectDoing(words: string[]): boolean {
  for (let index = 1; index < Math.min(words.length, 6); index++) {
    const word = (words[index] ?? '').toLowerCase().replace(NOT_WORD_LETTERS, '');
    const before = (words[index - 1] ?? '').toLowerCase();
    if (DETERMINER.test(before) || PREPOSITION.test(before)) continue;
    if (MODAL.has(word) || THIRD_PERSON.has(word) || isPastForm(word)) return true;
    if (CONJUNCTION.test(word)) return false;
  }
  return false;
}

/** Present verbs a plural or any subject says without an "-s", which no thing's name carries: "the twins have …", "my teacher say …". */
const PLAIN_PRESENT = /^(?:have|say|think|reckon|know|want|seem|mean)$/;
/** A determiner that opens a subject: "the", "my", "our" (not "a", which opens a thing to get: "a new kettle"). */
const SUBJECT_DETERMINER = /^(?:the|my|our|your|his|her|their|this|that|these|those)$/i;
/** What a thing is, after its contracted "is": "the library's open", "the plasterer's off sick". */
const STATE = /^(?:open|shut|closed|off|out|away|back|late|early|down|here|there|fine|ok|okay|full|empty|busy|free|ready|sick|ill|gone|broken|dead|flat|due|overdue)$/i;

/**
 * "the queue at the post office went round the block", "the van's running rough", "the twins have a
 * sleepover", "my teacher say I improve": a subject opened by a determiner, then its verb or its
 * contracted "is" and what it is, says how things are; no imperative opens with "the" or "my".
 */
function determinedSubjectDoing(words: string[]): boolean {
  if (!SUBJECT_DETERMINER.test(words[0] ?? '')) return false;
  const plain = words.map((word) => word.toLowerCase().replace(NOT_WORD_LETTERS, ''));
  for (let at = 1; at < Math.min(words.length, 8); at++) {
    const word = plain[at] ?? '';
    const next = plain[at + 1] ?? '';
    if (CONJUNCTION.test(word)) return false;
    if (CONTRACTED_IS.test(words[at] ?? '') && next !== '' && (GERUND.test(next) || isPastForm(next) || STATE.test(next))) return true;
    const before = plain[at - 1] ?? '';
    if (at < 2 || DETERMINER.test(before) || PREPOSITION.test(before)) continue;
    if (finite(word) || PLAIN_PRESENT.test(word)) return true;
  }
  return false;
}

/** What follows a subject's past verb, never an imperative's object: "to 2 March", "well", "yesterday". */
const AFTER_PAST = /^(?:to|from|back|up|off|out|again|on|in|until|till|yesterday|today|already|well|badly|fine|great|over|forward|ahead|by|last|smoothly|through|ok(?:ay)?)$/i;
/** Verbs an imperative follows with a past participle: "get paid", "have it fixed", "keep posted". */
const BEFORE_PARTICIPLE = /^(?:get|got|have|keep|leave|stay|become|make)$/i;

const NOT_LETTERS = /[^\p{L}]/gu;
/** "Order's", "Parcel’s": a word and a contracted "is" (or its owner's mark), never an imperative; not "let's". */
const CONTRACTED_IS = /^(?!let['’]s$)\p{L}+['’]s$/iu;

/**
 * "Launch moved to 2 March", "Call went well", "Ship slipped": a first word that could be a verb,
 * then a past form, is a noun and what happened to it; an imperative's next word is its object
 * ("Buy used books": the past form describes the object that follows).
 */
function subjectThenPast(words: string[]): boolean {
  const [first = '', second = '', third] = words;
  // "Order's in your name", "Delivery's late": a verb takes no "is", so the word is a thing and what it is.
  if (CONTRACTED_IS.test(first) && second !== '') return true;
  if (BEFORE_PARTICIPLE.test(first)) return false;
  if (isPastForm(second.replace(NOT_WORD_LETTERS, ''))) return third === undefined || AFTER_PAST.test(third.replace(NOT_LETTERS, ''));
  return compoundThenVerb(words);
}

/** Words that end a noun phrase before a verb could follow it: a determiner, a preposition, a pronoun. */
const NOT_IN_COMPOUND = /^(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|any|for|to|from|with|of|in|on|at|by|about|it|him|them|me|us|and|or|if|whether|what|when|where|who|whom|how|why|which|whose)$/i;
const COPULA_WORD = /^(?:is|are|was|were)$/i;
/** After a compound, what only a verb takes: "came back", "went well" ("delivered to the office" describes the thing). */
const AFTER_COMPOUND_PAST = /^(?:back|up|off|out|again|yesterday|today|already|well|badly|fine|great|over|through|smoothly|ok(?:ay)?)$/i;

/**
 * "Oil change is 500 miles overdue", "check engine light came back": a verb-like first word in a
 * bare compound of two or three words (no determiner or preposition among them), then "is" or a
 * past form said of it, is a thing and what it is or what happened to it; an imperative's object
 * would not be followed by a verb ("book flights Sam recommended" ends on its past form).
 */
function compoundThenVerb(words: string[]): boolean {
  const plain = words.map((word) => word.replace(NOT_LETTERS, ''));
  for (const at of [2, 3]) {
    const verb = plain[at] ?? '';
    if (plain.slice(1, at).some((word) => word === '' || NOT_IN_COMPOUND.test(word))) return false;
    if (COPULA_WORD.test(verb)) return at + 1 < plain.length;
    if (isPastForm(verb.toLowerCase())) return AFTER_COMPOUND_PAST.test(plain[at + 1] ?? '');
  }
  return false;
}

/**
 * "deal with this", "order it", "sort it out": a task whose only object points at something said
 * elsewhere (an email above, a sentence before); the title alone will not say what to do, so it is
 * offered rather than created.
 */
const POINTS_ELSEWHERE =
  /^[\p{L}'’-]+(?:\s+(?:with|into|about|on|at|over|up|out|off|to))?\s+(?:(?!IT\b)it|this|that|them|both|there|(?:all|each|both|some|one) of (?:them|those|these))(?:\s+(?:out|up|off|over|back|in|through))?(?:[\s,.!?]+(?:(?:before|by|on|for|after|until|till|when|once|if|this|next|tomorrow|today|tonight|asap|soon|later|now)\b.*)?)?[\s.!?]*$/iu;

/**
 * "take it to the shop", "pick them up at 3": the thing the task is done to is a pronoun, whose
 * name only the sentences around it give, so the pronoun's title is offered. A person's pronoun
 * ("call her", "pick him up at the station") leaves the task whole: what to do is said, and who
 * is someone the writer knows (the title names them where the text before does).
 */
// "Call IT about the printer": the department is written in capitals. "send them the revised quote": "them"
// is whom it goes to, and the thing is named after it.
const NAMES_BY_PRONOUN =
  /^[\p{L}'’-]+(?:\s+(?:up|out|off|back|over|in|down|round|around))?\s+(?:[Ii]t|[Tt]hem(?!\s+(?:the|a|an|my|our|your|his|her|their|some|these|those)\s))\b/u;

/**
 * "answer her", "give him an answer", "tell her yes or no", "call him about it": a person is named by
 * a pronoun and what to tell them only by the text before (a reply, or a pronoun topic), so the
 * title alone does not say what the task is about.
 */
const PERSON_ABOUT_ELSEWHERE =
  /^(?:(?:answer|reply to|respond to|get back to)\s+(?:him|her|them)|(?:give|tell|send)\s+(?:him|her|them)\s+(?:(?:an?|my|our)\s+)?(?:answer|reply|decision|yes|no)|[\p{L}'’-]+\s+(?:him|her|them)\s+about\s+(?:it|them|that|this|those))(?![\p{L}'’])/iu;

/** "I promised Dad I'd help him …": the person a promise was made to is who the pronoun after it names. */
const PROMISED_SOMEONE = /\b(?:promised|told|offered)\s+(?!to\b)(?:my\s+|our\s+|the\s+)?[\p{L}'’-]+\s+(?:i|we)(?:['’]d|['’]ll|\s+would|\s+will)\s/iu;

/**
 * True when a task names what it is about only by a pronoun. Asked of a sentence's first clause:
 * after "finish the slides and send them to Raj" the pronoun's thing is in the same sentence.
 */
export function namesByPronoun(clause: string): boolean {
  const text = trimFiller(clause.trim());
  if (PROMISED_SOMEONE.test(clause)) return false;
  return startsWithVerb(text) && (POINTS_ELSEWHERE.test(text) || NAMES_BY_PRONOUN.test(text) || PERSON_ABOUT_ELSEWHERE.test(text));
}

/** Verbs that say something happens rather than that someone does it ("Groceries pick up" is a to-do). */
const HAPPENING = /^(?:go|come|start|begin|finish|end|open|close|shut|arrive|leave|change|move|run|happen|expire|restart|resume|return)$/;
/** What follows an intransitive verb: "go out", "go forward", "start again". */
const PARTICLE = /^(?:out|in|up|down|off|on|back|forward|forwards|away|over|ahead|again|early|late|today|tonight|tomorrow)$/i;

const THIRD_PERSON_FORM = /^[a-z]{2,}[^s'’]s$/;

/**
 * "Clocks go forward", "Bins go out Tues night", "the shop closes early": a thing (a plural, or a
 * noun after "the"/"my") and a verb in the present, saying what happens, not what to do.
 */
function thingsDo(words: string[]): boolean {
  const plain = words.map((word) => word.toLowerCase().replace(NOT_WORD_LETTERS, ''));
  const [first = '', second = '', third] = plain;
  if (THIRD_PERSON_FORM.test(first) && !startsWithVerb(first) && HAPPENING.test(second)) {
    return third === undefined ? words.length === 2 : PARTICLE.test(third);
  }
  // "School hols end 19/4", "swim lessons start Monday": a thing named by two words and what happens to it, on a day.
  if (!startsWithVerb(first) && THIRD_PERSON_FORM.test(second) && HAPPENING.test(third ?? '')) {
    const rest = words.slice(3).join(' ');
    return rest === '' || PARTICLE.test(plain[3] ?? '') || isDatePhrase(rest);
  }
  if (!DETERMINER.test(first) || startsWithVerb(second)) return false;
  const verb = [plain[2], plain[3]].findIndex((word) => word !== undefined && THIRD_PERSON_FORM.test(word) && verbBase(word) !== null);
  return verb >= 0 && plain[verb + 3] !== undefined;
}

/**
 * "sign-up closes on the 9th", "beta 3.1 slips to the 20th", "parcel came Monday", "frost's forecast
 * for Sunday": a thing of a word or two (a version number may follow it), a verb saying what
 * happens to it — one a thing does by itself, said in the present or the past — and only its day.
 * The thing's first word may read as a verb ("sign", "release", "invoice"), but no imperative
 * carries such a verb straight after its object.
 */
const THING_HAPPENS_ON_DAY =
  /^([\p{L}'’-]+(?:\s+(?:v?\d[\d.]*|(?!(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|any|all)\b)[\p{L}'’-]+))?)(?:\s+|['’]s\s+|\s+is\s+)(?:closes|reopens|opens|ends|starts|begins|slips|slipped|came|arrived|arrives|lands|landed|expires|lapses|shuts|launches|forecast|expected)\s+(?:(?:on|to|for|until|till|at)\s+)?(.+?)[\s.!]*$/iu;

/** True when the clause only says what happens to a thing on a day, with nothing of the writer's to do. */
function thingHappensOnDay(text: string): boolean {
  const said = THING_HAPPENS_ON_DAY.exec(text);
  return said?.[2] !== undefined && isDatePhrase(said[2]);
}

/** Words that describe a thing rather than name someone: "New shoes for both". */
const DESCRIBING = /^(?:new|old|more|extra|spare|big|small|clean|fresh|free|last|next|first|other|kids|school|weekly|daily|monthly|annual|yearly)$/i;

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const ADVERB_ENDING = /ly$/i;

/** "Emil basically sleeps in his snowsuit", "Dana says …": a name, then what they do. */
function nameDoing(words: string[]): boolean {
  const first = words[0] ?? '';
  if (!CAPITALISED_WORD.test(first) || startsWithVerb(first) || DESCRIBING.test(first)) return false;
  const next = ADVERB_ENDING.test(words[1] ?? '') ? words[2] : words[1];
  return next !== undefined && THIRD_PERSON_FORM.test(next);
}

/** "Dr. Kim", "Prof Lind": a title before a name. */
const HONORIFIC = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sr|Sra|Herr|Frau)\.?\s+)?`;
const NAME_THEN_TO_VERB = new RegExp(String.raw`^(${HONORIFIC}[\p{Lu}][\p{L}'’-]*(?:\s*(?:&|and)\s*[\p{L}'’-]+)?)\s+to\s+([a-z]+)`, 'u');
/** "Tomás out next week", "Siobhan away until Monday", "Ingrid off sick": where someone is, not a task. */
const NAME_AWAY = new RegExp(String.raw`^${HONORIFIC}(\p{Lu}[\p{L}'’-]+)\s+(?:is\s+|will be\s+|['’]s\s+)?(?:out|away|off|ooo|on (?:leave|holiday|vacation|pto|parental leave))\b`, 'u');

/** True when the clause says where someone named is: the name is no English word ("Bins out" is a task). */
function nameAway(text: string): boolean {
  const name = NAME_AWAY.exec(text)?.[1];
  // "We're out of milk": a pronoun shortened with its verb is no name.
  return name !== undefined && !isEnglishWord(name) && !CONTRACTED.test(name);
}

const CONTRACTED = /['’](?:re|ll|ve|d|m)$/i;

/** "Karen to organise the roster": an assignment; true when it is someone else's. */
function assignedToOther(text: string): boolean {
  const match = NAME_THEN_TO_VERB.exec(text);
  if (match?.[1] === undefined || match[2] === undefined || FOR_ME.test(match[1])) return false;
  // "Okello to service the pulper": a word the verb list lacks is a verb still when an object follows it.
  return startsWithVerb(match[2]) || OBJECT_NEXT.test(text.slice(match.index + match[0].length));
}

/** The opening of a verb's object: "… the pulper", "… his report". */
const OBJECT_NEXT = /^\s+(?:the|a|an|his|her|their|our|my|your|all|some)\s/i;

const ASSIGNEE_THEN_TO = /^([\p{L}'’-]+(?:\s*(?:&|and|\+)\s*[\p{L}'’-]+)?)\s+to\s+(?=[a-z]+)/u;

/** "Me to email the principal" → "email the principal". */
function withoutOwnAssignment(text: string): string {
  const match = ASSIGNEE_THEN_TO.exec(text);
  return match?.[1] && FOR_ME.test(match[1]) && startsWithVerb(text.slice(match[0].length)) ? text.slice(match[0].length) : text;
}

const LEADING_DETERMINER = /^(?:The|A|An|My|Our|Your)\b/;
const REMINDER_THAT = /^(?:(?:just|also|a|another|gentle|friendly|quick|final|last)\s+)*reminders?\s+that\s+/i;
const TO_SOMEWHERE = /^(?:back\s+)?to\s+\S/i;
const PERSONAL_PRONOUN = /^(?:i|we|you|he|she|they|it)$/i;
const TO_SOMEONE_NAMED = /^(?:back\s+)?to\s+\p{Lu}/u;
const AND_RETURNED = /^and\s+(?:back|in|returned|handed in|sent off)\b\s*/i;

/**
 * "Mum's birthday card needs posting" → "post Mum's birthday card"; "the carp has to be ordered
 * for Wigilia" → "order the carp for Wigilia"; "the forms have to go to Priya" (or "reach Priya") →
 * "send the forms to Priya". Null when the clause is not of that shape.
 */
function doingNeeded(text: string): string | null {
  // "Reminder that timesheets must be submitted by …": what the reminder is of needs doing.
  const match = NEEDS_DOING.exec(text.replace(OPENING_QUOTES, '').replace(REMINDER_THAT, ''));
  if (!match?.[1] || !match[2]) return null;
  const thing = match[1].replace(LEADING_DETERMINER, (determiner) => determiner.toLowerCase());
  // "the Q4 numbers have to go to Linda" → "send the Q4 numbers to Linda"; "the tree has to go to
  // the curb" → "take the tree to the curb": a thing that has to go somewhere is sent or taken there.
  const goes = match[2].toLowerCase() === 'go' && TO_SOMEWHERE.test(match[3] ?? '') && !PERSONAL_PRONOUN.test(match[1]);
  if (goes) return `${TO_SOMEONE_NAMED.test(match[3] ?? '') ? 'send' : 'take'} ${thing} ${match[3]}`;
  // "the draft has to reach the editor by noon" → "send the draft to the editor": what has to reach someone is sent.
  if (match[2].toLowerCase() === 'reach' && match[3] && !PERSONAL_PRONOUN.test(match[1])) return `send ${thing} to ${match[3]}`;
  const base = verbBase(match[2]);
  if (!base || base === match[2].toLowerCase() || startsWithVerb(match[1])) return null;
  // "… has to be signed and back by Friday": "and back" is the state it should be in, not a second task.
  const rest = (match[3] ?? '').replace(AND_RETURNED, '');
  return `${base} ${thing}${rest ? ` ${rest}` : ''}`;
}

/**
 * "can you take that?", "could you grab this one for me?": asking the reader to take on the job just
 * said, which is the task; the asking names nothing more to do ("for me" may already name the sender).
 */
const TAKE_IT_ON =
  /^(?:(?:so|and|also)\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:take|grab|own|handle|pick(?:\s+up)?|cover)\s+(?:that|this|it)(?:\s+(?:one|on|over|up))?(?:\s+for\s+(?:me|us|\p{Lu}[\p{L}'’-]*))?(?:\s+please)?[\s?!.]*$/iu;

/** "Hi team," "Hey Sam": the opening of a message. */
export function isGreeting(text: string): boolean {
  return GREETING.test(text.trim());
}

/** The one name a greeting ends on: "Hi Sam,", "Dear Ms. Mori,", "Good morning Priya!". */
const GREETED_NAME = /(?:^|\s)(?:(?:Mrs?|Ms|Mx|Dr|Prof)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+)[\s,!]*$/u;
/** Words a greeting may end on that name no one person. */
const GROUP_GREETED = /^(?:team|all|everyone|everybody|folks|guys|there|y'?all)$/i;
const GREETING_WORDS_MAX = 4;
/** "Hi Sam and Jo", "Hey Sam, Jo": two people greeted, neither the one reader. */
const GREETED_PAIR = /\s(?:and|&)\s|,\s*\S/i;

/**
 * The person a message's greeting addresses ("Hi Sam," → "Sam"): the reader of the message, whom its
 * "Sam: confirm the delivery window" gives the step to. Null for a greeting to a group or to no one.
 */
export function greetedReader(text: string): string | null {
  const line = text.trim();
  if (!GREETING.test(line) || wordsOf(line).length > GREETING_WORDS_MAX || GREETED_PAIR.test(line)) return null;
  const name = GREETED_NAME.exec(line)?.[1];
  return name === undefined || GROUP_GREETED.test(name) || GREETING.test(name) ? null : name;
}

/** "Happy Easter,", "Happy holidays,": a wish over the name, with a letter's closing comma (a greeting ends "!"). */
const WISH_CLOSE = /^happy\s+[\p{L}'’. ]{3,30},$/iu;

/** "Best," "Thanks!" "Cheers, Sam": the close of a message; what follows is a signature. */
export function isSignOff(text: string): boolean {
  return (SIGN_OFF.test(text.trim()) || WISH_CLOSE.test(text.trim())) && wordsOf(text).length <= 4;
}

/** Whether a "Name: …" label in a message gives the task to the reader ("Me:", "Everyone:", or the name the greeting addressed). */
export function isForReader(owner: string, reader: string | null = null): boolean {
  return FOR_ME.test(owner.trim()) || (reader !== null && owner.trim().toLowerCase() === reader.toLowerCase());
}

/** Where a clause stands: a list item of its own (a bare noun is a task), or one sentence of several. */
export interface ClauseSetting {
  listed: boolean;
  inProse: boolean;
  /** The clause is all its sentence says, and the sentence after does not act on it: "truck rego expires 1/31" on a line of its own. */
  alone?: boolean;
}

const BRACKETED_OR_UNCLOSED = /\([^)]*\)?/g;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]/gu;
/**
 * "don't forget the charger", "mustn't forget Leo's kit": not forgetting a named thing ("don't forget it" points
 * elsewhere; "don't forget Mum's birthday" is an occasion, whose task, a call or a card, is said beside it).
 */
const FORGET_NOT_THING = /^(?:[Dd]on['’]?t|[Dd]o not|[Mm]ustn['’]?t|[Mm]ust not)\s+forget\s+(?:(?:the|my|our|your|his|her|their|a|an|some)\s|\p{Lu})(?!.*\b(?:birthday|bday|anniversary)\b)/u;
/** "don't …", "never …", and "not setting an alarm", "not bothering with the card": what the writer won't do ("not forgetting the cake" adds one); "couldn't …", "didn't …": what did not happen. */
const NEGATED_START = /^(?:don'?t|do not|never|not\s+(?!forgetting\b)[a-z]{2,}ing|(?:couldn|didn|wasn|weren)['’]?t|(?:could|did|was|were) not)\b/i;
/**
 * "yesterday we go to the beach", "last night the baby slept through": a day gone by opens a report, whatever tense a
 * learner of English gives its verb; nothing is left to do on it, as with what is done ("yesterday's washing" names a thing).
 */
const PAST_DAY_LEAD = new RegExp(`^(?:yesterday|the day before yesterday|the other day|last (?:night|week|weekend|month|year|${WEEKDAY_NAMES}))(?!['’\\p{L}])`, 'iu');
/**
 * "has anyone seen my scarf", "could the parcel be at the depot", "do we still have the charger": a question without its
 * mark, an auxiliary then its subject; "do the dishes" and "have the car serviced" put an object there ("did anyone …"
 * is said of the past, which the past forms read as done), and "can someone …", "could we …" ask or offer a task.
 */
const ASKED_WITHOUT_MARK =
  /^(?:(?:does|is|are|was|were|should|might)\s+(?:anyone|anybody|someone|somebody|everyone|it|he|she|they|we|i|there|the|my|our|his|her|their|this|that)|(?:could|would|will|can)\s+(?:it|he|she|they|there|the|my|our|his|her|their|this|that)|(?:do|has|have)\s+(?:anyone|anybody|someone|somebody|everyone|he|she|they|we|i|you))\b/i;
/** "should we bother with a tree this year", "shall I ask for a refund": a choice the writer weighs (its mark may be cut), offered rather than created. */
const SELF_QUESTION = /^(?:should|shall)\s+(?:we|i)\s/i;
/** "omw", "on my way home now", "otw back": where the writer is, a text's status, nothing to do. */
const ON_MY_WAY = /^(?:omw|otw|on my way)(?:\s+(?:home|back|in|over|out|there|now|soon))*[\s.!]*$/i;
/** "no school on Monday", "no swimming this week", "no bins till Friday": what will not be on, a state of things. */
const ABSENT = /^no\s+(?!(?:need|one|idea)\b)\p{L}/iu;
/** A thing (a word or two, not the writer or the reader) and a negated verb: "school doesn't start", "the lift isn't working". */
const THING_NEGATED =
  /^(?!(?:i|we|you)\b)(?:(?:the|my|our|his|her|their|this|that)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:doesn['’]?t|didn['’]?t|won['’]?t|isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|hasn['’]?t|can['’]?t|couldn['’]?t)\s/iu;
/** A short happening said to come round again: "power cuts again", "roadworks at last". */
const HAPPENING_AGAIN = /^[\p{L}'’ -]{2,40}?\s+(?:again|yet again|as usual|at last)[.!]*$/iu;
const GERUND = /^\p{L}{3,}ing$/u;
const DIGIT = /\d/;

/** "Tita Luz: ", "Kuya Ben: ": who says a line of a pasted chat, one to three capitalised words. */
const SPEAKER = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}:\s+(?=\S)/u;

const OPENING_QUOTES = /^["“„«‘']+\s*/u;

/** Reads one clause (already split from its sentence, with its label and leading day removed). */
export function readClause(clause: string, setting: ClauseSetting): ClauseReading {
  // "Tita Luz: Good morning!", "Kuya Ben: we're 4": a speaker's greeting or news is no task, as it
  // would not be unlabelled; a label over something to do ("Garden: water the roses") reads as before.
  const spoken = SPEAKER.exec(clause.trim());
  if (spoken) {
    const said = readUnlabelled(clause.trim().slice(spoken[0].length), setting);
    if (said.kind !== 'task') return said;
  }
  // "Next week I must finish setting up the laptop", "On Friday we have to return the van", "by Wednesday drop a
  // spare inhaler": the day said first leaves the clause as asking as it is without it. "I promised to bake scones and to ask Mr Patel …": the
  // second step keeps the "to" of the first.
  const whole = clause.trim();
  const dayLed = DAY_BEFORE_ASKING.exec(whole) ?? DAY_BEFORE_VERB.exec(whole);
  const led = dayLed?.[1] && isDatePhrase(dayLed[1]) ? dayLed[0] : (INFINITIVE_LEAD.exec(whole)?.[0] ?? null);
  if (led !== null) {
    const unled = readUnlabelled(whole.slice(led.length), setting);
    if (unled.kind === 'task' && unled.confidence >= ASKED) return { ...unled, text: clause };
  }
  return readUnlabelled(clause, setting);
}

/** A few words before the writer says they need to: the day, when those words name one. */
const DAY_BEFORE_ASKING = /^((?:[\p{L}\p{N}'’.]+\s+){1,4}?)(?=(?:i|we)\s+(?:really\s+|also\s+|still\s+)?(?:need|have|must|should|gotta|got|ought)\b)/iu;
/** "by Wednesday drop a spare inhaler …", "tomorrow ring the bank": a deadline or day said before the step. */
const DAY_BEFORE_VERB =
  /^((?:by|before|on|until|till|this|next)\s+[\p{L}\p{N}'’]+|today|tonight|tomorrow|tmrw|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?\s+(?=\p{Ll})/iu;
/** "to ask Mr Patel …": a step in the infinitive, said after another. */
const INFINITIVE_LEAD = /^to\s+(?=[a-z])/i;

/** "I promised Mum I'd visit": a verb that takes a person, promised with nothing after it but a day, and whom it was promised to. */
const PROMISED_ALONE = /^(?:.*?\b(?:promised|told)\s+((?:my\s+)?[\p{L}'’-]+)\s+(?:i|we)(?:['’]d|['’]ll|\s+would|\s+will)\s+)(visit|call|ring|phone|text|email|see)\b(.*?)[.!]*$/iu;

/** "I promised Mum I'd visit this weekend" reads as "visit Mum this weekend": the person is the verb's object. */
function withPromisedPerson(text: string): string {
  const promised = PROMISED_ALONE.exec(text);
  if (!promised?.[1] || !promised[2]) return text;
  const after = (promised[3] ?? '').trim();
  return after === '' || isDatePhrase(after) ? `${promised[2]} ${promised[1]}${after === '' ? '' : ` ${after}`}` : text;
}

/** "invoice #2217", "order no. 4471", "ticket 2217-B": a thing and the number or code naming which one. */
const CODE_MARK = String.raw`(?:#\s*|no\.?\s*|nr\.?\s*)`;
const CODE = String.raw`${CODE_MARK}?[\p{L}-]*\d[\p{L}\d/-]*`;
const THING_THEN_CODE = new RegExp(String.raw`^[\p{L}-]+\s+${CODE_MARK}[\p{L}-]*\d`, 'iu');
/**
 * "invoice #2217 overdue", "parcel missing again", "order 4471 delayed", "refund still not in": a
 * thing (and its code) and the state it is in.
 */
const THING_IN_STATE = new RegExp(
  String.raw`^[\p{L}-]+(?:\s+${CODE})?\s+(?:still\s+)?(?:overdue|late|pending|missing|delayed|unpaid|outstanding|expired|cancell?ed|lost|stuck|broken|approved|rejected|declined|bounced|refunded|returned|not\s+(?:yet\s+)?(?:in|here|back|through|arrived|received|cleared)(?:\s+yet)?)(?:\s+(?:again|since\b.*|for\b.*|by\b.*|today|yesterday|now))?[\s.!]*$`,
  'iu',
);

/** Whether `text` names a thing and the state it is in ("invoice #2217 overdue"), its first word no verb. */
export function isThingInState(text: string): boolean {
  return THING_IN_STATE.test(text);
}

const CLOCK_TIME = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)`;
/** Days said as a habit, never one date: "on Sundays", "weekdays", "every Friday", "daily". */
const EVERY_DAY = String.raw`(?:(?:on|at)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekdays|weekends|week\s?nights|bank\s+holidays|(?:every|each)\s+(?:day|night|[a-z]+day)|daily|nightly)`;
/**
 * "the library shuts at 4", "Pool opens 6:30 on weekdays", "the shop is closed till noon on
 * Sundays": a subject, a verb of opening or closing in the present and a clock time, with no date
 * or only days as a habit: when a place is open, which the writer notes, not a task or an event.
 */
const OPENING_HOURS = new RegExp(
  String.raw`^(?:[\p{L}'’&-]+\s+){1,4}?(?:opens|closes|shuts|reopens|(?:is|are)\s+(?:open|closed|shut))(?:\s+(?:early|late|again))?\s+(?:(?:at|till|til|until|from|by|before|after)\s+)?${CLOCK_TIME}(?:\s*(?:-|–|to|till|until)\s*${CLOCK_TIME})?(?:\s+${EVERY_DAY}(?:\s+(?:and|&)\s+${EVERY_DAY})?)?[\s.!]*$`,
  'iu',
);

/** "remember (that) the gas man comes Thursday": what follows "remember" when it is no "remember to". */
const REMEMBERED_STATEMENT = /^remember:?\s+(that\s+)?(?!to\b)(\S.*)$/i;

/** "Renew passport – expires in June", "pay rent, due Friday": a mark after the second word starts another clause. */
const BREAK_AFTER_SECOND = /^\S+\s+[^\s,;:]+(?:[,;:]|\s+[-–—](?:\s|$))/;

/** A first word that may open a day ("tomorrow", "next", "Fri", "2027-11-05"): the cheap test before the date reader. */
const MAY_OPEN_DAY = /^(?:\d|to(?:day|night|nite|morrow)|tmrw|2moro|2nite|next|this|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;

/** What follows a day of a word or two when it opens with a task verb ("tomorrow renew the permit", "next week ring the builder"), or null. */
function dayThenVerb(words: string[]): string | null {
  if (!MAY_OPEN_DAY.test(words[0] ?? '')) return null;
  for (const at of [1, 2]) {
    if (words.length <= at || !isDatePhrase(words.slice(0, at).join(' '))) continue;
    const rest = words.slice(at).join(' ');
    if (startsWithVerb(rest)) return rest;
  }
  return null;
}

/**
 * An itinerary's booked leg or stay, pasted from the booking: "FJ411 NAN 09:30 → AKL 13:05" (two
 * airport codes joined by an arrow or dash, with a flight number or a time), "Hotel check-in: Jetpark
 * Auckland Airport (1 night)". What is booked is to know, not to do; "check in online for the flight" asks.
 */
const AIRPORT_TO_AIRPORT = /\b[A-Z]{3}(?:\s+\d{1,2}[:.]\d{2})?\s*(?:→|->|–|—|-)\s*[A-Z]{3}\b/;
const FLIGHT_NUMBER_OR_TIME = /\b(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{1,4}\b|\b\d{1,2}[:.]\d{2}\b/;
const STAY_BOOKED = /(?:^|\s)(?:hotel\s+|room\s+)?check[\s-]?(?:in|out)\s*:\s*\p{Lu}/iu;

function isBookedTravel(text: string): boolean {
  return (AIRPORT_TO_AIRPORT.test(text) && FLIGHT_NUMBER_OR_TIME.test(text)) || STAY_BOOKED.test(text);
}

function readUnlabelled(clause: string, { listed, inProse, alone = false }: ClauseSetting): ClauseReading {
  const text = withPromisedPerson(withoutOwnAssignment(clause.trim()));
  // "the gas fitter comes on the 9th and someone has to be home": being home for the visit is the task.
  const homeForVisit = joinedHomeForVisit(text);
  if (homeForVisit !== null) return { kind: 'task', confidence: ASKED, text: homeForVisit };
  // Brackets are remarks and "URGENT:" a cue: neither says what kind of clause this is.
  const bare = text.replace(BRACKETED_OR_UNCLOSED, ' ').replace(PRIORITY_LEAD, '').trim();
  const trimmed = trimFiller(bare);
  const words = wordsOf(trimmed);
  if (trimmed.replace(NOT_LETTERS_OR_DIGITS, '').length < 2) return { kind: 'noise' };
  // A pasted message in quotes opens with its quotation mark: '"Good morning team' is still a greeting.
  const unquoted = text.replace(OPENING_QUOTES, '');
  if (GREETING.test(unquoted) || WISH.test(unquoted) || COURTESY.test(unquoted) || MESSAGE_FORMULA.test(unquoted) || SIGN_OFF.test(unquoted) || NOTHING.test(trimmed) || MESSAGE_HEADER.test(text) || SELF_TALK.test(trimmed) || onlyNamesTheDay(words) || isAnswer(unquoted)) {
    return { kind: 'noise' };
  }
  if (ON_MY_WAY.test(bare)) return { kind: 'noise' };
  // "the library shuts at 4", "pool opens 7am on weekdays": a place's hours are to know, not to do, nor a day's event.
  if (OPENING_HOURS.test(trimmed)) return { kind: 'noise' };
  if (isBookedTravel(trimmed)) return { kind: 'noise' };
  if (TAKE_IT_ON.test(unquoted.trim())) return { kind: 'noise' };
  // "- TOPIK registration closes Friday" on a line of its own, "Cantine registration closes on the 31st." a sentence of
  // its own: paperwork due by its closing day. With more in its sentence ("open enrollment ends Nov 15 - pick a plan",
  // "the grant application is due 9/15, and for that I need …") the rest is the task; opening with a verb ("renew the
  // car registration, due 1/15") it asks.
  const closing = alone ? closingPaperwork(trimmed) : null;
  if (closing !== null) return { kind: 'task', confidence: startsWithVerb(trimmed) ? ASKED : inProse ? NAMED : NAMED_IN_LIST, text: closing };
  if (PROJECT_DATE.test(trimmed) || NEXT_MEETING.test(bare) || PROJECT_AIM.test(bare)) return { kind: 'statement', confidence: STATEMENT, text };
  if (assignedToOther(trimmed) || nameAway(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  // Only filler that asks makes a task of what follows: "I need to …" does, "ok I think …" does not.
  const asked = ASKING.test(bare.slice(0, Math.max(0, bare.indexOf(trimmed))));
  // "Press embargo lifts on launch day": a verb-like first word with its own verb after is a noun.
  // "invoice #2217 overdue": a word before a code or a state it is in is a thing, not a verb.
  const nounFirst =
    NOUN_BEFORE_COPULA.test(trimmed) ||
    THING_THEN_CODE.test(trimmed) ||
    isThingInState(trimmed) ||
    (words.length > 2 && !DETERMINER.test(words[1] ?? '') && finite(words[2] ?? '') && !BREAK_AFTER_SECOND.test(trimmed));
  // "Do not forget this again", "don't quit the day job": a warning to oneself, not a task; "Not
  // cooking tonight": a plan not to do something, not a task either.
  // "don't forget the school photo money", "mustn't forget Leo's kit": a thing to remember to take or bring, as "remember the charger" is.
  if (FORGET_NOT_THING.test(trimmed)) return { kind: 'task', confidence: ASKED, text };
  if (PAST_DAY_LEAD.test(trimmed)) return { kind: 'noise' };
  if (ASKED_WITHOUT_MARK.test(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  if (SELF_QUESTION.test(bare)) return { kind: 'task', confidence: FRAGMENT, text };
  if (NEGATED_START.test(trimmed) || ABSENT.test(trimmed) || isNotYet(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  // "Nursery doesn't open till Monday", "the ferry isn't running": a subject and a negated verb say how things are; no order is said so.
  if (THING_NEGATED.test(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  if (ATTENDING.test(trimmed) && (words.length === 2 || isDatePhrase(words.slice(2).join(' ')))) return { kind: 'statement', confidence: STATEMENT, text };
  // "I need to relax more": a wish about how to live, however it is asked.
  if (isWellbeingWish(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  // "Jo and I are driving up on Friday", "I keep putting off ringing the bank", "physio got moved to
  // Tue at 3:30": the writer's own step or slot, said as news.
  const planned = plannedStep(trimmed) ?? movedSlot(trimmed);
  if (planned !== null) return { kind: 'task', confidence: NAMED, text: planned };
  const requested = REQUESTED.exec(bare);
  // "a copy of your certificate" is a copy of the certificate: the reader's own thing.
  if (requested?.[2]) return { kind: 'task', confidence: NEEDED, text: `send ${requested[1] ? `${requested[1]}the ` : ''}${requested[2]}` };
  // "we're out of dishwasher pods", "Kids need new gumboots": the task the lack implies.
  const lacking = taskOfNeed(trimmed, bare.slice(0, Math.max(0, bare.indexOf(trimmed))));
  if (lacking) return { kind: 'task', confidence: NEEDED, text: lacking.task, implied: lacking };
  // "I owe Kalle a call about the anvil": a debt to someone is the doing that pays it.
  const owed = owedTask(trimmed);
  if (owed !== null) return { kind: 'task', confidence: ASKED, text: owed };
  if (isRemark(bare, trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  if (isMusing(trimmed)) return { kind: 'task', confidence: FRAGMENT, text };
  // "Remember the tank cleaning is on Tuesday": what to remember is a statement, a note or an event
  // on its day, not a task; "remember to …" asks, and "remember the charger" names what to do.
  // After "that" it is a statement whatever it reads as alone ("remember that the library shuts at 4").
  const remembered = REMEMBERED_STATEMENT.exec(trimmed);
  const toRemember = remembered?.[2];
  if (toRemember) {
    const said = readUnlabelled(toRemember, { listed: false, inProse });
    if (said.kind === 'statement' || (said.kind === 'task' && said.confidence === EVENT)) return said;
    if (remembered[1] && !startsWithVerb(toRemember)) return { kind: 'statement', confidence: STATEMENT, text: toRemember };
  }
  // "sign-up closes on the 9th": its first word reads as a verb, but the clause says what happens on a day.
  if (thingHappensOnDay(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  if (startsWithVerb(trimmed) && !nounFirst && !subjectThenPast(words)) {
    return { kind: 'task', confidence: ASKED, text };
  }
  // "ok tomorrow renew the permit": the day said after dictation's filler, then what to do, as "tomorrow renew the permit" reads
  // ("2027-11-05 deploy freeze starts" says what happens on the day).
  const afterDay = dayThenVerb(words);
  if (afterDay !== null && readUnlabelled(afterDay, { listed, inProse }).kind === 'task') return { kind: 'task', confidence: NAMED, text };
  // "waiver forms reprinted by Sat": the state a thing should be in by a day.
  if (isWantedResult(trimmed)) return { kind: 'task', confidence: listed ? NAMED_IN_LIST : NAMED, text };
  // "Filed the tax extension", "Paid off the car": done already.
  const first = words[0] ?? '';
  // "Skipping the Super Bowl party this year": what one is doing, not a to-do.
  if (!asked && GERUND.test(first) && verbBase(first) !== first.toLowerCase() && !startsWithVerb(first) && !describedByUse(words[1] ?? '')) return { kind: 'statement', confidence: STATEMENT, text };
  if (!asked && isPastForm(first) && verbBase(first) !== null) return { kind: 'noise' };
  // "I'm going to bed.": one bare word after the asking, among other sentences, is more likely an aside.
  // "probably gonna rain all weekend": the weather or a feeling after the asking is still an aside.
  if (isAside(trimmed)) return { kind: 'noise' };
  if (asked) return { kind: 'task', confidence: inProse && words.length === 1 && !DIGIT.test(trimmed) ? FRAGMENT : NAMED, text };
  // "Power cuts again", "Roadworks at last": a happening come round again, with no verb to do.
  if (HAPPENING_AGAIN.test(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  // "Really proud of the team today": a mood behind filler is still one.
  if (MOOD.test(text) || MOOD.test(trimmed)) return { kind: 'noise' };
  const needed = doingNeeded(trimmed);
  if (needed) return { kind: 'task', confidence: NEEDED, text: needed };
  // "the car needs its MOT", "Kids need new gumboots": what a thing lacks implies a task without naming it.
  if (LACKS.test(trimmed) && !startsWithVerb(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  if (SUBJECT_LEFT_OUT.test(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  // "If the weather holds", "unless it's too windy": a condition on its own, with no doing of the writer's, is offered as nothing
  // (one naming a day is kept: its day dates the task after it).
  if (OTHERS_CONDITION.test(trimmed) && !hasDatePhrase(trimmed)) return { kind: 'noise' };
  if (CONDITION.test(trimmed) || PRONOUN_SUBJECT.test(trimmed) || FIRST_PERSON_STATE.test(trimmed)) return { kind: 'statement', confidence: STATEMENT, text };
  const copula = COPULA.exec(trimmed);
  if (copula?.[1] && copula[2] !== undefined) {
    const said = trimFiller(copula[2].replace(PUNCTUATION_RUNS, ' '));
    if (isJudgement(said)) return { kind: 'noise' };
    // "Mia's school play is Thursday": an event on a day is a task; the date reader cuts the day
    // and the dangling "is", leaving the subject as its title.
    if (said !== '' && isDatePhrase(said)) {
      // "The van's service is due on the 20th": a thing falling due on a day is the thing to see to then,
      // not an event; a word alone ("Filhos is due", cut from "Costa & Filhos") may be a name.
      const fallsDue = DUE_ON_DAY.test(said) && !BORN_OR_PERSON.test(copula[1]) && wordsOf(copula[1]).length > 1;
      return { kind: 'task', confidence: fallsDue ? NAMED : REMINDED.test(text) ? NEEDED : EVENT, text };
    }
    return { kind: 'statement', confidence: STATEMENT, text };
  }
  if (subjectDoing(words) || determinedSubjectDoing(words) || nameDoing(words) || thingsDo(words)) return { kind: 'statement', confidence: STATEMENT, text };
  // "Order's in your name": a word that could be a verb takes no "is", so it is a thing, and this its state.
  if (words.length > 1 && CONTRACTED_IS.test(words[0] ?? '') && startsWithVerb(words[0] ?? '')) return { kind: 'statement', confidence: STATEMENT, text };
  if (listed) return { kind: 'task', confidence: NAMED_IN_LIST, text };
  // In prose a clause with no verb, day or number ("More money, shorter commute", "Just family and
  // food") is as often a remark as a thing to do: it is offered, not created. "someday fix the
  // door" has its verb a word or two in; "Groceries: atta, dal" is a labelled list.
  const written = wordsOf(bare);
  const verbAfterCue = [1, 2].some((at) => {
    const cue = written.slice(0, at).join(' ');
    return startsWithVerb(written[at] ?? '') && (isDatePhrase(cue) || findPriority(cue) !== null);
  });
  const fragment = inProse && !DIGIT.test(trimmed) && !hasDatePhrase(trimmed) && !verbAfterCue && !trimmed.includes(':');
  return { kind: 'task', confidence: fragment ? FRAGMENT : NAMED, text };
}

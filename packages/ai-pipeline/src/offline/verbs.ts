import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.ts';
import { rememberedPerParse } from './parse-memos.ts';
import { isEnglishWord } from './spelling.ts';

/**
 * Words a to-do usually starts with. The splitter uses them to tell "call mom, email dad" (two
 * tasks) from "buy eggs, milk, bread" (one), and headings from tasks.
 */
export const TASK_VERBS = new Set(
  `add apply block bump delay postpone push rename shift mark scrap arrange ask assemble attend back bake bathe book borrow bring brush build buy calculate call cancel catch change charge
  check choose clean clear close collect come compare complete confirm contact cook copy create cut deal declutter decide defrost
  delete deliver deploy design dig discuss do donate download draft drink drive drop dust eat edit email empty enroll
  exchange exercise feed file fill finalize find finish fix fold follow get give go grab hang have help hire host install invite
  iron journal learn leave lend list look mail make measure meditate meet message mop mow move oil order organise organize pack
  paint pay pick plan plant play post practice practise prep prepare print prune publish put rake read rebook recycle redo refactor
  refill register reinstall remind remove renew rent repair replace reply report research reschedule reserve respond restock return
  review rewrite ring run schedule scan sell send set setup share shop shovel sign sit sort start stop study submit swap sweep take talk
  teach test text thank tidy top trim try tune unpack unsubscribe update upgrade upload vacuum visit wash watch water weed wrap
  write accept adjust admit answer archive back up bid bill boil borrow brainstorm buy cancel carry chase chop clarify coach collect
  comment commit compile connect consolidate convert cover crop debug defend delegate deposit describe detox digitise digitize
  disable dispose double-check draw dry dump email enable enter estimate evaluate expense explain export extend fax fetch figure
  fire fit flag floss fly forward frame freeze fund gather google grade grease grill guide handle hem highlight hoover identify
  implement import improve inform insure interview introduce investigate invoice itemise itemize jot juice keep kick knit label
  launch lay lead lift link load lock log lower maintain map mark memorise memorize mend merge migrate mix monitor mount name
  negotiate note notify nudge offer onboard open outline overhaul own patch pause peel pin ping plan polish pour present press
  price prioritise prioritize process proofread propose protect provide purchase push query quote raise rank rate reach rearrange
  reboot rebuild receive reconcile record reduce refund reject relax release reload remember renovate reorder repaint repost
  request resend reset resize resolve restart resubmit retire retrieve revise rinse roast sand save scale scrape scrub search
  seal season sew shave ship shorten shortlist show shred sketch slice soak solve speak spend split sponsor spray staple steam
  store stretch stock submit summarise summarize supervise support survey sync tag tape tell thaw tighten tile top toss track
  train transfer translate transplant trash trial triage unblock unclog uninstall unload unplug untangle verify vote walk warn
  weigh wipe withdraw wrap nip pop hand string loop`.split(/\s+/),
);

/** Words that stand before "the"/"it" without being verbs: prepositions, adverbs, conjunctions, quantities. */
const NOT_VERBS = new Set(
  `about above across after again against ago all almost along also always among and another any anyway around as at away
  because before behind below beside besides between beyond both but by despite down during each either else even ever every
  except few for from here hence how however if in inside instead into just least less like maybe more most much near nearly
  neither never next no nor not now of off on once only onto or other otherwise out outside over past per perhaps plus quite
  rather re really since so some soon still such than that then there therefore these this those though through till to today
  tomorrow tonight too toward towards under unless until up upon very via what when where whether which while who whom whose why
  with within without yet yesterday thanks hey hi hello dear please pls okay sorry yes yeah nope let bless mind
  whatever whichever whenever wherever whoever half`.split(/\s+/),
);
/** True for a preposition, adverb, conjunction or quantity: a word no object's noun is made of. */
export function isFunctionWord(word: string): boolean {
  return NOT_VERBS.has(word.toLowerCase());
}

/** What follows a verb as its object: "rehearse the talk", "hand in the form", "chase it". */
const OBJECT_AFTER = /^(?:(?:up|out|off|down|back|away)\s+)?(?:the|a|an|my|your|his|her|our|their|its|it|them|him|me|us|these|those|some|both)\b/i;
/** Words that are days, months or times of day, which "Sunday the 25th" puts before "the". */
const TIME_WORD = new RegExp(`^(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|morning|afternoon|evening|night|week|weekend|month|year)$`, 'i');

const WORD_THEN_REST = /^([a-z]{3,})\s+(.*)$/i;
const INFLECTED_ENDING = /(?:ed|ing|ly)$|[^s]s$/;

/**
 * A verb the list lacks, told by its object: an English word that is no preposition, adverb, past or
 * -ing form, followed by "the", "a", "my", "it" … ("rehearse it with Amir", "hand in the form").
 */
function verbByObject(text: string): boolean {
  const match = WORD_THEN_REST.exec(text);
  const word = match?.[1]?.toLowerCase();
  if (!word || !match?.[2] || NOT_VERBS.has(word) || TIME_WORD.test(word) || isPastForm(word) || INFLECTED_ENDING.test(word)) return false;
  return OBJECT_AFTER.test(match[2]) && isEnglishWord(word);
}

const ADVERBIAL_BACK = /^back(?:\s+(?:to|from|by|in|at|on|home|before|after|for|again|now|soon|today|tonight|tomorrow|next|this)\b|[\s\p{P}]*$)/iu;

const FIRST_WORD = /^[a-z]+/i;
/** "back-to-back shifts", "door-to-door sales", "day-by-day": a word linked into a compound that describes, no verb. */
const LINKED_COMPOUND = /^[a-z]+-(?:to|by|on|in|and|of)-[a-z]+/i;
const RE_OR_UN_PREFIX = /^(?:re|un)[a-z]{3,}/;
/**
 * "re-seal", "re-proof", "un-block": the prefix written with its hyphen, then the verb; so too "triple-check",
 * "deep-clean", "spot-check", "hand-wash", "dry-clean", "co-sign": a word saying how, then the verb.
 */
const HYPHENED_PREFIX = /^(?:re|un|pre|co|double|triple|cross|spot|fact|spell|deep|spring|hand|power|pressure|dry|over)-(?=[a-z]{3,})/i;

/** True when the text (already trimmed of filler) starts with a task verb. */
export const startsWithVerb = rememberedPerParse(opensWithTaskVerb);

function opensWithTaskVerb(text: string): boolean {
  const first = FIRST_WORD.exec(text)?.[0]?.toLowerCase();
  if (first === undefined) return false;
  // "back to work", "back by Friday": "back" as an adverb, where the verb takes an object ("back up the laptop").
  if ((first === 'back' && ADVERBIAL_BACK.test(text)) || LINKED_COMPOUND.test(text)) return false;
  // "recharge", "rebook", "unsubscribe": a verb with re- or un- in front is a verb.
  if (TASK_VERBS.has(first) || (RE_OR_UN_PREFIX.test(first) && TASK_VERBS.has(first.slice(2))) || verbByObject(text)) return true;
  // "re-seal the windows", "triple-check the key log": so is one with its prefix hyphened.
  const prefix = HYPHENED_PREFIX.exec(text);
  return prefix !== null && opensWithTaskVerb(text.slice(prefix[0].length));
}

/** Past forms that do not end in -ed, mapped to the verb ("paid" → "pay"). */
const IRREGULAR_PAST = new Map<string, string>(Object.entries({
  paid: 'pay', sent: 'send', bought: 'buy', did: 'do', done: 'do', made: 'make', took: 'take', taken: 'take', went: 'go',
  gone: 'go', got: 'get', gotten: 'get', gave: 'give', given: 'give', wrote: 'write', written: 'write', sold: 'sell',
  left: 'leave', told: 'tell', found: 'find', brought: 'bring', ran: 'run', met: 'meet', kept: 'keep', spent: 'spend',
  built: 'build', came: 'come', grew: 'grow', had: 'have', said: 'say', thought: 'think', felt: 'feel', lost: 'lose',
  won: 'win', broke: 'break', broken: 'break', drove: 'drive', ate: 'eat', slept: 'sleep', forgot: 'forget', swept: 'sweep',
  hung: 'hang', chose: 'choose', caught: 'catch', taught: 'teach', knew: 'know', learnt: 'learn',
  sorted: 'sort', woke: 'wake', began: 'begin', became: 'become', heard: 'hear', understood: 'understand',
  // Not "sat" (a weekday), "read", "set", "put" (base forms too).
  rang: 'ring', rung: 'ring', flew: 'fly', drew: 'draw', drawn: 'draw', wore: 'wear', spoke: 'speak', spoken: 'speak',
  rode: 'ride', sang: 'sing', swam: 'swim', threw: 'throw', thrown: 'throw', fed: 'feed', stood: 'stand',
  dug: 'dig', hid: 'hide', froze: 'freeze', frozen: 'freeze', held: 'hold', fought: 'fight', lent: 'lend', led: 'lead',
  shook: 'shake', tore: 'tear', torn: 'tear', chosen: 'choose', dealt: 'deal', sought: 'seek', swung: 'swing',
  blew: 'blow', blown: 'blow', overran: 'overrun', overslept: 'oversleep', fell: 'fall', fallen: 'fall', bent: 'bend', stuck: 'stick', sank: 'sink', shrank: 'shrink',
}));

/** Whether the word, lower case, is a task verb's base ("book", "reschedule", "re-file" as "refile"). */
export function isVerb(word: string): boolean {
  return TASK_VERBS.has(word) || (RE_OR_UN_PREFIX.test(word) && TASK_VERBS.has(word.slice(2)));
}

/** The base of an -ed, -s or -ing form of a task verb ("filed" → "file", "posting" → "post"), or null. */
export function verbBase(word: string): string | null {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PAST.get(lower);
  if (irregular) return irregular;
  const stems: string[] = [];
  if (lower.endsWith('ied')) stems.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('ed')) stems.push(lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3));
  if (lower.endsWith('ing')) stems.push(lower.slice(0, -3), `${lower.slice(0, -3)}e`, lower.slice(0, -4));
  if (lower.endsWith('ies')) stems.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es')) stems.push(lower.slice(0, -2));
  if (lower.endsWith('s')) stems.push(lower.slice(0, -1));
  return stems.find((stem) => stem.length >= 2 && isVerb(stem)) ?? null;
}

const ED_ENDING = /^[a-z]{3,}ed$/;
const ED_NOT_PAST = /^(?:[a-z]?need|[a-z]*seed|feed|speed|bed|shed|red|bred|hundred|kindred|sacred|naked|wicked|rugged|ragged|jagged|wretched|tired|bored)$/;

/** True for a past form: "filed", "paid", "came", "approved". */
export function isPastForm(word: string): boolean {
  const lower = word.toLowerCase();
  // Words ending in -ed that are no past: "need", "bed", "hundred" (but "finished", "ordered" are).
  // Most words end otherwise: told before either pattern runs.
  return IRREGULAR_PAST.has(lower) || (lower.endsWith('ed') && ED_ENDING.test(lower) && !ED_NOT_PAST.test(lower));
}

import { isEnglishWord } from './spelling.ts';
import { isPastForm, startsWithVerb } from './verbs.ts';

/** What the parser knows of one candidate task when it weighs it: the clause, what was read from it, where it stood. */
export interface TaskCandidate {
  /** The clause as the segmenter passed it on, filler and cues still in it. */
  clause: string;
  /** The title left once cues and filler were cut. */
  title: string;
  /** The confidence the clause rules gave it (0.9 asked, 0.3 a statement …): the model can only lower it. */
  ruleConfidence: number;
  dueDate: string | null;
  startAt: string | null;
  /** A day heading or leading day gave it its date context. */
  dateHint: boolean;
  project: boolean;
  priority: boolean;
  duration: boolean;
  /** Remarks went to the notes. */
  notes: boolean;
  /** Its place among the dump's candidates, from 0. */
  position: number;
  candidates: number;
  /** The dump has list lines (bullets, numbers, checkboxes). */
  listedDump: boolean;
  /** The line of the dump the clause starts on: a list line of its own reads as a task more than a line of prose. */
  line: string;
}

const ASKS_NEED = /\b(?:need|needs|have|has|got) to\b|\b(?:must|should|gotta|gonna|wanna)\b/i;
const ASKS_REMINDER = /\b(?:remember|remind|reminder|don'?t forget)\b/i;
const ASKS_REQUEST = /\b(?:please|pls|could you|can you|would you)\b/i;
const PRONOUN = /^(?:i|we|you|he|she|it|they|i'm|we're|it's|they're|he's|she's|that|this|there)$/;
const DETERMINER = /^(?:the|a|an|my|our|his|her|their|your|some|all|any|no)$/;
const COPULA = /\b(?:is|are|was|were|been|being|am)\b/i;
const LIST_LINE = /^\s*(?:[-*•◦▪+–>]|\d{1,3}[.)]|\[[ xX]?\])\s/m;

/** The dump-wide part of the features, read once per dump. */
export function dumpIsListed(dump: string): boolean {
  return LIST_LINE.test(dump);
}

function wordsBucket(count: number): string {
  if (count <= 3) return String(count);
  if (count <= 5) return '4-5';
  if (count <= 8) return '6-8';
  if (count <= 12) return '9-12';
  return '13+';
}

const WORDS = /[\p{L}\p{N}'’]+/gu;
const GERUND = /^\p{L}{3,}ing$/u;
const LOWER_CASE_WORDS = /(?<![\p{L}'’])\p{Ll}{3,}(?![\p{L}'’])/gu;
const LETTERS_ONLY = /^\p{L}+$/u;
const DIGIT = /\d/;
const AND_BETWEEN = /\s(?:and|&)\s/i;

/**
 * The candidate's features, as names of the ones present (all binary): the title's first two words
 * and the classes of its words, its cues, its place. The rules' confidence is left out, so the model
 * learns what a task looks like on its own rather than which rule fired.
 */
export function taskFeatures(candidate: TaskCandidate): string[] {
  const words = candidate.title.toLowerCase().match(WORDS) ?? [];
  const first = words[0] ?? '';
  const features = [`first:${first}`, `second:${words[1] ?? ''}`, `words:${wordsBucket(words.length)}`];
  if (startsWithVerb(candidate.title)) features.push('opens:verb');
  if (isPastForm(first)) features.push('opens:past');
  if (GERUND.test(first)) features.push('opens:ing');
  if (PRONOUN.test(first)) features.push('opens:pronoun');
  if (DETERMINER.test(first)) features.push('opens:determiner');
  if (words.slice(1).some((word) => isPastForm(word))) features.push('has:past');
  // A lower-case word in no English word list: a slip left uncorrected, or another language.
  const unknown = (candidate.title.match(LOWER_CASE_WORDS) ?? []).filter((word) => !isEnglishWord(word));
  if (unknown.length > 0) features.push(unknown.length > 1 ? 'has:unknown-words' : 'has:unknown-word');
  if (!isEnglishWord(first) && LETTERS_ONLY.test(first)) features.push('opens:unknown');
  if (COPULA.test(candidate.title)) features.push('has:copula');
  if (ASKS_NEED.test(candidate.clause)) features.push('asks:need');
  if (ASKS_REMINDER.test(candidate.clause)) features.push('asks:reminder');
  if (ASKS_REQUEST.test(candidate.clause)) features.push('asks:request');
  if (candidate.clause.includes('?')) features.push('has:question');
  if (candidate.clause.includes('!')) features.push('has:exclamation');
  if (DIGIT.test(candidate.title)) features.push('has:digit');
  if (candidate.title.includes(',')) features.push('has:comma');
  if (AND_BETWEEN.test(candidate.title)) features.push('has:and');
  if (candidate.dueDate !== null) features.push('has:date');
  if (candidate.startAt !== null) features.push('has:time');
  if (candidate.dateHint) features.push('has:date-hint');
  if (candidate.project) features.push('has:project');
  if (candidate.priority) features.push('has:priority');
  if (candidate.duration) features.push('has:duration');
  if (candidate.notes) features.push('has:notes');
  if (candidate.candidates === 1) features.push('position:only');
  else if (candidate.position === 0) features.push('position:first');
  else if (candidate.position === candidate.candidates - 1) features.push('position:last');
  features.push(candidate.listedDump ? 'dump:listed' : 'dump:prose');
  if (LIST_LINE.test(candidate.line)) features.push('line:listed');
  return features;
}

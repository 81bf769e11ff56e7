/**
 * How a transcribed voice memo is written down before it is read. It says its punctuation aloud:
 * "fix the van clock full stop new line get him the hoodie comma the navy one". Where a dump says
 * such marks at least twice, each is written as the mark it names, so the memo splits where the
 * speaker meant it to. A single "full stop" in prose ("no more sugar, full stop") is emphasis and is
 * left; "period" is a mark only before a spoken new line or at the end ("trial period" stays).
 */
const SPOKEN_MARK =
  /[ \t]*,?[ \t]*\b(full stop|comma|new line|next line|new paragraph|question mark|exclamation (?:mark|point)|period(?=[ \t]+(?:new line|next line|new paragraph)\b|[ \t]*[.]?[ \t]*$))\b[ \t]*[.,]?[ \t]*/gim;
const SAID_TWICE = /\b(?:full stop|comma|new line|next line|new paragraph|question mark|exclamation (?:mark|point))\b[\s\S]*?\b(?:full stop|comma|new line|next line|new paragraph|question mark|exclamation (?:mark|point)|period)\b/i;

const MARKS: Record<string, string> = {
  'full stop': '. ',
  period: '. ',
  comma: ', ',
  'new line': '\n',
  'next line': '\n',
  'new paragraph': '\n\n',
  'question mark': '? ',
  'exclamation mark': '! ',
  'exclamation point': '! ',
};
const SPACE_BEFORE_LINE_END = /[ \t]+\n/g;
const STOP_BEFORE_LINE_END = /\. (?=\n)/g;

/** "um", "uh", "erm": dictation's hesitations, spelled as a transcript stretches them ("ummm", "uhh"). */
export const HESITATION_WORD = '(?:u+m+|u+h+m*|e+r+m+)';

/**
 * A word said twice across a hesitation ("invoice the, uh, the church job", "I, I need to"): the
 * speaker starting again, one word on paper. Only words that open a phrase, which writing never doubles.
 */
const RESTARTED = new RegExp(String.raw`\b(the|a|an|my|our|his|her|their|to|and|i|we|it'?s|that|this)(?:,\s*${HESITATION_WORD})?,\s+\1\b`, 'gi');
/** "uh", "um", "erm" set off by commas inside a sentence: nothing said. */
const HESITATION_BETWEEN = new RegExp(String.raw`,\s*${HESITATION_WORD},(?=\s)`, 'gi');

/** The dump with its spoken punctuation written (where it says two marks or more) and its restarts said once. */
export function withTranscriptWritten(dump: string): string {
  const marked = SAID_TWICE.test(dump)
    ? dump
        .replace(SPOKEN_MARK, (said, mark: string) => MARKS[mark.toLowerCase()] ?? said)
        .replace(SPACE_BEFORE_LINE_END, '\n')
        .replace(STOP_BEFORE_LINE_END, '.')
        .trimEnd()
    : dump;
  return marked.replace(RESTARTED, '$1').replace(HESITATION_BETWEEN, ',');
}

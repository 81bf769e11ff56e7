/**
 * Answers remembered for the length of one parse. The clause readers ask the same small questions
 * of the same words many times over one dump (each clause is trimmed of its filler three or four
 * times, and asked whether it opens with a verb two or three times); across dumps texts rarely
 * repeat, so the parser forgets them as it starts each dump, as it does its dates.
 */
const forgetters: (() => void)[] = [];

/** How many answers a memo keeps before it starts afresh (a dump asks a few hundred). */
const ANSWERS_MAX = 5_000;

/** A memo of answers by text, forgotten as each parse starts. */
function parseMemo<T>(): Map<string, T> {
  const memo = new Map<string, T>();
  forgetters.push(() => memo.clear());
  return memo;
}

function answerOf<T>(memo: Map<string, T>, key: string, read: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const answer = read();
  if (memo.size >= ANSWERS_MAX) memo.clear();
  memo.set(key, answer);
  return answer;
}

/** `read`, answering a text it has read in this parse from its memo. Its answers are never undefined. */
export function rememberedPerParse<T extends NonNullable<unknown> | null>(read: (text: string) => T): (text: string) => T {
  const memo = parseMemo<T>();
  return (text) => answerOf(memo, text, () => read(text));
}

/**
 * `read` of a text in a setting that holds for a whole parse (the open tasks, the person's day),
 * remembered as `rememberedPerParse` does. The setting's parts are compared by identity: asked in
 * another setting, the memo forgets what it read in the last. `key` tells apart the texts' other
 * arguments, if any; each key has a memo of its own, so no key is joined to the text (a joined
 * string is hashed anew on every look-up, the text itself once).
 */
export function rememberedPerParseIn<S extends readonly object[], A extends unknown[], T extends NonNullable<unknown> | null>(
  read: (text: string, setting: S, ...rest: A) => T,
  key: (...rest: A) => string = () => '',
): (text: string, setting: S, ...rest: A) => T {
  const memos = parseMemo<Map<string, T>>();
  let readIn: S | null = null;
  forgetters.push(() => {
    readIn = null;
  });
  return (text, setting, ...rest) => {
    if (readIn === null || readIn.length !== setting.length || readIn.some((part, index) => part !== setting[index])) {
      memos.clear();
      readIn = setting;
    }
    const memoKey = key(...rest);
    let memo = memos.get(memoKey);
    if (memo === undefined) {
      memo = new Map<string, T>();
      memos.set(memoKey, memo);
    }
    return answerOf(memo, text, () => read(text, setting, ...rest));
  };
}

/** Forgets every answer; the parser calls it as it starts a dump. */
export function startParseMemos(): void {
  for (const forget of forgetters) forget();
}

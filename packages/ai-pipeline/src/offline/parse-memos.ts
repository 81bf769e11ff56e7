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

/** Keeps `answer` for `key` and returns it. */
function remember<T>(memo: Map<string, T>, key: string, answer: T): T {
  if (memo.size >= ANSWERS_MAX) memo.clear();
  memo.set(key, answer);
  return answer;
}

/**
 * `read`, answering a text it has read in this parse from its memo. Its answers are never undefined.
 * Asked tens of thousands of times a parse: a look-up makes no function or array.
 */
export function rememberedPerParse<T extends NonNullable<unknown> | null>(read: (text: string) => T): (text: string) => T {
  const memo = parseMemo<T>();
  return (text) => {
    const known = memo.get(text);
    return known !== undefined ? known : remember(memo, text, read(text));
  };
}

/** Whether two settings hold the same parts, compared by identity. */
function sameSetting(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
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
    if (readIn === null || !sameSetting(readIn, setting)) {
      memos.clear();
      readIn = setting;
    }
    const memoKey = key(...rest);
    let memo = memos.get(memoKey);
    if (memo === undefined) {
      memo = new Map<string, T>();
      memos.set(memoKey, memo);
    }
    const known = memo.get(text);
    return known !== undefined ? known : remember(memo, text, read(text, setting, ...rest));
  };
}

/** Forgets every answer; the parser calls it as it starts a dump. */
export function startParseMemos(): void {
  for (const forget of forgetters) forget();
}

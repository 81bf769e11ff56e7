/**
 * Answers remembered for the length of one parse. The clause readers ask the same small questions
 * of the same words many times over one dump (each clause is trimmed of its filler three or four
 * times, and asked whether it opens with a verb two or three times); across dumps texts rarely
 * repeat, so the parser forgets them as it starts each dump, as it does its dates.
 */
const memos: Map<string, unknown>[] = [];

/** How many answers a memo keeps before it starts afresh (a dump asks a few hundred). */
const ANSWERS_MAX = 5_000;

/** `read`, answering a text it has read in this parse from its memo. Its answers are never undefined. */
export function rememberedPerParse<T extends NonNullable<unknown> | null>(read: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  memos.push(memo);
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const answer = read(text);
    if (memo.size >= ANSWERS_MAX) memo.clear();
    memo.set(text, answer);
    return answer;
  };
}

/** Forgets every answer; the parser calls it as it starts a dump. */
export function startParseMemos(): void {
  for (const memo of memos) memo.clear();
}

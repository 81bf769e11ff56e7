/**
 * A dump written as a numbered thread of posts ("1/6 right. hogmanay …", "2/6 the van's MOT …")
 * numbers each line by its place and the count of posts. Read as a slashed date, "2/6" is the 2nd
 * of June (or 6 February); the numbers are a list's, and are written as one ("2. the van's MOT …").
 */
const POST_NUMBER = /^([ \t]*)(\d{1,2})\/(\d{1,2})(?=[ \t]+\S)/gm;

/** The dump with thread numbers written as list numbers, when at least two lines count posts out of the same total. */
export function withThreadNumbersAsList(dump: string): string {
  // Most dumps hold no slash at a line's start: one test spares the rest.
  if (!dump.includes('/')) return dump;
  const posts = [...dump.matchAll(POST_NUMBER)];
  const total = posts[0]?.[3];
  const counted = posts.length >= 2 && posts.every((post, index) => post[3] === total && Number(post[2]) === index + 1 && Number(post[2]) <= Number(total));
  return counted ? dump.replace(POST_NUMBER, (_post, indent: string, place: string) => `${indent}${place}.`) : dump;
}

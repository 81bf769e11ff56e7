const WHITESPACE = /\s+/;

/** How many words the text holds, spaces at its ends and runs of spaces aside. */
export function wordCount(text: string): number {
  return text.split(WHITESPACE).filter(Boolean).length;
}

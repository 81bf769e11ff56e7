import { Marked } from 'marked';
import { safeHtml } from './safe-html.server.ts';

const markdown = new Marked({ gfm: true, breaks: true, async: false });

/** Task notes (Markdown, possibly with raw HTML) as HTML that is safe to insert into the page. */
export function renderNotes(notes: string): string {
  return safeHtml(markdown.parse(notes) as string);
}

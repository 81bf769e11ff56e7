import { Marked } from 'marked';
import { safeHtml } from './safe-html.server.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

// A brief's Markdown is model output, which a task title can steer: raw HTML in it is shown as
// the text it is, never as markup, and what Markdown renders still passes the allow-list.
const markdown = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

/** A brief's Markdown as HTML that is safe to insert into the page. */
export function renderBrief(text: string): string {
  return safeHtml(markdown.parse(text) as string);
}

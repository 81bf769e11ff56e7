import { Marked, type RendererObject, type Tokens } from 'marked';

/**
 * The brief's Markdown is LLM output, which may quote a task title someone pasted: treated as
 * untrusted. Raw HTML is shown as text, images become their alt text, and only links into the
 * app survive as links (relative ones made absolute); any other link keeps its words, not its target.
 */

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const TEXT = `${FONT};font-size:16px;line-height:24px;color:#1f2328`;
// Inline on every element: Gmail drops <style> in many clients and Outlook ignores most CSS classes.
const STYLE = {
  p: `margin:0 0 16px;${TEXT}`,
  h: (depth: number) => `margin:24px 0 8px;${FONT};font-size:${depth <= 2 ? 20 : 17}px;line-height:26px;font-weight:700;color:#1f2328`,
  list: `margin:0 0 16px;padding:0 0 0 24px;${TEXT}`,
  li: `margin:0 0 6px;${TEXT}`,
  a: 'color:#2f5bd3;text-decoration:underline',
  code: "font-family:Consolas,Menlo,'Courier New',monospace;font-size:14px;background:#f3f4f6;padding:1px 4px",
  pre: "margin:0 0 16px;padding:12px;background:#f3f4f6;font-family:Consolas,Menlo,'Courier New',monospace;font-size:14px;line-height:20px;white-space:pre-wrap",
  quote: `margin:0 0 16px;padding:0 0 0 12px;border-left:3px solid #d0d7de;${TEXT};color:#57606a`,
  hr: 'border:0;border-top:1px solid #d0d7de;margin:24px 0',
  table: `border-collapse:collapse;margin:0 0 16px;${TEXT}`,
  cell: 'border:1px solid #d0d7de;padding:6px 10px;text-align:left',
} as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The absolute URL of an in-app link, or null for anything that leaves the app (or is not a URL). */
export function appLink(href: string, appOrigin: string): string | null {
  try {
    const url = new URL(href, `${appOrigin}/`);
    return url.origin === appOrigin ? url.href : null;
  } catch {
    return null;
  }
}

// marked hands text tokens over entity-escaped or not depending on where they came from.
function textOf(token: Tokens.Text | Tokens.Escape | Tokens.Tag): string {
  return 'escaped' in token && token.escaped ? token.text : escapeHtml(token.text);
}

function htmlRenderer(appOrigin: string): RendererObject {
  return {
    html: (token) => ('block' in token && token.block ? `<p style="${STYLE.p}">${escapeHtml(token.text.trim())}</p>\n` : escapeHtml(token.text)),
    heading({ tokens, depth }) {
      return `<h${Math.min(depth + 1, 4)} style="${STYLE.h(depth)}">${this.parser.parseInline(tokens)}</h${Math.min(depth + 1, 4)}>\n`;
    },
    paragraph({ tokens }) {
      return `<p style="${STYLE.p}">${this.parser.parseInline(tokens)}</p>\n`;
    },
    list(token) {
      const tag = token.ordered ? 'ol' : 'ul';
      const start = token.ordered && token.start !== '' && token.start !== 1 ? ` start="${Number(token.start)}"` : '';
      return `<${tag}${start} style="${STYLE.list}">${token.items.map((item) => this.listitem(item)).join('')}</${tag}>\n`;
    },
    listitem(item) {
      const box = item.task ? (item.checked ? '&#9745; ' : '&#9744; ') : '';
      // Loose items hold paragraphs; tight ones only inline text.
      const body = this.parser.parse(item.tokens.filter((token) => token.type !== 'checkbox'));
      return `<li style="${STYLE.li}">${box}${body}</li>\n`;
    },
    checkbox: () => '',
    blockquote({ tokens }) {
      return `<blockquote style="${STYLE.quote}">${this.parser.parse(tokens)}</blockquote>\n`;
    },
    code: ({ text }) => `<pre style="${STYLE.pre}">${escapeHtml(text)}</pre>\n`,
    codespan: ({ text }) => `<code style="${STYLE.code}">${escapeHtml(text)}</code>`,
    hr: () => `<hr style="${STYLE.hr}">\n`,
    table(token) {
      const cell = (content: Tokens.TableCell, tag: 'th' | 'td') => `<${tag} style="${STYLE.cell}">${this.parser.parseInline(content.tokens)}</${tag}>`;
      const head = `<tr>${token.header.map((content) => cell(content, 'th')).join('')}</tr>`;
      const rows = token.rows.map((row) => `<tr>${row.map((content) => cell(content, 'td')).join('')}</tr>`).join('');
      return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="${STYLE.table}">${head}${rows}</table>\n`;
    },
    link({ href, title, tokens }) {
      const label = this.parser.parseInline(tokens);
      const target = appLink(href, appOrigin);
      if (target === null) return label;
      const titled = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(target)}"${titled} style="${STYLE.a}">${label}</a>`;
    },
    image: ({ text }) => escapeHtml(text),
    text(token) {
      return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : textOf(token);
    },
  };
}

function textRenderer(appOrigin: string): RendererObject {
  return {
    html: (token) => ('block' in token && token.block ? `${token.text.trim()}\n\n` : token.text),
    heading({ tokens }) {
      return `${this.parser.parseInline(tokens)}\n\n`;
    },
    paragraph({ tokens }) {
      return `${this.parser.parseInline(tokens)}\n\n`;
    },
    list(token) {
      const items = token.items.map((item, index) => {
        const marker = token.ordered ? `${Number(token.start || 1) + index}.` : '-';
        const box = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
        const body = this.parser.parse(item.tokens.filter((child) => child.type !== 'checkbox')).trim().replace(/\n/g, '\n   ');
        return `${marker} ${box}${body}`;
      });
      return `${items.join('\n')}\n\n`;
    },
    checkbox: () => '',
    blockquote({ tokens }) {
      return `${this.parser
        .parse(tokens)
        .trim()
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}\n\n`;
    },
    code: ({ text }) => `${text}\n\n`,
    codespan: ({ text }) => text,
    hr: () => '---\n\n',
    table(token) {
      const line = (cells: Tokens.TableCell[]) => cells.map((cell) => this.parser.parseInline(cell.tokens)).join(' | ');
      return `${[line(token.header), ...token.rows.map(line)].join('\n')}\n\n`;
    },
    strong({ tokens }) {
      return this.parser.parseInline(tokens);
    },
    em({ tokens }) {
      return this.parser.parseInline(tokens);
    },
    del({ tokens }) {
      return this.parser.parseInline(tokens);
    },
    br: () => '\n',
    link({ href, tokens }) {
      const label = this.parser.parseInline(tokens);
      const target = appLink(href, appOrigin);
      return target === null || target === label ? label : `${label} (${target})`;
    },
    image: ({ text }) => text,
    text(token) {
      return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : token.text;
    },
  };
}

// One configured Marked per kind and origin (a process has one origin): making one per call cost
// about as much as the parse itself.
const htmlMarked = new Map<string, Marked>();
const textMarked = new Map<string, Marked>();

function markedFor(cache: Map<string, Marked>, appOrigin: string, renderer: (appOrigin: string) => RendererObject): Marked {
  let marked = cache.get(appOrigin);
  if (!marked) {
    marked = new Marked({ gfm: true, async: false, renderer: renderer(appOrigin) });
    cache.set(appOrigin, marked);
  }
  return marked;
}

function tidyText(text: string): string {
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** The brief's Markdown as email-safe HTML (inline styles, escaped raw HTML, in-app links only). */
export function briefMarkdownToHtml(markdown: string, appOrigin: string): string {
  return markedFor(htmlMarked, appOrigin, htmlRenderer).parse(markdown) as string;
}

/** The same Markdown as the plain-text part: no markup, each in-app link written out after its words. */
export function briefMarkdownToText(markdown: string, appOrigin: string): string {
  return tidyText(markedFor(textMarked, appOrigin, textRenderer).parse(markdown) as string);
}

/**
 * Both of the above from one parse: the Markdown is read into tokens once and each renderer walks
 * them (neither changes them), so an email costs one parse, not two.
 */
export function briefMarkdownToHtmlAndText(markdown: string, appOrigin: string): { html: string; text: string } {
  const html = markedFor(htmlMarked, appOrigin, htmlRenderer);
  const tokens = html.lexer(markdown);
  return {
    html: html.parser(tokens),
    text: tidyText(markedFor(textMarked, appOrigin, textRenderer).parser(tokens)),
  };
}

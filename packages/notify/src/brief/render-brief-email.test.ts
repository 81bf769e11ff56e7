import type { ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { startSmtpInbox } from '../testing/smtp-inbox.ts';
import { createSmtpTransport } from '../mail/smtp-transport.ts';
import { briefMailLinks } from './brief-mail-links.ts';
import { briefMarkdownToHtml, briefMarkdownToHtmlAndText, briefMarkdownToText } from './brief-markdown.ts';
import { briefEmailEnvelope, briefSubject, renderBriefEmail } from './render-brief-email.ts';
import { verifyUnsubscribeToken } from './unsubscribe-token.ts';

const links = briefMailLinks({ PUBLIC_APP_URL: 'https://ordo.example', ENCRYPTION_KEY: 'ab'.repeat(32), EMAIL_FROM: 'Ordo <brief@ordo.example>' });
const briefId = '1d7e3a52-0b7c-4f0e-9a31-5c2d8e6f4a10';
const userId = '6f1c2a43-1d2e-4c4b-9a51-0c7d3e2b9f10';
const taskId = '2b8f4c63-1e8d-4a1f-8b42-6d3e9f7a5b21';
const markdown = `## Wins\n\nYou closed **3 tasks** yesterday.\n\n## Today\n\n1. [Call the bank](/tasks/${taskId}) — due today\n2. [Sneaky](https://evil.example/login) offer <script>alert("x")</script>\n`;

// The header as sent, unfolded (mailparser's own view merges the List-* headers into one object).
function headerLine(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name)?.line;
  return line?.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

function render(now = new Date('2026-12-03T07:00:00Z')) {
  return renderBriefEmail({ briefId, userId, name: 'Ada', localDate: '2026-12-03', kind: 'daily', headline: 'three things for today', markdown, now }, links);
}

describe('brief email', () => {
  it('says the local date and the headline in the subject, on one line', () => {
    expect(briefSubject('2026-12-03', 'three things for today', 'daily')).toBe('Thu 3 Dec: three things for today');
    expect(briefSubject('2027-01-01', 'a\r\nBcc: x@evil.example', 'daily')).toBe('Fri 1 Jan: a Bcc: x@evil.example');
    expect(briefSubject('2026-12-06', null, 'weekly')).toBe('Sun 6 Dec: your week in review');
  });

  it("gives the subject, Message-ID, unsubscribe link and headers of a render from its time alone (the envelope)", () => {
    const now = new Date('2026-12-03T07:00:00Z');
    const { html, text, ...envelope } = render(now);
    expect(briefEmailEnvelope({ briefId, userId, localDate: '2026-12-03', kind: 'daily', headline: 'three things for today', now }, links)).toEqual(envelope);
    expect(html).toContain(envelope.unsubscribeUrl);
    expect(text).toContain(envelope.unsubscribeUrl);
  });

  it('renders HTML and text from one parse exactly as from two', () => {
    const samples = [
      markdown,
      '- [x] done\n- [ ] open\n\n  a loose second paragraph\n\n3. three\n4. four\n',
      '> quoted **bold** and `code`\n\n| a | b |\n|---|---|\n| [x](/tasks/1) | ![alt](/img.png) |\n\n<div>block html</div>\n\n---\n\n```\nfenced\n```\n',
    ];
    for (const sample of samples) {
      const once = briefMarkdownToHtmlAndText(sample, 'https://ordo.example');
      expect(once.html).toBe(briefMarkdownToHtml(sample, 'https://ordo.example'));
      // The text walks the tokens after the HTML did: equal to its own parse, so the HTML walk left them unchanged.
      expect(once.text).toBe(briefMarkdownToText(sample, 'https://ordo.example'));
    }
  });

  it('escapes raw HTML from the Markdown and keeps only links into the app', () => {
    const { html, text } = render();
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toContain('evil.example');
    expect(html).toContain(`href="https://ordo.example/tasks/${taskId}"`);
    expect(text).toContain(`Call the bank (https://ordo.example/tasks/${taskId})`);
    expect(text).not.toContain('evil.example');
    expect(html).not.toMatch(/<style|<link|<script/i);
  });

  it('has the same Message-ID however often it is rendered, and a signed unsubscribe link for this person', () => {
    const first = render();
    const again = render(new Date('2026-12-04T07:00:00Z'));
    expect(first.messageId).toBe(`<brief.${briefId}@ordo.example>`);
    expect(again.messageId).toBe(first.messageId);
    const token = first.unsubscribeUrl.replace('https://ordo.example/unsubscribe/', '');
    expect(verifyUnsubscribeToken(token, [links.unsubscribeKey], new Date('2027-02-01T00:00:00Z'))).toMatchObject({ ok: true, userId, purpose: 'brief-email' });
    expect(verifyUnsubscribeToken(token, [links.unsubscribeKey], new Date('2027-03-04T00:00:00Z'))).toEqual({ ok: false, reason: 'expired' });
  });

  it('arrives over SMTP with both parts, the RFC 8058 headers and its Message-ID', async () => {
    const inbox = await startSmtpInbox();
    const transport = createSmtpTransport({ host: '127.0.0.1', port: inbox.port, from: 'Ordo <brief@ordo.example>', requireTLS: false });
    const email = render();
    try {
      await transport.send({ to: 'ada@example.test', subject: email.subject, html: email.html, text: email.text, messageId: email.messageId, headers: email.headers });
      const mail = await inbox.waitFor('ada@example.test', 'Thu 3 Dec: three things for today');
      console.log([...mail.headers.keys()], mail.headerLines.map((l) => l.line).join('\n'));
      expect(mail.messageId).toBe(email.messageId);
      expect(headerLine(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(headerLine(mail, 'list-unsubscribe')).toBe(`<${email.unsubscribeUrl}>, <mailto:brief@ordo.example?subject=unsubscribe>`);
      expect(mail.html).toContain('Hi Ada,');
      expect(mail.html).toContain(`href="https://ordo.example/briefs/${briefId}"`);
      expect(mail.html).toContain('href="https://ordo.example/settings"');
      expect(mail.text).toContain('You closed 3 tasks yesterday.');
      expect(mail.text).toContain(`Unsubscribe from brief emails: ${email.unsubscribeUrl}`);
    } finally {
      transport.close();
      await inbox.close();
    }
  });
});

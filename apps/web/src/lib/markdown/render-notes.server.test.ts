import { describe, expect, it } from 'vitest';
import { renderNotes } from './render-notes.server.ts';

describe('renderNotes', () => {
  it('renders Markdown: emphasis, lists, code and links that open safely', () => {
    const html = renderNotes('**Call** the _plumber_\n\n- one\n- two\n\n`tap` [site](https://example.com)');
    expect(html).toContain('<strong>Call</strong> the <em>plumber</em>');
    expect(html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(html).toContain('<code>tap</code>');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow" target="_blank">site</a>');
  });

  it('strips scripts, event handlers, images and javascript: links', () => {
    const html = renderNotes(
      '<img src=x onerror=alert(1)> <script>alert(2)</script> <b onclick="alert(3)">bold</b> [x](javascript:alert(4)) <iframe src="https://evil.test"></iframe>',
    );
    expect(html).not.toMatch(/<img|onerror|<script|alert\(2\)|onclick|javascript:|<iframe/i);
    expect(html).toContain('bold');
  });

  it('keeps GFM task list checkboxes, disabled', () => {
    expect(renderNotes('- [x] done\n- [ ] open')).toBe(
      '<ul>\n<li><input type="checkbox" disabled checked /> done</li>\n<li><input type="checkbox" disabled /> open</li>\n</ul>\n',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { renderBrief } from './render-brief.server.ts';

describe('renderBrief', () => {
  it('renders the Markdown a brief is written in', () => {
    const html = renderBrief('## Wins\n\n- **Filed** the taxes\n\nSee [Ordo](https://ordo.example/tasks)');
    expect(html).toContain('<h2>Wins</h2>');
    expect(html).toContain('<li><strong>Filed</strong> the taxes</li>');
    expect(html).toContain('<a href="https://ordo.example/tasks" rel="noopener noreferrer nofollow" target="_blank">Ordo</a>');
  });

  it('shows raw HTML as text, block and inline, instead of dropping or running it', () => {
    const html = renderBrief('<script>alert(1)</script>\n\nCall <b onclick="alert(2)">Sam</b> about <img src=x onerror=alert(3)>');
    expect(html).not.toMatch(/<script|<b |<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b onclick="alert(2)"&gt;Sam&lt;/b&gt;');
  });

  it('drops javascript: links that Markdown itself makes', () => {
    expect(renderBrief('[open](javascript:alert(1))')).not.toContain('javascript:');
  });
});

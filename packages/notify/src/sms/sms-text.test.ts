import { describe, expect, it } from 'vitest';
import { capSmsSegments, fitSms, plainSmsText, SMS_MAX_SEGMENTS, smsEncoding, smsLength } from './sms-text.ts';

// A lone surrogate: half an emoji.
const broken = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('smsLength', () => {
  it('counts GSM-7 basic characters as one septet, up to 160 in one segment', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, segments: 2 });
    expect(smsLength('a'.repeat(306))).toEqual({ encoding: 'gsm7', units: 306, segments: 2 });
    expect(smsLength('a'.repeat(307))).toEqual({ encoding: 'gsm7', units: 307, segments: 3 });
    expect(smsLength('')).toEqual({ encoding: 'gsm7', units: 0, segments: 0 });
    expect(smsLength('@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà\n\r')).toMatchObject({ encoding: 'gsm7', units: 44 });
  });

  it('counts extension characters (€ ^ { } [ ] ~ \\ |) as two septets', () => {
    expect(smsLength('€')).toEqual({ encoding: 'gsm7', units: 2, segments: 1 });
    expect(smsLength('^{}[]~\\|€')).toEqual({ encoding: 'gsm7', units: 18, segments: 1 });
    // 158 + € = 160 fits; 159 + € = 161 does not, though it is only 160 characters.
    expect(smsLength(`${'a'.repeat(158)}€`)).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsLength(`${'a'.repeat(159)}€`)).toEqual({ encoding: 'gsm7', units: 161, segments: 2 });
    expect(smsLength(`${'a'.repeat(80)}^`.repeat(2))).toMatchObject({ units: 164, segments: 2 });
  });

  it('never splits an escape sequence across segments', () => {
    // 306 septets is two parts of 153, but 152 septets then ^ (2) would straddle the boundary: the
    // escape moves to the second part, which then overflows into a third.
    expect(smsLength(`${'a'.repeat(152)}^${'a'.repeat(152)}`)).toMatchObject({ units: 306, segments: 3 });
    expect(smsLength(`${'a'.repeat(153)}^${'a'.repeat(151)}`)).toMatchObject({ units: 306, segments: 2 });
  });

  it('switches the whole text to UCS-2 for one character GSM-7 lacks: 70 units, then 67 a part', () => {
    expect(smsEncoding('Café crème')).toBe('gsm7');
    expect(smsEncoding('Ça va? ç')).toBe('ucs2');
    expect(smsLength('ç'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsLength('ç'.repeat(71))).toEqual({ encoding: 'ucs2', units: 71, segments: 2 });
    expect(smsLength('ç'.repeat(134))).toEqual({ encoding: 'ucs2', units: 134, segments: 2 });
    expect(smsLength('ç'.repeat(135))).toEqual({ encoding: 'ucs2', units: 135, segments: 3 });
    // One Cyrillic letter costs a 150-character Latin text its single segment.
    expect(smsLength(`${'a'.repeat(150)}Ж`)).toEqual({ encoding: 'ucs2', units: 151, segments: 3 });
  });

  it('counts an emoji as two units and never splits it between segments', () => {
    expect(smsLength('🎉')).toEqual({ encoding: 'ucs2', units: 2, segments: 1 });
    expect(smsLength(`${'a'.repeat(68)}🎉`)).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsLength(`${'a'.repeat(69)}🎉`)).toMatchObject({ units: 71, segments: 2 });
    // 66 units then a pair would straddle unit 67: the pair starts the second part.
    expect(smsLength(`${'a'.repeat(66)}🎉${'a'.repeat(66)}`)).toMatchObject({ units: 134, segments: 3 });
    expect(smsLength(`${'a'.repeat(65)}🎉${'a'.repeat(67)}`)).toMatchObject({ units: 134, segments: 2 });
  });
});

it('the lone-surrogate check catches half an emoji', () => {
  expect('🎉'.slice(0, 1)).toMatch(broken);
  expect('a🎉b').not.toMatch(broken);
});

describe('plainSmsText', () => {
  it('replaces typography with GSM-7 forms so a message keeps 160 septets a segment', () => {
    const typographic = '“Call the bank” – it’s about the loan…\u00a0now';
    expect(smsEncoding(typographic)).toBe('ucs2');
    expect(plainSmsText(typographic)).toBe('"Call the bank" - it\'s about the loan... now');
    expect(smsEncoding(plainSmsText(typographic))).toBe('gsm7');
  });
});

describe('fitSms', () => {
  const prefix = 'Ordo: ';
  const suffix = ' starts at 14:30';

  it('leaves a message that fits one segment as it is, exactly at 160', () => {
    const title = 'a'.repeat(160 - prefix.length - suffix.length);
    const text = fitSms({ prefix, title, suffix });
    expect(text).toBe(`${prefix}${title}${suffix}`);
    expect(smsLength(text)).toMatchObject({ units: 160, segments: 1 });
  });

  it('shortens a title one character too long to fit one segment, with a GSM-7 ellipsis', () => {
    const title = `${'word '.repeat(28)}abcd`.slice(0, 161 - prefix.length - suffix.length);
    const text = fitSms({ prefix, title, suffix });
    expect(smsLength(text)).toMatchObject({ encoding: 'gsm7', segments: 1 });
    expect(smsLength(text).units).toBeLessThanOrEqual(160);
    expect(text.startsWith(prefix)).toBe(true);
    expect(text.endsWith(`...${suffix}`)).toBe(true);
    // Only as much as needed is cut (three septets of ellipsis, one over, trailing space trimmed).
    expect(text.length).toBeGreaterThanOrEqual(156);
  });

  it('counts € in the title as two septets when fitting', () => {
    const title = `Pay €${'9'.repeat(150)}`;
    const text = fitSms({ prefix, title, suffix });
    expect(smsLength(text)).toMatchObject({ encoding: 'gsm7', segments: 1 });
    expect(smsLength(text).units).toBeGreaterThanOrEqual(158);
    expect(text).toContain('€');
  });

  it('makes typography plain rather than spending UCS-2 on it', () => {
    const text = fitSms({ prefix, title: 'Send Mum’s “birthday” card — today', suffix });
    expect(text).toBe('Ordo: Send Mum\'s "birthday" card - today starts at 14:30');
    expect(smsLength(text)).toMatchObject({ encoding: 'gsm7', segments: 1 });
  });

  it('fits an emoji title into one UCS-2 segment with a one-unit ellipsis', () => {
    const title = `🎉 Party planning for the whole team ${'x'.repeat(40)}`;
    const text = fitSms({ prefix, title, suffix });
    expect(smsLength(text)).toMatchObject({ encoding: 'ucs2', segments: 1 });
    expect(text).toContain(`…${suffix}`);
    expect(text.startsWith(`${prefix}🎉 Party planning`)).toBe(true);
    // No lone surrogate anywhere.
    expect(text).not.toMatch(broken);
  });

  it('never cuts inside a grapheme: a flag or a family emoji stays whole or goes whole', () => {
    const family = '👨‍👩‍👧';
    for (let fill = 40; fill < 60; fill += 1) {
      const text = fitSms({ prefix, title: `${'a'.repeat(fill)}${family}${'b'.repeat(20)}🇫🇷`, suffix }, { minTitle: 1 });
      expect(smsLength(text).segments).toBe(1);
      expect(text).not.toMatch(broken);
      const kept = text.slice(prefix.length, text.length - suffix.length);
      // Either the whole family is there, or none of it.
      const parts = ['👨', '👩', '👧'].map((member) => kept.includes(member));
      expect(parts.every(Boolean) || !parts.some(Boolean)).toBe(true);
    }
  });

  it('takes a second segment rather than cut a title to almost nothing', () => {
    const longSuffix = ` is ready: https://ordo.example.com/briefs/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`;
    const title = 'Your weekly review for Monday 7 December, with every project and the focus for the week ahead';
    // One segment would leave 66 characters of the title: cut.
    const cut = fitSms({ prefix, title, suffix: longSuffix });
    expect(smsLength(cut).segments).toBe(1);
    expect(cut).toContain('Your weekly review for Monday 7 December, with every project and the foc...');
    // One segment would leave 12 (under the floor of 24): whole, in two.
    const footer = `${longSuffix} - open it to see your focus for the week and what slipped`;
    const whole = fitSms({ prefix, title, suffix: footer });
    expect(whole).toBe(`${prefix}${title}${footer}`);
    expect(smsLength(whole).segments).toBe(2);
    // With a lower floor it is cut to one segment after all.
    const short = fitSms({ prefix, title, suffix: footer }, { minTitle: 10 });
    expect(smsLength(short).segments).toBe(1);
    expect(short).toBe(`${prefix}Your weekly re...${footer}`);
  });

  it('never exceeds three segments, however long the title', () => {
    for (const title of ['x'.repeat(2000), 'ç'.repeat(2000), '🎉'.repeat(500), '€'.repeat(600)]) {
      const text = fitSms({ prefix, title, suffix });
      expect(smsLength(text).segments).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);
      expect(text.endsWith(suffix)).toBe(true);
      // The notifications.body column holds at most 480 characters.
      expect([...text].length).toBeLessThanOrEqual(480);
    }
    // A title fitting one segment when cut to 24+ characters is cut: long titles never take three.
    expect(smsLength(fitSms({ prefix, title: 'x'.repeat(2000), suffix })).segments).toBe(1);
    // Fixed text that cannot fit even the ellipsis in one segment: three at most.
    const longPrefix = 'p'.repeat(300);
    const text = fitSms({ prefix: longPrefix, title: 'y'.repeat(500), suffix });
    expect(smsLength(text)).toMatchObject({ segments: 3 });
    expect(text.startsWith(longPrefix)).toBe(true);
  });

  it('puts the title on one line', () => {
    expect(fitSms({ prefix, title: '  Call\nthe   bank \t', suffix })).toBe('Ordo: Call the bank starts at 14:30');
  });

  it('refuses fixed text that is itself over three segments', () => {
    expect(() => fitSms({ prefix: 'p'.repeat(460), title: 'title' })).toThrow(RangeError);
  });
});

describe('capSmsSegments', () => {
  it('leaves a text of up to three segments as it is', () => {
    for (const text of ['Call the bank', 'x'.repeat(459), 'ж'.repeat(201), '\u201cquoted\u201d '.repeat(20)]) expect(capSmsSegments(text)).toBe(text);
  });

  it('cuts a four-segment UCS-2 text to three with an ellipsis, at a character boundary', () => {
    const text = `Напоминание: ${'позвонить в банк 🎉 '.repeat(12)}`;
    expect(smsLength(text)).toMatchObject({ encoding: 'ucs2', segments: 4 });
    const capped = capSmsSegments(text);
    expect(smsLength(capped).segments).toBe(3);
    expect(capped.endsWith('…')).toBe(true);
    expect(text.startsWith(capped.slice(0, -1).trimEnd())).toBe(true);
    // The most that fits: one more character of the text would take a fourth segment.
    const kept = capped.slice(0, -1);
    const next = Array.from(text.slice(kept.length))[0] as string;
    expect(smsLength(`${kept}${next}…`).segments).toBeGreaterThan(3);
  });

  it('makes typography plain before cutting when that alone fits three segments', () => {
    const text = `\u201c${'a'.repeat(300)}\u201d`;
    expect(smsLength(text).segments).toBe(5);
    expect(capSmsSegments(text)).toBe(`"${'a'.repeat(300)}"`);
  });
});

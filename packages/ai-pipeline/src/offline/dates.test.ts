import { afterEach, describe, expect, it } from 'vitest';
import { type DateReference, easterSunday, findDate, isDatePhrase } from './dates.ts';

// 2026-11-23 is a Monday.
const berlin: DateReference = { today: '2026-11-23', timezone: 'Europe/Berlin' };

function due(text: string, reference: DateReference = berlin): string | null {
  return findDate(text, reference)?.due_date ?? null;
}

function startAt(text: string, reference: DateReference): string | null {
  return findDate(text, reference)?.start_at ?? null;
}

describe('date phrases', () => {
  it('resolves the phrases people write in to-do lists', () => {
    expect(due('call mom tomorrow')).toBe('2026-11-24');
    expect(due('pay rent by Friday')).toBe('2026-11-27');
    expect(due('party Dec 5')).toBe('2026-12-05');
    expect(due('send deck end of day Wednesday')).toBe('2026-11-25');
    expect(due('clean garage this weekend')).toBe('2026-11-28');
    expect(due('renew passport in 2 weeks')).toBe('2026-12-07');
    expect(due('plan trip next week')).toBe('2026-11-30');
    expect(due('taxes by end of month')).toBe('2026-11-30');
    expect(due('order tiles by EOW')).toBe('2026-11-27');
    expect(due('review PR eod')).toBe('2026-11-23');
    expect(due('call mom 2moro')).toBe('2026-11-24');
    expect(due('pay rent on the 1st')).toBe('2026-12-01');
    expect(due('cancel it before December')).toBe('2026-11-30');
  });

  it('reads "last" before a weekday as the one in the week gone, and "the last" before one as an ordinal', () => {
    expect(due('the receipts from last Friday')).toBe('2026-11-20');
    expect(due('what we agreed last Monday')).toBe('2026-11-16');
    expect(due('send the invoice the last Friday of the month')).toBe('2026-11-27');
  });

  it('reads a day the calendar does not have as no date, and a 29th of February as the next leap year\'s', () => {
    expect(due('pay rent bis 31.04.')).toBeNull();
    expect(due('zahlen bis 31. April')).toBeNull();
    expect(due('pagar el 30 de febrero')).toBeNull();
    expect(due('pay the fee 00.10')).toBeNull();
    expect(due('renew 29.02.2027')).toBeNull();
    expect(due('renew on 29.02')).toBe('2028-02-29');
    expect(due('renew 29.02.2028')).toBe('2028-02-29');
    expect(due('bis 30.04.')).toBe('2027-04-30');
  });

  it('reads no date in a version number', () => {
    expect(due('tag v0.9.3')).toBeNull();
    expect(due('release 1.2.3')).toBeNull();
    expect(due('tag v0.9.3 friday')).toBe('2026-11-27');
    expect(due('bump to 2.0.1 by 3.4')).toBe('2027-04-03');
  });

  it('reads "wk" and the misspelt "weak" after next, this and end of as a week', () => {
    expect(due('book the vet next wk')).toBe('2026-11-30');
    expect(due('sort the garage next weak')).toBe('2026-11-30');
    expect(due('tidy the shed this wk')).toBe('2026-11-27');
    expect(due('invoice Lars end of wk')).toBe('2026-11-27');
    expect(due('a weak spot in the fence')).toBeNull();
  });

  it('gives the span to cut, with the word that introduces it', () => {
    const found = findDate('finish report by Friday please', berlin);
    expect(found && 'finish report by Friday please'.slice(found.index, found.index + found.length)).toBe('by Friday');
  });

  it('ignores words that only look like dates', () => {
    expect(findDate('I may need a second opinion', berlin)).toBeNull();
    expect(findDate('march the dog round the block', berlin)).toBeNull();
  });

  it('reads British "Thursday week", "a week on Friday", "in a fortnight", "the week after next" and "mid-January"', () => {
    expect(due('call Sue Thursday week')).toBe('2026-12-03');
    expect(due('book the MOT a week on Friday')).toBe('2026-12-04');
    expect(due('order the cake in a fortnight')).toBe('2026-12-07');
    expect(due('sort the garage the week after next')).toBe('2026-12-07');
    expect(due('pay the tax mid-January')).toBe('2027-01-15');
  });

  it('reads a weekend or an ordinal naming which thing as no date, and a day of the month as one', () => {
    expect(findDate('post the listing for a weekend counter person', berlin)).toBeNull();
    expect(findDate('look into a loan for the second oven', berlin)).toBeNull();
    expect(findDate('clean the 2nd bathroom', berlin)).toBeNull();
    expect(due('pay rent on the 1st')).toBe('2026-12-01');
    expect(due('book the venue for the 5th at 3pm')).toBe('2026-12-05');
    expect(due('call mum this weekend')).toBe('2026-11-28');
    // A spelled ordinal counting things is no day, and hides none after it.
    expect(due('re-seal the windows before the first bookings on the 1st')).toBe('2026-11-30');
    expect(findDate('cancel the second Spotify account', berlin)).toBeNull();
    expect(findDate('book the first night at the hostel', berlin)).toBeNull();
    // Spelled as a day, with its month after it, it is that month's.
    expect(due('pay the deposit on the first of May')).toBe('2027-05-01');
  });

  it('leaves a habit\'s rhythm ("every day", "each Monday") in the title, not as a due date', () => {
    expect(findDate('start journaling every day', berlin)).toBeNull();
    expect(findDate('water the plants every Monday', berlin)).toBeNull();
    expect(findDate('stretch every morning', berlin)).toBeNull();
    expect(due('stretch every morning, starting tomorrow')).toBe('2026-11-24');
  });

  it('reads spoken numbers, "next <weekday>" as next week\'s, and "before X" as the day before', () => {
    expect(findDate('pick up Noah at five thirty on Thursday', berlin)?.start_at).toBe('2026-11-26T17:30:00+01:00');
    expect(due('register by the fifteenth')).toBe('2026-12-15');
    expect(due('pay the deposit by the twenty-first of March')).toBe('2027-03-21');
    expect(due('prep next Friday')).toBe('2026-12-04');
    expect(due('renew the permit before Feb 28')).toBe('2027-02-27');
    expect(due('cancel it before it renews on the 2nd')).toBe('2026-12-01');
    expect(due('submit the claim before midnight')).toBe('2026-11-23');
  });

  it('reads a range of days by its first, the range whole, so no end of it is left in the title', () => {
    const read = (text: string) => {
      const found = findDate(text, berlin);
      return found && [text.slice(found.index, found.index + found.length), found.due_date];
    };
    expect(read('book flights for the 27th–29th')).toEqual(['for the 27th–29th', '2026-11-27']);
    expect(read('book the hut for the 27th to the 29th')).toEqual(['for the 27th to the 29th', '2026-11-27']);
    // A spaced dash and a bare number after a day is no range: "on the 27th - 3 bills left".
    expect(read('pay rent on the 27th - 3 bills left')).toEqual(['on the 27th', '2026-11-27']);
  });

  it('reads "sharp" after a clock time as part of it', () => {
    const found = findDate('call the surgery at 8am sharp to get an appointment', berlin);
    expect(found && 'call the surgery at 8am sharp to get an appointment'.slice(found.index, found.index + found.length)).toBe('at 8am sharp');
    expect(found?.start_at).toBe('2026-11-23T08:00:00+01:00');
  });

  it('reads "after" a clock time on a day as that day, and "after" a day alone as the day after', () => {
    // berlin's today is Monday 2026-11-23.
    expect(findDate('pick up the suit, ready after 5pm Tue', berlin)?.start_at).toBe('2026-11-24T17:00:00+01:00');
    expect(due('call after 3pm on the 30th')).toBe('2026-11-30');
    expect(due('after Tuesday: return the drill')).toBe('2026-11-25');
  });

  it('reads no date in how long something lasts, in "one day", or in a part of the day naming a thing', () => {
    expect(findDate('ask Gran if she can come stay for a few days', berlin)).toBeNull();
    expect(findDate('book the cabin for 3 nights', berlin)).toBeNull();
    expect(findDate('water the plants while they are away for two weeks', berlin)).toBeNull();
    expect(findDate('ask Tom to cover, I need one day off', berlin)).toBeNull();
    expect(findDate('order the night light from the baby shop', berlin)).toBeNull();
    expect(findDate('print my evening timetable', berlin)).toBeNull();
    // Still dates: a span counted from today, a part of the day that is when, the night before a day.
    expect(due('in a few days call the garage')).toBe('2026-11-26');
    expect(findDate('call Mum tonight', berlin)?.due_date).toBe('2026-11-23');
    expect(findDate('pack the bags the night before', berlin)).toBeNull();
  });

  it('reads named holidays introduced as dates, but not a holiday naming a thing', () => {
    expect(due('call Grandpa on Father\'s Day', { today: '2026-06-01', timezone: 'Europe/Berlin' })).toBe('2026-06-21');
    expect(due('NYE: fireworks with the Taylors')).toBe('2026-12-31');
    expect(due('after Boxing Day: return the jandals')).toBe('2026-12-27');
    expect(findDate('order Christmas cards', berlin)).toBeNull();
    expect(findDate('swap my Saturday shift', berlin)).toBeNull();
    // Opening the clause, a holiday followed by a thing still names the thing; by a verb or a time of it, the day.
    expect(findDate('christmas cards', berlin)).toBeNull();
    expect(findDate('Halloween costumes for the twins', berlin)).toBeNull();
    expect(due('xmas buy the tree')).toBe('2026-12-25');
    expect(due('Christmas morning: open presents')).toBe('2026-12-25');
    expect(due("Christmas Eve dinner at Mum's")).toBe('2026-12-24');
    // An outdoor meal held that day is such an occasion too.
    expect(due("4th of July cookout at Brenda's", { today: '2026-06-28', timezone: 'America/Chicago' })).toBe('2026-07-04');
    expect(due('christmas picnic on the beach')).toBe('2026-12-25');
    // "Independence Day" is the country's own where the zone says which country; the 4th of July elsewhere.
    expect(due('call Yiayia on Independence Day', { today: '2027-03-01', timezone: 'Europe/Athens' })).toBe('2027-03-25');
    expect(due('flags up before Independence Day', { today: '2026-08-01', timezone: 'Asia/Kolkata' })).toBe('2026-08-14');
    expect(due('call Grandpa on Independence Day', { today: '2026-06-01', timezone: 'America/Chicago' })).toBe('2026-07-04');
    expect(due('call Yiayia on the 4th of July', { today: '2027-03-01', timezone: 'Europe/Athens' })).toBe('2027-07-04');
  });

  it("reads a holiday's name as the day it is in the person's country", () => {
    // Labour Day: 1 May in most of the world, the early May bank holiday in Britain, by state in Australia.
    expect(due('shop shut on Labour Day', { today: '2027-03-01', timezone: 'Europe/Berlin' })).toBe('2027-05-01');
    expect(due('shop shut on Labour Day', { today: '2027-03-01', timezone: 'Europe/London' })).toBe('2027-05-03');
    expect(due('shop shut on Labour Day', { today: '2027-03-01', timezone: 'Australia/Melbourne' })).toBe('2027-03-08');
    expect(due('shop shut on Labor Day', { today: '2027-03-01', timezone: 'America/Chicago' })).toBe('2027-09-06');
    expect(due('shop shut on Labour Day', { today: '2027-03-01', timezone: 'America/Toronto' })).toBe('2027-09-06');
    // Thanksgiving in Canada is in October.
    expect(due('turkey order by Thanksgiving', { today: '2027-09-01', timezone: 'America/Toronto' })).toBe('2027-10-11');
    expect(due('turkey order by Thanksgiving', { today: '2027-09-01', timezone: 'America/New_York' })).toBe('2027-11-25');
    // North America's Monday holidays, Victoria Day the Monday before 25 May; the fixed days of November and July.
    expect(due("Ravi's gift by Victoria Day", { today: '2027-05-10', timezone: 'America/Toronto' })).toBe('2027-05-24');
    expect(due("Ravi's gift by Victoria Day", { today: '2026-05-01', timezone: 'America/Toronto' })).toBe('2026-05-18');
    expect(due("cabin booked before Presidents' Day", { today: '2027-01-10', timezone: 'America/Denver' })).toBe('2027-02-14');
    expect(due('office shut on MLK Day', { today: '2027-01-02', timezone: 'America/Chicago' })).toBe('2027-01-18');
    expect(due('leaflets reprinted before Bonfire Night', { today: '2027-10-31', timezone: 'Europe/London' })).toBe('2027-11-04');
    expect(due('poppies on Remembrance Day', { today: '2026-11-01', timezone: 'America/Halifax' })).toBe('2026-11-11');
    // Mothering Sunday is three Sundays before Easter (28 March 2027).
    expect(due("flowers for Mum on Mother's Day", { today: '2027-02-01', timezone: 'Europe/London' })).toBe('2027-03-07');
    expect(due("flowers for Mum on Mother's Day", { today: '2027-02-01', timezone: 'America/Chicago' })).toBe('2027-05-09');
    // Father's Day is in September in Australia, on Saint Joseph's day in Italy.
    expect(due("call Dad on Father's Day", { today: '2027-02-01', timezone: 'Australia/Sydney' })).toBe('2027-09-05');
    expect(due("call Dad on Father's Day", { today: '2027-02-01', timezone: 'Europe/Rome' })).toBe('2027-03-19');
    // After "the", the same: "the Easter fair" is a thing whose day is not said, "the Christmas holidays" a time.
    expect(findDate('get the car serviced before the Easter road trip', berlin)).toBeNull();
    expect(due('get the car serviced before the Christmas holidays')).toBe('2026-12-24');
    expect(findDate('flights for the long weekend', berlin)).toBeNull();
  });

  it('reads Easter and the holidays around it from the year\'s Easter Sunday', () => {
    expect([2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
    expect(due('Easter: paint the fence')).toBe('2027-03-28');
    expect(due('ring Gran on Easter Monday')).toBe('2027-03-29');
    expect(due('before Good Friday: post the cards')).toBe('2027-03-25');
    expect(due('vor Ostern: Fenster putzen')).toBe('2027-03-27');
    // A holiday named by its weekday is that day wherever it stands, never the coming Tuesday or Friday.
    expect(due('pancakes for Shrove Tuesday')).toBe('2027-02-09');
    expect(due('king cake for Fat Tuesday')).toBe('2027-02-09');
    expect(due('hot cross buns for Good Friday')).toBe('2027-03-26');
    expect(due('on Shrove Tuesday make the batter')).toBe('2027-02-09');
    expect(due('Ash Wednesday: fast')).toBe('2027-02-10');
    expect(due('by Maundy Thursday send the rota')).toBe('2027-03-25');
    expect(due('Holy Saturday: hide the eggs')).toBe('2027-03-27');
    expect(due('Whit Monday: picnic in the park')).toBe('2027-05-17');
    expect(due('vor Pfingsten: Zelt flicken')).toBe('2027-05-15');
    expect(due('Ascension Day: hike with the kids')).toBe('2027-05-06');
    expect(due('Fronleichnam: Brücke buchen')).toBe('2027-05-27');
    expect(findDate('book the Easter holiday club', berlin)).toBeNull();
  });

  it('reads a holiday named by its weekday that names a thing as no day, its weekday included', () => {
    // "the Good Friday meditation" is which meditation: neither Good Friday nor the coming Friday is when to write it.
    expect(findDate('write the Good Friday meditation', berlin)).toBeNull();
    expect(due('write the Good Friday meditation by Wednesday night')).toBe('2026-11-25');
    expect(due('draft the Easter Sunday sermon by Thursday')).toBe('2026-11-26');
    expect(findDate('print the Palm Sunday readings', berlin)).toBeNull();
  });

  it('reads slashed dates day first outside month-first countries, and dates in other languages', () => {
    expect(due('quote by 2/4', { today: '2027-03-01', timezone: 'Australia/Sydney' })).toBe('2027-04-02');
    expect(due('quote by 3/12', { today: '2027-03-01', timezone: 'America/Denver' })).toBe('2027-03-12');
    expect(due('Zahnarzt Dienstag 10 Uhr')).toBe('2026-11-24');
    expect(due('Geschenk für Papa bis 14.02')).toBe('2027-02-14');
    expect(due('payer la cantine fin du mois')).toBe('2026-11-30');
    expect(due('llevar el auto al service la semana que viene')).toBe('2026-11-30');
  });

  it('skips months too short for "the 31st"', () => {
    expect(due('pay the bill on the 31st', { today: '2026-11-23', timezone: 'UTC' })).toBe('2026-12-31');
    expect(due('pay the bill on the 30th', { today: '2027-01-31', timezone: 'UTC' })).toBe('2027-03-30');
  });

  it('reads "this week" and "next week" from a Sunday as the week ahead', () => {
    const sunday: DateReference = { today: '2026-11-29', timezone: 'Europe/Berlin' };
    expect(due('plan this week', sunday)).toBe('2026-12-04');
    expect(due('plan next week', sunday)).toBe('2026-11-30');
    expect(due('tidy this weekend', sunday)).toBe('2026-11-29');
    // The coming Saturday lies in next week, so it is next weekend's.
    expect(due('sort the attic next weekend', sunday)).toBe('2026-12-05');
    expect(due('sort the attic next weekend', { today: '2026-11-28', timezone: 'Europe/Berlin' })).toBe('2026-12-05');
    expect(due('sort the attic next weekend', { today: '2026-11-26', timezone: 'Europe/Berlin' })).toBe('2026-12-05');
  });

  it('tells date phrases from other labels', () => {
    expect(isDatePhrase('Tomorrow')).toBe(true);
    expect(isDatePhrase('Sunday 10am')).toBe(true);
    expect(isDatePhrase('Garden')).toBe(false);
    expect(isDatePhrase('Dentist on Friday')).toBe(false);
  });
});

describe('numbers that look like times or days but are not due dates', () => {
  it.each([
    ['cancel my 2pm', null],
    ['push our 10:30am back', null],
    ['1:1s with the team', null],
    ['prep the 1:1 with Sam on Friday', '2026-11-27'],
    ['run 3x a week', null],
    ['swim 2x per week', null],
    ['gym 3x this week', '2026-11-27'],
    ['call Sam at 2pm', '2026-11-23'],
  ])('"%s" is due %s', (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

describe('dates across DST switches', () => {
  it('gives start_at the offset in force on the day, not today', () => {
    // Friday 27 March 2026, CET; Berlin switches to CEST on Sunday 29 March.
    const beforeSwitch: DateReference = { today: '2026-03-27', timezone: 'Europe/Berlin' };
    expect(findDate('next Tuesday at 3pm', beforeSwitch)).toMatchObject({ due_date: '2026-03-31', start_at: '2026-03-31T15:00:00+02:00' });
    expect(startAt('today at 3pm', beforeSwitch)).toBe('2026-03-27T15:00:00+01:00');
    // Friday 23 October 2026, CEST; back to CET on Sunday 25 October.
    expect(startAt('Monday at 9am', { today: '2026-10-23', timezone: 'Europe/Berlin' })).toBe('2026-10-26T09:00:00+01:00');
  });

  it('handles New York in March and November', () => {
    // Friday 6 March 2026 (EST); EDT from Sunday 8 March.
    expect(startAt('Monday at 9am', { today: '2026-03-06', timezone: 'America/New_York' })).toBe('2026-03-09T09:00:00-04:00');
    // Friday 30 October 2026 (EDT); EST from Sunday 1 November.
    expect(startAt('Monday at 9am', { today: '2026-10-30', timezone: 'America/New_York' })).toBe('2026-11-02T09:00:00-05:00');
    expect(startAt('tomorrow at 8:30pm', { today: '2026-10-31', timezone: 'America/New_York' })).toBe('2026-11-01T20:30:00-05:00');
  });

  it('moves a time that does not exist on spring-forward day to after the gap', () => {
    expect(startAt('tomorrow at 2:30am', { today: '2026-03-28', timezone: 'Europe/Berlin' })).toBe('2026-03-29T03:30:00+02:00');
  });

  it('takes the first occurrence of a time repeated on fall-back day', () => {
    expect(startAt('tomorrow at 1:30am', { today: '2026-10-31', timezone: 'America/New_York' })).toBe('2026-11-01T01:30:00-04:00');
  });
});

describe('dates far east and west, near midnight', () => {
  it('uses the person\'s today in Auckland when UTC is still on yesterday', () => {
    // 11:30 UTC on 23 November is 00:30 on 24 November in Auckland (NZDT, +13).
    const auckland: DateReference = { today: '2026-11-24', timezone: 'Pacific/Auckland', now: new Date('2026-11-23T11:30:00Z') };
    expect(due('call Mere tomorrow', auckland)).toBe('2026-11-25');
    expect(due('do it today', auckland)).toBe('2026-11-24');
    expect(startAt('ring the bank in 2 hours', auckland)).toBe('2026-11-24T02:30:00+13:00');
  });

  it('uses the person\'s today in Honolulu when UTC is already on tomorrow', () => {
    // 09:30 UTC on 24 November is 23:30 on 23 November in Honolulu (-10, no DST).
    const honolulu: DateReference = { today: '2026-11-23', timezone: 'Pacific/Honolulu', now: new Date('2026-11-24T09:30:00Z') };
    expect(due('surf lesson tomorrow', honolulu)).toBe('2026-11-24');
    expect(startAt('surf lesson tomorrow at 7am', honolulu)).toBe('2026-11-24T07:00:00-10:00');
  });

  it('puts a weekday with a time on the coming one in zones behind UTC, never the one just gone', () => {
    // 2026-11-27 is a Friday.
    for (const timezone of ['America/Los_Angeles', 'Pacific/Honolulu', 'America/New_York', 'Europe/Berlin', 'Pacific/Auckland']) {
      const friday: DateReference = { today: '2026-11-27', timezone };
      expect(due('submit it by Thursday 5pm', friday)).toBe('2026-12-03');
      expect(due('thu 2pm dentist', friday)).toBe('2026-12-03');
      expect(due('Thursday evening', friday)).toBe('2026-12-03');
      expect(due('Friday 9am', friday)).toBe('2026-11-27');
    }
  });

  it('keeps "tomorrow" on the next day at 23:55', () => {
    const lateNight: DateReference = { today: '2026-11-23', timezone: 'Europe/Berlin', now: new Date('2026-11-23T22:55:00Z') };
    expect(due('tomorrow', lateNight)).toBe('2026-11-24');
    expect(due('tonight', lateNight)).toBe('2026-11-23');
  });

  it('reads days and times the same all day long; only spans from the clock use now', () => {
    // Friday 27 November 2026, 16:00 in Berlin.
    const afternoon: DateReference = { today: '2026-11-27', timezone: 'Europe/Berlin', now: new Date('2026-11-27T15:00:00Z') };
    expect(due('pay by Friday', afternoon)).toBe('2026-11-27');
    expect(startAt('call at 9am', afternoon)).toBe('2026-11-27T09:00:00+01:00');
    expect(startAt('call back in 30 minutes', afternoon)).toBe('2026-11-27T16:30:00+01:00');
  });

  it('falls back to the start of today when now is on another day there', () => {
    const stale: DateReference = { today: '2026-11-23', timezone: 'Europe/Berlin', now: new Date('2026-11-25T12:00:00Z') };
    expect(due('tomorrow', stale)).toBe('2026-11-24');
  });
});

describe('dates do not depend on the machine zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('gives the same answers under Kathmandu and Los Angeles machine clocks', () => {
    const reference: DateReference = { today: '2026-03-27', timezone: 'Europe/Berlin', now: new Date('2026-03-27T22:30:00Z') };
    const answers = ['UTC', 'Asia/Kathmandu', 'America/Los_Angeles'].map((zone) => {
      process.env.TZ = zone;
      return ['tomorrow at 2:30am', 'next Tuesday at 3pm', 'Sunday 10am'].map((text) => findDate(text, reference));
    });
    process.env.TZ = 'Asia/Kathmandu';
    expect(new Date('2026-03-27T12:00:00Z').getTimezoneOffset(), 'the machine zone really changed').toBe(-345);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0]?.[0]?.start_at).toBe('2026-03-28T02:30:00+01:00');
  });
});

describe('British and other languages\' ways of writing a day', () => {
  // 2026-02-03 is a Tuesday.
  const london: DateReference = { today: '2026-02-03', timezone: 'Europe/London' };

  it('reads "next" before a shortened weekday as next week\'s', () => {
    expect(due('review onboarding emails next Tues', london)).toBe('2026-02-10');
    expect(due('gym Tues', london)).toBe('2026-02-03');
    expect(due('call the bank next weds', london)).toBe('2026-02-11');
  });

  it('reads "lundi prochain", "el próximo lunes", "nächsten Montag" as next week\'s Monday', () => {
    expect(due('finish the slides lundi prochain', london)).toBe('2026-02-09');
    expect(due('llamar a Carlos el próximo lunes', london)).toBe('2026-02-09');
    expect(due('Lukas anrufen nächsten Montag', london)).toBe('2026-02-09');
  });

  it('reads a dotted time after a day, and leaves prices alone', () => {
    expect(startAt('dentist 3rd March 10.30', london)).toBe('2026-03-03T10:30:00+00:00');
    expect(startAt('call Friday 14.15', london)).toBe('2026-02-06T14:15:00+00:00');
    expect(findDate('pay 10.50 for parking', london)).toBeNull();
  });

  it('reads a day and month closed by a dot after a weekday as that day, with no time', () => {
    expect(findDate('flea market Sun 8.2.', london)).toMatchObject({ due_date: '2026-02-08', start_at: null });
    expect(findDate('choir Wed 11.02. at the hall', london)).toMatchObject({ due_date: '2026-02-11', start_at: null });
    expect(startAt('call Friday 10.45.', london)).toBe('2026-02-06T10:45:00+00:00');
  });

  it('reads no day in a span nothing counts from today, nor in a day something was due on', () => {
    expect(findDate('book the welder, the job takes a week', london)).toBeNull();
    expect(findDate("chase the refund, it's been two weeks", london)).toBeNull();
    expect(findDate('order the tiles (8 week lead time)', london)).toBeNull();
    expect(due('chase the refund in two weeks', london)).toBe('2026-02-17');
    expect(findDate('return the drill, it was due Monday', london)).toBeNull();
    expect(findDate('parking fines (they were due 1/20)', london)).toBeNull();
    expect(due('return the drill, due Monday', london)).toBe('2026-02-09');
  });

  it('reads "before the weekend" as the Friday ahead of it, and "over the weekend" as the weekend', () => {
    expect(due('oil the hinges before the weekend', london)).toBe('2026-02-06');
    expect(due('oil the hinges before the weekend', { today: '2026-02-07', timezone: 'Europe/London' })).toBe('2026-02-13');
    expect(due('oil the hinges over the weekend', london)).toBe('2026-02-07');
  });

  it('reads a number naming a thing before "before" or "after" a day as no hour', () => {
    expect(findDate('mark essay 12 before Friday', london)).toMatchObject({ due_date: '2026-02-05', start_at: null });
    expect(findDate('call the vet at 4 before Friday', london)).toMatchObject({ due_date: '2026-02-06', start_at: '2026-02-06T16:00:00+00:00' });
  });

  it('reads no day in a thing from a day gone, but reads a day things start from', () => {
    expect(findDate('refit the pump (the seal from Monday was cracked)', london)).toBeNull();
    expect(findDate('ring Tomas back (Ana, his voicemail from the 2nd)', london)).toBeNull();
    expect(due("file my notes from Monday's seminar, do it tonight", london)).toBe('2026-02-03');
    expect(due('collect my keys from Friday', london)).toBe('2026-02-06');
    expect(due('swap the rota from Monday to Wednesday', london)).toBe('2026-02-09');
  });

  it('does not read "for the week" as a week from today', () => {
    expect(findDate('meal prep for the week', london)).toBeNull();
    expect(findDate('groceries for the week', london)).toBeNull();
  });
});

describe('day phrases the development sets missed (twelfth round)', () => {
  // 2026-06-04 is a Thursday.
  const london: DateReference = { today: '2026-06-04', timezone: 'Europe/London' };
  const cut = (text: string, reference: DateReference = london) => {
    const found = findDate(text, reference);
    return found ? `${text.slice(0, found.index)}${text.slice(found.index + found.length)}`.trim() : text;
  };

  it('reads a day of the month with no "the", alone or after its weekday, but not an ordinal naming a thing', () => {
    expect(due("kids' dentist 28th", london)).toBe('2026-06-28');
    expect(due('passport appointment Tues 16th', london)).toBe('2026-06-16');
    expect(due('send in a raffle prize by Wednesday 24th', london)).toBe('2026-06-24');
    expect(cut('send in a raffle prize by Wednesday 24th')).toBe('send in a raffle prize');
    expect(due('book flights for Jan 3rd', london)).toBe('2027-01-03');
    expect(findDate('buy a card for her 30th', london)).toBeNull();
    expect(findDate("Mike's 40th party", london)).toBeNull();
    expect(findDate('the 3rd floor printer', london)).toBeNull();
  });

  it('reads the day after tomorrow and a bare day of the month in other languages', () => {
    expect(due('Auto waschen übermorgen', london)).toBe('2026-06-06');
    expect(due('turno con el dentista pasado mañana', london)).toBe('2026-06-06');
    expect(due('rappeler Claire après-demain', london)).toBe('2026-06-06');
    expect(due('do the laundry the day after tomorrow', london)).toBe('2026-06-06');
    expect(due('regalo para Sofi (el 27)', london)).toBe('2026-06-27');
  });

  it('reads a dotted day and month without the month\'s zero, but not a distance or a price', () => {
    const berlin: DateReference = { today: '2026-09-03', timezone: 'Europe/Berlin' };
    expect(due('call Oma on her birthday 8.9.', berlin)).toBe('2026-09-08');
    expect(due('renew the Bahncard before 10.9', berlin)).toBe('2026-09-09');
    expect(findDate('run 10.5 km', berlin)).toBeNull();
    expect(findDate('pay £4.5 back', berlin)).toBeNull();
  });

  it('reads "before" shortened as "b4" and before a shortened month, "before lunch" as today', () => {
    expect(due('CPF top up b4 30 jun', london)).toBe('2026-06-29');
    expect(cut('CPF top up b4 30 jun')).toBe('CPF top up');
    expect(due('book a checkup (before Dec)', london)).toBe('2026-11-30');
    expect(due('ping Lauren before lunch', london)).toBe('2026-06-04');
  });

  it('does not move a day said in brackets by a "before" outside them', () => {
    expect(due('sign up for the pottery class before it fills up (starts the 17th)', london)).toBe('2026-06-17');
    expect(due('cancel it before it renews on the 20th', london)).toBe('2026-06-19');
  });

  it('reads "this week" in other languages, and a label "after Boxing Day" as a day', () => {
    expect(due('Diese Woche', london)).toBe('2026-06-05');
    expect(due('esta semana', london)).toBe('2026-06-05');
    expect(isDatePhrase('after Boxing Day')).toBe(true);
    expect(due('after Boxing Day', london)).toBe('2026-12-27');
  });

  it('reads the occasion a task is for as its day, and a day talked about as none', () => {
    expect(due('prepare the slides for the Friday meeting', london)).toBe('2026-06-05');
    expect(findDate('prepare the slides for the Friday meeting', london)?.occasion).toBe(true);
    expect(findDate('text Becky back about Saturday', london)).toBeNull();
    expect(findDate('ring mum about the weekend', london)).toBeNull();
    // Hours it takes, not a time of day.
    expect(findDate('translate ep 8 first pass ~3h', london)).toBeNull();
    expect(findDate('watch the pilot 2h', london)).toBeNull();
    expect(findDate('rdv dentiste à 15h', london)?.start_at).toBe('2026-06-04T15:00:00+01:00');
    expect(findDate("call Mrs Janssens back re: Friday's poodle", london)).toBeNull();
    expect(due('book the hotel for the weekend', london)).toBe('2026-06-06');
    expect(findDate('send the Friday meeting notes', london)).toBeNull();
  });

  it('reads "the minutes" and "the night before" as no date, and a spoken two-word ordinal whole', () => {
    expect(findDate('email Siobhán the minutes', london)).toBeNull();
    expect(findDate('move the car the night before', london)).toBeNull();
    expect(cut("book the restaurant for mamma's birthday on Sunday the twenty fifth")).toBe("book the restaurant for mamma's birthday");
  });
});

describe('reading a text again', () => {
  it('hands back the first reading for the same text, day and zone, and reads anew when they differ', () => {
    expect(findDate('dentist Friday at 10', berlin)).toBe(findDate('dentist Friday at 10', berlin));
    expect(findDate('dentist at 10', berlin)?.due_date).toBe('2026-11-23');
    expect(findDate('dentist at 10', berlin, '2026-11-25')?.due_date).toBe('2026-11-25');
    expect(findDate('dentist at 10', { ...berlin, today: '2026-11-24' })?.due_date).toBe('2026-11-24');
    expect(findDate('dentist at 10', { ...berlin, timezone: 'Asia/Tokyo' })?.start_at).toBe('2026-11-23T10:00:00+09:00');
  });
});

describe('dates in Italian and Portuguese, and holidays in other languages', () => {
  // Berlin's today, 2026-11-23, is a Monday.
  it('reads Italian weekdays, with or without the accent, after "entro" and with "prossimo"', () => {
    expect(due('pagare il parcheggio entro giovedì')).toBe('2026-11-26');
    expect(due('chiamare Lorenzo venerdi')).toBe('2026-11-27');
    expect(due('ritirare le scarpe sabato prossimo')).toBe('2026-12-05');
    expect(due('ritirare le scarpe il prossimo sabato')).toBe('2026-12-05');
    const found = findDate('pagare il parcheggio entro giovedì', berlin);
    expect(found && 'pagare il parcheggio entro giovedì'.slice(found.index)).toBe('entro giovedì');
  });

  it('reads Italian days, weeks and months: domani, dopodomani, oggi, la prossima settimana, il fine settimana, fine mese', () => {
    expect(due('prenotare il treno domani sera')).toBe('2026-11-24');
    expect(due('spedire il pacco dopodomani')).toBe('2026-11-25');
    expect(due('stampare i biglietti oggi pomeriggio')).toBe('2026-11-23');
    expect(due('finire la relazione la prossima settimana')).toBe('2026-11-30');
    expect(due('sistemare la cantina nel fine settimana')).toBe('2026-11-28');
    expect(due("pagare l'affitto entro fine mese")).toBe('2026-11-30');
    expect(due('aggiornare il curriculum il mese prossimo')).toBe('2026-12-01');
  });

  it('reads an Italian day of the month after "il" and before a month name', () => {
    expect(due('rinnovare la patente il 9')).toBe('2026-12-09');
    expect(due('consegnare la tesi il 14 dicembre')).toBe('2026-12-14');
    expect(due('iscrizione al corso entro il 3 febbraio')).toBe('2027-02-03');
  });

  it('reads Portuguese weekdays with "-feira", or short after a word that makes them days', () => {
    expect(due('mandar o contrato pro Tiago até quinta')).toBe('2026-11-26');
    expect(due('levar o carro na oficina sexta-feira')).toBe('2026-11-27');
    expect(due('ligar pra Renata segunda que vem')).toBe('2026-11-30');
    expect(due('revisar a proposta na próxima quarta')).toBe('2026-12-02');
    // "segunda" is also "second", "quinta" a farm.
    expect(due('pagar a segunda parcela do carro')).toBeNull();
    expect(due('visitar a quinta dos avós')).toBeNull();
  });

  it('reads Portuguese days, weeks and months: amanhã, hoje, semana que vem, fim de semana, fim do mês', () => {
    expect(due('pagar o condomínio amanhã')).toBe('2026-11-24');
    expect(due('buscar as fotos depois de amanhã')).toBe('2026-11-25');
    expect(due('resolver o banco hoje à tarde')).toBe('2026-11-23');
    expect(due('marcar a reunião pra semana que vem')).toBe('2026-11-30');
    expect(due('fazer a mudança no fim de semana')).toBe('2026-11-28');
    expect(due('fechar as contas até o fim do mês')).toBe('2026-11-30');
    expect(due('trocar o plano do celular mês que vem')).toBe('2026-12-01');
  });

  it('reads Polish days, weeks and months: jutro, pojutrze, w piątek, do środy, w przyszły poniedziałek, do 10 lutego, przed końcem miesiąca', () => {
    expect(due('order plasterboard jutro rano')).toBe('2026-11-24');
    expect(due('Zosia dentysta pojutrze o 16')).toBe('2026-11-25');
    expect(due('wysłać faktury dzisiaj')).toBe('2026-11-23');
    expect(due('call Mrs Byrne w piątek')).toBe('2026-11-27');
    expect(due('finish the skim do środy')).toBe('2026-11-25');
    expect(due('zadzwonić do mamy w niedzielę')).toBe('2026-11-29');
    expect(due('w przyszły poniedziałek rip out the suite')).toBe('2026-11-30');
    expect(due('w przyszłą środę dentysta')).toBe('2026-12-02');
    expect(due('paint the door przed piątkiem')).toBe('2026-11-26');
    expect(due('rata za vana do 10 lutego')).toBe('2027-02-10');
    expect(due('zapłacić przed 5 grudnia')).toBe('2026-12-04');
    expect(due('opłata za szkołę przed końcem miesiąca')).toBe('2026-11-30');
    expect(due('umówić przegląd w przyszłym tygodniu')).toBe('2026-11-30');
    const text = 'Zosia dentysta pojutrze o 16';
    const found = findDate(text, berlin);
    expect(found && text.slice(found.index, found.index + found.length)).toBe('pojutrze o 16');
  });

  it('reads Swahili days and weeks: kesho, kesho kutwa, leo jioni, Ijumaa, wiki ijayo, mwisho wa mwezi', () => {
    expect(due('service the Land Cruiser kesho')).toBe('2026-11-24');
    expect(due('send the park fees kesho kutwa')).toBe('2026-11-25');
    expect(due('call Mzee Lukumay leo jioni')).toBe('2026-11-23');
    expect(due('pick up the family Ijumaa saa nne asubuhi')).toBe('2026-11-27');
    expect(due('nunua keki Jumapili')).toBe('2026-11-29');
    expect(due('kikao Jumanne ijayo')).toBe('2026-12-01');
    expect(due('pay the school fees wiki ijayo')).toBe('2026-11-30');
    expect(due('renew my licence kabla ya mwisho wa mwezi')).toBe('2026-11-30');
    expect(due('lipa kodi kabla ya Ijumaa')).toBe('2026-11-26');
    // "Leo" with a capital and no part of the day is a name.
    expect(due('call Leo about the van')).toBeNull();
  });

  it('reads Turkish days, weeks and months: yarın, öbür gün, bu akşam, cumaya kadar, haftaya, ay sonuna kadar, 5 Aralık', () => {
    expect(due('glaze the bowls yarın')).toBe('2026-11-24');
    expect(due('call Annem öbür gün')).toBe('2026-11-25');
    expect(due('photograph the vases bu akşam')).toBe('2026-11-23');
    expect(due('send the invoice cumaya kadar')).toBe('2026-11-27');
    expect(due('kiln repair cumartesi')).toBe('2026-11-28');
    expect(due('haftaya: order boxes')).toBe('2026-11-30');
    expect(due('haftaya çarşamba dentist')).toBe('2026-12-02');
    expect(due('pay the rent ay sonuna kadar')).toBe('2026-11-30');
    expect(due('apply for the fair, deadline 5 Aralık')).toBe('2026-12-05');
    expect(due('bu hafta içinde the tax form')).toBe('2026-11-27');
    // "Sali" with a plain i is a name; "Tuesday" is "salı".
    expect(due('Sali said the kiln is fixed')).toBeNull();
    expect(due('salı pazar alışverişi')).toBe('2026-11-24');
    const text = 'send the invoice cumaya kadar';
    const found = findDate(text, berlin);
    expect(found && text.slice(found.index, found.index + found.length)).toBe('cumaya kadar');
  });

  it('reads Hindi written in Latin letters: kal tak, parso, aaj, shaam ko, is hafte, agle hafte, and "tak" or "ko" after a date', () => {
    expect(due('Mehta ji ka ITR kal tak file karna hai')).toBe('2026-11-24');
    expect(due('parso CA study circle meeting')).toBe('2026-11-25');
    expect(due('shaam ko mummy ki medicines le aana')).toBe('2026-11-23');
    expect(due('Riya ki school fees is hafte bharni hai')).toBe('2026-11-27');
    expect(due('agle hafte bank jana hai')).toBe('2026-11-30');
    // "kal" alone is yesterday as often as tomorrow.
    expect(due('kal Sunita ne bataya')).toBeNull();
    for (const [text, phrase] of [
      ['audit report next Monday tak', 'next Monday tak'],
      ['repair wale ko bulao, Friday ko', 'Friday ko'],
    ]) {
      const found = findDate(text ?? '', berlin);
      expect(found && text?.slice(found.index, found.index + found.length)).toBe(phrase);
    }
  });

  it('reads a Portuguese "dia" of the month and a day before a month name, but not a rhythm', () => {
    expect(due('a conta de luz vence dia 10')).toBe('2026-12-10');
    expect(due('pagar a escola até o dia 30')).toBe('2026-11-30');
    expect(due('entregar o projeto 4 de dezembro')).toBe('2026-12-04');
    expect(due('viagem 1º de maio de 2027')).toBe('2027-05-01');
    expect(due('todo dia 5 pagar o aluguel')).toBeNull();
    expect(due('ogni lunedì la palestra')).toBeNull();
    const text = 'renew the parking permit, vence dia 10';
    const found = findDate(text, berlin);
    expect(found && text.slice(found.index)).toBe('vence dia 10');
  });

  it('reads Christmas and New Year in other languages when introduced as a day, not when they name what a thing is for', () => {
    expect(due('comprare le luci prima di Natale')).toBe('2026-12-24');
    expect(due('comprar o peru antes do Natal')).toBe('2026-12-24');
    expect(due('Geschenke kaufen vor Weihnachten')).toBe('2026-12-24');
    expect(due('préparer la bûche avant Noël')).toBe('2026-12-24');
    expect(due('rendre les skis après Noël')).toBe('2026-12-26');
    expect(due('llamar a la tía en Nochebuena')).toBe('2026-12-24');
    expect(due('kerstkaarten versturen met kerst')).toBe('2026-12-25');
    expect(due('cancel the gym after Capodanno')).toBe('2027-01-02');
    expect(due('regali per Natale')).toBeNull();
  });

  it('reads a French month with an accent whole, not its first letter as days', () => {
    expect(due('la kermesse est le 12 décembre')).toBe('2026-12-12');
    expect(due('rendre le dossier avant le 3 février')).toBe('2027-02-02');
  });

  it('reads a part of the day naming a shift, and a weekend named for a holiday, as no date', () => {
    expect(due('cover the night shift for Ines')).toBeNull();
    expect(due('ask Rob about the morning shift (before fri)')).toBe('2026-11-26');
    expect(due('email the club re: Easter weekend')).toBeNull();
    expect(due('book the cottage for the bank holiday weekend')).toBeNull();
    expect(due('clean the gutters this weekend')).toBe('2026-11-28');
    const text = 'swap the late shift with Ada (ask before thurs)';
    const found = findDate(text, berlin);
    expect(found && text.slice(found.index, found.index + found.length)).toBe('before thurs');
  });

  it('reads no due date in a day something ran out on', () => {
    expect(due('renew the bike insurance (expired 12 Nov)')).toBeNull();
    expect(due('the library card lapsed on the 3rd')).toBeNull();
    expect(due('the boiler has been off since Saturday')).toBeNull();
    expect(due('renew the bike insurance by 12 Dec')).toBe('2026-12-12');
  });

  it('reads Dutch "vóór" as before, and a day in another language as a label with its "for"', () => {
    expect(due('de aangifte doen vóór 1 december')).toBe('2026-11-30');
    expect(isDatePhrase('Pour demain')).toBe(true);
    expect(isDatePhrase('Para amanhã')).toBe(true);
    expect(isDatePhrase('Per domani')).toBe(true);
    expect(isDatePhrase('antes de Navidad')).toBe(true);
    expect(isDatePhrase('Entro venerdì')).toBe(true);
  });

  it('reads the last of two days offered when "at the latest" says so, and cuts both from the title then', () => {
    const span = (text: string) => {
      const found = findDate(text, berlin);
      return found && text.slice(found.index, found.index + found.length);
    };
    // 2026-11-23 is a Monday: the Monday offered after Friday is the one after it.
    expect(due('send the lease back Friday or Monday at the latest')).toBe('2026-11-30');
    expect(due('repaint the gate this weekend or next at the latest')).toBe('2026-12-05');
    expect(due('ring the garage tomorrow or Thursday latest')).toBe('2026-11-26');
    expect(span('repaint the gate this weekend or next at the latest')).toBe('this weekend or next at the latest');
    // Without it the first day offered is the plan, and the other stays in the title (joined-dates.test.ts).
    expect(due('post the forms Tuesday or Wednesday')).toBe('2026-11-24');
    expect(span('post the forms Tuesday or Wednesday')).toBe('Tuesday');
  });

  it('reads "night" after a thing\'s name as the event\'s name when another word says the day', () => {
    const span = (text: string) => {
      const found = findDate(text, berlin);
      return found && `${text.slice(found.index, found.index + found.length)} @${found.due_date}`;
    };
    expect(span('Quiz night at the Crown Friday 7pm')).toBe('Friday 7pm @2026-11-27');
    expect(span('board games night tomorrow')).toBe('tomorrow @2026-11-24');
    expect(span("girls' nite out on the 5th")).toBe('on the 5th @2026-12-05');
    expect(span('school parents evening Thurs')).toBe('Thurs @2026-11-26');
    // A day before it, or nothing else to say the day: the night is when.
    expect(span('drinks sat night')).toBe('sat night @2026-11-28');
    expect(span('take the bins out tomorrow night')).toBe('tomorrow night @2026-11-24');
    expect(span('karaoke night at the pub')).toBe('night @2026-11-23');
  });

  it('takes the half of the day of a time without am/pm from what it times', () => {
    const at = (text: string) => findDate(text, berlin)?.start_at;
    expect(at('anniversary dinner Saturday 7:30')).toBe('2026-11-28T19:30:00+01:00');
    expect(at('pub quiz with the team Thursday at 8')).toBe('2026-11-26T20:00:00+01:00');
    expect(at('breakfast with Gran Sunday 6:30')).toBe('2026-11-29T06:30:00+01:00');
    expect(at('collect the parcel Friday 4:30')).toBe('2026-11-27T16:30:00+01:00');
  });

  it('reads "till" after a determiner as the cash drawer, not "until"', () => {
    const text = 'cash up the till tonight';
    const found = findDate(text, berlin);
    expect(found && text.slice(found.index, found.index + found.length)).toBe('tonight');
    expect(due('leave the ladder out till Friday')).toBe('2026-11-27');
    // A lone letter is no date: chrono reads "the M" of "the M-Pesa statement" as a time.
    expect(findDate('the M-Pesa till statement for July', berlin)).toBeNull();
  });
});

describe('days counted from another day', () => {
  // Berlin's today is Monday 2026-11-23.
  it('counts days, parts of a day and weeks before or after the day named', () => {
    expect(due('lay out the kit the night before Thursday')).toBe('2026-11-25');
    expect(due('chase the caterer three days before the 30th')).toBe('2026-11-27');
    expect(due('collect the hire car the morning after Saturday')).toBe('2026-11-29');
    expect(due('send the invites 2 weeks before Dec 19')).toBe('2026-12-05');
    expect(due('buy a card the day after tomorrow')).toBe('2026-11-25');
  });

  it('reads "the Friday before" a day as the last Friday ahead of it, and "the Monday after" as the first one after', () => {
    // 8 December 2026 is a Tuesday; 11 December a Friday.
    expect(due('pack the mannequins the Friday before 8 Dec')).toBe('2026-12-04');
    expect(due('pack the mannequins the Friday before 11 Dec')).toBe('2026-12-04');
    expect(due('call the venue the Monday after 8 Dec')).toBe('2026-12-14');
    expect(findDate('pack the mannequins the Friday before 8 Dec', berlin)).toMatchObject({ index: 'pack the mannequins '.length });
    // A count of weekdays is no weekday: "two Fridays before" is left to the rules as they were.
    expect(due('pack two Fridays before 8 Dec')).not.toBe('2026-12-04');
  });

  it('reaches past the occasion to its day, and cuts only that day', () => {
    const found = findDate('ring Gran the evening before her surgery on the 4th', berlin);
    expect(found?.due_date).toBe('2026-12-03');
    expect(found && 'ring Gran the evening before her surgery on the 4th'.slice(found.index, found.index + found.length)).toBe('on the 4th');
  });

  it('cuts the whole phrase when the day follows at once', () => {
    const text = 'print the boarding passes the night before Friday';
    const found = findDate(text, berlin);
    expect(found && text.slice(found.index, found.index + found.length)).toBe('the night before Friday');
  });
});

describe('a bare hour after a weekday', () => {
  // Berlin's today is Monday 2026-11-23; times are Berlin's (UTC+1).
  it('reads as the time of that day, its half told by what it times', () => {
    expect(startAt('bbq Saturday 6', berlin)).toBe('2026-11-28T18:00:00+01:00');
    expect(startAt('karaoke thu 9 with the team', berlin)).toBe('2026-11-26T21:00:00+01:00');
    expect(startAt('breakfast with Gran sun 9', berlin)).toBe('2026-11-29T09:00:00+01:00');
    expect(startAt('swim wed 8, bring goggles', berlin)).toBe('2026-11-25T08:00:00+01:00');
  });

  it('stays a date or a count where it is one', () => {
    expect(due('pay Dana back Friday 4th')).toBe('2026-12-04');
    expect(startAt('order Friday 9 boxes', berlin)).toBeNull();
  });
});


describe('"before" said in other words, and of an hour', () => {
  // Berlin's today is Monday 2026-11-23.
  it('reads "prior to" and "ahead of" a day as the day before it', () => {
    expect(due('hand back the ladder prior to Thursday')).toBe('2026-11-25');
    expect(due('tidy the stockroom ahead of the 30th')).toBe('2026-11-29');
    expect(due('sand the door Prior to Friday')).toBe('2026-11-26');
  });

  it('keeps the day named when "before" governs a time of it', () => {
    expect(due('post the cheque before 4 tomorrow')).toBe('2026-11-24');
    expect(due('book the hall before 11am Wednesday')).toBe('2026-11-25');
    expect(due('book the hall before Wednesday')).toBe('2026-11-24');
  });

  it('counts days from a day whatever the case of "before" and "after"', () => {
    expect(due('chase the refund Three days AFTER the 25th')).toBe('2026-11-28');
    expect(due('wash the van two days Before Saturday')).toBe('2026-11-26');
  });
});

describe('times and words that look like a weekday', () => {
  // Berlin's today is Monday 2026-11-23; times are Berlin's (UTC+1).
  it('reads a dotted time before a short weekday as that day at that time', () => {
    expect(startAt('pool opens 7.45 wed', berlin)).toBe('2026-11-25T07:45:00+01:00');
    expect(startAt('drop the van at the garage 8.00 fri', berlin)).toBe('2026-11-27T08:00:00+01:00');
  });

  it('reads "the sun" as the star, not Sunday', () => {
    expect(due('dry the tent in the sun')).toBeNull();
    expect(due('move the ferns out of the sun')).toBeNull();
    expect(due('brunch with Ola sun')).toBe('2026-11-29');
  });
});

describe('a day of the month after "del", "dem" or "zum"', () => {
  // Berlin's today is Monday 2026-11-23.
  it('reads it as the next such day, "antes" and "vor" moving it to the day before', () => {
    expect(due('renovar la licencia antes del 28')).toBe('2026-11-27');
    expect(due('Fahrrad abholen vor dem 26.')).toBe('2026-11-25');
    expect(due('Miete zahlen bis zum 2.')).toBe('2026-12-02');
  });

  it('leaves a number that is no day of the month after those words alone', () => {
    expect(due('Mar del 40 viewpoint photos')).toBeNull();
  });
});

describe('a short weekday name between "the" and a word', () => {
  it('names a thing, not a day', () => {
    expect(due('update the sat nav maps')).toBeNull();
    expect(due('file the SAT return antes del 30')).toBe('2026-11-29');
    expect(due('mop the floor sat morning')).toBe('2026-11-28');
  });
});

describe('a number in the plural', () => {
  // Berlin's today is Monday 2026-11-23.
  it('is no count of seconds and leaves the date after it to be read', () => {
    expect(findDate('scan the 1970s slides', berlin)).toBeNull();
    expect(findDate('post the 1098s to Ines', berlin)).toBeNull();
    expect(due('frame the 1980s posters before Thursday')).toBe('2026-11-25');
  });

  it('moves a date that opens with its day back for "before", though the hour follows', () => {
    expect(due('find the receipts before 11/27 at 3')).toBe('2026-11-26');
  });
});

describe("a form's code: letters, a hyphen and a number", () => {
  // Berlin's today is Monday 2026-11-23.
  it('is no weekday at an hour, and leaves a date beside it to be read', () => {
    expect(findDate('dig out the W-4 from the drawer', berlin)).toBeNull();
    expect(findDate('print an I-130 for the lawyer', berlin)).toBeNull();
    expect(findDate('renew with form DS-82', berlin)).toBeNull();
    expect(due('mail the W-9 to the client by Thursday')).toBe('2026-11-26');
  });
});

describe('a bare "night" before the thing it names', () => {
  it('is the kind of thing, not tonight', () => {
    expect(findDate('order two night storage heaters', berlin)).toBeNull();
    expect(findDate('leave a note for night staff', berlin)).toBeNull();
  });

  it('stays tonight when what follows places or times it', () => {
    expect(due('prep the lunches night before school')).toBeNull();
    expect(due('water the ferns at night')).toBe('2026-11-23');
    expect(due('charge the scooter night time')).toBe('2026-11-23');
  });
});

describe('the end of a named month', () => {
  // Berlin's today is Monday 2026-11-23.
  it('is that month\'s last day, "before" it too, as for "the end of the month"', () => {
    expect(due('close the grant books before the end of March')).toBe('2027-03-31');
    expect(due('send the rota by the end of April')).toBe('2027-04-30');
    expect(due('lodge the claim before the end of November')).toBe('2026-11-30');
    expect(due('file the returns before the end of Feb', { today: '2027-12-31', timezone: 'Europe/Berlin' })).toBe('2028-02-29');
  });

  it('leaves the day of a month alone and the month\'s own "before" as it was', () => {
    expect(due('the end of may 5th')).toBe('2027-05-05');
    expect(due('move the boxes before March')).toBe('2027-02-28');
  });
});

describe('a weekday and a bare number', () => {
  // 2026-05-04 is a Monday; the 23rd is a Saturday, the 10th a Sunday.
  const paris: DateReference = { today: '2026-05-04', timezone: 'Europe/Paris' };

  it.each([
    ['prep the stall Saturday 23', '2026-05-23'],
    ['préparer le stand samedi 23', '2026-05-23'],
    ['Saturday 23: prep the stall', '2026-05-23'],
    ['bake Sunday 24 for Gran', '2026-05-24'],
    ['dentist Sunday 17', '2026-05-17'],
  ])('reads "%s" as the day the weekday agrees with', (text, day) => {
    expect(due(text, paris)).toBe(day);
  });

  it.each([
    // The number disagrees with the weekday: an hour, as before ("dentist Saturday 10" is Saturday the 9th).
    ['dentist Saturday 10', '2026-05-09'],
    // A count after the day, a clock time, a date with its month: not this reading.
    ['ship Sat 9 parcels', '2026-05-09'],
    ['lighting walk-through Wednesday 10:00', '2026-05-06'],
  ])('leaves "%s" to the other readings', (text, day) => {
    expect(due(text, paris)).toBe(day);
  });
});

describe('a time of day said after a day and a comma', () => {
  it('is the time on that day, and the phrase spans it', () => {
    const text = 'book the airport taxi for the 23rd, 4am';
    const found = findDate(text, berlin);
    expect(found?.due_date).toBe('2026-11-23');
    expect(found?.start_at).toBe('2026-11-23T04:00:00+01:00');
    expect(text.slice(found?.index, (found?.index ?? 0) + (found?.length ?? 0))).toBe('for the 23rd, 4am');
    expect(startAt('call the bank the 27th, 14:30', berlin)).toBe('2026-11-27T14:30:00+01:00');
    expect(startAt('party the 28th, 7.30pm', berlin)).toBe('2026-11-28T19:30:00+01:00');
  });

  it('takes no bare number or count after the comma for a time', () => {
    const found = findDate('call the bank the 27th, 3 left', berlin);
    expect(found?.start_at).toBeNull();
    expect(found?.length).toBe('the 27th'.length);
  });
});

describe('"by noon" and "before lunch", parts of a day', () => {
  it('are today alone, and on the day named beside them', () => {
    expect(due('return the heaters by noon')).toBe('2026-11-23');
    expect(due('return the heaters by noon Friday')).toBe('2026-11-27');
    expect(due('return the heaters before lunch on Friday')).toBe('2026-11-27');
    expect(due('call the school before lunch tomorrow')).toBe('2026-11-24');
  });

  it('take the day of the list they are under', () => {
    expect(findDate('return the heaters by noon', berlin, '2026-11-25')?.due_date).toBe('2026-11-25');
    expect(findDate('finish the slides before lunch', berlin, '2026-11-25')?.due_date).toBe('2026-11-25');
  });
});

import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parsedByRules } from '../testing/rules-only.ts';
import { broughtTo, occasionAsPlace } from './bring-to-occasion.ts';
import { confidentTitlesAndDays } from '../testing/confident-tasks.ts';

// Wednesday 2 June 2027.
const context: DraftContext = { today: '2027-06-02', timezone: 'Europe/London', projects: [], tasks: [] };

function drafted(dump: string): [string, string | null][] {
  return confidentTitlesAndDays(parsedByRules(dump, context));
}

describe('what to take to an occasion just named', () => {
  it.each([
    ['- hog roast at the Pattersons’ on Saturday, bring the cider', [["Bring the cider to the hog roast at the Pattersons'", '2027-06-05']]],
    ['- lunch at Gran’s Sunday, take the trifle', [["Take the trifle to lunch at Gran's", '2027-06-06']]],
    ['- pottery class Thursday - bring an apron', [['Bring an apron to the pottery class', '2027-06-03']]],
    ['- MOT 10/6 9am, take the V5 form', [['Take the V5 form to the MOT', '2027-06-10']]],
    ['- dinner with the Brennans Saturday, bring the arak', [['Bring the arak to dinner with the Brennans', '2027-06-05']]],
    // A line's day label dates the occasion as a day of its own would.
    ["Sat 5th: Jack's footy breakup, bring a plate", [["Bring a plate to Jack's footy breakup", '2027-06-05']]],
    // The person whose occasion it is goes there themselves.
    ["- Amber's passport appt Thursday at 10, I have to take her", [['Take Amber to her passport appt', '2027-06-03']]],
    ["- Sam's football practice Saturday 9am, drive him", [['Drive Sam to his football practice', '2027-06-05']]],
    // A gift got after someone's occasion is for them, on the day the step names or else the occasion's.
    ["- Dad's birthday Sunday, buy a card", [['Buy a card for Dad', '2027-06-06']]],
    ["Mum's birthday is Saturday the 12th, order flowers on Thursday.", [['Order flowers for Mum', '2027-06-03']]],
    ["- my sister's 40th on the 12th, order a cake", [['Order a cake for my sister', '2027-06-12']]],
  ])('names the occasion in the step and gives it its day: "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it.each([
    ['- sports day Friday, take the kids to the park after', [['Take the kids to the park after', '2027-06-04']]],
    ['- long walk Sunday, buy new boots', [['Long walk', '2027-06-06'], ['Buy new boots', null]]],
    // A gift that names whom it is for already says so.
    ["- Lena's birthday Friday, get Lena a present", [["Lena's birthday", '2027-06-04'], ['Get Lena a present', null]]],
  ])('leaves a step that names its own place, or takes nothing, as it is: "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it.each([
    ["- Eino's Halloween party Saturday, buy costume stuff", [["Buy costume stuff for Eino's Halloween party", '2027-06-05']]],
    ['- school fair Saturday, order raffle prizes', [['Order raffle prizes for the school fair', '2027-06-05']]],
    // Whom it is got for is the one whose event it is.
    ["- Tomás's birthday drinks Friday at 8, get him something", [['Get Tomás something for his birthday drinks', '2027-06-04']]],
    // Readying a thing is no getting of it; a day that is only a time dates no event.
    ['- staff party Friday, get the slides ready', [['Get the slides ready', '2027-06-04']]],
    ["Sat 5th: Nan's 80th at the bowls club 12pm, pick up the cake in the morning", [["Nan's 80th at the bowls club", '2027-06-05'], ['Pick up the cake', '2027-06-05']]],
  ])('reads an event on its day, then a comma and a step, as the step\'s occasion: "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it.each([
    ["Dad's hearing aid appointment is Tuesday at 10 and I'm driving him.", [['Drive Dad to his hearing aid appointment', '2027-06-08']]],
    ["Margaret's hip appointment is on the 15th and I've promised to drive her.", [['Drive Margaret to her hip appointment', '2027-06-15']]],
    ["Leo's swimming lesson is Friday, I have to take him.", [['Take Leo to his swimming lesson', '2027-06-04']]],
    ['- cardiologist Thursday 9am, I\'m taking her', [['Take her to the cardiologist', '2027-06-03']]],
  ])('reads taking someone to their occasion, said as a promise or a plan, as the step on its day: "%s"', (dump, expected) => {
    expect(drafted(dump)).toEqual(expected);
  });

  it('writes the occasion as the object of "to"', () => {
    expect(occasionAsPlace('summer fête ')).toBe('the summer fête');
    expect(occasionAsPlace("Sam's party")).toBe("Sam's party");
    expect(occasionAsPlace('dinner at my sister’s')).toBe('dinner at my sister’s');
    expect(occasionAsPlace('DMV appt 9:15am')).toBe('the DMV appt');
    expect(broughtTo('pack the tent', 'the festival')).toBeNull();
    expect(broughtTo('bring the tent over to Dev', 'the festival')).toBeNull();
    expect(broughtTo('take them', "the Okafors' barbecue")).toBe("take them to the Okafors' barbecue");
    expect(broughtTo('take him', "Leo's swimming gala")).toBe("take Leo to his swimming gala");
  });
});

import { describe, expect, it } from 'vitest';
import { correctSpelling, correctWord, namesWritten } from './spelling.ts';

describe('correcting typing slips', () => {
  it('fixes swapped, doubled, missing and wrong letters towards common words', () => {
    expect(correctSpelling('wtaer the garden and sweeep the floor')).toBe('water the garden and sweep the floor');
    expect(correctSpelling('boook the vet, reply to the landlrd, colect the dry cleaning')).toBe(
      'book the vet, reply to the landlord, collect the dry cleaning',
    );
    expect(correctSpelling('order a new matress')).toBe('order a new mattress');
    expect(correctSpelling('pay the electricty bill')).toBe('pay the electricity bill');
  });

  it('leaves the shorthand of offices and meetings alone', () => {
    expect(correctSpelling('health dept inspection, mtg with mgmt, govt form')).toBe('health dept inspection, mtg with mgmt, govt form');
  });

  it('fixes a slip at the first or last letter of a word', () => {
    // Candidates are screened by a fingerprint of the correctable words, whatever the edit's place.
    expect(['ppointment', 'ntrance', 'iolin', 'landlor', 'appointmen', 'electricitx', 'grocerie'].map((word) => correctWord(word))).toEqual([
      'appointment',
      'entrance',
      'violin',
      'landlord',
      'appointment',
      'electricity',
      'groceries',
    ]);
    expect(correctWord('Ppointment', 1)).toBe('Appointment');
  });

  it('gives the same answer when a word comes back', () => {
    expect([correctWord('dentst'), correctWord('dentst'), correctWord('Dentst', 1), correctWord('dentst', 1)]).toEqual([
      'dentist',
      'dentist',
      'Dentist',
      'dentist',
    ]);
  });

  it('keeps the capital of a word that starts a sentence', () => {
    expect(correctSpelling('Wahs the car. Cancle the magazine')).toBe('Wash the car. Cancel the magazine');
  });

  it('leaves a name alone where a sentence opens with it or a lower-case line types it, when the dump names it elsewhere', () => {
    // "Nils" is one edit from "nails": only the name read elsewhere keeps it.
    const names = namesWritten('Present: Astrid, Nils, me');
    expect(correctSpelling('Nils to send the drawings. call nils about the lease', names)).toBe('Nils to send the drawings. call nils about the lease');
    expect(correctSpelling('nils to send the drawings')).toBe('nails to send the drawings');
  });

  it('leaves a capitalised subject before its verb alone: "Nils books the room" names someone', () => {
    expect(correctSpelling('Nils books the site visit')).toBe('Nils books the site visit');
    expect(correctSpelling('Nils will bring the keys')).toBe('Nils will bring the keys');
    expect(correctSpelling('Wahs the car. Cancle the magazine')).toBe('Wash the car. Cancel the magazine');
  });

  it('leaves a lower-case word after a verb of reaching someone as written: it is a name', () => {
    expect(correctSpelling('call nils about the van')).toBe('call nils about the van');
    expect(correctSpelling('text jarek re the gig, ask ines for the keys')).toBe('text jarek re the gig, ask ines for the keys');
    expect(correctSpelling('meet tove at the statoin')).toBe('meet tove at the station');
    // A slip that opens the object is still one; a slip elsewhere in the line too.
    expect(correctSpelling('call yuor landlord')).toBe('call your landlord');
    expect(correctSpelling('email the landlrd')).toBe('email the landlord');
    expect(correctSpelling('ring abuot the boiler')).toBe('ring about the boiler');
  });

  it('leaves names, shorthand, known words and words with digits or apostrophes alone', () => {
    expect(correctSpelling('ask Priyanka abt the mtg w/ Kowalski')).toBe('ask Priyanka abt the mtg w/ Kowalski');
    expect(correctSpelling('pick up meds, fix the aircon, appt at 3')).toBe('pick up meds, fix the aircon, appt at 3');
    expect(correctSpelling('order the carb rebuild kit, photocopy the vocab booklet, recert CPR')).toBe('order the carb rebuild kit, photocopy the vocab booklet, recert CPR');
    expect(correctSpelling("grab Tomasz's charger, print 2x copies, dont forget")).toBe("grab Tomasz's charger, print 2x copies, dont forget");
    expect(correctSpelling('see https://example.org/pricnig and #hoem @wrok')).toBe('see https://example.org/pricnig and #hoem @wrok');
  });

  it('leaves holidays alone, capitalised at the start of a line too', () => {
    expect(correctSpelling('Easter egg hunt for the kids')).toBe('Easter egg hunt for the kids');
    expect(correctSpelling('Xmas cards, Diwali sweets, Eid gifts')).toBe('Xmas cards, Diwali sweets, Eid gifts');
  });

  it('leaves a line in another language alone', () => {
    expect(correctSpelling('llamar al banco para el prestamo')).toBe('llamar al banco para el prestamo');
    expect(correctSpelling('Reifen wechseln und den Termin bestätigen')).toBe('Reifen wechseln und den Termin bestätigen');
  });

  it('leaves a line with an elided French or Italian word alone', () => {
    expect(correctSpelling("pay the taxe d'habitation")).toBe("pay the taxe d'habitation");
    expect(correctSpelling("renew the carte d'identite")).toBe("renew the carte d'identite");
    // An apostrophe inside an English word elides nothing.
    expect(correctSpelling("I'd pay the taxe")).toBe("I'd pay the taxes");
  });

  it('leaves a line with a date word of another language alone, capitalised too', () => {
    expect(correctSpelling('Diese Woche:')).toBe('Diese Woche:');
    expect(correctSpelling('Cosas esta semana:')).toBe('Cosas esta semana:');
    // Italian and Portuguese date words: "domani" is no slip for "domain".
    expect(correctSpelling('ritirare la giacca domani')).toBe('ritirare la giacca domani');
    expect(correctSpelling('pagar o boleto até sexta-feira')).toBe('pagar o boleto até sexta-feira');
  });

  it('corrects nothing when two corrections are as likely', () => {
    // "cat" → "cart", "cast", "chat" …: a word this short is not guessed at.
    expect(correctWord('cta')).toBeNull();
    expect(correctWord('hte')).toBeNull();
  });

  it('leaves a word a bracket opens or closes alone: a tag or shorthand', () => {
    expect(correctSpelling('[kedai] restock the fridge')).toBe('[kedai] restock the fridge');
    expect(correctSpelling('notes: Hana (resp), Olek (sec)')).toBe('notes: Hana (resp), Olek (sec)');
    // Inside a bracket, away from its marks, a slip is still one.
    expect(correctSpelling('(then schedlue the van)')).toBe('(then schedule the van)');
  });

  it('knows a borrowed word typed without its accents', () => {
    expect(correctSpelling('pay the fete deposit and book the cafe')).toBe('pay the fete deposit and book the cafe');
  });

  it('leaves a known verb made anew with a prefix alone, unless swapped letters explain it', () => {
    expect(correctSpelling('repost the ad and regrout the shower')).toBe('repost the ad and regrout the shower');
    expect(correctSpelling('reday the spare room')).toBe('ready the spare room');
  });

  it('reads what a scan misread: "rn" for "m", a "1" or "0" between letters, only in unknown words and only to known ones', () => {
    expect(correctSpelling('bloods resu1ts tornorrow')).toBe('bloods results tomorrow');
    expect(correctSpelling('post the photos frorn Kinsale, end of the rnonth')).toBe('post the photos from Kinsale, end of the month');
    expect(correctSpelling('turn the corner, call Arne re the b2b 4x4, room 101')).toBe('turn the corner, call Arne re the b2b 4x4, room 101');
  });

  it('leaves the plural of a known word in "-y" alone: "foamies" is no slip of "foamiest"', () => {
    expect(correctSpelling('wax the foamies and pack the newbies kit')).toBe('wax the foamies and pack the newbies kit');
  });

  it('leaves a vowel-ended word of another language alone rather than change its ending', () => {
    expect(['sopa', 'carro', 'queso', 'plata', 'carta'].map((word) => correctWord(word))).toEqual([null, null, null, null, null]);
    // A slip in an English word ending in a vowel keeps the ending.
    expect(correctWord('bananna')).toBe('banana');
  });

  it('leaves a word ending in a vowel and s alone rather than change the vowel, unless swapped letters explain it', () => {
    expect(['gatos', 'platos', 'curas', 'tulis'].map((word) => correctWord(word))).toEqual([null, null, null, null]);
    expect(correctSpelling('pick up the kdis')).toBe('pick up the kids');
  });

  it('leaves a capitalised word with a doubled consonant between vowels as written, and corrects it in lower case', () => {
    expect(correctSpelling('Haller bread for the stall')).toBe('Haller bread for the stall');
    expect(correctSpelling('the parcel is comming friday')).toBe('the parcel is coming friday');
  });

  it('leaves a word after a word of another language, or listed with one, as written', () => {
    expect(correctSpelling('beli telur & gula')).toBe('beli telur & gula');
    expect(correctSpelling('prune the palo verdes')).toBe('prune the palo verdes');
    // An English verb before a borrowed object is still corrected.
    expect(correctSpelling('vist shosho on sunday')).toBe('visit shosho on sunday');
  });
});

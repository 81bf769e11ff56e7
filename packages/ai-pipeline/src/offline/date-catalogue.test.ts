import { check, coming, dayOfMonth, endOfNamedMonth, FRI, firstOfNextMonth, fridayThisWeek, inNextWeek, lastOfMonth, MON, mondayNextWeek, monthDay, plus, SAT, SUN, THU, TUE, WED, weekendDay } from './date-catalogue-days.ts';

/*
 * A catalogue of how people write due dates in a task line, each checked on many `today`s against
 * dates worked out with plain UTC arithmetic in date-catalogue-days.ts (not the parser's code). Conventions are those
 * of docs/ai.md and the header of eval/general-dev.ts; where they are silent the choice is noted.
 */

const TITLE = 'Call the plumber';

check('weekdays, bare and shortened', [
  { line: 'call the plumber Thursday', expected: (t) => coming(t, THU), title: TITLE },
  { line: 'call the plumber mon', expected: (t) => coming(t, MON), title: TITLE },
  { line: 'call the plumber tues', expected: (t) => coming(t, TUE), title: TITLE },
  { line: 'call the plumber wed', expected: (t) => coming(t, WED), title: TITLE },
  { line: 'call the plumber thu', expected: (t) => coming(t, THU), title: TITLE },
  { line: 'call the plumber thurs', expected: (t) => coming(t, THU), title: TITLE },
  { line: 'call the plumber Fri', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'Saturday call the plumber', expected: (t) => coming(t, SAT), title: TITLE },
  { line: 'call the plumber on Sunday', expected: (t) => coming(t, SUN), title: TITLE },
]);

check('weekdays with this, next, by, before, until', [
  // Silent: "this Friday" said on a Saturday is taken as the Friday ahead (a to-do is never past).
  { line: 'call the plumber this Friday', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'call the plumber this tues', expected: (t) => coming(t, TUE), title: TITLE },
  { line: 'call the plumber next Tuesday', expected: (t) => inNextWeek(t, TUE), title: TITLE },
  { line: 'call the plumber next thurs', expected: (t) => inNextWeek(t, THU), title: TITLE },
  { line: 'call the plumber next mon', expected: (t) => inNextWeek(t, MON), title: TITLE },
  { line: 'call the plumber by Thursday', expected: (t) => coming(t, THU), title: TITLE },
  { line: 'call the plumber by wed', expected: (t) => coming(t, WED), title: TITLE },
  { line: 'call the plumber until Friday', expected: (t) => coming(t, FRI), title: TITLE },
  // Silent: "before Thursday" said on a Thursday means the next one's eve, not yesterday.
  { line: 'call the plumber before Thursday', expected: (t) => plus(coming(plus(t, 1), THU), -1), title: TITLE },
  { line: 'call the plumber before tues', expected: (t) => plus(coming(plus(t, 1), TUE), -1), title: TITLE },
  { line: 'call the plumber before fri', expected: (t) => plus(coming(plus(t, 1), FRI), -1), title: TITLE },
]);

check('deadline words and other ways in', [
  { line: 'call the plumber due Fri', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'call the plumber, deadline Friday', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'call the plumber by Monday at the latest', expected: (t) => coming(t, MON), title: TITLE },
  { line: 'call the plumber sometime next week', expected: mondayNextWeek, title: TITLE },
  { line: 'call the plumber Sat morning', expected: (t) => coming(t, SAT), title: TITLE },
  { line: 'call the plumber Friday the 13th', expected: (t) => dayOfMonth(t, 13), title: TITLE },
  { line: 'call the plumber this wknd', expected: weekendDay, title: TITLE },
]);

check('days counted from today', [
  { line: 'call the plumber in 3 weeks time', expected: (t) => plus(t, 21), title: TITLE },
  { line: 'call the plumber 3 weeks from now', expected: (t) => plus(t, 21), title: TITLE },
  { line: 'call the plumber 2 days from now', expected: (t) => plus(t, 2), title: TITLE },
  // Silent: a couple is two.
  { line: 'call the plumber in a couple of days', expected: (t) => plus(t, 2), title: TITLE },
  { line: 'call the plumber tomorrow', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'call the plumber tmrw', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'call the plumber tmr', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'call the plumber tonight', expected: (t) => t, title: TITLE },
  { line: 'call the plumber this evening', expected: (t) => t, title: TITLE },
  { line: 'call the plumber in the morning', expected: (t) => t, title: TITLE },
  { line: 'call the plumber early in the evening', expected: (t) => t, title: TITLE },
  { line: 'call the plumber tomorrow in the afternoon', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'call the plumber the day after tomorrow', expected: (t) => plus(t, 2), title: TITLE },
  { line: 'call the plumber day after tomorrow', expected: (t) => plus(t, 2), title: TITLE },
  { line: 'call the plumber in 3 days', expected: (t) => plus(t, 3), title: TITLE },
  { line: 'call the plumber in two weeks', expected: (t) => plus(t, 14), title: TITLE },
  { line: 'call the plumber in a fortnight', expected: (t) => plus(t, 14), title: TITLE },
]);

check('parts of a day', [
  { line: 'call the plumber this morning', expected: (t) => t, title: TITLE },
  { line: 'call the plumber this afternoon', expected: (t) => t, title: TITLE },
  { line: 'call the plumber tonite', expected: (t) => t, title: TITLE },
  { line: 'call the plumber today', expected: (t) => t, title: TITLE },
  { line: 'call the plumber tmw', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'call the plumber tomorrow morning', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'call the plumber tomorrow night', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'call the plumber Friday morning', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'call the plumber first thing Monday', expected: (t) => coming(t, MON), title: TITLE },
  { line: 'call the plumber by noon', expected: (t) => t, title: TITLE },
  { line: 'call the plumber before midnight', expected: (t) => t, title: TITLE },
  { line: 'call the plumber end of the day', expected: (t) => t, title: TITLE },
  { line: 'call the plumber EOD Friday', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'call the plumber COB Thursday', expected: (t) => coming(t, THU), title: TITLE },
]);

check('spans counted from today', [
  { line: 'call the plumber in a week', expected: (t) => plus(t, 7), title: TITLE },
  { line: 'call the plumber within a week', expected: (t) => plus(t, 7), title: TITLE },
  { line: 'call the plumber within 3 days', expected: (t) => plus(t, 3), title: TITLE },
  { line: 'call the plumber in 10 days', expected: (t) => plus(t, 10), title: TITLE },
  { line: 'call the plumber in 2 wks', expected: (t) => plus(t, 14), title: TITLE },
  { line: 'call the plumber a week from today', expected: (t) => plus(t, 7), title: TITLE },
  { line: 'call the plumber a week from Friday', expected: (t) => plus(coming(t, FRI), 7), title: TITLE },
]);

check('weeks, weekends and months', [
  { line: 'call the plumber early next week', expected: mondayNextWeek, title: TITLE },
  // Silent: the start of a week or month is its first day.
  { line: 'call the plumber start of next week', expected: mondayNextWeek, title: TITLE },
  { line: 'call the plumber beginning of next month', expected: firstOfNextMonth, title: TITLE },
  { line: 'call the plumber next month', expected: firstOfNextMonth, title: TITLE },
  { line: 'call the plumber later this week', expected: fridayThisWeek, title: TITLE },
  { line: 'call the plumber this coming Monday', expected: (t) => coming(t, MON), title: TITLE },
  { line: 'call the plumber by the end of March', expected: (t) => endOfNamedMonth(t, 3), title: TITLE },
  { line: 'call the plumber end of June', expected: (t) => endOfNamedMonth(t, 6), title: TITLE },
  { line: 'call the plumber by the end of the week', expected: fridayThisWeek, title: TITLE },
  { line: 'call the plumber EOW', expected: fridayThisWeek, title: TITLE },
  { line: 'call the plumber by end of month', expected: lastOfMonth, title: TITLE },
  { line: 'call the plumber EOM', expected: lastOfMonth, title: TITLE },
  { line: 'call the plumber end of next week', expected: (t) => inNextWeek(t, FRI), title: TITLE },
  { line: 'call the plumber next week', expected: mondayNextWeek, title: TITLE },
  { line: 'call the plumber this weekend', expected: weekendDay, title: TITLE },
  { line: 'call the plumber over the weekend', expected: weekendDay, title: TITLE },
  { line: 'call the plumber Monday week', expected: (t) => plus(coming(t, MON), 7), title: TITLE },
]);

check('days of the month and months', [
  { line: 'call the plumber on the 3rd', expected: (t) => dayOfMonth(t, 3), title: TITLE },
  { line: 'call the plumber on the 21st', expected: (t) => dayOfMonth(t, 21), title: TITLE },
  { line: 'call the plumber by the 30th', expected: (t) => dayOfMonth(t, 30), title: TITLE },
  { line: 'call the plumber 21st', expected: (t) => dayOfMonth(t, 21), title: TITLE },
  { line: 'call the plumber mid-June', expected: (t) => monthDay(t, 6, 15), title: TITLE },
  { line: 'call the plumber June 5', expected: (t) => monthDay(t, 6, 5), title: TITLE },
  { line: 'call the plumber 5 June', expected: (t) => monthDay(t, 6, 5), title: TITLE },
  { line: 'call the plumber on 5th June', expected: (t) => monthDay(t, 6, 5), title: TITLE },
  { line: 'call the plumber Jun 5th', expected: (t) => monthDay(t, 6, 5), title: TITLE },
  { line: 'call the plumber by the 5th of June', expected: (t) => monthDay(t, 6, 5), title: TITLE },
  { line: 'call the plumber 3rd of March', expected: (t) => monthDay(t, 3, 3), title: TITLE },
  { line: 'call the plumber Mar. 3', expected: (t) => monthDay(t, 3, 3), title: TITLE },
  { line: 'call the plumber 3 Mar', expected: (t) => monthDay(t, 3, 3), title: TITLE },
  { line: 'call the plumber on the first', expected: (t) => dayOfMonth(t, 1), title: TITLE },
  { line: 'call the plumber Thu 14th', expected: (t) => dayOfMonth(t, 14), title: TITLE },
  { line: 'call the plumber before Christmas', expected: (t) => plus(monthDay(plus(t, 1), 12, 25), -1), title: TITLE },
  { line: 'call the plumber on the 31st', expected: (t) => dayOfMonth(t, 31), title: TITLE },
  { line: 'Call the plumber Jan. 15. Then buy milk.', expected: (t) => monthDay(t, 1, 15), title: TITLE },
  { line: 'call the plumber Jan 2', expected: (t) => monthDay(t, 1, 2), title: TITLE },
  { line: 'call the plumber 2027-05-14', expected: () => '2027-05-14', title: TITLE },
]);

check('numeric dates by country', [
  { line: 'call the plumber 6/4', timezone: 'America/New_York', expected: (t) => monthDay(t, 6, 4), title: TITLE },
  { line: 'call the plumber 6/4', timezone: 'Europe/London', expected: (t) => monthDay(t, 4, 6), title: TITLE },
  { line: 'call the plumber 6/4', timezone: 'Australia/Sydney', expected: (t) => monthDay(t, 4, 6), title: TITLE },
  { line: 'call the plumber 6/4', timezone: 'Europe/Berlin', expected: (t) => monthDay(t, 4, 6), title: TITLE },
  { line: 'call the plumber by 12/20', timezone: 'America/Chicago', expected: (t) => monthDay(t, 12, 20), title: TITLE },
  { line: 'call the plumber by 20/12', timezone: 'Europe/Dublin', expected: (t) => monthDay(t, 12, 20), title: TITLE },
  { line: 'call the plumber by 12/25/2027', timezone: 'America/Denver', expected: () => '2027-12-25', title: TITLE },
  { line: 'call the plumber 14.05.2027', expected: () => '2027-05-14', title: TITLE },
  { line: 'call the plumber 6.4.', expected: (t) => monthDay(t, 4, 6), title: TITLE },
  { line: 'call the plumber bis 20.12.', expected: (t) => monthDay(t, 12, 20), title: TITLE },
]);

check('times of day, with and without a day', [
  { line: 'call the plumber at 3', expected: (t) => t, title: TITLE },
  { line: 'call the plumber 3pm', expected: (t) => t, title: TITLE },
  { line: 'call the plumber at 10:30', expected: (t) => t, title: TITLE },
  { line: 'call the plumber Friday at 3pm', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'call the plumber tomorrow at 9am', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'call the plumber next Tuesday 10am', expected: (t) => inNextWeek(t, TUE), title: TITLE },
  { line: 'call the plumber by 5pm', expected: (t) => t, title: TITLE },
  { line: 'call the plumber at 15:00', expected: (t) => t, title: TITLE },
  { line: 'call the plumber tomorrow 9:30', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'call the plumber noon tomorrow', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'call the plumber 2:30pm Friday', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'call the plumber @ 3pm', expected: (t) => t, title: TITLE },
  { line: 'call the plumber 2027-05-14 10:00', expected: () => '2027-05-14', title: TITLE },
]);

check('German', [
  { line: 'Klempner anrufen morgen', expected: (t) => plus(t, 1), title: 'Klempner anrufen' },
  { line: 'Klempner anrufen übermorgen', expected: (t) => plus(t, 2), title: 'Klempner anrufen' },
  { line: 'Klempner anrufen nächsten Dienstag', expected: (t) => inNextWeek(t, TUE), title: 'Klempner anrufen' },
  { line: 'Klempner anrufen am Freitag', expected: (t) => coming(t, FRI), title: 'Klempner anrufen' },
  { line: 'Klempner anrufen nächste Woche', expected: mondayNextWeek, title: 'Klempner anrufen' },
  { line: 'Klempner anrufen am Wochenende', expected: weekendDay, title: 'Klempner anrufen' },
  { line: 'Oma am 8.9. anrufen', expected: (t) => monthDay(t, 9, 8), title: 'Oma anrufen' },
  { line: 'Zahnarzt am 8. September anrufen', expected: (t) => monthDay(t, 9, 8), title: 'Zahnarzt anrufen' },
  { line: 'Steuer bis 15. März abgeben', expected: (t) => monthDay(t, 3, 15), title: 'Steuer abgeben' },
  { line: 'Klempner anrufen bis morgen', expected: (t) => plus(t, 1), title: 'Klempner anrufen' },
  { line: 'Klempner anrufen Montag', expected: (t) => coming(t, MON), title: 'Klempner anrufen' },
  { line: 'Klempner anrufen heute', expected: (t) => t, title: 'Klempner anrufen' },
  { line: 'Klempner anrufen heute Abend', expected: (t) => t, title: 'Klempner anrufen' },
  { line: 'Klempner anrufen morgen früh', expected: (t) => plus(t, 1), title: 'Klempner anrufen' },
  { line: 'Klempner anrufen bis Freitag', expected: (t) => coming(t, FRI), title: 'Klempner anrufen' },
  { line: 'Klempner anrufen Ende der Woche', expected: fridayThisWeek, title: 'Klempner anrufen' },
  { line: 'Klempner anrufen in zwei Wochen', expected: (t) => plus(t, 14), title: 'Klempner anrufen' },
  { line: 'Klempner anrufen bis Ende des Monats', expected: lastOfMonth, title: 'Klempner anrufen' },
  { line: 'Klempner anrufen nächsten Monat', expected: firstOfNextMonth, title: 'Klempner anrufen' },
]);

check('French', [
  { line: 'appeler le plombier demain', expected: (t) => plus(t, 1), title: 'Appeler le plombier' },
  { line: 'appeler le plombier après-demain', expected: (t) => plus(t, 2), title: 'Appeler le plombier' },
  { line: 'appeler le plombier mardi prochain', expected: (t) => inNextWeek(t, TUE), title: 'Appeler le plombier' },
  { line: 'appeler le plombier mardi', expected: (t) => coming(t, TUE), title: 'Appeler le plombier' },
  { line: 'appeler le plombier vendredi', expected: (t) => coming(t, FRI), title: 'Appeler le plombier' },
  { line: 'appeler le plombier la semaine prochaine', expected: mondayNextWeek, title: 'Appeler le plombier' },
  { line: 'appeler le plombier ce week-end', expected: weekendDay, title: 'Appeler le plombier' },
  { line: 'appeler le plombier jeudi prochain', expected: (t) => inNextWeek(t, THU), title: 'Appeler le plombier' },
  { line: 'appeler le plombier lundi matin', expected: (t) => coming(t, MON), title: 'Appeler le plombier' },
  { line: 'appeler le plombier ce soir', expected: (t) => t, title: 'Appeler le plombier' },
  { line: "appeler le plombier d'ici vendredi", expected: (t) => coming(t, FRI), title: 'Appeler le plombier' },
  { line: 'appeler le plombier avant vendredi', expected: (t) => plus(coming(plus(t, 1), FRI), -1), title: 'Appeler le plombier' },
  { line: 'appeler le plombier dans deux semaines', expected: (t) => plus(t, 14), title: 'Appeler le plombier' },
  { line: 'appeler le plombier fin du mois', expected: lastOfMonth, title: 'Appeler le plombier' },
]);

check('Spanish', [
  { line: 'llamar al fontanero mañana', expected: (t) => plus(t, 1), title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero pasado mañana', expected: (t) => plus(t, 2), title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero martes', expected: (t) => coming(t, TUE), title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero el martes', expected: (t) => coming(t, TUE), title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero el próximo lunes', expected: (t) => inNextWeek(t, MON), title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero la próxima semana', expected: mondayNextWeek, title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero la semana que viene', expected: mondayNextWeek, title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero este fin de semana', expected: weekendDay, title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero el lunes que viene', expected: (t) => inNextWeek(t, MON), title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero hoy', expected: (t) => t, title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero esta semana', expected: fridayThisWeek, title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero antes del viernes', expected: (t) => plus(coming(plus(t, 1), FRI), -1), title: 'Llamar al fontanero' },
  { line: 'llamar al fontanero en dos semanas', expected: (t) => plus(t, 14), title: 'Llamar al fontanero' },
]);

check('Dutch', [
  { line: 'loodgieter bellen morgen', expected: (t) => plus(t, 1), title: 'Loodgieter bellen' },
  { line: 'loodgieter bellen overmorgen', expected: (t) => plus(t, 2), title: 'Loodgieter bellen' },
  { line: 'loodgieter bellen vrijdag', expected: (t) => coming(t, FRI), title: 'Loodgieter bellen' },
  { line: 'loodgieter bellen volgende week', expected: mondayNextWeek, title: 'Loodgieter bellen' },
  { line: 'loodgieter bellen dit weekend', expected: weekendDay, title: 'Loodgieter bellen' },
  // Silent: "komende vrijdag" is the coming Friday, as "this coming Friday" is.
  { line: 'loodgieter bellen komende vrijdag', expected: (t) => coming(t, FRI), title: 'Loodgieter bellen' },
  { line: 'loodgieter bellen vandaag', expected: (t) => t, title: 'Loodgieter bellen' },
  { line: 'loodgieter bellen vanavond', expected: (t) => t, title: 'Loodgieter bellen' },
  { line: 'loodgieter bellen over twee weken', expected: (t) => plus(t, 14), title: 'Loodgieter bellen' },
  { line: 'loodgieter bellen volgende week dinsdag', expected: (t) => inNextWeek(t, TUE), title: 'Loodgieter bellen' },
]);

check('date words leave the title cleanly', [
  { line: "Mia's school play is Thursday, don't miss it", expected: (t) => coming(t, THU), title: "Mia's school play" },
  // The parser drops filler ("don't miss it", "please") from titles; what matters here is no stray word or comma.
  { line: 'pay the gas bill by Friday please', expected: (t) => coming(t, FRI), title: 'Pay the gas bill' },
  { line: 'the dentist is on Tuesday, bring the forms', expected: (t) => coming(t, TUE) },
  { line: 'tomorrow: call the plumber', expected: (t) => plus(t, 1), title: TITLE },
  { line: 'call the plumber (Thursday)', expected: (t) => coming(t, THU), title: TITLE },
  { line: 'call the plumber on Friday about the leak', expected: (t) => coming(t, FRI), title: 'Call the plumber about the leak' },
  { line: 'call the plumber - Friday', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'call the plumber (by Fri)', expected: (t) => coming(t, FRI), title: TITLE },
  { line: 'call the plumber Tuesday and Thursday', expected: (t) => coming(t, TUE) },
  { line: 'Friday: call the plumber', expected: (t) => coming(t, FRI), title: TITLE },
  { line: '📅 Friday call the plumber', expected: (t) => coming(t, FRI), title: TITLE },
]);

check('numbers that are not dates', [
  { line: 'run 10.5 km', expected: () => null },
  { line: 'pay 10.50 for parking', expected: () => null },
  { line: 'take 2 tablets', expected: () => null },
  { line: 'book the 3rd floor meeting room', expected: () => null },
  { line: 'release v2.1 notes', expected: () => null },
  { line: 'up the dose to 2.5', expected: () => null },
  { line: 'run 10.5', expected: () => null },
  { line: 'call Oma on her birthday 8.9.', expected: (t) => monthDay(t, 9, 8) },
  { line: 'renew the Bahncard before 10.9', expected: (t) => monthDay(t, 9, 9) },
  { line: 'Zahnarzt am 3.4', expected: (t) => monthDay(t, 4, 3) },
]);

import * as chrono from 'chrono-node';

/** A chrono parser that builds its pattern from `innerPattern` (most do). */
interface PatternedParser extends chrono.Parser {
  innerPattern(context: chrono.ParsingContext): RegExp;
}

function patterned(parser: chrono.Parser): parser is PatternedParser {
  return typeof (parser as Partial<PatternedParser>).innerPattern === 'function';
}

/**
 * The reader with each parser's pattern kept while it stays the same. Some of chrono's German,
 * French, Spanish and Dutch parsers make a new pattern object on every call (the English ones keep
 * theirs), so chrono builds its whole pattern again on every parse, and V8 compiles it again once
 * its cache has let it go (within a few collections): a dump in one of those languages paid for
 * those compilations even after `prepareDateReaders`. A pattern of the same source and flags is
 * the same pattern, so the first one is handed back; the parser is otherwise the original.
 */
function keepingPatterns(reader: chrono.Chrono): chrono.Chrono {
  const parsers = reader.parsers.map((parser): chrono.Parser => {
    if (!patterned(parser)) return parser;
    const keeper: PatternedParser = Object.create(parser);
    let kept: RegExp | null = null;
    keeper.innerPattern = (context) => {
      const made = parser.innerPattern.call(keeper, context);
      if (kept?.source !== made.source || kept.flags !== made.flags) kept = made;
      return kept;
    };
    return keeper;
  });
  return new chrono.Chrono({ parsers, refiners: reader.refiners });
}

/** The readers of the other languages dumps and quick add read, chrono's casual ones. */
export const GERMAN = keepingPatterns(chrono.de.casual);
export const FRENCH = keepingPatterns(chrono.fr.casual);
export const SPANISH = keepingPatterns(chrono.es.casual);
export const DUTCH = keepingPatterns(chrono.nl.casual);

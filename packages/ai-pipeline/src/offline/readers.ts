import * as chrono from 'chrono-node';

/** A chrono parser that builds its pattern from `innerPattern` (most do). */
interface PatternedParser extends chrono.Parser {
  innerPattern(context: chrono.ParsingContext): RegExp;
}

function patterned(parser: chrono.Parser): parser is PatternedParser {
  return typeof (parser as Partial<PatternedParser>).innerPattern === 'function';
}

/** A chrono refiner that merges two results when the text between them matches `patternBetween` (the merge refiners). */
interface MergingRefiner extends chrono.Refiner {
  patternBetween(): RegExp;
}

function merging(refiner: chrono.Refiner): refiner is MergingRefiner {
  return typeof (refiner as Partial<MergingRefiner>).patternBetween === 'function';
}

/**
 * A pattern of the same source and flags is the same pattern, so the first one made is handed back.
 * Most parsers hand back their one pattern every time: that is checked first, as reading `flags`
 * builds a string on every call (chrono asks each parser for its pattern on every parse).
 */
function keeper(): (made: RegExp) => RegExp {
  let kept: RegExp | null = null;
  return (made) => {
    if (made !== kept && (kept?.source !== made.source || kept.flags !== made.flags)) kept = made;
    return kept;
  };
}

/**
 * The reader with each parser's and merge refiner's pattern kept while it stays the same. Some of
 * chrono's German, French, Spanish and Dutch parsers make a new pattern object on every call (the
 * English ones keep theirs), and the merge refiners of every language make theirs on every call
 * (`new RegExp` or a literal in the method), so chrono builds those patterns again on every parse,
 * and V8 compiles them again once its cache has let them go (within a few full collections): a
 * dump paid for those compilations even after `prepareDateReaders`. The parsers and refiners are
 * otherwise the originals.
 */
function keepingPatterns(reader: chrono.Chrono): chrono.Chrono {
  const parsers = reader.parsers.map((parser): chrono.Parser => {
    if (!patterned(parser)) return parser;
    const kept: PatternedParser = Object.create(parser);
    const keep = keeper();
    kept.innerPattern = (context) => keep(parser.innerPattern.call(kept, context));
    return kept;
  });
  const refiners = reader.refiners.map((refiner): chrono.Refiner => {
    if (!merging(refiner)) return refiner;
    const kept: MergingRefiner = Object.create(refiner);
    const keep = keeper();
    kept.patternBetween = () => keep(refiner.patternBetween.call(kept));
    return kept;
  });
  return new chrono.Chrono({ parsers, refiners });
}

/** The English readers dumps and quick add read: chrono's casual one, and its British one for day-first dates. */
export const ENGLISH = keepingPatterns(chrono.casual);
export const ENGLISH_DAY_FIRST = keepingPatterns(chrono.en.GB);

/** The readers of the other languages dumps and quick add read, chrono's casual ones. */
export const GERMAN = keepingPatterns(chrono.de.casual);
export const FRENCH = keepingPatterns(chrono.fr.casual);
export const SPANISH = keepingPatterns(chrono.es.casual);
export const DUTCH = keepingPatterns(chrono.nl.casual);

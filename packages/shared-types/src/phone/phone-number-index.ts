// Parsing needs libphonenumber's full metadata and a zone-to-country table (a few hundred kB):
// a subpath of its own keeps them out of browser bundles that import the package's main entry.
export * from './phone-number.ts';
export * from './time-zone-country.ts';

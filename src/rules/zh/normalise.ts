// Character folds applied once, before any rule sees the text (Recognizers-Text's lesson:
// fold variants early so later rules see one alphabet).

/** Fullwidth ASCII block U+FF01–U+FF5E maps to U+0021–U+007E by this offset. */
export const FULLWIDTH_OFFSET = 0xfee0;

/** Spaces that become a plain space. */
export const SPACE_CHARS = '\u3000\u00a0\u2002\u2003\u2009\u202f\u205f';

/** Characters removed outright: zero-width marks that scrapers leave behind. */
export const INVISIBLE_CHARS = '\u200b\u200c\u200d\u2060\ufeff';

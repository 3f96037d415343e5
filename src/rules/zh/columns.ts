// 专栏 boxes: how a box's first line reads. The separator between number and title may be a
// space, an ideographic space (folded to a space), a colon, or a `?`/U+FFFD left by a lossy
// re-encoding.
import { CHINESE_MARKER_NUMERAL_CHARS } from '../../locale/zh/marker-numerals.js';

/** Words that open a box. */
export const COLUMN_WORDS: readonly string[] = ['专栏'];

export const COLUMN_SEPARATOR = '[ \\t?\\uFFFD:：、.]';

/**
 * The first line of a box: word, number, separator, title. Groups: `num`, `title`. A Chinese
 * number needs its separator (`专栏一 标题`), so `专栏一览表` is not a box.
 */
export const COLUMN_START = new RegExp(
  `^(?:${COLUMN_WORDS.join('|')}) ?(?:(?<num>[0-9]{1,3})${COLUMN_SEPARATOR}*|(?<cnNum>[${CHINESE_MARKER_NUMERAL_CHARS}]{1,4})${COLUMN_SEPARATOR}+)(?<title>[^|]*)`,
);

/** Cell separators left at the end of a box's title line (`标题 | ||||`). */
export const TITLE_TAIL = ' \t|';

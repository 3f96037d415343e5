// The title of a document the text publishes, for a text that states no title of its own: an
// announcement or order that names a document in 《》 (`特制定《某某办法》,现予发布`) and then gives it
// whole, its name standing right before its first chapter or article (`…2024年1月24日某某办法第一条 …`,
// a flattened page gluing the signature, the name and the first article together). The name must
// read as a document's (TITLE_ENDINGS) and stand unquoted before 第一章/第一条.
import { TITLE_ENDINGS } from '../../rules/zh/boilerplate.js';
import { TITLE_MAX_CHARS } from '../../rules/zh/line-shapes.js';

/** A document named in 《》: group 1 its name. */
const QUOTED_NAME = new RegExp(`《([^《》\\n]{4,${TITLE_MAX_CHARS}})》`, 'g');
/** What opens a published document's body right after its name. */
const FIRST_PART = /^\s*(?:\((?:试行|修订|暂行)\)\s*)?第[一1]\s*[章条]/;
/** Only the opening of a text names what it publishes. */
const NAMING_WINDOW = 2000;

/** The name of the document the text publishes and gives whole, or null. */
export function findPublishedTitle(text: string): string | null {
  const opening = text.slice(0, NAMING_WINDOW);
  for (const m of opening.matchAll(QUOTED_NAME)) {
    const name = m[1]!.trim();
    if (!TITLE_ENDINGS.test(name)) continue;
    for (let at = text.indexOf(name, m.index + m[0].length); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (text[at - 1] === '《') continue;
      if (FIRST_PART.test(text.slice(at + name.length, at + name.length + 12))) return name;
    }
  }
  return null;
}

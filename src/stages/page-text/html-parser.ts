// htmlparser2's Parser and domhandler, loaded on the first HTML page (text runs never pay for them)
// and without htmlparser2's main module: that module also loads domutils, dom-serializer and
// entities' encoder (about 17 of its 31 CPU ms per thread) for helpers the stage never calls.
import { createRequire } from 'node:module';
import path from 'node:path';

type Htmlparser2 = typeof import('htmlparser2');
type Domhandler = typeof import('domhandler');

export interface HtmlParserLibs {
  Parser: Htmlparser2['Parser'];
  dom: Domhandler;
}

const requireHere = createRequire(import.meta.url);
let libs: HtmlParserLibs | undefined;

/**
 * The Parser class from its own module, found beside htmlparser2's main module (the package's
 * exports name no path to it), and domhandler, whose DomHandler builds the tree the Parser's events
 * describe.
 */
export function htmlParserLibs(): HtmlParserLibs {
  libs ??= {
    Parser: (requireHere(path.join(path.dirname(requireHere.resolve('htmlparser2')), 'Parser.js')) as Pick<Htmlparser2, 'Parser'>).Parser,
    dom: requireHere('domhandler') as Domhandler,
  };
  return libs;
}

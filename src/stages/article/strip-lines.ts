// Removes website chrome, keeps what it states as metadata, records every removal.
// Chrome lives around the article: rules act only in the head zone (above the first line of
// prose) and the tail zone (below the last), so a line of the document itself is never removed.
//
// The stage runs once per document over millions of lines, so it is written for V8: one small
// function per step (a deoptimisation recompiles that step, not the whole stage), records built
// with all their fields in one order, plain loops instead of closures made per call, and the
// article between the zones is walked once (when the text is assembled), not once per step.
import type { Metadata, RemovedBlock } from '../../schema/records.js';
import { BANNER_SPLIT, COLUMN_NAME_ENDINGS, COMMENT_RESIDUE_LINE, MAX_PAGE_TITLE_REPEAT_LINES, CONTENT_MARKER, HEADER_RULE_LINE, MENU_ITEM_SEPARATORS, EDITION_LABEL_LINE, INFO_BAR_DATE_TIME, ISSUE_DATE_LINE, KEYWORD_TAG_LABEL, KEYWORD_TAGS_RULE, MIN_KEYWORD_TAGS, INLINE_NOTES, INSIDE_FIELD_LABELS, INSIDE_RULE_IDS, MAX_INSIDE_CHROME_CHARS, MAX_SCRAPER_HEADER_LINES, CONTACT_PERSON_START, FOOTER_RULE_IDS, MAX_BANNER_CHARS, MAX_BANNER_LINE_INDEX, SITE_ADDRESS_START, TITLE_ENDINGS, GLUED_SITE_SUFFIX } from '../../rules/zh/boilerplate.js';
import { ASCII_HEADER_FIELD, ASCII_HEADER_KEYS, BYLINE_LINE, COLUMN_CRUMBS, DATE_KEYS, DOC_NUMBER_LINE, DESCRIPTOR_ITEM_SPLIT, SITE_DEFAULT_KEYS, GENERIC_CRUMBS, HOME_CRUMBS, MAX_CUT_BARE_DATE_GAP } from '../../rules/zh/metadata.js';
import {
  DOC_NUMBER,
  INTERPRETATION_TITLE_WORDS,
  MAX_CHROME_LINE_CHARS,
  MAX_HEAD_GAP,
  MAX_SHORT_LINE_CHARS,
  MAX_TAIL_GAP,
  MAX_TITLE_CANDIDATES,
  SECTION_MARKER_START,
  PROSE_PUNCTUATION,
  SUBJECT_OPENER,
  CITING_TITLE_WORDS,
} from '../../rules/zh/line-shapes.js';
import { normalise } from '../normalise.js';
import type { ArticleCut, ArticleLines, HeadingHint, PageText } from '../types.js';
import { ClassifiedLines, FIELDS_RULE, PRIORITY, isTailChromeLine, isWidgetLine, mayMatchAs, parseBreadcrumb, statement, statingMatch, type LineMatch, type Statement } from './classify-lines.js';
import { isTitleShaped, normalisedHints } from './find-title.js';
import { LineKey, sameLine } from './lines.js';
import { fieldValue, parseFieldLine, splitTrailingPageDate } from './parse-fields.js';
import { DATE_LEADING_WORDS } from '../../rules/zh/periods.js';
import { cutGluedRun, staysInGluedRun, unglue } from './unglue.js';
import { crawlerLead } from './crawler-lead.js';
import { pageTitleLine } from './page-title-line.js';
import { pairLabelLines, pairTailLabelLines } from './info-table.js';
import { joinSplitBreadcrumb } from './split-breadcrumb.js';
import { orgName } from './org-name.js';
import { templateMarks } from './templates.js';
import { articleCopyMarks } from './article-copy.js';
import { ownJoin } from '../../lib/own-copy.js';
import { charSet } from '../../lib/char-set.js';
import { widgetWords } from './widgets.js';

/** A trimmed line that says something in sentences, or opens a section: the article has begun. */
const isArticleLine = (s: string): boolean =>
  s.length > MAX_SHORT_LINE_CHARS || PROSE_PUNCTUATION.test(s) || SECTION_MARKER_START.test(s);
/**
 * An article line, unless it is the markup's title (`午间公告:甲公司中标;乙公司增持`: a digest's title
 * joins its items with `;`): the head scans pass the title whatever its punctuation.
 */
const opensArticle = (s: string, title: string | null): boolean => isArticleLine(s) && !(title !== null && sameLine(s, title));

const allowsHead = (m: LineMatch | null): boolean => m !== null && (m.zone === 'head' || m.zone === 'edge');
const allowsTail = (m: LineMatch | null): boolean => m !== null && (m.zone === 'tail' || m.zone === 'edge');
/** A line of the site's own footer (copyright, registration, 主办单位). */
const isFooter = (m: LineMatch | null): boolean => m !== null && FOOTER_RULE_IDS.has(m.rule);

/** Each line's run of contact lines, once decided: 1 the site's footer, 2 not (0 not decided yet). */
type FooterRuns = Uint8Array;

const inContactRun = (lines: ClassifiedLines, k: number): boolean => lines.isBlank(k) || lines.matchAt(k)?.besideFooter === true;

/**
 * Whether line `i`'s run of contact lines (blank lines between them included) belongs to the
 * site's footer: a footer line stands right above the run, or right below it while above it
 * stands nothing or other chrome. A run right under the article's own text is the article's
 * contact block (联系人…, 联系电话…) even when the site's footer follows it, unless it gives an
 * address with no contact person above it (SITE_ADDRESS_START). Decided once a run.
 */
function besideFooter(lines: ClassifiedLines, i: number, memo: FooterRuns): boolean {
  if (memo[i] === 0) {
    let first = i;
    while (first > 0 && inContactRun(lines, first - 1)) first--;
    let last = i;
    while (last + 1 < lines.length && inContactRun(lines, last + 1)) last++;
    const above = first > 0 ? lines.matchAt(first - 1) : null;
    const below = last + 1 < lines.length ? lines.matchAt(last + 1) : null;
    let address = false;
    for (let k = first; k <= last && !address; k++) address = SITE_ADDRESS_START.test(lines.trimmed[k]!);
    const underText = first > 0 && !allowsTail(above);
    const footer = isFooter(above) || (isFooter(below) && (!underText || (address && !CONTACT_PERSON_START.test(lines.trimmed[first - 1]!))));
    memo.fill(footer ? 1 : 2, first, last + 1);
  }
  return memo[i] === 1;
}

/** Whether line `i` is chrome below the article: a tail rule's match (a contact line only within the footer). */
function tailChrome(lines: ClassifiedLines, i: number, footerRuns: FooterRuns): boolean {
  const m = lines.matchAt(i);
  return allowsTail(m) && (!m!.besideFooter || besideFooter(lines, i, footerRuns));
}

/** A scraper's header: where the page it saved begins, the title its fields state, what its ASCII-keyed fields state. */
interface ScraperHeader {
  end: number;
  title: string | null;
  /** statements of the fields written with an ASCII key above a bare rule (ASCII_HEADER_FIELD) */
  statements: readonly Statement[];
  /** the lines of those fields: read here, not as the page's field lines */
  asciiLines: ReadonlySet<number>;
  /** the first title-shaped line of the header that is no field (the page's title above its fields), when one stands there */
  untitled: string | null;
}

/**
 * A scraper's header: `Key: value` lines (at least one a field) ended by a content marker
 * (`正文:`, `==== 正文 ====`) near the top of the file, or by a bare rule (`=====…`) when every line
 * above it is a field, ASCII keys too (`SOURCE: https://…`, `FETCHED: …`). Returns the index just past
 * the marker (0: no header) and the title its fields state. The marker is looked for first: most pages
 * have none, and their lines are not read as fields.
 */
function scraperHeader(texts: readonly string[]): ScraperHeader {
  const marker = contentMarkerLine(texts);
  if (marker < 0) return NO_HEADER;
  const bare = HEADER_RULE_LINE.test(texts[marker]!.trim());
  let fields = 0;
  let title: string | null = null;
  let untitled: string | null = null;
  const statements: Statement[] = [];
  const asciiLines = new Set<number>();
  for (let i = 0; i < marker; i++) {
    const s = texts[i]!.trim();
    if (s.length === 0) continue;
    const ascii = bare ? ASCII_HEADER_FIELD.exec(s) : null;
    if (ascii !== null) {
      fields++;
      asciiLines.add(i);
      const st = asciiHeaderStatement(ascii.groups!['key']!, ascii.groups!['value'] ?? '');
      if (st === null) continue;
      statements.push(st);
      if (st.key === 'title' && st.value !== null && title === null) title = st.value;
      continue;
    }
    const parsed = parseFieldLine(s);
    // a bare rule, no word of its own, ends a header of fields only; above a content marker a line that is no
    // field goes with the header, and a title-shaped one above every field, no `Key: value` nor chrome, is the
    // title (`关于…的若干措施` / `【发布机构】…` / `【正文】`)
    if (parsed === null) {
      if (bare) return NO_HEADER;
      if (fields === 0 && untitled === null && isTitleShaped(s) && !ASCII_HEADER_FIELD.test(s) && parseBreadcrumb(s) === null && !isWidgetLine(s)) untitled = s;
      continue;
    }
    fields++;
    for (const f of parsed) if (f.key === 'title' && f.value !== null && title === null) title = normalise(f.value).trim();
  }
  // a setext title's rule under one line of an unknown ASCII key (`RCEP:原产地规则实施指南` / `====`) is no header
  if (bare && asciiLines.size === fields && asciiLines.size < 2 && statements.length === 0) return NO_HEADER;
  return fields > 0 ? { end: marker + 1, title, statements, asciiLines, untitled } : NO_HEADER;
}

/** What an ASCII-keyed header field states (ASCII_HEADER_KEYS), null when nothing kept. */
function asciiHeaderStatement(label: string, raw: string): Statement | null {
  let key = ASCII_HEADER_KEYS[label.trim().toLowerCase()] ?? null;
  if (key === null) return null;
  const value = normalise(raw).trim();
  // `SOURCE: https://…` is the page's address, `source: 新华社` its source
  if (key === 'source' && URL_LINE.test(value)) key = 'url';
  return statement(key, value.length === 0 ? null : fieldValue(value, key), PRIORITY.field);
}
const URL_LINE = /^https?:\/\/\S+$/i;

/** The line of a content marker among the first MAX_SCRAPER_HEADER_LINES non-blank lines, all short (a field's web address may run longer); -1 when there is none. */
function contentMarkerLine(texts: readonly string[]): number {
  for (let i = 0, seen = 0; i < texts.length && seen < MAX_SCRAPER_HEADER_LINES; i++) {
    const s = texts[i]!.trim();
    if (s.length === 0) continue;
    seen++;
    if (s.length > MAX_SHORT_LINE_CHARS && !URL_FIELD_LINE.test(s)) return -1;
    if (CONTENT_MARKER.test(s) || HEADER_RULE_LINE.test(s)) return i;
  }
  return -1;
}
/** A header field whose value is a web address alone (`原始链接: https://…`, `SOURCE: https://…`). */
const URL_FIELD_LINE = /^[^\s:：]{1,20}\s*[:：]\s*https?:\/\/\S+$/i;
const NO_HEADER: ScraperHeader = { end: 0, title: null, statements: [], asciiLines: new Set(), untitled: null };

/** Index just past the last chrome line above the article (`from`: no head chrome below the scraper's header). */
function headZoneEnd(lines: ClassifiedLines, from: number, templates: Uint8Array | null, title: string | null): number {
  let end = from;
  let gap = 0;
  for (let i = from; i < lines.length; i++) {
    if (lines.isBlank(i)) continue;
    if ((templates !== null && templates[i] === 1) || allowsHead(lines.matchAt(i))) {
      end = i + 1;
      gap = 0;
      continue;
    }
    if (opensArticle(lines.trimmed[i]!, title) || ++gap > MAX_HEAD_GAP) break;
  }
  return end;
}

/** The first line of the article below the head zone (-1: none): the title's line passed. */
function firstArticleLine(lines: ClassifiedLines, headEnd: number, title: string | null): number {
  for (let i = headEnd; i < lines.length; i++) if (!lines.isBlank(i) && opensArticle(lines.trimmed[i]!, title)) return i;
  return -1;
}

/** The rule of the lines of a glued run below a flattened page's last sentence that no line rule names (unglue.ts: cutGluedRun). */
const GLUED_RUN_RULE = 'glued-run';
/** The rule of the article's copy at the page's foot (article-copy.ts). */
const ARTICLE_COPY_RULE = 'article-copy';
/** A content system's article id alone on its line (`4770058`, `33447423`): removed only beside a copy of the title. */
const PAGE_ID_LINE = /^\d{5,10}$/;
const PAGE_ID_RULE = 'page-id';
/** The rule of the page's widget lines (classify-lines.ts). */
const WIDGETS_RULE = 'page-widgets';

/**
 * Index of the first chrome line below the article (lines.length: no tail chrome); lines from
 * `gluedFrom` on are a glued run's (cutGluedRun), chrome whatever the line rules say, but for a
 * signature, a contact line or a row of figures (staysInGluedRun), judged as any other line.
 */
function tailZoneStart(lines: ClassifiedLines, headEnd: number, footerRuns: FooterRuns, templates: Uint8Array | null, gluedFrom: number, copies: Uint8Array | null): number {
  let start = lines.length;
  let gap = 0;
  for (let i = lines.length - 1; i >= headEnd; i--) {
    if (lines.isBlank(i)) continue;
    if ((i >= gluedFrom && !staysInGluedRun(lines.trimmed[i]!)) || (templates !== null && templates[i] === 1) || (copies !== null && copies[i] === 1) || tailChrome(lines, i, footerRuns)) {
      start = i;
      gap = 0;
      continue;
    }
    if (isArticleLine(lines.trimmed[i]!) || ++gap > MAX_TAIL_GAP) break;
  }
  return start;
}


function normaliseMetadata(metadata: Metadata): Statement[] {
  const out: Statement[] = [];
  const site = typeof metadata.site === 'string' ? normalise(metadata.site).trim() : null;
  for (const key of Object.keys(metadata)) {
    const raw = metadata[key];
    const value = raw === null || raw === undefined ? null : normalise(raw).trim();
    out.push(statement(key, value, markupPriority(key, value, site)));
  }
  return out;
}

/** A markup value's rank: hidden dates and the site's name in a per-article key (SITE_DEFAULT_KEYS) yield to the page's fields. */
function markupPriority(key: string, value: string | null, site: string | null): number {
  if (DATE_KEYS.has(key)) return PRIORITY.hiddenDate;
  return site !== null && value === site && SITE_DEFAULT_KEYS.has(key) ? PRIORITY.siteDefault : PRIORITY.markup;
}

function pushAll(to: Statement[], from: readonly Statement[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]!);
}

/** Category (deepest crumb that is not the title) and site (a named root that names no column) from a breadcrumb. */
function pushBreadcrumbStatements(to: Statement[], match: LineMatch, title: string | null): void {
  const named = match.crumbs ?? NO_CRUMBS;
  const site = !match.prefixed && named.length >= 3 && !HOME_CRUMBS.has(named[0]!) && !namesColumn(named[0]!);
  if (site) to.push(statement('site', named[0]!, PRIORITY.breadcrumb));
  // the deepest crumb that names neither home, the site, the page type nor the title (a crumb the title opens: the title run on)
  for (let i = named.length - 1; i >= 0; i--) {
    const c = named[i]!;
    if (HOME_CRUMBS.has(c) || (i === 0 && site) || GENERIC_CRUMBS.has(c) || (title !== null && (sameLine(c, title) || opensWith(c, title)))) continue;
    to.push(statement('category', c, PRIORITY.breadcrumb));
    return;
  }
}
const NO_CRUMBS: readonly string[] = [];

/** Whether a crumb names a column (COLUMN_CRUMBS, COLUMN_NAME_ENDINGS: `头条`, `新闻动态`), not a site. */
function namesColumn(crumb: string): boolean {
  const c = crumb.replace(/\s+/g, '');
  return COLUMN_CRUMBS.has(c) || COLUMN_NAME_ENDINGS.some((e) => c.endsWith(e));
}

/** Whether a crumb opens with the whole title (a CMS's crumb that runs the title on: `…2.6万亿电子商务交易2.6万亿`). */
function opensWith(crumb: string, title: string): boolean {
  const t = title.replace(/\s+/g, '');
  return t.length > 0 && crumb.replace(/\s+/g, '').startsWith(t);
}

/** Whether a field line has a label that may go from inside the article (a visit counter, an editor). */
function hasInsideLabel(line: string): boolean {
  const fields = parseFieldLine(line);
  if (fields === null) return false;
  for (let k = 0; k < fields.length; k++) if (INSIDE_FIELD_LABELS.has(fields[k]!.label)) return true;
  return false;
}

/**
 * The first characters of the field labels removeInside removes a field line for: a line holding
 * none has no such label (a label is read from the line's own characters, a spaced one `浏 览` too).
 */
const INSIDE_LABEL_FIRSTS = charSet(Array.from(INSIDE_FIELD_LABELS, (label) => label[0]!));
/** Whether a line may be one of INSIDE_RULE_IDS' (mayMatchAs): a field line is page-fields' (matchLine reads the fields first). */
const mayBeInsideRule = mayMatchAs(INSIDE_RULE_IDS);
/**
 * Whether a line inside the article may be one removeInside removes: most lines of the article are
 * not classified, nor read as field lines (most hold none of an inside label's first characters).
 */
const mayBeInsideChrome = (s: string): boolean => (INSIDE_LABEL_FIRSTS.indexIn(s) >= 0 && parseFieldLine(s) !== null) || mayBeInsideRule(s);

/** The lines without the notes INLINE_NOTES removes (a link's new-window note, a jump note); the same array when none has one. */
/** Any INLINE_NOTES phrase (their patterns have no flags: one alternation of them tests what each would). */
const ANY_NOTE_PHRASE = new RegExp(INLINE_NOTES.map((n) => `(?:${n.phrase.source})`).join('|'));
if (INLINE_NOTES.some((n) => n.phrase.flags !== '')) throw new Error('INLINE_NOTES: a phrase with flags cannot join ANY_NOTE_PHRASE');

export function withoutInlineNotes(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // one test of every note's phrase first: most lines hold none
    if (!ANY_NOTE_PHRASE.test(line)) continue;
    for (const note of INLINE_NOTES) {
      if (!note.phrase.test(line)) continue;
      const bare = line.replace(note.pattern, '');
      if (bare === line || (!note.wholeLine && bare.trim().length === 0)) continue;
      line = bare;
    }
    if (line === lines[i]) continue;
    out ??= lines.slice();
    out[i] = line;
  }
  return out ?? lines;
}

/** A line's or a keywords value's items (DESCRIPTOR_ITEM_SPLIT), a tag label (`标签:`) before them dropped. */
function tagItems(s: string): string[] {
  const items = s.replace(KEYWORD_TAG_LABEL, '').split(DESCRIPTOR_ITEM_SPLIT);
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) if (items[i]!.length > 0) out.push(items[i]!);
  return out;
}

/** The items of the markup's keywords (normalised), or null when they are fewer than MIN_KEYWORD_TAGS. */
function keywordItems(metadata: Metadata): ReadonlySet<string> | null {
  const raw = metadata.keywords;
  if (typeof raw !== 'string') return null;
  const items = new Set(tagItems(normalise(raw).trim()));
  return items.size >= MIN_KEYWORD_TAGS ? items : null;
}

/** Whether a line's items are exactly the keywords' items (each once or more, none other). */
function repeatsKeywords(s: string, keywords: ReadonlySet<string>, first: string): boolean {
  if (!s.includes(first)) return false;
  const items = tagItems(s);
  if (items.length < keywords.size) return false;
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    if (!keywords.has(items[i]!)) return false;
    seen.add(items[i]!);
  }
  return seen.size === keywords.size;
}

/** A run of removed lines of one rule (blank lines between them join it), not yet placed in the text. */
interface PendingBlock {
  rule: string;
  texts: string[];
  lastIndex: number;
}

/** What the stage knows of one page while it decides; each step below reads and fills it. */

/**
 * A line that is a document's 文号 and nothing more (`某政办发〔2024〕12号`: DOC_NUMBER_LINE); an announcement's number
 * (`海关总署公告2024年第1号`) names the document and may be its title.
 */
const isDocNumberLine = (s: string): boolean => DOC_NUMBER_LINE.test(s.trim());
/** A title line ending with a document's number (`海关总署公告2024年第1号`). */
const DOC_NUMBER_END = new RegExp(`(?:${DOC_NUMBER.source})$`);
/** A title closed by a bracketed document number (`…的通知(发改办能源规〔2020〕245号)`): group 1 the title, group 2 the number (at most ten characters of issuer before it). */
const TITLE_DOC_NUMBER = new RegExp(`^(.+?)\\s*[((]\\s*([^\\s()()]{0,10}(?:${DOC_NUMBER.source}))\\s*[))]$`);
/**
 * A title opened by its announcement's or order's number, its subject in brackets after it (`海关总署公告2031年第12号
 * (关于发布…的公告)`, as findTitle joins the two lines): the number is the docNumber the page states; the title stays whole.
 */
const TITLE_LEADING_DOC_NUMBER = new RegExp(`^([\\u4e00-\\u9fff]{2,20}?(?:公告|通告|令)\\s*(?:${DOC_NUMBER.source}))\\s*[((]${SUBJECT_OPENER}`);
/**
 * A title that is an announcement's or an order's number and nothing more (`海关总署公告2031年第5号`, `海关总署令第272号`),
 * as a customs notice's page heads it: the number is the docNumber the page states, and the title.
 */
const TITLE_ONLY_DOC_NUMBER = new RegExp(`^([\\u4e00-\\u9fff]{2,20}?)(?:公告|通告|令)\\s*(?:${DOC_NUMBER.source})$`);
/** Whether `title` is an announcement's or order's number alone, led by its issuer's name (TITLE_ONLY_DOC_NUMBER; no CITING_TITLE_WORDS). */
function isDocNumberTitle(title: string): boolean {
  const m = TITLE_ONLY_DOC_NUMBER.exec(title);
  return m !== null && orgName(m[1]!) !== null && !CITING_TITLE_WORDS.some((w) => m[1]!.includes(w));
}

class Page {
  readonly texts: string[];
  readonly lines: ClassifiedLines;
  readonly hints: string[];
  /** what each line becomes: removed by the named rule, or kept (null) */
  readonly removedBy: Array<string | null>;
  /** the zones: [0, headEnd) above the article, [tailStart, length) below it */
  readonly headEnd: number;
  readonly tailStart: number;
  /** the contact runs the tail zone's scan decided, read again when its lines are removed */
  private readonly footerRuns: FooterRuns;
  /** title lines: the short kept lines opening the page, before the first line of the article */
  readonly candidates: number[] = [];
  /** the last crumb of each removed breadcrumb (a page's own title, often) */
  readonly lastCrumbs: string[] = [];
  readonly statements: Statement[];
  title: string | null = null;
  titleLine = -1;

  /** what the scraper's header states in fields with ASCII keys (scraperHeader), and those fields' lines */
  private readonly headerStatements: readonly Statement[];
  private readonly asciiHeaderLines: ReadonlySet<number>;
  /** lines [0, headerEnd) are a scraper's header (its fields are read, all of it goes) */
  readonly headerEnd: number;
  /** the rule that removes the header: a scraper's header, a crawler's page-title lead (crawler-lead.ts), a page's <title> line (page-title-line.ts) */
  readonly headerRule: string;
  /** the title a text dump's <title> line names (page-title-line.ts): the title when no markup or field states one */
  private pageTitle: string | null = null;
  /** the site that <title> line names, if any */
  private pageSite: string | null = null;
  /** the page's text as these lines join (a flattened page's glued chrome split off its lines) */
  readonly pageText: string;

  /** lines of the site's template (learnt by `customs-extract templates`) in the edge windows */
  private readonly templates: Uint8Array | null;
  /** lines from here on are a glued run under the article's last sentence (cutGluedRun); the lines' length when there is none */
  private readonly gluedFrom: number;
  /** lines at the page's foot that copy the article's opening (article-copy.ts) */
  private readonly copies: Uint8Array | null;

  constructor(page: LinesInput, template: ReadonlySet<string> | null = null) {
    // (the article stage's lines, when it split the page already: the text is not split again)
    const given = page.lines ?? page.text.split('\n');
    this.hints = normalisedHints(page.titleHints);
    let split = given;
    let header = scraperHeader(given);
    this.headerRule = 'scraper-header';
    // a text dump with no header nor markup title may be a crawler's flattened page led by its <title>
    if (header.end === 0 && this.hints.length === 0 && page.blocks === undefined) {
      const lead = crawlerLead(given);
      if (lead !== null) {
        split = lead.lines;
        header = { ...NO_HEADER, end: lead.end, title: lead.title };
        this.headerRule = 'crawler-lead';
      } else {
        // …or a page's text led by its <title> on a line of its own, the title repeated below (page-title-line.ts)
        const titled = pageTitleLine(given);
        if (titled !== null) {
          header = { ...NO_HEADER, end: titled.line + 1, title: titled.title };
          this.headerRule = 'page-title';
          this.pageTitle = titled.title;
          this.pageSite = titled.site;
        }
      }
    }
    // a header that names no title over a page's text led by its <title> (page-title-line.ts): that line goes with it
    if (header.end > 0 && header.title === null && this.hints.length === 0 && page.blocks === undefined) {
      let from = header.end;
      while (from < given.length && (given[from]!.trim().length === 0 || COMMENT_RESIDUE_LINE.test(given[from]!))) from++;
      // (read with comment residue out of the lines: the title's repeat may be glued to it, `begin-->…`)
      // (the <title> line, the first one here, and the lines its repeat is sought in: MAX_PAGE_TITLE_REPEAT_LINES under it)
      const titled = pageTitleLine(withoutInlineNotes(given.slice(from, from + 1 + MAX_PAGE_TITLE_REPEAT_LINES)));
      if (titled !== null) {
        header = { ...header, end: from + titled.line + 1, title: titled.title };
        this.pageTitle = titled.title;
        this.pageSite = titled.site;
      }
    }
    // the page's title standing in a header among its fields (`关于…的若干措施` / `【发布机构】…` / `【正文】`): the title
    // when no field or markup states one
    if (header.untitled !== null && this.pageTitle === null) this.pageTitle = header.untitled;
    this.headerStatements = header.statements;
    this.asciiHeaderLines = header.asciiLines;
    const unglued = unglue(withoutInlineNotes(split), header.end, this.hints[0] ?? header.title, isTailChromeLine, page.blocks === undefined);
    let texts = pairTailLabelLines(pairLabelLines(joinSplitBreadcrumb(unglued, header.end), header.end));
    // a text dump's glued run under its last sentence (an HTML page's lines are its blocks: the article stage cut them)
    const run = page.blocks === undefined ? cutGluedRun(texts, header.end, isTailChromeLine) : null;
    if (run !== null) texts = run.lines;
    this.gluedFrom = run !== null ? run.chromeFrom : texts.length;
    this.texts = texts as string[];
    this.pageText = texts === given ? page.text : texts.join('\n');
    this.headerEnd = header.end;
    this.lines = new ClassifiedLines(this.texts);
    this.templates = templateMarks(this.texts, template);
    this.headEnd = headZoneEnd(this.lines, header.end, this.templates, this.hints[0] ?? null);
    this.footerRuns = new Uint8Array(this.texts.length);
    this.copies = articleCopyMarks(this.lines.trimmed, firstArticleLine(this.lines, this.headEnd, this.hints[0] ?? null));
    this.tailStart = tailZoneStart(this.lines, this.headEnd, this.footerRuns, this.templates, this.gluedFrom, this.copies);
    this.removedBy = new Array<string | null>(this.texts.length).fill(null);
    this.statements = normaliseMetadata(page.metadata);
    pushAll(this.statements, this.headerStatements);
    if (this.pageSite !== null) this.statements.push(statement('site', this.pageSite, PRIORITY.breadcrumb));
  }

  /** Removes the chrome lines of both zones (the zone scans classified every line in them). */
  removeZones(): void {
    const { lines, removedBy } = this;
    for (let i = 0; i < this.headerEnd; i++) {
      if (lines.isBlank(i)) continue;
      removedBy[i] = this.headerRule;
      const m = lines.matchAt(i);
      if (m !== null && m.rule === 'page-fields' && !this.asciiHeaderLines.has(i)) pushAll(this.statements, m.statements);
    }
    const templates = this.templates;
    for (let i = this.headerEnd; i < this.headEnd; i++) {
      const m = lines.matchAt(i);
      if (allowsHead(m)) removedBy[i] = m!.rule;
      else if (templates !== null && templates[i] === 1) removedBy[i] = 'template';
    }
    for (let i = this.tailStart; i < lines.length; i++) {
      if (tailChrome(lines, i, this.footerRuns)) removedBy[i] = lines.matchAt(i)!.rule;
      else if (templates !== null && templates[i] === 1) removedBy[i] = 'template';
      else if (this.copies !== null && this.copies[i] === 1) removedBy[i] = ARTICLE_COPY_RULE;
      else if (i >= this.gluedFrom && !lines.isBlank(i) && !staysInGluedRun(lines.trimmed[i]!)) removedBy[i] = GLUED_RUN_RULE;
    }
  }

  /**
   * In the zones, a line of weak widget words only (`邮件`, `评论`: no line of chrome alone) between
   * two widget lines goes with them: a toolbar a flattened page's gaps cut into blocks
   * (`字号 评论   邮件   纠错`).
   */
  removeWeakWidgets(): void {
    const { lines, removedBy } = this;
    for (let i = 0; i < lines.length; i++) {
      if (i === this.headEnd) i = Math.max(i, this.tailStart);
      if (i >= lines.length || removedBy[i] !== null || lines.isBlank(i) || widgetWords(lines.trimmed[i]!) !== 1) continue;
      let above = i - 1;
      while (above >= 0 && lines.isBlank(above)) above--;
      let below = i + 1;
      while (below < lines.length && lines.isBlank(below)) below++;
      if (above >= 0 && below < lines.length && removedBy[above] === WIDGETS_RULE && removedBy[below] === WIDGETS_RULE) removedBy[i] = WIDGETS_RULE;
    }
  }

  /**
   * Between the zones, removes only the lines INSIDE_RULE_IDS names (widgets) and field lines
   * with a visit counter or an editor's credit: they never carry the article's words.
   */
  removeInside(): void {
    const { lines, removedBy } = this;
    for (let i = this.headEnd; i < this.tailStart; i++) {
      const s = lines.trimmed[i]!;
      if (s.length === 0 || s.length > MAX_INSIDE_CHROME_CHARS || removedBy[i] !== null || !mayBeInsideChrome(s)) continue;
      const m = lines.matchAt(i);
      if (m === null) continue;
      if (INSIDE_RULE_IDS.has(m.rule) || (m.rule === 'page-fields' && hasInsideLabel(s))) removedBy[i] = m.rule;
    }
  }

  /** Lines repeating the markup's keywords (a tag line, rule KEYWORD_TAGS_RULE) go wherever they stand, the title's line apart. */
  removeKeywordTags(metadata: Metadata): void {
    const keywords = keywordItems(metadata);
    if (keywords === null) return;
    const { lines, removedBy } = this;
    const first = keywords.values().next().value as string;
    for (let i = 0; i < lines.length; i++) {
      const s = lines.trimmed[i]!;
      if (s.length === 0 || removedBy[i] !== null || s.length > MAX_INSIDE_CHROME_CHARS || !repeatsKeywords(s, keywords, first)) continue;
      if (this.hints.length > 0 && sameLine(s, this.hints[0]!)) continue;
      removedBy[i] = KEYWORD_TAGS_RULE;
    }
  }

  /** The match of a line the zones removed (null for any other line). */
  private zoneMatch(i: number): LineMatch | null {
    return this.removedBy[i] !== null ? this.lines.matchAt(i) : null;
  }

  findTitleCandidates(): void {
    const { lines, removedBy, candidates } = this;
    for (let i = 0; i < lines.length && candidates.length < MAX_TITLE_CANDIDATES; i++) {
      if (removedBy[i] !== null || lines.isBlank(i)) continue;
      if (opensArticle(lines.trimmed[i]!, this.hints[0] ?? null)) break;
      candidates.push(i);
    }
  }

  /** Removed lines lie in the zones only: these are the lines to look at for what they were. */
  private zoneIndex(n: number): number {
    return n < this.headEnd ? n : this.tailStart + (n - this.headEnd);
  }
  private get zoneLines(): number {
    return this.headEnd + (this.lines.length - this.tailStart);
  }

  collectCrumbs(): void {
    for (let n = 0; n < this.zoneLines; n++) {
      const m = this.zoneMatch(this.zoneIndex(n));
      if (m === null || m.rule !== 'breadcrumb') continue;
      const crumbs = m.crumbs!;
      if (crumbs.length > 0) this.lastCrumbs.push(crumbs[crumbs.length - 1]!);
    }
  }

  /** The first removed navigation line (a menu, a breadcrumb), or -1. */
  private firstNavigation(): number {
    for (let n = 0; n < this.zoneLines; n++) {
      const i = this.zoneIndex(n);
      const m = this.zoneMatch(i);
      if (m !== null && m.role === 'navigation') return i;
    }
    return -1;
  }

  private dropCandidate(i: number): void {
    const at = this.candidates.indexOf(i);
    if (at >= 0) this.candidates.splice(at, 1);
  }

  private namesTitle(s: string): boolean {
    for (let k = 0; k < this.hints.length; k++) if (sameLine(this.hints[k]!, s)) return true;
    for (let k = 0; k < this.lastCrumbs.length; k++) if (sameLine(this.lastCrumbs[k]!, s)) return true;
    return false;
  }

  /** Site banner: short lines standing above the site's navigation at the very top of the page. */
  removeBanner(): void {
    const firstNavigation = this.firstNavigation();
    // Only when a title line follows the navigation: otherwise the line above it may be the title.
    if (firstNavigation <= 0 || !this.titleBelow(firstNavigation)) return;
    const { trimmed } = this.lines;
    let nonBlank = 0;
    let kept = 0;
    let siteStated = false;
    for (let i = 0; i < firstNavigation; i++) {
      const s = trimmed[i]!;
      if (s.length === 0) continue;
      const inWindow = nonBlank++ <= MAX_BANNER_LINE_INDEX;
      if (this.removedBy[i] !== null) continue;
      // below the widgets a rule removed (a clock, an accessibility bar, login links) the first lines no rule removed
      // may hold the site's name, when it is an organisation's (`某省商务厅`): a title may stand there too
      if (!inWindow && (kept > MAX_BANNER_LINE_INDEX || orgName(s) === null)) break;
      kept++;
      if (s.length > MAX_BANNER_CHARS || TITLE_ENDINGS.test(s) || isArticleLine(s)) continue;
      // a copy of the title above the navigation, the title itself standing under it, is no site
      if (this.namesTitle(s) || this.repeatedBelow(s, firstNavigation)) continue;
      this.removedBy[i] = 'site-banner';
      if (!siteStated) {
        this.statements.push(statement('site', s.split(BANNER_SPLIT)[0]!.trim(), PRIORITY.banner));
        siteStated = true;
      }
      this.dropCandidate(i);
    }
  }

  /** Whether a line below `from` says `s` again (a title's copy above the navigation). */
  private repeatedBelow(s: string, from: number): boolean {
    const { trimmed } = this.lines;
    for (let i = from + 1; i < trimmed.length; i++) if (trimmed[i] === s) return true;
    return false;
  }

  private titleBelow(line: number): boolean {
    for (let k = 0; k < this.candidates.length; k++) {
      const i = this.candidates[k]!;
      if (i > line && isTitleShaped(this.texts[i]!)) return true;
    }
    return false;
  }

  /**
   * A page whose markup names its title: the short lines above that title's line are the page's
   * header (site name, menus), unless they carry a document number (`署发〔2024〕1号`).
   */
  removePageHeader(): void {
    if (this.hints.length === 0) return;
    const { lines, removedBy } = this;
    const hint = new LineKey(this.hints[0]!);
    let titleLine = -1;
    for (let i = 0; i < lines.length; i++) {
      if (removedBy[i] === null && hint.matches(lines.trimmed[i]!)) {
        titleLine = i;
        break;
      }
    }
    if (titleLine <= 0) return;
    for (let i = 0; i < titleLine; i++) if (removedBy[i] === null && isArticleLine(lines.trimmed[i]!)) return;
    for (let i = 0; i < titleLine; i++) {
      if (removedBy[i] !== null || lines.isBlank(i) || DOC_NUMBER.test(this.texts[i]!)) continue;
      removedBy[i] = 'page-header';
      this.dropCandidate(i);
    }
    if (!this.candidates.includes(titleLine)) this.candidates.unshift(titleLine);
    if (this.headEnd <= titleLine) this.removeUnderTitle(titleLine);
  }

  /**
   * The chrome right under a title whose header went (its date, source and tool lines, `*   2025-01-01`,
   * `*   来源:某报`), when the head zone ended above the title: a header the line rules do not read (a
   * reader dump's drop-down menus, `*   #### 语言` over `    *   简体`) cut the head scan short. Read as
   * the head scan reads, down to the article's first line (fixtures/article/reader-dropdown-header.md).
   */
  private removeUnderTitle(titleLine: number): void {
    const { lines, removedBy } = this;
    const title = this.hints[0] ?? null;
    for (let i = titleLine + 1, gap = 0; i < lines.length; i++) {
      if (lines.isBlank(i) || removedBy[i] !== null) continue;
      if (opensArticle(lines.trimmed[i]!, title)) return;
      const m = lines.matchAt(i);
      if (allowsHead(m)) {
        removedBy[i] = m!.rule;
        gap = 0;
      } else if (++gap > MAX_HEAD_GAP) return;
    }
  }

  /** A title field stated by the markup or a banner, if any. */
  private statedTitle(): string | null {
    for (let k = 0; k < this.statements.length; k++) {
      const s = this.statements[k]!;
      if (s.key === 'title' && s.value) return s.value;
    }
    // a field line above the article (`标  题: | …`, an info table's row) states it too
    for (let i = 0; i < this.headEnd; i++) {
      const m = this.removedBy[i] === 'page-fields' ? this.lines.matchAt(i) : null;
      if (m === null) continue;
      for (let k = 0; k < m.statements.length; k++) {
        const st = m.statements[k]!;
        if (st.key === 'title' && st.value) return normalise(st.value).trim();
      }
    }
    return null;
  }

  /** The first candidate line reading as `title`, or -1. */
  private candidateLine(title: string): number {
    for (let k = 0; k < this.candidates.length; k++) if (sameLine(this.texts[this.candidates[k]!]!, title)) return this.candidates[k]!;
    return -1;
  }

  /** The first title-shaped candidate line that `title` opens with, the rest of it a glued site suffix (GLUED_SITE_SUFFIX), or -1. */
  private lineBeforeSiteSuffix(title: string): number {
    for (let k = 0; k < this.candidates.length; k++) {
      const i = this.candidates[k]!;
      const line = this.texts[i]!.trim();
      if (line.length > 0 && line.length < title.length && title.startsWith(line) && isTitleShaped(line) && GLUED_SITE_SUFFIX.test(title.slice(line.length))) return i;
    }
    return -1;
  }

  /** The first candidate line that is a breadcrumb's last crumb, or -1. */
  private crumbLine(): number {
    for (let k = 0; k < this.candidates.length; k++) {
      const i = this.candidates[k]!;
      for (let c = 0; c < this.lastCrumbs.length; c++) if (sameLine(this.lastCrumbs[c]!, this.texts[i]!)) return i;
    }
    return -1;
  }

  /**
   * The first candidate line, or, when a breadcrumb was cut from the head and the line below it reads
   * as a title, that line: the title stands under the breadcrumb, what stands above is the site's
   * banner (a title standing above the breadcrumb, with the body under it, stays the title).
   */
  private firstCandidateBelowCrumbs(): number {
    let crumb = -1;
    for (let i = 0; i < this.headEnd; i++) if (this.removedBy[i] === 'breadcrumb') crumb = i;
    // a document's number standing above its title (`某政办发〔2024〕12号` under the masthead) is never the title
    let at = 0;
    while (at < this.candidates.length - 1 && isDocNumberLine(this.texts[this.candidates[at]!]!)) at++;
    const first = this.candidates.length > 0 ? this.candidates[at]! : -1;
    if (crumb < 0 || first > crumb) return first;
    for (let k = 0; k < this.candidates.length; k++) {
      const i = this.candidates[k]!;
      if (i > crumb) return isTitleShaped(this.texts[i]!) ? i : first;
    }
    return first;
  }

  /**
   * A column's heading over the title (`统计分析` under a menu `网站首页 … 统计数据 统计分析 统计公报`): a candidate
   * line that is one item of a menu the head zone removed above it, with a title-shaped candidate below it that is
   * no such item, names the page's column (category), not the article; it goes (`column-heading`) and the line
   * below is the first candidate (fixtures/clean/column-heading-over-title.txt).
   */
  private belowColumnHeading(first: number): number {
    const k = first < 0 ? -1 : this.candidates.indexOf(first);
    const next = k >= 0 ? this.candidates[k + 1] : undefined;
    if (next === undefined || !isTitleShaped(this.texts[next]!)) return first;
    const line = this.lines.trimmed[first]!;
    const below = this.lines.trimmed[next]!;
    // a document's name is its own page's title (`政府工作报告` over its 题注, `政府信息公开指南` over `(2031年修订)`),
    // and a line opened by a bracket, a dash or a section marker is no headline
    if (TITLE_ENDINGS.test(line) || NOT_HEADLINE_START.test(below) || SECTION_MARKER_START.test(below)) return first;
    if (!this.isMenuItem(line, first) || this.isMenuItem(below, next)) return first;
    this.removedBy[first] = COLUMN_HEADING_RULE;
    this.statements.push(statement('category', line, PRIORITY.breadcrumb));
    this.dropCandidate(first);
    return next;
  }

  /**
   * Whether `item` is one item of a menu line the head zone removed above line `below` (not a breadcrumb: its
   * last crumb may be the title).
   */
  private isMenuItem(item: string, below: number): boolean {
    for (let i = 0; i < Math.min(below, this.headEnd); i++) {
      const m = this.zoneMatch(i);
      if (m === null || m.role !== 'navigation' || m.rule === 'breadcrumb') continue;
      const menu = this.lines.trimmed[i]!;
      if (menu.includes(item) && menu.split(MENU_ITEM_SEPARATORS).includes(item)) return true;
    }
    return false;
  }

  /** The title: the markup's, else a stated title field, else the title line opening the text (two, when it wraps). */
  findTitle(): void {
    let title = this.hints.length > 0 ? this.hints[0]! : (this.statedTitle() ?? this.pageTitle);
    let titleLine = title === null ? -1 : this.candidateLine(title);
    // a <title> that is the article's title line with the site glued after it (`…运行情况-某某市统计局`, unspaced, so
    // PAGE_TITLE_SPLIT left it whole): the line is the title
    const glued = title !== null && titleLine < 0 ? this.lineBeforeSiteSuffix(title) : -1;
    if (glued >= 0) {
      title = this.lines.trimmed[glued]!;
      titleLine = glued;
    }
    if (title === null) {
      const byCrumb = this.crumbLine();
      const first = this.belowColumnHeading(this.firstCandidateBelowCrumbs());
      titleLine = byCrumb >= 0 ? byCrumb : first >= 0 && isTitleShaped(this.texts[first]!) ? first : -1;
      title = titleLine >= 0 ? this.lines.trimmed[titleLine]! : null;
      // a title a printout or a PDF wrapped over two lines (`…关于印发某市促进外贸稳` / `规模优结构若干措施的通知`): the
      // second line is short and ends as a document's title does, the first does not
      const next = titleLine >= 0 ? this.nextKept(titleLine) : -1;
      if (title !== null && next === titleLine + 1 && !TITLE_ENDINGS.test(title)) {
        const rest = this.lines.trimmed[next]!;
        // …and a numbered announcement over its subject (`海关总署公告2024年第1号` / `关于…的公告`) is titled as its site
        // titles it, the subject in brackets after the number
        if (TITLE_ENDINGS.test(rest) && isTitleShaped(title + rest)) title = DOC_NUMBER_END.test(title) && rest.startsWith(SUBJECT_OPENER) ? `${title}(${rest})` : title + rest;
      }
      // a title line closed by the page's date after a space (`关于…的通知 2031-01-20`, a list item's layout): the date is
      // the page's, believed less than a field that states one; the words before it are the title, unless they lead to
      // the date (`关于公布截至 2031年1月20日`, `…的公告 自 2031-05-01`: DATE_LEADING_WORDS)
      const dated = title !== null ? splitTrailingPageDate(title) : null;
      if (dated !== null && isTitleShaped(dated.before) && !DATE_LEADING_WORDS.some((w) => dated.before.endsWith(w))) {
        title = dated.before;
        this.statements.push(statement('pageDate', dated.date, PRIORITY.byline));
      }
    }
    this.title = title;
    this.titleLine = titleLine;
    if (title !== null) this.removeTitleCopies(title);
    if (title !== null) this.removeArticleIds(title);
  }

  /**
   * A content system's hidden fields the dump printed (TRS pages: `4770058` / the title / `20` / `湖北日报` / …,
   * at the page's top or foot): the article's id, a bare number of PAGE_ID_DIGITS, right beside a copy of the
   * title. The id goes (`page-id`) and the copy with it (`repeated-title`); when the copy is the line taken as
   * the title, the title's next kept line below takes its place. A bare number beside any other line is a
   * table's cell or a count, and stays.
   */
  private removeArticleIds(title: string): void {
    const key = new LineKey(title);
    for (let i = 0; i < this.lines.length; i++) {
      if (this.removedBy[i] !== null || !PAGE_ID_LINE.test(this.lines.trimmed[i]!)) continue;
      const before = this.prevKept(i);
      const after = this.nextKept(i);
      const copy = before >= 0 && key.matches(this.lines.trimmed[before]!) ? before : after >= 0 && key.matches(this.lines.trimmed[after]!) ? after : -1;
      if (copy < 0) continue;
      if (copy === this.titleLine) {
        let next = -1;
        for (let k = copy + 1; k < this.lines.length && next < 0; k++) if (k !== i && this.removedBy[k] === null && key.matches(this.lines.trimmed[k]!)) next = k;
        if (next < 0) continue;
        this.titleLine = next;
      }
      this.removedBy[i] = PAGE_ID_RULE;
      this.removedBy[copy] = 'repeated-title';
    }
  }

  /** The last line before line `i` that is kept and not blank, or -1. */
  private prevKept(i: number): number {
    for (let k = i - 1; k >= 0; k--) if (this.removedBy[k] === null && !this.lines.isBlank(k)) return k;
    return -1;
  }

  /** The first line after line `i` that is kept and not blank, or -1. */
  private nextKept(i: number): number {
    for (let k = i + 1; k < this.lines.length; k++) if (this.removedBy[k] === null && !this.lines.isBlank(k)) return k;
    return -1;
  }

  /**
   * The issuing body as the article's first paragraph: its name alone on the line under the title
   * line, a sentence under it (`某市统计局` / `2030年,全市…。`), as a newspaper prints a body's
   * report. The name is the source (weaker than a stated field); the line goes (`byline-org`).
   */
  removeBylineOrg(): void {
    if (this.titleLine < 0) return;
    const at = this.nextKept(this.titleLine);
    const name = at < 0 ? null : orgName(this.lines.trimmed[at]!);
    if (name === null) return;
    const next = this.nextKept(at);
    if (next < 0 || !PROSE_PUNCTUATION.test(this.lines.trimmed[next]!) || SECTION_MARKER_START.test(this.lines.trimmed[next]!)) return;
    this.removedBy[at] = 'byline-org';
    this.statements.push(statement('source', name, PRIORITY.byline));
  }

  /**
   * A news page's info bar as the line under the title (`金融市场某某2025-02-10 07:48`, INFO_BAR_DATE_TIME):
   * the time closing it is the page's date (a byline's rank); the line goes (`info-bar`).
   */
  removeInfoBar(): void {
    if (this.titleLine < 0) return;
    const at = this.nextKept(this.titleLine);
    const date = at < 0 ? null : infoBarDate(this.lines.trimmed[at]!);
    if (date === null) return;
    this.removedBy[at] = INFO_BAR_RULE;
    this.statements.push(date);
  }

  /** Copies of the title line (scrapers repeat it) go; the first stays as the document's own line. */
  private removeTitleCopies(title: string): void {
    let seen = this.titleLine >= 0;
    const key = new LineKey(title);
    for (let k = 0; k < this.candidates.length; k++) {
      const i = this.candidates[k]!;
      if (i === this.titleLine || !key.matches(this.lines.trimmed[i]!)) continue;
      if (seen) this.removedBy[i] = 'repeated-title';
      else {
        seen = true;
        this.titleLine = i;
      }
    }
  }

  /** The article's first line: the first kept line that is not a title line (else the last kept line). */
  private bodyStart(lastKept: number): number {
    for (let i = 0; i <= lastKept; i++) {
      if (this.removedBy[i] === null && !this.lines.isBlank(i) && !this.candidates.includes(i)) return i;
    }
    return lastKept;
  }

  private lastKept(): number {
    for (let i = this.lines.length - 1; i >= 0; i--) if (this.removedBy[i] === null && !this.lines.isBlank(i)) return i;
    return -1;
  }

  /** Whether only blank lines stand strictly between lines `from` and `to`. */
  private blankBetween(from: number, to: number): boolean {
    for (let i = from + 1; i < to; i++) if (!this.lines.isBlank(i)) return false;
    return true;
  }

  /** A removed line joins the open block of its rule (only blank lines between) or opens one. */
  private pend(pending: PendingBlock[], i: number, rule: string): void {
    const open = pending.length > 0 ? pending[pending.length - 1]! : null;
    if (open !== null && open.rule === rule && this.blankBetween(open.lastIndex, i)) {
      open.texts.push(this.texts[i]!);
      open.lastIndex = i;
    } else pending.push({ rule, texts: [this.texts[i]!], lastIndex: i });
  }

  /** What a removed line states (a breadcrumb's category and site are settled by the title). */
  private collectStatements(i: number, rule: string): void {
    const m = this.lines.matchAt(i);
    if (m === null) return;
    if (m.rule === 'breadcrumb') pushBreadcrumbStatements(this.statements, m, this.title);
    else if (m.rule === rule) pushAll(this.statements, m.statements);
  }

  /**
   * Assembles the text; blank lines before the article and after it go silently. Kept lines that
   * stand together in the page (the usual case) are the page's text from the first to the last:
   * that stretch is sliced out instead of joining a copy of every line.
   */
  assemble(pageText: string, outIndex: Int32Array | null): { text: string; out: string[]; removed: RemovedBlock[] } {
    const { texts, removedBy } = this;
    const lastKept = this.lastKept();
    const bodyStart = this.bodyStart(lastKept);
    const out: string[] = [];
    const removed: RemovedBlock[] = [];
    const pending: PendingBlock[] = [];
    let length = 0;
    let lineStart = 0;
    let keptFrom = -1;
    let keptTo = -1;
    let together = true;
    for (let i = 0; i < texts.length; lineStart += texts[i]!.length + 1, i++) {
      const rule = removedBy[i] as string | null;
      if (rule !== null) {
        this.pend(pending, i, rule);
        this.collectStatements(i, rule);
        continue;
      }
      if ((i < bodyStart || i > lastKept) && this.lines.isBlank(i)) continue;
      if (out.length > 0) length += 1;
      if (pending.length > 0) flush(pending, removed, length);
      if (out.length === 0) keptFrom = lineStart;
      else if (keptTo !== lineStart - 1) together = false;
      if (outIndex !== null) outIndex[i] = out.length;
      out.push(texts[i]!);
      length += texts[i]!.length;
      keptTo = lineStart + texts[i]!.length;
    }
    const text = out.length > 0 && together ? pageText.slice(keptFrom, keptTo) : out.join('\n');
    flush(pending, removed, text.length);
    return { text, out, removed };
  }
}

/** Records the pending blocks as removed at offset `at` of the text, each text its own copy (not a view that keeps the page's text alive). */
function flush(pending: PendingBlock[], removed: RemovedBlock[], at: number): void {
  for (let k = 0; k < pending.length; k++) removed.push({ rule: pending[k]!.rule, text: ownJoin(pending[k]!.texts), at });
  pending.length = 0;
}

/**
 * The markup's headings that stand in the cleaned text, as lines of it. The title's own heading
 * (`# 标题`, a setext title) is the title, not a section, and a removed line is no heading.
 */
function keptHeadings(hints: readonly HeadingHint[], p: Page, outIndex: Int32Array): HeadingHint[] {
  const kept: HeadingHint[] = [];
  for (let k = 0; k < hints.length; k++) {
    const { line, depth, lead } = hints[k]!;
    if (line < 0 || line >= outIndex.length || outIndex[line]! < 0 || line === p.titleLine) continue;
    if (p.title !== null && sameLine(p.texts[line]!, p.title)) continue;
    kept.push(lead === undefined ? { line: outIndex[line]!, depth } : { line: outIndex[line]!, depth, lead });
  }
  return kept;
}

/**
 * What the lines the article stage cut state (an info line, a breadcrumb), as the same lines would
 * state it in the text: metadata is read from the blocks outside the article too. Only what the
 * lines state is read (statingMatch), not what chrome they are.
 */
function pushCutStatements(to: Statement[], cutLines: readonly string[], title: string | null, above = false): void {
  if (cutLines.length === 0) return;
  const lines = pairLabelLines(cutLines, 0);
  // dates alone on their lines near each other: a list's items' (MAX_CUT_BARE_DATE_GAP)
  const listDates = listDateLines(lines);
  for (let i = 0; i < lines.length; i++) {
    if (listDates !== null && listDates.has(i)) continue;
    const m = statingMatch(lines[i]!) ?? (above ? gluedFieldsMatch(lines[i]!) : null);
    if (m === null) continue;
    if (m.rule === 'breadcrumb') pushBreadcrumbStatements(to, m, title);
    else pushAll(to, m.statements);
  }
}

/**
 * The lines that are dates alone (isBareDateLine) with another such line at most MAX_CUT_BARE_DATE_GAP lines
 * away: a list's items, each title over its date (a sidebar's latest stories); null when there are none. A date
 * alone with no other near it (a header's) is the page's.
 */
function listDateLines(lines: readonly string[]): Set<number> | null {
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) if (isBareDateLine(lines[i]!)) at.push(i);
  let list: Set<number> | null = null;
  for (let k = 1; k < at.length; k++)
    if (at[k]! - at[k - 1]! <= MAX_CUT_BARE_DATE_GAP) (list ??= new Set()).add(at[k - 1]!).add(at[k]!);
  return list;
}

/** Whether a line is a date alone, no label (`2024-01-25`, `2031年5月6日 10:20`): the field line of one unlabelled pageDate. */
function isBareDateLine(line: string): boolean {
  const fields = parseFieldLine(line.trim());
  return fields !== null && fields.length === 1 && fields[0]!.label === '' && fields[0]!.key === 'pageDate';
}

/** Where a line's words part (a run of white space): a field line glued after other words may start after one. */
const WORD_GAP = /\s+/g;

/**
 * The page's fields glued after other words on a line cut above the article (`关于…的报告 2026年2月28日在…会议上
 * 某局 版次:02  作者:  2026年03月18日`, inline title, sub-title and info spans run together): the field line
 * that the line's last words make, a labelled field first, from the first gap after which they read as
 * one; null when none does.
 */
function gluedFieldsMatch(line: string): LineMatch | null {
  const s = line.trim();
  if (s.length > MAX_CHROME_LINE_CHARS) return null;
  WORD_GAP.lastIndex = 0;
  for (let gap = WORD_GAP.exec(s); gap !== null; gap = WORD_GAP.exec(s)) {
    const rest = s.slice(gap.index + gap[0].length);
    // a labelled field opens them: a date alone after other words is a list item's (`《…》 2023-07-12`)
    const fields = parseFieldLine(rest);
    if (fields === null || fields[0]!.label === '') continue;
    const m = statingMatch(rest);
    if (m !== null && m.rule === FIELDS_RULE && m.statements.length > 0) return m;
  }
  return null;
}

/** The lines of the blocks cut, in page order (none when nothing was cut). */
function cutLinesOf(cut: readonly ArticleCut[] | undefined): string[] {
  const lines: string[] = [];
  if (cut === undefined) return lines;
  for (let k = 0; k < cut.length; k++) {
    const split = cut[k]!.text.split('\n');
    for (let i = 0; i < split.length; i++) lines.push(split[i]!);
  }
  return lines;
}

/** A lead set apart from its date by a space, one word without spaces of its own. */
function isOneWordEventLead(lead: string): boolean {
  const word = lead.trim();
  return word.length < lead.length && !/\s/.test(word);
}

/** What opens a 题注, a revision note or a speaker's line under a title, never a headline (`——2031年1月10日在…`, `(2031年修订)`). */
const NOT_HEADLINE_START = /^[-—–(（[【]/;

/** The rule that removes a column's heading over the title (belowColumnHeading). */
const COLUMN_HEADING_RULE = 'column-heading';

/** The rule that removes a news page's info bar under the title (removeInfoBar). */
const INFO_BAR_RULE = 'info-bar';

/**
 * The page's date an info bar under the title states (INFO_BAR_DATE_TIME), or null. A lead of one word set
 * apart from the date by a space is an event's (`开幕式 2031-04-02 09:00`, `系统升级维护 2031-04-02 22:00`: a
 * schedule, a notice's first line): an info bar's spans run together (`某某周刊2031-04-18 07:45`), or its lead
 * has spans of its own (`金融市场 某某网 2031-04-18 07:45`).
 */
function infoBarDate(line: string): Statement | null {
  const m = INFO_BAR_DATE_TIME.exec(line.trim());
  if (m !== null && isOneWordEventLead(m.input.slice(0, m.index + m[0].length - m.groups!['pageDate']!.length))) return null;
  const value = m === null ? null : fieldValue(m.groups!['pageDate']!, 'pageDate');
  return value === null ? null : statement('pageDate', value, PRIORITY.byline);
}

/** What parts a table row's cells as the HTML stage writes them (`a | b |`). */
const CELL_BAR = '|';

/**
 * What an e-paper page's blocks cut above the article state on lines of their own: the issue date,
 * when one edition label (EDITION_LABEL_LINE) and one date alone on its line (ISSUE_DATE_LINE) stand
 * there (each maybe a cell of a banner laid out as a table), as publishDate (a banner's, the weakest
 * rank); and the issuing body, an organisation's name alone (orgName) on the line right under the
 * title's line, as source (a byline's rank), or a reporter's byline there (BYLINE_LINE) as author.
 */
function pushEPaperStatements(to: Statement[], cutLines: readonly string[], title: string | null): void {
  if (cutLines.length === 0) return;
  const lines = cutLines.map((l) => l.trim()).filter((l) => l.length > 0);
  let labels = 0;
  const dates = new Set<string>();
  // a banner laid out as a table has the label and the date in cells of its rows (`第1版:要闻 | 下一版 |`)
  for (const line of lines) {
    for (const piece of line.includes(CELL_BAR) ? line.split(CELL_BAR).map((c) => c.trim()) : [line]) {
      if (EDITION_LABEL_LINE.test(piece)) labels++;
      else if (ISSUE_DATE_LINE.test(piece)) dates.add(piece);
    }
  }
  if (labels === 1 && dates.size === 1) {
    const date = fieldValue([...dates][0]!, 'publishDate');
    if (date !== null) to.push(statement('publishDate', date, PRIORITY.banner));
  }
  if (title === null) return;
  const titleKey = new LineKey(title);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!readsAsTitle(lines[i]!, title, titleKey)) continue;
    const name = orgName(lines[i + 1]!);
    if (name !== null) to.push(statement('source', name, PRIORITY.byline));
    // the date alone under the title (`2025年02月10日`, a news page's header): the day it was published
    const day = ISSUE_DATE_LINE.test(lines[i + 1]!) ? fieldValue(lines[i + 1]!, 'publishDate') : null;
    if (day !== null) to.push(statement('publishDate', day, PRIORITY.byline));
    // or the time closing the info bar there (`金融市场某某2025-02-10 07:48`), as under a kept title (removeInfoBar)
    const bar = day === null ? infoBarDate(lines[i + 1]!) : null;
    if (bar !== null) to.push(bar);
    // a reporter's byline cut with the title (`本报记者 张三`): the author, as under a kept title
    const byline = BYLINE_LINE.exec(lines[i + 1]!);
    if (byline !== null) to.push(statement('author', byline.groups!['author']!, PRIORITY.field));
    return;
  }
}

/**
 * A (trimmed) line that is the title, or its end with the site's name glued before it (`某市日报数字报`
 * + the title): at least half of it. `titleKey` is the title's LineKey, its key built once for all
 * the lines.
 */
const readsAsTitle = (line: string, title: string, titleKey: LineKey): boolean =>
  titleKey.matches(line) || (isTitleShaped(line) && title.endsWith(line) && line.length * 2 >= title.length);

/** The page text to clean; from an HTML page, the article with the blocks cut around it. */
export type LinesInput = PageText & { before?: readonly ArticleCut[]; after?: readonly ArticleCut[]; lines?: readonly string[] };

/**
 * Finds the article's lines (chrome out, kept as removed blocks) and gathers what the page states.
 * @param template the lines of the document's site template (`--templates`), if any
 */
export function stripLines(page: LinesInput, template: ReadonlySet<string> | null = null): ArticleLines {
  const p = new Page(page, template);
  p.removeZones();
  p.removeWeakWidgets();
  p.removeInside();
  p.removeKeywordTags(page.metadata);
  p.findTitleCandidates();
  p.collectCrumbs();
  p.removeBanner();
  p.removePageHeader();
  p.findTitle();
  p.removeBylineOrg();
  p.removeInfoBar();
  const hints = page.headings ?? NO_HEADINGS;
  const outIndex = hints.length > 0 ? new Int32Array(p.texts.length).fill(-1) : null;
  // the lines cut above the article, split once for both readings
  const before = cutLinesOf(page.before);
  pushCutStatements(p.statements, before, p.title, true);
  pushEPaperStatements(p.statements, before, p.title);
  const { text, out, removed } = p.assemble(p.pageText, outIndex);
  pushCutStatements(p.statements, cutLinesOf(page.after), p.title);
  const headings = outIndex !== null ? keptHeadings(hints, p, outIndex) : [];

  const { titleLine, statements } = p;
  let title = p.title;
  // a headline closed by its document's number in brackets (`关于…的通知(发改办能源规〔2020〕245号)`): the
  // number is the docNumber the page states, the title is the words before it
  const numbered = title === null || INTERPRETATION_TITLE_WORDS.some((w) => title!.includes(w)) ? null : TITLE_DOC_NUMBER.exec(title);
  if (numbered !== null && isTitleShaped(numbered[1]!)) {
    title = numbered[1]!;
    statements.push(statement('docNumber', numbered[2]!, PRIORITY.byline));
  }
  const leading = title === null || numbered !== null ? null : TITLE_LEADING_DOC_NUMBER.exec(title);
  if (leading !== null) statements.push(statement('docNumber', leading[1]!.replace(/\s+/g, ''), PRIORITY.byline));
  else if (title !== null && numbered === null && isDocNumberTitle(title)) statements.push(statement('docNumber', title.replace(/\s+/g, ''), PRIORITY.byline));
  if (title !== null) statements.push(statement('title', title, PRIORITY.markup));
  const keptTitleIndex = titleLine >= 0 && p.removedBy[titleLine] === null ? out.indexOf(p.texts[titleLine]!) : -1;
  return { text, lines: out, title, titleLine: keptTitleIndex, statements, removed, warnings: [], headings };
}
const NO_HEADINGS: readonly HeadingHint[] = [];

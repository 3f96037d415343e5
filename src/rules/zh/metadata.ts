// What pages state about a document, and the metadata key each statement fills.
// Labels are matched longest first (发文字号 before 字号), so a table row never shadows a longer one.
import type { KnownMetadataKey } from '../../schema/records.js';
import { PART_OF_YEAR } from './periods.js';

/**
 * Field labels as pages write them (`时间:…`, `【发布单位】…`, `(责任编辑:…)`) → metadata key.
 * `null`: a label that marks the line as page chrome but states nothing we keep (click counts).
 */
/** The number of the project a procurement notice is about (not the notice's own 文号): labels of both field tables. */
const PROJECT_NUMBER_FIELDS = Object.fromEntries(
  ['项目编号', '招标编号', '采购编号', '采购项目编号', '招标项目编号', '政府采购编号'].map((label) => [label, 'projectNumber']),
) as Readonly<Record<string, 'projectNumber'>>;

/**
 * Identifier keys a notice may state on a line of its own text, a numbered item or not
 * (`一、项目编号:ZFCG-2024-0815`), read there (the line stays) when the value is a code: letters,
 * digits and code marks (IDENTIFIER_CODE), never words (`项目编号:见附件`).
 */
export const IDENTIFIER_LINE_KEYS: ReadonlySet<string> = new Set(['projectNumber', 'indexNumber']);
export const IDENTIFIER_CODE = /^(?=[^\d]*\d)[A-Za-z0-9][A-Za-z0-9\-_/.()\[\]〔〕]{3,47}$/;

/**
 * Layout spaces a spaced-out label may have between two of its characters, as info tables pad
 * labels to one column width (`索 引 号`, `标  题`): at most MAX_LABEL_GAP; a two-character label
 * has one gap, which may hold MAX_TWO_CHAR_LABEL_GAP, its missing two characters' width in
 * half-width spaces (`【文&ensp;&ensp;&ensp;&ensp;号】` beside `【成文日期】`; normalise makes each a space).
 */
export const MAX_LABEL_GAP = 3;
export const MAX_TWO_CHAR_LABEL_GAP = 4;

/**
 * Verbs of publishing that state a page's date with no label or colon, as blogs and news pages
 * write it on a line of their own (`发布于 2031-04-02`, `发表于2031年4月2日 10:20`): pageDate.
 */
export const DATED_VERBS = ['发布于', '发表于', '更新于'] as const;

export const FIELD_LABELS: Readonly<Record<string, KnownMetadataKey | null>> = {
  时间: 'pageDate',
  发布时间: 'pageDate',
  更新时间: 'pageDate',
  发表时间: 'pageDate',
  日期: 'pageDate',
  发稿时间: 'pageDate',
  发布日期: 'publishDate',
  发文日期: 'publishDate',
  公布日期: 'publishDate',
  颁布日期: 'publishDate',
  印发日期: 'publishDate',
  // a procurement or public notice states its own date so (`公示期:` is the period it runs, not a date: no row)
  公示日期: 'publishDate',
  公示时间: 'publishDate',
  公告日期: 'publishDate',
  公告时间: 'publishDate',
  // the date a document was signed, which pages state beside (not instead of) its publication date
  成文日期: 'writtenDate',
  生成日期: 'writtenDate',
  生效日期: 'effectiveDate',
  施行日期: 'effectiveDate',
  实施日期: 'effectiveDate',
  失效日期: 'expiryDate',
  废止日期: 'expiryDate',
  发布单位: 'issuer',
  发布机关: 'issuer',
  发布机构: 'issuer',
  发文机关: 'issuer',
  发文单位: 'issuer',
  颁布单位: 'issuer',
  制定机关: 'issuer',
  发布文号: 'docNumber',
  发文字号: 'docNumber',
  文号: 'docNumber',
  ...PROJECT_NUMBER_FIELDS,
  来源: 'source',
  文件来源: 'source',
  信息来源: 'source',
  稿件来源: 'source',
  文章来源: 'source',
  // `来源于：某某街道办事处` (a news portal's sub-site for an office)
  来源于: 'source',
  出处: 'source',
  作者: 'author',
  撰稿: 'author',
  撰稿人: 'author',
  // a reporter's credit beside the story's source (`来源:人民网 记者:木胜玉`); alone it is an interview's speaker
  // (`记者:请问…`): TABLE_FIELD_LABELS
  记者: 'author',
  // a correspondent's credit after the reporter's (`记者:王某某 通讯员:李某`): TABLE_FIELD_LABELS
  通讯员: 'author',
  所属类别: 'category',
  类别: 'category',
  分类: 'category',
  主题分类: 'category',
  // an info table's topic cell (`主 题 : 科技工业信息化\工业;科技工业信息化\信息化`): TABLE_FIELD_LABELS
  主题: 'category',
  所属栏目: 'category',
  栏目: 'category',
  // a post's tags beside its category (`分类:财经 标签:外贸 稳增长`): the field after it is its own
  标签: 'keywords',
  责任编辑: 'editor',
  责编: 'editor',
  编辑: 'editor',
  供稿: 'contributor',
  点击: null,
  点击数: null,
  点击量: null,
  浏览: null,
  浏览次数: null,
  浏览量: null,
  阅读: null,
  阅读次数: null,
  阅读量: null,
  访问量: null,
  访问次数: null,
  审核: null,
  校对: null,
  // an e-paper's page of the day (`版次:02  作者:  2026年03月18日`, `版面:第A3版`): chrome, nothing kept
  版次: null,
  版面: null,
  // gov.cn policy pages open with an index table (索引号 … 发布日期)
  标题: 'title',
  名称: 'title',
  索引号: 'indexNumber',
  // a ministry's 政务公开 table names its cells so (`信息名称: | … | 信息索引: | 360A12-07-2024-0008-1 | 生成日期: | …`,
  // `信息类别: | 高等教育`, `内容概述: | …`; fixtures/article/info-table-xinxi-labels.html)
  信息名称: 'title',
  信息索引: 'indexNumber',
  信息类别: 'category',
  内容概述: 'description',
  有效性: null,
  时效性: null,
  主题词: 'keywords',
  关键词: 'keywords',
  关键字: 'keywords',
  本文来源: 'source',
  发布人: null,
  发布者: null,
  录入: null,
  录入者: null,
  // a scraper's header above the page it saved (`原文链接: https://…`, `url: …`, `title: …`)
  原文链接: 'url',
  原始链接: 'url',
  原文地址: 'url',
  原文网址: 'url',
  页面地址: 'url',
  链接地址: 'url',
  url: 'url',
  URL: 'url',
  title: 'title',
  author: 'author',
  // 政务公开 info-table cells that state nothing kept
  公开方式: null,
  公开时限: null,
  公开范围: null,
  公开形式: null,
  责任部门: null,
  本地目录: null,
  本地路径: null,
  // when the crawler saved the page (`**爬取时间**: 2025-12-12 16:49:26` under a Markdown dump's title):
  // the crawler's date, not the document's
  爬取时间: null,
  抓取时间: null,
  采集时间: null,
  爬取日期: null,
  抓取日期: null,
  采集日期: null,
};

/**
 * A date alone on a line (`2024-01-25`) among the lines cut around the article states the page's date unless
 * another such line stands at most this many lines from it: those are the dates of a list's items (a sidebar's
 * latest stories, each title over its date), and none is read (blind29, a kjt.yn.gov.cn page whose 热点资讯 box beat
 * the info line's date; fixtures/clean/cut-list-dates.html); a header's date alone above them still is.
 */
export const MAX_CUT_BARE_DATE_GAP = 3;

/** Values that state a field is absent (`来源:未知`, `【发布文号】--`): recorded as null. */
/**
 * Fields whose value may be several people's names parted by spaces (`作者:张三 李四`), and what one
 * such name is: 2 to 4 Han characters (a `·` in a transliterated name).
 */
export const PERSON_NAME_KEYS: ReadonlySet<string> = new Set(['author', 'editor']);
export const PERSON_NAME = /^[\u4e00-\u9fff·]{2,4}$/;

/**
 * An e-mail address in a person's field of the page's markup, with the brackets around it
 * (`<meta name="author" content="ntnyq<1210485244@qq.com>">`, a template maker's credit): a contact,
 * no name. It is cut from the value; what is left is kept only when it holds a Han character (`张三
 * (zhangsan@example.com)` → `张三`), else the field states nothing.
 */
export const CONTACT_ADDRESS = /\s*[<(（\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>)）\]]?\s*/g;
export const HAN_CHAR = /[\u4e00-\u9fff]/;

export const ABSENT_VALUES: ReadonlySet<string> = new Set(['', '未知', '--', '-', '—', '——', '无', '暂无', '不详', 'null', 'NULL', 'N/A', 'n/a', '/']);

/**
 * What a CMS leaves in a meta tag it was never given (`<meta name="keywords" content="关键词">`,
 * `SiteName` = `网站名称`): the field's own name, no value. Such a meta tag states nothing.
 */
/**
 * List separators a template leaves after the last item it joins into a <meta> value (`<meta name="ContentSource"
 * content="某某区发展改革和统计局、">`, keywords `河南省、某某局、`): trimmed off the value's end; between
 * items they stay (`海关总署、商务部`).
 */
export const META_TRAILING_SEPARATORS = /[、,，;；\s]+$/;

export const META_PLACEHOLDERS: ReadonlySet<string> = new Set([
  '网站名称', '站点名称', '网站标题', '标题', '文章标题', '页面标题', '描述', '网站描述', '页面描述', '文章描述', '简介',
  '关键词', '关键字', '网站关键词', '网站关键字', '栏目名称', '作者', '来源', '发布时间', '发布日期',
  'title', 'description', 'keywords', 'keyword', 'sitename', 'author',
]);

/**
 * The CMS accounts a template writes into a person's meta tag when the page is published
 * (`<meta name="Author" content="系统管理员">`, `admin`): an account, no author or editor. Such a value of a
 * PERSON_NAME_KEYS field states nothing; a name that merely holds the word stays (`管理员办公室 张三`).
 */
export const CMS_ACCOUNT_NAMES: ReadonlySet<string> = new Set([
  '系统管理员', '管理员', '超级管理员', '网站管理员', '系统用户', 'admin', 'administrator', 'sysadmin',
]);

/**
 * Keys a page's head states of the site as often as of the article (`<meta name=description>`,
 * `keywords`: `某某日报数字报,某某日报电子版`). A value that is a list of names (two or more items
 * split at DESCRIPTOR_ITEM_SPLIT, each of MIN_DESCRIPTOR_ITEM_CHARS to MAX_DESCRIPTOR_ITEM_CHARS
 * characters, none a sentence) none of which the article's title or text holds names what the
 * visible page does not: it is not kept. A sentence (`2030年某县地区生产总值增长4.8%`) is kept.
 */
export const DESCRIPTOR_KEYS: ReadonlySet<string> = new Set(['description', 'keywords']);
export const DESCRIPTOR_ITEM_SPLIT = /[\s,,;;、|_/]+/;
export const MIN_DESCRIPTOR_ITEM_CHARS = 2;
export const MAX_DESCRIPTOR_ITEM_CHARS = 24;

/** Keys whose values are dates: normalised to YYYY-MM-DD (time kept as HH:MM). */
export const DATE_KEYS: ReadonlySet<string> = new Set(['pageDate', 'publishDate', 'effectiveDate', 'expiryDate', 'writtenDate']);

/**
 * The offset of China Standard Time from UTC, in minutes: the zone the pages' own dates are written in. A meta tag's
 * instant in another zone (`article:published_time` = `2024-12-11T17:30:00Z`) is restated in it
 * (`2024-12-12T01:30:00+08:00`), so its day is the day the page shows.
 */
export const SITE_UTC_OFFSET_MINUTES = 480;

/**
 * English month names (first three letters, lower-cased) → month number: the dates feeds and their
 * archivers write in front matter (`date: Fri, 17 Sep 2021 11:05:53 GMT`, RFC 2822).
 */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * <meta name/property> → metadata key (names compared lower-cased). Government sites (gov.cn
 * templates) use ArticleTitle/PubDate/ContentSource/ColumnName/SiteName.
 */
export const META_TAGS: Readonly<Record<string, KnownMetadataKey>> = {
  articletitle: 'title',
  'og:title': 'title',
  title: 'title',
  pubdate: 'pageDate',
  publishdate: 'pageDate',
  'article:published_time': 'pageDate',
  firstpublishedtime: 'pageDate',
  contentsource: 'source',
  source: 'source',
  author: 'author',
  columnname: 'category',
  sitename: 'site',
  'og:site_name': 'site',
  description: 'description',
  keywords: 'keywords',
  // the page's own address (`<meta name="Url" content="http://…">`, gov.cn templates; Open Graph's og:url)
  url: 'url',
  'og:url': 'url',
};

/**
 * Keys a site's template fills with the site's own name in its markup (`<meta name="author"
 * content="某某网">` on every page): such a value ranks below the page's visible field (`作者:王五`).
 */
export const SITE_DEFAULT_KEYS: ReadonlySet<string> = new Set(['author']);

/** Markdown front matter keys (lower-cased) → metadata key; other keys are kept under their own name. */
export const FRONT_MATTER_KEYS: Readonly<Record<string, KnownMetadataKey>> = {
  title: 'title',
  标题: 'title',
  date: 'publishDate',
  publish_date: 'publishDate',
  published: 'publishDate',
  publishdate: 'publishDate',
  发布日期: 'publishDate',
  公布日期: 'publishDate',
  effective_date: 'effectiveDate',
  施行日期: 'effectiveDate',
  生效日期: 'effectiveDate',
  expiry_date: 'expiryDate',
  失效日期: 'expiryDate',
  source: 'source',
  来源: 'source',
  author: 'author',
  作者: 'author',
  issuer: 'issuer',
  office: 'issuer',
  发布机关: 'issuer',
  制定机关: 'issuer',
  doc_number: 'docNumber',
  文号: 'docNumber',
  ...PROJECT_NUMBER_FIELDS,
  category: 'category',
  类别: 'category',
  site: 'site',
  description: 'description',
  keywords: 'keywords',
  period: 'period',
};

/** Crumbs that name a site's home page rather than the site: never taken as `site`. */
export const HOME_CRUMBS: ReadonlySet<string> = new Set(['首页', '网站首页', '主页', '返回首页', 'Home', 'home', '当前位置', '您的位置', '你的位置', '所在位置', '您现在的位置', '当前的位置']);

/** Crumbs that name the page type rather than a category: skipped when taking `category`. */
export const GENERIC_CRUMBS: ReadonlySet<string> = new Set(['正文', '详情', '内容', '详细内容', '阅读文章', '浏览文章', '文章内容', '查看内容']);

/**
 * A breadcrumb's root crumb that names a column, not the site (`头条 > 新闻头条 > …`, `资讯 > 行业新闻 > …`,
 * `新闻动态 > …`): never taken as `site`. A column word (COLUMN_CRUMBS), or a name ending as a column's does
 * (COLUMN_NAME_ENDINGS in boilerplate.ts: `…动态`, `…要闻`).
 */
export const COLUMN_CRUMBS: ReadonlySet<string> = new Set(['头条', '资讯', '新闻', '新闻中心', '资讯中心', '新闻资讯', '新闻头条', '信息', '信息公开']);
/**
 * A <title> that names the page's type, not its article (`资讯详情页`, `新闻详情`, `文章内容页`, `正文页`): a
 * CMS template's placeholder left in place. It is a GENERIC_CRUMBS word, after an optional noun for what
 * the site publishes (PAGE_TYPE_NOUNS) and before an optional `页`/`页面` (PAGE_TYPE_PAGE_WORD); at most
 * PAGE_TYPE_TITLE_MAX_CHARS long. It gives no title hint: the article's title is looked for in the page's
 * heading blocks (article/find-title.ts, headingTitle). `详情请见附件`, `通知` are no page types.
 */
export const PAGE_TYPE_NOUNS = ['新闻', '资讯', '文章', '信息', '动态', '公告', '通知', '政策', '产品'] as const;
export const PAGE_TYPE_PAGE_WORD = /(?:页面|页)$/;
export const PAGE_TYPE_TITLE_MAX_CHARS = 8;

/**
 * A credit line closing an article (`(厦门海关 许炯锋供稿)`): who contributed it. Org and person are
 * separated by a space; a lone name with an organisation suffix is the organisation.
 */
export const CREDIT_VERBS = ['供稿', '供图', '撰稿', '来稿', '报道', '通讯员'] as const;
export const ORG_SUFFIXES = ['海关', '总署', '局', '署', '部', '委', '办', '厅', '中心', '公司', '处', '科', '站', '所', '院', '会', '室', '队'] as const;

/**
 * A date line led by the site that shows it (`某某网 2018年04月19日 10:20 来源:新华社`): a name
 * ending as site names do (or as an organisation's, ORG_SUFFIXES), or the site's web address
 * (`www.xxx.gov.cn 2018-04-19 来源:市统计局`). The date and the fields after it are read; the lead
 * states nothing kept.
 */
export const SITE_NAME_ENDINGS = ['网', '网站', '在线', '频道', '报', '新闻', '客户端', '门户', '政府'] as const;
/** The endings of a site's or an organisation's name, the two tables as one (a site-led line; a site-only <title>). */
export const SITE_OR_ORG_ENDINGS: readonly string[] = [...SITE_NAME_ENDINGS, ...ORG_SUFFIXES];
/** A site name leading a date line is one word at most this long. */
export const MAX_SITE_LEAD_CHARS = 16;

/** The opening of a yearly report states the year it covers: `2024年,…`, `2023年度,…`. */
export const PERIOD_OPENING = /^\s*(\d{4})年度?[,,、]/;
/**
 * A title naming a yearly report of one year (`万载县2022年国民经济和社会发展统计公报`, `2023年度报告`,
 * `…2023年年报`): group 1, the year, is the document's period. A part of a year after it makes no
 * yearly report (`2024年上半年…`, `…2023年半年报`), nor does a second year (`2023—2024年`); a yearbook is
 * named after the year it is published, not the year it reports, and gives none.
 */
export const YEARLY_REPORT_TITLE = new RegExp(
  `(?<![\\d—–\\-~至到])((?:19|20)\\d{2})(?=年)(?!年度?(?:[\\d—–\\-~至到]|${PART_OF_YEAR}))(?=.*(?:统计公报|(?<!半)年度报告|(?<!半)年报)$)`,
);
/** A paragraph opening with a year, used to tell a narrative history (many years) from a yearly report. */
export const YEAR_LED_PARAGRAPH = /^\s*(?:自|从|截至|到)?(\d{4})年/;
/** How many years before the page's own date a stated period may lie (a 2011 page does not report on 1998). */
export const MAX_PERIOD_LAG_YEARS = 2;

/**
 * A law's 题注 under its title: `(2021年9月26日海关总署令第253号公布 自2021年11月1日起施行)`.
 * Named groups are metadata keys. Only the opening lines of a document are tried.
 */
export const LAW_PREAMBLE =
  /^\s*[((]?\s*(?<publishDate>\d{4}年\d{1,2}月\d{1,2}日)\s*(?<docNumber>[^()()\s]{1,40}?第\s*\d{1,5}\s*号)\s*(?:公布|发布|印发)(?:[^()()]{0,200}?自\s*(?<effectiveDate>\d{4}年\d{1,2}月\d{1,2}日)\s*起施行)?/;
/**
 * A speech's or report's 题注 under its title: `——2022年3月5日在第十三届全国人民代表大会第五次会议上`,
 * `(2023年1月10日在全省工作会议上的讲话)`: the date it was given. The whole line must be the 题注.
 */
export const SPEECH_PREAMBLE =
  /^\s*(?:[((]\s*)?(?:——|—|--)?\s*(?<publishDate>\d{4}年\d{1,2}月\d{1,2}日)\s*在[^。;!?()()]{2,60}?(?:上|时)(?:的(?:讲话|报告|发言|致辞))?\s*[))]?\s*$/;

/**
 * A 文号 standing alone on the line right under the title (`鲁政办发〔2016〕52号`, `(署发〔2024〕1号)`):
 * the issuer's abbreviation, the year in 〔〕 and the number. The whole line must be the number: a
 * sentence citing one is not this. The line stays in the text.
 */
export const DOC_NUMBER_LINE = /^[((]?\s*(?<docNumber>[\u4e00-\u9fff]{1,16}\s*[〔[]\s*\d{4}\s*[〕\]]\s*\d{1,5}\s*号)\s*[))]?$/;

/**
 * A news dateline opening the first paragraph (`某某社北京3月2日电(记者 张三)`, `某某网3月2日讯(编辑 李四)`,
 * `本报讯(记者 王五)`): the agency or paper (`source`; 本报/本刊/本网/本台 name no one), a place, the day and
 * 电/讯, then the credit in brackets (`author`). A day needs no credit; 讯 without a day needs one. A
 * report citing an agency (`据某某社3月2日电,…`: 据, or a clause going on after it) is none. Read from a
 * line's start; the line stays in the text (real pages' gold keeps a dateline as the article's).
 */
const DATELINE_SOURCE = '(?:本报|本刊|本网|本台|(?!据)(?<source>[\\u4e00-\\u9fff]{1,10}?(?:通讯社|社|网|报|台|新闻|客户端)))';
const DATELINE_CREDIT = (required: boolean): string =>
  `(?:\\s*[((]\\s*(?:记者|编辑|通讯员|实习生|特约记者)?\\s*(?<author>[^()()。,，;；!?]{2,30}?)\\s*[))])${required ? '' : '?'}`;
export const NEWS_DATELINES: readonly RegExp[] = [
  new RegExp(`^\\s*${DATELINE_SOURCE}[\\u4e00-\\u9fff]{0,8}?\\d{1,2}月\\d{1,2}日(?:电|讯)${DATELINE_CREDIT(false)}(?![,，、;；::。])`),
  new RegExp(`^\\s*${DATELINE_SOURCE}讯${DATELINE_CREDIT(true)}(?![,，、;；::。])`),
];

/**
 * A reporter's byline alone on a line under the title (`本报记者 张三`, `记者 张三 李四`, `本报通讯员 王五`):
 * the names (PERSON_NAME, one to four, parted by spaces or 、) are the author. A photo's credit
 * (`记者 张三 摄`, `记者 张三摄`) and a sentence (`本报记者从市统计局获悉,…`) are none. The line stays in the text.
 */
/** What the reporter did, after the names (`整理`, compiled by): no name. */
export const CREDIT_ACTS = ['整理', '报道', '采写'] as const;
const BYLINE_NAME = PERSON_NAME.source.slice(1, -1);
export const BYLINE_LINE = new RegExp(
  `^\\s*(?:本报|本刊|本网|本台)?(?:特约记者|见习记者|首席记者|记者|通讯员|实习生)\\s+(?<author>${BYLINE_NAME}(?:[\\s、]+(?!(?:${CREDIT_ACTS.join('|')})\\s*$)${BYLINE_NAME}){0,3})(?<!摄)\\s*(?:${CREDIT_ACTS.join('|')})?\\s*$`,
);

/**
 * A reporter's credit closing the article, as news reports end: in brackets after the last sentence
 * (`…财经纪律。(记者 李莉)`, `(记者 张三 通讯员 李四)`), or alone on the last line, the paper before it
 * and what the reporter did after it (`□某某日报全媒体记者 张三 整理`, `本报记者 李四`). The names
 * (PERSON_NAME, up to four) are the author; the paper named on the line (ending in CLOSING_PAPER_ENDINGS)
 * is the source. A photo's credit (`记者 张三 摄`) is none. The line form needs a closing mark (□/■), the
 * paper's name or what the reporter did: a plain `本报记者 张三` at the end may open the next item of a
 * list. Read from the last lines only; the line stays in the text.
 */
const BYLINE_NAME_SOURCE = PERSON_NAME.source.slice(1, -1);
const CREDIT_ROLE_WORDS = '(?:记者|通讯员|实习生)';
/** The role words between a credit's names (`张三 通讯员 李四`): cut from the author, the names kept apart by a space. */
export const CREDIT_ROLE_BETWEEN = /\s*(?:记者|通讯员|实习生)\s*|[\s、]+/g;
/** A role word inside a credit's names (`张三 通讯员 李四`): the names are then read apart from it (CREDIT_ROLE_BETWEEN). */
export const CREDIT_ROLE_INSIDE = new RegExp(CREDIT_ROLE_WORDS);
const CREDIT_ROLE = '(?:全媒体|融媒体|首席|特约|见习)?(?:记者|通讯员|实习生)';
const CREDIT_NAMES = `${BYLINE_NAME_SOURCE}(?:[\\s、]+(?!(?:${CREDIT_ACTS.join('|')})\\s*$)(?:${CREDIT_ROLE_WORDS}\\s*)?${BYLINE_NAME_SOURCE}){0,3}`;
export const CLOSING_PAPER_ENDINGS = ['日报', '晚报', '时报', '报', '网', '台'] as const;
export const CLOSING_CREDIT_BRACKETED = new RegExp(`[。!?！？”]\\s*[((]\\s*${CREDIT_ROLE}\\s*(?<author>${CREDIT_NAMES})(?<!摄)\\s*[))]\\s*$`);
export const CLOSING_CREDIT_LINE = new RegExp(
  `^\\s*(?<mark>[□■])?\\s*(?:本报|本刊|本网|本台|(?<source>[\\u4e00-\\u9fff]{2,10}?(?:${CLOSING_PAPER_ENDINGS.join('|')})))?${CREDIT_ROLE}\\s*(?<author>${CREDIT_NAMES})(?<!摄)\\s*(?<act>${CREDIT_ACTS.join('|')})?\\s*$`,
);

/** How many lines after the title a 题注 may stand on. */
export const PREAMBLE_LINES = 3;

/** A plan states its span: `规划期为2021—2025年` → period `2021-2025`. */
export const PLAN_PERIOD = /(?:规划期限|实施期限|规划期|实施期)(?:为|是|:)?\s*(\d{4})\s*年?\s*[-—–~至到]\s*(\d{4})\s*年/;

/**
 * Reader-style scrapers (r.jina.ai and its kind) put a header of `Key: value` lines above the page
 * and end it with `Markdown Content:`. Keys (lower-cased) → metadata key; `null`: read and dropped.
 * `url source` is the page's address (`url`, as a scraper's `原文链接:` is). `title` is the page's <title>, read as a title hint with its
 * site suffix split off, as the HTML reader does; `published time` is the page's own date.
 */
export const READER_HEADER_KEYS: Readonly<Record<string, KnownMetadataKey | null>> = {
  title: 'title',
  'url source': 'url',
  'published time': 'pageDate',
  description: 'description',
  'number of pages': null,
  warning: null,
};
/**
 * A field of a scraper's header written with an ASCII key (`SOURCE: https://…`, `FETCHED: 2026-06-13`,
 * `SHA256(raw): 97ad…`, `PROVINCES: 山东`): read only above a rule that ends the header (HEADER_RULE_LINE).
 */
export const ASCII_HEADER_FIELD = /^(?<key>[A-Za-z][A-Za-z0-9_ ()./-]{0,30}?)\s*[:：]\s*(?<value>\S.*)?$/;
/**
 * Such keys (lower-cased) → metadata key; a key not listed states nothing kept (the scraper's own
 * bookkeeping: `fetched`, `sha256(raw)`, `provinces`). `source` names the page's address when its
 * value is one (`SOURCE: https://…`), else the document's source (`source: 新华社`).
 */
export const ASCII_HEADER_KEYS: Readonly<Record<string, KnownMetadataKey | null>> = {
  source: 'source',
  url: 'url',
  link: 'url',
  title: 'title',
  author: 'author',
};
/** The line that ends a reader header: the page's own text follows it. */
export const READER_CONTENT_LINE = /^markdown content:\s*$/i;
/** A reader header opens within this many lines of the file (blank lines between its fields). */
export const MAX_READER_HEADER_LINES = 16;

/** A notice's signature: its date alone on the last lines (`2024年1月5日`), the issuer on the line above. */
export const SIGNATURE_DATE_LINE = /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/;
/** A bulletin's credit closing its text: the issuing organisation alone in brackets (`(万载县统计局)`). */
export const BRACKETED_ISSUER_LINE = /^[(（]([^()（）]{2,30})[)）]$/;
/** How many of the article's last lines are looked at for a signature. */
export const MAX_SIGNATURE_LINES = 3;
/** An issuer named in a signature is at most this long. */
export const MAX_ISSUER_CHARS = 30;
/** A flattened notice's signature glued after its closing formula: `特此公告。海关总署2024年1月24日`. */
export const SIGNED_AFTER_CLOSING = /特此(?:公告|通告|通知|函告|批复)[。.]\s*(?<issuer>[\u4e00-\u9fff]{2,30}?)\s*(?<date>\d{4}年\d{1,2}月\d{1,2}日)/;

/**
 * Labels a 政务公开 info table writes in a cell of their own with no colon, the value in the next cell
 * (`索引号 | 765471314/2022-00073 | 发布机构 | 杭州公积金中心`, `文  号 | 杭房公委〔2022〕9号 | 有 效 性 | 废止`): a row
 * of such label cells, each followed by its value cell, is a field line (parse-fields.ts, labelRowFields). Each
 * fills the key FIELD_LABELS gives it, or none. Left out: words a body table heads a column with (`名称`, `分类`,
 * `类别`, `日期`, `时间`, `来源`).
 */
export const INFO_TABLE_ROW_LABELS: ReadonlySet<string> = new Set([
  '索引号', '标题', '发布机构', '发文机关', '发文单位', '发文字号', '文号', '发布文号',
  '成文日期', '发布日期', '发文日期', '印发日期', '生效日期', '实施日期', '施行日期', '失效日期', '废止日期',
  '公开方式', '公开范围', '公开时限', '公开形式', '有效性', '时效性', '统一编号', '主题分类', '体裁分类', '组配分类',
  '信息分类', '主题词',
  // not 服务对象: a service guide's table (办事指南) opens its rows with it, and those rows are the article's
]);

/**
 * Labels whose value is a summary, sentences and all (`内容概述: | 通知明确,…,每单位限报1项作品。`): read with a
 * sentence for its value in an info table's row (a line with cells) only; elsewhere a field line holds no sentence.
 */
export const SUMMARY_FIELD_LABELS: ReadonlySet<string> = new Set(['内容概述']);

/**
 * Labels read as a field only in an info table's layout: spaced out (`主 题 :`) or beside other fields on the line;
 * alone and unspaced under a headline they open a sentence of the article (`主题:青春逐梦 创业未来`).
 */
export const TABLE_FIELD_LABELS: ReadonlySet<string> = new Set([
  '主题',
  // beside a source (`来源:人民网 记者:木胜玉`) a credit; alone a speaker's label in an interview (`记者:好的`): blind29, a
  // kjt.yn.gov.cn page; fixtures/clean/source-reporter-credit.txt
  '记者',
  // after a reporter's credit (`来源:某海关 记者:王某某 通讯员:李某`); alone it opens a line of the article
  '通讯员',
]);

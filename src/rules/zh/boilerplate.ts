// Website chrome around a scraped document, as declarative rows. Each row says what it matches
// and where (head: above the article, tail: below it, edge: either); the detectors in
// src/stages/article/ only apply them. Patterns are tested against one trimmed, normalised line,
// and are bounded (no nested unbounded repetition) so a 1 MB line stays linear.
import { alternation } from '../../lib/pattern.js';
import { BULLET_CHARS } from './line-shapes.js';
import { HOME_CRUMBS, ORG_SUFFIXES, PERSON_NAME } from './metadata.js';

/** An e-paper's edition label: `第A06版`, `第3版`, with its page's name (`第A06版:公告`, `第B03版 要闻`). */
const EDITION = '第\\s*[A-Z]?\\d{1,3}\\s*版(?:\\s*[::]?\\s*[^\\s\\d::]{1,12})?';
/** An issue's date as a banner states it (`2031年04月02日`, `2031-04-02`), and the weekday that may follow it. */
const ISSUE_DATE = '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}-\\d{1,2}-\\d{1,2}';
const WEEKDAY = '(?:\\s*(?:星期|周)[一二三四五六日天])?';
/**
 * An e-paper page whose edition label and issue date stand on lines of their own above the article
 * (`第A08版:公 告` … `2031年04月02日`, each in its own block of the page's banner, the page's name
 * spaced out to fill its box): the date alone on its line is the article's publication date, when
 * the lines cut above the article hold one such label and one such date (article/strip-lines.ts).
 */
export const EDITION_LABEL_LINE = new RegExp(`^第\\s*[A-Z]?\\d{1,3}\\s*版(?:\\s*[::]?\\s*[^\\s\\d::](?:[ \\t]{0,3}[^\\s\\d::]){0,11})?$`);
export const ISSUE_DATE_LINE = new RegExp(`^(?:${ISSUE_DATE})${WEEKDAY}$`);
/**
 * A news page's info bar on the line under the title, its spans run together (`金融市场某某2031-04-02
 * 07:48`: the column's link, the source, the time) or apart by spaces: a short lead of words (no
 * digit, colon or sentence mark: `发布时间:` is a labelled field, read as one), then a date with its
 * time closing the line: the page's date (article/strip-lines.ts); the lead, whose words cannot be
 * told apart, is not read. A lead naming an event's time (`报名截止 2031-04-02 17:00`, `开始时间…`)
 * makes the date the event's, not the page's; so does a lead of one word apart from the date by a space
 * (`开幕式 2031-04-02 09:00`: strip-lines.ts, infoBarDate).
 */
export const INFO_BAR_DATE_TIME = /^[^\d\s。，,；;！!？?:：|｜][^\d。，,；;！!？?:：|｜]{0,23}?(?<!(?:截止|截至|时间|日期|开始|结束|期限)\s*)\s*(?<pageDate>(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?)$/;
/** One person's name (metadata.ts), for a credit in the rows below. */
const PERSON = PERSON_NAME.source.slice(1, -1);
/** One to four names, apart by spaces or 、 (a photo's credit). */
const PHOTOGRAPHERS = `${PERSON}(?:[\\s、]+${PERSON}){0,3}`;
/** One bullet character (line-shapes.ts), for the rows below. */
const BULLET = `[${BULLET_CHARS}]`;

/** Where chrome may stand. A line of the article itself is never removed: rules act only in these zones. */
export type Zone = 'head' | 'tail' | 'edge';

/** navigation rows end the site banner above them (see siteBanner). */
export type Role = 'navigation' | 'chrome';

export interface LineRule {
  id: string;
  zone: Zone;
  role?: Role;
  /**
   * The line is chrome only beside another footer line (through other such lines): a contact line
   * `地址:… 邮编:… 电话:…` is the site's when it stands with its copyright, but a notice may end
   * with its own contact details above the signature.
   */
  besideFooter?: boolean;
  /** tested against the trimmed line; named groups are metadata keys */
  pattern: RegExp;
  /**
   * A phrase every line the pattern matches holds somewhere (see phraseWithin): a line without it
   * is not tried against the pattern, whose bounded `.{0,n}` prefix is slow to fail.
   */
  phrase?: RegExp;
  /**
   * Also tried on a line longer than MAX_CHROME_LINE_CHARS (up to MAX_LONG_CHROME_LINE_CHARS): chrome
   * that is long by nature, a site's directory of links glued into one line.
   */
  long?: boolean;
}

/** A line longer than this is never chrome, whatever the rule. */
export const MAX_LONG_CHROME_LINE_CHARS = 20_000;

/**
 * A line holding `phrase` with at most `before` characters before it and `after` after it:
 * `^.{0,before}(?:phrase).{0,after}$`, with the phrase kept as the rule's quick test.
 */
function phraseWithin(before: number, phrase: RegExp, after: number): Pick<LineRule, 'pattern' | 'phrase'> {
  return { pattern: new RegExp(`^.{0,${before}}(?:${phrase.source}).{0,${after}}$`, phrase.flags), phrase };
}

export interface RunRule {
  id: string;
  zone: Zone;
  role?: Role;
  /** the line that opens the run */
  start: RegExp;
  /** lines that continue it (blank lines do not break a run) */
  follow: RegExp;
  /** a run shorter than this is not chrome (two bullet lines may be the article's own list) */
  minLines: number;
  /** the run's last line, when the article follows it directly, is the article's title, not the run's */
  sparesTitle?: boolean;
  /**
   * a run followed by a number alone on its line (NUMBER_CELL, tables.ts) is a table written one cell a
   * line (`指标名称` / `计量单位` / `本月` / … / `地区生产总值` / `亿元` / `12.3`), not a menu
   */
  sparesTable?: boolean;
}

/**
 * The words that open a page's download links (`附件下载`, `公告下载链接:`, `资料下载:某市经济运行情况.docx`):
 * rule `download-links`, and where a flattened page's glued tail is cut (article/unglue.ts: only from
 * these words on). 资料下载/文件下载 only as a label, with its colon: `提供资料下载服务` is a sentence's.
 */
export const DOWNLOAD_PHRASE = /下载链接|下载地址|附件下载|下载附件|(?:资料|文件)下载\s*[:：]/;

/**
 * A link to the site's home page (`href="/"`, `./`, `index.html`, `http://host/`) whose text names the
 * site (`某县政府门户网站 www.example.gov.cn`): the HTML reader ends the line after it, so a byline
 * that opens with it (`<a href="/">…网站 www…</a> 2019-05-06 10:11:12 来源:…`) leaves its fields on
 * a line of their own, read as metadata; a menu's `首页` link is no such link (no site words).
 */
export const SITE_HOME_HREF = /^(?:\/|\.\/|(?:https?:)?\/\/[^/?#]+\/?|\/?index\.(?:s?html?|jsp|php|aspx?))$/i;
export const SITE_HOME_LINK_TEXT = /www\.|网站|门户|网$/;

/**
 * A portal's link back to its home page, which its template glues inside the article's last
 * paragraph (`…仍将持续。<a href="…">返回腾讯网首页>></a>`, `…<a>返回搜狐,查看更多</a>`): the link's
 * whole text. The HTML reader skips such a link wherever it stands (page-text/html-to-text.ts,
 * html-stream.ts); a sentence that says 返回 is never a link's whole text.
 */
export const BACK_HOME_LINK_TEXT = /^返回[^。，,；;！!？?]{0,12}?(?:首页|主页)\s*[>»》]{0,3}$|^返回[^\s。，,；;！!？?]{1,10}[，,]\s*查看更多\s*[>»》]{0,3}$/;
/** A link's text longer than this is never BACK_HOME_LINK_TEXT. */
export const MAX_BACK_HOME_LINK_CHARS = 24;
/** A link's raw text (layout white space in) is read up to this many characters, no further: past it, no back-home link. */
export const MAX_BACK_HOME_LINK_RAW_CHARS = 8 * MAX_BACK_HOME_LINK_CHARS;

/**
 * A site's clock: today's date with its weekday, and the lunar date or a note after `农历`
 * (`今天是:2024年3月5日 星期二 农历二月廿五`, `2025年8月20日 星期三 农历 后天是处暑`). Not anchored:
 * a flattened head holds it among other pieces (article/unglue.ts); rule `clock` takes a line of it.
 */
export const CLOCK_WIDGET = /(?:(?:今天是|今天|今日)\s*[::]?\s*)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天](?:\s*农历\s*[^\s。,,;;]{1,12})?/y;

/**
 * Headings over a list of links to other sites (`友情链接`, `相关网站`): rule `related-links` when the
 * links follow on the same line, else a `related-list` run under the heading.
 */
const LINK_LIST_HEADINGS: readonly string[] = ['相关链接', '友情链接', '相关网站', '网站链接', '政府网站', '部门网站', '常用链接', '网站群'];
/** Headings over other readings: over a list of stories, and before one linked title on its line (`related-reading`). */
const READING_HEADINGS: readonly string[] = ['相关阅读', '延伸阅读'];
/** The label of a link to a related reading alone on its line (`相关解读:《…》解读`). */
const RELATED_READING_LABEL = new RegExp(['相关解读', ...READING_HEADINGS].join('|'));

/**
 * Headings over a news site's list of other stories, each a title, maybe a one-sentence teaser and a
 * date (`为你推荐` / `某某定调！…` / `十一假期前，…工作。` / `2030-09-30 07:42`): rule `story-list`.
 */
const STORY_LIST_HEADINGS: readonly string[] = ['为你推荐', '为您推荐', '猜你喜欢', '推荐阅读', '精彩推荐', '热点推荐', '热门推荐', '相关新闻', ...READING_HEADINGS];
/**
 * A heading over earlier issues of a column (`往期回顾`, `近期资安日报`, `往期推荐`): 近期/往期/历史, at most six
 * characters of the column's name, then an issue or list word (traditional forms too: the chrome is matched as written).
 */
const PAST_ISSUES_HEADING = '(?:近期|往期|历史|歷史)[^\\s。,,]{0,6}?(?:回顾|回顧|推荐|推薦|精选|精選|文章|热文|熱文|日报|日報|周报|週報|快讯|快訊|报道|報導)';
/** Headings over a list of other pages or of other sites, closing a page: rules `related-heading` and `related-list`. */
const RELATED_LIST_HEADINGS = [
  '推荐内容', '相关文章', '热门文章', '最新文章', '栏目列表', '相关信息', '热点内容', '最新内容', '热点新闻', '最新更新', '相关附件', '相关文档', '相关报道',
  // a policy page's links to its interpretations and related policies (`相关政策与解读` / `《…》政策解读`), and the
  // site's ranking box under them (`排行榜`, `阅读排行`)
  '相关政策与解读', '相关政策解读', '相关政策', '相关解读', '政策解读', '排行榜', '阅读排行', '点击排行', '热门排行',
  ...STORY_LIST_HEADINGS, ...LINK_LIST_HEADINGS, PAST_ISSUES_HEADING,
].join('|');
/** What may close such a heading: `相关链接>>`, `相关文档：`, `更多 »`. */
const RELATED_HEADING_END = '\\s*(?:>>|»)?\\s*[:：]?';

/**
 * Words of page widgets (font size, print, close, share, scan-to-phone). A line made only of these
 * (with brackets, colons and separators between) is chrome: `字号:[大 中 小] 打印本页 关闭窗口`,
 * `【我要纠错】`, `扫一扫在手机打开`, `close`, `使用微信扫一扫×`.
 */
export const WIDGET_WORDS: readonly string[] = [
  '扫一扫在手机打开当前页面', '扫一扫在手机打开当前页', '扫一扫在手机上打开', '扫一扫在手机打开', '在手机上打开', '在手机打开', '使用微信扫一扫', '微信扫一扫', '手机扫一扫', '扫一扫',
  '打印本页', '打印此页', '打印文章', '打印', '关闭窗口', '关闭本页', '关闭此页', '关闭页面', '关闭', '收藏本页', '加入收藏', '收藏', '设为首页',
  '返回顶部', '回到顶部', '返回列表', '返回首页', '返回', '我要纠错', '我要打印', '纠错', '分享到', '分享', '新浪微博', '微博', '微信', 'QQ空间', 'QQ好友',
  '字号', '字体', '默认', '放大', '缩小', '视力保护色', '护眼模式', '无障碍浏览', '无障碍', '长者模式', '适老化', '简体版', '繁体版', '简体', '繁体', '繁體',
  '网站地图', '联系我们', '登录', '注册', '高级搜索', '搜索', '请输入关键字', '请输入关键词', '保存', 'close', 'Close', 'CLOSE', 'English',
  '关于我们', '使用帮助', '帮助中心', '版权声明', '隐私声明', '隐私政策', '网站声明', '广告服务', '意见反馈', '友情链接',
  '全屏', '还原', '减小', '增大', '加大', '附件下载', '下载附件', '下载', '打开', 'QQ',
  // a search box's label over its suggested words (`热门搜索：`), the words themselves being links of their own
  '热门搜索',
  '首页', '大', '中', '小',
  // the font reset beside 放大/缩小 (`字体: 放大 正常 缩小`), and the page a scan code opens (`扫一扫在手机打开当前页面`)
  '正常', '重置', '标准', '当前页面', '当前页', '本页',
  // a news portal's article tools (`手机看新闻`, `打印 网摘 纠错 商城 分享 推荐`, `字号 评论 邮件 纠错`)
  '手机看新闻', '网摘', '我要评论', '评论', '邮件', '商城', '推荐',
  // the link to the story's own page that a digest or an exported post sets under each story
  // (`[查看原文](https://…)` in a Markdown dump, a public account's `阅读原文`)
  '查看原文', '阅读原文',
  // a public account's tools under its article (`分享 收藏 点赞 在看`, `写留言`)
  '点赞', '在看', '转发', '写留言', '留言',
  // a government CMS's article tools and footer links: the read-aloud button (`听全文`), the error
  // report (`内容纠错`), the site feedback link (`网站建议`), the font-size buttons (`A+大A+中A+小`, `A+ A-`)
  '听全文', '内容纠错', '网站建议', 'A+大', 'A+中', 'A+小', 'A+ A-', 'A- A+', 'A+A-', 'A-A+', 'A+', 'A-',
  // the script switch of an accessibility bar (`无障碍 | 长者模式 | 简 | 繁 | English`)
  '简体中文', '繁体中文', '繁體中文', '简', '繁',
  // a skip link, the first link of an accessible page (`[跳转到主要内容](#main)` in a Markdown dump)
  '跳转到主要内容', '跳到主要内容', '跳转到正文', '跳到正文', '跳过导航', '跳转到内容', '跳到内容',
  // the font-size widget's glyph above its 字体:小|中|大 buttons (`Aa`)
  'Aa',
  // the print and share tools of a provincial CMS under its article, the share box's title, and a
  // back-to-top button split by a line break (`返回顶部 打印页面 关闭本页`, `分享文章到`, `回到<br>顶部`;
  // fixtures/clean/article-tools-print-share.txt). Not the share box's `取消` alone: a table dumped one
  // cell a line writes 取消 as a cell (an item's disposal: 取消/下放/保留)
  '打印页面', '分享文章到', '回到', '顶部',
  // the link to a site's mobile edition among its share links (`手机版` / `微信` / `微博`)
  '手机版',
  // an accessibility bar's reading modes (`无障碍阅读 | 长者专区`)
  '无障碍阅读', '长者专区',
  // a CMS's link to the article's full text as a file, and the scan code's caption (`[全文下载]`, `扫一扫在手机上查看当前页面`)
  '全文下载', '扫一扫在手机上查看当前页面', '在手机上查看当前页面',
  // a footer's follow-us labels beside the account's code (`官方微信`, `官方微博`), and the tip a page shows over itself
  // in WeChat's browser when an attachment is tapped (`点击右上角` / `选择在浏览器中打开`;
  // fixtures/clean/page-follow-and-open-in-browser-tips.txt)
  '官方微信', '官方微博', '点击右上角', '选择在浏览器中打开', '在浏览器中打开',
  // a footer's link bar (`联系电话 | 网站地图`): weak, a line of it alone is a contact block's label
  '联系电话', '联系方式',
];
/**
 * The labels a contact line opens with (`地址:…`, `联系电话:0592-…`, `E-mail:…`): the site's own
 * beside its footer (`site-contact`), or a notice's under its signature, which stays.
 */
export const CONTACT_LABELS = /地址|通讯地址|联系地址|单位地址|邮编|邮政编码|联系电话|电话|传真|联系方式|值班电话|咨询电话|服务热线|E-?mail|电子邮箱|邮箱/;
/**
 * A hotline's label naming what it takes reports of (`统计违法行为举报电话`, `投诉电话`, `监督热线`): a site's
 * footer line beside its contact line, only beside that footer (rule `site-contact`).
 */
const HOTLINE_LABEL = /[\u4e00-\u9fff]{0,10}(?:举报|投诉|监督)(?:电话|热线)/;
/** Words a time stamp's clock ends with that name no source: a weekday (`星期一`, `周三`), a half-day or a time zone (`AM`, `CST`). */
export const CLOCK_WORDS = /(?:星期|礼拜|周)[一二三四五六日天]|[AaPp]\.?[Mm]\.?|CST|GMT|UTC|BJT|北京时间|上午|下午|中午|晚上|凌晨/;
/** The word a column's name ends with (`政策解读`, `海关观察`): a bracketed byline's first word ending so names no author. */
export const COLUMN_NAME_ENDINGS: readonly string[] = ['解读', '评论', '时评', '观察', '视点', '聚焦', '速递', '快讯', '动态', '要闻', '专栏', '专题'];
/** A subscriber's word (`訂戶`, `月费`, `付费会员`: traditional forms as written), and with 订阅 any subscription word. */
const SUBSCRIBER_WORD = /訂戶|订户|月費|月费|付費會員|付费会员/;
const SUBSCRIPTION_WORD = new RegExp(`${SUBSCRIBER_WORD.source}|訂閱|订阅`);
/**
 * One review credit (`初审:张三`, `责任校对:李四`): the review's word, a colon, a person's name: two to four
 * characters, none of them one a step of a procedure is written with (`初审:业务科室`, `签发:局长签发`,
 * `初审:按时办结`: a service guide's steps, not credits).
 */
const REVIEW_CREDIT = `(?:初审|复审|终审|一审|二审|三审|责任校对|校对|审核|签发)\\s*[::]\\s*(?:(?![科室局处领导签审办结意见受理过窗口部门单位负责])[\\u4e00-\\u9fff·]){2,4}`;
/** Reviews under an article, one a line: two or more make the run (`review-credits`). */
const REVIEW_CREDIT_LINE = new RegExp(`^${REVIEW_CREDIT}$`);
/**
 * A link to a government's portal as a site's top bar writes it (`中国政府网`, `国务院`, `湖南省政府门户网站`;
 * `湖北政府网` in a bar), or to a ministry's site: rules `top-bar` and `government-links`.
 */
const GOVERNMENT_PORTAL_SOURCE = '(?:中国政府网|国务院|[\\u4e00-\\u9fff]{0,8}?(?:省|市|县|区|州|盟|旗)(?:人民)?政府(?:门户)?(?:网站|网)?)';
/** A ministry's site (`中华人民共和国财政部`): a link only in a bar, beside a separator (a joint notice's issuers may head its text). */
const MINISTRY_LINK_SOURCE = '中华人民共和国[\\u4e00-\\u9fff]{1,12}?(?:部|委员会|总署|署|总局|局|银行)';
const GOVERNMENT_LINK_SOURCE = `(?:${GOVERNMENT_PORTAL_SOURCE}|${MINISTRY_LINK_SOURCE}|[\\u4e00-\\u9fff]{2,4}政府网)`;
/**
 * A site's top bar on one line: links to the governments above it and widget words, three or more
 * parted by bars (`中国政府网 | 湖北政府网 | 中华人民共和国财政部 | 无障碍阅读 | 长者专区 | 繁體 | 登录`); one government
 * link at least (a bar of widget words alone is `page-widgets`).
 */
const TOP_BAR_ITEM = `(?:${GOVERNMENT_LINK_SOURCE}|${alternation(WIDGET_WORDS)}|(?:网站|本站)?支持\\s*IPv6)`;
const TOP_BAR_LINE = new RegExp(`^(?=.*?(?:^|[|｜丨]\\s*)${GOVERNMENT_LINK_SOURCE}\\s*(?:[|｜丨]|$))${TOP_BAR_ITEM}(?:\\s*[|｜丨]\\s*${TOP_BAR_ITEM}){2,}$`, 'i');
/** A welcome banner at the page's top or foot: `欢迎访问湖北省财政厅公众网!`, `欢迎光临某某市人民政府网站`. */
// (a site's name, not a platform's: `欢迎访问海关总署12360服务平台` may be a page's title; a sentence's 。 closes none)
const SITE_WELCOME = /^欢迎您?(?:访问|光临|来到|进入)[^。,，;；!！?？]{1,30}?(?:网|网站|门户网站|公众网|门户)\s*[!！]?$/;

/** A visit counter whose number a script filled, left empty in a dump (`次`, `浏览次数: 次`, `阅读 次`). */
/** A visit counter's word (`阅读`, `浏览量`, `点击数`): never a source's name. */
const VISIT_COUNTER_WORD = '(?:阅读|浏览|点击|访问)(?:次数|量|数)?';
const EMPTY_VISIT_COUNT = `(?:${VISIT_COUNTER_WORD}\\s*[:：]?\\s*)?次`;

/** Whole-line chrome. */
export const LINE_RULES: readonly LineRule[] = [
  // 今天是:2024年3月5日 星期二 农历二月廿五 : a site's clock, above the page
  { id: 'clock', zone: 'head', pattern: new RegExp(`^${CLOCK_WIDGET.source}$`) },
  // 今天是: / 2024年3月5日 星期二 : the clock's label on a line of its own (a dump writes one text node a line);
  // 今天 alone needs its colon
  { id: 'clock', zone: 'head', pattern: /^(?:(?:今天是|今日是)\s*[::]?|(?:今天|今日)\s*[::])$/ },
  // 08-08 06:33Wind / 2024-08-08 06:33 新华社 : a story's time stamp and its source's name with no label between,
  // under its title (a finance terminal's or a wire's info line): the name is the source; a weekday or a
  // time's own word after the time (`2024-01-15 09:30 星期一`, `09:30 CST`: CLOCK_WORDS) is none. A visit counter
  // whose number a script filled may close it (`2023-07-27 10:22 湖北日报    次`, `… 某某网 浏览次数: 次`), or stand
  // after the time alone (`2031-03-27 10:22 阅读 次`: no source; a counter's word never is one)
  { id: 'dateline-source', zone: 'head', pattern: new RegExp(`^(?:\\d{4}-)?\\d{1,2}-\\d{1,2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:(?!(?:${CLOCK_WORDS.source}|${VISIT_COUNTER_WORD})(?:$|\\s))(?<source>[A-Za-z][A-Za-z&.]{1,15}|[\\u4e00-\\u9fff]{2,12})(?:\\s+${EMPTY_VISIT_COUNT})?|${VISIT_COUNTER_WORD}\\s*[:：]?\\s*次)$`) },
  // a site's name beside its web address, as a byline opens (`某县政府门户网站 www.example.gov.cn`);
  // a name alone (`某某海关门户网站`) is left to the site-banner reading, which keeps it as metadata
  { id: 'site-name', zone: 'head', pattern: /^[^\s。,,;;!?::]{2,24}\s*(?:https?:\/\/)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\/?$/ },
  // 浏览器不支持嵌入式框架,或被配置为不显示嵌入式框架。 / 您的浏览器不支持video标签 / 请使用IE9以上版本的浏览器:
  // what an iframe, a script or a video shows a browser that cannot show it
  // …and what a player or a script shows while it loads (`视频加载中...`, `正在加载,请稍候…`)
  { id: 'browser-notice', zone: 'edge', pattern: /^(?:(?:您|你)的)?浏览器(?:暂)?不支持.{0,60}$|^(?:请|建议)(?:使用|升级|更换).{0,30}浏览器.{0,30}$|^(?:视频|音频|图片|内容|页面|数据)?(?:正在加载|加载中)[.。…]*(?:[,,]?请稍(?:候|等)[.。…!!]*)?$/ },
  // 原标题:某市前两月外贸增长8.5% : a reprint's note of the title the story first ran under, opening its text
  { id: 'original-title', zone: 'head', pattern: /^(?:【\s*)?原标题\s*[::]\s*[^。]{1,100}?(?:\s*】)?$/ },
  // — 2 — / - 3 - / 第 4 页 共 10 页 : a page number a PDF's or a printout's text keeps between its pages (inside
  // the article too: INSIDE_RULE_IDS)
  { id: 'page-number', zone: 'edge', pattern: /^(?:[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,,/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,,]?\s*第\s*\d{1,4}\s*页)$/ },
  // ------分隔线---------- , ========
  { id: 'separator', zone: 'edge', pattern: /^(?:[-=_*~─━]{3,}[^-=_*~─━]{0,12}[-=_*~─━]{3,}|[-=_*~─━]{5,})$/ },
  // • 上一篇:没有了 / 下一篇:海关总署关于…
  { id: 'prev-next', zone: 'edge', pattern: new RegExp(`^(?:(?:${BULLET}|-)\\s*)?(?:上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页)\\s*[::]?.{0,120}$`) },
  // 共3页 首页 上一页 1 2 3 下一页 尾页 : the pager of an article shown in pages, or of a list
  {
    id: 'pager',
    zone: 'edge',
    pattern: /^(?=.{0,80}(?:上一页|下一页|共\s*\d{1,4}\s*页))(?:(?:共\s*\d{1,4}\s*页|第\s*\d{1,4}\s*页|首页|上一页|下一页|尾页|末页|\d{1,4}|[<>«»‹›.…/|]+|跳转到?|转到|到第|页|GO|Go|go|确定)\s*){2,24}$/,
  },
  // * 机关子站 * 直属单位网站 1. 办公厅 2. 人事司 … 长江流域渔政监督管理办公室 : a site's directory of its
  // offices and other sites, glued after a flattened page's last sentence: 200 characters or more of
  // short items (at most 48 characters between spaces), three of them bulleted or numbered, and no
  // sentence or clause punctuation
  {
    id: 'link-directory',
    zone: 'tail',
    long: true,
    pattern: new RegExp(`^(?=.{200,}$)(?![^]*[。!?;,])(?=(?:[^]*?(?:^|\\s)(?:${BULLET}|\\d{1,2}\\.)\\s){3})(?:\\S{1,48}\\s+){8,}\\S{1,48}$`),
  },
  // 某县政府工作报告。 某日报记者 王五 摄 / (通讯员 张三、李四 摄) / 某某作报告。本报记者 王五摄 : a
  // press photo's caption above the text, its credit last (记者/通讯员, the photographers' names set
  // apart by a space before them or before 摄, then 摄: `记者现场拍摄`, with neither, is no credit); a
  // caption inside the text stays
  { id: 'photo-caption', zone: 'head', pattern: new RegExp(`^.{0,80}?(?:记者|通讯员)(?:\\s*${PHOTOGRAPHERS}\\s+|\\s+${PHOTOGRAPHERS}\\s*)摄[))]?$`) },
  // 第A06版:公告 2031年04月02日 / 2031年04月02日 星期三 第B03版 : an e-paper's banner over its page, the
  // edition label beside the issue's date: the date is the article's publication date
  { id: 'edition-banner', zone: 'head', pattern: new RegExp(`^${EDITION}\\s+(?<publishDate>${ISSUE_DATE})${WEEKDAY}$`) },
  { id: 'edition-banner', zone: 'head', pattern: new RegExp(`^(?<publishDate>${ISSUE_DATE})${WEEKDAY}\\s+${EDITION}$`) },
  // (下转07版) / (上接A01版) : a newspaper page's jump line, at the article's edges
  { id: 'jump-line', zone: 'edge', pattern: /^\(?(?:下转|上接|转|接)\s*第?\s*[A-Z]?\d{1,2}\s*版\)?$/ },
  // 某某日报 2024年12月3日 第A03版:经济 : an e-paper page's masthead line over its story (the paper, the issue's date,
  // the page and its column): the paper is the source, the date the page's
  {
    id: 'edition-masthead',
    zone: 'head',
    pattern: /^(?<source>[\u4e00-\u9fff]{2,12}?(?:日报|晚报|时报|商报|早报|报))\s*(?<pageDate>\d{4}年\d{1,2}月\d{1,2}日)\s*(?:星期[一二三四五六日天])?\s*第?\s*[A-Z]?\d{1,3}\s*版(?:\s*[::]?\s*[\u4e00-\u9fff]{1,10})?$/,
  },
  // “好律师网”提供的法律法规及相关资料仅供您参考。…
  { id: 'disclaimer', zone: 'edge', ...phraseWithin(80, /(?:资料|信息|内容|文章|本站|本网|网站|稿件).{0,60}仅供(?:您|读者|用户)?(?:参考|学习|交流)/, 300) },
  { id: 'disclaimer', zone: 'tail', ...phraseWithin(120, /如有侵权|侵权请联系|版权归原作者|免责声明|转载请注明/, 200) },
  // 声明:凡来源标注为本网的作品,版权均属本网所有…转载自有关政府网站…不代表本网观点 : a site's copyright statement;
  // 版权声明:未经某某书面授权许可,任何机构和个人不得…复制、引用本文内容 : the same under a finance column
  // (授权 only of copying the site's content: 未经…授权, 授权…转载/复制; a form's `声明:本企业授权上述人员办理…` stays)
  { id: 'disclaimer', zone: 'tail', pattern: /^(?:免责|版权)?声明\s*[::](?=.{0,600}(?:版权|转载|侵权|不代表本网|不代表本站|未经[^。]{0,30}授权|授权[^。]{0,30}(?:转载|复制)|复制)).{0,800}$/ },
  // 风险提示:市场有风险,投资需谨慎。本文所提供内容仅供参考… : a finance site's risk warning under its articles,
  // opening its line (a notice's sentence that says it, `…提醒广大投资者,市场有风险,投资需谨慎,切勿…`, stays)
  { id: 'disclaimer', zone: 'tail', phrase: /市场有风险/, pattern: /^(?:[【\[]?\s*风险提示\s*[】\]]?\s*[:：]?\s*)?市场有风险\s*[,，]\s*投资需谨慎\s*(?:[。!！].{0,160})?$/ },
  // a scraper's note above the document: 本文正文由脚本自…提取,仅供检索查阅;… / …不适用著作权法。
  { id: 'disclaimer', zone: 'head', ...phraseWithin(80, /仅供(?:检索|查阅|参考|学习|研究|交流)|不适用著作权法/, 300) },
  // 版权所有:中华人民共和国海关总署  Copyright © 2024
  { id: 'copyright', zone: 'tail', ...phraseWithin(60, /版权所有|Copyright|©|\(c\)|\(C\)|All Rights Reserved/i, 200) },
  // 网站标识码:bm28000001  京ICP备17001314号  京公网安备 11040102700068号 / 中文域名:某市统计局.政务 (a
  // government site's registered Chinese domain name)
  { id: 'site-registration', zone: 'tail', ...phraseWithin(120, /ICP[备证]|公网安备|网站标识码|政府网站标识码|中文域名/, 160) },
  // 网站支持IPv6 / 本站已支持IPv6访问 : a badge of the site's network support, in its banner or footer
  { id: 'site-badge', zone: 'edge', pattern: /^(?:本站|本网站|网站|站点)(?:已)?支持\s*IPv6(?:访问)?$/i },
  // 中国政府网 | 湖北政府网 | 中华人民共和国财政部 | 无障碍阅读 | 登录 : the site's top bar on one line
  { id: 'top-bar', zone: 'head', pattern: TOP_BAR_LINE },
  // 热门搜索: 财政资金 继续教育 会计服务 : the search box's suggested words under its label
  { id: 'search-suggestions', zone: 'head', pattern: /^热门(?:搜索|关键词|检索)\s*[:：]?(?:[ \t]+[^\s。,，;；:：!！?？]{1,10}){1,10}$/ },
  // 欢迎访问湖北省财政厅公众网! : the site's welcome banner
  { id: 'site-welcome', zone: 'edge', pattern: SITE_WELCOME },
  // 首页 新闻发布 工作动态 : where the page stands, its crumbs parted by spaces only (no separator, no
  // 当前位置 to read as a breadcrumb): the home crumb and one or two column names of four characters or
  // more, above the article (a longer row, or one of short words, `首页 新闻 公告`, is a menu: navigation-bar's)
  { id: 'home-path', zone: 'head', pattern: /^(?:首页|网站首页)(?:[ \t]+[^\s。,，;；:：!！?？、]{4,10}){1,2}$/ },
  // 网站统计 你是本站第 / 位访客 : a visit counter, its number an image or a script the dump dropped, so its
  // words are split over two lines; `您是本站第12345位访客` whole, too (a sentence counting visitors stays:
  // it has more words than these)
  { id: 'visit-counter', zone: 'tail', pattern: /^(?:(?:网站统计|访问统计|浏览统计)\s*)?(?:您|你)是(?:本站|本网站|本网)?的?第\s*\d{0,12}\s*(?:(?:位|个)(?:访客|访问者|来访者))?$/ },
  { id: 'visit-counter', zone: 'tail', pattern: /^\d{0,12}\s*(?:位|个)(?:访客|访问者|来访者)$/ },
  // 主办单位:海关总署 承办:… 技术支持:…
  { id: 'site-footer', zone: 'tail', pattern: /^(?:主办单位|承办单位|主办|承办|协办|技术支持|网站维护|运维单位|运维保障|建议使用|最佳浏览|客服热线|客服电话)\s*[::].{0,160}$/ },
  // 编辑部客服信箱jwxxc@example.gov.cn : the site's own mailbox (its editors', its webmaster's), never a notice's contact
  // (`客服邮箱:service@…` under a notice is the notice's service desk)
  { id: 'site-footer', zone: 'tail', pattern: /^[^\s。,;:]{0,10}(?:编辑部|网站|网管|站长)[^\s。,;:@]{0,6}(?:信箱|邮箱|E-?mail)\s*[::]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i },
  // 系统检测到您正在使用ie11以下内核的浏览器,…请更换或升级浏览器访问! / 您的浏览器版本过低 : the site's notice to old browsers
  // (the site speaks to the visitor, 您: a notice's own sentence about upgrading browsers stays)
  { id: 'browser-notice', zone: 'edge', pattern: /^(?:系统)?检测到您[^。]{0,30}浏览器[^。]{0,60}$|^您的浏览器[^。]{0,30}(?:版本过低|版本太低|不支持|需要升级|请升级)[^。]{0,40}$/ },
  // 地址:宁波市…1号 邮编:315020 联系电话:0574-… : the site's contact line, only beside its footer
  {
    id: 'site-contact',
    zone: 'tail',
    besideFooter: true,
    pattern: new RegExp(`^(?:${CONTACT_LABELS.source}|${HOTLINE_LABEL.source})\\s*[::][^。;;!?]{1,160}$`, 'i'),
  },
  // 相关解读:《某省2030年统计公报》解读 : a link to a related reading alone on its line (a book title and at
  // most a short word after it); it may stand inside the article, before its notes (INSIDE_RULE_IDS)
  { id: 'related-reading', zone: 'edge', phrase: RELATED_READING_LABEL, pattern: new RegExp(`^(?:${RELATED_READING_LABEL.source})\\s*[:：]\\s*《[^》]{2,80}》[^。，,；;！!？?]{0,6}$`) },
  // 相关链接:海关总署 | 江苏省商务厅 | … : links to other sites on one line
  { id: 'related-links', zone: 'tail', pattern: new RegExp(`^(?:${LINK_LIST_HEADINGS.join('|')}|链接)\\s*[::]\\s*[^。;;!?:]{1,160}$`) },
  // the content system's signature under government pages
  { id: 'site-footer', zone: 'tail', pattern: /^(?:Produced By|Powered by|大汉版通).{0,80}$/i },
  // 推荐内容 / 栏目列表 … closing lists of other pages
  // (a link bar written one link a line may lead each with its separator: `| 政策解读` / `| 相关政策` / `| 相关报道`)
  { id: 'related-heading', zone: 'tail', pattern: new RegExp(`^(?:(?:${BULLET}|\\|)\\s*)?(?:${RELATED_LIST_HEADINGS}|更多)${RELATED_HEADING_END}$`) },
  // 》》点击进入专题页面《《 / >> 点击查看专题 : a link to a topic page, under the page's text
  { id: 'promo-link', zone: 'tail', pattern: /^[》>»]{1,3}\s*点击(?:图片|此处|这里)?\s*(?:进入|查看|访问|了解)[^。,，;；!?！？]{1,20}?\s*[《<«]{0,3}$/ },
  // 請加入成為某某新聞的月費訂戶,長期支持我們的工作。 / 成为付费会员,支持独立新闻 / 月費訂戶 網址:…/#subscribe :
  // an independent news site's appeal for subscribers under its article, above the author's box (traditional
  // forms as written): a subscription word and a plea in the first person, or a subscriber's word (SUBSCRIBER_WORD)
  // beside a link. A sentence about members (`付费会员数突破1亿,成为行业第一`) makes no plea and stays, inside the
  // article too, as does a notice's `欢迎各单位订阅,订阅网址:…` (订阅 and a link, no plea)
  {
    id: 'support-appeal',
    zone: 'tail',
    phrase: SUBSCRIPTION_WORD,
    pattern: new RegExp(`^(?=.{0,160}$)(?=.*(?:${SUBSCRIPTION_WORD.source}))(?=.*(?:支持我們|支持我们|加入成為|加入成为|[請请][^。]{0,4}成[為为]|成[為为][^。,，]{0,12}?(?:${SUBSCRIBER_WORD.source})|(?:${SUBSCRIBER_WORD.source})[^。]{0,20}?(?:網址|网址)\\s*[:：])).*$`, 'i'),
  },
  // >>【开户有礼】新用户5分钟完成开户 当日即可交易 : an advertisement's link led by arrows and a bracketed
  // label, above or below the text (no sentence: `>>【提示】本次数据为初步核算数。` stays, and nor does a clause
  // with commas, a Markdown blockquote's lead `> 【导读】自2025年1月1日起,我国对…`)
  { id: 'promo-link', zone: 'edge', pattern: /^[》>»]{1,3}\s*【[^】\s]{2,12}】[^。;；!?！？,，]{1,60}$/ },
  // 点击查看更多精彩资讯 / 点击查看更多>> : a link to more of the site's stories, under the page's text (its own
  // words say so: 更多, with no arrows needed)
  { id: 'promo-link', zone: 'tail', pattern: /^点击(?:查看|阅读|浏览)更多[^\s。,，;；!?！？]{0,16}?\s*[>»]{0,3}$/ },
  // 海量资讯、精准解读,尽在某某财经APP / 扫码下载某某新闻客户端 : a news site's invitation to its app, under
  // the article (a notice's own `欢迎企业下载使用“单一窗口”APP。` is a sentence and stays)
  { id: 'app-promo', zone: 'tail', pattern: /^[^。;；]{0,30}(?:尽在|点击下载|扫码下载|扫描下载)[^。;；]{0,16}(?:APP|App|app|客户端)\s*[!！]?$/ },
  // | / × : a share bar's separator or close mark left alone on its line by a scraper
  { id: 'widget-filler', zone: 'edge', pattern: /^[|｜丨×✕✖]$/ },
  // 公告下载链接:…的公告.doc…的公告.pdf / 附件下载 : the page's links to the document's files
  { id: 'download-links', zone: 'tail', ...phraseWithin(16, DOWNLOAD_PHRASE, 400) },
  // 某某周刊 | 公众号 MouMou : a public account's masthead above its article (its name, then 公众号 and
  // its id): the account is the article's source
  { id: 'account-masthead', zone: 'head', pattern: /^(?<source>[^\s|｜:：]{2,20})\s*[|｜]\s*公众号\s*[A-Za-z][A-Za-z0-9_-]{1,29}$/ },
  // 某市人民政府办公室文件 : the masthead of an official document (its 红头) above its number and title, as a PDF's or a
  // printout's text keeps it: the issuer, never the title
  { id: 'document-masthead', zone: 'head', pattern: new RegExp(`^(?<issuer>[\\u4e00-\\u9fff()()]{2,30}?(?:${alternation([...ORG_SUFFIXES, '人民政府', '政府'])}))\\s*文件$`) },
  // 原创 张三 某某发布 2024-11-20 18:30 发表于浙江 : a public account's byline under its article's title (原创 when
  // the account wrote it, the author, the account, the time, where it was posted): the account is the source, the
  // time the page's date
  {
    id: 'account-byline',
    zone: 'head',
    // (原创 or 发表于 must stand: `报名截止 2024-12-01 17:00` is a notice's own line)
    pattern: /^(?=原创\s|.*发表于[\u4e00-\u9fff]{1,8}$)(?:原创\s+)?(?:(?<author>[\u4e00-\u9fffA-Za-z·]{2,12})\s+)?(?<source>[^\s\d|｜:：,,。]{2,20})\s+(?<pageDate>\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2})(?:\s*发表于[\u4e00-\u9fff]{1,8})?$/,
  },
  // 一键关注 👇 点亮星标 / 点个在看 / 欢迎在评论区留下你的想法 / 扫码备注「城市-姓名」加入读者群 : a public
  // account's prompts under its article (a sentence of the article that asks readers to scan a code stays:
  // it ends in 。, and these rows take only short lines)
  // (点击上方蓝字关注我们 over it, a short line of the head or the tail)
  { id: 'account-prompt', zone: 'edge', pattern: /^.{0,20}(?:一键关注|点亮星标|设为星标|一键三连|点个在看|欢迎在评论区|欢迎留言|扫码(?:备注|添加|关注)[^。]{0,40}?加入[^。]{0,6}?群|(?:点击|点)上方[^。]{0,12}?关注)[^。]{0,40}$/ },
  // 【纠错】 责任编辑:王五 / 【打印】【关闭】 责编:赵六 : the editor's credit behind the page's widgets on one line
  // (the credit alone is a field line, read by parse-fields)
  { id: 'widgets-editor', zone: 'tail', pattern: new RegExp(`^(?:[【\\[]\\s*(?:${alternation(WIDGET_WORDS)})\\s*[】\\]]\\s*){1,4}(?:责任编辑|责编)\\s*[::]\\s*(?<editor>${PERSON})$`) },
  // 选择区域:某省>>> / 请选择地区:某省>某市>> : a navigation form's label and the crumbs its <select>
  // elements leave (the options are dropped, their `>` separators stay); a label with no `>` after it
  // (`选择标准:` over a list of the article's own) is not this
  { id: 'select-navigation', zone: 'edge', phrase: /选择/, pattern: /^请?选择[^\s。,,;;::!?]{1,6}\s*[::]\s*(?:[^\s。,,;;::!?>]{1,16}\s*)?(?:>+\s*[^\s。,,;;::!?>]{0,16}\s*){0,4}>+$/ },
  // (张三 某某大学国际关系学院) : a commentary's author and the body they belong to, in brackets under its
  // last sentence (a newspaper's byline written at the end): the author is metadata. The body's name is
  // longer than a person's and ends as an organisation's does (ORG_SUFFIXES). A first word ending so, or as a
  // column's name does (`(厦门海关 综合业务处)`, `(政策解读 某某市人民政府办公室)`), is no author: the line is the issuer's.
  { id: 'author-byline', zone: 'tail', pattern: new RegExp(`^[((]\\s*(?<author>${PERSON})(?<!${alternation([...ORG_SUFFIXES, ...COLUMN_NAME_ENDINGS])})\\s+[\u4e00-\u9fff]{3,30}(?:${ORG_SUFFIXES.join('|')})\\s*[))]$`) },
  // 初审:张三 复审:李四 终审:王五 on one line: the reviews a county site signs under its article, two or more, each
  // a person's name (REVIEW_CREDIT; one a line: the run rule of the same id)
  { id: 'review-credits', zone: 'tail', pattern: new RegExp(`^(?:${REVIEW_CREDIT}\\s*){2,4}$`) },
  // (厦门海关 许炯锋供稿)
  {
    id: 'credit',
    zone: 'tail',
    pattern: /^[((]\s*(?:(?<contributorOrg>[^\s()()]{2,24})\s+)?(?<contributor>[^\s()()]{1,16}?)\s*(?:供稿|供图|撰稿|来稿)\s*[))]$/,
  },
];

/**
 * The rules of a site's own footer (copyright, registration, 主办单位): the lines a `besideFooter`
 * line must stand with. Page widgets and 上一篇/下一篇 are not among them: a notice may end with its
 * contact line just above a 【打印本页】 bar.
 */
export const FOOTER_RULE_IDS: ReadonlySet<string> = new Set(['copyright', 'site-registration', 'site-footer']);

// 公告下载链接:…的公告.doc…的公告.pdf : links to the document's files under a page

/** A short bullet item (`• 社保`, `● 政务公开`): a menu's line. */
const NAV_ITEM = new RegExp(`^${BULLET}\\s*[^\\s。,,;;::!?]{1,10}$`);


/**
 * A share teaser under a page: its last lines repeat the page's title and lead
 * (`2030年某县人民政府工作报告` / `各位代表：现在，我代表…`). At most MAX_TEASER_LINES lines at the very end,
 * each either a whole line of the opening repeated (the title) or a sentence of at least
 * MIN_TEASER_LEAD_CHARS found in the opening (the lead); the opening is the first
 * TEASER_OPENING_LINES lines. Lines shorter than MIN_TEASER_CHARS (`特此通知。`, a signature) never are.
 */
export const MAX_TEASER_LINES = 2;
export const MIN_TEASER_CHARS = 8;
export const MIN_TEASER_LEAD_CHARS = 20;
export const TEASER_OPENING_LINES = 12;

/** Widget words too short to make a line chrome on their own (a line `中` is not evidence). */
export const WEAK_WIDGET_WORDS: ReadonlySet<string> = new Set([
  '大', '中', '小', '默认', '返回', '保存', '首页', '打开', '还原', '下载', '正常', '重置', '标准', '当前页面', '当前页', '本页',
  '评论', '邮件', '商城', '推荐',
  // a font-size button alone is a credit or evaluation grade too (`A+ | 326 |`); with its size or its pair it is strong
  // (`A+大A+中A+小`, `A+ A-`: WIDGET_WORDS)
  'A+', 'A-',
  '简', '繁',
  '联系电话', '联系方式',
  // a footer's follow-us labels: a plan's sub-heading or a table's header cells too (`官方微信 | 官方微博` over counts)
  '官方微信', '官方微博',
]);

/**
 * The line where a scraper's header ends and the page it saved begins: `正文:`, `content:`,
 * `==== 正文 ====`, `Markdown Content:`. Every short line above it (within MAX_SCRAPER_HEADER_LINES
 * lines of the file's top) is the scraper's header: its fields are read, the lines removed.
 */
// (in the brackets a scraper sets its labels in too: `【正文】`, `[正文]`, as over `【标题】…` / `【来源】…`)
export const CONTENT_MARKER = /^[-=_*~─━#\s]{0,40}(?:正文|全文|正文内容|content|markdown content|text|【(?:正文|全文|正文内容)】|\[(?:正文|全文|正文内容)\])\s*[::]?[-=_*~─━#\s]{0,40}$/i;
export const MAX_SCRAPER_HEADER_LINES = 16;
/**
 * A rule alone (`====…`, `----…`, 8 characters or more) ending a scraper's header whose every line is a
 * field (`SOURCE: https://…`, `FETCHED: 2026-06-13`, `SHA256(raw): 97ad…`, `PROVINCES: 山东`): with no
 * word of its own it ends a header only when nothing but fields stands above it.
 */
export const HEADER_RULE_LINE = /^(?:={8,}|-{8,}|─{8,}|━{8,}|_{8,}|\*{8,}|#{8,}|~{8,})$/;
/** What stands between widget words: brackets, colons, bars, bullets, the × of a close button. */
export const WIDGET_FILLER = new RegExp(`[\\s[\\]【】()()<>〈〉|/::,,、×✕✖${BULLET_CHARS}]`, 'g');
/**
 * A line of widget words only (weak ones too) with fillers between: a member of rule `widget-run`.
 * Each word is taken whole (a lookahead's capture, then consumed), so a line that fails is not
 * re-split into shorter words (`打印本页` as `打印` + `本页`) over and over.
 */
const WIDGET_RUN_LINE = new RegExp(`^(?:(?=(?<widgetWord>${alternation(WIDGET_WORDS)}))\\k<widgetWord>|[${WIDGET_FILLER.source.slice(1, -1)}]){1,40}$`);

/** The close a public account writes under its article: 完 or END between dashes (`— 完 —`, `-END-`, `~ THE END ~`). */
const ACCOUNT_END_MARK = /^[-—–－~_=]{1,6}\s*(?:完|END|End|end|THE END|The End)\s*[-—–－~_=]{1,6}$/;

/**
 * A link to a government's portal as a sub-site's top bar writes it (`中国政府网`, `国务院`, `省政府`,
 * `福建省人民政府`, `某市政府门户网站`): one such line may be an issuer; two or more in a row at the top
 * are the links to the governments above the site.
 */
const GOVERNMENT_LINK = new RegExp(`^(?:${GOVERNMENT_PORTAL_SOURCE}(?:\\s*[|｜丨])?|${MINISTRY_LINK_SOURCE}\\s*[|｜丨])$`);

/** What parts a menu line's items (`网站首页 机构概况 统计数据 | 统计分析`, `• 离婚`). */
export const MENU_ITEM_SEPARATORS = new RegExp(`[\\s|｜丨${BULLET_CHARS}]+`);

/** A comment or consultation box's heading (`我要留言`, `政策性文件留言咨询`, `发表评论`): a short name before the box's word. */
const COMMENT_BOX_HEADING = /^[^\s。,;:!?]{0,10}(?:留言咨询|我要留言|网友留言|留言板|发表评论|我要评论)$/;
/** The note under such a heading (`(注:1.只接收…;2.留言时请注明…)`). */
const COMMENT_BOX_NOTE = /^\(?注\s*[:].{1,100}$/;

/** The question of a site's box before a link leaves it: `您访问的链接即将离开“某某”门户网站 是否继续?`, `您所访问的页面将跳转到第三方网站,确定要继续吗?`. */
const LEAVE_SITE_PROMPT = /^(?:您|你)所?(?:访问|点击|打开)的(?:链接|页面|网页|网址)?[^。!！]{0,10}?(?:即将|将要|将)(?:离开|跳转到?)[^。!！]{0,40}?(?:是否继续|确定要继续吗|确定继续吗|确认继续吗|是否继续访问)\s*[?？]?$/;
/** Its buttons, one a line: `放弃` / `继续访问`, `取消` / `确定`. */
const LEAVE_SITE_BUTTON = /^(?:放弃|取消|继续访问|继续|确定|确认|关闭)$/;

/** Runs of lines that are chrome together though no one line is. */
export const RUN_RULES: readonly RunRule[] = [
  // 为你推荐 / a story's title / its teaser sentence / its date …: other stories, closing a news page;
  // before related-list, whose items are short link titles only
  { id: 'story-list', zone: 'tail', start: new RegExp(`^(?:${BULLET}\\s*)?(?:${STORY_LIST_HEADINGS.join('|')})${RELATED_HEADING_END}$`), follow: /^.{1,120}$/, minLines: 4 },
  // the list under 推荐内容/相关文章/友情链接: short link titles, maybe dated; first, so that a heading
  // with a bullet (`* 友情链接`) opens this run and not a menu's
  { id: 'related-list', zone: 'tail', start: new RegExp(`^(?:${BULLET}\\s*)?(?:${RELATED_LIST_HEADINGS})${RELATED_HEADING_END}$`), follow: new RegExp(`^(?:${BULLET}\\s*)?[^。!?]{1,80}$`), minLines: 1 },
  // • 离婚 / • 社保 / • 五险一金 …: a site's navigation as a list of short bullet items
  { id: 'navigation-list', zone: 'edge', role: 'navigation', start: NAV_ITEM, follow: NAV_ITEM, minLines: 3, sparesTable: true },
  // the same menu dumped without bullets: five or more bare words in a row above the article
  { id: 'navigation-list', zone: 'head', role: 'navigation', start: /^[^\s。,,;;::!?()()、.\d]{1,6}$/, follow: /^[^\s。,,;;::!?()()、.\d]{1,6}$/, minLines: 5, sparesTitle: true, sparesTable: true },
  // 【字体： / 大 / 中 / 小 / 】: the font-size widget written one element per line (its label line goes as a widget)
  { id: 'font-size-widget', zone: 'edge', start: /^[大中小]$/, follow: /^(?:[大中小]|[】\]])$/, minLines: 3 },
  // 下载 / 打印 / 全屏 / 收藏 / 【字号： / 加大 / 还原 / 减小 / 】: a toolbar written one button per line; its weak
  // words (下载, 还原), not chrome alone, go with the run. Three lines or more, each only widget words and fillers.
  { id: 'widget-run', zone: 'edge', start: WIDGET_RUN_LINE, follow: WIDGET_RUN_LINE, minLines: 3 },
  // — 完 — / -END- / ~ THE END ~ : the close a public account writes under its article, dashes on both
  // sides; the short lines after it (follow and star prompts, the account's slogan, an event's promo)
  // are the account's. A wire story's bare (完) is no such close.
  { id: 'account-trailer', zone: 'tail', start: ACCOUNT_END_MARK, follow: /^.{1,60}$/, minLines: 2 },
  // 政策性文件留言咨询 / (注:1.只接收对该政策性文件的相关咨询;2.…) : a comment or consultation box under the
  // page's text, with the note that tells what it takes
  { id: 'comment-box', zone: 'tail', start: COMMENT_BOX_HEADING, follow: COMMENT_BOX_NOTE, minLines: 1 },
  // 初审:张三 / 复审:李四 / 终审:王五: a county site's reviews under its article, one a line (REVIEW_CREDIT)
  { id: 'review-credits', zone: 'tail', start: REVIEW_CREDIT_LINE, follow: REVIEW_CREDIT_LINE, minLines: 2 },
  // 顶一下 (90) 97.8% 踩一下 (2) 2.2%
  { id: 'vote-widget', zone: 'tail', start: /^(?:顶一下|踩一下|顶|踩|赞一下|点赞)$/, follow: /^(?:\(\d{1,9}\)|\d{1,9}(?:\.\d{1,4})?%|顶一下|踩一下|顶|踩|赞一下|点赞)$/, minLines: 2 },
  // 您访问的链接即将离开“某某”门户网站 是否继续? / 放弃 / 继续访问 : the box a government site shows before a link
  // leaves it (`您所访问的页面将跳转到第三方网站,确定要继续吗?`), its buttons one a line, at the page's top or foot;
  // the site speaks to the visitor (您/你), so a notice's sentence about leaving a site stays
  { id: 'leave-site-prompt', zone: 'edge', start: LEAVE_SITE_PROMPT, follow: LEAVE_SITE_BUTTON, minLines: 1 },
  // 国务院 / 省政府 / 市政府: a sub-site's links to the governments above it, one a line at the top;
  // last, so that it claims no line another run holds (the same links under 友情链接 at the bottom)
  { id: 'government-links', zone: 'head', start: GOVERNMENT_LINK, follow: GOVERNMENT_LINK, minLines: 2 },
];

/** Breadcrumb: `当前位置: > 学习园地 > 海关知识 >`, `您当前所在的位置:首页>天河动态>…`, `好律师> 法律法规库> 政策参考> …`, `首页 > 信息公开 >`. */
export const BREADCRUMB_PREFIX = /^(?:当前位置|您的位置|你的位置|您当前所在的位置|您当前所在位置|当前所在位置|所在位置|您现在的位置|当前的位置|您当前的位置|位置)\s*[::]?/;
/** What stands between crumbs, spaces around it allowed. */
export const BREADCRUMB_SEPARATORS: readonly string[] = ['-->>', '->>', '-->', '>>', '->', '>', '»', '›', '→', '>'];
/** A heading led by the home crumb and a separator (`首页 - 新闻动态`, `首页 > 通知公告`): where the page stands, not its title (article/find-title.ts). */
export const HOME_LED_HEADING = new RegExp(`^(?:${alternation([...HOME_CRUMBS])})\\s*(?:[-–—>»/|]|:)`);
/** A crumb longer than this is prose, not a crumb (the last crumb may be a long page title). */
export const MAX_CRUMB_CHARS = 30;
export const MAX_LAST_CRUMB_CHARS = 80;
/**
 * Crumbs a dump wrote one a line with no separator (`首页` / `信息公开` / `进度数据`) are column
 * names: at most this many characters each, at most MAX_BARE_CRUMBS of them.
 */
export const MAX_BARE_CRUMB_CHARS = 8;
export const MAX_BARE_CRUMBS = 5;
/**
 * Crumbs one a line opening a page with no label above them (split-breadcrumb.ts: leadingCrumbs): among its
 * first this many lines (a site's banner may stand above them), and at most MAX_LEADING_CRUMBS of them, the
 * home crumb counted, for a breadcrumb (`网站首页` / `政策文件` / `政策解读`); more are the site's menu.
 */
export const MAX_LEADING_CRUMB_LINE = 3;
export const MAX_LEADING_CRUMBS = 3;

/**
 * A navigation bar: `首页 机构概况 新闻发布 信息公开 互动交流`, `首页 | 政务公开 | 办事服务`, `首页 * 要闻 * …`,
 * `首页丨要闻丨公示公告丨政策文件`: at least this many short items, between spaces, dots or bars.
 */
export const NAV_BAR_MIN_ITEMS = 4;
// items are words of 2-8 characters: a banner's `站名 - 口号` (a lone dash) is not a menu
// (`首页 * 政务公开 * 新闻中心`, `首页 • 要闻`: a flattened menu keeps its bullets between the items)
const NAV_BAR_ITEM = `[^\\s|丨。,,;;::!?\\d\\-–—${BULLET_CHARS}]{2,8}`;
export const NAV_BAR = new RegExp(`^(?:${NAV_BAR_ITEM}[ \\t|丨${BULLET_CHARS}]+){3,}${NAV_BAR_ITEM}$`);

/** A site banner (`旺达物流 - 放心托付 全程无忧!`) splits into the site name and its slogan here. */
export const BANNER_SPLIT = /\s+[-–—|_]+\s+|\s*[|_]\s*|——/;
/** A banner stands among the first lines of a page and is short. */
export const MAX_BANNER_LINE_INDEX = 2;
export const MAX_BANNER_CHARS = 40;

/** Endings of document titles (公告, 办法, 规划 …): a line ending so is never taken for a site banner. */
export const TITLE_ENDINGS = /(?:公告|通告|通知|办法|规定|规划|报告|决定|意见|条例|细则|通报|公报|方案|纲要|批复|规则|指引|目录|清单|说明|解读|答问|公示|函|令|法)$/;

/**
 * A page's <title> that names only its site (`某某市人民政府`, `中华人民共和国海关总署`): no separator
 * splits it (PAGE_TITLE_SPLIT), and it is the site the meta tags name, or short (at most
 * SITE_TITLE_MAX_CHARS) without digits, dashes or the words of a document's title
 * (SITE_TITLE_FORBIDDEN), nor a document's ending (TITLE_ENDINGS: `…监察法`), and ending as a site or an
 * organisation does (SITE_NAME_ENDINGS, ORG_SUFFIXES in metadata.ts: `…政府`, `…网`, `…海关`).
 * It is then the page's site, not a title hint: the article's title is looked for in the page's
 * heading blocks (article/find-title.ts, headingTitle).
 */
export const SITE_TITLE_MAX_CHARS = 16;
export const SITE_TITLE_FORBIDDEN = /[0-9\-–—_|·:]|关于|公告|通告|通知|办法|规定|规划|报告|决定|意见|条例|细则|通报|公报|方案|纲要|批复|规则|指引|目录|清单|说明|解读|答问|公示|简报|数据|情况|发布/;

/**
 * A title with its English translation glued after it (`2024年…决算表General transfer payments in …`: a
 * bilingual heading the page breaks with <br>, which its <title> and meta tags run together): Latin words
 * only, right after the Chinese title's last character, at least TRANSLATION_MIN_WORDS of them
 * (`…APEC` or `…WCO` closing a title is a name, no translation).
 */
export const GLUED_TRANSLATION_TAIL = /(?<=[\p{Script=Han}》”）)])\s*([A-Za-z][A-Za-z0-9'’,.&()\- ]*)$/u;
export const TRANSLATION_MIN_WORDS = 4;

/** Page titles (<title>) carry the site after a separator: `…的公告_海关总署`, `… - 中国政府网`. */
export const PAGE_TITLE_SPLIT = /\s+[-–—|]\s+|\s*[_|]\s*|\s*-{2,}\s*/;
/**
 * A separator closing a <title> with no site after it (`某某日报--《…》(摘要)-`: a template whose site
 * name is empty): no part of the title.
 */
export const PAGE_TITLE_DANGLING_END = /\s*[-–—_|]+\s*$/;

/**
 * Contact lines right under the article's text, with the site's footer below them, are the
 * site's only when they give its address (`地址:… 邮编:…`) and no person's name stands above them
 * (`联系人:王某` opens a notice's own contact block).
 */
export const SITE_ADDRESS_START = /^(?:地址|通讯地址|联系地址|单位地址|邮编|邮政编码)\s*[::]/;
export const CONTACT_PERSON_START = /^联系人\s*[::]/;

/**
 * Lines that may go from inside the article too, not only from its edges: page widgets
 * (`字号:大 中 小`, `【打印】【关闭】`, `扫一扫`, `分享到:`), and field lines that count visits
 * (`发布时间:… 浏览次数:…`) or credit the editor (`责任编辑:…`), and a link to a related reading alone on
 * its line (`相关解读:《…》解读`), and a news site's appeal for subscribers above its author's box, and a page
 * number between a PDF's pages (`— 2 —`, `第 4 页 共 10 页`), and a newspaper's jump note alone on its line where a
 * dump joined an article's pages (`(下转第3版)`). An
 * HTML article block often still holds them. Any other
 * chrome-looking line inside the article (`来源:…` alone, a separator) stays.
 */
export const INSIDE_RULE_IDS: ReadonlySet<string> = new Set(['page-widgets', 'select-navigation', 'related-reading', 'support-appeal', 'page-number', 'jump-line']);

/**
 * A tag line that repeats the page's <meta name="keywords"> (`国贸|增长率|全球经济`, `标签:甲 乙 丙`): its
 * items (split at DESCRIPTOR_ITEM_SPLIT, metadata.ts, after an optional label) are exactly the
 * keywords' items, at least MIN_KEYWORD_TAGS of them. Rule KEYWORD_TAGS_RULE, anywhere in the
 * article (the page states the words it tags itself with; a line of other words stays).
 */
export const KEYWORD_TAGS_RULE = 'keyword-tags';
export const KEYWORD_TAG_LABEL = /^(?:标签|关键词|关键字|tags?|keywords?)\s*[::]\s*/i;
export const MIN_KEYWORD_TAGS = 2;
/** The labels of a page's visit counter (`浏览次数:`, `阅读(1234)`). */
export const VISIT_COUNT_LABELS = ['点击', '点击数', '点击量', '浏览', '浏览次数', '浏览量', '阅读', '阅读次数', '阅读量', '访问量', '访问次数'] as const;
/**
 * A visit counter written with its count in brackets, the count maybe left empty for a script to fill
 * (`阅读(1234)`, `阅读()`, `浏览次数()`): a page widget, like the font-size and print links beside it
 * (`来源:国库科 阅读()`: the source ends before it). With a colon it is a field (FIELD_LABELS).
 */
export const BRACKETED_VISIT_COUNT = new RegExp(`(?:${alternation(VISIT_COUNT_LABELS)})\\s*[(（]\\s*\\d*\\s*[)）]`);
/** Field labels that make a field line removable inside the article (see INSIDE_RULE_IDS). */
export const INSIDE_FIELD_LABELS: ReadonlySet<string> = new Set([...VISIT_COUNT_LABELS, '责任编辑', '责编']);
/**
 * A link's note that it opens a new window, in brackets after the link's words: `(在新视窗开启)`,
 * `(在新窗口打开)`, `【新窗口打开】`, traditional forms too. Screen-reader text the page sets after
 * every outside link; a reader never sees it as the document's words. Removed wherever it stands
 * in a line (the line's other words stay); the same words outside brackets are left alone.
 * LINK_ANNOTATION_PHRASE is its quick test.
 */
const LINK_ANNOTATION = /[ \t]*[(\[【〔][ \t]*(?:在|于|於)?[ \t]*(?:新|另)(?:视窗|視窗|窗口|页面|頁面|分页|分頁|标签页|標籤頁)(?:中)?[ \t]*(?:开启|開啟|開啓|打开|打開|显示|顯示)[ \t]*[)\]】〕]/g;
const LINK_ANNOTATION_PHRASE = /[新另](?:视窗|視窗|窗口|页面|頁面|分页|分頁|标签页|標籤頁)/;

/**
 * A newspaper's jump note inside a paragraph, where a dump joined the two pages of one article:
 * `(下转第四版)(紧接第一版)`, `(上接第2版)`, `(转A3版)`. Removed with the spaces around it wherever it
 * stands in a line beside other words; a line of the note alone is left to rule `jump-line` (at the
 * article's edges and inside it). The same words outside brackets (`详见第四版`) are left alone. JUMP_NOTE_PHRASE
 * is its quick test.
 */
const JUMP_NOTE = /[ \t]*[(\[【〔][ \t]*(?:下转|上接|紧接|续接|转|接)[ \t]*第?[ \t]*(?:[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*版[ \t]*[)\]】〕][ \t]*/g;
const JUMP_NOTE_PHRASE = /(?:转|接)第?\s*(?:[A-Z]?\d|[一二三四五六七八九十])/;

/**
 * What a text dump keeps of a comment its page's markup broke (`<!--<div>…</div>-->`, a CMS's
 * `<!--begin-->…<!--end-->` markers whose `<!--` the dumper took as a tag): `-->` or `<!--`, maybe
 * with an ASCII word glued to it (`begin-->`, `end-->`), standing apart between spaces or at a line's
 * edge, text maybe glued after the worded one (`begin-->人民日报关注:…`); a bare `-->` only closing its
 * line (`[全文下载] -->`), not a whole comment's closer (`<!-- 来源:… -->` stays as written). Removed there (a line of
 * it alone goes empty); a bare `-->` between words
 * is a breadcrumb's separator (`首页 --> 通知公告`) and stays, as does an arrow glued to words (`研发-->生产`).
 * COMMENT_RESIDUE_PHRASE is its quick test.
 */
const COMMENT_RESIDUE = /(?:^|[ \t]+)(?:<!--[A-Za-z0-9_.]+|[A-Za-z0-9_.]+-->(?![A-Za-z0-9_.>-])|(?:<!--|(?<!<!--.*)-->)(?=[ \t]*$))/g;
const COMMENT_RESIDUE_PHRASE = /<!--|-->/;
/** A line that is such a residue alone. */
export const COMMENT_RESIDUE_LINE = /^\s*(?:<!--[A-Za-z0-9_.]*|[A-Za-z0-9_.]*-->)\s*$/;

/**
 * Notes removed from inside a line, the line's other words staying (see each pattern). `wholeLine`:
 * whether a line made of the note alone goes empty too (else it is left to the line rules).
 */
export const INLINE_NOTES: readonly { pattern: RegExp; phrase: RegExp; wholeLine: boolean }[] = [
  { pattern: LINK_ANNOTATION, phrase: LINK_ANNOTATION_PHRASE, wholeLine: true },
  { pattern: JUMP_NOTE, phrase: JUMP_NOTE_PHRASE, wholeLine: false },
  { pattern: COMMENT_RESIDUE, phrase: COMMENT_RESIDUE_PHRASE, wholeLine: true },
];

/** A line longer than this inside the article is never looked at as a widget or field line. */
export const MAX_INSIDE_CHROME_CHARS = 80;

/**
 * A crawler's dump of a whole page on one line opens with the page's <title>: the article's title
 * with the site's channel path glued after it, unspaced (`某某新闻-综合-能源资讯-某某网`,
 * `某某新闻_某某财经`, `某某新闻--时政--某某网`). The glued suffix: separator-led parts, each a short
 * name with no sentence mark and no space (a single dash too, which PAGE_TITLE_SPLIT does not take:
 * a title's own `2021-2025` is told apart by the title's repeat, see article/crawler-lead.ts).
 */
export const GLUED_SITE_SUFFIX = /^(?:(?:-{1,2}|[_|–—])[^\s\-_|–—。,;:!?]{1,20})+$/;
/**
 * A text dump's first line that is the page's <title> (the title with such a suffix glued after it)
 * goes when the title stands again within this many lines below it (article/page-title-line.ts).
 */
export const MAX_PAGE_TITLE_REPEAT_LINES = 60;
/**
 * What lies between such a lead and the title's repeat (the page's menus, banner and breadcrumb)
 * is at most this long and holds no full stop: the page's header, not its text.
 */
export const MAX_CRAWLER_HEADER_CHARS = 3000;
export const CRAWLER_HEADER_FORBIDDEN = /。/;

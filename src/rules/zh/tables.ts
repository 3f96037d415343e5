// Data tables (statistics tables in the running text): how their headers and row labels read.
import type { Basis } from '../../schema/records.js';
import { alternation } from '../../lib/pattern.js';
import { PART_OF_YEAR } from './periods.js';
import { UNIT_APPOSITIONS } from './units.js';

/**
 * Header words (unit parentheses removed) of a column that holds the change of the value column
 * before it (`进出口(亿元) | 同比(%)`), with the basis each names (null: none named).
 */
export const CHANGE_HEADERS: Readonly<Record<string, Basis | null>> = {
  同比: 'yoy',
  比增: 'yoy',
  比增减: 'yoy',
  同比增长: 'yoy',
  同比增减: 'yoy',
  同比增速: 'yoy',
  同比增幅: 'yoy',
  比上年增长: 'yoy',
  比上年同期增长: 'yoy',
  比去年同期增长: 'yoy',
  比上年增减: 'yoy',
  比上年增减率: 'yoy',
  较上年增长: 'yoy',
  较上年增减: 'yoy',
  '较上年±': 'yoy',
  '比上年±': 'yoy',
  '同比±': 'yoy',
  环比: 'pop',
  环比增长: 'pop',
  环比增减: 'pop',
  增长: null,
  增速: null,
  增幅: null,
  增减: null,
  '±': null,
};

/** The unit of a change column that names none. */
export const DEFAULT_CHANGE_UNIT = '%';

/**
 * A row label or header that is a period (`4月`, `1—6月`, `一季度`, `上半年`, `2019年`, `2021`,
 * `2023年4月`): the row's cells are then labelled by their column alone. Any other row label (a
 * region, a trade mode) is part of the label: `广东` + `进出口`.
 */
export const PERIOD_ROW_LABEL = new RegExp(
  `^(?=\\S)(?:(?:19|20)\\d{2}年?)?(?:${PART_OF_YEAR}|全年|前\\d{1,2}个?月|1\\s*[—–\\-~至]\\s*\\d{1,2}月累计)?$`,
);

/** A period that is a whole year (`2021`, `2021年`): written as its digits, as a header year is. */
export const WHOLE_YEAR_LABEL = /^((?:19|20)\d{2})年?$/;

/**
 * A cell whose one word a table spreads across the cell's width with spaces (`合    计`, `地  区`, `总 计`):
 * each Han character alone between spaces, two to four of them. Read as the word (`合计`).
 */
export const SPREAD_CELL = /^\p{Script=Han}(?:[ \t\u00a0\u3000]+\p{Script=Han}){1,3}$/u;

/** Header words of a column that numbers the rows (`序号`): no part of a row's label. */
export const SEQUENCE_HEADERS: ReadonlySet<string> = new Set(['序号', '编号', '排名', '位次', '名次', '序']);

/**
 * Header words of a column whose cells are amounts even where no unit is written: how many (`数量`)
 * and what it costs (`单价`, `中标金额`), as the goods table of a procurement result notice heads
 * them (`货物名称 | 品牌 | 规格型号 | 数量 | 单价 | 中标金额`). A data table's cell is otherwise a
 * metric only with a known unit; under these headers it is one without a unit (the page states none).
 */
export const AMOUNT_HEADERS: ReadonlySet<string> = new Set([
  '数量', '单价', '总价', '合价', '金额', '总金额', '中标金额', '成交金额', '中标(成交)金额', '合同金额', '预算金额',
  '最高限价', '报价', '投标报价', '中标价', '成交价', '中标(成交)价',
]);

/** Header cells that hold each row's unit (`单位`, `计量单位`). */
export const UNIT_HEADERS: readonly string[] = ['单位', '计量单位'];
export const UNIT_HEADER_SET: ReadonlySet<string> = new Set(UNIT_HEADERS);

/**
 * A table cell that holds a number, maybe signed, maybe a rate (`12.5`, `-3`, `8%`, `1.2‰`): a row of
 * data, not a header's (segment/parse-table.ts); alone on its line, a table written one cell a line,
 * not a menu (the article stage's `sparesTable` runs).
 */
export const NUMBER_CELL = /^[-−+]?\d[\d,]*(?:\.\d+)?[%‰]?$/;
/**
 * A cell that stands where a value goes without being a bare number: no data (`—`, `-`, `/`, `无`, `未检出`), or a
 * number with its unit (`3200万元`, `12项`; not a period, `2030年`, `1-6月`, `1—3季度`, nor a header's bracket, `金额(万元)`). A row
 * holding one is a row of values, never a header (find-tables.ts).
 */
export const VALUE_CELL = /^(?:[—–\-－~/／…]+|无|暂无|未检出|不详|\d[\d,.]*(?!.*[年月日季度期]$)[^\d\s()（）][^()（）]*)$/;

/** Value column words that say only that the column holds the values (`绝对值` under `1-6月`): no part of a label. */
export const VALUE_MARKER_HEADERS: readonly string[] = ['绝对额', '绝对值', '绝对数', '总量', '数值'];

/**
 * Header words of a statistics table's value columns after its unit column (`指标 | 单位 | 本月 |
 * 累计 | 比增(%)`), which a page flattened onto one line glues together (`指 标单位本月累计比增(%)`):
 * the words a flat table's header is read by. The change words (CHANGE_HEADERS) and periods
 * (`1-6月`, PERIOD_ROW_LABEL) are column words too.
 */
export const VALUE_COLUMN_HEADERS: readonly string[] = [
  '本月', '当月', '本期', '本季', '本季度', '累计', '本年累计', '本月止累计', '自年初累计', '上年同期', '去年同期', '全年',
  ...VALUE_MARKER_HEADERS,
];

const HEADER_SPACE = '[ \\t\\u3000|]';
/** A period column's words (`1-6月`, `1—6月累计`). */
export const PERIOD_COLUMN_SOURCE = '\\d{1,2}\\s*[—–\\-~至]\\s*\\d{1,2}月(?:份)?(?:累计)?';
/** One value column of a statistics table's header (VALUE_COLUMN_HEADERS, CHANGE_HEADERS or a period): group 1 its words, group 2 its bracketed unit. */
export const VALUE_COLUMN_SOURCE = `${HEADER_SPACE}*(${alternation([...VALUE_COLUMN_HEADERS, ...Object.keys(CHANGE_HEADERS)])}|${PERIOD_COLUMN_SOURCE})${HEADER_SPACE}*(?:[(（]([^()（）]{1,6})[)）])?`;
/** The unit column's header, its characters spaced or not (`单 位`). */
export const UNIT_HEADER_SOURCE = UNIT_HEADERS.map((h) => [...h].join(`${HEADER_SPACE}*`)).join('|');
/** A statistics table's header line: the unit column, then a value column (`指标 单位 本月 累计 比增(%)`). */
export const STAT_HEADER = new RegExp(`(?:${UNIT_HEADER_SOURCE})(?:${HEADER_SPACE}+[^\\s\\d|。,;]{1,12}){0,4}?${VALUE_COLUMN_SOURCE}`);

/**
 * A line that is a list marker's punctuation alone (`.`, `、`): a dump that writes a table one cell a
 * line breaks `1.` after its number, and the number is then no cell of the table.
 */
export const CELL_LIST_MARKERS: ReadonlySet<string> = new Set(['.', '．', '、']);

/** The longest header cell (characters, spaces not counted) of a table written one cell a line. */
export const HEADER_CELL_MAX = 10;

/**
 * The currency a table's unit note names in words, before its magnitude or after its unit (`单位:人民币亿元`,
 * `单位:亿元人民币`, `单位:亿元(人民币)`), as customs statistics tables write it: the unit is the money word
 * (元); before, such a note gave no unit and the table's cells no metric.
 */
export const NOTE_CURRENCY_BEFORE = `(?:${alternation(UNIT_APPOSITIONS)})?`;
export const NOTE_CURRENCY_AFTER = `(?:\\s*[((]?(?:${alternation(UNIT_APPOSITIONS)})[))]?)?`;

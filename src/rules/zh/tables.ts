// Data tables (statistics tables in the running text): how their headers and row labels read.
import type { Basis } from '../../schema/records.js';

/**
 * Header words (unit parentheses removed) of a column that holds the change of the value column
 * before it (`进出口(亿元) | 同比(%)`), with the basis each names (null: none named).
 */
export const CHANGE_HEADERS: Readonly<Record<string, Basis | null>> = {
  同比: 'yoy',
  同比增长: 'yoy',
  同比增减: 'yoy',
  同比增速: 'yoy',
  同比增幅: 'yoy',
  比上年增长: 'yoy',
  比上年同期增长: 'yoy',
  比去年同期增长: 'yoy',
  比上年增减: 'yoy',
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
export const PERIOD_ROW_LABEL =
  /^(?=\S)(?:(?:19|20)\d{2}年?)?(?:\d{1,2}(?:\s*[—–\-~至]\s*\d{1,2})?月份?|[一二三四五六七八九十]{1,3}月份?|(?:第?[一二三四1-4]|[一二三四1-4]\s*[—–\-~至]\s*[一二三四1-4])季度|[上下]半年|全年|前\d{1,2}个?月|1\s*[—–\-~至]\s*\d{1,2}月累计)?$/;

/** A period that is a whole year (`2021`, `2021年`): written as its digits, as a header year is. */
export const WHOLE_YEAR_LABEL = /^((?:19|20)\d{2})年?$/;

/** Header words of a column that numbers the rows (`序号`): no part of a row's label. */
export const SEQUENCE_HEADERS: ReadonlySet<string> = new Set(['序号', '编号', '排名', '位次', '序']);

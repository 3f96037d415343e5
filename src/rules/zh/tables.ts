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
 * A row label that is a period (`4月`, `1—6月`, `一季度`, `上半年`, `2019年`): the row's cells
 * are then labelled by their column alone. Any other row label (a region, a trade mode) is
 * part of the label: `广东` + `进出口`.
 */
export const PERIOD_ROW_LABEL =
  /^(?:(?:19|20)\d{2}年)?(?:\d{1,2}(?:\s*[—–\-~至]\s*\d{1,2})?月份?|(?:第?[一二三四1-4]|[一二三四1-4]\s*[—–\-~至]\s*[一二三四1-4])季度|[上下]半年|全年|前\d{1,2}个?月|1\s*[—–\-~至]\s*\d{1,2}月累计)?$/;

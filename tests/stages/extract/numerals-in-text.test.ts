// The finder reads every numeral the parser reads (one vocabulary, src/locale/zh/numerals.ts), and
// reads nothing the parser alone accepts: K/M/G, multiplying measure words, 兆 before an SI unit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../src/locale/zh/parse-number.js';
import { COUNT_UNITS, GRADE_UNITS, MONEY_UNITS, PHYSICAL_UNITS } from '../../../src/rules/zh/units.js';
import { formatChineseInteger, type ChineseStyle } from '../../locale/zh/format-chinese-number.js';
import { expectMetric, expectNoMetricAt, extract } from './extract-helpers.js';

/** Units a number is always a metric with; 成 rescales, 类/期 are grades after Chinese numerals. */
const UNITS = [...COUNT_UNITS.filter((u) => !GRADE_UNITS.has(u)), ...MONEY_UNITS, ...PHYSICAL_UNITS];
const STYLES: readonly ChineseStyle[] = [{}, { liang: true }, { omitLeadingOne: true }, { financial: true }, { traditional: true, liang: true }, { elide: true, liang: true }];
const MAGNITUDE_WORDS = ['', '万', '亿', '万亿', '千', '百万'] as const;

/** `1千` + `克` reads as 1 千克: text where a place character and the unit spell another unit is ambiguous, and left out. */
function spellsAnotherUnit(numeral: string, unit: string): boolean {
  const tail = numeral.slice(-1) + unit;
  return UNITS.some((u) => u.length > unit.length && tail.startsWith(u));
}

describe('every numeral the parser reads, followed by a known unit, is found with its value', () => {
  it('Chinese integers in six styles', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 2n, max: 10n ** 12n }), fc.constantFrom(...STYLES), fc.constantFrom(...UNITS), (n, style, unit) => {
        const numeral = formatChineseInteger(n, style);
        fc.pre(!spellsAnotherUnit(numeral, unit));
        const text = `本期共计${numeral}${unit},同比持平。`;
        const found = extract(text).find((m) => m.raw === `${numeral}${unit}`);
        expect([text, found?.value]).toEqual([text, parseChineseNumber(numeral)]);
      }),
      { numRuns: 1500 },
    );
  });

  it('Arabic decimals with a magnitude', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,4}(\.[0-9]{1,3})?$/), fc.constantFrom(...MAGNITUDE_WORDS), fc.constantFrom(...UNITS), (digits, magnitude, unit) => {
        const numeral = digits + magnitude;
        fc.pre(!spellsAnotherUnit(numeral, unit));
        const text = `本期共计${numeral}${unit},同比持平。`;
        const found = extract(text).find((m) => m.raw === `${numeral}${unit}`);
        expect([text, found?.value]).toEqual([text, parseChineseNumber(numeral)]);
      }),
      { numRuns: 1500 },
    );
  });

  it('the tens compounds 廿 卅 卌, which the finder once missed', () => {
    expectMetric({ text: '共有卌个单位参加', raw: '卌个', value: 40, unit: '个' });
    expectMetric({ text: '历时廿三天完成', raw: '廿三天', value: 23, unit: '天' });
    expectMetric({ text: '抽检卅五批次', raw: '卅五批次', value: 35, unit: '批次' });
  });

  it('numerals of issue 15 in text: 零十, 万万, Arabic before 千', () => {
    expectMetric({ text: '共核发一千零十份证书', raw: '一千零十份', value: 1010, unit: '份' });
    expectMetric({ text: '人口四万万人', raw: '四万万人', value: 4e8, unit: '人' });
    expectMetric({ text: '进口粮食20千吨', raw: '20千吨', value: 20_000, unit: '吨' });
  });
});

describe('what only the bare parser reads makes no metric in text', () => {
  it.each([
    ['支持5G网络建设', '5G'],
    ['播放4K超高清节目', '4K'],
    ['压力达到3兆帕', '3兆帕'],
    ['频率为2兆赫', '2兆赫'],
    ['带宽100M专线', '100M'],
  ])('%s', (text, fragment) => {
    expectNoMetricAt(text, fragment);
  });

  it('the rate shorthand is the bare parser’s only: 万三个 and 千四五个 are no metric; 千五人 is 1500', () => {
    expect(parseChineseNumber('万三')).toBe(0.0003);
    expectNoMetricAt('收到万三个回复', '万三个');
    expectNoMetricAt('收到千四五个回复', '千四五个');
    expectMetric({ text: '来了千五人', raw: '千五人', value: 1500, unit: '人' });
  });

  it('reads 兆瓦 as the unit it is (megawatts), never 兆 as a magnitude', () => {
    expectMetric({ text: '装机容量50兆瓦', raw: '50兆瓦', value: 50, unit: '兆瓦' });
  });

  it('never reads 兆 as 10^12 before a unit', () => {
    for (const m of extract('新增装机50兆瓦,投资3兆元')) expect(m.value).toBeLessThan(1e12);
  });

  it('measure words that multiply in the parser (一打 = 12) never multiply a value in text', () => {
    const values = extract('采购毛巾三打、花瓶两对、手套五双,共计10个批次').map((m) => m.value);
    expect(values).not.toContain(36);
    expect(values).not.toContain(4);
    expect(values).toContain(10);
  });

  it('a unit starting with a place character keeps it (1千克, 二千瓦, 五百分点)', () => {
    expectMetric({ text: '每袋净重1千克', raw: '1千克', value: 1, unit: '千克' });
    expectMetric({ text: '功率二千瓦', raw: '二千瓦', value: 2, unit: '千瓦' });
    expectMetric({ text: '提高五百分点', raw: '五百分点', value: 5, unit: '百分点', kind: 'change' });
  });
});

describe('a minus after a word or a colon is the number’s sign (MINUS_SIGNS, SIGN_MAY_FOLLOW)', () => {
  it('takes the minus sign and the en dash as a word processor sets it (由–46.7%升至–4.7%)', () => {
    expectMetric({ text: '去年零售增长为–46.7%。', raw: '–46.7%', value: -46.7, unit: '%' });
    expectMetric({ text: '出口增速为\u22123.2%。', raw: '\u22123.2%', value: -3.2, unit: '%' });
    // between two numbers the en dash is a range, and the em dash is never a sign
    expect(extract('目标区间为1%–2.5%').map((m) => [m.value, m.valueMax])).toEqual([[1, 2.5]]);
    expectMetric({ text: '主要有两项——3个项目', raw: '3个', value: 3, unit: '个' });
  });

  it('takes the sign only before a rate, money or a temperature: before a count the dash sets off a clause (SIGNED_UNIT_DIMENSIONS)', () => {
    expectMetric({ text: '重点项目进展–12个项目已开工建设。', raw: '12个', value: 12, unit: '个' });
    expectMetric({ text: '本周动态–3家企业获评示范企业。', raw: '3家', value: 3, unit: '家' });
    expectMetric({ text: '新增-5人', raw: '5人', value: 5, unit: '人' });
    expectMetric({ text: '利润为–3.5亿元。', raw: '–3.5亿元', value: -350_000_000, unit: '元' });
    expectMetric({ text: '最低气温–3.5℃。', raw: '–3.5℃', value: -3.5, unit: '℃' });
  });

  it('reads the sign into raw and value', () => {
    expectMetric({ text: '全县居民人口自然增长率-4.21‰,比上年下降', raw: '-4.21‰', value: -4.21, unit: '‰' });
    expectMetric({ text: '农产品出口增速为-3.7%。', raw: '-3.7%', value: -3.7, unit: '%' });
    expectMetric({ text: '工业投资增长:-12.5%', raw: '-12.5%', value: -12.5, unit: '%' });
  });

  it('a hyphen after a digit, a Latin letter or at a line’s start is no sign', () => {
    const range = extract('1-3月全区完成出口18亿元').map((m) => m.value);
    expect(range.every((v) => v >= 0)).toBe(true);
    expect(extract('咨询电话0571-5550123,共3人值班').every((m) => m.value >= 0)).toBe(true);
    expect(extract('防控COVID-19疫情投入12万元').every((m) => m.value >= 0)).toBe(true);
    expect(extract('-5家企业获评示范单位').every((m) => m.value >= 0)).toBe(true);
  });
});

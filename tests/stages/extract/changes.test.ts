// src/rules/zh/changes.ts and refiners/attach-changes.ts: change verbs, basis words, attached
// and standalone changes, change lists, from–to pairs, targets.
import { describe, expect, it } from 'vitest';
import { extract } from './extract-helpers.js';

describe('changes', () => {
  it('attaches 比上年下降5.1% to the quantity before it, basis yoy', () => {
    const text = '全年监管进出口货物总值11997.04亿元,比上年下降5.1%;';
    const ms = extract(text);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({
      raw: '11997.04亿元',
      value: 1199704000000,
      unit: '元',
      kind: 'quantity',
      change: { direction: 'down', value: 5.1, unit: '%', basis: 'yoy', raw: '比上年下降5.1%' },
    });
  });

  it('attaches 、增长42.8倍 (unit 倍) and 同比增长13.5%', () => {
    expect(extract('截获“异宠”263只、增长42.8倍')[0]).toMatchObject({ raw: '263只', change: { direction: 'up', value: 42.8, unit: '倍', basis: null } });
    expect(extract('办理行政诉讼案件177起,同比增长13.5%')[0]).toMatchObject({ raw: '177起', change: { direction: 'up', value: 13.5, basis: 'yoy' } });
  });

  it('keeps a change that follows no quantity as its own record', () => {
    const ms = extract('推进智慧综合保税区建设,企业申报效率提升40%;');
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ raw: '40%', value: 40, unit: '%', kind: 'change', direction: 'up', change: null, label: '企业申报效率' });
    expect(extract('查验集装箱吊装时间压缩90%')[0]).toMatchObject({ kind: 'change', direction: 'down', value: 90 });
  });

  it('attaches a change against a named year (比2017年压缩63.2%), basis not yoy', () => {
    expect(extract('进口整体通关时间为28.6小时,比2017年压缩63.2%;')[0]).toMatchObject({ raw: '28.6小时', change: { direction: 'down', value: 63.2, basis: null, raw: '比2017年压缩63.2%' } });
  });

  it('reads 由6个月延长至12个月 as one record from 6', () => {
    expect(extract('有效期由6个月延长至12个月')).toMatchObject([{ raw: '12个月', value: 12, from: 6 }]);
  });

  it('reads 负增长 as down', () => {
    expect(extract('进口额负增长2%')[0]).toMatchObject({ kind: 'change', direction: 'down', value: 2 });
  });

  it('reads 环比 as pop and 同比 as yoy on a standalone change', () => {
    expect(extract('进口额环比下降3.2%')[0]).toMatchObject({ kind: 'change', direction: 'down', basis: 'pop' });
    expect(extract('出口额同比增长8%')[0]).toMatchObject({ kind: 'change', direction: 'up', basis: 'yoy' });
  });

  it('keeps percentage points as their own unit', () => {
    expect(extract('贸易逆差占比下降0.5个百分点')[0]).toMatchObject({ raw: '0.5个百分点', unit: '个百分点', kind: 'change', direction: 'down' });
    expect(extract('进口额3亿元,下降0.5个百分点')[0]!.change).toMatchObject({ unit: '个百分点', value: 0.5 });
  });

  it('gives 分别增长12.5%、7%、30.2% three changes', () => {
    const ms = extract('三类商品出口分别增长12.5%、7%、30.2%。');
    expect(ms.map((m) => [m.raw, m.kind, m.direction, m.value])).toEqual([
      ['12.5%', 'change', 'up', 12.5],
      ['7%', 'change', 'up', 7],
      ['30.2%', 'change', 'up', 30.2],
    ]);
  });

  it('distributes 分别 over as many quantities right before it', () => {
    const ms = extract('出口机电产品1.2万亿元、劳动密集型产品3000亿元,分别增长5%、3%。');
    expect(ms.map((m) => [m.raw, m.change?.value, m.change?.direction])).toEqual([
      ['1.2万亿元', 5, 'up'],
      ['3000亿元', 3, 'up'],
    ]);
  });

  it('reads 由35%提升至60% as one record, value 60 from 35', () => {
    const ms = extract('无纸化申报比例由35%提升至60%');
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ raw: '60%', value: 60, from: 35, kind: 'quantity', unit: '%' });
  });

  it('gives a change that reaches a level to that level (提升1.3个百分点至53.5%)', () => {
    const ms = extract('民营企业进出口占比提升1.3个百分点至53.5%。');
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ raw: '53.5%', value: 53.5, kind: 'quantity', change: { direction: 'up', value: 1.3, unit: '个百分点' }, label: '民营企业进出口占比' });
  });

  it('reads a change verb + 至/到 as a target, not a change', () => {
    expect(extract('覆盖率提升至60%')[0]).toMatchObject({ kind: 'quantity', value: 60, from: null, direction: null });
  });

  it('reads 增加编制100名 as a change in the object', () => {
    const ms = extract('在已有编制100名的基础上,增加编制100名。');
    expect(ms.map((m) => [m.raw, m.kind, m.direction])).toEqual([
      ['100名', 'quantity', null],
      ['100名', 'change', 'up'],
    ]);
  });

  it('does not attach a change across a clause that names something else', () => {
    const ms = extract('签发证书3万份,出口货值增长5%');
    expect(ms.map((m) => m.kind)).toEqual(['quantity', 'change']);
    expect(ms[0]!.change).toBeNull();
  });
});

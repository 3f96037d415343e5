// src/rules/zh/nonmetrics.ts and refiners/drop-non-metrics.ts: years, dates, ordinals, names,
// markers, codes, phone numbers, document and article numbers, endnotes, bare ratios.
import { describe, expect, it } from 'vitest';
import { expectNoMetricAt, extract } from './extract-helpers.js';

const MUST_NOT_MATCH: [string, string][] = [
  // 满 before a year of the calendar reaches no span (`满1年` does: metric-forms)
  ['自满2024年起执行', '2024年'],
  // an idiom's numeral (一成不变: unchanging)
  ['管理模式一成不变', '一成'],
  // a bound of a group's name (boundInGroupName): the threshold stays in the label of the group's count
  ['全年营业收入超亿元的工业企业58户', '超亿元'],
  ['新开工超亿元项目12个', '超亿元'],
  ['不足万元的小额贷款120笔', '不足万元'],
  ['万家灯火,万人空巷', '万家'],
  ['2024年,海关总署坚持以习近平新时代中国特色社会主义思想为指导', '2024年'],
  ['【发布日期】2001-04-02', '2001-04-02'],
  ['时间:2011-09-26 08:48来源:未知', '2011-09-26 08:48'],
  ['锚定二〇三五年远景目标', '二〇三五年'],
  ['组织第11个“12·4”国家宪法日', '第11个'],
  ['组织第11个“12·4”国家宪法日', '“12·4”'],
  ['入选福建自贸试验区第20批创新举措', '第20批'],
  // an ordinal range: the upper bound is no count once the range is dropped
  ['公布第1至3批试点名单', '3批'],
  ['本刊第1-3期刊登了系列文章', '3期'],
  ['为海关实现“十四五”圆满收官', '“十四五”'],
  ['紧扣“六项纪律”逐条学习', '“六项纪律”'],
  ['制定整改方案和“三张清单”', '“三张清单”'],
  ['参与《国际卫生条例(2005)》等规则制定', '《国际卫生条例(2005)》'],
  // a duration naming a service radius
  ['城市社区10分钟体育健身圈进一步完善', '10分钟'],
  ['打造15分钟社区生活圈', '15分钟'],
  ['构建1小时经济圈', '1小时'],
  // a round-the-clock service named by its hours, and a factor of a formula
  ['各类公园二十四小时开放比例力争达到90%', '二十四小时'],
  ['实行24小时通关', '24小时'],
  ['计算公式为〔(A-B)/B〕×100%≥30%', '100%'],
  // a table's unit note: its magnitude alone is no number
  ['单位:千元', '千元'],
  ['金额单位:百万美元', '百万美元'],
  ['(单位:十亿元)', '十亿元'],
  ['实施“国门利剑2024”联合行动', '“国门利剑2024”'],
  ['一、坚持党对法治建设的领导', '一、'],
  ['(三)有力推进中央巡视整改', '(三)'],
  ['2.与境外“单一窗口”互联互通', '2.'],
  ['一是对应当公开的法规政策主动宣传不够', '一是'],
  ['咨询电话0592-5551234', '0592-5551234'],
  ['拨打12345热线反映问题', '12345'],
  ['统一社会信用代码:1234项', '1234项'],
  ['企业代码:1234个', '1234个'],
  ['HS编码8471.30项下商品', '8471.30'],
  // a unitless range of tariff codes is no range of values; a leading zero makes a code
  ['即税则号列0302.1100至0302.9900项下商品', '0302.1100至0302.9900'],
  ['列入7204.1000到7204.4900的废钢', '7204.1000到7204.4900'],
  ['适用于0301至0308类水产品', '0301至0308类'],
  ['依据署令〔2019〕245号', '〔2019〕245号'],
  ['违反《海关法》第六十条规定', '第六十条'],
  ['该数据见文献[7]所述', '[7]'],
  ['三次产业结构为2.1:40.5:57.4', '2.1:40.5:57.4'],
  ['把巡视整改作为一项严肃的政治任务', '一项'],
  ['建立一支高素质队伍', '一支'],
  ['截获二类动物疫病', '二类'],
  // 届 after a Chinese numeral names a term; after a year, a cohort
  ['学习党的二十届三中全会精神', '二十届'],
  ['2023届毕业生就业率达95%', '2023届'],
  // 届满: a term expires (UNIT_BLOCKERS)
  ['连任两期后任期3届满即退出', '3届'],
  ['不断深化落实中央八项规定精神', '八项规定'],
  ['总结正反两方面的经验', '两方面'],
  ['进口、出口都保持着两位数的增长', '两位'],
  ['更好利用国内国际两个市场两种资源', '两个'],
  ['更好利用国内国际两个市场两种资源', '两种'],
  ['推动四本预算与政府债务计划动态平衡', '四本'],
  ['建设H2018税收征管平台', 'H2018'],
  ['加强5G等新技术应用', '5G'],
  ['连续5个月位居首位', '5个月'],
  ['时隔3天再次开行', '3天'],
  ['排名全国前10名', '10名'],
  ['完成零部件检验', '零部件'],
  // lone financial digits that are name characters (LEXICAL_NUMERALS)
  ['陆家嘴财经早餐', '陆家'],
  ['伍家岗区新增企业', '伍家'],
  ['落实“5+2”预约查检', '“5+2”'],
  ['今年前10个月进出口增长', '10个月'],
  ['提供7×24小时通关服务', '24小时'],
  ['企业在1年内受到处罚3次以上', '1年内'],
  ['自2024年1月1日起施行', '1月1日'],
  ['连续5年居全国首位', '5年'],
  ['数十个国家参与', '十个'],
  ['几百家企业受益', '百家'],
  ['上百家企业受益', '百家'],
  ['成千上万人参加', '万人'],
  ['数十万人参加', '十万人'],
  ['成百家企业参与', '百家'],
  ['全年有成百家企业参与技改', '百家'],
  ['带动成千户农民增收', '千户'],
  ['培育形成百亿元企业10家', '百亿元'],
  ['小学1-3年级学生每天作业时间不超过1小时', '1-3年'],
  ['三次产业结构持续优化', '三次'],
  // the base a rate is counted per, right after 每 or /
  ['每千人医疗卫生机构床位数5.6张', '千人'],
  ['移动电话普及率达98.7部/百人', '百人'],
  ['规模以上工业企业每百元营业收入中的成本为86.27元', '百元'],
  ['每10万人口传染病发病率为5.2', '10万人'],
  // session ordinals: a term (届) or a body before, a session word after
  ['县委七届五次全会审议通过了工作报告', '五次'],
  ['区人大三次会议期间共收到建议56件', '三次'],
  ['市政协四次会议闭幕', '四次'],
  ['镇党代会二次会议选举产生新一届班子', '二次'],
  ['学习省委九届六次、七次全会精神', '六次'],
  ['学习省委九届六次、七次全会精神', '七次'],
  ['传达十二届三次和 四次全体会议精神', '三次'],
];

describe('non-metrics', () => {
  it.each(MUST_NOT_MATCH)('%s: %s is no metric', (text, fragment) => {
    expectNoMetricAt(text, fragment);
  });

  it('counts a number with digits after 数 closing a word (人数, 总数): only 数 before a round number is vague', () => {
    expect(extract('参会人数一百二十人,项目总数十二个。').map((m) => [m.raw, m.value])).toEqual([
      ['一百二十人', 120],
      ['十二个', 12],
    ]);
  });

  it('counts a round number after a word ending in 成 (完成, 建成): only the idiom (成百上千) is vague', () => {
    expect(extract('全年完成百余项改革,建成百个站点。').map((m) => [m.raw, m.value, m.qualifier])).toEqual([
      ['百余项', 100, 'atLeast'],
      ['百个', 100, 'exact'],
    ]);
  });

  it('drops a year of the calendar after a level limit word (不高于2030年支出数, 不低于2029年水平); keeps durations and a span after 超过', () => {
    expect(extract('各部门经费预算按不高于2030年支出数编制,支出不低于2029年水平。')).toEqual([]);
    expect(extract('服务不低于5年,保存不少于3年,有超过2000年的历史。').map((m) => m.raw)).toEqual(['不低于5年', '不少于3年', '超过2000年']);
  });

  it('reads 十种有色金属 as the product group’s name, not a count of kinds; other counts of kinds stay', () => {
    expect(extract('生产十种有色金属62.4万吨').map((m) => m.raw)).toEqual(['62.4万吨']);
    expect(extract('新增十种特色农产品').map((m) => m.raw)).toEqual(['十种']);
  });

  it('counts a grade word after a list’s closing 等 (等三类作品); without 等 a Chinese numeral before 类 stays a class', () => {
    expect(extract('组织知识竞答、数字微展览、视频微课等三类作品').map((m) => [m.raw, m.value, m.unit])).toEqual([['三类', 3, '类']]);
    expect(extract('截获二类动物疫病,对二类、三类地区给予补助').map((m) => m.raw)).toEqual([]);
    // after 等, only when the list holds as many items: otherwise 等 gives examples of one class
    expect(extract('邀请企业和学校等两类主体参与').map((m) => m.raw)).toEqual(['两类']);
    expect(extract('加强沿边等二类口岸建设,甲、乙、丙等二类地区执行新标准').map((m) => m.raw)).toEqual([]);
    // items parted by 、 (the 及 of 涉及, the 和 of 共和国 join none), or two joined by 与
    expect(extract('本次抽检涉及食品、化妆品等两类产品,中华人民共和国海关、检验检疫机构等两类单位,进口与出口等两类业务').map((m) => m.raw)).toEqual(['两类', '两类', '两类']);
  });

  it('counts editions held in digits (已举办5届, 连续举办3届); 第5届 is an ordinal', () => {
    expect(extract('至今已举办5届,论坛已连续举办3届,第5届论坛开幕').map((m) => [m.raw, m.value, m.unit])).toEqual([['5届', 5, '届'], ['3届', 3, '届']]);
    // with no verb of holding before it, 届 names a cohort, a term or an edition
    expect(extract('23届毕业生中有300人赴外地就业,14届全国人大代表中有12名连任,第31届、32届运动会').map((m) => m.raw)).toEqual(['300人', '12名']);
    // the verb must stand in the number's clause; a year is a cohort even after one; 连续 counts terms
    expect(extract('我关已成功举办。2023届毕业生共入职12人,学校举办2030届毕业生双选会').map((m) => m.raw)).toEqual(['12人']);
    expect(extract('先后主办第31届、32届博览会,学校连续3届获评文明单位').map((m) => m.raw)).toEqual(['3届']);
  });

  it('reads 两项补贴 as the disability scheme’s name, not a count; other counts of two stay', () => {
    expect(extract('残疾人两项补贴标准提高至每人每月217元').map((m) => m.raw)).toEqual(['217元']);
    expect(extract('共调整两项补助政策').map((m) => m.raw)).toEqual(['两项']);
  });

  it('keeps a count of years or days reached after 满 (缴费满15年, 满30日未缴纳); never a calendar year after it', () => {
    expect(extract('累计缴费满15年的可按月领取')).toMatchObject([{ raw: '15年', value: 15, unit: '年', qualifier: 'exact' }]);
    expect(extract('欠费满30日未缴纳的')).toMatchObject([{ raw: '30日', value: 30, unit: '日' }]);
    expect(extract('圆满完成2031年各项任务')).toEqual([]);
    expect(extract('至满2032年12月31日止')).toEqual([]);
  });

  it('keeps a lead time after 提前 (提前6个月提醒, 提前3个工作日预约); 前 alone still opens a time frame', () => {
    expect(extract('应当提前6个月提醒残疾人换证')).toMatchObject([{ raw: '6个月', value: 6, unit: '个月' }]);
    expect(extract('申请人应提前3个工作日预约')).toMatchObject([{ raw: '3个工作日', value: 3 }]);
    expect(extract('前10个月累计完成')).toEqual([]);
  });

  it('keeps a count of books that names no budget (印发工作手册四本)', () => {
    expect(extract('共印发工作手册四本。')).toMatchObject([{ raw: '四本', value: 4, unit: '本' }]);
  });

  it('still finds the metric beside a non-metric', () => {
    expect(extract('组织第11个宪法日活动,开展普法活动70余场').map((m) => m.raw)).toEqual(['70余场']);
    expect(extract('评选署级“好课程”50个').map((m) => m.raw)).toEqual(['50个']);
  });

  it('a range after an ordinal is dropped whole; one that follows an ordinal phrase is still a range', () => {
    expect(extract('公布第1至3批试点名单。')).toEqual([]);
    expect(extract('第3批新增企业5-8家。').map((m) => [m.raw, m.valueMax])).toEqual([['5-8家', 8]]);
  });

  it('drops a place in a ranking written without 第 (居全省15位, 位居全国8位, 排名全市2名); keeps counts of people', () => {
    expect(extract('增幅居全省15位,出口位居全国8位,排名全市2名').map((m) => m.raw)).toEqual([]);
    expect(extract('全省17位专家参加评审,走访居民26名,聚居38名群众').map((m) => m.raw)).toEqual(['17位', '26名', '38名']);
  });

  it('keeps 一 before a rate unit: a number, no indefinite article (一倍, 一个百分点, 一成); 一项 stays none', () => {
    expect(extract('处违法所得一倍以上五倍以下罚款').map((m) => [m.raw, m.value, m.valueMax, m.qualifier])).toEqual([['一倍以上五倍以下', 1, 5, 'range']]);
    expect(extract('出口增长了一倍').map((m) => [m.raw, m.kind, m.direction, m.value, m.unit])).toEqual([['一倍', 'change', 'up', 1, '倍']]);
    expect(extract('失业率下降一个百分点').map((m) => [m.raw, m.value, m.unit])).toEqual([['一个百分点', 1, '个百分点']]);
    expect(extract('完成一项改革,引进一批企业').map((m) => m.raw)).toEqual([]);
  });

  it('keeps 一 under a floor or a cap (至少有一个子女, 不满一年, 不超过一个月); 一 after 近/约 or alone stays an article', () => {
    expect(extract('且现家庭至少有一个子女未成年').map((m) => [m.raw, m.value, m.unit, m.qualifier])).toEqual([['一个', 1, '个', 'atLeast']]);
    expect(extract('参保不满一年的不予补助').map((m) => [m.raw, m.qualifier])).toEqual([['不满一年', 'atMost']]);
    expect(extract('税款担保期限不超过一个月,至少配备一名专职人员').map((m) => [m.raw, m.qualifier])).toEqual([
      ['不超过一个月', 'atMost'],
      ['一名', 'atLeast'],
    ]);
    expect(extract('近一个月来,成立一个专班,约一个小时完成').map((m) => m.raw)).toEqual([]);
  });

  it('counts a Chinese numeral after a letter (A、B、C三个裁量档): codes are written in digits (H2018, C3级 stay none)', () => {
    expect(extract('划定为A、B、C三个裁量档').map((m) => [m.raw, m.value, m.unit])).toEqual([['三个', 3, '个']]);
    expect(extract('建设H2018税收征管平台,达到C3级,创建三A级景区').map((m) => m.raw)).toEqual([]);
  });

  it('keeps a count of two that is no fixed phrase (两位专家, 两个项目)', () => {
    expect(extract('邀请两位专家授课,新增两个项目').map((m) => m.raw)).toEqual(['两位', '两个']);
  });

  it('keeps a rate beside its base, and a number 每 does not touch', () => {
    expect(extract('每千人医疗卫生机构床位数5.6张').map((m) => m.raw)).toEqual(['5.6张']);
    expect(extract('移动电话普及率达98.7部/百人').map((m) => m.raw)).toEqual(['98.7部']);
    expect(extract('全年接待游客百万人次').map((m) => m.raw)).toEqual(['百万人次']);
    expect(extract('每吨收购价格为300元').map((m) => m.raw)).toEqual(['300元']);
    expect(extract('职工工资每人每月增加300元').map((m) => m.raw)).toEqual(['300元']);
    // after / a count in digits is no base: a length paired with a count
    expect(extract('桥梁8123.5延米/612座').map((m) => m.raw)).toContain('612座');
  });

  it('keeps a count of meetings or checks: no term or body before it', () => {
    expect(extract('全年开展联合检查三次,召开专题会议4次').map((m) => m.raw)).toEqual(['三次', '4次']);
    expect(extract('共召开两次会议研究部署').map((m) => m.raw)).toEqual(['两次']);
    expect(extract('区人大三次会议期间共收到建议56件').map((m) => m.raw)).toEqual(['56件']);
  });

  it('counts codes with a count unit right after the code word, but not a code field after a colon', () => {
    expect(extract('涉及商品编码4856个。').map((m) => m.raw)).toEqual(['4856个']);
    expect(extract('企业代码:1234个')).toEqual([]);
  });

  it('keeps a limit of hours and a working day beside the round-the-clock rule, and the bound a formula is compared with', () => {
    expect(extract('24小时内办结').map((m) => m.raw)).toEqual(['24小时内']);
    expect(extract('提供3000小时服务,承诺2小时响应').map((m) => m.raw)).toEqual(['3000小时', '2小时']);
    expect(extract('〔(A-B)/B〕×100%≥30%').map((m) => m.raw)).toEqual(['≥30%']);
  });

  it('keeps a travel time to a 圈 and a plain duration', () => {
    expect(extract('车程30分钟可达商圈。平均用时15分钟。').map((m) => m.raw)).toEqual(['30分钟', '15分钟']);
  });

  it('keeps a unitless decimal range that is no code (0.95到1.05)', () => {
    expect(extract('价格水平保持在0.95到1.05的合理区间').map((m) => m.raw)).toEqual(['0.95到1.05']);
  });

  it('counts a long quotation’s numbers (it is a quoted sentence, not a name)', () => {
    const text = '报告指出“今年以来全国海关共查获走私案件3000起,案值大幅增长,打私形势依然严峻复杂”';
    expect(extract(text).map((m) => m.raw)).toEqual(['3000起']);
  });

  describe('a clause number glued to its clause', () => {
    it.each([
      ['3.1本次资格预审采用合格制', '3.1本'],
      ['一、资格要求\n2.1本项目采用公开招标方式', '2.1本'],
      ['  4.2.1项目负责人须具备一级建造师资格', '4.2.1项'],
      ['• 1.3批复文件见附件', '1.3批'],
      ['5.1条款所列材料须加盖公章', '5.1条'],
    ])('%s: %s is no metric', (text, fragment) => {
      expectNoMetricAt(text, fragment);
    });

    it('keeps a decimal with a magnitude, a measurement, and a dotted number inside a sentence', () => {
      expect(extract('3.5万元用于设备采购').map((m) => m.raw)).toEqual(['3.5万元']);
      expect(extract('1.2亿人次参与活动').map((m) => m.raw)).toEqual(['1.2亿人次']);
      expect(extract('2.5吨货物已放行').map((m) => m.raw)).toEqual(['2.5吨']);
      expect(extract('查验结果:共查获3.5万件,其中假冒品牌2.1万件').map((m) => m.raw)).toEqual(['3.5万件', '2.1万件']);
      expect(extract('人均藏书2.5本,较上年增加').map((m) => m.raw)).toContain('2.5本');
    });
  });
});

describe('quoted names and quoted sentences', () => {
  it('a quotation holding a clause mark is a sentence whose numbers measure; a short quoted name or a book title is none', () => {
    expect(extract('报告称,“两国股份累计约8%,远大于其他国家的规模”。').map((m) => m.raw)).toEqual(['约8%']);
    expect(extract('有人问:“今年增长8%吗?”').map((m) => m.raw)).toEqual(['8%']);
    expectNoMetricAt('部署“国门利剑2031”行动', '2031');
    expectNoMetricAt('落实“六项纪律”要求', '六项');
    expectNoMetricAt('印发《关于做好3项工作的通知,请遵照执行》', '3项');
  });
});

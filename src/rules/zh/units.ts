// Units and measure words a metric can carry, as they follow a numeral. Longest-first
// alternations are built from these lists (src/stages/extract/alternation.ts), so compounds such
// as `个百分点`, `种次`, `个月` win over their first character.
//
// `年` (and `月`, `日`) are deliberately absent: `5年`, `近3年`, `时隔2年`, `连续5年` are time frames,
// not measured quantities (tests/gold/nonmetrics), and `2024年` is a year.

/** Counts: measure words for things, events and people. */
export const COUNT_UNITS = [
  '个', '项', '件', '次', '批', '起', '种', '只', '头', '家', '名', '人', '位', '户', '份', '部', '条',
  '篇', '本', '期', '场', '轮', '支', '把', '发', '例', '船', '艘', '架', '辆', '列', '台', '套', '座',
  '所', '处', '单', '票', '张', '册', '类', '方面', '宗', '笔', '箱', '袋', '包', '株', '棵', '枚',
  '粒', '匹', '尾', '块', '盒', '瓶',
  // plants and cut stems, beside 株/棵 (`修剪12枝`, `种植灌木30丛`, `摆放花卉200盆`)
  '枝', '丛', '盆',
  // models and styles of a product (`49款产品上线交易`, `推出3款新车型`); a clause of an article (`第二款`) is an
  // ordinal, and `款项` a word of its own (UNIT_BLOCKERS)
  '款',
  // sheets and pieces counted flat: pictures and works of art (`展出书画作品50幅`, `即兴创作了2幅以上作品`), map sheets
  // (`基本比例尺地形图4062幅`), plots of land (`完成三幅安置房地块出让`): without a row the number stood bare and was
  // no metric; 幅度 is a word of its own (UNIT_BLOCKERS). `fixtures/extract/sheet-counts`
  '幅',
  // a household of so many persons, as housing rules size them (`3人户及以上`, `2人户中`); `50万人户籍人口` is
  // 50万 人 (a word of UNIT_BLOCKERS opening inside a unit cuts it back)
  '人户',
  // editions of a recurring event held (`至今已举办5届`, `连续举办3届`): a Chinese numeral before it names a term
  // (`二十届三中全会`, `十四届全国人大`: GRADE_UNITS), a year a cohort (`2023届毕业生`: COHORT_UNITS); blind29, a
  // kjt.yn.gov.cn page; fixtures/extract/edition-counts
  '届',
] as const;

/**
 * The measure word that opens compound units (`个月`, `个百分点`, `个工作日`, `个课时`) and may take an infix
 * qualifier (INFIX_QUALIFIERS: 多, 余, 来) before the rest of its unit, as speech and news write a span
 * or a rate (`经过两个多月的角逐`, `提高2个多百分点`, `一个来月`): the unit is the compound, the qualifier the
 * infix's. Only the rest of such a compound may follow (`3个多功能区` holds no unit after 多).
 * `fixtures/extract/split-compound-units`
 */
export const SPLIT_COMPOUND_HEAD = '个';

/** Counts of repeated events: `件次`, `人次`, `种次`… */
export const COMPOUND_COUNT_UNITS = [
  '人次', '件次', '批次', '种次', '家次', '条次', '场次', '艘次', '架次', '车次', '列次', '航次',
  '班次', '项次', '票次', '户次', '起次', '辆次',
] as const;

/** Durations (a duration with a measure word is a quantity; bare years are not, see above). */
export const TIME_UNITS = [
  '个月', '天', '日历天', '工作日', '个工作日', '小时', '分钟', '秒', '岁', '周岁',
  // hours and weeks counted with 个 (`手术持续3个小时`, `用了一个多小时`, `为期两个星期`): before, the unit stopped at 个
  // and 小时 went to the label (`fixtures/extract/split-compound-units`)
  '个小时', '个星期',
  // hours of teaching, as training rules count them (`不少于40学时`, `累计72个课时`)
  '学时', '个学时', '课时', '个课时',
] as const;

/** Money; the magnitude (`亿`, `万`) is part of the numeral, not of the unit. A cent (`12美分`, `5欧分`) keeps its own unit. */
export const MONEY_UNITS = ['元', '美元', '欧元', '港元', '日元', '英镑', '美分', '欧分'] as const;

/** Prices and concentrations, written as one unit (`500元/吨`, `0.05毫克/千克`). */
export const RATIO_UNITS = [
  '元/吨', '元/公斤', '元/千克', '美元/吨', '美元/桶', '毫克/千克', '微克/千克',
  // international commodity quotes in their trading units (`COMEX黄金期货报2423.5美元/盎司`,
  // `大豆期货报1019.75美分/蒲式耳`)
  '美元/盎司', '美分/蒲式耳', '美分/磅',
  // an allowance or a price per person or per time (`16080元/年`, `800元/月`, `200元/人`, `50元/天`,
  // `825元/人月`, `600元/人·月`)
  '元/年', '元/月', '元/人', '元/天', '元/日', '元/次', '元/人月', '元/人·月', '元/人年', '元/人·年', '元/月·人',
  '元/人次', '元/人·次', '元/人·天', '元/人·日', '元/人天', '元/人日',
  // a price or a payment per area, volume, energy or weight as land, water, power and market reports write it
  // (`土地出让均价2.5万元/亩`, `补偿1.2万元/公顷`, `水价3.5元/立方米`, `电价0.56元/千瓦时`, `收购价1.18元/斤`):
  // without a row the unit stopped at 元 and `/亩` went to the label (`fixtures/extract/per-area-units`)
  '元/亩', '元/公顷', '元/立方米', '元/千瓦时', '元/斤', '元/升',
  // a price per head or per piece as livestock, poultry, market and subsidy reports write it (`仔猪出售价格
  // 600元/头`, `活鸡25元/只`, `补贴2万元/套`, `农机购置补贴3000元/台`): without a row the unit stopped at 元
  // and `/头` went to the label, and to the label of the next change (`fixtures/extract/per-head-units`)
  '元/头', '元/只', '元/羽', '元/套', '元/台', '元/辆', '元/件', '元/个', '元/箱', '元/袋',
] as const;

/** Physical amounts. */
export const PHYSICAL_UNITS = [
  '吨', '公斤', '千克', '克', '斤', '公里', '千米', '米', '平方米', '平方公里', '立方米', '亩', '公顷',
  '标箱', '标准箱', '升', '千瓦时', '千瓦', '毫克', '微克', 'TEU', 'kg', 'km', 'm2', 'm3',
  // a turnover (周转量) counts passengers or tonnes times distance: `3.2亿人公里`, `12.5亿吨公里` (not 人, 吨)
  '人公里', '吨公里', '人千米', '吨千米',
  // optical cable counts fibres times length: `166.2万芯千米` (not 千米)
  '芯千米', '芯公里',
  // commodity measures as market reports write them: barrels of oil (`库存减少372.8万桶`, an output
  // rate `1340万桶/日`), troy ounces of gold (`黄金储备为7280万盎司`), bushels of grain
  '桶', '桶/日', '盎司', '蒲式耳',
  // a yield per area (`亩产650公斤/亩`, `单产7500千克/公顷`; `fixtures/extract/per-area-units`)
  '公斤/亩', '千克/亩', '斤/亩', '公斤/公顷', '千克/公顷',
] as const;

/**
 * Units of physical measurement and rates as statistics pages write them, each written form with
 * its normal form, which a metric records as `unitNormal` (`unit` keeps the written form, as
 * spec/metrics.md asks): temperature, area and volume in
 * any notation, concentrations, speeds, frequencies. Area and volume take the Chinese words the
 * tables already use (平方米, 立方米); units without one keep the bulletins' symbol (℃, μg/m³, km/h).
 */
export const MEASUREMENT_UNIT_FORMS: Readonly<Record<string, string>> = {
  '℃': '℃',
  '°C': '℃',
  摄氏度: '℃',
  '㎡': '平方米',
  'm²': '平方米',
  'km²': '平方公里',
  'm³': '立方米',
  // energy, power and computing as energy and technology reports write them (`55GWh`, `120万千瓦`, `30EFLOPS`)
  kWh: '千瓦时',
  kW: '千瓦',
  MW: '兆瓦',
  MWh: '兆瓦时',
  GW: '吉瓦',
  GWh: '吉瓦时',
  TWh: '太瓦时',
  兆瓦: '兆瓦',
  兆瓦时: '兆瓦时',
  吉瓦: '吉瓦',
  吉瓦时: '吉瓦时',
  EFLOPS: 'EFLOPS',
  Eflops: 'EFLOPS',
  EFlops: 'EFLOPS',
  PFLOPS: 'PFLOPS',
  Pflops: 'PFLOPS',
  PFlops: 'PFLOPS',
  // storage and data sizes as security and technology reports write them (`窃得1 TB资料`, `16GB内存`),
  // and data volumes as telecom sections write them (`移动互联网接入流量3456.789万GB`, `1.2万TB`);
  // K/M/G alone stay magnitudes or names (`1.2M`, `5G`)
  KB: 'KB',
  MB: 'MB',
  GB: 'GB',
  TB: 'TB',
  PB: 'PB',
  'μg/m³': 'μg/m³',
  'µg/m³': 'μg/m³',
  'μg/m3': 'μg/m³',
  'ug/m3': 'μg/m³',
  // 微克/立方米 and 元/㎡ stay as written: the real documents' gold records both notations of the
  // concentration (μg/m³ and 微克/立方米), so either normal form would lose one
  '微克/立方米': '微克/立方米',
  'mg/m³': 'mg/m³',
  '毫克/立方米': 'mg/m³',
  'km/h': 'km/h',
  '公里/小时': 'km/h',
  '千米/小时': 'km/h',
  '米/秒': 'm/s',
  'm/s': 'm/s',
  '次/秒': '次/秒',
  '元/㎡': '元/㎡',
  '元/平方米': '元/平方米',
  // the spoken square metre (`满足超过1000万平米居民采暖需求`, `均价1.2万元/平米`)
  平米: '平方米',
  '元/平米': '元/平方米',
  毫米: '毫米',
  mm: '毫米',
  厘米: '厘米',
  cm: '厘米',
  // a bare metre (`不小于6.5m`): never before a letter (`5min`, `3mg`), and m2/m3/mm/m²/m/s are longer forms
  m: '米',
  // an angle (`夹角为45.5°`); °C is the longer form, so a temperature is never read as an angle
  '°': '°',
  // a kilowatt-hour as news and local reports write it (`全年发电量3.5亿度`, `1200万度电`): MAGNITUDE_ONLY_UNITS
  度: '千瓦时',
  度电: '千瓦时',
};

/**
 * Units that are one only after a magnitude and where the text speaks of electricity (`全年发电量3.5亿度`,
 * `1200万度电`: kilowatt-hours; `度电` says so itself, `度` needs ELECTRICITY_WORD within ELECTRICITY_REACH characters
 * before it); bare they are degrees of heat or angle, or times (`30度`, `一度`), and `1.2亿度` of a plasma or
 * `200万度过难关` is none. Never read after a space or in brackets (`水温30(度)`).
 */
export const MAGNITUDE_ONLY_UNITS = ['度', '度电'] as const;
export const ELECTRICITY_WORD = '电';
export const ELECTRICITY_REACH = 16;

/**
 * Rates and factors. `成` (tenths) stays its own unit with the value as written (`偏少1.2成` → 1.2 成, `近五成` → 5 成),
 * as the real documents' gold records it; a reader converts it (× 10 %) where it aggregates.
 */
export const RATE_UNITS = ['%', '‰', '个百分点', '百分点', '个基点', '基点', '倍', '成'] as const;

/**
 * What each unit measures. After `、`, a short item in another dimension measures the same thing
 * (`签发证书26.16万份、金额1107.9亿元`: the certificates' value); in the same dimension it is the
 * next item of a list (`船舶2.1万艘次、飞机1.86万架次`).
 */
export const UNIT_DIMENSIONS: Readonly<Record<string, readonly string[]>> = {
  count: [...COUNT_UNITS, ...COMPOUND_COUNT_UNITS],
  time: TIME_UNITS,
  money: [...MONEY_UNITS, ...RATIO_UNITS],
  physical: [...PHYSICAL_UNITS, ...Object.keys(MEASUREMENT_UNIT_FORMS)],
  rate: RATE_UNITS,
};

/**
 * Units a minus sign in running text may belong to (MINUS_SIGNS): rates and money by dimension
 * (UNIT_DIMENSIONS), temperatures by their normal form (`–3.5℃`). A count, a duration or another
 * measure is never negative in a bulletin: a dash before it sets off a clause (`进展–12个项目`).
 */
export const SIGNED_UNIT_DIMENSIONS = ['money', 'rate'] as const;
export const SIGNED_UNIT_NORMALS = ['℃'] as const;

/**
 * Durations that are a quantity only as a limit (`不超过3年`, `至少保存3年`, `30日内`, `5年以上`);
 * bare, they are years, dates and time frames (`2024年`, `1月1日`, `连续5年`, `1年内` as the period
 * of another number). The suffixes each accepts as a limit; a prefix or distant limit word
 * (atLeast/atMost) always makes one.
 */
export const LIMIT_ONLY_UNITS: Readonly<Record<string, readonly string[]>> = {
  年: ['以上', '以下', '以内', '或以上', '及以上', '或以下', '及以下'],
  日: ['以上', '以下', '以内', '内', '或以上', '及以上', '或以下', '及以下'],
};

/**
 * A day count written right after its month (`至3月24日内`, `十二月三十一日内`) is a date, a deadline,
 * whatever limit word follows it: no span of 24 days. The unit and the character before the numeral.
 */
export const DAY_OF_MONTH = { unit: '日', month: '月' } as const;

/**
 * Limit words that compare with a level (`不高于`, `低于`): before a year of the calendar they name that
 * year's level (`按不高于2019年支出控制数编制`), not a span of 2019 years, and the year is no metric.
 * `超过`, `不少于` are left out: `超过2000年的历史` is a span.
 */
export const LEVEL_LIMIT_WORDS = ['不高于', '不低于', '高于', '低于'] as const;

/**
 * Words naming a span of time that the text then states (`设计使用年限100年`, `有效期为3年`, `为期5年`,
 * `保修期2年`, `服务期限:1年`): after one of these (and at most DURATION_LABEL_GAP characters of
 * 为/是/:/spaces), a LIMIT_ONLY_UNITS duration is a quantity though no limit word stands with it.
 */
export const DURATION_LABELS = [
  '为期', '年限', '期限', '有效期', '保修期', '质保期', '保质期', '服务期', '合同期', '租赁期', '租期', '工期', '使用寿命', '寿命',
  // the periods a notice or a rule sets for the public to see or object, and a new hire's trial
  // (`公示期为20日`, `公告期45日`, `异议期:10个工作日`, `试用期6个月`; fixtures/extract/notice-period-labels)
  '公示期', '公告期', '异议期', '试用期',
] as const;
export const DURATION_LABEL_GAP = 3;
/**
 * A count of years or days reached, as a threshold in a rule (`累计缴费满15年`, `每连续租满1年`, `满30日未缴纳`): right
 * after 满 a LIMIT_ONLY_UNITS duration is a quantity (exact, as `满6个月`; `间隔满1年`, `服务期满5年`), never a calendar
 * year (fixtures/extract/reached-durations, fixtures/extract/reached-spans-and-household-sizes).
 */
export const DURATION_REACH_WORDS = ['满'] as const;

/** Every unit, one table. */
export const UNITS: readonly string[] = [
  ...COUNT_UNITS,
  ...COMPOUND_COUNT_UNITS,
  ...TIME_UNITS,
  ...MONEY_UNITS,
  ...RATIO_UNITS,
  ...PHYSICAL_UNITS,
  ...Object.keys(MEASUREMENT_UNIT_FORMS),
  ...RATE_UNITS,
  ...Object.keys(LIMIT_ONLY_UNITS),
];

/**
 * The currency named in words: after a unit it stays in the mention (`34.32万亿元人民币`); before an
 * amount, after a linking word, it leaves the label with that word (`交易限值为人民币5000元` → `交易限值`).
 */
export const UNIT_APPOSITIONS = ['人民币'] as const;
/** What a unit of mass or energy measures, written after it in a table's header (`能源消费量(万吨标准煤)`): the unit still. */
export const UNIT_MATERIALS: readonly string[] = ['标准煤', '标煤', '油当量'];

/**
 * The mark closing a money amount as contracts and award notices write it (`人民币壹佰贰拾万元整`, `1200000元整`):
 * outside `raw` (the number and its unit), and no word of the label.
 */
export const AMOUNT_CLOSING_MARK = '整';

/** Time units: a time frame word before them (`连续3个月`, `时隔2天`) makes a frame, not a metric. */
export const TIME_UNIT_SET: ReadonlySet<string> = new Set([...TIME_UNITS, ...Object.keys(LIMIT_ONLY_UNITS)]);

/**
 * Words that begin with a unit character but are words of their own: `3部门` is not 3 部,
 * `2项目` is not 2 项. A unit is refused where the text at its position starts with one of these.
 */
export const UNIT_BLOCKERS = [
  '部门', '部委', '部件', '部署', '部分', '单位', '单一', '发展', '发布', '发现', '发生', '发挥', '名单', '名称',
  '名录', '位于', '位居', '位列', '期间', '期限', '期货', '场所', '场地', '条件', '条例', '条款', '只是',
  '只有', '只能', '台湾', '处理', '处置', '处级', '项目', '项下', '批准', '批复', '次数', '人员', '人民',
  '人才', '人士', '家庭', '家族', '票据', '列入', '天然', '天津', '所属', '所有', '所在', '所得', '周年',
  '轮流', '支持', '支付', '支撑', '把握', '例如', '起来', '起草', '种类', '头部', '本级', '本地', '座谈',
  '户籍', '块状', '包括', '包装', '套餐', '元素', '克服', '米面', '年度', '年均', '年底', '年初', '年末', '年代',
  '枝干', '枝条', '枝叶', '丛林', '丛书', '盆地', '盆景',
  // a sum of money (`3笔款项`, `拨付款项`): no count of models
  '款项',
  // a building's unit (`3号楼1单元`): an address, not 1 单
  '单元',
  '年来', '年间', '年前', '日期', '日常', '日本', '日益', '日起', '日前',
  // 度 of a verb or a holiday (`200万度过难关`, `300万度假游客`)
  '度过', '度假',
  // 幅度, an extent, is no count of pictures
  '幅度',
  // a term's expiry (`第3届满`: 届满, expires), no count of editions
  '届满',
] as const;

/**
 * Measure words that, after a Chinese numeral, name a grade or a phase rather than count:
 * `二类动物疫病` (Class II), `一期工程`. After Arabic digits they count (`69类`, `4期`).
 */
export const GRADE_UNITS: ReadonlySet<string> = new Set(['类', '期', '届']);
/**
 * Measure words that, after digits, name a cohort, a term or an edition (`2023届毕业生`, `23届`, `14届全国人大`,
 * `第31届、32届`), and count editions only after a verb of holding them in the number's clause (EDITION_VERBS, at
 * most EDITION_VERB_REACH characters before the number: `至今已举办5届`, `连续举办了3届`, `连续3届获评`).
 */
export const COHORT_UNITS: ReadonlySet<string> = new Set(['届']);
export const EDITION_VERBS: readonly string[] = ['举办', '举行', '召开', '承办', '主办', '开展', '连续'];
export const EDITION_VERB_REACH = 6;
/**
 * The word that closes a list before its count (`知识竞答、微展览、视频微课等三类作品`, `企业和学校等两类主体`): after it a
 * grade word counts the kinds just listed, no class (blind29, a moe.gov.cn notice; fixtures/extract/grade-after-list).
 */
export const LIST_CLOSE_WORDS: readonly string[] = ['等'];
/** What parts the items of such a list, and what may join its last one (`食品、化妆品和药品等三类`, `企业和学校等两类`). */
export const LIST_ITEM_MARK = '、';
export const LAST_ITEM_JOINERS: readonly string[] = ['和', '与'];

/**
 * A unit may be followed by an alternative unit in parentheses, kept in `raw` and dropped from
 * `unit`: `3.9万艘(架)` → unit `艘`.
 */
export const ALTERNATIVE_UNIT_OPEN = '(';
export const ALTERNATIVE_UNIT_CLOSE = ')';

/**
 * Units that may stand after one space (`28.1 %`, `3.5 吨`, `12 ℃`; a no-break space is folded to a
 * space by normalise): symbols and units of measure, which pages set apart from their number. A
 * measure word after a space (`序号 1 单位`) is more often a flattened table's next cell, so counts
 * are not read across a space.
 */
export const UNITS_AFTER_SPACE: readonly string[] = [
  ...MONEY_UNITS,
  ...RATIO_UNITS,
  ...PHYSICAL_UNITS,
  ...Object.keys(MEASUREMENT_UNIT_FORMS).filter((u) => !(MAGNITUDE_ONLY_UNITS as readonly string[]).includes(u)),
  ...RATE_UNITS,
];
/**
 * Currency symbols written before an amount (`$1,530`, `US$2.5亿`, `￥300`, `HK$1,200万`), each with
 * the money unit a metric records (MONEY_UNITS' words; `raw` keeps the symbol). Longest symbols are
 * tried first, so `HK$` is never read as `$`. A unit written after the number wins
 * (`￥10618.52 万元` is 元 either way). `¥`/`￥` are yuan, as Chinese pages use them.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  'US$': '美元',
  $: '美元',
  'HK$': '港元',
  '￥': '元',
  '¥': '元',
  '€': '欧元',
  '£': '英镑',
  // ISO codes as declarations and penalty decisions write a declared value (`申报总价为USD 12,345.67`)
  USD: '美元',
  CNY: '元',
  RMB: '元',
  EUR: '欧元',
  HKD: '港元',
  JPY: '日元',
  GBP: '英镑',
};

/**
 * Nouns for people that stand as the measure word after an approximate count in ten-thousands
 * (`20多万华商`, `10余万群众`, `三万余名` needs none): the unit is the noun as written, and only
 * after 余/多 (`20万华商` alone stays unread, as a bare number before a noun would be).
 */
export const PERSON_NOUN_UNITS = [
  '华商', '华侨', '侨胞', '华人', '群众', '居民', '市民', '村民', '农民', '职工', '员工', '工人', '党员', '干部',
  '学生', '游客', '旅客', '观众', '志愿者', '人口', '考生', '教师', '患者', '农户', '农民工', '劳动力',
] as const;

/**
 * Index-like values carry no unit (`综合指数为78.23`, `基尼系数为0.465`, spec: `0.95到1.05`): a
 * number with no unit is read only right after a label ending in one of INDEX_LABEL_ENDS and one
 * of INDEX_COPULAS (`价格总指数为101.8`, `景气指数达102.5`), never bare. Its change, written right
 * after it with no unit or in INDEX_POINT_UNITS (`,较上年提高0.33`, `,比上月回落1.2点`), attaches
 * to it; the value itself may carry one of them too (`满意度评分为92.5分`).
 */
export const INDEX_LABEL_ENDS = [
  '指数', '系数', '得分', '评分', '分值', '指标值', '比值', '比率',
  // the ratios statistics bulletins state bare (`城乡居民收入比为2.22`, `出生人口性别比为105.2`: per 100 girls);
  // 比 alone is a comparison's (`比上年`), never a label's end (`fixtures/extract/index-ratios`)
  '收入比', '性别比',
] as const;
export const INDEX_COPULAS = ['为', '是', '达到', '达', ':'] as const;
/**
 * The base period an index states in brackets between its label and the copula, as price and statistics releases
 * write it (`工业生产者出厂价格指数(2020年=100)为102.5`, `居民消费价格指数(上年=100)为101.8`): the base's name, `=`
 * and its digits; at most INDEX_BASE_NOTE_MAX characters. `fixtures/extract/index-base-notes`
 */
export const INDEX_BASE_NOTE = /\([^()=]{1,8}=\d{1,4}\)/;
export const INDEX_BASE_NOTE_MAX = 15;
export const INDEX_POINT_UNITS = ['点', '分'] as const;
/**
 * Verbs quoting a market's level (the one table of them): `alone`, a verb that quotes an index at its
 * close by itself (`沪指收盘下跌0.89%,收报2929.09点`, `收于10012.35点`); `link`, one that joins a change
 * to the level it closes at (QUOTE_LINKS: `道指跌0.6%报38763.45点`, `涨3个基点报3.948%`). 报 alone is
 * everyday wording (`会议通报3点要求`, `上午报8点前数据`): it quotes a level only right after a market
 * index (MARKET_INDEX_ENDS: `恒指报`, `日经225指数报`) or a change in a change unit or points
 * (`跌0.6%报`), never after a word it ends (通报, 上报, 汇报 … are neither).
 */
export const QUOTE_VERBS: readonly { verb: string; alone: boolean; link: boolean }[] = [
  { verb: '收报', alone: true, link: true },
  { verb: '收于', alone: true, link: false },
  { verb: '报收', alone: true, link: false },
  { verb: '收盘于', alone: true, link: false },
  { verb: '报', alone: false, link: true },
];
/**
 * A number right after a quote verb (QUOTE_VERBS), in INDEX_POINT_UNITS, is the index's level,
 * though no index label stands right before it: the points are required, so `报送3个` or `报告7点`
 * stays unread.
 */
export const INDEX_QUOTE_VERBS: readonly string[] = QUOTE_VERBS.map((v) => v.verb);
/** How a market index's name ends (`道指`, `恒指`, `上证指数`): the subject a bare 报 may quote. */
export const MARKET_INDEX_ENDS = ['指', '指数'] as const;

/**
 * Words that may open a field label's bracketed unit (`成交金额(单位:元):35000`), as well as the bare
 * unit (`投资额(万元):1200`).
 */
export const LABEL_UNIT_INTROS = ['单位:', '单位：', '单位'] as const;

/** The one space that may stand between a number and such a unit. */
export const NUMBER_UNIT_SPACE = ' ';
/**
 * Brackets a unit may stand in right after its number, as form and table cells write an amount
 * (`总价:569800.00(元)`, `预算:36.8(万元)`; fullwidth brackets are folded to these by normalise).
 * Only the units of UNITS_AFTER_SPACE (measures, money, rates) are read so, never a measure word:
 * `第3(二)项` or `附件1(表)` hold no unit, and a count in brackets (`3(个)`) is rarer than a note.
 */
export const BRACKETED_UNIT_OPEN = '(';
export const BRACKETED_UNIT_CLOSE = ')';

/**
 * A list of amounts written with one unit after the last (`分别为755和771元/吨`, `12、15和18家`,
 * `5.2万和2.1万元`; joined by NUMBER_LIST_JOINERS): each bare number takes the last one's magnitude and unit.
 * Only between Arabic numbers, and only for units of SHARED_UNIT_DIMENSIONS: a list of dates or
 * durations (`2023和2024年`, `3、4月`) shares no unit, nor a list of ordinals (`第3、5条`: ORDINAL_PREFIXES).
 */
export const SHARED_UNIT_DIMENSIONS = ['count', 'money', 'physical', 'rate'] as const;

/**
 * Half of something as a rate (`整体通关时间比2017年压缩一半`, `一半以上的企业`): `一半` is 50 %. Only where 半 ends
 * its word: before a Han character other than one of HALF_RATE_FOLLOWERS it opens another word (`一半径`).
 */
export const HALF_RATE = '一半';
export const HALF_RATE_PERCENT = 50;
export const HALF_RATE_FOLLOWERS = '以左的多是为';

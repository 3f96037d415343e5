// Traditional characters the metric reading folds to the simplified forms its tables are written in.
// One character for one character, each in one UTF-16 unit on both sides: the folded view of a text
// has the text's length, so every span read in it is a span of the text (src/stages/extract/reading-view.ts).
import { NUMERAL_VARIANT_FOLDS, TRADITIONAL_NUMERAL_CHARS } from '../../locale/zh/numerals.js';

/**
 * Traditional forms of the words around a number: units (個 is a numeral variant, below; 噸 頃 畝 項
 * 歲 戶 輛 …), qualifier words (超過, 約, 餘, 以內), copulas and change verbs (達到, 增長, 減少, 上漲,
 * 擴大), comparison words (較, 高於) and the clause words labels are cut at (為, 計, 總額). A new
 * character is a row here.
 */
export const TRADITIONAL_FORMS: Readonly<Record<string, string>> = {
  // units and measure words
  噸: '吨', 畝: '亩', 頃: '顷', 項: '项', 歲: '岁', 員: '员', 戶: '户', 條: '条', 張: '张', 輛: '辆', 隻: '只',
  頭: '头', 場: '场', 種: '种', 類: '类', 間: '间', 處: '处', 筆: '笔', 屆: '届', 臺: '台', 時: '时', 鐘: '钟',
  週: '周', 標: '标', 幣: '币', 釐: '厘', 級: '级', 單: '单', 冊: '册', 棟: '栋', 裡: '里', 裏: '里',
  // qualifier words, copulas, change and comparison verbs
  過: '过', 約: '约', 餘: '余', 內: '内', 達: '达', 為: '为', 於: '于', 較: '较', 長: '长', 減: '减',
  漲: '涨', 擴: '扩', 縮: '缩', 佔: '占', 預: '预', 實: '实', 現: '现', 來: '来',
  // words labels and amounts are read with
  計: '计', 額: '额', 總: '总', 產: '产', 進: '进', 貿: '贸', 稅: '税',
};

/** Every character the metric reading folds: the traditional forms above and the numerals' own. */
export const READING_FOLDS: Readonly<Record<string, string>> = {
  ...TRADITIONAL_FORMS,
  ...Object.fromEntries([...TRADITIONAL_NUMERAL_CHARS].map((c) => [c, NUMERAL_VARIANT_FOLDS[c]!])),
};

import { describe, expect, it } from 'vitest';
import { alternation } from '../../../src/lib/pattern.js';
import { WIDGET_FILLER, WIDGET_WORDS } from '../../../src/rules/zh/boilerplate.js';
import { isWidgetLine, widgetGate } from '../../../src/stages/article/widgets.js';
import { fixtureLines } from './fixture-lines.js';

describe('isWidgetLine', () => {
  it('takes a toolbar with a font reset beside 放大/缩小 as chrome, however it is written (normalised text: ASCII colons)', () => {
    for (const line of ['• 打印  字体: 放大  正常  缩小  分享', '字号:[放大] [正常] [缩小]', '【放大】【重置】【缩小】【关闭】', '字体:大 标准 小 | 打印本页']) {
      expect(isWidgetLine(line), line).toBe(true);
    }
  });

  it('takes a scan line that ends in 当前页面 or 本页 as chrome', () => {
    for (const line of ['扫一扫在手机打开当前页面', '微信扫一扫 在手机打开当前页', '扫一扫在手机上打开本页', '使用微信扫一扫 当前页面 ×']) {
      expect(isWidgetLine(line), line).toBe(true);
    }
  });

  it("takes a government CMS's read-aloud, error-report, feedback and A+ font buttons as chrome", () => {
    for (const line of ['听全文', '• 听全文', 'A+大A+中A+小', 'A+ A- 打印', 'A+ A-', 'A-A+', '内容纠错 |使用帮助| 关于我们| 隐私声明| 网站地图| 网站建议']) {
      expect(isWidgetLine(line), line).toBe(true);
    }
    // negative: a grade or a sentence beside the words stays, and so does a grade alone (a rating table's cell)
    for (const line of ['信用等级A+', '欢迎提出网站建议和意见。', '听全文件解读', 'A+ |', 'A-', 'A+ | A- |']) expect(isWidgetLine(line), line).toBe(false);
  });

  it('does not take a line of the new words alone as chrome: they are weak evidence', () => {
    for (const line of ['正常', '标准', '当前页面', '正常 标准', '简', '繁', '简 | 繁']) expect(isWidgetLine(line), line).toBe(false);
    // beside a strong word the script switch is an accessibility bar
    expect(isWidgetLine('无障碍 | 长者模式 | 简 | 繁 | English')).toBe(true);
    // a skip link alone is chrome; in a sentence it is not
    expect(isWidgetLine('跳转到主要内容')).toBe(true);
    expect(isWidgetLine('点击跳转到正文阅读全文')).toBe(false);
  });

  it('keeps a body line that has one word beside widget words: no unknown word is tolerated', () => {
    // a tolerance of one short unknown word would remove each of these instructions of a notice
    for (const line of ['打印准考证', '下载 申请表', '分享会', '运行正常', '搜索引擎', '扫一扫 报名', '放大 图片', '关闭阀门']) {
      expect(isWidgetLine(line), line).toBe(false);
    }
  });
});

// widgetWords gives a line up at a character no widget word or filler opens with (widgetGate),
// without running either pattern: held to the patterns themselves.
describe('the test before the widget patterns', () => {
  const word = new RegExp(alternation(WIDGET_WORDS), 'y');
  const filler = new RegExp(WIDGET_FILLER.source, 'y');
  const matchesAt = (re: RegExp, s: string, at: number): boolean => {
    re.lastIndex = at;
    return re.test(s);
  };
  it('refuses no character a widget word or a filler opens with, at any position of the fixtures’ lines', () => {
    let refused = 0;
    let seen = 0;
    for (const line of fixtureLines()) {
      for (let at = 0; at < line.length; at++) {
        seen++;
        if (widgetGate.opens(line.charCodeAt(at))) continue;
        refused++;
        expect(matchesAt(word, line, at) || matchesAt(filler, line, at), `${line} @${at}`).toBe(false);
      }
    }
    expect(refused).toBeGreaterThan(seen / 2);
  });
  it('lets through every widget word and filler', () => {
    for (const w of WIDGET_WORDS) expect(widgetGate.opens(w.charCodeAt(0)), w).toBe(true);
    for (const c of ' \t|【】()、×•') expect(widgetGate.opens(c.charCodeAt(0)), c).toBe(true);
  });
});

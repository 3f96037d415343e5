import { describe, expect, it } from 'vitest';
import { isWidgetLine } from '../../../src/stages/article/widgets.js';

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

  it('does not take a line of the new words alone as chrome: they are weak evidence', () => {
    for (const line of ['正常', '标准', '当前页面', '正常 标准']) expect(isWidgetLine(line), line).toBe(false);
  });

  it('keeps a body line that has one word beside widget words: no unknown word is tolerated', () => {
    // a tolerance of one short unknown word would remove each of these instructions of a notice
    for (const line of ['打印准考证', '下载 申请表', '分享会', '运行正常', '搜索引擎', '扫一扫 报名', '放大 图片', '关闭阀门']) {
      expect(isWidgetLine(line), line).toBe(false);
    }
  });
});

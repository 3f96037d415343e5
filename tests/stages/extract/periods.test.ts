// src/rules/zh/periods.ts and refiners/assign-period.ts.
import { describe, expect, it } from 'vitest';
import { extract } from './extract-helpers.js';

const periods = (text: string, period?: string): (string | null)[] => extract(text, period ? { period } : {}).map((m) => m.period);

describe('periods', () => {
  it('reads 全年 as the document period (a 2023 yearbook), else as written', () => {
    expect(periods('全年监管进出口货物总值11997.04亿元', '2023')).toEqual(['2023']);
    expect(periods('全年系统整体可用性达99.9%以上')).toEqual(['全年']);
  });

  it('keeps recurring frames as written', () => {
    expect(periods('涉案率每年控制在0.4%以内')).toEqual(['每年']);
    expect(periods('口岸创建数量年均7个')).toEqual(['年均']);
    expect(periods('5年内累计不少于3个月')).toEqual(['5年内']);
    expect(periods('处级以上干部每2至3年至少接受1次系统理论教育')).toEqual(['每2至3年']);
  });

  it('normalises a target year and a span of years', () => {
    expect(periods('到2025年重点建成2-3个智库实体')).toEqual(['2025']);
    expect(periods('2020—2025年,累计培养人才3000人')).toEqual(['2020-2025']);
  });

  it('lets a year that opens a paragraph frame its sentences, and a colon-led line the next paragraph', () => {
    expect(periods('2024年,完成署级督察4项。召开会议3次。')).toEqual(['2024', '2024']);
    expect(periods('到2010年,海关要努力完成以下主要指标:\n风险管理布控率保持在4%左右。')).toEqual(['2010']);
  });

  it('has no period where none is stated', () => {
    expect(periods('查发大要案51起、增长21.4%')).toEqual([null]);
    expect(periods('全年办结稽查作业356起、核查作业2054起,查发大要案51起', '2023')).toEqual(['2023', '2023', null]);
  });
});

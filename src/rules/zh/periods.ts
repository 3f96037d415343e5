// Period words: what time a value refers to (spec/metrics.md `period`). A year is normalised
// (`到2025年` → `2025`, `2020—2025年` → `2020-2025`); `全年` is the document's period where the
// document states one; recurring and relative frames stay as written (`每年`, `年均`, `5年内`).

import { COUNTING_DIGIT_CHARS } from '../../locale/zh/numerals.js';

/** 一…九, 两 and 十, from the numeral table: what a short count of years or months is written with. */
const SHORT_COUNT = `${COUNTING_DIGIT_CHARS}两十`;

/** The whole year the document reports on. */
export const WHOLE_YEAR = '全年';

/** Frames kept as written, found in the clause before the number (nearest wins). */
export const RECURRING_FRAMES = new RegExp(
  `每\\d{1,2}至\\d{1,2}年|每[${SHORT_COUNT}\\d]{1,2}年|每年|年均|每月|每季度|每周|[\\d${SHORT_COUNT}]{1,2}年内|[\\d${SHORT_COUNT}]{1,2}个月内`,
  'g',
);
/** The longest text RECURRING_FRAMES matches (`每12至15年`): a frame ending a text starts within this many characters of its end. */
export const MAX_RECURRING_FRAME_CHARS = 7;

/**
 * A year or span of years that frames a sentence (`到2010年,`, `2023年,`, `2020—2025年`).
 * Group 1: first year; group 2: last year of a span.
 */
export const YEAR_FRAME = /(?:到|至|截至|截止到|截止)?((?:19|20)\d{2})(?:[—–\-~至到]((?:19|20)\d{2}))?年(?:底|末|前|内)?/g;

/** Characters that end the sentence a sentence-level frame applies to. */
export const SENTENCE_DELIMITERS = '。!?!?\n';

/** A year frame within this many characters of the sentence start frames the whole sentence. */
export const SENTENCE_FRAME_REACH = 8;

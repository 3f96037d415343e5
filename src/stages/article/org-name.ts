// An organisation's name alone (`海关总署`, `某市统计局`, `某县人民政府办公室`): what a notice's
// signature and a newspaper article's byline paragraph name as its issuer.
import { MAX_ISSUER_CHARS, ORG_SUFFIXES } from '../../rules/zh/metadata.js';

/**
 * The name a line gives when it is an organisation's name and nothing else (spaces dropped): Han
 * characters and brackets, 2 to MAX_ISSUER_CHARS of them, ending as an organisation does
 * (ORG_SUFFIXES); null otherwise.
 */
export function orgName(line: string): string | null {
  const name = line.replace(/\s+/g, '');
  return name.length >= 2 && name.length <= MAX_ISSUER_CHARS && /^[\u4e00-\u9fff()()]+$/.test(name) && ORG_SUFFIXES.some((x) => name.endsWith(x)) ? name : null;
}

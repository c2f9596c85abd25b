/**
 * The one definition of the characters people may type into any text field (names, titles,
 * bodies, reasons, notes), used by every form and by cloud code. Pure: no Taro, no Parse.
 *
 * Refused everywhere, because they change how text is shown without being seen: a name with
 * U+202E showed reversed in the staff queue, and zero-width characters make two names look alike.
 * - C0 controls, DEL and C1 controls; a newline (LF, or CR LF) only in multi-line fields;
 * - bidi controls: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069;
 * - zero-width and invisible characters: U+200B–U+200D, U+2060–U+2064, U+FEFF;
 * - line and paragraph separators U+2028, U+2029 (a line break that is not one);
 * - unpaired surrogates (not text at all), private-use characters and noncharacters (no font
 *   shows the same thing for them on every phone).
 * One exception: U+200D between two emoji, which is how phones write 👨‍👩‍👧 or 👩‍⚕️ (a joiner
 * anywhere else is refused).
 *
 * Length counts code points, so a Chinese character or an emoji counts as one (people's count),
 * never the UTF-16 units JavaScript's `length` gives.
 */

export interface TextOptions {
  /** Line breaks allowed (bodies, descriptions); one-line fields (names, titles) refuse them. */
  multiline?: boolean
}

/** True for a code point no text field accepts (a newline only when multiline). */
export function isForbiddenCodePoint(cp: number, multiline = false): boolean {
  if (cp === 0x0a) return !multiline
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return true
  if (cp === 0x061c || cp === 0x200e || cp === 0x200f) return true
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return true
  if ((cp >= 0x200b && cp <= 0x200d) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff) return true
  if (cp === 0x2028 || cp === 0x2029) return true
  if (cp >= 0xd800 && cp <= 0xdfff) return true // only reached by a surrogate without its pair
  if (cp >= 0xe000 && cp <= 0xf8ff) return true
  if (cp >= 0xf0000) return true // planes 15 and 16: private use, and their last two are noncharacters
  if (cp >= 0xfdd0 && cp <= 0xfdef) return true
  return (cp & 0xfffe) === 0xfffe // U+FFFE, U+FFFF, U+1FFFE, … on every plane
}

const ZWJ = 0x200d
const EMOJI = /^\p{Extended_Pictographic}$/u
// What may stand between an emoji and the joiner: variation selector 16 and skin tones.
const EMOJI_TAIL = /^[\u{fe0f}\u{1f3fb}-\u{1f3ff}]$/u

/** True for a joiner inside an emoji sequence: an emoji (maybe with a tail) before, an emoji after. */
function joinsEmoji(chars: string[], i: number): boolean {
  let before = i - 1
  while (before >= 0 && EMOJI_TAIL.test(chars[before])) before--
  return before >= 0 && EMOJI.test(chars[before]) && i + 1 < chars.length && EMOJI.test(chars[i + 1])
}

/** True when the text holds any refused character (see above). A CR LF pair is a newline. */
export function hasForbiddenChars(s: string, opts: TextOptions = {}): boolean {
  const chars = [...(opts.multiline ? s.replace(/\r\n/g, '\n') : s)]
  return chars.some((ch, i) => {
    const cp = ch.codePointAt(0) ?? 0
    return isForbiddenCodePoint(cp, opts.multiline) && !(cp === ZWJ && joinsEmoji(chars, i))
  })
}

/** The length people see: code points, not UTF-16 units. */
export function charCount(s: string): number {
  return [...s].length
}

/** What a field stores: CR LF made LF (multi-line), spaces trimmed at both ends. */
export function normalizeText(s: string, opts: TextOptions = {}): string {
  return (opts.multiline ? s.replace(/\r\n/g, '\n') : s).trim()
}

export interface TextRule extends TextOptions {
  max: number
  /** Fewest characters after trimming (default 1 when required). */
  min?: number
  required?: boolean
}

export type TextProblem = 'missing' | 'type' | 'chars' | 'short' | 'long'
export type TextCheck = { ok: true; value: string } | { ok: false; problem: TextProblem }

/**
 * Checks one field: absent, null or blank is '' (or 'missing' when required); refused characters
 * are looked for before trimming, so a zero-width space at the end is refused, not silently kept.
 */
export function checkText(v: unknown, rule: TextRule): TextCheck {
  if (v === undefined || v === null) return rule.required ? { ok: false, problem: 'missing' } : { ok: true, value: '' }
  if (typeof v !== 'string') return { ok: false, problem: 'type' }
  if (hasForbiddenChars(v, rule)) return { ok: false, problem: 'chars' }
  const value = normalizeText(v, rule)
  if (!value) return rule.required ? { ok: false, problem: 'missing' } : { ok: true, value: '' }
  const n = charCount(value)
  if (rule.min !== undefined && n < rule.min) return { ok: false, problem: 'short' }
  if (n > rule.max) return { ok: false, problem: 'long' }
  return { ok: true, value }
}

/** The sentence for a field with refused characters, named as the form names it. */
export function unreadableMessage(label: string): string {
  return `${label}里有无法识别的字符。`
}

/** The Chinese sentence for a failed check of the field `label` (e.g. 姓名). */
export function textMessage(label: string, problem: TextProblem, rule: TextRule): string {
  switch (problem) {
    case 'missing':
      return `请填写${label}。`
    case 'type':
      return `${label}请填写文字。`
    case 'chars':
      return unreadableMessage(label)
    case 'short':
      return `${label}至少${rule.min}个字。`
    case 'long':
      return `${label}最多${rule.max}个字。`
  }
}

/** True for text of 1..max characters without refused characters (what a cloud field option needs). */
export function isCleanText(v: unknown, max: number, opts: TextOptions = {}): boolean {
  return checkText(v, { ...opts, max, required: true }).ok
}

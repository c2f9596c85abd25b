/**
 * WXML well-formedness. WeChat's WXML compiler (wcc) is not shipped in miniprogram-ci (its
 * wasm build is referenced but absent), so getCompiledResult passes WXML through unparsed and an
 * unclosed tag would only surface in DevTools or on upload. This is the XML-level part of what
 * wcc checks: every tag closed in order, attributes quoted, `{{ }}` balanced.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Report } from './report'

export interface WxmlProblem {
  file: string
  line: number
  message: string
}

function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** Problems in one WXML source; empty when well formed. */
export function wxmlProblems(file: string, text: string): WxmlProblem[] {
  const problems: WxmlProblem[] = []
  const stack: Array<{ name: string; at: number }> = []
  const problem = (at: number, message: string) => problems.push({ file, line: lineAt(text, at), message })
  let i = 0
  while (i < text.length && problems.length < 5) {
    if (text.startsWith('{{', i)) {
      const end = text.indexOf('}}', i + 2)
      if (end < 0) {
        problem(i, 'unclosed {{')
        break
      }
      i = end + 2
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4)
      if (end < 0) {
        problem(i, 'unclosed comment')
        break
      }
      i = end + 3
    } else if (text.startsWith('</', i)) {
      const m = /^<\/([A-Za-z][\w-]*)\s*>/.exec(text.slice(i, i + 200))
      if (!m) {
        problem(i, 'malformed closing tag')
        break
      }
      const open = stack.pop()
      if (!open) problem(i, `</${m[1]}> closes nothing`)
      else if (open.name !== m[1]) problem(i, `</${m[1]}> closes <${open.name}> opened on line ${lineAt(text, open.at)}`)
      i += m[0].length
    } else if (text[i] === '<' && /[A-Za-z]/.test(text[i + 1] ?? '')) {
      const start = i
      const name = /^<([A-Za-z][\w-]*)/.exec(text.slice(i, i + 100))?.[1] ?? ''
      i += name.length + 1
      let selfClosed = false
      let closed = false
      while (i < text.length) {
        const c = text[i]
        if (c === '"' || c === "'") {
          const end = text.indexOf(c, i + 1)
          if (end < 0) break
          i = end + 1
        } else if (c === '/' && text[i + 1] === '>') {
          selfClosed = closed = true
          i += 2
          break
        } else if (c === '>') {
          closed = true
          i++
          break
        } else if (c === '<') {
          break
        } else i++
      }
      if (!closed) {
        problem(start, `<${name}> is never closed with > (unquoted attribute or stray <?)`)
        break
      }
      if (selfClosed) continue
      if (name === 'wxs') {
        // Inline WXS is script: its `<` are operators, not tags.
        const end = text.indexOf('</wxs>', i)
        if (end < 0) problem(start, '<wxs> without </wxs>')
        i = end < 0 ? text.length : end + '</wxs>'.length
        continue
      }
      stack.push({ name, at: start })
    } else i++
  }
  for (const open of stack.slice(0, 5 - problems.length)) problem(open.at, `<${open.name}> is never closed`)
  return problems
}

function listWxml(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...listWxml(path.join(dir, entry.name), rel))
    else if (entry.name.endsWith('.wxml')) out.push(rel)
  }
  return out
}

export function checkWxml(report: Report, distDir: string): void {
  const files = listWxml(distDir)
  const problems = files.flatMap((f) => wxmlProblems(f, fs.readFileSync(path.join(distDir, f), 'utf8')))
  report.check(
    'c. WXML well formed (own parser: wcc is not in miniprogram-ci)',
    files.length > 0 && problems.length === 0,
    problems.length ? problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('; ') : `${files.length} WXML files, every tag closed in order`,
  )
}

/** Builds a Taro target when its output is missing or older than its sources. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '../..')
const SOURCES = ['src', 'config', 'types', 'babel.config.js', 'package.json', 'project.config.json']

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0
  const stat = fs.statSync(p)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)))
  return newest
}

export type Target = 'weapp' | 'h5'

const MARKER: Record<Target, string> = { weapp: 'app.json', h5: 'index.html' }

/** Why the target needs a build, or null when its output is current. */
export function staleReason(target: Target): string | null {
  const out = path.join(ROOT, 'dist', target, MARKER[target])
  if (!fs.existsSync(out)) return `dist/${target} 不存在`
  const built = fs.statSync(out).mtimeMs
  const changed = SOURCES.find((s) => newestMtime(path.join(ROOT, s)) > built)
  return changed ? `${changed} 在上次构建之后有改动` : null
}

/** Runs `taro build --type <target>` when needed; throws when the build fails. */
export function ensureBuilt(target: Target, log: (line: string) => void = console.log): boolean {
  const reason = staleReason(target)
  if (!reason) return false
  log(`正在构建 ${target}（${reason}）…`)
  const taro = path.join(ROOT, 'node_modules', '.bin', 'taro')
  const res = spawnSync(taro, ['build', '--type', target], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } })
  if (res.status !== 0) {
    process.stderr.write(res.stdout)
    process.stderr.write(res.stderr)
    throw new Error(`taro build --type ${target} failed (exit ${res.status})`)
  }
  // Taro may keep old mtimes on unchanged files: mark the build's time on its entry file.
  const marker = path.join(ROOT, 'dist', target, MARKER[target])
  const now = new Date()
  fs.utimesSync(marker, now, now)
  return true
}

/** Package sizes of a weapp build as WeChat limits them: the main package and the whole app. */
import fs from 'node:fs'
import path from 'node:path'
import { isRecord } from './values'

/** WeChat's limits: 2 MB for the main package (and each subpackage), 20 MB for all packages. */
export const MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024
export const TOTAL_LIMIT = 20 * 1024 * 1024

export interface PackageSizes {
  mainBytes: number
  totalBytes: number
  /** Bytes per subpackage root (e.g. `packageA/`). */
  subpackages: Record<string, number>
  fileCount: number
}

function listFiles(dir: string, prefix = ''): Array<{ rel: string; bytes: number }> {
  const out: Array<{ rel: string; bytes: number }> = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    const abs = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listFiles(abs, rel))
    else if (entry.isFile()) out.push({ rel, bytes: fs.statSync(abs).size })
  }
  return out
}

/** Subpackage roots declared in app.json, each ending in `/`. Both spellings are valid WeChat config. */
export function subpackageRoots(appJson: Record<string, unknown>): string[] {
  const lists: unknown[] = [appJson.subPackages, appJson.subpackages]
  return lists
    .flatMap((list): unknown[] => (Array.isArray(list) ? list : []))
    .map((p) => (isRecord(p) && typeof p.root === 'string' ? p.root.replace(/^\.?\//, '') : ''))
    .filter((root) => root !== '')
    .map((root) => (root.endsWith('/') ? root : `${root}/`))
}

/**
 * Every file of the build counts: main is whatever is not under a subpackage root. WeChat's
 * packer drops a few extensions it does not upload (the *.LICENSE.txt files), so this is a
 * slight over-estimate, which is the safe side of a limit.
 */
export function measurePackages(distDir: string): PackageSizes {
  const appJson: unknown = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8'))
  const roots = isRecord(appJson) ? subpackageRoots(appJson) : []
  const sizes: PackageSizes = { mainBytes: 0, totalBytes: 0, subpackages: Object.fromEntries(roots.map((r) => [r, 0])), fileCount: 0 }
  for (const { rel, bytes } of listFiles(distDir)) {
    sizes.totalBytes += bytes
    sizes.fileCount++
    const root = roots.find((r) => rel.startsWith(r))
    if (root) sizes.subpackages[root] += bytes
    else sizes.mainBytes += bytes
  }
  return sizes
}

/**
 * `npm run test:weapp`: the WeChat build, checked without WeChat DevTools.
 *   a. app.json against src/app.config.ts, every page's files, the privacy switch, no `process`;
 *   b. package sizes against WeChat's 2 MB main / 20 MB total limits;
 *   c. WeChat's own compiler, dependency analysis and code-quality checks (miniprogram-ci, offline),
 *      plus a WXML well-formedness pass that miniprogram-ci cannot do;
 *   d. the built home page run in a stand-in WeChat, asserting on its setData.
 * Builds dist/weapp first when it is missing or older than its sources.
 * `--dist <dir>` (or WEAPP_DIST) checks another weapp build as is, without building.
 * Prints one ✓/✗ line per check and ends with `N passed, N failed`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ensureBuilt, ROOT, staleReason } from '@scripts/lib/build'
import { checkAppJson, checkNoNodeGlobals } from './lib/app-json'
import { checkHomePage } from './lib/home-page'
import { errorText, pct, Report } from './lib/report'
import { MAIN_PACKAGE_LIMIT, measurePackages, TOTAL_LIMIT } from './lib/sizes'
import { checkWithWechatCi } from './lib/wechat-ci'
import { checkWxml } from './lib/wxml'

function distFromArgs(): string | undefined {
  const i = process.argv.indexOf('--dist')
  const given = i >= 0 ? process.argv[i + 1] : process.env.WEAPP_DIST
  return given ? path.resolve(given) : undefined
}

function checkSizes(report: Report, distDir: string): void {
  const sizes = measurePackages(distDir)
  report.check(
    'b. main package under 2 MB',
    sizes.mainBytes < MAIN_PACKAGE_LIMIT,
    `${sizes.mainBytes} bytes = ${pct(sizes.mainBytes, MAIN_PACKAGE_LIMIT)} of ${MAIN_PACKAGE_LIMIT} (${sizes.fileCount} files)`,
  )
  const subs = Object.entries(sizes.subpackages)
  const bigSub = subs.filter(([, bytes]) => bytes >= MAIN_PACKAGE_LIMIT)
  report.check(
    'b. all packages under 20 MB',
    sizes.totalBytes < TOTAL_LIMIT && bigSub.length === 0,
    `${sizes.totalBytes} bytes = ${pct(sizes.totalBytes, TOTAL_LIMIT)} of ${TOTAL_LIMIT}; ${subs.length ? subs.map(([root, bytes]) => `${root} ${bytes} bytes`).join(', ') : 'no subpackages'}${bigSub.length ? ' (a subpackage is over 2 MB)' : ''}`,
  )
}

async function main(): Promise<number> {
  const report = new Report()
  let distDir = distFromArgs()
  if (distDir) {
    console.log(`Checking the weapp build in ${path.relative(ROOT, distDir) || distDir} as is (no build).`)
  } else {
    distDir = path.join(ROOT, 'dist', 'weapp')
    const stale = staleReason('weapp')
    try {
      if (stale) console.log(`Building dist/weapp first: ${stale}.`)
      const built = ensureBuilt('weapp')
      report.pass('build: npm run build:weapp', built ? 'built dist/weapp' : 'dist/weapp is newer than src/, config/ and the build settings: not rebuilt')
    } catch (err) {
      report.fail('build: npm run build:weapp', errorText(err))
      return finish(report)
    }
  }
  if (!fs.existsSync(path.join(distDir, 'app.json'))) {
    report.fail('build output', `${distDir}/app.json does not exist`)
    return finish(report)
  }

  // Each group guards itself: one broken check must not hide the others.
  const groups: Array<[string, () => Promise<void> | void]> = [
    ['a', () => checkAppJson(report, distDir, path.join(ROOT, 'src', 'app.config.ts'))],
    ['a', () => checkNoNodeGlobals(report, distDir)],
    ['b', () => checkSizes(report, distDir)],
    ['c', () => checkWithWechatCi(report, distDir, path.join(ROOT, 'test', 'weapp-ci', 'package.json'))],
    ['c', () => checkWxml(report, distDir)],
    ['d', () => checkHomePage(report, distDir)],
  ]
  for (const [label, run] of groups) {
    try {
      await run()
    } catch (err) {
      report.fail(`${label}. (check crashed)`, errorText(err))
    }
  }
  return finish(report)
}

function finish(report: Report): number {
  console.log(report.summary())
  return report.failed ? 1 : 0
}

// A promise that never settles would let Node exit 0 without a summary: count that as a failure.
process.on('beforeExit', () => {
  console.log('✗ checker: stopped before finishing (a step never settled)')
  console.log('0 passed, 1 failed')
  process.exit(1)
})

main().then(
  // Exit explicitly: miniprogram-ci's analyser leaves a file watcher open that would keep Node alive.
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err)
    console.log('0 passed, 1 failed')
    process.exit(1)
  },
)

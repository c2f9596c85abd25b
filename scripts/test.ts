/**
 * `npm test`: everything the project promises, checked, in one run:
 * types, lint (layers, aliases, no `any`), unit, integration (real server + PostgreSQL), the WeChat build with WeChat's own
 * compiler checks, and end-to-end journeys in Chromium against the H5 build.
 * Every step runs even when an earlier one failed, so one run shows everything broken.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from './lib/build'

interface StepResult {
  name: string
  passed: number
  failed: number
  seconds: number
  /** What the counts are, when they are not tests (e.g. lint: files checked and problems). */
  detail?: string
}

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)

function run(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } })
    let output = ''
    const tee = (chunk: Buffer) => {
      output += chunk.toString()
      process.stdout.write(chunk)
    }
    child.stdout.on('data', tee)
    child.stderr.on('data', tee)
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

/** The counts a step's own runner printed; a step that crashed before counting is one failure. */
function countsFrom(output: string, code: number): { passed: number; failed: number } {
  const plain = [...output.matchAll(/^(?:\w+: )?(\d+) passed, (\d+) failed/gm)].pop()
  if (plain) return { passed: Number(plain[1]), failed: Number(plain[2]) + (code !== 0 && plain[2] === '0' ? 1 : 0) }
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }
}

async function jestStep(name: string, project: string, extra: string[] = []): Promise<StepResult> {
  const t0 = Date.now()
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-jest-')), 'result.json')
  const { code } = await run(bin('jest'), ['--selectProjects', project, '--json', `--outputFile=${out}`, ...extra])
  let passed = 0
  let failed = code === 0 ? 0 : 1
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number }
    passed = r.numPassedTests
    // A suite that failed to load has no failed tests but a non-zero exit: still a failure.
    failed = r.numFailedTests || (code === 0 ? 0 : 1)
    if (r.numTotalTests === 0) failed = Math.max(failed, 1)
  }
  return { name, passed, failed, seconds: (Date.now() - t0) / 1000 }
}

async function commandStep(name: string, cmd: string, args: string[]): Promise<StepResult> {
  const t0 = Date.now()
  const { code, output } = await run(cmd, args)
  return { name, ...countsFrom(output, code), seconds: (Date.now() - t0) / 1000 }
}

interface LintResult {
  filePath: string
  errorCount: number
  warningCount: number
  messages: Array<{ ruleId: string | null; line?: number; column?: number; message: string }>
}

/** ESLint on the whole repository: passed = files with no problem, failed = problems (errors and warnings). */
async function lintStep(name: string): Promise<StepResult> {
  const t0 = Date.now()
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-lint-')), 'result.json')
  const { code } = await run(bin('eslint'), ['.', '--format', 'json', '--output-file', out])
  const seconds = (Date.now() - t0) / 1000
  if (!fs.existsSync(out)) return { name, passed: 0, failed: 1, seconds, detail: `eslint exited ${code} before checking` }
  const results = JSON.parse(fs.readFileSync(out, 'utf8')) as LintResult[]
  let problems = 0
  for (const r of results) {
    for (const m of r.messages) console.log(`${path.relative(ROOT, r.filePath)}:${m.line ?? 0}:${m.column ?? 0}  ${m.message}  (${m.ruleId ?? 'parse error'})`)
    problems += r.errorCount + r.warningCount
  }
  const clean = results.filter((r) => r.errorCount + r.warningCount === 0).length
  const failed = problems || (code === 0 ? 0 : 1)
  console.log(`lint: ${results.length} files checked, ${problems} problems\n${clean} passed, ${failed} failed`)
  return { name, passed: clean, failed, seconds, detail: `${results.length} files checked, ${problems} problems` }
}

async function main(): Promise<void> {
  const steps: Array<() => Promise<StepResult>> = [
    () => commandStep('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
    () => lintStep('lint (eslint: layers, aliases, no any)'),
    () => jestStep('unit (jest)', 'unit'),
    () => jestStep('integration (jest, real server + PostgreSQL)', 'integration', ['--runInBand']),
    () => commandStep('weapp build + WeChat compiler checks', bin('tsx'), ['test/weapp/check.ts']),
    () => commandStep('end to end (Playwright + Chromium on H5)', bin('tsx'), ['test/e2e/run.ts']),
  ]
  const results: StepResult[] = []
  for (const step of steps) {
    const r = await step()
    results.push(r)
    console.log(`\n── ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(0)} s)${r.detail ? `: ${r.detail}` : ''}\n`)
  }
  console.log('\n测试汇总 / summary')
  for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name.padEnd(48)} ${String(r.passed).padStart(4)} passed  ${r.failed} failed  ${r.seconds.toFixed(0)} s${r.detail ? `  (${r.detail})` : ''}`)
  const passed = results.reduce((n, r) => n + r.passed, 0)
  const failed = results.reduce((n, r) => n + r.failed, 0)
  console.log(`${passed} passed, ${failed} failed`)
  process.exitCode = failed ? 1 : 0
}

void main()

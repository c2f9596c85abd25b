/**
 * End-to-end: the H5 build served by the real server (fresh embedded PostgreSQL, demo seed),
 * driven in Debian's Chromium through playwright-core. `npm run test:e2e`.
 */
import './env'
import type { Browser } from 'playwright-core'
import { Api } from './api'
import { ensureBuilt, staleReason } from '@scripts/lib/build'
import { cjkFontMissing, launchBrowser, Runner, spawnServer, startServer, type ServerProcess, type TestServer } from './harness'
import { runJourneys, type JourneyEnv } from './journeys'
import { runFreshServerJourneys, runResidentJourneys } from './journeys-residents'
import { runNoticeJourneys } from './journeys-notices'
import { runHelpJourneys } from './journeys-help'
import { runNotifyJourneys } from './journeys-notify'
import { runActivityJourneys } from './journeys-activities'
import { runWelfareJourneys } from './journeys-welfare'
import { runProblemJourneys } from './journeys-problems'

/**
 * Past this the run is stuck, not slow (the build is not counted; two servers and every journey
 * are). Generous: a loaded 2-core CI machine takes over 300 s for what takes 150 s when idle.
 */
const WATCHDOG_MS = 600_000

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function main(): Promise<number> {
  const runner = new Runner()
  const timings: string[] = []
  const timed = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const start = Date.now()
    const value = await fn()
    timings.push(`${label} ${seconds(Date.now() - start)}`)
    return value
  }
  let server: TestServer | null = null
  // A second, fresh server for the journeys that need the demo data as seeded (journeys-residents.ts).
  let freshServer: Promise<ServerProcess> | null = null
  let browser: Browser | null = null
  let cleaning: Promise<void> | null = null
  const cleanUp = (): Promise<void> =>
    (cleaning ??= (async () => {
      await browser?.close().catch((err: unknown) => runner.fail('closing Chromium', err))
      await server?.stop().catch((err: unknown) => runner.fail('stopping the server', err))
      const fresh = await freshServer?.catch(() => null)
      await fresh?.stop().catch((err: unknown) => runner.fail('stopping the second server', err))
    })())
  const abort = (why: string) => {
    runner.fail(why, 'stopped before the journeys finished')
    void cleanUp().finally(() => {
      console.log(`${runner.passed} passed, ${runner.failed} failed`)
      process.exit(1)
    })
  }
  process.once('SIGINT', () => abort('interrupted (SIGINT)'))
  process.once('SIGTERM', () => abort('terminated (SIGTERM)'))

  const started = Date.now()
  try {
    // The same freshness rule as npm start and the weapp checks (scripts/lib/build.ts).
    if (staleReason('h5')) await timed('build', async () => void ensureBuilt('h5'))
    else console.log('dist/h5 is up to date with its sources')
    const watchdog = setTimeout(() => abort(`the run took longer than ${seconds(WATCHDOG_MS)}`), WATCHDOG_MS)
    watchdog.unref()
    // The second server boots in its own process meanwhile; it is first needed after journey 9.
    const spawning = spawnServer()
    freshServer = spawning
    spawning.catch(() => undefined)
    const running = await timed('boot', () => startServer((line) => console.log(`  server: ${line}`)))
    server = running
    console.log(`server on ${running.url} (data in ${running.dataDir})`)
    const noFont = cjkFontMissing()
    if (noFont) console.log(`warning: ${noFont}`)
    browser = await timed('chromium', launchBrowser)
    const env: JourneyEnv = {
      runner,
      browser,
      baseUrl: running.url,
      api: new Api(running.url, running.booted.config.appId),
      pool: running.booted.server.pool,
    }
    const journeysStart = Date.now()
    await runJourneys(env)
    await runResidentJourneys(env)
    await runNoticeJourneys(env)
    await runHelpJourneys(env)
    await runNotifyJourneys(env)

    await runActivityJourneys(env)

    await runWelfareJourneys(env)

    await runProblemJourneys(env)
    timings.push(`journeys ${seconds(Date.now() - journeysStart)}`)
    const second = await timed('second server', () => spawning)
    console.log(`second server on ${second.url} (data in ${second.dataDir})`)
    const freshStart = Date.now()
    await runFreshServerJourneys({ runner, browser, baseUrl: second.url, api: new Api(second.url, second.appId) })
    timings.push(`journeys on it ${seconds(Date.now() - freshStart)}`)
    clearTimeout(watchdog)
  } catch (err) {
    runner.fail('setup', err)
  } finally {
    await timed('teardown', cleanUp)
  }
  console.log(`timings: ${timings.join(', ')}, total ${seconds(Date.now() - started)}`)
  console.log(`${runner.passed} passed, ${runner.failed} failed`)
  return runner.failed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err)
    console.log('0 passed, 1 failed')
    process.exit(1)
  },
)

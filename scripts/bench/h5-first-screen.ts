/**
 * The H5 app's first screen as a phone on a mobile network meets it: the JavaScript it loads
 * before the signed-out home page shows 欢迎来到同心社区, raw and as the server sends it
 * (compressed), and the time to that text with the CPU slowed 4× and a "Fast 3G"-like network
 * (Chrome DevTools' preset: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up).
 *
 * It drives Debian's Chromium (the e2e browser) against the real server serving dist/h5, so
 * the bytes are what compression and the build really produce, not an estimate.
 */
import { launchBrowser, phoneContext } from '@test/e2e/harness'

export interface FirstScreen {
  /** JavaScript files the first screen loaded. */
  scripts: number
  /** Their decoded size. */
  rawBytes: number
  /** What crossed the wire for them (compressed by the server). */
  wireBytes: number
  /** The encoding the server chose, e.g. br or gzip (the most used one). */
  encoding: string
  /** Navigation start to the first visible text, slowed CPU and network. */
  firstTextMs: number
}

const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }
const CPU_SLOWDOWN = 4

/** Loads appUrl (the server's H5 root) once cold and measures its first screen. */
export async function measureFirstScreen(appUrl: string): Promise<FirstScreen> {
  const browser = await launchBrowser()
  try {
    const context = await phoneContext(browser, appUrl)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', NETWORK)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })

    const scripts = new Map<string, { encoding: string; wire: number; raw: number }>()
    cdp.on('Network.responseReceived', (e: { requestId: string; type: string; response: { headers: Record<string, string> } }) => {
      if (e.type !== 'Script') return
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]))
      scripts.set(e.requestId, { encoding: headers['content-encoding'] ?? 'identity', wire: 0, raw: 0 })
    })
    cdp.on('Network.dataReceived', (e: { requestId: string; dataLength: number }) => {
      const s = scripts.get(e.requestId)
      if (s) s.raw += e.dataLength
    })
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      const s = scripts.get(e.requestId)
      if (s) s.wire = e.encodedDataLength
    })

    const t0 = Date.now()
    await page.goto(appUrl, { waitUntil: 'commit' })
    await page.getByText('欢迎来到同心社区', { exact: true }).first().waitFor({ state: 'visible', timeout: 120_000 })
    const firstTextMs = Date.now() - t0
    const list = [...scripts.values()]
    const encodings = new Map<string, number>()
    for (const s of list) encodings.set(s.encoding, (encodings.get(s.encoding) ?? 0) + 1)
    const encoding = [...encodings.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'none'
    await context.close()
    return {
      scripts: list.length,
      rawBytes: list.reduce((n, s) => n + s.raw, 0),
      wireBytes: list.reduce((n, s) => n + s.wire, 0),
      encoding,
      firstTextMs,
    }
  } finally {
    await browser.close()
  }
}

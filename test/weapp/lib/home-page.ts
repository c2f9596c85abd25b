/**
 * Check d: the built home page renders the signed-out state in a stand-in WeChat.
 *
 * What it proves: the shipped bundle (not the sources) loads in a WeChat-like global scope
 * without Node's globals; App() and Page() are registered; the app's launch restores the
 * session from wx storage (empty, so signed out) through Taro's wx API wrappers; React renders
 * through Taro's runtime into the page's setData, and the data WeChat would hand to the view
 * layer holds 欢迎来到同心社区 with its 登录 button, with no request sent and no error logged.
 * Tapping 登录 reaches wx.navigateTo('/pages/login/index') through Taro's event handler `eh`.
 * What it does not prove: WXML rendering, styles, or components deeper than the page's setData
 * (see wechat-sandbox.ts); those need WeChat DevTools.
 */
import { errorText, type Report } from './report'
import { isRecord } from './values'
import { tappableNodeNames, WechatSandbox, waitFor, type PageHandle } from './wechat-sandbox'

const HOME = 'pages/index/index'
const WELCOME = '欢迎来到同心社区'
const SIGN_IN = '登录'
const RENDER_TIMEOUT_MS = 5_000

interface Outcome {
  ok: boolean
  reason: string
  sandbox: WechatSandbox
  page?: PageHandle
  missingGlobal?: string
}

async function renderHome(distDir: string, extraGlobals?: Record<string, unknown>): Promise<Outcome> {
  const sandbox = new WechatSandbox({ distDir, storage: {}, extraGlobals })
  let page: PageHandle
  try {
    sandbox.launch(HOME)
    page = sandbox.open(HOME)
  } catch (err) {
    const message = errorText(err)
    const missingGlobal = /^(\w+) is not defined$/.exec(message)?.[1]
    return { ok: false, reason: `threw while loading: ${message}`, sandbox, missingGlobal }
  }
  const rendered = await waitFor(() => page.texts().includes(WELCOME) || sandbox.errors.length > 0, RENDER_TIMEOUT_MS)
  const texts = page.texts()
  if (!rendered || !texts.includes(WELCOME)) {
    const shown = texts.length ? `it shows ${JSON.stringify(texts.slice(0, 6))}` : `no text after ${page.patches.length} setData calls`
    return { ok: false, reason: `${WELCOME} not rendered: ${shown}${sandbox.errors.length ? `; errors: ${sandbox.errors.join(' | ')}` : ''}`, sandbox, page }
  }
  return { ok: true, reason: '', sandbox, page }
}

export async function checkHomePage(report: Report, distDir: string): Promise<void> {
  const name = 'd. home page renders signed-out in a stand-in WeChat'
  const rejections: string[] = []
  const onRejection = (reason: unknown) => void rejections.push(errorText(reason))
  process.on('unhandledRejection', onRejection)
  try {
    const outcome = await renderHome(distDir)
    const { sandbox, page } = outcome
    if (!outcome.ok || !page) {
      report.fail(name, outcome.reason)
      if (outcome.missingGlobal) await diagnose(report, distDir, outcome.missingGlobal)
      return
    }

    const texts = page.texts()
    const storageReads = sandbox.callsOf('getStorageSync').map((c) => String(c.args[0]))
    const requests = sandbox.callsOf('request')
    const problems = [
      storageReads.length === 0 ? 'the session was never looked up in wx storage' : '',
      !texts.includes(SIGN_IN) ? `no ${SIGN_IN} button` : '',
      texts.includes('正在登录…') ? 'still shows 正在登录…' : '',
      requests.length ? `sent ${requests.length} request(s) while signed out: ${requests.map((r) => (isRecord(r.args[0]) ? String(r.args[0].url) : '?')).join(', ')}` : '',
      sandbox.errors.length ? `errors: ${sandbox.errors.join(' | ')}` : '',
      rejections.length ? `unhandled rejections: ${rejections.join(' | ')}` : '',
    ].filter(Boolean)
    report.check(
      name,
      problems.length === 0,
      problems.length
        ? problems.join('; ')
        : `setData ×${page.patches.length} shows ${JSON.stringify(texts)}; session looked up in wx storage (${[...new Set(storageReads)].join(', ')}), no request, no error`,
    )
    if (sandbox.absent.size) report.note(`wx members read but absent in the stand-in (probes, harmless when unused): ${[...sandbox.absent].join(', ')}`)

    // The sign-in action: a tap on 登录 goes through Taro's `eh` to the component's onClick.
    const before = sandbox.calls.length
    const tapped = page.tapText(SIGN_IN, tappableNodeNames(distDir))
    if (!tapped) {
      report.fail('d. 登录 tap navigates to the login page', `no tappable element holds the text ${SIGN_IN}`)
      return
    }
    await waitFor(() => sandbox.calls.slice(before).some((c) => c.api === 'navigateTo'), 2_000)
    const nav = sandbox.calls.slice(before).find((c) => c.api === 'navigateTo')
    const url = nav && isRecord(nav.args[0]) ? String(nav.args[0].url) : ''
    report.check(
      'd. 登录 tap navigates to the login page',
      url.startsWith('/pages/login/index') && sandbox.errors.length === 0,
      url ? `tap delivered to element ${tapped} → wx.navigateTo({ url: '${url}' })` : `no navigateTo after the tap (wx calls: ${sandbox.calls.slice(before).map((c) => c.api).join(', ') || 'none'})`,
    )
  } finally {
    process.off('unhandledRejection', onRejection)
  }
}

/**
 * The build failed on a global WeChat lacks. To tell whether that is the only thing wrong, run
 * once more with a bare stand-in for it; this never turns the failure into a pass.
 */
async function diagnose(report: Report, distDir: string, missing: string): Promise<void> {
  const standIns: Record<string, unknown> = { process: { env: {} }, global: {}, Buffer: {} }
  if (!(missing in standIns)) return
  const retry = await renderHome(distDir, { [missing]: standIns[missing] })
  report.note(
    retry.ok
      ? `diagnosis: WeChat has no \`${missing}\`; with an empty stand-in for it the page does render ${WELCOME}, so that is the only blocker found`
      : `diagnosis: with a stand-in for \`${missing}\` it still fails: ${retry.reason}`,
  )
}

/**
 * A stand-in for WeChat's logic layer, enough to run a Taro weapp build in Node.
 *
 * The build's files run as WeChat runs them: each JS file is a module with `require`,
 * `module` and `exports`, in one global scope that has `wx`, `App`, `Page`, `Component`,
 * `getApp`, `getCurrentPages` and timers, and nothing of Node (`process`, `Buffer`, `global`
 * are absent, as on a phone). A page instance's `setData` applies its paths to `data` the way
 * WeChat does, so a test can read what the view layer would render. The view layer itself
 * (WXML) is not run: custom components (Taro's `comp` for trees deeper than its templates) never
 * get instances, so only what the page's own setData carries is visible.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { errorText } from './report'
import { fnProp, isRecord, type AnyFunction } from './values'

export interface WxCall {
  api: string
  args: unknown[]
}

export interface SandboxOptions {
  distDir: string
  /** wx storage at launch, by key. */
  storage?: Record<string, string>
  /** Extra globals, for diagnosis only (e.g. a `process` stand-in to see what else breaks). */
  extraGlobals?: Record<string, unknown>
}

/** How the stand-in answers wx APIs: sync values, or async success/fail through the callbacks. */
type ApiBehaviour = { sync: (...args: unknown[]) => unknown } | { async: 'success' | 'fail'; result?: (options: Record<string, unknown>) => Record<string, unknown> }

const SYSTEM_INFO = {
  brand: 'devtools',
  model: 'iPhone 12',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 763,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 17.0',
  platform: 'devtools',
  SDKVersion: '3.6.0',
  safeArea: { top: 47, left: 0, right: 390, bottom: 810, width: 390, height: 763 },
}

/** Parses a setData path such as `root.cn[0].v` into keys. */
function pathKeys(dataPath: string): Array<string | number> {
  const keys: Array<string | number> = []
  for (const m of dataPath.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1])
  return keys
}

function setPath(target: Record<string, unknown>, dataPath: string, value: unknown): void {
  const keys = pathKeys(dataPath)
  let node: unknown = target
  keys.forEach((key, index) => {
    if (index === keys.length - 1) {
      Reflect.set(node as object, key, value)
      return
    }
    let next: unknown = Reflect.get(node as object, key)
    if (typeof next !== 'object' || next === null) {
      next = typeof keys[index + 1] === 'number' ? [] : {}
      Reflect.set(node as object, key, next)
    }
    node = next
  })
}

/** WeChat copies setData payloads across to the view layer: a JSON round trip is the honest model. */
function viewCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

export class PageHandle {
  readonly patches: Array<Record<string, unknown>> = []
  readonly data: Record<string, unknown>
  readonly instance: Record<string, unknown>

  constructor(
    readonly route: string,
    config: Record<string, unknown>,
    query: Record<string, string>,
  ) {
    this.data = isRecord(config.data) ? viewCopy(config.data) : {}
    // WeChat builds a page instance from the config's own members plus its framework methods.
    this.instance = {
      ...config,
      data: this.data,
      route,
      __route__: route,
      options: query,
      setData: (patch: unknown, callback?: unknown) => {
        if (!isRecord(patch)) throw new Error(`setData on ${route} with ${typeof patch}`)
        const copy = viewCopy(patch)
        this.patches.push(copy)
        for (const [key, value] of Object.entries(copy)) setPath(this.data, key, value)
        if (typeof callback === 'function') setTimeout(() => (callback as AnyFunction).call(this.instance), 0)
      },
      selectComponent: () => null,
      selectAllComponents: () => [],
      getOpenerEventChannel: () => ({ emit() {}, on() {}, once() {}, off() {} }),
    }
  }

  call(lifecycle: string, ...args: unknown[]): unknown {
    const fn = fnProp(this.instance, lifecycle)
    if (!fn) throw new Error(`${this.route} has no ${lifecycle}()`)
    return fn.apply(this.instance, args)
  }

  /** Text the view layer would show, in document order, from Taro's node tree in `data.root`. */
  texts(): string[] {
    const out: string[] = []
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk)
      else if (isRecord(node)) {
        if (typeof node.v === 'string') out.push(node.v)
        for (const value of Object.values(node)) if (typeof value === 'object') walk(value)
      }
    }
    walk(this.data.root)
    return out
  }

  /**
   * Taps the text as a finger would: WeChat delivers the tap to the nearest element bound to
   * Taro's handler (`bindtap="eh"` in base.wxml), so that element is the currentTarget.
   * Returns the sid it went to, or undefined when no bound element holds the text.
   */
  tapText(text: string, tappable: ReadonlySet<string>): string | undefined {
    const trail = this.trailTo(this.data.root, text, [])
    if (!trail) return undefined
    const innermost = trail[trail.length - 1]
    const bound = [...trail].reverse().find((node) => tappable.has(String(node.nn)))
    if (!bound || typeof bound.sid !== 'string' || typeof innermost.sid !== 'string') return undefined
    const target = { id: innermost.sid, dataset: { sid: innermost.sid } }
    const currentTarget = { id: bound.sid, dataset: { sid: bound.sid } }
    this.call('eh', { type: 'tap', timeStamp: Date.now(), target, currentTarget, detail: { x: 10, y: 10 }, touches: [], changedTouches: [], mark: {} })
    return bound.sid
  }

  /** Elements from the root down to the one whose own child text is `text`. */
  private trailTo(node: unknown, text: string, trail: Array<Record<string, unknown>>): Array<Record<string, unknown>> | undefined {
    if (!isRecord(node)) return undefined
    const children = Array.isArray(node.cn) ? node.cn : []
    const here = [...trail, node]
    if (children.some((c) => isRecord(c) && c.v === text)) return here
    for (const child of children) {
      const found = this.trailTo(child, text, here)
      if (found) return found
    }
    return undefined
  }
}

/** Node names (Taro's `nn`) whose template in base.wxml binds taps to Taro's handler. */
export function tappableNodeNames(distDir: string): Set<string> {
  const wxml = fs.readFileSync(path.join(distDir, 'base.wxml'), 'utf8')
  const names = new Set<string>()
  for (const m of wxml.matchAll(/<template name="tmpl_0_([^"]+)">\s*<[\w-]+([^>]*)>/g)) if (/\b(bind|catch):?tap="eh"/.test(m[2])) names.add(m[1])
  return names
}

export class WechatSandbox {
  readonly calls: WxCall[] = []
  /** Errors the bundle logged with console.error or threw in timers and promises. */
  readonly errors: string[] = []
  /** wx members the bundle read that the stand-in does not have. */
  readonly absent = new Set<string>()
  readonly storage: Map<string, string>
  app: Record<string, unknown> | undefined
  private readonly context: vm.Context
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly pages: PageHandle[] = []
  private registeringPage: Record<string, unknown> | undefined

  constructor(private readonly options: SandboxOptions) {
    this.storage = new Map(Object.entries(options.storage ?? {}))
    const capture = (level: string) => (...args: unknown[]) => {
      if (level === 'error') this.errors.push(args.map((a) => (typeof a === 'string' ? a : errorText(a))).join(' '))
    }
    const sandboxConsole = { log: capture('log'), info: capture('info'), debug: capture('debug'), warn: capture('warn'), error: capture('error') }
    // Timer callbacks are the bundle's code: an exception there is recorded, not a crash of the checker.
    const guard = (fn: unknown, label: string) => () => {
      try {
        if (typeof fn === 'function') (fn as AnyFunction).call(undefined)
      } catch (err) {
        this.errors.push(`${label}: ${errorText(err)}`)
      }
    }
    const globals: Record<string, unknown> = {
      console: sandboxConsole,
      setTimeout: (fn: unknown, ms?: number) => setTimeout(guard(fn, 'setTimeout'), ms),
      clearTimeout: (t: NodeJS.Timeout) => clearTimeout(t),
      setInterval: (fn: unknown, ms?: number) => setInterval(guard(fn, 'setInterval'), ms),
      clearInterval: (t: NodeJS.Timeout) => clearInterval(t),
      wx: this.makeWx(),
      App: (config: unknown) => {
        if (!isRecord(config)) throw new Error('App() called without an object')
        this.app = config
      },
      Page: (config: unknown) => {
        if (!isRecord(config)) throw new Error('Page() called without an object')
        this.registeringPage = config
      },
      // Taro's `comp` wrapper registers itself; components are not instantiated here.
      Component: () => undefined,
      Behavior: (b: unknown) => b,
      getApp: () => this.app,
      getCurrentPages: () => this.pages.map((p) => p.instance),
      requirePlugin: (name: string) => {
        throw new Error(`requirePlugin(${name}): the app declares no plugins`)
      },
      ...options.extraGlobals,
    }
    this.context = vm.createContext(globals, { name: 'wechat-logic-layer' })
  }

  private makeWx(): object {
    const ok = (api: string) => ({ async: 'success' as const, result: () => ({ errMsg: `${api}:ok` }) })
    const behaviours: Record<string, ApiBehaviour> = {
      getStorageSync: { sync: (key) => this.storage.get(String(key)) ?? '' },
      setStorageSync: { sync: (key, value) => void this.storage.set(String(key), String(value)) },
      removeStorageSync: { sync: (key) => void this.storage.delete(String(key)) },
      clearStorageSync: { sync: () => this.storage.clear() },
      getSystemInfoSync: { sync: () => ({ ...SYSTEM_INFO }) },
      getWindowInfo: { sync: () => ({ ...SYSTEM_INFO }) },
      getDeviceInfo: { sync: () => ({ ...SYSTEM_INFO }) },
      getAppBaseInfo: { sync: () => ({ ...SYSTEM_INFO }) },
      getSystemSetting: { sync: () => ({}) },
      getAppAuthorizeSetting: { sync: () => ({}) },
      getMenuButtonBoundingClientRect: { sync: () => ({ width: 87, height: 32, top: 51, right: 383, bottom: 83, left: 296 }) },
      getLaunchOptionsSync: { sync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }) },
      getEnterOptionsSync: { sync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }) },
      getAccountInfoSync: { sync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }) },
      canIUse: { sync: () => true },
      nextTick: { sync: (fn) => void Promise.resolve().then(() => (typeof fn === 'function' ? (fn as AnyFunction).call(undefined) : undefined)) },
      reportAnalytics: { sync: () => undefined },
      onAppShow: { sync: () => undefined },
      onAppHide: { sync: () => undefined },
      offAppShow: { sync: () => undefined },
      offAppHide: { sync: () => undefined },
      onNeedPrivacyAuthorization: { sync: () => undefined },
      // No network here: a request fails as it would offline, and is recorded for the test to judge.
      request: { async: 'fail', result: () => ({ errMsg: 'request:fail no network in the Node stand-in' }) },
      login: { async: 'fail', result: () => ({ errMsg: 'login:fail no WeChat in the Node stand-in' }) },
      getPrivacySetting: { async: 'success', result: () => ({ needAuthorization: false, privacyContractName: '', errMsg: 'getPrivacySetting:ok' }) },
      showModal: { async: 'success', result: () => ({ confirm: false, cancel: true, errMsg: 'showModal:ok' }) },
    }
    for (const api of ['showToast', 'hideToast', 'showLoading', 'hideLoading', 'navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack', 'stopPullDownRefresh', 'startPullDownRefresh', 'makePhoneCall', 'setNavigationBarTitle', 'setClipboardData', 'requirePrivacyAuthorize', 'openPrivacyContract', 'pageScrollTo', 'showShareMenu', 'hideShareMenu', 'vibrateShort'])
      behaviours[api] = ok(api)

    const wx: Record<string, unknown> = {}
    for (const [api, behaviour] of Object.entries(behaviours)) {
      wx[api] = (...args: unknown[]) => {
        this.calls.push({ api, args: viewCopySafe(args) })
        if ('sync' in behaviour) return behaviour.sync(...args)
        const opts = isRecord(args[0]) ? args[0] : {}
        const result = behaviour.result?.(opts) ?? { errMsg: `${api}:${behaviour.async === 'success' ? 'ok' : 'fail'}` }
        setTimeout(() => {
          fnProp(opts, behaviour.async)?.call(undefined, result)
          fnProp(opts, 'complete')?.call(undefined, result)
        }, 0)
        return undefined
      }
    }
    // Taro wraps every own member of wx as Taro.<api>; reads of anything else are noted.
    return new Proxy(wx, {
      get: (target, key) => {
        if (typeof key === 'string' && !(key in target) && key !== 'webpackJsonp') this.absent.add(key)
        return Reflect.get(target, key)
      },
    })
  }

  /** Runs one file of the build as a WeChat module, once, like WeChat's `require`. */
  require(file: string): unknown {
    const rel = path.posix.normalize(file.replace(/^\//, '')).replace(/(\.js)?$/, '.js')
    const cached = this.modules.get(rel)
    if (cached) return cached.exports
    const abs = path.join(this.options.distDir, rel)
    if (!fs.existsSync(abs)) throw new Error(`require('${file}'): ${rel} is not in the build`)
    const mod = { exports: {} as unknown }
    this.modules.set(rel, mod)
    const code = fs.readFileSync(abs, 'utf8')
    const wrapper: unknown = new vm.Script(`(function (require, module, exports) {${code}\n})`, { filename: rel }).runInContext(this.context)
    const localRequire = (request: string) => this.require(request.startsWith('/') ? request : path.posix.join(path.posix.dirname(rel), request))
    ;(wrapper as AnyFunction).call(mod.exports, localRequire, mod, mod.exports)
    return mod.exports
  }

  /** Loads app.js and runs the app's launch lifecycle. */
  launch(route: string, query: Record<string, string> = {}): void {
    this.require('app.js')
    if (!this.app) throw new Error('app.js did not call App()')
    const options = { path: route, query, scene: 1001, referrerInfo: {} }
    fnProp(this.app, 'onLaunch')?.call(this.app, options)
    fnProp(this.app, 'onShow')?.call(this.app, options)
  }

  /** Loads a page's JS, builds its instance and runs onLoad → onShow → onReady, as WeChat opens a page. */
  open(route: string, query: Record<string, string> = {}): PageHandle {
    this.registeringPage = undefined
    this.require(`${route}.js`)
    const config = this.registeringPage
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const page = new PageHandle(route, config, query)
    this.pages.push(page)
    page.call('onLoad', query)
    page.call('onShow')
    page.call('onReady')
    return page
  }

  callsOf(api: string): WxCall[] {
    return this.calls.filter((c) => c.api === api)
  }
}

function viewCopySafe(args: unknown[]): unknown[] {
  return args.map((a) => {
    try {
      return typeof a === 'function' ? '[function]' : a === undefined ? undefined : (JSON.parse(JSON.stringify(a)) as unknown)
    } catch {
      return String(a)
    }
  })
}

/** Resolves when `ready()` holds, or with false after `ms`; the bundle renders through timers and promises. */
export async function waitFor(ready: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (ready()) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return ready()
}

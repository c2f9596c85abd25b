/**
 * A small stand-in for @tarojs/taro. It records what the app asked of the platform (toasts,
 * dialogs, navigation, calls) in `taroLog`, keeps storage in memory like wx storage, and
 * answers requests through a handler a test installs. Tests import it by relative path for
 * the recording API; the app's own `import Taro from '@tarojs/taro'` lands here through
 * the unit project's moduleNameMapper.
 */
import { useEffect, useRef } from 'react'

export interface RequestOptions {
  url: string
  method?: string
  header?: Record<string, string>
  data?: unknown
  timeout?: number
  dataType?: string
}

export interface RequestResult {
  statusCode: number
  data: unknown
  header?: Record<string, string>
}

export type RequestHandler = (options: RequestOptions) => RequestResult | Promise<RequestResult>

export interface TaroLog {
  requests: RequestOptions[]
  toasts: Array<{ title: string; icon?: string; duration?: number }>
  modals: Array<{ title?: string; content?: string; showCancel?: boolean }>
  navigations: Array<{ kind: 'navigateTo' | 'switchTab' | 'redirectTo' | 'navigateBack'; url: string }>
  phoneCalls: string[]
  pullDownStopped: number
  /** Files written with the file system manager, by path, and those removed again. */
  files: Map<string, string>
  removedFiles: string[]
  sharedFiles: Array<{ filePath: string; fileName?: string }>
  privacyRequests: number
}

function emptyLog(): TaroLog {
  return {
    requests: [],
    toasts: [],
    modals: [],
    navigations: [],
    phoneCalls: [],
    pullDownStopped: 0,
    files: new Map(),
    removedFiles: [],
    sharedFiles: [],
    privacyRequests: 0,
  }
}

export const taroLog: TaroLog = emptyLog()
const storage = new Map<string, unknown>()
let requestHandler: RequestHandler | null = null
let modalConfirms = true
let loginCode = 'stand-in-code'
let appBaseInfo: Record<string, unknown> = { SDKVersion: '3.4.0', language: 'zh_CN', fontSizeScaleFactor: 1 }
let privacyAnswer: 'agree' | 'refuse' | 'missing' = 'agree'
let shareAnswer: 'ok' | 'cancel' = 'ok'
let privacyListener: ((resolve: (option: { event: string; buttonId?: string }) => void, info: { referrer: string }) => void) | null = null
let routerParams: Record<string, string> = {}

/** Forgets everything recorded and stored; call in beforeEach. */
export function resetTaro(): void {
  Object.assign(taroLog, emptyLog())
  storage.clear()
  requestHandler = null
  modalConfirms = true
  loginCode = 'stand-in-code'
  appBaseInfo = { SDKVersion: '3.4.0', language: 'zh_CN', fontSizeScaleFactor: 1 }
  privacyAnswer = 'agree'
  shareAnswer = 'ok'
  privacyListener = null
  routerParams = {}
  pageHooks.pullDownRefresh = null
  pageHooks.shareAppMessage = null
  pageHooks.reachBottom = null
}

/** What Taro.getAppBaseInfo() answers (WeChat's font scale lives there). */
export function setAppBaseInfo(info: Record<string, unknown>): void {
  appBaseInfo = info
}

/** How wx.requirePrivacyAuthorize ends: agreed, refused, or an old base library without it. */
export function answerPrivacy(answer: 'agree' | 'refuse' | 'missing'): void {
  privacyAnswer = answer
}

/** Whether the share sheet of wx.shareFileMessage is used or closed. */
export function answerShare(answer: 'ok' | 'cancel'): void {
  shareAnswer = answer
}

/** Plays WeChat needing privacy authorisation; returns what the app resolved it with. */
export function needPrivacyAuthorization(): Array<{ event: string; buttonId?: string }> {
  const answers: Array<{ event: string; buttonId?: string }> = []
  privacyListener?.((option) => answers.push(option), { referrer: 'stand-in' })
  return answers
}

/** The query of the page a test opens (useRouter().params). */
export function setRouterParams(params: Record<string, string>): void {
  routerParams = params
}

/** How the next requests are answered; without one, request() fails like a dropped network. */
export function onRequest(handler: RequestHandler | null): void {
  requestHandler = handler
}

/** Whether showModal answers "confirm" (true) or "cancel". */
export function answerModals(confirm: boolean): void {
  modalConfirms = confirm
}

export function setLoginCode(code: string): void {
  loginCode = code
}

async function request(options: RequestOptions): Promise<RequestResult> {
  taroLog.requests.push(options)
  if (!requestHandler) throw new Error('request:fail no handler in the Taro stand-in')
  return requestHandler(options)
}

// wx.getStorageSync answers '' for a missing key, not null: the storage adapter depends on that.
function getStorageSync(key: string): unknown {
  return storage.has(key) ? storage.get(key) : ''
}

function setStorageSync(key: string, value: unknown): void {
  storage.set(key, value)
}

function removeStorageSync(key: string): void {
  storage.delete(key)
}

async function showToast(options: { title: string; icon?: string; duration?: number }): Promise<void> {
  taroLog.toasts.push(options)
}

async function showModal(options: { title?: string; content?: string; showCancel?: boolean }): Promise<{ confirm: boolean; cancel: boolean }> {
  taroLog.modals.push(options)
  return { confirm: modalConfirms, cancel: !modalConfirms }
}

async function navigateTo(options: { url: string }): Promise<void> {
  taroLog.navigations.push({ kind: 'navigateTo', url: options.url })
}

async function switchTab(options: { url: string }): Promise<void> {
  taroLog.navigations.push({ kind: 'switchTab', url: options.url })
}

async function redirectTo(options: { url: string }): Promise<void> {
  taroLog.navigations.push({ kind: 'redirectTo', url: options.url })
}

async function navigateBack(): Promise<void> {
  taroLog.navigations.push({ kind: 'navigateBack', url: '' })
}

function getAppBaseInfo(): Record<string, unknown> {
  return appBaseInfo
}

interface CallbackOptions {
  success?: (res: { errMsg: string }) => void
  fail?: (res: { errMsg: string }) => void
}

function requirePrivacyAuthorizeImpl(options: CallbackOptions): void {
  taroLog.privacyRequests++
  if (privacyAnswer === 'agree') options.success?.({ errMsg: 'requirePrivacyAuthorize:ok' })
  else options.fail?.({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized' })
}

function onNeedPrivacyAuthorization(listener: NonNullable<typeof privacyListener>): void {
  privacyListener = listener
}

function getFileSystemManager() {
  return {
    writeFileSync(filePath: string, data: string) {
      taroLog.files.set(filePath, data)
    },
    unlinkSync(filePath: string) {
      taroLog.files.delete(filePath)
      taroLog.removedFiles.push(filePath)
    },
  }
}

async function shareFileMessage(options: { filePath: string; fileName?: string }): Promise<{ errMsg: string }> {
  if (!taroLog.files.has(options.filePath)) throw new Error('shareFileMessage:fail file not found')
  if (shareAnswer === 'cancel') throw new Error('shareFileMessage:fail cancel')
  taroLog.sharedFiles.push(options)
  return { errMsg: 'shareFileMessage:ok' }
}

async function makePhoneCall(options: { phoneNumber: string }): Promise<void> {
  taroLog.phoneCalls.push(options.phoneNumber)
}

async function login(): Promise<{ code: string; errMsg: string }> {
  return { code: loginCode, errMsg: 'login:ok' }
}

function stopPullDownRefresh(): void {
  taroLog.pullDownStopped++
}

/** Page shows once, on mount: a test renders a page as if it were opened. */
export function useDidShow(callback: () => void): void {
  const latest = useRef(callback)
  latest.current = callback
  useEffect(() => {
    latest.current()
  }, [])
}

export const pageHooks: { pullDownRefresh: (() => void) | null; shareAppMessage: (() => unknown) | null; reachBottom: (() => void) | null } = {
  pullDownRefresh: null,
  shareAppMessage: null,
  reachBottom: null,
}

/** Never fires by itself; a test may call pageHooks.reachBottom to scroll to the end. */
export function useReachBottom(callback: () => void): void {
  pageHooks.reachBottom = callback
}

export function useRouter(): { params: Record<string, string> } {
  return { params: routerParams }
}

/** Never fires by itself; a test may call pageHooks.pullDownRefresh to pull. */
export function usePullDownRefresh(callback: () => void): void {
  pageHooks.pullDownRefresh = callback
}

export function useShareAppMessage(callback: () => unknown): void {
  pageHooks.shareAppMessage = callback
}

/** The tab bar's badges, as setTabBarBadge left them. */
export const tabBadges = new Map<number, string>()

const Taro = {
  setTabBarBadge: async ({ index, text }: { index: number; text: string }) => void tabBadges.set(index, text),
  removeTabBarBadge: async ({ index }: { index: number }) => void tabBadges.delete(index),
  request,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  showToast,
  showModal,
  navigateTo,
  switchTab,
  makePhoneCall,
  login,
  stopPullDownRefresh,
  redirectTo,
  navigateBack,
  getAppBaseInfo,
  get requirePrivacyAuthorize() {
    return privacyAnswer === 'missing' ? undefined : requirePrivacyAuthorizeImpl
  },
  onNeedPrivacyAuthorization,
  getFileSystemManager,
  shareFileMessage,
  env: { USER_DATA_PATH: 'wxfile://usr' },
}

export default Taro

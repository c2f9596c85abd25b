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
  navigations: Array<{ kind: 'navigateTo' | 'switchTab'; url: string }>
  phoneCalls: string[]
  pullDownStopped: number
}

function emptyLog(): TaroLog {
  return { requests: [], toasts: [], modals: [], navigations: [], phoneCalls: [], pullDownStopped: 0 }
}

export const taroLog: TaroLog = emptyLog()
const storage = new Map<string, unknown>()
let requestHandler: RequestHandler | null = null
let modalConfirms = true
let loginCode = 'stand-in-code'

/** Forgets everything recorded and stored; call in beforeEach. */
export function resetTaro(): void {
  Object.assign(taroLog, emptyLog())
  storage.clear()
  requestHandler = null
  modalConfirms = true
  loginCode = 'stand-in-code'
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

export const pageHooks: { pullDownRefresh: (() => void) | null; shareAppMessage: (() => unknown) | null } = {
  pullDownRefresh: null,
  shareAppMessage: null,
}

/** Never fires by itself; a test may call pageHooks.pullDownRefresh to pull. */
export function usePullDownRefresh(callback: () => void): void {
  pageHooks.pullDownRefresh = callback
}

export function useShareAppMessage(callback: () => unknown): void {
  pageHooks.shareAppMessage = callback
}

const Taro = {
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
}

export default Taro

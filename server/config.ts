import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parseTemplates, withDemoTemplates, type TemplateMap } from './wechat/templates'

/** Everything the server reads from its environment, with the documented defaults applied. */
export interface ServerConfig {
  port: number
  dataDir: string
  /** An external PostgreSQL; when absent the embedded one under dataDir is used. */
  databaseUri: string | null
  appId: string
  masterKey: string
  serverUrl: string
  /** Public URL clients use (the H5 app's API base); defaults to serverUrl. */
  publicServerUrl: string
  /** DEMO=on: demo login for accounts the seed created, and the first-start demo seed. Off unless asked for. */
  demo: boolean
  production: boolean
  wxAppId: string
  wxSecret: string
  wxApiBase: string
  /** Folder of the built H5 app served at "/", or null to serve none. */
  h5Dir: string | null
  /** Mount Parse Dashboard at /dashboard. */
  dashboard: boolean
  logLevel: string
  /** Per-address rate limits of cloud functions; only a benchmark turns them off, never production. */
  rateLimits: boolean
  /**
   * Express "trust proxy": behind a reverse proxy every request comes from 127.0.0.1, which
   * Parse exempts from rate limits; trusting the proxy makes limits apply to the real client.
   */
  trustProxy: number | false
  /** REDIS_URL: keep rate-limit counters in Redis, so limits hold across several instances. */
  redisUrl: string | null
  /** TEST_CLOCK=on: tests may move the server's clock (setTestClock); never in production. */
  testClock: boolean
  /** JOBS=off: no timed jobs (escalations, reminders) run by themselves; runJobs still runs them. */
  jobs: boolean
  /** Where uploaded files are kept (FILES_DIR, default <dataDir>/files). */
  filesDir: string
  /** Subscription-message templates per kind (WX_TEMPLATES); in outbox mode every kind has one (demo-<kind>). */
  wxTemplates: TemplateMap
  /**
   * WX_SUBSCRIBE_SEND: 'outbox' keeps subscription messages in OutboxMessage without calling
   * WeChat (the default in demo mode); 'wechat' sends them (the default otherwise, always in production).
   */
  subscribeSend: 'outbox' | 'wechat'
  /** miniprogram_state of sent messages (WX_MINIPROGRAM_STATE): formal, trial or developer. */
  wxMiniprogramState: 'formal' | 'trial' | 'developer'
  /** Minutes an unaccepted help request waits before it goes to community staff (HELP_ESCALATE_MINUTES, 120). */
  helpEscalateMinutes: number
  /** The same for urgent requests (HELP_ESCALATE_URGENT_MINUTES, 30). */
  helpEscalateUrgentMinutes: number
}

export class ConfigError extends Error {}

const ROOT = path.resolve(__dirname, '..')

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase())
}

const WECHAT_API = 'https://api.weixin.qq.com'

/**
 * Demo mode signs anyone in as a seeded account, so it fails closed: only DEMO=on (or 1/true/yes)
 * turns it on, a value we do not understand is an error rather than a guess, and it refuses to
 * run in production or beside a WeChat AppID that talks to the real WeChat API (real residents).
 */
function demoMode(env: Record<string, string | undefined>, production: boolean): boolean {
  const value = (env.DEMO ?? '').trim().toLowerCase()
  let demo: boolean
  if (['1', 'true', 'yes', 'on'].includes(value)) demo = true
  else if (['', '0', 'false', 'no', 'off'].includes(value)) demo = false
  else throw new ConfigError(`DEMO must be on or off: ${env.DEMO}`)
  if (!demo) return false
  if (production) throw new ConfigError('DEMO=on is not allowed with NODE_ENV=production: demo login would let anyone in. Set DEMO=off.')
  const realWechat = (env.WX_API_BASE || WECHAT_API).replace(/\/$/, '') === WECHAT_API
  if (env.WX_APPID && realWechat) {
    throw new ConfigError('DEMO=on is not allowed together with a real WeChat AppID (WX_APPID): demo login would open real residents\' accounts. Set DEMO=off.')
  }
  return true
}

/** A master key generated on first start and kept beside the data, so restarts reuse it. */
function persistedMasterKey(dataDir: string): string {
  const file = path.join(dataDir, 'master-key')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const key = crypto.randomBytes(24).toString('hex')
  fs.writeFileSync(file, key + '\n', { mode: 0o600 })
  return key
}

function minutes(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 7 * 24 * 60) throw new ConfigError(`${name} must be whole minutes between 1 and 10080: ${value}`)
  return n
}

/** Reads the configuration; throws ConfigError when production lacks what it must have. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const production = env.NODE_ENV === 'production'
  const port = Number(env.PORT ?? 1337)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT is not a port: ${env.PORT}`)
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(ROOT, '.data'))
  const databaseUri = env.DATABASE_URI || null
  if (production && !env.MASTER_KEY) throw new ConfigError('NODE_ENV=production needs MASTER_KEY')
  if (production && !databaseUri) throw new ConfigError('NODE_ENV=production needs DATABASE_URI (an external PostgreSQL)')
  const masterKey = env.MASTER_KEY || persistedMasterKey(dataDir)
  const serverUrl = env.SERVER_URL || `http://localhost:${port}/parse`
  const demo = demoMode(env, production)
  const send = env.WX_SUBSCRIBE_SEND || (demo ? 'outbox' : 'wechat')
  if (send !== 'outbox' && send !== 'wechat') throw new ConfigError(`WX_SUBSCRIBE_SEND must be outbox or wechat: ${send}`)
  // Production always sends: an outbox there would silently swallow residents' messages.
  const subscribeSend = production ? 'wechat' : send
  let templates: TemplateMap
  try {
    templates = parseTemplates(env.WX_TEMPLATES)
  } catch (err) {
    throw new ConfigError((err as Error).message)
  }
  const state = env.WX_MINIPROGRAM_STATE || 'formal'
  if (state !== 'formal' && state !== 'trial' && state !== 'developer') throw new ConfigError(`WX_MINIPROGRAM_STATE must be formal, trial or developer: ${state}`)
  return {
    port,
    dataDir,
    databaseUri,
    appId: env.APP_ID || 'tongxin',
    masterKey,
    serverUrl,
    publicServerUrl: env.PUBLIC_SERVER_URL || serverUrl,
    demo,
    testClock: !production && flag(env.TEST_CLOCK, false),
    jobs: flag(env.JOBS, true),
    filesDir: path.resolve(env.FILES_DIR ?? path.join(dataDir, 'files')),
    production,
    wxAppId: env.WX_APPID || '',
    wxSecret: env.WX_SECRET || '',
    wxApiBase: (env.WX_API_BASE || WECHAT_API).replace(/\/$/, ''),
    h5Dir: env.H5_DIR === '' ? null : path.resolve(env.H5_DIR ?? path.join(ROOT, 'dist', 'h5')),
    dashboard: flag(env.DASHBOARD, true),
    logLevel: env.LOG_LEVEL || (production ? 'info' : 'warn'),
    rateLimits: production || flag(env.RATE_LIMITS, true),
    trustProxy: env.TRUST_PROXY ? Number(env.TRUST_PROXY) || 1 : false,
    redisUrl: env.REDIS_URL || null,
    subscribeSend,
    wxTemplates: subscribeSend === 'outbox' ? withDemoTemplates(templates) : templates,
    wxMiniprogramState: state,
    helpEscalateMinutes: minutes('HELP_ESCALATE_MINUTES', env.HELP_ESCALATE_MINUTES, 120),
    helpEscalateUrgentMinutes: minutes('HELP_ESCALATE_URGENT_MINUTES', env.HELP_ESCALATE_URGENT_MINUTES, 30),
  }
}

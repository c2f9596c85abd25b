import { taroHttp } from '@/adapters/http'
import { LiveQueryClient, liveQueryUrl, taroSocket } from '@/adapters/live-query'
import { taroNoticeShell } from '@/adapters/notice-shell'
import { ParseRestClient } from '@/adapters/parse-rest'
import { taroPlatform } from '@/adapters/platform'
import { taroStorage } from '@/adapters/storage'
import { buildEnv } from './build-env'
import { RootStore } from './root-store'

/**
 * The API base: build-time TARO_APP_API_BASE for weapp (the HTTPS request domain);
 * on H5 the page is served by the server itself, so its own origin.
 */
function serverUrl(): string {
  const configured = buildEnv(() => process.env.TARO_APP_API_BASE)
  if (configured) return configured
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') return `${window.location.origin}/parse`
  return 'http://localhost:1337/parse'
}

export function createRoot(): RootStore {
  const url = serverUrl()
  const appId = buildEnv(() => process.env.TARO_APP_ID_PARSE) || 'tongxin'
  const api = new ParseRestClient({ serverUrl: url, appId, http: taroHttp })
  // LiveQuery runs on the same HTTP server as the API, at the same path.
  const signals = new LiveQueryClient({ url: liveQueryUrl(url), appId, socket: taroSocket })
  return new RootStore({ api, storage: taroStorage, platform: taroPlatform(), signals, noticeShell: taroNoticeShell() })
}

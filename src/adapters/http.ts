/** The one place the app sends HTTP: Taro.request, which runs unchanged on weapp and H5. */
import Taro from '@tarojs/taro'

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: unknown
  timeoutMs?: number
}

export interface HttpResponse {
  status: number
  data: unknown
}

export type HttpSend = (req: HttpRequest) => Promise<HttpResponse>

export const taroHttp: HttpSend = async (req) => {
  const res = await Taro.request({
    method: req.method,
    url: req.url,
    header: req.headers,
    data: req.body as Record<string, unknown> | undefined,
    timeout: req.timeoutMs ?? 15_000,
    dataType: 'json',
  })
  return { status: res.statusCode, data: res.data }
}

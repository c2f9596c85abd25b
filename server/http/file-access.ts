/**
 * Uploaded files (welfare PDFs, problem and progress photos, notice images, steward photos) are
 * personal or scoped to a place, so nobody may fetch one just by knowing its name. A mini-program's
 * <Image src> and Taro.downloadFile cannot send a session header, so files are served only through
 * short-lived signed links:
 *
 * - Issuing: the answer of every cloud function passes through here, and each `url` / `photoUrl`
 *   that names an upload of this server gets an expiry and an HMAC of (file name, expiry). A
 *   function only returns a file with the record it belongs to, after checking the caller may see
 *   that record, so whoever holds a link was allowed to see it within the last hour. The links are
 *   not bound to the viewer: the fetch carries no session to compare with.
 * - Serving: GET/HEAD /parse/files/<appId>/<name> is answered here, never by Parse: a missing,
 *   wrong, other file's or expired signature gets 403 and a Chinese sentence, no bytes. PDFs go out
 *   as downloads (Content-Disposition: attachment), and nothing is ever sniffed into a page.
 *
 * No upload is public: even a street-wide notice is for the street's residents, not the internet.
 */
import crypto from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'
import { now } from '../cloud/clock'

/** How long a link works at least; expiries are rounded up to ROUND_MS so links stay cacheable. */
export const FILE_LINK_TTL_MS = 60 * 60_000
const ROUND_MS = 15 * 60_000

/** What uploadFile names files (server/cloud/uploads.ts): nothing else is served. */
const UPLOAD_NAME = /^[0-9a-f]{32}_[A-Za-z]+-[0-9a-f]{8}\.(jpg|png|webp|gif|pdf)$/
/** An upload's address as uploadFile stores it: <server>/files/<appId>/<name>, no query. */
const STORED_LINK = /^https?:\/\/[^/?#]+(?:\/[^?#]*)?\/files\/([^/?#]+)\/([^/?#]+)$/
const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', pdf: 'application/pdf' }
/** Keys whose values are file links in cloud answers (UploadRef.url, ProblemPhoto.url, StewardProfile.photoUrl). */
const LINK_KEYS = new Set(['url', 'photoUrl'])

const EXPIRED = '这个文件链接已失效，请返回上一页重新打开。'
const MISSING = '没有找到这个文件，它可能已被删除。'

export interface FileAccessConfig {
  appId: string
  masterKey: string
  publicServerUrl: string
}

export interface FileReader {
  getFileData(name: string): Promise<Buffer>
}

export class FileLinks {
  private readonly key: Buffer
  private readonly prefix: string

  constructor(readonly config: FileAccessConfig) {
    // Its own key, derived like the check-in codes': a leaked link says nothing about the master key.
    this.key = crypto.createHmac('sha256', config.masterKey).update('tongxin/file-links/v1').digest()
    this.prefix = `${config.publicServerUrl}/files/${config.appId}/`
  }

  private mac(name: string, exp: number): string {
    return crypto.createHmac('sha256', this.key).update(`${name}\n${exp}`).digest('base64url')
  }

  /** A link to the upload `name` that works until at least FILE_LINK_TTL_MS from now. */
  sign(name: string, at: Date = now()): string {
    const exp = Math.ceil((at.getTime() + FILE_LINK_TTL_MS) / ROUND_MS) * ROUND_MS / 1000
    return `${this.prefix}${encodeURIComponent(name)}?exp=${exp}&sig=${this.mac(name, exp)}`
  }

  /** 'ok', or why the link must be refused. */
  check(name: string, exp: unknown, sig: unknown, at: Date = now()): 'ok' | 'bad' | 'expired' {
    if (typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) return 'bad'
    const want = Buffer.from(this.mac(name, Number(exp)))
    const got = Buffer.from(sig)
    if (got.length !== want.length || !crypto.timingSafeEqual(got, want)) return 'bad'
    return Number(exp) * 1000 <= at.getTime() ? 'expired' : 'ok'
  }

  /**
   * The upload a stored (unsigned) link names, or null for anything else. Only the path counts:
   * records keep the address the server had when the file was uploaded (a restart may change
   * the port, PUBLIC_SERVER_URL may change), and the link is rebuilt with today's address.
   */
  nameOf(url: string): string | null {
    const m = STORED_LINK.exec(url)
    if (!m || m[1] !== this.config.appId) return null
    let name: string
    try {
      name = decodeURIComponent(m[2])
    } catch {
      return null
    }
    return UPLOAD_NAME.test(name) ? name : null
  }

  /** A copy of a cloud answer with every stored file link signed. */
  signAll(value: unknown, at: Date, depth = 0): unknown {
    if (depth > 32 || !value || typeof value !== 'object') return value
    if (Array.isArray(value)) return value.map((v) => this.signAll(v, at, depth + 1))
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      const name = LINK_KEYS.has(k) && typeof v === 'string' ? this.nameOf(v) : null
      out[k] = name ? this.sign(name, at) : this.signAll(v, at, depth + 1)
    }
    return out
  }
}

function refuse(req: Request, res: Response, status: number, code: number, error: string): void {
  res.status(status).set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
  if (req.method === 'HEAD') res.end()
  else res.json({ code, error })
}

async function serveFile(req: Request, res: Response, links: FileLinks, files: FileReader, appId: string, encoded: string): Promise<void> {
  let name = ''
  try {
    name = decodeURIComponent(encoded)
  } catch {
    return refuse(req, res, 404, 101, MISSING)
  }
  if (appId !== links.config.appId || !UPLOAD_NAME.test(name)) return refuse(req, res, 404, 101, MISSING)
  const at = now()
  const verdict = links.check(name, req.query.exp, req.query.sig, at)
  if (verdict !== 'ok') return refuse(req, res, 403, 119, EXPIRED)
  const data = await files.getFileData(name).catch(() => null)
  if (!data) return refuse(req, res, 404, 101, MISSING)
  const ext = name.slice(name.lastIndexOf('.') + 1)
  const secondsLeft = Math.max(0, Math.floor((Number(req.query.exp) * 1000 - at.getTime()) / 1000))
  res.status(200).set({
    'Content-Type': TYPES[ext],
    'Content-Length': String(data.length),
    'X-Content-Type-Options': 'nosniff',
    // A file is never a page: no scripts, no plugins, even if a browser were told to render it.
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': `private, max-age=${secondsLeft}`,
  })
  // A PDF is saved, not opened inside our origin (browsers' PDF viewers run scripts and forms).
  if (ext === 'pdf') res.set('Content-Disposition', `attachment; filename="${name}"`)
  if (req.method === 'HEAD') res.end()
  else res.end(data)
}

/**
 * Mounted at /parse before Parse: answers every GET/HEAD of /files/… itself and signs the file
 * links in cloud function answers. Everything else goes on to Parse untouched.
 */
export function fileAccess(config: FileAccessConfig, files: FileReader): (req: Request, res: Response, next: NextFunction) => void {
  const links = new FileLinks(config)
  return (req, res, next) => {
    // Case-insensitive and tolerant of doubled slashes, as Express's routing is: no spelling reaches Parse's own file route.
    const file = /^\/+files\/+([^/]+)\/+(.+)$/i.exec(req.path)
    if (file && (req.method === 'GET' || req.method === 'HEAD')) {
      serveFile(req, res, links, files, file[1], file[2]).catch(next)
      return
    }
    if (req.method === 'POST' && /^\/+functions\//i.test(req.path)) {
      const json = res.json.bind(res)
      res.json = (body: unknown) => json(res.statusCode < 400 ? links.signAll(body, now()) : body)
    }
    next()
  }
}

/**
 * One process, one port: the Parse API at /parse, LiveQuery on the same HTTP server,
 * Parse Dashboard at /dashboard, and the built H5 app at /.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import compression from 'compression'
import express from 'express'
import ParseServer from 'parse-server'
import type { ServerConfig } from './config'
import { definitions } from './schema/definitions'
import { ensureIndexes } from './schema/indexes'
import { wxminiAdapter, WXMINI_PROVIDER } from './auth/wxmini-adapter'
import { startJobs } from './cloud/jobs'
import { DiskFilesAdapter } from './files-adapter'
import { setRuntime } from './cloud/runtime'
import { openPool, type Pool } from './db-pool'
import { chineseErrors } from './http/chinese-errors'
import { fileAccess } from './http/file-access'
import { declaredFunctionLimits, functionRateLimits } from './http/rate-limits'
import { createReadiness, readinessRoutes, type Readiness } from './http/readiness'
import { apiHeaders, apiOrigins, dashboardHeaders, h5Headers, type HeaderOptions } from './http/security-headers'
import { dashboardLoginLimit } from './http/dashboard-login-limit'
import { PARSE_ROUTE_ALLOW_LIST, routeAllowList } from './http/routes'
import { crashGuard, guardProcess, parseRefusals } from './http/crash-guard'
import { jsonBody } from './http/json-body'
import { SESSION_LENGTH_S } from './cloud/sessions'

/** The largest request body: a 5 MB PDF as base64 in a cloud function's JSON body. */
const MAX_BODY = '8mb'

export interface RunningServer {
  url: string
  port: number
  pool: Pool
  close(): Promise<void>
}

/** Classes whose changes clients may subscribe to over LiveQuery; features add theirs. */
export const LIVE_QUERY_CLASSES: string[] = ['NoticeSignal']

interface DashboardCtor {
  new (options: Record<string, unknown>, settings: Record<string, unknown>): express.Handler
}

function mountDashboard(app: express.Express, config: ServerConfig, credentials: { user: string; pass: string }, headers: HeaderOptions): void {
  // parse-dashboard ships no types; it is an Express sub-app.
  const ParseDashboard = require('parse-dashboard') as DashboardCtor
  const dashboard = new ParseDashboard(
    {
      apps: [{ serverURL: config.serverUrl, appId: config.appId, masterKey: config.masterKey, appName: '同心社区' }],
      users: [credentials],
      // Only behind a proxy we were told about; otherwise X-Forwarded-For is the client's say-so.
      trustProxy: config.trustProxy ? 1 : 0,
    },
    { allowInsecureHTTP: !config.production, cookieSessionSecret: config.masterKey },
  )
  app.use('/dashboard', dashboardLoginLimit('/dashboard'), dashboardHeaders(headers), dashboard)
}

function mountH5(app: express.Express, h5Dir: string, headers: HeaderOptions): void {
  app.use(h5Headers(headers, fs.readFileSync(path.join(h5Dir, 'index.html'), 'utf8')))
  // index.html must never be cached: it names the hashed bundles of the current build.
  app.use(
    express.static(h5Dir, {
      index: 'index.html',
      setHeaders: (res, file) => {
        if (path.basename(file) === 'index.html') res.setHeader('Cache-Control', 'no-cache')
        else res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      },
    }),
  )
}

export interface StartOptions {
  config: ServerConfig
  databaseUri: string
  dashboardCredentials?: { user: string; pass: string }
  log?: (line: string) => void
  /** Told when schema and jobs are ready; boot() owns it and adds the database and the seed. */
  readiness?: Readiness
}

/** Boots Parse Server on the given database and listens on config.port (0 picks one). */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const { config } = opts
  const readiness = opts.readiness ?? createReadiness()
  if (!opts.readiness) for (const step of ['database', 'seed'] as const) readiness.done(step)
  const limits = functionRateLimits({ redisUrl: config.redisUrl, onError: opts.log })
  guardProcess()
  const pool = openPool(opts.databaseUri)
  const files = new DiskFilesAdapter(config.filesDir)
  setRuntime({ config, pool, files })
  const parseOptions = {
    databaseURI: opts.databaseUri,
    appId: config.appId,
    masterKey: config.masterKey,
    // Parse wants a distinct key for its maintenance endpoints; derived, so nothing more to configure.
    maintenanceKey: crypto.createHmac('sha256', config.masterKey).update('maintenance').digest('hex'),
    // Parse only accepts the master key from these addresses; staff use the dashboard on the same host.
    masterKeyIps: ['127.0.0.1', '::1'],
    serverURL: config.serverUrl,
    publicServerURL: config.publicServerUrl,
    cloud: () => {
      require('./cloud/main')
    },
    auth: { [WXMINI_PROVIDER]: wxminiAdapter(config.masterKey) },
    schema: { definitions, lockSchemas: true, strict: true, deleteExtraFields: false, recreateModifiedFields: false },
    allowClientClassCreation: false,
    enforcePrivateUsers: true,
    liveQuery: { classNames: LIVE_QUERY_CLASSES },
    sessionLength: SESSION_LENGTH_S,
    logLevel: config.logLevel,
    // Parse writes log files to ./logs by default; keep them with the data, never in the tree.
    logsFolder: path.join(config.dataDir, 'logs'),
    silent: config.logLevel === 'silent',
    // Parse logs every function call's params and result, and every trigger's object: names,
    // phones and addresses would pile up in log files nobody audits (PIPL). Our own code logs
    // what went wrong and to which record, never the personal fields.
    logLevels: {
      cloudFunctionSuccess: 'silent',
      cloudFunctionError: 'silent',
      triggerAfter: 'silent',
      triggerBeforeSuccess: 'silent',
      triggerBeforeError: 'silent',
    },
    maxLimit: 500,
    trustProxy: config.trustProxy,
    // Opt into the safer defaults Parse announces for its next major, and silence the notices.
    readOnlyMasterKeyIps: ['127.0.0.1', '::1'],
    requestComplexity: { includeDepth: 10, includeCount: 100, subqueryDepth: 10, queryDepth: 10, graphQLDepth: 20, graphQLFields: 200, batchRequestLimit: 100 },
    protectedFieldsOwnerExempt: false,
    protectedFieldsTriggerExempt: true,
    protectedFieldsSaveResponseExempt: false,
    installation: { duplicateDeviceTokenActionEnforceAuth: true },
    allowAggregationForReadOnlyMasterKey: false,
    // Files are only created by cloud code (uploadFile checks type, content and size by purpose).
    filesAdapter: files,
    fileUpload: { enableForPublic: false, enableForAnonymousUser: false, enableForAuthenticatedUser: false, allowedFileUrlDomains: [] },
    maxUploadSize: MAX_BODY,
    pages: { encodePageParamHeaders: true },
    // Parse's own allow-list, a second lock behind server/http/routes.ts (files and LiveQuery are outside it).
    routeAllowList: PARSE_ROUTE_ALLOW_LIST,
    // Refusals go on to parseRefusals (server/http/crash-guard.ts), which answers without logging them.
    enableExpressErrorHandler: true,
    // Runs after Parse has resolved the session: function limits per address and per account.
    requestContextMiddleware: limits.middleware,
  } as unknown as ConstructorParameters<typeof ParseServer>[0]
  const parse = new ParseServer(parseOptions)
  await parse.start()
  await ensureIndexes(pool)
  if (config.rateLimits && declaredFunctionLimits().size === 0) throw new Error('no cloud function declared a rate limit: cloud code did not load')
  readiness.done('schema')
  const headers: HeaderOptions = { hsts: config.production, connectSrc: apiOrigins([config.serverUrl, config.publicServerUrl]) }

  const app = express()
  app.disable('x-powered-by')
  if (config.trustProxy) app.set('trust proxy', config.trustProxy)
  // The H5 bundles, feeds and lists compress to about a third; images and PDFs are left as they are.
  app.use(compression())
  app.use('/parse', readinessRoutes(readiness))
  app.use('/parse', apiHeaders)
  // Parsed here, before Parse, so a hostile body (nested thousands deep) is a 400, not a 500.
  app.use('/parse', jsonBody(MAX_BODY))
  // Only the routes the app uses are open to clients (docs/security.md).
  app.use('/parse', routeAllowList({ appId: config.appId, masterKey: config.masterKey, maxBodySize: MAX_BODY }))
  // Before Parse: files only through signed links, and cloud answers' file links signed.
  app.use('/parse', fileAccess(config, files))
  app.use('/parse', chineseErrors, parse.app, parseRefusals())
  if (config.dashboard && opts.dashboardCredentials) mountDashboard(app, config, opts.dashboardCredentials, headers)
  if (config.h5Dir && fs.existsSync(path.join(config.h5Dir, 'index.html'))) mountH5(app, config.h5Dir, headers)
  app.use(crashGuard())

  const httpServer = http.createServer(app)
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(config.port, () => resolve())
  })
  const address = httpServer.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const liveQuery = await ParseServer.createLiveQueryServer(httpServer, { appId: config.appId, masterKey: config.masterKey, serverURL: config.serverUrl }, parseOptions)

  const stopJobs = config.jobs ? startJobs(opts.log ?? ((line) => console.error(line))) : () => undefined
  readiness.done('jobs')

  let closed = false
  return {
    url: `http://localhost:${port}`,
    port,
    pool,
    // In order: stop taking requests, close LiveQuery, then the Parse and our own pools.
    // (ParseServer.handleShutdown crashes when its app is mounted by us, hence by hand.)
    async close() {
      if (closed) return
      closed = true
      stopJobs()
      httpServer.closeIdleConnections?.()
      await new Promise<void>((resolve) => httpServer.close(() => resolve()))
      httpServer.closeAllConnections?.()
      const lq = liveQuery as unknown as { shutdown?: () => Promise<void> } | undefined
      await lq?.shutdown?.()
      await closeParseDatabase(parse)
      await pool.end()
      await limits.close()
    },
  }
}

interface PostgresAdapterInternals {
  handleShutdown(): void
  _client?: { $pool: { totalCount: number } }
  _stream?: { client: { once(event: 'end', listener: () => void): void; on(event: 'error', listener: (err: Error) => void): void } }
}

/**
 * Parse's PostgreSQL adapter ends its pool and its LISTEN connection without waiting for them
 * to close. Stopping PostgreSQL right after would terminate a live connection, and Parse's own
 * uncaught-exception handler then exits 1: so wait until both are really gone.
 */
async function closeParseDatabase(parse: ParseServer): Promise<void> {
  const adapter = (parse as unknown as { config: { databaseController: { adapter: PostgresAdapterInternals } } }).config.databaseController.adapter
  const stream = adapter._stream?.client
  const streamEnded = stream ? new Promise<void>((resolve) => stream.once('end', resolve)) : Promise.resolve()
  // From here a terminated connection is expected, not a crash.
  stream?.on('error', () => {})
  adapter.handleShutdown()
  const poolDrained = (async () => {
    while (adapter._client && adapter._client.$pool.totalCount > 0) await new Promise((r) => setTimeout(r, 20))
  })()
  await Promise.race([Promise.all([streamEnded, poolDrained]), new Promise((r) => setTimeout(r, 5000))])
}

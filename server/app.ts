/**
 * One process, one port: the Parse API at /parse, LiveQuery on the same HTTP server,
 * Parse Dashboard at /dashboard, and the built H5 app at /.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
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
import { crashGuard, guardProcess } from './http/crash-guard'
import { jsonBody } from './http/json-body'

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

function mountDashboard(app: express.Express, config: ServerConfig, credentials: { user: string; pass: string }): void {
  // parse-dashboard ships no types; it is an Express sub-app.
  const ParseDashboard = require('parse-dashboard') as DashboardCtor
  const dashboard = new ParseDashboard(
    {
      apps: [{ serverURL: config.serverUrl, appId: config.appId, masterKey: config.masterKey, appName: '同心社区' }],
      users: [credentials],
      trustProxy: 1,
    },
    { allowInsecureHTTP: !config.production, cookieSessionSecret: config.masterKey },
  )
  app.use('/dashboard', dashboard)
}

function mountH5(app: express.Express, h5Dir: string): void {
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
}

/** Boots Parse Server on the given database and listens on config.port (0 picks one). */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const { config } = opts
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
    sessionLength: 60 * 60 * 24 * 30,
    logLevel: config.logLevel,
    // Parse writes log files to ./logs by default; keep them with the data, never in the tree.
    logsFolder: path.join(config.dataDir, 'logs'),
    silent: config.logLevel === 'silent',
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
    // The largest upload (a 5 MB PDF) as base64 in a cloud function's JSON body.
    maxUploadSize: '8mb',
    pages: { encodePageParamHeaders: true },
  } as unknown as ConstructorParameters<typeof ParseServer>[0]
  const parse = new ParseServer(parseOptions)
  await parse.start()
  await ensureIndexes(pool)

  const app = express()
  app.disable('x-powered-by')
  if (config.trustProxy) app.set('trust proxy', config.trustProxy)
  app.use('/parse', jsonBody(parseOptions.maxUploadSize ?? '20mb'))
  app.use('/parse', chineseErrors, parse.app)
  if (config.dashboard && opts.dashboardCredentials) mountDashboard(app, config, opts.dashboardCredentials)
  if (config.h5Dir && fs.existsSync(path.join(config.h5Dir, 'index.html'))) mountH5(app, config.h5Dir)
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

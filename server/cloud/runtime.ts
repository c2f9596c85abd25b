/** What cloud code needs from the process that booted it: configuration and the SQL pool. */
import type { Pool } from 'pg'
import type { ServerConfig } from '../config'
import type { DiskFilesAdapter } from '../files-adapter'

interface Runtime {
  config: ServerConfig
  pool: Pool
  /** Parse's files adapter: uploads are written and deleted through it, not over HTTP. */
  files: DiskFilesAdapter
}

let current: Runtime | null = null

export function setRuntime(runtime: Runtime): void {
  current = runtime
}

export function runtime(): Runtime {
  if (!current) throw new Error('cloud code loaded before the server set its runtime')
  return current
}

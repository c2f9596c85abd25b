/**
 * `npm run seed -- --scale demo|full [--reset]`: writes the demo street into the database
 * that DATA_DIR / DATABASE_URI point at. Full scale is the street's real size, for benchmarks.
 */
import { loadConfig } from '@server/config'
import { boot } from '@server/index'
import { isSeeded, seedDatabase } from '@server/seed/run'
import type { Scale } from '@server/seed/generate'

function parseArgs(argv: string[]): { scale: Scale; reset: boolean } {
  const i = argv.indexOf('--scale')
  const scale = (i >= 0 ? argv[i + 1] : 'demo') as Scale
  if (scale !== 'demo' && scale !== 'full') throw new Error('--scale 只能是 demo 或 full')
  return { scale, reset: argv.includes('--reset') }
}

async function main(): Promise<void> {
  const { scale, reset } = parseArgs(process.argv.slice(2))
  const config = { ...loadConfig(), port: 0, h5Dir: null, dashboard: false, logLevel: 'error' }
  if (config.production) throw new Error('生产环境不能写入演示数据。')
  const booted = await boot(config, { seedIfEmpty: false, log: () => {} })
  try {
    if ((await isSeeded(booted.server.pool)) && !reset) {
      throw new Error('数据库里已经有数据。要清空后重新生成，请加 --reset。')
    }
    const t0 = Date.now()
    const result = await seedDatabase(booted.server.pool, { scale, reset })
    const seconds = ((Date.now() - t0) / 1000).toFixed(1)
    console.log(`已写入 ${scale} 规模的演示数据，用时 ${seconds} 秒：`)
    for (const [cls, n] of Object.entries(result.counts)) console.log(`  ${cls.padEnd(18)} ${n}`)
  } finally {
    await booted.close()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})

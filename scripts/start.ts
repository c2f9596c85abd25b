/**
 * `npm start`: builds the H5 app when it is missing or stale, boots the database, the server
 * and (on first start) the demo data, then prints where to open everything.
 */
import { loadConfig, ConfigError } from '@server/config'
import { boot, closeOnSignals } from '@server/index'
import { generate } from '@server/seed/generate'
import { ensureBuilt } from './lib/build'

async function main(): Promise<void> {
  // `npm start` is the demo: it asks for demo mode explicitly (DEMO=off runs it without).
  // loadConfig still refuses demo mode in production or beside a real WeChat AppID.
  const config = loadConfig({ DEMO: 'on', ...process.env })
  if (config.h5Dir) ensureBuilt('h5')
  const booted = await boot(config)
  closeOnSignals(booted)
  const url = booted.server.url
  const lines = [
    '',
    '同心社区 已启动',
    `  居民端（H5 预览）  ${url}/`,
    `  后台（Parse Dashboard）  ${url}/dashboard` + (booted.dashboard ? `  账号 ${booted.dashboard.user} / 密码 ${booted.dashboard.pass}` : '（未开启）'),
    `  API  ${url}/parse   就绪检查 ${url}/parse/health   存活检查 ${url}/parse/live`,
    `  数据  ${config.databaseUri ? '外部 PostgreSQL（DATABASE_URI）' : `内置 PostgreSQL，目录 ${config.dataDir}`}`,
  ]
  if (config.demo) {
    lines.push('', '演示账号（在登录页输入手机号即可登录）：')
    for (const a of generate('demo').demoAccounts) lines.push(`  ${a.phone}  ${a.role.padEnd(10, '　')}${a.name}  ${a.note}`)
  }
  lines.push('', '按 Ctrl+C 停止。')
  console.log(lines.join('\n'))
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? `配置错误：${err.message}` : err instanceof Error ? err.message : err)
  process.exit(1)
})

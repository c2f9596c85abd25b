/**
 * `npm run dev`: the server (restarted when server/ changes) and the H5 build in watch mode.
 * For the weapp build in watch mode, run `npm run build:weapp -- --watch` and open dist/weapp
 * in WeChat DevTools.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { ROOT } from './lib/build'

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)
const children: ChildProcess[] = [
  spawn(bin('taro'), ['build', '--type', 'h5', '--watch'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'development' } }),
  // Development is a demo like `npm start`: demo mode is asked for explicitly (DEMO=off to leave it out).
  spawn(bin('tsx'), ['watch', '--clear-screen=false', 'server/index.ts'], { cwd: ROOT, stdio: 'inherit', env: { DEMO: 'on', ...process.env } }),
]
console.log('开发模式：H5 在 dist/h5 持续构建，服务在 http://localhost:' + (process.env.PORT ?? '1337') + '/ 提供，改动 server/ 会自动重启。')

const stop = () => {
  for (const c of children) c.kill('SIGTERM')
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const c of children) c.on('exit', (code) => {
  if (code) {
    stop()
    process.exitCode = code
  }
})

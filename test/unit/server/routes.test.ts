/**
 * @jest-environment node
 */
import { isOpenRoute, openRoutes, sameKey } from '@server/http/routes'

const routes = openRoutes('tongxin')
const open = (method: string, path: string) => isOpenRoute(routes, method, path)

describe('the route allow-list', () => {
  it('opens what the app uses: functions, logout, health, readiness and reading files', () => {
    expect(open('POST', '/functions/demoLogin')).toBe(true)
    expect(open('POST', '/logout')).toBe(true)
    expect(open('GET', '/health')).toBe(true)
    expect(open('HEAD', '/live')).toBe(true)
    expect(open('GET', '/files/tongxin/0123abcd_problem-1a2b3c4d.jpg')).toBe(true)
  })

  it('refuses other methods on the open routes', () => {
    expect(open('GET', '/functions/demoLogin')).toBe(false)
    expect(open('PUT', '/functions/demoLogin')).toBe(false)
    expect(open('GET', '/logout')).toBe(false)
    expect(open('POST', '/files/tongxin/x.txt')).toBe(false)
    expect(open('DELETE', '/files/tongxin/x.txt')).toBe(false)
  })

  it.each([
    '/functions/demoLogin/',
    '/functions//demoLogin',
    '//functions/demoLogin',
    '/Functions/demoLogin',
    '/functions/demo%4Cogin',
    '/functions%2FdemoLogin',
    '/functions/demoLogin%00',
    '/functions/../classes/Resident',
    '/functions/',
    '/LOGOUT',
    '/logout/',
  ])('refuses the spelling %s instead of normalising it', (path) => {
    expect(open('POST', path)).toBe(false)
  })

  it.each([
    '/files/other-app/a.jpg',
    '/files/tongxin/..',
    '/files/tongxin/.hidden',
    '/files/tongxin/a%2F..%2Fmaster-key',
    '/files/tongxin/a/b.jpg',
    '/files/tongxin/metadata/a.jpg',
    '/files/tongxin/',
  ])('refuses the file path %s', (path) => {
    expect(open('GET', path)).toBe(false)
  })

  it.each(['/classes/Resident', '/users/me', '/login', '/batch', '/schemas', '/serverInfo', '/installations', '/graphql', '/health/'])('refuses %s for every method', (path) => {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'HEAD']) expect(open(method, path)).toBe(false)
  })

  it('compares the master key in full, whatever its length', () => {
    expect(sameKey('secret', 'secret')).toBe(true)
    expect(sameKey('secre', 'secret')).toBe(false)
    expect(sameKey('secret-and-more', 'secret')).toBe(false)
    expect(sameKey('', 'secret')).toBe(false)
    expect(sameKey(undefined, 'secret')).toBe(false)
    expect(sameKey(['secret'], 'secret')).toBe(false)
  })
})

/** Every route Parse Server 9 mounts, as its routers declare them (the version in node_modules). */
function parseRoutes(): string[] {
  type Layer = { route?: { path: string; methods: Record<string, boolean> } }
  const ParseServer = (require('parse-server/lib/ParseServer') as { default: { promiseRouter(o: { appId: string; options: object }): { routes: Array<{ method: string; path: string }> } } }).default
  const { FilesRouter } = require('parse-server/lib/Routers/FilesRouter') as { FilesRouter: new () => { expressRouter(o: object): { stack: Layer[] } } }
  const api = ParseServer.promiseRouter({ appId: 'tongxin', options: {} }).routes.map((r) => `${r.method} ${r.path}`)
  const files = new FilesRouter().expressRouter({}).stack.flatMap((l) => (l.route ? Object.keys(l.route.methods).map((m) => `${m.toUpperCase()} ${l.route!.path}`) : []))
  return [...api, ...files]
}

const SAMPLE: Record<string, string> = { className: 'Resident', objectId: 'abc123', functionName: 'demoLogin', jobName: 'j', eventName: 'e', appId: 'tongxin', filename: 'a.jpg', filepath: 'a.jpg', triggerName: 'beforeSave' }

describe("Parse's own routes", () => {
  it('only the routes decided open pass without the master key; a new Parse route fails this test until decided', () => {
    const routes = parseRoutes()
    expect(routes.length).toBeGreaterThan(70)
    const passing = routes.filter((route) => {
      const [method, path] = route.split(' ')
      const concrete = path.replace(/[:*](\w+)/g, (_, name: string) => SAMPLE[name] ?? 'x')
      return open(method, concrete)
    })
    // The decision (docs/security.md, "Open routes"): /health and /live are mounted outside these routers (server/http/readiness.ts).
    expect(passing.sort()).toEqual(['GET /files/:appId/*filepath', 'POST /functions/:functionName', 'POST /logout'])
  })
})

import { configure } from 'mobx'

/**
 * Runs each test under the app's MobX rules (src/app.tsx) and fails it when anything writes
 * to the console: MobX reports state changed outside an action there, and React reports
 * updates outside act() and bad DOM props there, none of which would fail a test otherwise.
 */
export function strictConsole(): void {
  let warn: jest.SpyInstance
  let error: jest.SpyInstance

  beforeAll(() => {
    configure({ enforceActions: 'observed' })
  })

  beforeEach(() => {
    warn = jest.spyOn(console, 'warn')
    error = jest.spyOn(console, 'error')
  })

  afterEach(() => {
    const said = [...warn.mock.calls, ...error.mock.calls].map((args: unknown[]) => args.map(String).join(' '))
    warn.mockRestore()
    error.mockRestore()
    expect(said).toEqual([])
  })
}

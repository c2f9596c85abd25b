/**
 * Sessions for users whose identity cloud code has already established (demo login).
 * Parse has no public API for this; its own Auth.createSession is what /login uses.
 */
import { runtime } from './runtime'

interface AuthModule {
  createSession(
    config: unknown,
    opts: { userId: string; createdWith: { action: string; authProvider: string }; installationId?: string },
  ): { sessionData: { sessionToken: string }; createSession(): Promise<unknown> }
}
interface ConfigModule {
  get(appId: string): unknown
}

/** Creates a session for the user and returns its token. */
export async function createSessionFor(userId: string, provider: string): Promise<string> {
  const Auth = require('parse-server/lib/Auth') as AuthModule
  const Config = (require('parse-server/lib/Config') as { default?: ConfigModule } & ConfigModule)
  const config = (Config.default ?? Config).get(runtime().config.appId)
  const { sessionData, createSession } = Auth.createSession(config, {
    userId,
    createdWith: { action: 'login', authProvider: provider },
  })
  await createSession()
  return sessionData.sessionToken
}

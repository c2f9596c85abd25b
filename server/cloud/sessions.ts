/**
 * Sessions for users whose identity cloud code has already established (demo login).
 * Parse has no public API for this; RestWrite.createSession is what its own /login uses.
 */
import { runtime } from './runtime'

interface RestWriteModule {
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
  const restWrite = require('parse-server/lib/RestWrite') as { default?: RestWriteModule } & RestWriteModule
  const RestWrite = restWrite.default ?? restWrite
  const Config = (require('parse-server/lib/Config') as { default?: ConfigModule } & ConfigModule)
  const config = (Config.default ?? Config).get(runtime().config.appId)
  const { sessionData, createSession } = RestWrite.createSession(config, {
    userId,
    createdWith: { action: 'login', authProvider: provider },
  })
  await createSession()
  return sessionData.sessionToken
}

/** Classes of notifications (messages, subscriptions, outbox); spread into definitions (definitions.ts) and indexes (indexes.ts). */
import type { ClassDefinition } from './kit'
import type { IndexSpec, UniqueIndexSpec } from './indexes'

export const notifyDefinitions: ClassDefinition[] = []
export const notifyIndexes: IndexSpec[] = []
export const notifyUnique: UniqueIndexSpec[] = []
/** Classes written by people using the app (never by the seed): emptied by a reseed. */
export const notifyAppWritten: string[] = []

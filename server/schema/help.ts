/** Classes of Stewards and help requests (issue #4); spread into definitions (definitions.ts) and indexes (indexes.ts). */
import type { ClassDefinition } from './kit'
import type { IndexSpec, UniqueIndexSpec } from './indexes'

export const helpDefinitions: ClassDefinition[] = []
export const helpIndexes: IndexSpec[] = []
export const helpUnique: UniqueIndexSpec[] = []
/** Classes written by people using the app (never by the seed): emptied by a reseed. */
export const helpAppWritten: string[] = []

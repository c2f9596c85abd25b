/** Classes of Red summons and the time bank (issue #5); spread into definitions (definitions.ts) and indexes (indexes.ts). */
import type { ClassDefinition } from './kit'
import type { IndexSpec, UniqueIndexSpec } from './indexes'

export const activitiesDefinitions: ClassDefinition[] = []
export const activitiesIndexes: IndexSpec[] = []
export const activitiesUnique: UniqueIndexSpec[] = []
/** Classes written by people using the app (never by the seed): emptied by a reseed. */
export const activitiesAppWritten: string[] = []

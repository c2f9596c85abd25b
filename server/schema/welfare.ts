/** Classes of Rainbow Bridge welfare projects (issue #6); spread into definitions (definitions.ts) and indexes (indexes.ts). */
import type { ClassDefinition } from './kit'
import type { IndexSpec, UniqueIndexSpec } from './indexes'

export const welfareDefinitions: ClassDefinition[] = []
export const welfareIndexes: IndexSpec[] = []
export const welfareUnique: UniqueIndexSpec[] = []
/** Classes written by people using the app (never by the seed): emptied by a reseed. */
export const welfareAppWritten: string[] = []

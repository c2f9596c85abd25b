/** Demo data of Red summons and the time bank (issue #5); called by generate.ts after the street, people and notices exist. */
import type { FeatureSeed } from './types'

export const seedActivity: FeatureSeed = () => undefined
/** Seeded classes of this feature, in insert order (write.ts). */
export const activitiesSeedOrder: string[] = []

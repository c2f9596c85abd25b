/** Demo data of Stewards and help requests (issue #4); called by generate.ts after the street, people and notices exist. */
import type { FeatureSeed } from './types'

export const seedHelp: FeatureSeed = () => undefined
/** Seeded classes of this feature, in insert order (write.ts). */
export const helpSeedOrder: string[] = []

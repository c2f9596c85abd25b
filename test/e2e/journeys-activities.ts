/** End-to-end journeys of Red summons and the time bank (issue #5). */
import type { JourneyEnv } from './journeys'

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function runActivityJourneys(_env: JourneyEnv): Promise<void> {}

/** End-to-end journeys of Rainbow Bridge welfare projects (issue #6). */
import type { JourneyEnv } from './journeys'

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function runWelfareJourneys(_env: JourneyEnv): Promise<void> {}

// Cloud code entry: registers every feature's functions and triggers (server/cloud/features.ts).
import { FEATURES } from './features'

for (const feature of FEATURES) feature.functions()

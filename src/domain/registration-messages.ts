/**
 * The registration rule's sentence, apart from messages.ts: the registration store sits in the
 * mini-program's main package, and importing messages.ts there would carry every feature's
 * sentences (4 KB) along. messages.ts re-exports it, so it is still said once.
 */
export const REGISTRATION_MESSAGES = {
  building: '请选择楼栋。',
} as const

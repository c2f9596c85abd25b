/**
 * A build-time TARO_APP_* value, or undefined when it was not set.
 *
 * Taro substitutes `process.env.TARO_APP_X` only when that variable is set at build time;
 * otherwise the expression reaches the bundle unchanged, and neither browsers nor WeChat
 * define `process`, so reading it directly throws "process is not defined" at startup.
 * Pass the read as a closure so Taro still sees, and substitutes, the literal expression.
 */
export function buildEnv(read: () => string | undefined): string | undefined {
  try {
    return read()
  } catch {
    return undefined
  }
}

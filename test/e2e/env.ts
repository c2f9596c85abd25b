/**
 * Imported first by run.ts, before anything loads parse-server: Parse reads its log folder
 * from the environment at import, and a test run must not write into the repo's logs/.
 */
process.env.PARSE_SERVER_LOGS_FOLDER ??= 'null'

export {}

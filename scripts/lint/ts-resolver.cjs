/**
 * An import resolver for eslint-plugin-boundaries (eslint-module-utils interface v2) that resolves
 * exactly as `tsc` does: TypeScript's own module resolution with tsconfig.json's options, so the
 * path aliases (`@/`, `@contract/`, ...) are declared once, in tsconfig.json. No native binaries
 * (eslint-import-resolver-typescript pulls in unrs-resolver and its per-platform bindings).
 */
const fs = require('node:fs')
const path = require('node:path')
const { builtinModules } = require('node:module')
const ts = require('typescript')

const builtins = new Set(builtinModules)
const configs = new Map()

/** tsconfig.json's compiler options and a resolution cache, made once per tsconfig. */
function project(tsconfig) {
  let entry = configs.get(tsconfig)
  if (!entry) {
    const read = ts.readConfigFile(tsconfig, ts.sys.readFile)
    if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'))
    const dir = path.dirname(tsconfig)
    const options = ts.parseJsonConfigFileContent(read.config, ts.sys, dir, undefined, tsconfig).options
    const cache = ts.createModuleResolutionCache(dir, (f) => (ts.sys.useCaseSensitiveFileNames ? f : f.toLowerCase()), options)
    entry = { options, cache }
    configs.set(tsconfig, entry)
  }
  return entry
}

exports.interfaceVersion = 2

/** `config.project`: the tsconfig.json to follow (default: the one in the working directory). */
exports.resolve = function resolve(source, file, config) {
  const bare = source.startsWith('node:') ? source.slice(5) : source
  if (builtins.has(bare)) return { found: true, path: null }
  const tsconfig = path.resolve((config && config.project) || 'tsconfig.json')
  const { options, cache } = project(tsconfig)
  const resolved = ts.resolveModuleName(source, file, options, ts.sys, cache).resolvedModule
  if (resolved) return { found: true, path: path.resolve(resolved.resolvedFileName) }
  // Assets (CSS, images) have no declarations; a relative one that exists is still a local file.
  if (source.startsWith('.')) {
    const target = path.resolve(path.dirname(file), source)
    if (fs.existsSync(target)) return { found: true, path: target }
  }
  return { found: false }
}

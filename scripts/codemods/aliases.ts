/**
 * Rewrites relative imports that leave their zone into the path aliases of tsconfig.json:
 *   ../../../adapters/ports      -> @/adapters/ports        (src/)
 *   ../../../../types/domain     -> @contract/domain        (types/)
 *   ../../server/cloud/clock     -> @server/cloud/clock     (server/, from test/ and scripts/)
 *
 * A zone is what a relative import may stay inside (the same zones eslint.config.mjs enforces):
 * one feature (src/features/<name>), another top-level folder of src/ (src/app, src/domain, ...),
 * the files directly in src/, or a top-level folder (server, types, test, scripts, config).
 * Imports that stay in their zone, or only descend (`./x`), are left as they are.
 *
 * Every way a module is named is handled: import / import type / export ... from / export * from /
 * side-effect imports, `import x = require()`, dynamic import(), `typeof import()` types, require(),
 * and jest.mock / requireActual / doMock / unmock / requireMock / createMockFromModule / setMock.
 * Files are parsed with TypeScript, so comments and strings that merely look like imports are not
 * touched, and only the module name's text changes (quotes and formatting stay).
 * Idempotent: an alias is not relative, so a second run changes nothing.
 *
 *   npx tsx scripts/codemods/aliases.ts            rewrite src/ server/ types/ test/ scripts/ config/
 *   npx tsx scripts/codemods/aliases.ts --check    change nothing; exit 1 if anything would change
 *   npx tsx scripts/codemods/aliases.ts src/app    only these files or folders
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const ROOT = path.resolve(__dirname, '..', '..')
const DEFAULT_DIRS = ['src', 'server', 'types', 'test', 'scripts', 'config']
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.data', 'coverage', 'weapp-ci'])
const CODE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/
const JEST_MODULE_CALLS = new Set(['mock', 'requireActual', 'doMock', 'unmock', 'dontMock', 'requireMock', 'createMockFromModule', 'setMock'])

interface Alias {
  /** e.g. `@contract/` */
  prefix: string
  /** Absolute folder it stands for, e.g. /repo/types */
  dir: string
}

/** tsconfig.json's `paths` ("@x/*": ["./dir/*"]), longest folder first. */
function readAliases(): Alias[] {
  const file = path.join(ROOT, 'tsconfig.json')
  const read = ts.readConfigFile(file, ts.sys.readFile)
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'))
  const options = (read.config as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } }).compilerOptions ?? {}
  const base = path.resolve(ROOT, options.baseUrl ?? '.')
  const aliases: Alias[] = []
  for (const [key, targets] of Object.entries(options.paths ?? {})) {
    const target = targets[0]
    if (!key.endsWith('/*') || !target?.endsWith('/*')) continue
    aliases.push({ prefix: key.slice(0, -1), dir: path.resolve(base, target.slice(0, -2)) })
  }
  return aliases.sort((a, b) => b.dir.length - a.dir.length)
}

/** The zone a file or import target is in, as a repo-relative folder ('' when outside every zone). */
export function zoneOf(relFile: string): string {
  const parts = relFile.split(path.sep).join('/').split('/')
  if (parts[0] === 'src') {
    if (parts.length <= 2) return 'src' // a file directly in src/ (app.tsx, app.config.ts)
    if (parts[1] === 'features' && parts.length > 3) return parts.slice(0, 3).join('/')
    return parts.slice(0, 2).join('/')
  }
  return parts.length > 1 ? parts[0] : ''
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** The alias spelling of `spec` (relative, written in `file`), or null when it should stay. */
export function aliasFor(spec: string, file: string, aliases: Alias[]): string | null {
  if (!spec.startsWith('../')) return null // `./x` only descends: it cannot leave its zone
  const target = path.resolve(path.dirname(file), spec)
  const fromZone = zoneOf(path.relative(ROOT, file))
  const toRel = path.relative(ROOT, target)
  // A folder import (`../features/help`) means its index file: in the folder's zone.
  const toZone = zoneOf(isDirectory(target) ? path.join(toRel, 'index') : toRel)
  if (toRel.startsWith('..') || toZone === fromZone) return null
  const alias = aliases.find((a) => target.startsWith(a.dir + path.sep))
  if (!alias) return null // e.g. ../package.json: no alias covers the repository root
  return alias.prefix + path.relative(alias.dir, target).split(path.sep).join('/')
}

/** Every string literal in the file that names a module. */
function moduleSpecifiers(source: ts.SourceFile): ts.StringLiteralLike[] {
  const found: ts.StringLiteralLike[] = []
  const add = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) found.push(node)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier)
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression)
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal)
    else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const callee = node.expression
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require'
      const isRequireResolve =
        ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'require' && callee.name.text === 'resolve'
      const isJest =
        ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'jest' && JEST_MODULE_CALLS.has(callee.name.text)
      if (isDynamicImport || isRequire || isRequireResolve || isJest) add(node.arguments[0])
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function scriptKind(file: string): ts.ScriptKind {
  if (file.endsWith('.tsx')) return ts.ScriptKind.TSX
  if (file.endsWith('.jsx')) return ts.ScriptKind.JSX
  if (/\.[mc]?js$/.test(file)) return ts.ScriptKind.JS
  return ts.ScriptKind.TS
}

/** The file's new text, and how many module names changed. */
export function rewrite(file: string, text: string, aliases: Alias[]): { text: string; changes: number } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file))
  const edits: Array<{ start: number; end: number; spec: string }> = []
  for (const literal of moduleSpecifiers(source)) {
    const spec = aliasFor(literal.text, file, aliases)
    if (spec) edits.push({ start: literal.getStart(source) + 1, end: literal.getEnd() - 1, spec })
  }
  let out = text
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.spec + out.slice(edit.end)
  return { text: out, changes: edits.length }
}

function* walk(entry: string): Generator<string> {
  const stat = fs.statSync(entry)
  if (stat.isFile()) {
    if (CODE.test(entry)) yield entry
    return
  }
  for (const dirent of fs.readdirSync(entry, { withFileTypes: true })) {
    if (dirent.isDirectory() && SKIP_DIRS.has(dirent.name)) continue
    if (dirent.isSymbolicLink()) continue
    const next = path.join(entry, dirent.name)
    if (dirent.isDirectory()) yield* walk(next)
    else if (CODE.test(dirent.name) && !dirent.name.endsWith('.d.ts.map')) yield next
  }
}

function main(): number {
  const args = process.argv.slice(2)
  const check = args.includes('--check')
  const targets = args.filter((a) => !a.startsWith('--'))
  const roots = (targets.length ? targets : DEFAULT_DIRS).map((t) => path.resolve(ROOT, t)).filter((t) => fs.existsSync(t))
  const aliases = readAliases()
  let files = 0
  let changed = 0
  let specs = 0
  for (const root of roots) {
    for (const file of walk(root)) {
      files++
      const text = fs.readFileSync(file, 'utf8')
      const result = rewrite(file, text, aliases)
      if (!result.changes) continue
      changed++
      specs += result.changes
      if (check) console.log(`would rewrite ${result.changes} import(s) in ${path.relative(ROOT, file)}`)
      else fs.writeFileSync(file, result.text)
    }
  }
  const verb = check ? 'would rewrite' : 'rewrote'
  console.log(`aliases: ${verb} ${specs} import(s) in ${changed} of ${files} files (${aliases.map((a) => `${a.prefix} = ${path.relative(ROOT, a.dir)}/`).join(', ')})`)
  return check && changed ? 1 : 0
}

if (require.main === module) process.exitCode = main()

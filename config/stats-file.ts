import fs from 'node:fs'
import type { Compiler } from 'webpack'

/** Writes the build's modules and chunks as JSON (a diagnostic, off unless asked for). */
export class StatsFile {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('StatsFile', (stats) => {
      const json = stats.toJson({ all: false, modules: true, nestedModules: true, chunks: true, ids: true, assets: true })
      fs.writeFileSync(this.file, JSON.stringify(json))
    })
  }
}

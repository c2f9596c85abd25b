/**
 * Parse files on the local disk, under FILES_DIR (default .data/files): Parse's default adapter
 * needs MongoDB, and @parse/fs-files-adapter writes relative to the working directory. Files are
 * named by Parse (a random prefix and the original name) and served by Parse's files router.
 */
import fs from 'node:fs'
import path from 'node:path'

interface ParseFilesConfig {
  mount: string
  applicationId: string
}

export class DiskFilesAdapter {
  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  }

  /** The file's path; Parse's filename rules already exclude separators, and basename makes sure. */
  private pathOf(filename: string): string {
    return path.join(this.dir, path.basename(encodeURIComponent(filename)))
  }

  async createFile(filename: string, data: Buffer | string): Promise<void> {
    await fs.promises.writeFile(this.pathOf(filename), data, { mode: 0o600 })
  }

  async deleteFile(filename: string): Promise<void> {
    await fs.promises.unlink(this.pathOf(filename)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err
    })
  }

  async getFileData(filename: string): Promise<Buffer> {
    return fs.promises.readFile(this.pathOf(filename))
  }

  getFileLocation(config: ParseFilesConfig, filename: string): string {
    return `${config.mount}/files/${config.applicationId}/${encodeURIComponent(filename)}`
  }
}

import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'
import { StatsFile } from './stats-file'

// Taro compiles only src/ (and its own packages); types/ holds the page table (types/pages.ts) the app imports.
const SHARED_SOURCES = [path.resolve(__dirname, '..', 'types')]

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'tongxin',
    date: '2026-11-26',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per platform so the weapp and H5 builds do not wipe each other.
    outputRoot: process.env.TX_SOURCE_MAPS ? `dist/${process.env.TARO_ENV}-maps` : `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    // Taro substitutes process.env.TARO_APP_* only for keys it knows of: list them, so a shell
    // variable at build time (the HTTPS API base above all) reaches the weapp bundle.
    env: {
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
      TARO_APP_ID_PARSE: JSON.stringify(process.env.TARO_APP_ID_PARSE ?? ''),
      TARO_APP_DEMO: JSON.stringify(process.env.TARO_APP_DEMO ?? ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: SHARED_SOURCES },
      // TX_SOURCE_MAPS=1: a build with source maps in dist/<env>-maps, to see which module costs how many bytes.
      ...(process.env.TX_SOURCE_MAPS ? { enableSourceMap: true, sourceMapType: 'source-map' } : {}),
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // MobX's ESM entry keeps its development error table even with NODE_ENV=production once
        // minified (57 KB); its own production build is 47 KB, in the main package's vendors.js.
        if (process.env.NODE_ENV === 'production') chain.resolve.alias.set('mobx$', require.resolve('mobx/dist/mobx.esm.production.min.js'))
        // TX_WEBPACK_STATS=<file>: which module went into which chunk, to see what the main package carries.
        if (process.env.TX_WEBPACK_STATS) chain.plugin('stats-file').use(StatsFile, [process.env.TX_WEBPACK_STATS])
      },
    },
    h5: {
      compile: { include: SHARED_SOURCES },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Lazy page chunks would each carry their own mobx and dayjs; collect shared libraries once.
        chain.optimization.splitChunks({
          chunks: 'all',
          cacheGroups: {
            vendors: { name: 'vendors', test: /[\\/]node_modules[\\/]/, priority: -10, chunks: 'all', reuseExistingChunk: true },
          },
        })
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})

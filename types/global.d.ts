/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn'
    TARO_APP_ID: string
    /** The Parse server URL the weapp build talks to (its HTTPS request domain). */
    TARO_APP_API_BASE?: string
    TARO_APP_ID_PARSE?: string
  }
}

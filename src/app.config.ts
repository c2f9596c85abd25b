export default defineAppConfig({
  pages: ['pages/index/index', 'pages/mine/index', 'pages/login/index', 'pages/privacy/index'],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '同心社区',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f1ec',
  },
  tabBar: {
    color: '#6b6b6b',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' },
    ],
  },
  // Used by wx.makePhoneCall and the privacy contract (PIPL): declared, never silent.
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
})

export default defineAppConfig({
  // The main package holds only the first screens (WeChat's 2 MB limit); the rest are subpackages.
  pages: ['pages/index/index', 'pages/notices/index', 'pages/mine/index', 'pages/login/index', 'pages/privacy/index'],
  subPackages: [
    {
      root: 'packages/resident',
      name: 'resident',
      pages: [
        'pages/register/index',
        'pages/registration/index',
        'pages/guide/index',
        'pages/my-data/index',
        'pages/access-log/index',
        'pages/family/index',
        'pages/senior-home/index',
      ],
    },
    {
      root: 'packages/staff',
      name: 'staff',
      pages: ['pages/registrations/index', 'pages/review/index', 'pages/register-for/index', 'pages/guide-edit/index'],
    },
    {
      root: 'packages/notices',
      name: 'notices',
      pages: ['pages/detail/index', 'pages/history/index', 'pages/publish/index', 'pages/mine/index'],
    },
    {
      root: 'packages/help',
      name: 'help',
      pages: ['pages/new/index', 'pages/mine/index', 'pages/detail/index', 'pages/inbox/index', 'pages/escalated/index', 'pages/profile/index', 'pages/stewards/index'],
    },

    { root: 'packages/notify', name: 'notify', pages: ['pages/messages/index'] },

    {
      root: 'packages/activities',
      name: 'activities',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/calendar/index', 'pages/create/index', 'pages/manage/index', 'pages/mine/index', 'pages/time-bank/index', 'pages/certificate/index'],
    },

    { root: 'packages/welfare', name: 'welfare', pages: ['pages/programme/index', 'pages/apply/index', 'pages/mine/index', 'pages/application/index', 'pages/reviews/index', 'pages/project/index', 'pages/programme-new/index'] },

    {
      root: 'packages/problems',
      name: 'problems',
      pages: ['pages/report/index', 'pages/mine/index', 'pages/detail/index', 'pages/queue/index', 'pages/visit/index', 'pages/stats/index'],
    },
  ],
  // Residents go from home to registration, the guide and 我的数据: fetch their package while home shows.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['resident'] },
    // A notice is one tap from the 公告 tab.
    'pages/notices/index': { network: 'all', packages: ['notices'] },
  },
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
      { pagePath: 'pages/notices/index', text: '公告', iconPath: 'assets/tab/notices.png', selectedIconPath: 'assets/tab/notices-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' },
    ],
  },
  // Used by wx.makePhoneCall and the privacy contract (PIPL): declared, never silent.
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
})

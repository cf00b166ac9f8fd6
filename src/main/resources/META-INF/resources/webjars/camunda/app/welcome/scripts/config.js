/*
 * Welcome (login and start page) configuration of the lawful enterprise inspection platform
 * (规范涉企行政检查平台).
 *
 * Replaces the webjar's app/welcome/scripts/config.js (a file at the same path under
 * META-INF/resources of the application wins over the webjar's). Keys Camunda 7.24 reads here:
 * app.name, app.vendor, locales, dateFormat, customScripts, links, csrfCookieName,
 * disableWelcomeMessage; everything not set keeps Camunda's default.
 *
 * Language: the first language of the browser, reduced to its language part ("zh-CN" -> "zh"), if it
 * is listed in availableLocales, otherwise fallbackLocale.
 */
export default {
  // the header shows "<vendor> <name>", and so does the page title
  app: {
    name: '欢迎页',
    vendor: '规范涉企行政检查平台'
  },

  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};

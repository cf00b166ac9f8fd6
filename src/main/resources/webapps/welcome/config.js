/*
 * Welcome (login and start page) configuration of the lawful enterprise inspection platform
 * (规范涉企行政检查平台).
 *
 * Template of the webjar's app/welcome/scripts/config.js, served like Tasklist's by
 * tasklist.internal.WebappConfigController with __LOCALES__ rendered from inspection.webapps.locale
 * (docs/webapps-language.md). Keys Camunda 7.24 reads here: app.name, app.vendor, locales, dateFormat,
 * customScripts, links, csrfCookieName, disableWelcomeMessage; everything not set keeps Camunda's default.
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

  // rendered from inspection.webapps.locale (INSPECTION_WEBAPPS_LOCALE) by tasklist.internal.WebappConfigController
  locales: __LOCALES__
};

/*
 * Tasklist configuration of the lawful enterprise inspection platform (规范涉企行政检查平台).
 *
 * Template of the webjar's app/tasklist/scripts/config.js: tasklist.internal.WebappConfigController serves it at
 * /camunda/app/tasklist/scripts/config.js (a controller mapping wins over the webjar's static file) with __LOCALES__
 * rendered from the one setting inspection.webapps.locale (docs/webapps-language.md). Keys Camunda 7.24 reads here:
 * app.name, app.vendor, locales, dateFormat, customScripts, csrfCookieName, disableWelcomeMessage,
 * assignProcessInstanceIdToTaskComment, previewHtml, bpmnJs, shortcuts; everything not set keeps
 * Camunda's default.
 *
 * Language: the Tasklist takes the first language of the browser (navigator.languages[0]), keeps only
 * its language part ("zh-CN" -> "zh") and uses it when it is listed in availableLocales, otherwise
 * fallbackLocale. With the default setting zh only Chinese is listed, so every browser gets locales/zh.json.
 */
export default {
  // the header shows "<vendor> <name>", and so does the page title
  app: {
    name: '任务列表',
    vendor: '规范涉企行政检查平台'
  },

  // dates in forms as 年-月-日 whatever the browser's regional format (scripts/form-dates.js), and form-js's own
  // messages, placeholders and calendar in Chinese (scripts/form-texts.js); docs/tasklist-forms.md
  customScripts: ['scripts/form-dates', 'scripts/form-texts'],

  // rendered from inspection.webapps.locale (INSPECTION_WEBAPPS_LOCALE) by tasklist.internal.WebappConfigController
  locales: __LOCALES__,

  // the webjar's default keyboard shortcuts, described in Chinese (shown in the shortcut help)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到过滤器列表的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开启动流程对话框'
    }
  }
};

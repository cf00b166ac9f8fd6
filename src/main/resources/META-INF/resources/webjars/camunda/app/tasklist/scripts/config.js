/*
 * Tasklist configuration of the lawful enterprise inspection platform (规范涉企行政检查平台).
 *
 * Replaces the webjar's app/tasklist/scripts/config.js (a file at the same path under
 * META-INF/resources of the application wins over the webjar's). Keys Camunda 7.24 reads here:
 * app.name, app.vendor, locales, dateFormat, customScripts, csrfCookieName, disableWelcomeMessage,
 * assignProcessInstanceIdToTaskComment, previewHtml, bpmnJs, shortcuts; everything not set keeps
 * Camunda's default.
 *
 * Language: the Tasklist takes the first language of the browser (navigator.languages[0]), keeps only
 * its language part ("zh-CN" -> "zh") and uses it when it is listed in availableLocales, otherwise
 * fallbackLocale. So Chinese browsers get locales/zh.json, and so does every browser we do not know.
 */
export default {
  // the header shows "<vendor> <name>", and so does the page title
  app: {
    name: '任务列表',
    vendor: '规范涉企行政检查平台'
  },

  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },

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

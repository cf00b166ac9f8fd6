/*
 * Camunda Forms' own texts in Chinese (表单提示中文化) in the platform's Tasklist (docs/tasklist-forms.md).
 *
 * A Tasklist custom script (config.js → customScripts), loaded once before any form is rendered, beside
 * scripts/form-dates.js (dates as 年-月-日). The form-js viewer bundled with Tasklist 7.24 has no translation hook:
 * its validation messages ("Field is required."), the placeholders of its selects and search boxes ("Select",
 * "Search") and the date picker's calendar (month and weekday names) are fixed English in its code. A
 * MutationObserver replaces exactly those texts with Chinese ones inside a form (.fjs-container) as soon as form-js
 * renders them; nothing outside a form is touched, and a text it does not know stays as it is.
 */
const FORM_ROOT = '.fjs-container';

const EXACT = new Map([
  ['Field is required.', '此项为必填项。'],
  ['Field must be a valid email.', '请输入有效的电子邮箱地址。'],
  ['Select', '请选择'],
  ['Search', '输入关键字搜索'],
  ['No values', '无可选项'],
  ['Add new', '添加'],
  ['Expand all', '全部展开'],
  ['Collapse all', '全部收起'],
  ['Yes', '是'],
  ['No', '否'],
  // the date picker's calendar (flatpickr, English by default)
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December'].map((month, i) => [month, `${i + 1}月`]),
  ...['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((day, i) => [day, '日一二三四五六'[i]])
]);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

const PATTERNS = [
  [/^Field must have minimum length of (\d+)\.$/, (n) => `至少输入 ${n} 个字符。`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `最多输入 ${n} 个字符。`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `不能小于 ${n}。`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `不能大于 ${n}。`],
  [/^Field must match pattern .*$/, () => '输入格式不正确，请按说明填写。'],
  [/^Field must be a valid\s+international phone number.*$/, () => '请输入有效的电话号码（带国家代码，如 +86）。'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `请输入有效的数值，最接近的有效值为 ${a} 和 ${b}。`],
  [/^Date must match pattern .*$/, () => '日期格式应为 年-月-日，如 2026-12-07。'],
  [/^(yyyy|mm|dd)[-/.](yyyy|mm|dd)[-/.](yyyy|mm|dd)$/i, () => '年-月-日'],
  // a day's label in the calendar ("December 7, 2026")
  [/^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})$/,
    (month, day, year) => `${year}年${MONTHS.indexOf(month) + 1}月${day}日`]
];

/** The Chinese for one of form-js's English texts, or null when it is not one. */
export function chinese(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (EXACT.has(trimmed)) {
    return EXACT.get(trimmed);
  }
  for (const [pattern, replace] of PATTERNS) {
    const match = trimmed.match(pattern);
    if (match) {
      return replace(...match.slice(1));
    }
  }
  return null;
}

function translateNode(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const replaced = chinese(node.nodeValue);
    if (replaced !== null) {
      node.nodeValue = replaced;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  for (const attribute of ['placeholder', 'aria-label', 'title']) {
    const value = node.getAttribute(attribute);
    const replaced = value === null ? null : chinese(value);
    if (replaced !== null) {
      node.setAttribute(attribute, replaced);
    }
  }
  node.childNodes.forEach(translateNode);
}

function insideForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element !== null && element.closest(FORM_ROOT) !== null;
}

function start() {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        if (insideForm(mutation.target)) {
          translateNode(mutation.target);
        }
      } else if (mutation.type === 'attributes') {
        if (insideForm(mutation.target)) {
          translateNode(mutation.target);
        }
      } else {
        mutation.addedNodes.forEach((node) => {
          if (insideForm(node)) {
            translateNode(node);
          }
        });
      }
    }
  });
  observer.observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true,
    attributeFilter: ['placeholder', 'aria-label', 'title']
  });
}

start();

export default [];

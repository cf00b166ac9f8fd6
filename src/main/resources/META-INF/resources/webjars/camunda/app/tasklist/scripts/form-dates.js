/*
 * Dates in the platform's Tasklist forms as 年-月-日 (2026-12-09), whatever the browser's regional format
 * (docs/tasklist-forms.md).
 *
 * form-js as bundled with Tasklist 7.24 derives the format and the placeholder of a date field from
 * `new Intl.DateTimeFormat('default')`, the browser's default locale: an English (US) browser shows mm/dd/yyyy, and
 * neither a form property nor a Tasklist setting changes it. Tasklist loads this module through `customScripts` in
 * scripts/config.js before it renders any form. It answers that one request, the literal locale 'default', with
 * year, month and day as digits joined by '-'; every other use of Intl.DateTimeFormat keeps the browser's own.
 */
const BrowserDateTimeFormat = Intl.DateTimeFormat;
const YEAR_MONTH_DAY = {year: 'numeric', month: '2-digit', day: '2-digit'};

function PlatformDateTimeFormat(locales, options) {
  if (locales !== 'default') {
    return new BrowserDateTimeFormat(locales, options);
  }
  const format = new BrowserDateTimeFormat('zh-CN', options || YEAR_MONTH_DAY);
  const parts = format.formatToParts.bind(format);
  format.formatToParts = date => parts(date).map(part => part.type === 'literal' ? {type: 'literal', value: '-'} : part);
  return format;
}

PlatformDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
PlatformDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf.bind(BrowserDateTimeFormat);
Intl.DateTimeFormat = PlatformDateTimeFormat;

// no Tasklist plugins in this module
export default [];

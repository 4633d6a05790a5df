import zhCN from './zh-CN.js';

// Templates asked for that the table lacks: the DOM test reads them through Designer.untranslated().
const missing = new Set();

/**
 * diagram-js' translate service in Chinese: the template looked up in our table, then {placeholders} filled in.
 * An unknown template is shown as it is and remembered, so that a test finds it.
 */
export function translate(template, replacements) {
  let text = zhCN[template];
  if (text === undefined) {
    // Our own texts (lint messages, panel labels) are Chinese already; only an English template is a gap.
    if (!/[\u4e00-\u9fff]/.test(template)) missing.add(template);
    text = template;
  }
  return text.replace(/{([^}]+)}/g, (placeholder, key) => replacements && key in replacements ? replacements[key] : placeholder);
}

export function untranslated() {
  return [ ...missing ];
}

export default {
  translate: [ 'value', translate ]
};

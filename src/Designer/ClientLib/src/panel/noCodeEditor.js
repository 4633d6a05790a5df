// Stands in for the code editors that @bpmn-io/properties-panel imports (CodeMirror, the FEEL and templating
// editors): they serve Camunda's FEEL and JSON entries, which none of our panel groups shows, and were 60 % of the
// panel's chunk. vite.config.js points those packages here. Should an entry ever need one, it fails visibly.
function missing() {
  throw new Error('设计器未包含代码编辑器（FEEL、JSON）：属性面板的条目不应使用它。');
}

const facet = { of: missing };

export const Annotation = { define: () => ({ of: missing }) };
export const EditorState = { create: missing, tabSize: facet, readOnly: facet };
export const EditorView = Object.assign(missing, { lineWrapping: null, updateListener: facet, domEventHandlers: missing, theme: missing });
export const keymap = facet;
export const jsonParseLinter = () => missing;
export const FeelersEditor = missing;
export {
  missing as default,
  missing as highlightSpecialChars,
  missing as drawSelection,
  missing as placeholder,
  missing as lineNumbers,
  missing as syntaxHighlighting,
  missing as foldGutter,
  missing as bracketMatching,
  missing as closeBrackets,
  missing as history,
  missing as json,
  missing as linter
};
export const defaultHighlightStyle = null;
export const foldKeymap = [];
export const closeBracketsKeymap = [];
export const defaultKeymap = [];
export const historyKeymap = [];

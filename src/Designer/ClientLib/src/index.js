import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-codes.css';
import './font.css';
import './designer.css';
import Designer from './Designer.js';

/**
 * The entry Blazor imports (DesignerInterop): creates the designer in the given elements. The returned object's
 * methods (load, getXmlBytes, markProblems, clearProblems, showRun, clearRun, lintBytes, select, download, untranslated,
 * destroy) are called through its JS object reference.
 */
export function create(canvasElement, panelElement, catalog) {
  return new Designer(canvasElement, panelElement, catalog);
}

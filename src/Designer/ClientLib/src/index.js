import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import './designer.css';
import Designer from './Designer.js';

/**
 * The entry Blazor imports (DesignerInterop): creates the designer in the given elements. The returned object's
 * methods (load, getXmlBytes, markProblems, clearProblems, lintBytes, select, download, untranslated, destroy) are
 * called through its JS object reference.
 */
export function create(canvasElement, panelElement, catalog) {
  return new Designer(canvasElement, panelElement, catalog);
}

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './viewer.css';
import DiagramViewer from './DiagramViewer.js';

/**
 * The read-only viewer's entry (DiagramViewerInterop): a separate, lighter bundle than the modeler's — no modeling,
 * no properties panel, no lint. callback: a .NET object reference whose ElementClicked(id) a click on an element calls.
 */
export function createViewer(container, callback) {
  return new DiagramViewer(container, callback);
}

/** Moves and zooms two viewers together (a comparison's sides). */
export function link(first, second) {
  first.link(second);
}

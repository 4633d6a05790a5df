import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import LintModule from 'bpmn-js-bpmnlint';
import RcPropertiesProviderModule from '../provider/rc/index.js';
import lintConfig from '../lint/index.js';

/**
 * The properties panel and the lint rules, a separate chunk that the designer loads once the diagram is drawn: they
 * are most of the bundle and nothing on the first screen needs them. Added to the running modeler as a child
 * injector, which shares the modeler's services (event bus, command stack, selection, translate, config).
 */
export default function attachPanelAndLint(modeler, panelElement) {
  const injector = modeler.get('injector').createChild([
    BpmnPropertiesPanelModule,
    BpmnPropertiesProviderModule,
    RcPropertiesProviderModule,
    LintModule
  ]);
  injector.init();

  const panel = injector.get('propertiesPanel');
  panel.attachTo(panelElement);
  const linting = injector.get('linting');
  linting.setLinterConfig(lintConfig);

  // The panel renders on root.added, which the import fired before it existed, and re-renders the root when its
  // providers register; its own selection listener starts only after its first render. So it is told the selection
  // now and at each change and provider change (a ?element= selection made while the chunk loaded otherwise left the
  // panel on the process).
  const showSelection = () => {
    const selected = modeler.get('selection').get();
    panel._render(selected.length === 1 ? selected[0] : undefined);
  };
  const eventBus = modeler.get('eventBus');
  eventBus.on([ 'selection.changed', 'propertiesPanel.providersChanged' ], 100, showSelection);
  showSelection();
  return { linting };
}

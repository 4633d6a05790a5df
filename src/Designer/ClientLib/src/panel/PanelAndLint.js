import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import LintModule from 'bpmn-js-bpmnlint';
import { render } from '@bpmn-io/properties-panel/preact';
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
  const eventBus = modeler.get('eventBus');
  eventBus.once('linting.completed', () => performance.mark('rc-designer:lint-done'));   // for the designer bench
  linting.setLinterConfig(lintConfig);

  // The panel renders on root.added, which the import fired before it existed; so it is rendered here, with the
  // selection as it is now (a ?element= selection may come before or after this). Its own selection listener is a
  // Preact effect, which starts only after the next frame: a selection in between went unseen and left the panel on
  // the process. A selection change the panel did not take up (no propertiesPanel.updated from its listener, which
  // runs before this one) is therefore rendered afresh.
  const selection = modeler.get('selection');
  const showSelection = () => {
    const selected = selection.get();
    render(null, panel._container);
    panel._render(selected.length === 1 ? selected[0] : undefined);
  };
  let updated = false;
  eventBus.on('propertiesPanel.updated', () => { updated = true; });
  eventBus.on('selection.changed', 100, () => {
    if (!updated) showSelection();
    updated = false;
  });
  showSelection();
  return { linting };
}

import BpmnModeler from 'bpmn-js/lib/Modeler.js';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import LintModule from 'bpmn-js-bpmnlint';
import TranslateModule, { untranslated } from './i18n/translate.js';
import RcPropertiesProviderModule from './provider/rc/index.js';
import rcDescriptor from './descriptors/rc.json';
import lintConfig from './lint/index.js';
import ProblemMarkers from './problems/ProblemMarkers.js';

/** The modeler with its properties panel, our translations, the rc: extension and the lint rules. */
export default class Designer {
  constructor(canvasElement, panelElement, catalog) {
    this._modeler = new BpmnModeler({
      container: canvasElement,
      propertiesPanel: { parent: panelElement },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        RcPropertiesProviderModule,
        LintModule,
        TranslateModule
      ],
      moddleExtensions: { rc: rcDescriptor },
      linting: { bpmnlint: lintConfig, active: true },
      rcCatalog: catalog || {}
    });
    this._problems = new ProblemMarkers(this._modeler);
  }

  /** Loads BPMN XML; resolves to null, or a Chinese message when the file cannot be read. */
  async load(xml) {
    try {
      this._problems.clear();
      await this._modeler.importXML(xml);
      this._modeler.get('canvas').zoom('fit-viewport', 'auto');
      return null;
    } catch (error) {
      return `无法读取该流程文件：${error.message}`;
    }
  }

  async getXml() {
    const { xml } = await this._modeler.saveXML({ format: true });
    return xml;
  }

  /** The XML as UTF-8 bytes, which Blazor reads as a stream (DesignerInterop.GetXmlAsync). */
  async getXmlBytes() {
    return new TextEncoder().encode(await this.getXml());
  }

  /** Marks the server's problems ({ elementId, message }) on the diagram; returns how many elements it found. */
  markProblems(problems) {
    return this._problems.mark(problems).length;
  }

  clearProblems() {
    this._problems.clear();
  }

  /** Runs the lint rules now; resolves to [{ elementId, message, category }]. */
  async lint() {
    return flatten(await this._modeler.get('linting').lint());
  }

  /** The lint issues as UTF-8 JSON, which Blazor reads as a stream (DesignerInterop.LintAsync). */
  async lintBytes() {
    return new TextEncoder().encode(JSON.stringify(await this.lint()));
  }

  /** Selects an element and shows it at full size in the middle of the canvas (problem list, ?element= links). */
  select(elementId) {
    const element = this._modeler.get('elementRegistry').get(elementId);
    if (!element) return false;
    const canvas = this._modeler.get('canvas');
    const middle = element.waypoints
      ? element.waypoints[Math.floor(element.waypoints.length / 2)]
      : { x: element.x + element.width / 2, y: element.y + element.height / 2 };
    canvas.zoom(1);
    const viewbox = canvas.viewbox();
    canvas.viewbox({ x: middle.x - viewbox.width / 2, y: middle.y - viewbox.height / 2, width: viewbox.width, height: viewbox.height });
    this._modeler.get('selection').select(element);
    return true;
  }

  /** Offers the text as a file download (导出). */
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([ text ], { type: 'application/xml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  /** English templates the zh-CN table lacked so far (for the language test). */
  untranslated() {
    return untranslated();
  }

  destroy() {
    this._modeler.destroy();
  }
}

function flatten(issuesById) {
  const result = [];
  for (const [ elementId, issues ] of Object.entries(issuesById || {})) {
    for (const issue of issues) result.push({ elementId, message: issue.message, category: issue.category });
  }
  return result;
}

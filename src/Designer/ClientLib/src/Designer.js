import BpmnModeler from 'bpmn-js/lib/Modeler.js';
import TranslateModule, { untranslated } from './i18n/translate.js';
import PanelCommandsModule from './panel/PanelCommands.js';
import rcDescriptor from './descriptors/rc.json';
import ProblemMarkers from './problems/ProblemMarkers.js';
import RunMarkers from './run/RunMarkers.js';

/**
 * The modeler with our translations and the rc: extension; the properties panel and the lint rules follow once the
 * first diagram is drawn (panelAndLint), so that a large diagram shows and can be edited sooner.
 */
export default class Designer {
  constructor(canvasElement, panelElement, catalog) {
    this._panelElement = panelElement;
    this._modeler = new BpmnModeler({
      container: canvasElement,
      additionalModules: [ TranslateModule, PanelCommandsModule ],
      moddleExtensions: { rc: rcDescriptor },
      linting: { active: true },
      rcCatalog: catalog || {}
    });
    this._problems = new ProblemMarkers(this._modeler);
    this._run = new RunMarkers(this._modeler);
    // Fetched and compiled while the diagram is imported; attached only once it is drawn.
    this._panelModule = import('./panel/PanelAndLint.js');
    this._panelAndLint = null;
  }

  /** Loads BPMN XML; resolves to null, or a Chinese message when the file cannot be read. */
  async load(xml) {
    try {
      this._problems.clear();
      this._run.clear();
      await this._modeler.importXML(xml);
      this._modeler.get('canvas').zoom('fit-viewport', 'auto');
      return null;
    } catch (error) {
      return `无法读取该流程文件：${error.message}`;
    } finally {
      this.panelAndLint();
    }
  }

  /**
   * Loads the properties panel and the lint rules (once), after the next frame is drawn. The performance marks let
   * the designer bench split the time.
   */
  panelAndLint() {
    this._panelAndLint ??= Promise.all([ this._panelModule, new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve))) ])
      .then(([ { default: attach } ]) => {
        performance.mark('rc-designer:panel-loaded');
        if (this._destroyed) return null;
        const attached = attach(this._modeler, this._panelElement);
        performance.mark('rc-designer:panel-attached');
        return attached;
      });
    return this._panelAndLint;
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

  /** Shows a test run's state ({ active, completed, incidents }); returns how many active elements it found. */
  showRun(run) {
    return this._run.show(run).length;
  }

  clearRun() {
    this._run.clear();
  }

  /** Runs the lint rules now; resolves to [{ elementId, message, category }]. */
  async lint() {
    const { linting } = await this.panelAndLint();
    return flatten(await linting.lint());
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
    this._destroyed = true;
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

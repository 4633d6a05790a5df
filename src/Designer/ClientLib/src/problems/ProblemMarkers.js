// The server's deploy validation marked on the diagram: a red outline on each offending element and a badge
// whose tooltip holds the Chinese message. Problems without a drawn element are left to the page's list.
export default class ProblemMarkers {
  constructor(modeler) {
    this._canvas = modeler.get('canvas');
    this._overlays = modeler.get('overlays');
    this._registry = modeler.get('elementRegistry');
    this._marked = [];
  }

  /** Marks each { elementId, message }; returns the ids found on the diagram. */
  mark(problems) {
    this.clear();
    const byElement = new Map();
    for (const problem of problems || []) {
      if (!problem.elementId || !this._registry.get(problem.elementId)) continue;
      const messages = byElement.get(problem.elementId) || [];
      messages.push(problem.message);
      byElement.set(problem.elementId, messages);
    }
    for (const [ id, messages ] of byElement) {
      this._canvas.addMarker(id, 'rc-problem');
      const badge = document.createElement('div');
      badge.className = 'rc-problem-badge';
      badge.dataset.elementId = id;
      badge.title = messages.join('\n');
      badge.textContent = messages.length > 1 ? `${messages.length}` : '!';
      this._overlays.add(id, 'rc-problem', { position: { top: -10, right: 10 }, html: badge });
      this._marked.push(id);
    }
    return [ ...byElement.keys() ];
  }

  clear() {
    for (const id of this._marked) {
      if (this._registry.get(id)) this._canvas.removeMarker(id, 'rc-problem');
    }
    this._overlays.remove({ type: 'rc-problem' });
    this._marked = [];
  }
}

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer.js';
import rcDescriptor from '../descriptors/rc.json';

/**
 * A read-only diagram (bpmn-js NavigatedViewer: move and zoom, no editing) with coloured markers, count badges and a
 * click callback: the case's instance viewer, the statistics of a version and each side of a comparison.
 */
export default class DiagramViewer {
  constructor(container, callback) {
    this._viewer = new NavigatedViewer({ container, moddleExtensions: { rc: rcDescriptor } });
    this._canvas = this._viewer.get('canvas');
    this._overlays = this._viewer.get('overlays');
    this._registry = this._viewer.get('elementRegistry');
    this._marked = [];
    this._selected = null;
    this._linked = [];
    this._syncing = false;
    const eventBus = this._viewer.get('eventBus');
    eventBus.on('element.click', (event) => {
      const element = event.element;
      if (!callback || !element || element.type === 'bpmn:Process' || element.type === 'bpmn:Collaboration') return;
      callback.invokeMethodAsync('ElementClicked', element.businessObject?.id || element.id);
    });
    eventBus.on('canvas.viewbox.changed', ({ viewbox }) => {
      if (this._syncing) return;
      for (const other of this._linked) other._follow(viewbox);
    });
  }

  /** Loads BPMN XML; resolves to null, or a Chinese message when the file cannot be read. */
  async load(xml) {
    try {
      await this._viewer.importXML(xml);
      this._marked = [];
      this._selected = null;
      this._canvas.zoom('fit-viewport', 'auto');
      return null;
    } catch (error) {
      return `无法读取该流程文件：${error.message}`;
    }
  }

  /**
   * Marks elements: [{ elementId, marker }] where marker is a CSS class (rc-passed, rc-active, rc-added …). Earlier
   * marks are removed first; returns the ids found on the diagram.
   */
  mark(marks) {
    for (const { elementId, marker } of this._marked) this._canvas.removeMarker(elementId, marker);
    this._marked = (marks || []).filter(m => m.elementId && this._registry.get(m.elementId));
    for (const { elementId, marker } of this._marked) this._canvas.addMarker(elementId, marker);
    return [ ...new Set(this._marked.map(m => m.elementId)) ];
  }

  /**
   * Count badges: [{ elementId, text, title, kind }] drawn at the element's top right (kind: a CSS class suffix,
   * e.g. passed or waiting; several badges of one element sit side by side).
   */
  badges(badges) {
    this._overlays.remove({ type: 'rc-badge' });
    const byElement = new Map();
    for (const badge of badges || []) {
      if (!badge.elementId || !this._registry.get(badge.elementId)) continue;
      const row = byElement.get(badge.elementId) || document.createElement('div');
      row.className = 'rc-badges';
      const item = document.createElement('span');
      item.className = `rc-badge rc-badge-${badge.kind}`;
      item.textContent = badge.text;
      item.title = badge.title;
      item.dataset.elementId = badge.elementId;
      item.dataset.kind = badge.kind;
      row.appendChild(item);
      byElement.set(badge.elementId, row);
    }
    for (const [ id, row ] of byElement) this._overlays.add(id, 'rc-badge', { position: { top: -12, right: 12 }, html: row });
    return byElement.size;
  }

  /** Outlines one element and brings it to the middle of the canvas; false when the diagram has no such element. */
  select(elementId) {
    if (this._selected && this._registry.get(this._selected)) this._canvas.removeMarker(this._selected, 'rc-selected');
    this._selected = null;
    const element = this._registry.get(elementId);
    if (!element) return false;
    this._canvas.addMarker(elementId, 'rc-selected');
    this._selected = elementId;
    const viewbox = this._canvas.viewbox();
    const middle = element.waypoints
      ? element.waypoints[Math.floor(element.waypoints.length / 2)]
      : { x: element.x + element.width / 2, y: element.y + element.height / 2 };
    this._canvas.viewbox({ x: middle.x - viewbox.width / 2, y: middle.y - viewbox.height / 2, width: viewbox.width, height: viewbox.height });
    return true;
  }

  /** Moves and zooms the other viewers with this one (the two sides of a comparison). */
  link(other) {
    this._linked.push(other);
    other._linked.push(this);
  }

  _follow(viewbox) {
    this._syncing = true;
    try {
      this._canvas.viewbox({ x: viewbox.x, y: viewbox.y, width: viewbox.width, height: viewbox.height });
    } finally {
      this._syncing = false;
    }
  }

  destroy() {
    this._linked = [];
    this._viewer.destroy();
  }
}

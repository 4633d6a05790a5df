// A test run (试运行) shown on the diagram: the elements holding a token now, those completed, and each incident's
// Chinese message in a note on its element. Markers only: the diagram itself is not changed.
const ACTIVE = 'rc-run-active';
const DONE = 'rc-run-done';
const INCIDENT = 'rc-run-incident';

export default class RunMarkers {
  constructor(modeler) {
    this._canvas = modeler.get('canvas');
    this._overlays = modeler.get('overlays');
    this._registry = modeler.get('elementRegistry');
    this._marked = [];
  }

  /** Shows { active: [id], completed: [id], incidents: [{ elementId, message }] }; returns the active ids found. */
  show(run) {
    this.clear();
    for (const id of run.completed || []) this._mark(id, DONE);
    const active = (run.active || []).filter(id => this._mark(id, ACTIVE));
    for (const incident of run.incidents || []) {
      if (!this._mark(incident.elementId, INCIDENT)) continue;
      const note = document.createElement('div');
      note.className = 'rc-run-incident-note';
      note.textContent = incident.message;
      this._overlays.add(incident.elementId, 'rc-run', { position: { bottom: -6, left: 0 }, html: note });
    }
    return active;
  }

  clear() {
    for (const [ id, marker ] of this._marked) {
      if (this._registry.get(id)) this._canvas.removeMarker(id, marker);
    }
    this._marked = [];
    this._overlays.remove({ type: 'rc-run' });
  }

  _mark(id, marker) {
    if (!id || !this._registry.get(id)) return false;
    this._canvas.addMarker(id, marker);
    this._marked.push([ id, marker ]);
    return true;
  }
}

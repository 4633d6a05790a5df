// The properties panel's one command handler, registered with the modeler from the start: the panel itself arrives
// after the diagram is drawn (PanelAndLint.js), when diagram.init — on which its own module registers the handler —
// has long fired. Same id and behaviour as bpmn-js-properties-panel's: run several commands as one undo step.
class MultiCommandHandler {
  constructor(commandStack) {
    this._commandStack = commandStack;
  }

  preExecute(context) {
    for (const command of context) this._commandStack.execute(command.cmd, command.context);
  }
}

MultiCommandHandler.$inject = [ 'commandStack' ];

function registerHandler(eventBus, commandStack) {
  eventBus.on('diagram.init', () => commandStack.registerHandler('properties-panel.multi-command-executor', MultiCommandHandler));
}

registerHandler.$inject = [ 'eventBus', 'commandStack' ];

export default {
  __init__: [ registerHandler ]
};

import { is, isAny, rule, label, sequenceFlows } from './util.js';

// no-incoming / no-outgoing: a node nothing leads to, or that leads nowhere. Start and boundary events need no
// incoming flow, end events no outgoing one; a compensation handler and an event sub-process are left alone.
export default rule((node, reporter) => {
  if (!is(node, 'bpmn:FlowNode') || node.triggeredByEvent || node.isForCompensation) return;
  const { incoming, outgoing } = sequenceFlows(node);
  const name = label(node, '此元素');
  if (!isAny(node, [ 'bpmn:StartEvent', 'bpmn:BoundaryEvent' ]) && incoming.length === 0) {
    reporter.report(node.id, `${name}没有流入的顺序流，流程永远到不了这里：请从前一步连线过来，或删除它。`);
  }
  if (!is(node, 'bpmn:EndEvent') && outgoing.length === 0) {
    reporter.report(node.id, `${name}没有流出的顺序流，流程会停在这里：请连到下一步或结束事件。`);
  }
});

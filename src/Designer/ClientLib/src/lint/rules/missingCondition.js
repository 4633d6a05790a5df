import { isAny, rule, label, sequenceFlows } from './util.js';

// missing-condition: after an exclusive or inclusive gateway with several ways out, each way needs a condition,
// except the one marked as default.
export default rule((node, reporter) => {
  if (!isAny(node, [ 'bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway' ])) return;
  const { outgoing } = sequenceFlows(node);
  if (outgoing.length < 2) return;
  for (const flow of outgoing) {
    if (flow === node.default || flow.conditionExpression) continue;
    reporter.report(flow.id, `网关${label(node, '')}之后的顺序流${label(flow, '')}没有条件：请填写条件表达式，或将其设为默认顺序流。`);
  }
});

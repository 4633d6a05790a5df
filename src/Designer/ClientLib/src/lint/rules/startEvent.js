import { is, rule } from './util.js';

// no-start-event / sub-process-start: a process needs a start event, a sub-process exactly one none start event.
export default rule((node, reporter) => {
  const isProcess = is(node, 'bpmn:Process') && node.isExecutable !== false;
  const isSubProcess = is(node, 'bpmn:SubProcess') && !node.triggeredByEvent && node.$type === 'bpmn:SubProcess';
  if (!isProcess && !isSubProcess) return;
  const starts = (node.flowElements || []).filter(element => is(element, 'bpmn:StartEvent'));
  if (isProcess && (node.flowElements || []).length > 0 && starts.length === 0) {
    reporter.report(node.id, '流程没有开始事件：请从左侧工具栏拖入一个开始事件。');
  }
  if (isSubProcess && (starts.length !== 1 || (starts[0].eventDefinitions || []).length > 0)) {
    reporter.report(node.id, '子流程须有且只有一个普通开始事件。');
  }
});

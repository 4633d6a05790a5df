import { isAny, rule, label } from './util.js';

// missing-handler: a service or send task runs the handler it names.
export default rule((node, reporter) => {
  if (isAny(node, [ 'bpmn:ServiceTask', 'bpmn:SendTask' ]) && !node.get('rc:handler')) {
    reporter.report(node.id, `服务任务${label(node, '')}没有选择处理程序：请在右侧“处理程序”中选择。`);
  }
});

import { is, rule } from './util.js';

// timer-value: a timer needs exactly one of date, duration and cycle, with a value.
export default rule((node, reporter) => {
  if (!is(node, 'bpmn:Event')) return;
  for (const definition of node.eventDefinitions || []) {
    if (!is(definition, 'bpmn:TimerEventDefinition')) continue;
    const values = [ definition.timeDate, definition.timeDuration, definition.timeCycle ].filter(Boolean);
    if (values.length !== 1 || !(values[0].body || '').trim()) {
      reporter.report(node.id, '定时事件须设定一个时间：在右侧“定时”中选择类型并填写值（如 P5WD 为5个工作日）。');
    }
  }
});

import { is, rule } from './util.js';

// What the engine refuses at deploy (docs/bpmn-extensions.md, “Refused”), with the element to use instead.
const refusedTypes = {
  'bpmn:Task': [ '未指定类型的任务', '请将其改为用户任务或服务任务（右键菜单中的“更改元素类型”）' ],
  'bpmn:ManualTask': [ '手工任务', '请改用用户任务' ],
  'bpmn:ScriptTask': [ '脚本任务', '请改用服务任务并选择处理程序' ],
  'bpmn:BusinessRuleTask': [ '业务规则任务', '请改用服务任务，或用排他网关的条件表达规则' ],
  'bpmn:ComplexGateway': [ '复杂网关', '请改用包容网关或排他网关' ],
  'bpmn:Transaction': [ '事务', '请改用子流程' ],
  'bpmn:AdHocSubProcess': [ '自由子流程', '请改用子流程' ],
  'bpmn:IntermediateThrowEvent': [ '中间抛出事件', '请改用发送任务，或直接用顺序流连接' ],
  'bpmn:DataObjectReference': [ '数据对象', '请改用流程变量（表单填写的内容）' ],
  'bpmn:DataStoreReference': [ '数据存储', '请改用流程变量（表单填写的内容）' ]
};

const refusedDefinitions = {
  'bpmn:SignalEventDefinition': '信号',
  'bpmn:ConditionalEventDefinition': '条件',
  'bpmn:EscalationEventDefinition': '升级',
  'bpmn:CompensateEventDefinition': '补偿',
  'bpmn:LinkEventDefinition': '链接',
  'bpmn:CancelEventDefinition': '取消'
};

export default rule((node, reporter) => {
  const refused = refusedTypes[node.$type];
  if (refused) {
    reporter.report(node.id, `流程引擎不支持${refused[0]}：${refused[1]}。`);
    return;
  }
  if (is(node, 'bpmn:SubProcess') && node.triggeredByEvent) {
    reporter.report(node.id, '流程引擎不支持事件子流程：请改用边界事件。');
  }
  if (is(node, 'bpmn:Activity') && is(node.loopCharacteristics, 'bpmn:StandardLoopCharacteristics')) {
    reporter.report(node.id, '流程引擎不支持循环标记：请改用多实例，或用网关连回前面的步骤。');
  }
  const definitions = node.eventDefinitions || [];
  if (is(node, 'bpmn:Event') && definitions.length > 1) {
    reporter.report(node.id, '一个事件只能有一种触发方式：请拆成多个事件。');
  }
  for (const definition of definitions) {
    const kind = refusedDefinitions[definition.$type];
    if (kind) reporter.report(node.id, `流程引擎不支持${kind}事件：请改用消息或定时事件、错误事件或网关。`);
  }
  if (is(node, 'bpmn:EndEvent') && definitions.some(d => is(d, 'bpmn:MessageEventDefinition'))) {
    reporter.report(node.id, '流程引擎不支持消息结束事件：请在普通结束事件之前加一个发送任务。');
  }
});

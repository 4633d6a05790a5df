import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { TextAreaEntry, isTextAreaEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { is } from 'bpmn-js/lib/util/ModelUtil.js';

/** A condition belongs on a flow leaving an exclusive or inclusive gateway (docs/bpmn-extensions.md). */
export function hasConditionOption(element) {
  if (!is(element, 'bpmn:SequenceFlow')) return false;
  const source = element.businessObject.sourceRef;
  return is(source, 'bpmn:ExclusiveGateway') || is(source, 'bpmn:InclusiveGateway');
}

export function ConditionProps(element) {
  return [ { id: 'rc-condition', element, component: Condition, isEdited: isTextAreaEntryEdited } ];
}

function Condition(props) {
  const { element, id } = props;
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const getValue = () => {
    const expression = element.businessObject.get('conditionExpression');
    return expression ? expression.get('body') || '' : '';
  };
  const setValue = value => {
    const text = (value || '').trim();
    modeling.updateProperties(element, {
      conditionExpression: text ? bpmnFactory.create('bpmn:FormalExpression', { body: text }) : undefined
    });
  };
  return jsx(TextAreaEntry, {
    id, element, label: '条件表达式',
    description: '脚本表达式，写法如 ${ … }，结果为真时走此顺序流；默认顺序流不填',
    getValue, setValue, validate: syntaxProblem, debounce: useService('debounceInput'), monospace: true,
    translate: useService('translate')
  });
}

/**
 * Checked as it is typed: the expression (inside ${ … } if so wrapped) must parse as a JavaScript expression. The
 * browser compiles it without running it; the server's deploy validation checks it again with the engine's own parser.
 */
export function syntaxProblem(text) {
  let body = (text || '').trim();
  const wrapped = /^\$\{([\s\S]*)\}$/.exec(body);
  if (wrapped) body = wrapped[1].trim();
  if (!body) return null;
  try {
    new Function(`return (${body}\n);`);
    return null;
  } catch {
    return '表达式语法有误：请检查括号、引号和运算符是否成对、完整。';
  }
}

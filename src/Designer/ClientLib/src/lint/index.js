import unsupportedElement from './rules/unsupportedElement.js';
import flowless from './rules/flowless.js';
import missingCondition from './rules/missingCondition.js';
import startEvent from './rules/startEvent.js';
import missingHandler from './rules/missingHandler.js';
import taskPeople from './rules/taskPeople.js';
import timerValue from './rules/timerValue.js';

// Our rule set for bpmn-js-bpmnlint: rules written here (no bpmnlint built-ins, whose messages are English),
// resolved by name without a packed config. "rc/x" is package bpmnlint-plugin-rc, rule x.
const rules = {
  'unsupported-element': unsupportedElement,
  'flowless-node': flowless,
  'missing-condition': missingCondition,
  'start-event': startEvent,
  'missing-handler': missingHandler,
  'task-people': taskPeople,
  'timer-value': timerValue
};

export default {
  config: {
    rules: Object.fromEntries(Object.keys(rules).map(name => [ `rc/${name}`, name === 'task-people' ? 'warn' : 'error' ]))
  },
  resolver: {
    resolveRule(pkg, ruleName) {
      if (pkg !== 'bpmnlint-plugin-rc' || !rules[ruleName]) throw new Error(`unknown rule ${pkg}/${ruleName}`);
      return rules[ruleName];
    },
    resolveConfig() {
      return null;
    }
  }
};

import { is, rule, label } from './util.js';

// A warning, not an error: the engine runs a user task nobody may claim, but it would wait for ever.
export default rule((node, reporter) => {
  if (is(node, 'bpmn:UserTask') && !node.get('rc:candidateRoles') && !node.get('rc:candidateUsers') && !node.get('rc:assignee')) {
    reporter.report(node.id, `用户任务${label(node, '')}没有候选角色、候选用户或办理人，无人能办理：请在右侧“任务办理”中勾选候选角色。`);
  }
});

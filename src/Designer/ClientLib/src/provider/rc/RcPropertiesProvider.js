import { is } from 'bpmn-js/lib/util/ModelUtil.js';
import { Group, ListGroup } from '@bpmn-io/properties-panel';
import { UserTaskProps } from './parts/UserTaskProps.js';
import { HandlerProps } from './parts/HandlerProps.js';
import { parameterItems, addParameter } from './parts/ParameterProps.js';
import { ConditionProps, hasConditionOption } from './parts/ConditionProps.js';

const LOW_PRIORITY = 500;

/**
 * The rc: attributes of docs/bpmn-extensions.md in the properties panel: who does a user task and by when, which
 * handler a service task runs with its parameters, a flow's condition. The lists to pick from (roles, forms,
 * handlers) come from the server through the modeler's config `rcCatalog`.
 */
export default function RcPropertiesProvider(propertiesPanel, injector, translate) {
  const catalog = injector.get('config.rcCatalog', false) || {};

  this.getGroups = function(element) {
    return function(groups) {
      const at = groups.findIndex(group => group.id === 'general') + 1;
      const ours = [];
      if (is(element, 'bpmn:UserTask')) {
        ours.push({ id: 'rc-user-task', label: '任务办理', entries: UserTaskProps(element, catalog.roles || []), component: Group });
      }
      if (is(element, 'bpmn:ServiceTask') || is(element, 'bpmn:SendTask')) {
        ours.push({ id: 'rc-handler', label: '处理程序', entries: HandlerProps(element), component: Group });
        ours.push({
          id: 'rc-parameters',
          label: '处理程序参数',
          component: ListGroup,
          items: parameterItems(element, injector),
          add: event => { event.stopPropagation(); addParameter(element, injector); },
          translate
        });
      }
      if (hasConditionOption(element)) {
        ours.push({ id: 'rc-condition', label: '条件', entries: ConditionProps(element), component: Group });
      }
      groups.splice(at, 0, ...ours);
      // The panel's group components take their translate function as a prop, which the standard provider does not
      // pass ("Toggle section" stayed English): this provider runs last and hands ours to every group.
      for (const group of groups) group.translate = translate;
      return groups;
    };
  };

  propertiesPanel.registerProvider(LOW_PRIORITY, this);
}

RcPropertiesProvider.$inject = [ 'propertiesPanel', 'injector', 'translate' ];

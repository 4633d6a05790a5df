import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { useCatalog, options } from './catalog.js';

/** Service and send task: the handler, picked from the handlers the server registered (rc:handler). */
export function HandlerProps(element) {
  return [ { id: 'rc-handler', element, component: Handler, isEdited: isSelectEntryEdited } ];
}

function Handler(props) {
  const { element, id } = props;
  const modeling = useService('modeling');
  const { handlers } = useCatalog();
  const getValue = () => element.businessObject.get('rc:handler') || '';
  return jsx(SelectEntry, {
    id, element, label: '处理程序',
    description: '服务任务运行时由系统执行的操作',
    getValue,
    setValue: value => modeling.updateProperties(element, { 'rc:handler': value || undefined }),
    getOptions: () => options(handlers, getValue())
  });
}

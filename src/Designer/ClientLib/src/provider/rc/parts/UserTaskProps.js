import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import {
  CheckboxEntry, SelectEntry, TextFieldEntry,
  isCheckboxEntryEdited, isSelectEntryEdited, isTextFieldEntryEdited
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { useCatalog, options } from './catalog.js';
import { parseDue, formatDue } from './duePeriod.js';

/** User task: candidate roles (one box per role of the system), users, assignee, form, due period, priority. */
export function UserTaskProps(element, roles) {
  return [
    ...roles.map(role => ({
      id: `rc-role-${role.key}`, element, role, component: CandidateRole, isEdited: isCheckboxEntryEdited
    })),
    { id: 'rc-candidateUsers', element, component: CandidateUsers, isEdited: isTextFieldEntryEdited },
    { id: 'rc-assignee', element, component: Assignee, isEdited: isTextFieldEntryEdited },
    { id: 'rc-formKey', element, component: FormKey, isEdited: isSelectEntryEdited },
    { id: 'rc-dueDays', element, component: DueDays, isEdited: isTextFieldEntryEdited },
    { id: 'rc-dueUnit', element, component: DueUnit, isEdited: isSelectEntryEdited },
    { id: 'rc-priority', element, component: Priority, isEdited: isTextFieldEntryEdited }
  ];
}

function list(value) {
  return (value || '').split(',').map(item => item.trim()).filter(Boolean);
}

function useAttribute(element, name) {
  const modeling = useService('modeling');
  const businessObject = element.businessObject;
  return {
    get: () => businessObject.get(`rc:${name}`) || '',
    set: value => modeling.updateProperties(element, { [`rc:${name}`]: value ? value : undefined })
  };
}

function CandidateRole(props) {
  const { element, id, role } = props;
  const modeling = useService('modeling');
  const getValue = () => list(element.businessObject.get('rc:candidateRoles')).includes(role.key);
  const setValue = checked => {
    const roles = list(element.businessObject.get('rc:candidateRoles')).filter(key => key !== role.key);
    if (checked) roles.push(role.key);
    modeling.updateProperties(element, { 'rc:candidateRoles': roles.length ? roles.join(', ') : undefined });
  };
  return jsx(CheckboxEntry, { id, element, label: `候选角色：${role.name}`, getValue, setValue });
}

function textEntry(name, label, description) {
  return function(props) {
    const { element, id } = props;
    const attribute = useAttribute(element, name);
    return jsx(TextFieldEntry, {
      id, element, label: label, description,
      getValue: attribute.get, setValue: attribute.set, debounce: useService('debounceInput')
    });
  };
}

const CandidateUsers = textEntry('candidateUsers', '候选用户', '用户名，多个用逗号分隔');
const Assignee = textEntry('assignee', '办理人', '用户名，或 ${…} 表达式');

function FormKey(props) {
  const { element, id } = props;
  const { forms } = useCatalog();
  const attribute = useAttribute(element, 'formKey');
  return jsx(SelectEntry, {
    id, element, label: '表单', getValue: attribute.get, setValue: attribute.set,
    getOptions: () => options(forms, attribute.get())
  });
}

function DueDays(props) {
  const { element, id } = props;
  const attribute = useAttribute(element, 'dueDate');
  const due = parseDue(attribute.get());
  return jsx(TextFieldEntry, {
    id, element, label: '办理期限（天数）',
    description: due.other ? `${'当前为其他写法：'}${attribute.get()}` : '留空表示不设期限',
    getValue: () => due.days,
    setValue: (value, error) => error || attribute.set(formatDue(value, unitOf(element))),
    validate: value => !value || /^[1-9]\d{0,3}$/.test(value.trim()) ? null : '请填写1至9999之间的整数天数',
    debounce: useService('debounceInput')
  });
}

// The unit picked before any days were typed, per task, so that the days typed next take it.
const chosenUnits = new WeakMap();

function unitOf(element) {
  const due = parseDue(element.businessObject.get('rc:dueDate'));
  return due.days ? due.unit : chosenUnits.get(element.businessObject) || due.unit;
}

function DueUnit(props) {
  const { element, id } = props;
  const attribute = useAttribute(element, 'dueDate');
  return jsx(SelectEntry, {
    id, element, label: '期限计算方式',
    getValue: () => unitOf(element),
    setValue: unit => {
      // Read at the moment of the change: the days field may have been typed a moment ago (its input is debounced).
      chosenUnits.set(element.businessObject, unit);
      const days = parseDue(attribute.get()).days;
      if (days) attribute.set(formatDue(days, unit));
    },
    getOptions: () => [
      { value: 'WD', label: '工作日（《行政复议法》第八十八条）' },
      { value: 'CD', label: '自然日（届满日遇节假日顺延）' }
    ]
  });
}

function Priority(props) {
  const { element, id } = props;
  const attribute = useAttribute(element, 'priority');
  return jsx(TextFieldEntry, {
    id, element, label: '优先级', description: '整数，默认50，越大越优先',
    getValue: attribute.get, setValue: (value, error) => error || attribute.set(value && value.trim()),
    validate: value => !value || /^-?\d+$/.test(value.trim()) || /^\$\{.*\}$/.test(value.trim()) ? null : '优先级须为整数',
    debounce: useService('debounceInput')
  });
}

import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import {
  CheckboxEntry, SelectEntry, TextFieldEntry,
  isCheckboxEntryEdited, isSelectEntryEdited, isTextFieldEntryEdited
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { useCatalog, options } from './catalog.js';
import { parseDue, formatDue, LEGAL } from './duePeriod.js';

/**
 * User task: candidate roles (one box per role of the system), users, assignee, form, due period (days, or a named legal
 * period of the server's table), priority.
 */
export function UserTaskProps(element, roles) {
  return [
    ...roles.map(role => ({
      id: `rc-role-${role.key}`, element, role, component: CandidateRole, isEdited: isCheckboxEntryEdited
    })),
    { id: 'rc-candidateUsers', element, component: CandidateUsers, isEdited: isTextFieldEntryEdited },
    { id: 'rc-assignee', element, component: Assignee, isEdited: isTextFieldEntryEdited },
    { id: 'rc-formKey', element, component: FormKey, isEdited: isSelectEntryEdited },
    { id: 'rc-dueUnit', element, component: DueUnit, isEdited: isSelectEntryEdited },
    unitOf(element) === LEGAL
      ? { id: 'rc-dueLegalPeriod', element, component: DueLegalPeriod, isEdited: isSelectEntryEdited }
      : { id: 'rc-dueDays', element, component: DueDays, isEdited: isTextFieldEntryEdited },
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
  const modeling = useService('modeling');
  const due = parseDue(element.businessObject.get('rc:dueDate'));
  return jsx(TextFieldEntry, {
    id, element, label: '办理期限（天数）',
    description: due.other ? `${'当前为其他写法：'}${element.businessObject.get('rc:dueDate')}` : '留空表示不设期限',
    getValue: () => due.days,
    setValue: (value, error) => error || setDue(modeling, element, formatDue(value, unitOf(element))),
    validate: value => !value || /^[1-9]\d{0,3}$/.test(value.trim()) ? null : '请填写1至9999之间的整数天数',
    debounce: useService('debounceInput')
  });
}

/** Sets the due period and the name it was picked under (none unless a named legal period), as one undo step. */
function setDue(modeling, element, value, legalPeriod) {
  modeling.updateProperties(element, { 'rc:dueDate': value || undefined, 'rc:dueLegalPeriod': legalPeriod || undefined });
}

// The unit picked before any days (or a legal period's name) were given, per task, so that what is given next takes it.
const chosenUnits = new WeakMap();

function unitOf(element) {
  const businessObject = element.businessObject;
  const chosen = chosenUnits.get(businessObject);
  if (businessObject.get('rc:dueLegalPeriod') || chosen === LEGAL) return LEGAL;
  const due = parseDue(businessObject.get('rc:dueDate'));
  return due.days ? due.unit : chosen || due.unit;
}

function DueUnit(props) {
  const { element, id } = props;
  const modeling = useService('modeling');
  const eventBus = useService('eventBus');
  return jsx(SelectEntry, {
    id, element, label: '期限计算方式',
    getValue: () => unitOf(element),
    setValue: unit => {
      const businessObject = element.businessObject;
      chosenUnits.set(businessObject, unit);
      // Read at the moment of the change: the days field may have been typed a moment ago (its input is debounced).
      const days = parseDue(businessObject.get('rc:dueDate')).days;
      if (unit !== LEGAL && days) setDue(modeling, element, formatDue(days, unit));
      else if (businessObject.get('rc:dueLegalPeriod')) setDue(modeling, element, undefined);
      // Nothing changed in the diagram, but the panel must show the days or the names now.
      else eventBus.fire('elements.changed', { elements: [ element ] });
    },
    getOptions: () => [
      { value: 'WD', label: '工作日（《行政复议法》第八十八条）' },
      { value: 'CD', label: '自然日（届满日遇节假日顺延）' },
      { value: LEGAL, label: '法定期限（按名称选择）' }
    ]
  });
}

function DueLegalPeriod(props) {
  const { element, id } = props;
  const modeling = useService('modeling');
  const { legalPeriods } = useCatalog();
  const businessObject = element.businessObject;
  const name = businessObject.get('rc:dueLegalPeriod') || '';
  const value = businessObject.get('rc:dueDate') || '';
  const known = legalPeriods.find(period => period.name === name);
  return jsx(SelectEntry, {
    id, element, label: '法定期限',
    description: known && known.value !== value
      ? `期限值 ${value || '（空）'} 与该法定期限（${known.value}）不符，请重新选择`
      : known ? `期限值 ${known.value}` : '',
    getValue: () => name,
    setValue: chosen => {
      const period = legalPeriods.find(p => p.name === chosen);
      setDue(modeling, element, period ? period.value : undefined, period ? period.name : undefined);
    },
    getOptions: () => options(
      legalPeriods.map(period => ({ key: period.name, name: `${period.name}（${period.article}，${period.length}）` })),
      name)
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

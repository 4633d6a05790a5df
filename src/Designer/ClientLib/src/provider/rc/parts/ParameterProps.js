import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { SelectEntry, TextFieldEntry, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { options, useCatalog } from './catalog.js';

// <rc:parameter name="…">value</rc:parameter> inside bpmn:extensionElements. Every change goes through the
// properties panel's multi-command (element.updateModdleProperties), so undo takes it back in one step.

function parameters(businessObject) {
  const extensions = businessObject.get('extensionElements');
  return extensions ? extensions.get('values').filter(value => value.$type === 'rc:Parameter') : [];
}

export function parameterItems(element, injector) {
  return parameters(element.businessObject).map((parameter, index) => {
    const id = `${element.id}-rc-parameter-${index}`;
    return {
      id,
      label: parameter.get('name') || '（未命名参数）',
      entries: [
        { id: `${id}-name`, element, parameter, attribute: 'name', label: '参数名', component: ParameterField, isEdited: isTextFieldEntryEdited },
        { id: `${id}-value`, element, parameter, attribute: 'value', label: '参数值', component: ParameterField, isEdited: isTextFieldEntryEdited }
      ],
      autoFocusEntry: `${id}-name`,
      remove: () => removeParameter(element, parameter, injector)
    };
  });
}

function ParameterField(props) {
  const { element, id, parameter, attribute, label } = props;
  const commandStack = useService('commandStack');
  const { documentTypes } = useCatalog();
  const getValue = () => parameter.get(attribute) || '';
  const setValue = value => commandStack.execute('element.updateModdleProperties', {
    element, moddleElement: parameter, properties: { [attribute]: value }
  });
  // The document a documents.issue task makes is picked from the system's document types.
  if (attribute === 'value' && parameter.get('name') === 'type' && element.businessObject.get('rc:handler') === 'documents.issue') {
    return jsx(SelectEntry, { id, element, label: '文书类型', getValue, setValue, getOptions: () => options(documentTypes, getValue()) });
  }
  return jsx(TextFieldEntry, { id, element, label, getValue, setValue, debounce: useService('debounceInput') });
}

export function addParameter(element, injector) {
  const bpmnFactory = injector.get('bpmnFactory');
  const commandStack = injector.get('commandStack');
  const businessObject = element.businessObject;
  const commands = [];
  let extensions = businessObject.get('extensionElements');
  if (!extensions) {
    extensions = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
    extensions.$parent = businessObject;
    commands.push({ cmd: 'element.updateModdleProperties', context: { element, moddleElement: businessObject, properties: { extensionElements: extensions } } });
  }
  const parameter = bpmnFactory.create('rc:Parameter', { name: '' });
  parameter.$parent = extensions;
  commands.push({ cmd: 'element.updateModdleProperties', context: { element, moddleElement: extensions, properties: { values: [ ...extensions.get('values'), parameter ] } } });
  commandStack.execute('properties-panel.multi-command-executor', commands);
}

function removeParameter(element, parameter, injector) {
  const commandStack = injector.get('commandStack');
  const extensions = element.businessObject.get('extensionElements');
  commandStack.execute('element.updateModdleProperties', {
    element, moddleElement: extensions, properties: { values: extensions.get('values').filter(value => value !== parameter) }
  });
}

import { useService } from 'bpmn-js-properties-panel';

/**
 * The lists the server passed in: roles, forms, handlers and document types, each { key, name }; the named legal
 * periods, each { name, article, length, value }.
 */
export function useCatalog() {
  const config = useService('config');
  const catalog = (config && config.rcCatalog) || {};
  return {
    roles: catalog.roles || [],
    forms: catalog.forms || [],
    handlers: catalog.handlers || [],
    documentTypes: catalog.documentTypes || [],
    legalPeriods: catalog.legalPeriods || []
  };
}

/** Select options: a blank "not chosen" entry, the known values, and the current value when it is not among them. */
export function options(list, current) {
  const result = [ { value: '', label: '（未选择）' } ];
  for (const item of list) result.push({ value: item.key, label: item.name });
  if (current && !list.some(item => item.key === current)) {
    result.push({ value: current, label: `${current}${'（未登记）'}` });
  }
  return result;
}

/** Whether the moddle element is of the type or one of its subtypes. */
export function is(node, type) {
  return !!node && typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

export function isAny(node, types) {
  return types.some(type => is(node, type));
}

/** A bpmnlint rule from a check function; the linter calls the factory once per lint run. */
export function rule(check) {
  return () => ({ check });
}

/** The element's name for a message: 「名称」 or, without a name, the element kind. */
export function label(node, kind) {
  return node.name ? `「${node.name}」` : kind;
}

/**
 * The sequence flows into and out of a node, from the flows' sourceRef and targetRef (what the engine reads): a file
 * written by hand or by another tool need not list a node's incoming and outgoing children.
 */
export function sequenceFlows(node) {
  const siblings = (node.$parent && node.$parent.flowElements) || [];
  const flows = siblings.filter(element => is(element, 'bpmn:SequenceFlow'));
  return {
    incoming: flows.filter(flow => flow.targetRef === node),
    outgoing: flows.filter(flow => flow.sourceRef === node)
  };
}

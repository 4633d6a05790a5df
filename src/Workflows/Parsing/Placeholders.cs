namespace Reconsideration.Workflows.Parsing;

// Stand-ins for content already reported as unsupported. They keep the graph connected, so one unsupported
// element gives one problem instead of a cascade of "no incoming"/"unreachable" around it. A file with any
// problem yields no model, so these never reach the runtime.

/// <summary>An unsupported flow element (scriptTask, complexGateway …) kept as a node of the graph.</summary>
internal sealed record UnsupportedNode(string ElementName) : Model.FlowNode;

/// <summary>An unsupported event definition (signal, escalation …) on an otherwise supported event.</summary>
internal sealed record RejectedDefinition(string ElementName) : Model.EventDefinition;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>
/// A service task cannot do its step because the process lacks what it needs (a variable a form should have set).
/// The engine retries and then raises an incident with this Chinese message; fix the variable and retry it.
/// </summary>
internal sealed class WorkflowBindingException(string message) : Exception(message);

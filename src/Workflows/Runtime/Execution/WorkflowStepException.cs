namespace Reconsideration.Workflows.Runtime.Execution;

/// <summary>A step cannot go on (no outgoing flow applies, a called process is missing …): becomes an incident.</summary>
internal sealed class WorkflowStepException(string message) : Exception(message);

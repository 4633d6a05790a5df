namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>Starts a deployed process for the case; its business key is the case number.</summary>
/// <param name="ProcessId">The BPMN process id, e.g. "ordinary-procedure".</param>
/// <param name="Variables">Further start variables; caseId and caseNumber are always set.</param>
public sealed record StartWorkflowRequest(string? ProcessId, Dictionary<string, object?>? Variables);

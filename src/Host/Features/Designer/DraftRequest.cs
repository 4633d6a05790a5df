namespace Reconsideration.Host.Features.Designer;

/// <summary>Saving a draft: the BPMN file and, optionally, the process's name.</summary>
public sealed record DraftRequest(string? Xml, string? Name);

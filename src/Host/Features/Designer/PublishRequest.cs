namespace Reconsideration.Host.Features.Designer;

/// <summary>Publishing: the BPMN file and the publication note (发布说明), which is required.</summary>
public sealed record PublishRequest(string? Xml, string? Comment);

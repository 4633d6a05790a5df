namespace Reconsideration.Workflows;

/// <summary>An immutable, numbered version of one process of a deployed BPMN file.</summary>
/// <param name="Id">"processId:version", the key instances refer to.</param>
/// <param name="Xml">The whole file as deployed (it may hold several processes).</param>
/// <param name="Hash">SHA-256 of the file; deploying an identical file again creates no new version.</param>
public sealed record DeployedDefinition(
    string Id,
    string ProcessId,
    int Version,
    string? Name,
    string Xml,
    string Hash,
    DateTimeOffset DeployedAt,
    string DeployedBy,
    string? Comment);

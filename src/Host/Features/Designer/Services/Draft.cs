namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>A saved draft (草稿) of a process: its BPMN file as the designer last saved it.</summary>
public sealed record Draft(string ProcessKey, string? Name, string Xml, DateTimeOffset SavedAt, string SavedBy);

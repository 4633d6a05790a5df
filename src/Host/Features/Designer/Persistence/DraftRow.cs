namespace Reconsideration.Host.Features.Designer.Persistence;

/// <summary>The one working draft of a process (草稿), saved from the designer; publishing deploys it as a version.</summary>
internal sealed class DraftRow
{
    /// <summary>The process id (流程标识) the draft is for.</summary>
    public string ProcessKey { get; set; } = "";

    public string? Name { get; set; }

    public string Xml { get; set; } = "";

    public DateTimeOffset SavedAt { get; set; }

    public string SavedBy { get; set; } = "";
}

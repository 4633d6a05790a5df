namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>One element added, removed or changed between two versions, with what changed in Chinese.</summary>
/// <param name="Label">The element's name (the newer one's when changed), else its type in Chinese.</param>
/// <param name="Type">The type in Chinese (the newer one's when changed).</param>
/// <param name="Details">For a change, one sentence per property: 名称：“甲” → “乙”.</param>
public sealed record ElementChange(string ElementId, ChangeKind Kind, string Label, string Type, IReadOnlyList<string> Details)
{
    /// <summary>新增, 删除 or 修改.</summary>
    public string KindName => Kind switch { ChangeKind.Added => "新增", ChangeKind.Removed => "删除", _ => "修改" };

    /// <summary>The viewer's CSS class for the element (viewer.css).</summary>
    public string Marker => Kind switch { ChangeKind.Added => "rc-added", ChangeKind.Removed => "rc-removed", _ => "rc-changed" };
}

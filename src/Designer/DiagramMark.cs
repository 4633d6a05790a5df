namespace Reconsideration.Designer;

/// <summary>A colour on one element of a read-only diagram.</summary>
/// <param name="Marker">A CSS class of ClientLib/src/viewer/viewer.css: rc-passed, rc-active, rc-added, rc-removed, rc-changed.</param>
public sealed record DiagramMark(string ElementId, string Marker);

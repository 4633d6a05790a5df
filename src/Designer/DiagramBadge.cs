namespace Reconsideration.Designer;

/// <summary>A small count at an element's top right, with a Chinese tooltip.</summary>
/// <param name="Kind">passed or waiting: the badge's colour (viewer.css, rc-badge-…).</param>
public sealed record DiagramBadge(string ElementId, string Text, string Title, string Kind);

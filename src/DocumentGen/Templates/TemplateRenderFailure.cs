namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// Raised inside rendering by the <c>required</c> and <c>fail</c> tags and by filters given bad data; the
/// library turns it into a <see cref="TemplateException"/> with the template and line.
/// </summary>
internal sealed class TemplateRenderFailure(string message, string? field = null, LineMarkers.Location? where = null)
    : Exception(message)
{
    internal string? Field { get; } = field;

    internal LineMarkers.Location? Where { get; } = where;
}

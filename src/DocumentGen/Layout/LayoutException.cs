namespace Reconsideration.DocumentGen.Layout;

/// <summary>
/// Content that cannot be placed on any page, e.g. an image taller than the text block or a table row that does
/// not fit on an empty page. The message (in Chinese) names what does not fit and by how much.
/// </summary>
public sealed class LayoutException : Exception
{
    /// <summary>Creates the exception with a readable message.</summary>
    public LayoutException(string message) : base(message)
    {
    }
}

namespace Reconsideration.DocumentGen.Templates;

/// <summary>Malformed document markup at a line and column of the rendered (marker-free) output.</summary>
internal sealed class MarkupError(string message, int line, int column, Exception? inner = null) : Exception(message, inner)
{
    internal int OutputLine { get; } = line;

    internal int OutputColumn { get; } = column;
}

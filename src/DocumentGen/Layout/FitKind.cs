namespace Reconsideration.DocumentGen.Layout;

internal enum FitKind
{
    /// <summary>All of the element fits.</summary>
    Full,
    /// <summary>A first part fits; the rest continues on the next page.</summary>
    Partial,
    /// <summary>Nothing fits here; the reason says why.</summary>
    None,
}

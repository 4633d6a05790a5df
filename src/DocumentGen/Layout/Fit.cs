namespace Reconsideration.DocumentGen.Layout;

/// <summary>
/// The answer of <see cref="Element.Measure"/>: how much of the element fits in the offered space, the height it
/// takes, the remainder for the next page when only part fits, and a readable reason when nothing does.
/// </summary>
internal readonly record struct Fit(FitKind Kind, double Height, Element? Remainder, string? Reason)
{
    public static Fit Full(double height) => new(FitKind.Full, height, null, null);

    public static Fit Partial(double height, Element remainder) => new(FitKind.Partial, height, remainder, null);

    public static Fit None(string reason) => new(FitKind.None, 0, null, reason);
}

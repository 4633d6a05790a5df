namespace Reconsideration.DocumentGen.Layout;

/// <summary>
/// A piece of layout, measured then drawn (the QuestPDF model). <see cref="Measure"/> says what fits in a space;
/// <see cref="Draw"/> draws exactly that part with its top-left corner at (x, y). A part that does not fit comes
/// back as <see cref="Fit.Remainder"/>, a new element for the next page, so elements stay immutable and a tree can
/// be measured any number of times.
/// </summary>
internal abstract class Element
{
    /// <summary>Whether the page may not break between this element and the next one.</summary>
    public virtual bool KeepWithNext => false;

    public abstract Fit Measure(Space space);

    public abstract void Draw(ICanvas canvas, double x, double y, Space space);
}

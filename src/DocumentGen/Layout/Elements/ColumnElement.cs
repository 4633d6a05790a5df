namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>
/// Children stacked top to bottom. The column breaks the page where a child stops fitting; it honours page breaks
/// (ignored at the top of a page) and keep-with-next: when a child fits not at all, the keep-with-next children
/// just above it move to the next page with it, unless they started the page.
/// </summary>
internal sealed class ColumnElement : Element
{
    private readonly IReadOnlyList<Element> _children;
    private readonly int _start;
    private readonly Element? _head;

    public ColumnElement(IReadOnlyList<Element> children) : this(children, 0, null)
    {
    }

    private ColumnElement(IReadOnlyList<Element> children, int start, Element? head)
    {
        _children = children;
        _start = start;
        _head = head;
    }

    public override bool KeepWithNext => _start < _children.Count && Child(_children.Count - 1).KeepWithNext;

    public override Fit Measure(Space space) => Plan(space, null);

    public override void Draw(ICanvas canvas, double x, double y, Space space)
    {
        var placements = new List<(Element Element, double Top, Space Space)>();
        Plan(space, placements);
        foreach (var (element, top, childSpace) in placements)
            element.Draw(canvas, x, y + top, childSpace);
    }

    private Element Child(int index) => index == _start && _head != null ? _head : _children[index];

    private Fit Plan(Space space, List<(Element, double, Space)>? placements)
    {
        double used = 0;
        bool atTop = space.AtPageTop;
        var tops = new List<double>();
        for (int i = _start; i < _children.Count; i++)
        {
            var child = Child(i);
            tops.Add(used);
            if (child is PageBreakElement)
            {
                if (atTop) continue;
                return i + 1 < _children.Count ? Fit.Partial(used, new ColumnElement(_children, i + 1, null)) : Fit.Full(used);
            }
            var childSpace = new Space(space.Width, Math.Max(space.Height - used, 0), atTop);
            var fit = child.Measure(childSpace);
            if (fit.Kind == FitKind.None)
            {
                int k = i;
                while (k - 1 > _start && Child(k - 1).KeepWithNext) k--;
                if (k - 1 == _start && Child(_start).KeepWithNext) k = _start;
                if (k > _start) return BreakBefore(k, tops, placements);
                // Everything on this page so far belongs with the child that does not fit: let the parent move
                // the whole column, or, at the top of a page where moving cannot help, break where it must.
                if (!space.AtPageTop || i == _start) return Fit.None(fit.Reason!);
                return BreakBefore(i, tops, placements);
            }
            placements?.Add((child, used, childSpace));
            used += fit.Height;
            if (fit.Height > 0) atTop = false;
            if (fit.Kind == FitKind.Partial)
                return Fit.Partial(used, new ColumnElement(_children, i, fit.Remainder));
        }
        return Fit.Full(used);
    }

    private Fit BreakBefore(int index, List<double> tops, List<(Element, double, Space)>? placements)
    {
        if (placements != null) placements.RemoveRange(index - _start, placements.Count - (index - _start));
        return Fit.Partial(tops[index - _start], new ColumnElement(_children, index, index == _start ? _head : null));
    }
}

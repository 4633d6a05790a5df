namespace Reconsideration.DocumentGen.Layout;

/// <summary>The room offered to an element: width, remaining height, and whether nothing is above it on the page.</summary>
internal readonly record struct Space(double Width, double Height, bool AtPageTop);

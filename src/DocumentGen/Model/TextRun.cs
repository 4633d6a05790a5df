namespace Reconsideration.DocumentGen.Model;

/// <summary>A piece of text in one font role; <paramref name="Size"/> in points overrides the role's size.</summary>
public sealed record TextRun(string Text, FontRole Role = FontRole.Body, bool Bold = false, double? Size = null);

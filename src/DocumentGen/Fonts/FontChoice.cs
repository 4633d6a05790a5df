namespace Reconsideration.DocumentGen.Fonts;

/// <summary>A face as drawn: the file and whether PDFsharp emboldens it.</summary>
internal readonly record struct FontChoice(TrueTypeFace Face, bool SimulateBold);

namespace Reconsideration.DocumentGen.Model;

/// <summary>The PDF's information dictionary: title, author (the organ), subject (the case number), creation date.</summary>
public sealed record DocumentMetadata(string Title, string Author, string Subject, DateTimeOffset Created);

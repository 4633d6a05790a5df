namespace Reconsideration.DocumentGen.Model;

/// <summary>
/// The PDF's information dictionary — title, author (the organ), subject (the case number), creation date — and
/// the document number (文号) when the document has one, for the register of issued documents.
/// </summary>
public sealed record DocumentMetadata(string Title, string Author, string Subject, DateTimeOffset Created, string? DocumentNumber = null);

namespace Reconsideration.DocumentGen.DocumentTypes;

/// <summary>
/// One kind of document the organ issues (DOMAIN §4).
/// </summary>
/// <param name="Key">Lower-case hyphenated key used in APIs, file names and the CLI ("decision").</param>
/// <param name="ChineseName">The document's name as its title prints it ("行政复议决定书").</param>
/// <param name="TypeCode">The code in its document number ("决"), from numbering.json; null when the type has no number of its own.</param>
/// <param name="TemplateName">The Liquid template's name, without ".liquid".</param>
/// <param name="SamplePath">The sample data file (JSON) for previews and tests.</param>
/// <param name="Articles">The articles of the 2023 law (or other law) it rests on, as cited in docs/documents.md.</param>
/// <param name="Recipients">To whom it goes.</param>
public sealed record DocumentType(
    string Key,
    string ChineseName,
    string? TypeCode,
    string TemplateName,
    string SamplePath,
    string Articles,
    string Recipients);

namespace Reconsideration.DocumentGen.Numbering;

/// <summary>
/// A document number's parts: "红府复决〔2026〕12号" is place "红", type code "决", year 2026, serial 12.
/// The case number has an empty type code ("红府复〔2026〕12号").
/// </summary>
public sealed record DocumentNumber(string Place, string TypeCode, int Year, int Serial);

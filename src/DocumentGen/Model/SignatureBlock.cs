namespace Reconsideration.DocumentGen.Model;

/// <summary>
/// The issuing organ's name and the date ("2026年3月1日", four characters in from the right margin), with the
/// organ's seal placed over both when <paramref name="Seal"/> is set.
/// </summary>
public sealed record SignatureBlock(string Organ, DateOnly Date, bool Seal = true) : Block;

namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

/// <summary>
/// A period of the law under its Chinese name, as the designer offers it for a user task's due period: the name, the
/// article it comes from, and its length, written for the engine as <see cref="Value"/> (<c>P10WD</c>, <c>P60CD</c>).
/// </summary>
public sealed record NamedLegalPeriod(string Name, string Article, DeadlineUnit Unit, int Length)
{
    /// <summary>The due period the engine runs: n working days <c>PnWD</c>, n calendar days <c>PnCD</c>.</summary>
    public string Value => $"P{Length}{(Unit == DeadlineUnit.WorkingDays ? "WD" : "CD")}";

    /// <summary>The length in words: 10个工作日, 60日.</summary>
    public string LengthText => Unit == DeadlineUnit.WorkingDays ? $"{Length}个工作日" : $"{Length}日";
}

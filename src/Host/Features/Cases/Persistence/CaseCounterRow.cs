namespace Reconsideration.Host.Features.Cases.Persistence;

/// <summary>The last case serial handed out in a year. Only ever incremented, inside the transaction that inserts the case.</summary>
internal sealed class CaseCounterRow
{
    public int Year { get; set; }
    public int LastSerial { get; set; }
}

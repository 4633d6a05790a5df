namespace Reconsideration.Host.Features.Cases;

/// <summary>The "Cases" configuration section.</summary>
public sealed class CasesOptions
{
    /// <summary>The SQLite file of the case tables; default the engine's file (Workflows:Database), else data/reconsideration.db.</summary>
    public string? Database { get; set; }

    /// <summary>Where uploaded materials are stored (materials/ below it); default "data".</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The largest material accepted, in bytes; default 20 MB.</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Holiday files added to the shipped calendar; default Workflows:HolidayDirectory.</summary>
    public string? HolidayDirectory { get; set; }

    /// <summary>numbering.json to use; default the Documents template override directory's, else the shipped one.</summary>
    public string? NumberingFile { get; set; }

    /// <summary>How long a closed case stays in the deadline queries (its lawsuit window or opinion letter may still run).</summary>
    public int ClosedCasesInDeadlinesDays { get; set; } = 120;
}

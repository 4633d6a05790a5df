namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>口头申请笔录 (Art. 22 ¶3): what staff wrote down, read back and had the applicant sign.</summary>
public sealed record OralApplicationRecord
{
    /// <summary>The transcript text.</summary>
    public required string Transcript { get; init; }

    /// <summary>The staff member who recorded it.</summary>
    public required string RecordedBy { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>Whether the applicant signed (or fingerprinted) the transcript after it was read back.</summary>
    public required bool SignedByApplicant { get; init; }
}

namespace Reconsideration.Host.Features.Cases.Persistence;

/// <summary>
/// A case as stored: the columns searched and sorted on, and the whole aggregate as JSON. The JSON is the truth;
/// the columns are copies written in the same statement, so they never disagree with it.
/// </summary>
internal sealed class CaseRow
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public int Year { get; set; }
    public int Serial { get; set; }
    public string Status { get; set; } = "";
    public string Procedure { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }

    /// <summary>Every applicant's name, separated by "、", for searching.</summary>
    public string ApplicantNames { get; set; } = "";
    public string RespondentName { get; set; } = "";
    public string Data { get; set; } = "";
    public long Revision { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

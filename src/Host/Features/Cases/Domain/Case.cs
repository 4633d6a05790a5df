using System.Text.Json.Serialization;

namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// 行政复议案件: the application and everything done with it. Immutable: each step returns a new case (or throws
/// <see cref="CaseException"/> with a Chinese message), so a half-applied step never exists and the store saves
/// the whole result under one revision. The steps live in the partial files beside this one.
/// </summary>
public sealed partial record Case
{
    /// <summary>Identifies the case; never changes.</summary>
    public required Guid Id { get; init; }

    /// <summary>案号, e.g. "红府复〔2026〕12号": the pattern of numbering.json with an empty type code.</summary>
    public required string Number { get; init; }

    /// <summary>The year of the case number.</summary>
    public required int Year { get; init; }

    /// <summary>The serial of the case number; every document of the case reuses year and serial (DOMAIN §4).</summary>
    public required int Serial { get; init; }

    /// <summary>Where the case stands.</summary>
    public required CaseStatus Status { get; init; }

    /// <summary>The application as received (and as corrected).</summary>
    public required Application Application { get; init; }

    /// <summary>When the case was registered (收案登记).</summary>
    public required DateTimeOffset RegisteredAt { get; init; }

    /// <summary>The stored revision this case was read at; the store refuses a save from an older one.</summary>
    public long Revision { get; init; }

    /// <summary>普通程序 or 简易程序; decided on acceptance, simplified may become ordinary (Art. 55).</summary>
    public Procedure Procedure { get; init; } = Procedure.Ordinary;

    /// <summary>The procedure suggested at intake (advice for the acceptance review), if any.</summary>
    public ProcedureSuggestion? SuggestedProcedure { get; init; }

    /// <summary>Why the simplified procedure applies (Art. 53 ground or the parties' consent).</summary>
    public string? ProcedureReason { get; init; }

    /// <summary>The day a simplified case was converted to the ordinary procedure (Art. 55).</summary>
    public DateOnly? ConvertedToOrdinaryOn { get; init; }

    /// <summary>Acceptance, by decision or deemed.</summary>
    public Acceptance? Acceptance { get; init; }

    /// <summary>Refusal (不予受理).</summary>
    public Refusal? Refusal { get; init; }

    /// <summary>Forwarding (转送).</summary>
    public Forwarding? Forwarding { get; init; }

    /// <summary>The correction request (at most one: the notice lists every item at once).</summary>
    public Correction? Correction { get; init; }

    /// <summary>The day the application was recorded as deemed abandoned.</summary>
    public DateOnly? AbandonedOn { get; init; }

    /// <summary>Suspensions in order; only the last may be open.</summary>
    public IReadOnlyList<Suspension> Suspensions { get; init; } = [];

    /// <summary>The one extension of the decision period.</summary>
    public Extension? Extension { get; init; }

    /// <summary>The copy sent to the respondent and its reply.</summary>
    public ReplyRequest? ReplyRequest { get; init; }

    /// <summary>The hearing, when one is held.</summary>
    public Hearing? Hearing { get; init; }

    /// <summary>The day the case was put on the reconsideration committee's agenda (Art. 52), if it was.</summary>
    public DateOnly? CommitteeReferredOn { get; init; }

    /// <summary>The decision that ended the review.</summary>
    public Decision? Decision { get; init; }

    /// <summary>The day the closing document had been served on every applicant and the respondent.</summary>
    public DateOnly? ServedOn { get; init; }

    /// <summary>The day the case was closed.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Uploaded files.</summary>
    public IReadOnlyList<Material> Materials { get; init; } = [];

    /// <summary>Documents issued, with their numbers.</summary>
    public IReadOnlyList<CaseDocument> Documents { get; init; } = [];

    /// <summary>Every service of every document.</summary>
    public IReadOnlyList<ServiceRecord> ServiceRecords { get; init; } = [];

    /// <summary>Opinion letters issued (Art. 76).</summary>
    public IReadOnlyList<OpinionLetter> OpinionLetters { get; init; } = [];

    /// <summary>What happened, oldest first.</summary>
    public IReadOnlyList<CaseHistoryEntry> History { get; init; } = [];

    /// <summary>
    /// The day the current acceptance review counts from: receipt of the application, or of the corrected
    /// materials (Art. 31 ¶3: on receipt the organ handles the application under Art. 30 again).
    /// </summary>
    [JsonIgnore]
    public DateOnly ReviewStartsOn => Correction?.MaterialsReceivedOn ?? Application.ReceivedOn;

    /// <summary>The open suspension, if the case is suspended.</summary>
    [JsonIgnore]
    public Suspension? OpenSuspension => Suspensions.Count > 0 && Suspensions[^1].ResumedOn is null ? Suspensions[^1] : null;

    /// <summary>A copy with one more history entry.</summary>
    public Case Log(DateTimeOffset at, string actor, string action) =>
        this with { History = [.. History, new CaseHistoryEntry(at, actor, action, Status)] };

    /// <summary>A copy with one more material.</summary>
    public Case AddMaterial(Material material) => this with { Materials = [.. Materials, material] };

    /// <summary>A copy with one more issued document.</summary>
    public Case AddDocument(CaseDocument document) => this with { Documents = [.. Documents, document] };

    private void Require(string step, params CaseStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw CaseException.NotAllowed(
                $"案件{Number}当前状态为“{CaseStatusNames.Of(Status)}”，不能{step}（仅限{string.Join("、", allowed.Select(CaseStatusNames.Of))}状态）。");
    }

    private static void RequireOnOrAfter(DateOnly date, DateOnly earliest, string field, string what, string earlierWhat)
    {
        if (date < earliest)
            throw CaseException.Invalid(field, $"{what}{ChineseDate(date)}早于{earlierWhat}{ChineseDate(earliest)}，请核对日期。");
    }

    internal static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}

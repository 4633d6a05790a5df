using System.Globalization;
using System.Text.Json.Nodes;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Domain.Validation;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// The intake form (收案登记) as the inputs bind it, and its mapping to the case model's <see cref="RegisterCaseCommand"/>.
/// The checks are the case model's own (<see cref="ApplicationValidator"/>), with the same field paths, so each message
/// can stand beside its field; the form adds only what its inputs can leave unset (a date, the transcript's time).
/// </summary>
public sealed class IntakeForm
{
    /// <summary>申请方式; null until chosen.</summary>
    public ApplicationChannel? Channel { get; set; } = ApplicationChannel.Window;

    /// <summary>收到申请日期.</summary>
    public DateTime? ReceivedOn { get; set; }

    /// <summary>申请人, at least one.</summary>
    public List<PartyForm> Applicants { get; } = [new()];

    /// <summary>第三人 (Art. 16), checked like the applicants.</summary>
    public List<PartyForm> ThirdParties { get; } = [];

    /// <summary>代表人 (one of the applicants' names), when there are several.</summary>
    public string? Representative { get; set; }

    /// <summary>委托代理人.</summary>
    public List<AgentForm> Agents { get; } = [];

    /// <summary>被申请人名称.</summary>
    public string? RespondentName { get; set; }

    /// <summary>被申请人负责人.</summary>
    public string? RespondentHead { get; set; }

    /// <summary>被申请人统一社会信用代码.</summary>
    public string? RespondentCreditCode { get; set; }

    /// <summary>被申请人地址.</summary>
    public string? RespondentAddress { get; set; }

    /// <summary>行政行为类型.</summary>
    public ChallengedActType ActType { get; set; } = ChallengedActType.Penalty;

    /// <summary>行政行为名称, e.g. 行政处罚决定.</summary>
    public string? ActTitle { get; set; }

    /// <summary>文号.</summary>
    public string? ActNumber { get; set; }

    /// <summary>作出日期.</summary>
    public DateTime? ActDate { get; set; }

    /// <summary>涉及金额（元）.</summary>
    public decimal? ActAmount { get; set; }

    /// <summary>行政复议请求.</summary>
    public string? Requests { get; set; }

    /// <summary>事实和理由.</summary>
    public string? FactsAndReasons { get; set; }

    /// <summary>程序建议; null: none.</summary>
    public Procedure? SuggestedProcedure { get; set; }

    /// <summary>程序建议的理由.</summary>
    public string? SuggestionReason { get; set; }

    /// <summary>口头申请笔录 (used only for the oral channel).</summary>
    public OralRecordForm Oral { get; } = new();

    /// <summary>Whether the transcript fields apply.</summary>
    public bool IsOral => Channel == ApplicationChannel.Oral;

    /// <summary>
    /// Whether the act's kind or amount may allow the simplified procedure (Art. 53 ¶1: on-the-spot acts, warnings or
    /// criticism, amounts up to 3,000 yuan, information disclosure) — a hint for the suggestion, not a decision.
    /// </summary>
    public bool MaySuggestSimplified =>
        ActType is ChallengedActType.OnTheSpotPenalty or ChallengedActType.WarningOrCriticism or ChallengedActType.InformationDisclosure
        || ActAmount is <= 3000m;

    /// <summary>The command to register.</summary>
    public RegisterCaseCommand ToCommand() => new()
    {
        Application = ToApplication(),
        SuggestedProcedure = SuggestedProcedure is { } procedure ? new ProcedureSuggestion(procedure, Text(SuggestionReason)) : null,
    };

    /// <summary>Every problem, by field path (as the API reports them: "applicants[0].idNumber"); empty when the form may be submitted.</summary>
    public IReadOnlyList<ValidationProblem> Problems(DateOnly today)
    {
        var problems = new List<ValidationProblem>();
        if (ReceivedOn is null) problems.Add(new("receivedOn", "请填写收到申请日期。"));
        for (var i = 0; i < Agents.Count; i++)
        {
            if (Agents[i].SignedOn is null)
                problems.Add(new($"agents[{i}].powerOfAttorney.signedOn", $"请填写委托代理人{i + 1}授权委托书的签署日期。"));
        }

        if (IsOral)
        {
            if (StartTime() is null) problems.Add(new("oralRecord.startTime", "请按“09:30”的格式填写笔录开始时间。"));
            if (Text(Oral.Place) is null) problems.Add(new("oralRecord.place", "请填写笔录的地点。"));
            if (Text(Oral.Interviewer) is null) problems.Add(new("oralRecord.interviewer", "请填写接待人。"));
        }

        problems.AddRange(ApplicationValidator.Validate(ToApplication(), today));
        return problems;
    }

    /// <summary>The transcript's own section of the oral-application-record document (time, place, interviewer, recorder).</summary>
    public JsonObject RecordData()
    {
        var day = ReceivedOn is { } received ? DateOnly.FromDateTime(received) : default;
        var start = StartTime() ?? default;
        return new JsonObject
        {
            ["record"] = new JsonObject
            {
                ["start"] = day.ToDateTime(start).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                ["place"] = Text(Oral.Place), ["interviewer"] = Text(Oral.Interviewer), ["recorder"] = Text(Oral.Recorder),
            },
        };
    }

    internal static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private Application ToApplication()
    {
        var received = ReceivedOn is { } on ? DateOnly.FromDateTime(on) : default;
        return new Application
        {
            ReceivedOn = received,
            // An unchosen channel is reported by the validator ("请选择申请方式…").
            Channel = Channel ?? (ApplicationChannel)(-1),
            OralRecord = IsOral ? OralRecord(received) : null,
            Applicants = [.. Applicants.Select(a => a.ToParty())],
            Representative = Applicants.Count > 1 ? Text(Representative) : null,
            Agents = [.. Agents.Select(a => a.ToAgent())],
            ThirdParties = [.. ThirdParties.Select(p => p.ToParty())],
            Respondent = new Respondent
            {
                Name = RespondentName ?? "", LegalRepresentative = Text(RespondentHead), CreditCode = Text(RespondentCreditCode),
                Address = Text(RespondentAddress),
            },
            ChallengedAct = new ChallengedAct
            {
                Type = ActType, Title = ActTitle ?? "", DocumentNumber = Text(ActNumber), Date = ActDate is { } date ? DateOnly.FromDateTime(date) : null,
                Amount = ActAmount,
            },
            Requests = Requests ?? "",
            FactsAndReasons = FactsAndReasons ?? "",
        };
    }

    // The transcript is what was written down at the window: when, where, by whom, and the request and reasons as stated.
    private OralApplicationRecord OralRecord(DateOnly received)
    {
        var start = StartTime() ?? default;
        return new OralApplicationRecord
        {
            Transcript = Text(Requests) is null && Text(FactsAndReasons) is null ? "" :
                $"时间：{StaffDates.Day(received)} {start:HH\\:mm}；地点：{Oral.Place}；接待人：{Oral.Interviewer}；记录人：{Oral.Recorder}。\n"
                + $"行政复议请求：{Requests}\n事实和理由：{FactsAndReasons}",
            RecordedBy = Oral.Recorder ?? "",
            // Without a date of receipt (reported by the checks) there is no day to record on.
            RecordedAt = received == default ? DateTimeOffset.UnixEpoch : new DateTimeOffset(received.ToDateTime(start), TimeSpan.FromHours(8)),
            SignedByApplicant = Oral.SignedByApplicant,
        };
    }

    private TimeOnly? StartTime() =>
        TimeOnly.TryParseExact(Oral.StartTime?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// The oral-application transcript's particulars (口头申请笔录, Art. 22 ¶3). The transcript's content is the request and
/// the facts and reasons typed on the form; these fields say when, where and by whom it was recorded.
/// </summary>
public sealed class OralRecordForm
{
    /// <summary>开始时间, "09:30", on the day of receipt.</summary>
    public string? StartTime { get; set; }

    /// <summary>地点.</summary>
    public string? Place { get; set; }

    /// <summary>接待人.</summary>
    public string? Interviewer { get; set; }

    /// <summary>记录人.</summary>
    public string? Recorder { get; set; }

    /// <summary>已向申请人宣读并由申请人签名确认.</summary>
    public bool SignedByApplicant { get; set; }
}

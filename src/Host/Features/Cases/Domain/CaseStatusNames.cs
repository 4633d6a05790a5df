namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>The Chinese name of each status, as staff read it.</summary>
public static class CaseStatusNames
{
    /// <summary>"受理审查中" for <see cref="CaseStatus.UnderAcceptanceReview"/>, and so on.</summary>
    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.UnderAcceptanceReview => "受理审查中",
        CaseStatus.CorrectionRequested => "待补正",
        CaseStatus.Refused => "不予受理",
        CaseStatus.Forwarded => "已转送",
        CaseStatus.DeemedAbandoned => "视为放弃",
        CaseStatus.InReview => "审理中",
        CaseStatus.Suspended => "中止审理",
        CaseStatus.Decided => "已作出决定",
        CaseStatus.Terminated => "已终止",
        CaseStatus.Mediated => "已调解",
        CaseStatus.Served => "已送达",
        CaseStatus.Closed => "已结案",
        _ => status.ToString(),
    };
}

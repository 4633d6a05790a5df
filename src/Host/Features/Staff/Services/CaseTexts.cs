using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>The Chinese names of the case model's kinds, as the pages show them.</summary>
public static class CaseTexts
{
    /// <summary>申请方式, in the order the form offers them.</summary>
    public static readonly IReadOnlyList<ApplicationChannel> Channels =
        [ApplicationChannel.Window, ApplicationChannel.Post, ApplicationChannel.Online, ApplicationChannel.Oral];

    public static string Channel(ApplicationChannel channel) => channel switch
    {
        ApplicationChannel.Window => "窗口递交",
        ApplicationChannel.Post => "邮寄",
        ApplicationChannel.Online => "网上申请",
        _ => "口头申请",
    };

    public static string ActType(ChallengedActType type) => type switch
    {
        ChallengedActType.Penalty => "行政处罚",
        ChallengedActType.OnTheSpotPenalty => "当场作出的行政处罚",
        ChallengedActType.WarningOrCriticism => "警告或者通报批评",
        ChallengedActType.Enforcement => "行政强制",
        ChallengedActType.Licensing => "行政许可",
        ChallengedActType.InformationDisclosure => "政府信息公开",
        ChallengedActType.Inaction => "不履行法定职责",
        _ => "其他行政行为",
    };

    public static string Procedure(Procedure procedure) => procedure == Cases.Domain.Procedure.Simplified ? "简易程序" : "普通程序";

    public static string Sex(Sex? sex) => sex switch { Cases.Domain.Sex.Male => "男", Cases.Domain.Sex.Female => "女", _ => "—" };

    public static string PartyKind(PartyKind kind) => kind == Cases.Domain.PartyKind.Organisation ? "法人或者其他组织" : "自然人";

    public static string ServiceMethod(ServiceMethod method) => ClosingService.MethodName(method);

    public static string RecipientRole(RecipientRole role) => role switch
    {
        Cases.Domain.RecipientRole.Applicant => "申请人",
        Cases.Domain.RecipientRole.Respondent => "被申请人",
        Cases.Domain.RecipientRole.ThirdParty => "第三人",
        _ => "其他",
    };

    public static string Decision(DecisionType type) => type switch
    {
        DecisionType.Vary => "变更",
        DecisionType.Revoke => "撤销",
        DecisionType.PartiallyRevoke => "部分撤销",
        DecisionType.ConfirmIllegal => "确认违法",
        DecisionType.OrderPerformance => "责令履行",
        DecisionType.ConfirmVoid => "确认无效",
        DecisionType.Maintain => "维持",
        DecisionType.RejectRequest => "驳回行政复议请求",
        DecisionType.AdministrativeAgreement => "行政协议",
        DecisionType.Compensation => "行政赔偿",
        DecisionType.DismissApplication => "驳回行政复议申请",
        DecisionType.Termination => "终止行政复议",
        _ => "行政复议调解书",
    };

    /// <summary>"1.2 MB", "36 KB".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    /// <summary>"2026年3月1日 09:30" in Beijing time.</summary>
    public static string Instant(DateTimeOffset at)
    {
        var local = at.ToOffset(TimeSpan.FromHours(8));
        return $"{local.Year}年{local.Month}月{local.Day}日 {local:HH:mm}";
    }

    /// <summary>"—" for nothing.</summary>
    public static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;
}

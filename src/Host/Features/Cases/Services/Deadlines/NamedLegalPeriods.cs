namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

/// <summary>
/// The law's periods that a workflow task can be given by name (docs/designer.md, "Named legal periods"): the same
/// lengths, units and articles as <see cref="DeadlineCalculator"/> counts a case's deadlines with (a test holds the two
/// together). The hearing notice, counted back from the hearing, is no period from a task's start and is not here.
/// </summary>
public static class NamedLegalPeriods
{
    public static IReadOnlyList<NamedLegalPeriod> All { get; } =
    [
        new("受理审查期限", "《行政复议法》第三十条第一款、第三款", DeadlineUnit.WorkingDays, 5),
        new("补正通知期限", "《行政复议法》第三十一条第一款", DeadlineUnit.WorkingDays, 5),
        new("补正期限", "《行政复议法》第三十一条第二款", DeadlineUnit.WorkingDays, 10),
        new("发送申请书副本期限", "《行政复议法》第四十八条", DeadlineUnit.WorkingDays, 7),
        new("简易程序发送申请书副本期限", "《行政复议法》第五十四条第一款", DeadlineUnit.WorkingDays, 3),
        new("答复期限", "《行政复议法》第四十八条、第七十条", DeadlineUnit.WorkingDays, 10),
        new("简易程序答复期限", "《行政复议法》第五十四条第一款、第七十条", DeadlineUnit.WorkingDays, 5),
        new("审理期限", "《行政复议法》第六十二条第一款", DeadlineUnit.CalendarDays, 60),
        new("简易程序审理期限", "《行政复议法》第六十二条第二款", DeadlineUnit.CalendarDays, 30),
        new("意见书整改情况报送期限", "《行政复议法》第七十六条", DeadlineUnit.CalendarDays, 60),
        new("起诉期限", "《行政诉讼法》第四十五条", DeadlineUnit.CalendarDays, 15),
    ];
}

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>One line of how a period's last day was computed, e.g. 起算 — "自收到行政复议申请之日（2026年3月2日）起算，当日不计入".</summary>
/// <param name="Label">What the line is about: 依据, 起算, 期间, 不计入, 延长, 届满日, 计算过程, 完成.</param>
/// <param name="Text">The line itself.</param>
public sealed record DeadlineFact(string Label, string Text);

namespace Reconsideration.Designer;

/// <summary>
/// A named legal period the properties panel offers for a user task's due period: the name kept in
/// <c>rc:dueLegalPeriod</c>, the article and length people read, and the value written to <c>rc:dueDate</c>.
/// </summary>
public sealed record LegalPeriodItem(string Name, string Article, string Length, string Value);

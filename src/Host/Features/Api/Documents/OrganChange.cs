namespace Reconsideration.Host.Features.Api.Documents;

/// <summary>A change an administrator made on 机关与文号: when, by whom, what.</summary>
public sealed record OrganChange(DateTimeOffset At, string By, string What);

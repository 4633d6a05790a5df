namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>A colleague a task may be delegated to.</summary>
/// <param name="UserName">The user name, for the delegation.</param>
/// <param name="Name">The name people read.</param>
/// <param name="RoleNames">Their roles in Chinese.</param>
public sealed record Colleague(string UserName, string Name, IReadOnlyList<string> RoleNames);

namespace Reconsideration.Workflows;

/// <summary>Who calls the engine: a user with roles, or the system (timers, jobs, the simulator).</summary>
public sealed record Actor(string UserId, IReadOnlyCollection<string> Roles)
{
    public static readonly Actor System = new("system", []) { IsSystem = true };

    /// <summary>The system may act on any task; people only on tasks they are assigned or candidates for.</summary>
    public bool IsSystem { get; private init; }

    public static Actor User(string userId, params string[] roles) => new(userId, roles);
}

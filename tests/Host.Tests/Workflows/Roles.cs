using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Workflows;

/// <summary>One user per role key of docs/workflows.md.</summary>
internal static class Roles
{
    public static readonly Actor Clerk = Actor.User("clerk1", "clerk");
    public static readonly Actor Handler = Actor.User("handler1", "handler");
    public static readonly Actor Reviewer = Actor.User("reviewer1", "reviewer");
    public static readonly Actor BureauHead = Actor.User("head1", "bureau-head");
    public static readonly Actor DistrictLeader = Actor.User("leader1", "district-leader");

    public static Actor For(string role) => role switch
    {
        "clerk" => Clerk,
        "handler" => Handler,
        "reviewer" => Reviewer,
        "bureau-head" => BureauHead,
        "district-leader" => DistrictLeader,
        _ => throw new ArgumentException($"No test user for role {role}"),
    };
}

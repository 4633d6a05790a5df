namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>The actor when no user is known: "系统".</summary>
public sealed class SystemCaseActor : ICaseActor
{
    /// <inheritdoc />
    public string Name => "系统";
}

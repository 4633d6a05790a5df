namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>
/// Who is acting, for the case history. The web layer replaces the default with one that reads the signed-in user;
/// background steps (deemed acceptance) act as the system.
/// </summary>
public interface ICaseActor
{
    /// <summary>The name recorded in the history.</summary>
    string Name { get; }
}

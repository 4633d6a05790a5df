namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>A service task a test run reached: which element, which handler would have run, with which parameters.</summary>
internal sealed record StandInCall(string ElementId, string Handler, IReadOnlyDictionary<string, string> Parameters);

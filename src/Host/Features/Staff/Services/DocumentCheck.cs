namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>The result of 核验: whether the stored PDF is byte for byte the one registered, and the sentence to show.</summary>
public sealed record DocumentCheck(bool Matches, string Message);

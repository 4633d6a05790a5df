using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>What submitting the intake form did: the registered case, or every problem by field (nothing registered).</summary>
/// <param name="Case">The case, when registered.</param>
/// <param name="Problems">The problems, by field path; empty when registered.</param>
/// <param name="UploadErrors">Attachments that could not be stored although the case was registered.</param>
public sealed record IntakeOutcome(Case? Case, IReadOnlyList<ValidationProblem> Problems, IReadOnlyList<string> UploadErrors);

namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>Why a case operation was refused; maps to an HTTP status later (400, 404, 409, 422).</summary>
public enum CaseErrorKind
{
    /// <summary>What was submitted is invalid; <see cref="CaseException.Problems"/> lists every problem.</summary>
    Invalid,

    /// <summary>No such case.</summary>
    NotFound,

    /// <summary>Someone else changed the case first, or a number is already taken.</summary>
    Conflict,

    /// <summary>The step is not allowed in the case's status or would break a legal rule.</summary>
    NotAllowed,
}

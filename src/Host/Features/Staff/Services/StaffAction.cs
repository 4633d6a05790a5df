using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>Runs a step for a page: the refusal of the engine, the API's checks or the domain comes back as its Chinese message.</summary>
internal static class StaffAction
{
    /// <summary>Null when done, else why not (someone else claimed it first, the case was reassigned …).</summary>
    public static async Task<string?> TryAsync(Func<Task> act)
    {
        try
        {
            await act();
            return null;
        }
        catch (Exception e) when (e is WorkflowException or ApiException or CaseException)
        {
            return e.Message;
        }
    }
}

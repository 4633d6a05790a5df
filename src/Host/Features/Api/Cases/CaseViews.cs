using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>Builds the API's view of a case.</summary>
internal sealed class CaseViews(CaseLinks links)
{
    public async Task<CaseDetail> DetailAsync(Case @case, CancellationToken cancellationToken = default) =>
        new(@case, CaseStatusNames.Of(@case.Status), await links.HandlerAsync(@case.Id, cancellationToken),
            await links.ProcessesAsync(@case.Id, cancellationToken));
}

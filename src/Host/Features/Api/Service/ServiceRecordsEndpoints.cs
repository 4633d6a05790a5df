using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Cases;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Features.Api.Service;

/// <summary>
/// Service of documents (送达回证).
/// <code>
/// GET  /api/v1/cases/{id}/service-records   every service, with the day it took effect and why
/// POST /api/v1/cases/{id}/service-records   record one (clerk, handler, reviewer, bureau head) → 201 with the changed case
/// </code>
/// </summary>
internal static class ServiceRecordsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var records = api.MapGroup("/cases/{id:guid}/service-records").WithTags("送达");
        records.MapGet("/", ListAsync).RequireRoles(ApiPolicies.Staff).WithSummary("送达记录");
        records.MapPost("/", RecordAsync).RequireRoles(ApiPolicies.Paperwork).WithSummary("登记送达");
    }

    private static async Task<Ok<IReadOnlyList<ServiceRecord>>> ListAsync(Guid id, CaseAccess access, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await access.CaseAsync(user, id, ct)).ServiceRecords);

    private static async Task<Created<CaseDetail>> RecordAsync(Guid id, ServiceCommand command, long? expectedRevision, CaseAccess access,
        ClosingService closing, CaseViews views, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.CaseAsync(user, id, ct);
        var changed = await closing.RecordServiceAsync(id, command, expectedRevision, ct);
        return TypedResults.Created($"/api/v1/cases/{id}/service-records", await views.DetailAsync(changed, ct));
    }
}

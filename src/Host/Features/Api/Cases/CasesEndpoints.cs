using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Identity;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>
/// The case register.
/// <code>
/// POST /api/v1/cases                     收案登记 (clerk, handler) → 201, or 400 listing every problem
/// GET  /api/v1/cases                     search: number, applicant, respondent, status, receivedFrom/To, page, pageSize
/// GET  /api/v1/cases/{id}                the case, its handler and process instances
/// PUT  /api/v1/cases/{id}/handler        assign the handler (reviewer, bureau head, admin; a handler takes an unassigned case)
/// POST /api/v1/cases/{id}/workflow       start a deployed process for the case (business key = case number)
/// </code>
/// </summary>
internal static class CasesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("案件");
        cases.MapPost("/", RegisterAsync).RequireRoles(ApiPolicies.Intake).WithSummary("收案登记");
        cases.MapGet("/", SearchAsync).RequireRoles(ApiPolicies.Staff).WithSummary("查询案件（分页）");
        cases.MapGet("/{id:guid}", GetAsync).RequireRoles(ApiPolicies.Staff).WithSummary("案件详情");
        cases.MapPut("/{id:guid}/handler", AssignAsync).RequireRoles(ApiPolicies.Assign).WithSummary("指定承办人");
        cases.MapPost("/{id:guid}/workflow", StartWorkflowAsync).RequireRoles(ApiPolicies.Workflow).WithSummary("为案件发起流程");
    }

    private static async Task<Created<CaseDetail>> RegisterAsync(RegisterCaseCommand command, CaseRegistration registration, CaseViews views,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var @case = await registration.RegisterAsync(command, user, cancellationToken: cancellationToken);
        return TypedResults.Created($"/api/v1/cases/{@case.Id}", await views.DetailAsync(@case, cancellationToken));
    }

    private static async Task<Ok<CaseListPage>> SearchAsync(CaseQueryService queries, CaseLinks links, string? number, string? applicant,
        string? respondent, CaseStatus? status, DateOnly? receivedFrom, DateOnly? receivedTo, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var found = await queries.SearchAsync(new CaseSearch
        {
            Number = number, Applicant = applicant, Respondent = respondent, Status = status, ReceivedFrom = receivedFrom,
            ReceivedTo = receivedTo, Page = page ?? 1, PageSize = pageSize ?? 20,
        }, cancellationToken);
        var handlers = await links.HandlersOfAsync([.. found.Items.Select(s => s.Id)], cancellationToken);
        var items = found.Items.Select(s =>
        {
            var handler = handlers.GetValueOrDefault(s.Id);
            return new CaseListItem(s.Id, s.Number, s.Status, s.StatusName, s.Procedure, s.ReceivedOn, s.Applicants, s.Respondent, s.Revision,
                handler?.Handler, handler?.HandlerName);
        }).ToList();
        return TypedResults.Ok(new CaseListPage(items, found.Total, found.Page, found.PageSize, found.Pages));
    }

    private static async Task<Ok<CaseDetail>> GetAsync(Guid id, CaseAccess access, CaseViews views, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await views.DetailAsync(await access.CaseAsync(user, id, cancellationToken), cancellationToken));

    private static async Task<Ok<CaseDetail>> AssignAsync(Guid id, AssignHandlerRequest request, CaseAccess access, CaseLinks links, CaseViews views,
        UserManager<StaffUser> users, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var @case = await access.CaseAsync(user, id, cancellationToken);
        var need = new Need();
        var name = need.Text(request.Handler, "handler", "承办人的用户名");
        need.ThrowIfAny();
        var handler = await users.FindByNameAsync(name);
        if (handler is null || !await users.IsInRoleAsync(handler, StaffRoles.Handler))
            throw CaseException.Invalid("handler", $"“{name}”不是系统中的承办人，请核对用户名。");
        var onlyHandler = !user.Roles().Any(r => r is StaffRoles.Reviewer or StaffRoles.BureauHead or StaffRoles.Admin);
        if (onlyHandler && (handler.UserName != user.UserName() || await links.HandlerAsync(id, cancellationToken) is not null))
            throw ApiException.Forbidden("承办人只能承办尚未分配的案件（指定给自己）；改派请由审核人或局长办理。");
        await links.AssignAsync(id, handler.UserName!, handler.DisplayName, user.DisplayName(), cancellationToken);
        return TypedResults.Ok(await views.DetailAsync(@case, cancellationToken));
    }

    private static async Task<Created<CaseDetail>> StartWorkflowAsync(Guid id, StartWorkflowRequest request, CaseAccess access, CaseWorkflows workflows,
        CaseViews views, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var @case = await access.CaseAsync(user, id, cancellationToken);
        var need = new Need();
        var processId = need.Text(request.ProcessId, "processId", "流程标识（processId）");
        need.ThrowIfAny();
        await workflows.StartAsync(@case, processId, request.Variables, user.ToActor(), cancellationToken);
        return TypedResults.Created($"/api/v1/cases/{id}/tasks", await views.DetailAsync(@case, cancellationToken));
    }
}

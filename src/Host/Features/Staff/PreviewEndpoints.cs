using Microsoft.Net.Http.Headers;
using Reconsideration.Host.Features.Staff.Services;

namespace Reconsideration.Host.Features.Staff;

/// <summary>
/// The document previews the task page renders, fetched by the browser for an inline frame. A preview is rendered in
/// the page's circuit after the per-case check and can be fetched only by the person who asked for it, for a while.
/// <code>
/// GET /staff/previews/{id}   application/pdf, inline
/// </code>
/// </summary>
internal static class PreviewEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/staff/previews/{id:guid}", Get).RequireAuthorization().ExcludeFromDescription();
    }

    private static IResult Get(Guid id, StaffTaskWork work, HttpContext context)
    {
        if (work.Preview(context.User, id) is not { } preview)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "预览不存在", detail: "预览已过期或不属于您，请在任务页面重新点击“预览”。");
        // Inline, so the frame shows it; the name is what "save" offers.
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = preview.FileName }.ToString();
        return Results.File(preview.Pdf, "application/pdf");
    }
}

namespace Reconsideration.Host.Features.Api.Reference;

/// <summary>
/// The interactive reference page at /api/docs: Swagger UI, whose files are embedded in its assembly, so the page works
/// without any network beyond this server (no CDN, no online validator).
/// </summary>
internal static class ReferencePage
{
    public const string Path = "api/docs";

    public static void Use(WebApplication app) => app.UseSwaggerUI(o =>
    {
        o.RoutePrefix = Path;
        o.SwaggerEndpoint("/openapi/v1.json", "行政复议案件办理系统 API v1");
        o.DocumentTitle = "行政复议案件办理系统 API 参考";
        o.EnableTryItOutByDefault();
        o.EnablePersistAuthorization();
    });
}

namespace Reconsideration.Host.Features.Home;

/// <summary>The placeholder home page until the staff application arrives.</summary>
public static class HomeEndpoints
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>行政复议案件办理系统</title></head>
        <body>
        <h1>行政复议案件办理系统</h1>
        <p>红谷滩区人民政府行政复议机构（区司法局）集中受理、集中审理、集中决定、集中送达。</p>
        <p>工作台正在建设中。系统状态：<a href="/health">/health</a></p>
        </body>
        </html>
        """;

    public static IEndpointRouteBuilder MapHomeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8"));
        return app;
    }
}

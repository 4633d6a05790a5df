using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Reconsideration.DocumentGen.Templates;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Problems;

/// <summary>
/// Turns the exceptions the domain, the engine, the documents and the framework throw into ProblemDetails with a
/// Chinese title and detail. Case validation problems become the "errors" object, grouped by field path.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "处理请求 {Method} {Path} 时出错", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    internal static ProblemDetails Map(Exception exception) => exception switch
    {
        CaseException { Kind: CaseErrorKind.Invalid } e => Validation(e),
        CaseException e => Plain(e.Kind switch
        {
            CaseErrorKind.NotFound => StatusCodes.Status404NotFound,
            CaseErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        }, e.Message),
        WorkflowException e => Plain(e.Kind switch
        {
            WorkflowErrorKind.NotFound => StatusCodes.Status404NotFound,
            WorkflowErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            WorkflowErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        }, e.Message),
        TemplateException e => Plain(StatusCodes.Status422UnprocessableEntity, $"文书无法生成：{e.Message}", "文书数据不全"),
        ApiException e => Plain(e.Status, e.Message, e.Title),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            Plain(StatusCodes.Status413PayloadTooLarge, ProblemTexts.Detail(StatusCodes.Status413PayloadTooLarge)),
        BadHttpRequestException { InnerException: JsonException json } => Plain(StatusCodes.Status400BadRequest, JsonDetail(json)),
        BadHttpRequestException e => Plain(e.StatusCode, BadRequestDetail(e)),
        _ => Plain(StatusCodes.Status500InternalServerError, ProblemTexts.Detail(StatusCodes.Status500InternalServerError)),
    };

    private static ProblemDetails Plain(int status, string detail, string? title = null) =>
        new() { Status = status, Title = title ?? ProblemTexts.Title(status), Detail = detail };

    private static ValidationProblemDetails Validation(CaseException e)
    {
        var errors = e.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest, Title = "提交的内容有误", Detail = e.Message,
        };
    }

    private static string JsonDetail(JsonException json)
    {
        // System.Text.Json names missing required members in English; the member names are the JSON fields, so say them.
        var missing = json.Message.Contains("missing required properties", StringComparison.Ordinal)
            ? json.Message[(json.Message.IndexOf(':') + 1)..].Split('.')[0].Trim() : null;
        if (missing is not null) return $"请求缺少必填字段：{missing.Replace("'", "")}。";
        var path = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "" : $"（位置：{json.Path}）";
        return $"请求内容不是有效的JSON，或字段的值类型不对{path}。日期请写成“2026-03-01”，枚举值见接口文档。";
    }

    private static string BadRequestDetail(BadHttpRequestException e) =>
        e.Message.Contains("Required parameter", StringComparison.Ordinal) || e.Message.Contains("body was not provided", StringComparison.Ordinal)
            ? "请求缺少必填的参数或请求体，请查看接口文档。"
            : e.Message.Contains("Failed to bind parameter", StringComparison.Ordinal)
                ? "请求参数的格式不正确（日期请写成“2026-03-01”，编号为GUID），请核对后重试。"
                : e.StatusCode == StatusCodes.Status415UnsupportedMediaType
                    ? "请求的内容类型不被接受：JSON 请求请用 application/json，上传文件请用 multipart/form-data。"
                    : ProblemTexts.Detail(e.StatusCode);
}

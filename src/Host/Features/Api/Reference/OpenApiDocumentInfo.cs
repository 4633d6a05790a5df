using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Reconsideration.Host.Features.Api.Reference;

/// <summary>Titles the OpenAPI document in Chinese and declares the bearer token every /api/v1 route (but the token one) needs.</summary>
internal sealed class OpenApiDocumentInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "行政复议案件办理系统 API",
            Version = "v1",
            Description = "红谷滩区人民政府行政复议案件的收案、办理、文书、送达、期限与办理记录。先用 POST /api/v1/auth/token 换取令牌，"
                + "再在请求头 Authorization 中以“Bearer 令牌”提交。错误以 ProblemDetails（application/problem+json）返回，标题和说明为中文。",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "POST /api/v1/auth/token 返回的 accessToken",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
        return Task.CompletedTask;
    }
}

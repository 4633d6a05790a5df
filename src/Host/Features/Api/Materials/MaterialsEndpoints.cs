using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Materials;

namespace Reconsideration.Host.Features.Api.Materials;

/// <summary>
/// Case materials (applications, evidence, powers of attorney).
/// <code>
/// GET  /api/v1/cases/{id}/materials               the list
/// POST /api/v1/cases/{id}/materials               upload: multipart/form-data, fields "file" and "description" → 201;
///                                                 too large 413, not an accepted format or disguised 415 — nothing stored
/// GET  /api/v1/cases/{id}/materials/{materialId}  download
/// </code>
/// </summary>
internal static class MaterialsEndpoints
{
    private static readonly Dictionary<MaterialKind, string> ContentTypes = new()
    {
        [MaterialKind.Pdf] = "application/pdf", [MaterialKind.Jpeg] = "image/jpeg", [MaterialKind.Png] = "image/png",
        [MaterialKind.Ofd] = "application/ofd", [MaterialKind.Docx] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public static void Map(RouteGroupBuilder api, long maxUploadBytes)
    {
        var materials = api.MapGroup("/cases/{id:guid}/materials").WithTags("材料");
        materials.MapGet("/", ListAsync).RequireRoles(ApiPolicies.Staff).WithSummary("案件材料");
        // Multipart framing adds a little to the file itself; Kestrel refuses anything beyond with 413 while reading.
        materials.MapPost("/", UploadAsync).RequireRoles(ApiPolicies.Paperwork).WithSummary("上传材料")
            .Accepts<IFormFile>("multipart/form-data").WithMetadata(new RequestSizeLimitAttribute(maxUploadBytes + 64 * 1024));
        materials.MapGet("/{materialId:guid}", DownloadAsync).RequireRoles(ApiPolicies.Staff).WithSummary("下载材料");
    }

    private static async Task<Ok<IReadOnlyList<Material>>> ListAsync(Guid id, CaseAccess access, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await access.CaseAsync(user, id, ct)).Materials);

    private static async Task<Created<Material>> UploadAsync(Guid id, HttpRequest request, CaseAccess access, MaterialService materials,
        IConfiguration configuration, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.CaseAsync(user, id, ct);
        if (!request.HasFormContentType)
            throw new ApiException(StatusCodes.Status415UnsupportedMediaType, "请以 multipart/form-data 上传文件（字段 file 和 description）。");
        var max = configuration.GetSection("Cases").Get<CasesOptions>()?.MaxUploadBytes ?? new CasesOptions().MaxUploadBytes;
        if (request.ContentLength > max + 64 * 1024) throw UploadCheck.TooLarge("上传内容", max);
        var form = await request.ReadFormAsync(ct);
        var file = form.Files["file"] ?? throw CaseException.Invalid("file", "请选择要上传的文件（表单字段 file）。");
        if (file.Length > max) throw UploadCheck.TooLarge(file.FileName, max);

        var temporary = Path.GetTempFileName();
        try
        {
            await using (var copy = File.Create(temporary)) await file.CopyToAsync(copy, ct);
            UploadCheck.Format(file.FileName, temporary);
            await using var content = File.OpenRead(temporary);
            var material = await materials.UploadAsync(id, file.FileName, form["description"].ToString(), content, ct);
            return TypedResults.Created($"/api/v1/cases/{id}/materials/{material.Id}", material);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task<FileStreamHttpResult> DownloadAsync(Guid id, Guid materialId, CaseAccess access, MaterialService materials,
        ClaimsPrincipal user, CancellationToken ct)
    {
        await access.CaseAsync(user, id, ct);
        var (material, content) = await materials.OpenAsync(id, materialId, ct);
        return TypedResults.Stream(content, ContentTypes[material.Kind], material.FileName);
    }
}

using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Materials;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Materials;
using Reconsideration.Host.Features.Identity;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// Uploads from the pages with the API's checks and wording (<see cref="UploadCheck"/>: size limit, content recognised
/// by <see cref="MaterialSniffer"/>, extension agreeing with content), then stored by <see cref="MaterialService"/>,
/// which checks again. A refused file leaves nothing behind.
/// </summary>
internal sealed class StaffUploads(MaterialService materials, CaseAccess access, IConfiguration configuration)
{
    /// <summary>The largest file accepted (Cases:MaxUploadBytes).</summary>
    public long MaxBytes { get; } = configuration.GetSection("Cases").Get<CasesOptions>()?.MaxUploadBytes ?? new CasesOptions().MaxUploadBytes;

    /// <summary>Who may upload (the API's paperwork roles).</summary>
    public static bool MayUpload(ClaimsPrincipal user) => ApiPolicies.Paperwork.Any(user.IsInRole);

    /// <summary>Copies a chosen file and checks it; the reason in Chinese when refused.</summary>
    /// <param name="fileName">The name as chosen.</param>
    /// <param name="size">The size the browser reports.</param>
    /// <param name="open">Opens the content, reading at most the given number of bytes.</param>
    public async Task<(StagedFile? File, string? Error)> StageAsync(string fileName, long size, Func<long, Stream> open, CancellationToken cancellationToken = default)
    {
        if (size > MaxBytes) return (null, UploadCheck.TooLarge(fileName, MaxBytes).Message);
        if (size == 0) return (null, $"文件“{fileName}”是空文件，未保存。");
        var temporary = Path.GetTempFileName();
        try
        {
            await using (var content = open(MaxBytes))
            await using (var copy = File.Create(temporary))
                await content.CopyToAsync(copy, cancellationToken);
            UploadCheck.Format(fileName, temporary);
            return (new StagedFile(temporary, fileName, size), null);
        }
        catch (ApiException e)
        {
            File.Delete(temporary);
            return (null, e.Message);
        }
        catch (IOException)
        {
            File.Delete(temporary);
            return (null, $"文件“{fileName}”读取失败或超过上限，未保存，请重新选择。");
        }
    }

    /// <summary>Stores a checked file among the case's materials as the user; the reason in Chinese when refused.</summary>
    public async Task<string?> StoreAsync(ClaimsPrincipal user, Guid caseId, StagedFile file, CancellationToken cancellationToken = default)
    {
        if (!MayUpload(user)) return "您的角色不能上传材料。";
        try
        {
            await access.CaseAsync(user, caseId, cancellationToken);
            using var actor = CaseActorScope.As(user);
            await using var content = File.OpenRead(file.Path);
            await materials.UploadAsync(caseId, file.FileName, file.Description, content, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is CaseException or ApiException)
        {
            return e.Message;
        }
    }
}

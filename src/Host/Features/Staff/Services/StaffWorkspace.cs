using System.Security.Claims;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Documents;
using Reconsideration.Host.Features.Api.Journal;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// Reads the case workspace with the API's services and its access rule (<see cref="CaseAccess"/>): another handler's
/// case is refused with the API's own message, naming the handler; nothing of the case is read for the page then.
/// </summary>
internal sealed class StaffWorkspace(CaseAccess access, CaseLinks links, CaseQueryService queries, IssuedDocumentRegister register,
    IssuedFiles files, CaseJournal journal, StaffTasks tasks, DeadlineExplanations explanations, TimeProvider clock)
{
    public async Task<WorkspaceResult> OpenAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default)
    {
        Case @case;
        try
        {
            @case = await access.CaseAsync(user, caseId, cancellationToken);
        }
        catch (ApiException e)
        {
            return new WorkspaceResult(null, e.Message);
        }
        catch (CaseException e) when (e.Kind == CaseErrorKind.NotFound)
        {
            return new WorkspaceResult(null, "没有这个案件，可能链接有误。请从案件查询中打开。");
        }

        var today = LegalTime.Today(clock);
        var deadlines = (await queries.DeadlinesAsync(caseId, cancellationToken: cancellationToken)).Select(d => explanations.View(d, today)).ToList();
        var lines = await journal.LinesAsync(@case, detailed: false, cancellationToken);
        return new WorkspaceResult(new CaseWorkspace(@case, CaseStatusNames.Of(@case.Status), await links.HandlerAsync(caseId, cancellationToken), deadlines,
            register.ForCase(@case.Number), [.. lines.Reverse()], await tasks.ForCaseAsync(caseId, cancellationToken)), null);
    }

    /// <summary>核验: the stored PDF's SHA-256 against the register's; the case must be one the user may see.</summary>
    public async Task<DocumentCheck> VerifyAsync(ClaimsPrincipal user, Guid caseId, string code, CancellationToken cancellationToken = default)
    {
        var @case = await access.CaseAsync(user, caseId, cancellationToken);
        return Verify(register, files, @case, code);
    }

    /// <summary>The check itself: a missing file, a file that differs, or one that matches the register.</summary>
    public static DocumentCheck Verify(IssuedDocumentRegister register, IssuedFiles files, Case @case, string code)
    {
        var record = register.Find(code);
        if (record is null || record.CaseNumber != @case.Number)
            return new DocumentCheck(false, $"案件{@case.Number}中没有验证码为“{code}”的已签发文书。");
        var name = $"{record.Title}（{record.DocumentNumber ?? record.VerificationCode}）";
        var path = files.PathOf(@case.Id, record.VerificationCode);
        if (!File.Exists(path))
            return new DocumentCheck(false, $"文件与登记不一致：{name}的存档文件缺失，请联系系统管理员。");
        return register.Verify(code, File.ReadAllBytes(path)).Outcome == VerificationOutcome.Authentic
            ? new DocumentCheck(true, $"文件与登记一致：{name}，SHA-256 {record.Sha256}。")
            : new DocumentCheck(false, $"文件与登记不一致：{name}的存档文件已被改动，请以签发时登记的版本为准并联系系统管理员。");
    }
}

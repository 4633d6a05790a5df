using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>
/// 发布: the server's deploy validation, then a new version with who and why. A file with any problem is not deployed,
/// whatever the browser's lint said; running cases stay on the version they started on (the engine's rule).
/// </summary>
internal sealed class WorkflowPublisher(WorkflowEngine engine, DesignerValidation validation, DraftStore drafts)
{
    public const int MaxCommentLength = 500;

    public async Task<PublishResult> PublishAsync(string? xml, string? comment, string publishedBy, CancellationToken ct = default)
    {
        BpmnFile.CheckReadable(xml);
        if (string.IsNullOrWhiteSpace(comment)) throw new DesignerInputException("请填写发布说明：写明本版本改了什么、为什么改。");
        if (comment.Length > MaxCommentLength) throw new DesignerInputException($"发布说明最多{MaxCommentLength}个字。");
        var problems = validation.Validate(xml!);
        if (problems.Count > 0) return new PublishResult([], problems);
        try
        {
            var deployed = await engine.DeployAsync(xml!, publishedBy, comment.Trim());
            await drafts.DeleteAsync(deployed.Select(d => d.ProcessId), ct);
            return new PublishResult(deployed, []);
        }
        catch (DefinitionInvalidException e)
        {
            return new PublishResult([], e.Problems);
        }
    }
}

using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>Collects the missing fields of a request, so a 400 lists them all at once like the domain's own validation.</summary>
internal sealed class Need
{
    private readonly List<ValidationProblem> _problems = [];

    public T Value<T>(T? value, string field, string label) where T : struct
    {
        if (value is null) _problems.Add(new ValidationProblem(field, $"请填写{label}。"));
        return value.GetValueOrDefault();
    }

    public string Text(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) _problems.Add(new ValidationProblem(field, $"请填写{label}。"));
        return value?.Trim() ?? "";
    }

    /// <summary>The revision the caller saw; without it a step could silently overwrite someone else's change.</summary>
    public long Revision(long? expected)
    {
        if (expected is null)
            _problems.Add(new ValidationProblem("expectedRevision", "请提供您看到的案件版本号（expectedRevision，见案件详情的revision），以免覆盖他人刚作的修改。"));
        return expected.GetValueOrDefault();
    }

    public void ThrowIfAny() => CaseException.ThrowIfAny(_problems);

    /// <summary>Checks the revision, then — only when nothing is missing — makes the call with it.</summary>
    public Task<Case> Then(long? expectedRevision, Func<long, Task<Case>> call)
    {
        var revision = Revision(expectedRevision);
        ThrowIfAny();
        return call(revision);
    }
}

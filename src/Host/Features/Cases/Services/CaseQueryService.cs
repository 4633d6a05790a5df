using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Persistence;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>Reads cases: one by id or number, a paged search, and a case's statutory periods.</summary>
public sealed class CaseQueryService
{
    private readonly CaseStore _store;
    private readonly DeadlineCalculator _deadlines;
    private readonly TimeProvider _clock;

    internal CaseQueryService(CaseStore store, DeadlineCalculator deadlines, TimeProvider clock)
    {
        _store = store;
        _deadlines = deadlines;
        _clock = clock;
    }

    /// <summary>The case.</summary>
    /// <exception cref="CaseException">NotFound.</exception>
    public async Task<Case> GetAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await _store.FindAsync(caseId, cancellationToken) ?? throw CaseStore.NotFound(caseId);

    /// <summary>The case with this number, or null.</summary>
    public Task<Case?> FindByNumberAsync(string number, CancellationToken cancellationToken = default) =>
        _store.FindByNumberAsync(number, cancellationToken);

    /// <summary>Cases matching every given criterion, one page, newest receipt first.</summary>
    /// <exception cref="CaseException">Invalid paging or an inverted date range.</exception>
    public Task<CasePage> SearchAsync(CaseSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var problems = new List<ValidationProblem>();
        if (search.Page < 1) problems.Add(new("page", "页码须从1开始。"));
        if (search.PageSize is < 1 or > 100) problems.Add(new("pageSize", "每页条数须在1至100之间。"));
        if (search.ReceivedFrom > search.ReceivedTo)
            problems.Add(new("receivedFrom", "收到申请日期的起始日晚于截止日，请核对查询范围。"));
        CaseException.ThrowIfAny(problems);
        return _store.SearchAsync(search, cancellationToken);
    }

    /// <summary>The cases whose respondent's name contains <paramref name="part"/>.</summary>
    public Task<List<Guid>> IdsByRespondentAsync(string part, CancellationToken cancellationToken = default) =>
        _store.IdsByRespondentAsync(part.Trim(), cancellationToken);

    /// <summary>The list lines of these cases, by id (ids of no case are absent).</summary>
    public Task<Dictionary<Guid, CaseSummary>> SummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        _store.SummariesAsync(ids, cancellationToken);

    /// <summary>Every statutory period of the case with its state at <paramref name="at"/> (default now).</summary>
    public async Task<IReadOnlyList<CaseDeadline>> DeadlinesAsync(Guid caseId, DateTimeOffset? at = null, CancellationToken cancellationToken = default)
    {
        var @case = await GetAsync(caseId, cancellationToken);
        return _deadlines.Compute(@case, LegalTime.Today(at ?? _clock.GetUtcNow()));
    }
}

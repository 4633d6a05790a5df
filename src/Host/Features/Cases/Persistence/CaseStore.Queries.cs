using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Features.Cases.Persistence;

internal sealed partial class CaseStore
{
    public async Task<CasePage> SearchAsync(CaseSearch search, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var query = db.Cases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Number))
        {
            var number = search.Number.Trim();
            query = query.Where(c => c.Number.Contains(number));
        }

        if (!string.IsNullOrWhiteSpace(search.Applicant))
        {
            var applicant = search.Applicant.Trim();
            query = query.Where(c => c.ApplicantNames.Contains(applicant));
        }

        if (!string.IsNullOrWhiteSpace(search.Respondent))
        {
            var respondent = search.Respondent.Trim();
            query = query.Where(c => c.RespondentName.Contains(respondent));
        }

        if (search.Status is { } status)
        {
            var name = status.ToString();
            query = query.Where(c => c.Status == name);
        }

        if (search.ReceivedFrom is { } from) query = query.Where(c => c.ReceivedOn >= from);
        if (search.ReceivedTo is { } to) query = query.Where(c => c.ReceivedOn <= to);

        var total = await query.CountAsync(cancellationToken);
        var rows = await Summaries(query
            .OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Year).ThenByDescending(c => c.Serial)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize))
            .ToListAsync(cancellationToken);
        return new CasePage([.. rows.Select(Summary)], total, search.Page, search.PageSize);
    }

    /// <summary>The cases whose respondent's name contains <paramref name="part"/>.</summary>
    public async Task<List<Guid>> IdsByRespondentAsync(string part, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        return await db.Cases.AsNoTracking().Where(c => c.RespondentName.Contains(part)).Select(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The list lines of these cases.</summary>
    public async Task<Dictionary<Guid, CaseSummary>> SummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var rows = await Summaries(db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))).ToListAsync(cancellationToken);
        return rows.Select(Summary).ToDictionary(s => s.Id);
    }

    private static IQueryable<SummaryColumns> Summaries(IQueryable<CaseRow> rows) =>
        rows.Select(c => new SummaryColumns(c.Id, c.Number, c.Status, c.Procedure, c.ReceivedOn, c.ApplicantNames, c.RespondentName, c.Revision));

    private static CaseSummary Summary(SummaryColumns r)
    {
        var state = Enum.Parse<CaseStatus>(r.Status);
        return new CaseSummary(r.Id, r.Number, state, CaseStatusNames.Of(state), Enum.Parse<Procedure>(r.Procedure),
            r.ReceivedOn, r.ApplicantNames, r.RespondentName, r.Revision);
    }

    private sealed record SummaryColumns(Guid Id, string Number, string Status, string Procedure, DateOnly ReceivedOn, string ApplicantNames,
        string RespondentName, long Revision);

    /// <summary>
    /// Cases that can still have a running period: every case not closed, and closed cases changed in the last
    /// <paramref name="closedWithinDays"/> days (a lawsuit window or an opinion letter's report may outlive closing).
    /// </summary>
    public async Task<IReadOnlyList<Case>> LiveCasesAsync(DateTimeOffset now, int closedWithinDays, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var closed = CaseStatus.Closed.ToString();
        var since = now.AddDays(-closedWithinDays);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.Status != closed || c.UpdatedAt >= since)
            .Select(c => new { c.Data, c.Revision })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => CaseJson.Read(r.Data, r.Revision))];
    }
}

using Microsoft.EntityFrameworkCore;
using Reconsideration.DocumentGen.DocumentTypes;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Persistence;

namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>
/// Issues document numbers: the case's year and serial with the type's code ("红府复决〔2026〕12号"), formatted by the
/// configured <see cref="Reconsideration.DocumentGen.Numbering.DocumentNumberFormat"/>. Every issued number is kept in a
/// register whose key makes a second issue impossible, also when two people issue at the same moment.
/// </summary>
public sealed class DocumentNumberService
{
    private readonly CaseSteps _steps;
    private readonly DocumentTypeCatalog _types;

    internal DocumentNumberService(CaseSteps steps, DocumentTypeCatalog types)
    {
        _steps = steps;
        _types = types;
    }

    /// <summary>
    /// Issues the number of a document of type <paramref name="typeKey"/> in the case and lists it among the case's
    /// documents. A type has one number per case: issuing it again is refused with the number already issued.
    /// </summary>
    /// <exception cref="CaseException">Unknown type, a type without a number, or already issued (Conflict).</exception>
    public async Task<CaseDocument> IssueAsync(Guid caseId, string typeKey, DateOnly issuedOn, CancellationToken cancellationToken = default)
    {
        if (!_types.TryGet(typeKey ?? "", out var type))
            throw CaseException.Invalid("typeKey", $"未知的文书类型“{typeKey}”。");
        if (type.TypeCode is null)
            throw CaseException.Invalid("typeKey", $"{type.ChineseName}没有自己的文号（numbering.json 未给它配置代字）。");
        _steps.NotFuture(issuedOn, "issuedOn", "编号日期");
        CaseDocument? issued = null;
        await _steps.Store.UpdateAsync(caseId, null, async (db, @case) =>
        {
            var number = _steps.Store.Numbers.Format(type.Key, @case.Year, @case.Serial);
            var existing = await db.IssuedNumbers.AsNoTracking()
                .FirstOrDefaultAsync(n => n.Number == number || (n.CaseId == @case.Id && n.TypeKey == type.Key), cancellationToken);
            if (existing is not null)
                throw new CaseException(CaseErrorKind.Conflict,
                    $"本案的{type.ChineseName}已编号为“{existing.Number}”，文号不能重复使用；如需重新制作，请沿用该文号。");
            db.IssuedNumbers.Add(new IssuedNumberRow
            {
                Number = number, CaseId = @case.Id, TypeKey = type.Key, Year = @case.Year, Serial = @case.Serial,
                IssuedAt = _steps.Clock.GetUtcNow(),
            });
            issued = new CaseDocument { TypeKey = type.Key, Number = number, IssuedOn = issuedOn };
            return @case.AddDocument(issued).Log(_steps.Clock.GetUtcNow(), _steps.Actor, $"{type.ChineseName}编号{number}");
        }, cancellationToken);
        return issued!;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Reconsideration.DocumentGen.Numbering;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Cases.Persistence;

/// <summary>
/// Reads and writes cases. Every write is one transaction begun IMMEDIATE (SQLite's write lock is taken at BEGIN),
/// and reads the case inside it, so writers queue instead of failing; the revision check still refuses a change
/// made from a stale view of the case (the caller's expected revision) or by a writer outside this lock.
/// </summary>
internal sealed partial class CaseStore(CasesDatabase database, DocumentNumberFormat numbers, TimeProvider clock)
{
    public DocumentNumberFormat Numbers { get; } = numbers;

    /// <summary>
    /// Inserts a new case with its number: the typed one when given (refused if taken), else the next serial of the
    /// year of receipt. The counter is incremented in the same transaction as the insert, so a serial is never handed
    /// out twice and, because the counter only grows, never reused; serials typed by hand are skipped.
    /// </summary>
    public async Task<Case> InsertAsync(Case draft, string? typedNumber, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (year, serial) = typedNumber is null
            ? await NextFreeSerialAsync(db, transaction, draft.Application.ReceivedOn.Year, cancellationToken)
            : await CheckTypedNumberAsync(db, typedNumber, cancellationToken);
        var now = clock.GetUtcNow();
        var @case = draft with { Number = Numbers.FormatCaseNumber(year, serial), Year = year, Serial = serial, Revision = 1 };
        db.Cases.Add(Write(new CaseRow { Id = @case.Id, RegisteredAt = @case.RegisteredAt, Revision = 1 }, @case, now));
        db.IssuedNumbers.Add(new IssuedNumberRow
        {
            Number = @case.Number, CaseId = @case.Id, TypeKey = IssuedNumberRow.CaseTypeKey, Year = year, Serial = serial, IssuedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            throw new CaseException(CaseErrorKind.Conflict, $"案号“{@case.Number}”已被使用，不能重复；请留空由系统自动编号，或核对手工填写的案号。");
        }

        return @case;
    }

    /// <summary>Loads the case, applies <paramref name="change"/> and saves the result, all in one transaction.</summary>
    /// <exception cref="CaseException">Not found, a stale <paramref name="expectedRevision"/>, or the change's own refusal.</exception>
    public async Task<Case> UpdateAsync(Guid id, long? expectedRevision, Func<Case, Case> change, CancellationToken cancellationToken) =>
        await UpdateAsync(id, expectedRevision, (_, @case) => Task.FromResult(change(@case)), cancellationToken);

    /// <summary>As <see cref="UpdateAsync(Guid, long?, Func{Case, Case}, CancellationToken)"/>, with the context for rows written alongside.</summary>
    public async Task<Case> UpdateAsync(Guid id, long? expectedRevision, Func<CasesDbContext, Case, Task<Case>> change, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw NotFound(id);
        if (expectedRevision is { } expected && expected != row.Revision)
            throw Stale(row.Number);
        var next = await change(db, CaseJson.Read(row.Data, row.Revision));
        row.Revision++;
        Write(row, next, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale(row.Number);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            throw new CaseException(CaseErrorKind.Conflict, $"保存案件{row.Number}时编号冲突：该文号已被使用，请刷新后重试。");
        }

        return next with { Revision = row.Revision };
    }

    public async Task<Case?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var row = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return row is null ? null : CaseJson.Read(row.Data, row.Revision);
    }

    public async Task<Case?> FindByNumberAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var trimmed = number.Trim();
        var row = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Number == trimmed, cancellationToken);
        return row is null ? null : CaseJson.Read(row.Data, row.Revision);
    }

    internal static CaseException NotFound(Guid id) => new(CaseErrorKind.NotFound, $"找不到案件（编号 {id}），请确认案件是否存在。");

    private static CaseException Stale(string number) =>
        new(CaseErrorKind.Conflict, $"案件{number}已被他人修改，您看到的不是最新内容；请刷新后重新操作。");

    private static CaseRow Write(CaseRow row, Case @case, DateTimeOffset now)
    {
        row.Number = @case.Number;
        row.Year = @case.Year;
        row.Serial = @case.Serial;
        row.Status = @case.Status.ToString();
        row.Procedure = @case.Procedure.ToString();
        row.ReceivedOn = @case.Application.ReceivedOn;
        row.ApplicantNames = string.Join("、", @case.Application.Applicants.Select(a => a.Name));
        row.RespondentName = @case.Application.Respondent.Name;
        row.Data = CaseJson.Write(@case with { Revision = row.Revision });
        row.UpdatedAt = now;
        return row;
    }

    private static async Task<(int Year, int Serial)> NextFreeSerialAsync(
        CasesDbContext db, IDbContextTransaction transaction, int year, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        while (true)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = "INSERT INTO case_counters (Year, LastSerial) VALUES ($year, 1) "
                + "ON CONFLICT(Year) DO UPDATE SET LastSerial = LastSerial + 1 RETURNING LastSerial";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$year";
            parameter.Value = year;
            command.Parameters.Add(parameter);
            var serial = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            var typedBefore = await db.IssuedNumbers.AnyAsync(
                n => n.Year == year && n.Serial == serial && n.TypeKey == IssuedNumberRow.CaseTypeKey, cancellationToken);
            if (!typedBefore) return (year, serial);
        }
    }

    private async Task<(int Year, int Serial)> CheckTypedNumberAsync(CasesDbContext db, string typed, CancellationToken cancellationToken)
    {
        if (!Numbers.TryParse(typed, out var parsed) || parsed.TypeCode.Length > 0)
            throw CaseException.Invalid("caseNumber",
                $"案号“{typed}”不符合配置的格式（例如 {Numbers.FormatCaseNumber(2026, 12)}）：应使用六角括号〔〕、不加“第”、序号不编虚位，且不含文书代字。");
        var number = Numbers.FormatCaseNumber(parsed.Year, parsed.Serial);
        var taken = await db.IssuedNumbers.AsNoTracking().FirstOrDefaultAsync(
            n => n.Number == number || (n.Year == parsed.Year && n.Serial == parsed.Serial && n.TypeKey == IssuedNumberRow.CaseTypeKey),
            cancellationToken);
        if (taken is not null)
            throw new CaseException(CaseErrorKind.Conflict,
                $"案号“{number}”已于{Case.ChineseDate(LegalTime.Today(taken.IssuedAt))}使用，案号不能重复；请留空由系统自动编号，或核对手工填写的案号。");
        return (parsed.Year, parsed.Serial);
    }
}

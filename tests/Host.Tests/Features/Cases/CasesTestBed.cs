using Microsoft.Extensions.Time.Testing;
using Microsoft.Data.Sqlite;
using Reconsideration.DocumentGen.DocumentTypes;
using Reconsideration.DocumentGen.Numbering;
using Reconsideration.Host.Features.Cases.Persistence;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Features.Cases.Services.Materials;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Tests.Features.Cases;

/// <summary>The case services on a real SQLite file in a fresh temporary directory, with a clock the test sets.</summary>
public sealed class CasesTestBed : IDisposable
{
    public CasesTestBed(DateOnly today, long maxUploadBytes = 20L * 1024 * 1024)
    {
        Directory = Path.Combine(Path.GetTempPath(), "cases-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Clock = BeijingDays.At(today.Year, today.Month, today.Day);
        DatabasePath = Path.Combine(Directory, "reconsideration.db");
        Database = CasesDatabase.Sqlite(DatabasePath);
        Database.Migrate();
        Numbers = new DocumentNumberFormat(NumberingOptions.Load(Path.Combine(AppContext.BaseDirectory, "Templates", "numbering.json")));
        var types = new DocumentTypeCatalog(Numbers, DocumentTypeCatalog.DefaultSampleDirectory);
        Calculator = new DeadlineCalculator(BusinessCalendar.Default);
        Store = new CaseStore(Database, Numbers, Clock);
        var steps = new CaseSteps(Store, Calculator, Clock, new SystemCaseActor());
        Intake = new CaseIntakeService(Store, Clock, new SystemCaseActor());
        Acceptance = new AcceptanceService(steps);
        Review = new ReviewService(steps);
        Closing = new ClosingService(steps, types);
        DocumentNumbers = new DocumentNumberService(steps, types);
        Queries = new CaseQueryService(Store, Calculator, Clock);
        DeadlineQueries = new DeadlineQueryService(Store, Calculator, 120);
        Materials = new MaterialService(steps, Path.Combine(Directory, "materials"), maxUploadBytes);
    }

    public string Directory { get; }
    public string DatabasePath { get; }
    public FakeTimeProvider Clock { get; }
    internal CasesDatabase Database { get; }
    internal CaseStore Store { get; }
    public DocumentNumberFormat Numbers { get; }
    public DeadlineCalculator Calculator { get; }
    public CaseIntakeService Intake { get; }
    public AcceptanceService Acceptance { get; }
    public ReviewService Review { get; }
    public ClosingService Closing { get; }
    public DocumentNumberService DocumentNumbers { get; }
    public CaseQueryService Queries { get; }
    public DeadlineQueryService DeadlineQueries { get; }
    public MaterialService Materials { get; }

    /// <summary>Rows in a table, counted with a plain connection (not through the code under test).</summary>
    public long Count(string table)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalizer-bound handle; the temp directory is cleaned by the OS.
        }
    }
}

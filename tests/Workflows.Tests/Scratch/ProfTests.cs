using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Reconsideration.Workflows.Persistence;
using Xunit.Abstractions;
namespace Reconsideration.Workflows.Tests.Scratch;
public class ProfTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Prof()
    {
        var path = Path.Combine(Path.GetTempPath(), $"prof-{Guid.NewGuid():N}.db");
        WorkflowStorage.Sqlite(path);
        var f = WorkflowDbContextFactory.Sqlite(path);
        var id = Guid.NewGuid();
        for (int round = 0; round < 4; round++)
        {
            var sw = Stopwatch.StartNew();
            double create = 0, open = 0, query = 0, dispose = 0;
            for (int i = 0; i < 300; i++)
            {
                var t0 = sw.Elapsed.TotalMilliseconds;
                var db = f.Create();
                var t1 = sw.Elapsed.TotalMilliseconds;
                await db.Database.OpenConnectionAsync();
                var t2 = sw.Elapsed.TotalMilliseconds;
                await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id);
                var t3 = sw.Elapsed.TotalMilliseconds;
                await db.DisposeAsync();
                var t4 = sw.Elapsed.TotalMilliseconds;
                create += t1 - t0; open += t2 - t1; query += t3 - t2; dispose += t4 - t3;
            }
            output.WriteLine($"create {create / 300:F3} open {open / 300:F3} query {query / 300:F3} dispose {dispose / 300:F3}");
        }
    }
}

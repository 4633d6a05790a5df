using Reconsideration.Host.Features.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Reconsideration.Host.Features.Api.Persistence;

namespace Reconsideration.Host.Features.Identity;

/// <summary>Lets the EF Core tools create the context (dotnet ef migrations add … --context StaffDbContext).</summary>
internal sealed class StaffDesignTimeFactory : IDesignTimeDbContextFactory<StaffDbContext>
{
    public StaffDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<StaffDbContext>();
        SqliteFiles.Configure(builder, "design-time.db", StaffDbContext.HistoryTable);
        return new StaffDbContext(builder.Options);
    }
}

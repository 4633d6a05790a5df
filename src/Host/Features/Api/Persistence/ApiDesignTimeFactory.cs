using Reconsideration.Host.Features.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Reconsideration.Host.Features.Api.Persistence;

/// <summary>Lets the EF Core tools create the context (dotnet ef migrations add … --context ApiDbContext).</summary>
internal sealed class ApiDesignTimeFactory : IDesignTimeDbContextFactory<ApiDbContext>
{
    public ApiDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<ApiDbContext>();
        SqliteFiles.Configure(builder, "design-time.db", ApiDbContext.HistoryTable);
        return new ApiDbContext(builder.Options);
    }
}

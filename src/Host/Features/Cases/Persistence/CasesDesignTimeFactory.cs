using Microsoft.EntityFrameworkCore.Design;

namespace Reconsideration.Host.Features.Cases.Persistence;

/// <summary>Lets the EF Core tools create the context to generate migrations (dotnet ef migrations add … --context CasesDbContext).</summary>
internal sealed class CasesDesignTimeFactory : IDesignTimeDbContextFactory<CasesDbContext>
{
    public CasesDbContext CreateDbContext(string[] args) => CasesDatabase.Sqlite("design-time.db").Create();
}

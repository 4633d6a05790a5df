using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Reconsideration.Host.Features.Persistence;

namespace Reconsideration.Host.Features.Designer.Persistence;

/// <summary>Lets the EF Core tools create the context (dotnet ef migrations add … --context DesignerDbContext).</summary>
internal sealed class DesignerDesignTimeFactory : IDesignTimeDbContextFactory<DesignerDbContext>
{
    public DesignerDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<DesignerDbContext>();
        SqliteFiles.Configure(builder, "design-time.db", DesignerDbContext.HistoryTable);
        return new DesignerDbContext(builder.Options);
    }
}

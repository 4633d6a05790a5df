using Microsoft.EntityFrameworkCore.Design;

namespace Reconsideration.Workflows.Persistence;

/// <summary>Lets the EF Core tools create the context to generate migrations (dotnet ef migrations add …).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) => WorkflowDbContextFactory.Sqlite("design-time.db").Create();
}

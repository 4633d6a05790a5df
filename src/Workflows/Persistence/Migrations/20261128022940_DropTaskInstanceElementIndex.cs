using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reconsideration.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DropTaskInstanceElementIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_tasks_InstanceId_ElementId",
                table: "wf_tasks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_InstanceId_ElementId",
                table: "wf_tasks",
                columns: new[] { "InstanceId", "ElementId" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reconsideration.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TaskInstanceStateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_InstanceId_State",
                table: "wf_tasks",
                columns: new[] { "InstanceId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_tasks_InstanceId_State",
                table: "wf_tasks");
        }
    }
}

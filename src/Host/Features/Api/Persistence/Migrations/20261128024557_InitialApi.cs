using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reconsideration.Host.Features.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialApi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_case_assignments",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    HandlerName = table.Column<string>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_case_assignments", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "api_case_processes",
                columns: table => new
                {
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_case_processes", x => x.InstanceId);
                });

            migrationBuilder.CreateTable(
                name: "api_seed_marks",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_seed_marks", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_api_case_assignments_Handler",
                table: "api_case_assignments",
                column: "Handler");

            migrationBuilder.CreateIndex(
                name: "IX_api_case_processes_CaseId",
                table: "api_case_processes",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_case_assignments");

            migrationBuilder.DropTable(
                name: "api_case_processes");

            migrationBuilder.DropTable(
                name: "api_seed_marks");
        }
    }
}

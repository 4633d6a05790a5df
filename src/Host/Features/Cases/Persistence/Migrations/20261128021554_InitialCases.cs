using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reconsideration.Host.Features.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Procedure = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApplicantNames = table.Column<string>(type: "TEXT", nullable: false),
                    RespondentName = table.Column<string>(type: "TEXT", nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_counters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSerial = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_counters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "case_issued_numbers",
                columns: table => new
                {
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TypeKey = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_issued_numbers", x => x.Number);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_cases_Number",
                table: "case_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_cases_ReceivedOn",
                table: "case_cases",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_case_cases_Status_ReceivedOn",
                table: "case_cases",
                columns: new[] { "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_case_cases_Year_Serial",
                table: "case_cases",
                columns: new[] { "Year", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_issued_numbers_CaseId_TypeKey",
                table: "case_issued_numbers",
                columns: new[] { "CaseId", "TypeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_issued_numbers_Year_Serial_TypeKey",
                table: "case_issued_numbers",
                columns: new[] { "Year", "Serial", "TypeKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_cases");

            migrationBuilder.DropTable(
                name: "case_counters");

            migrationBuilder.DropTable(
                name: "case_issued_numbers");
        }
    }
}

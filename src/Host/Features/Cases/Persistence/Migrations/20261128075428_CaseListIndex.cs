using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reconsideration.Host.Features.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_cases_ReceivedOn",
                table: "case_cases");

            migrationBuilder.CreateIndex(
                name: "IX_case_cases_List",
                table: "case_cases",
                columns: new[] { "ReceivedOn", "Year", "Serial", "Status", "Procedure", "Number", "ApplicantNames", "RespondentName", "Revision", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_cases_List",
                table: "case_cases");

            migrationBuilder.CreateIndex(
                name: "IX_case_cases_ReceivedOn",
                table: "case_cases",
                column: "ReceivedOn");
        }
    }
}

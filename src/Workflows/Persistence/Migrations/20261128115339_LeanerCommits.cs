using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reconsideration.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LeanerCommits : Migration
    {
        // Fewer pages written per command (docs/persistence.md, "What a commit writes"). EF Core can declare neither
        // WITHOUT ROWID nor the journal's repacking, so both tables are rebuilt by hand.

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An instance's tasks are found through its tree's index (RootInstanceId, State).
            migrationBuilder.DropIndex(
                name: "IX_wf_tasks_InstanceId_State",
                table: "wf_tasks");

            migrationBuilder.DropIndex(
                name: "IX_wf_tasks_InstanceId_ElementId",
                table: "wf_tasks");

            // One B-tree keyed by (Candidate, TaskId) instead of a rowid table with two indexes; no foreign key.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_wf_task_candidates" (
                    "Candidate" TEXT NOT NULL,
                    "TaskId" TEXT NOT NULL,
                    CONSTRAINT "PK_wf_task_candidates" PRIMARY KEY ("Candidate", "TaskId")
                ) WITHOUT ROWID;
                INSERT INTO "ef_temp_wf_task_candidates" ("Candidate", "TaskId") SELECT "Candidate", "TaskId" FROM "wf_task_candidates";
                DROP TABLE "wf_task_candidates";
                ALTER TABLE "ef_temp_wf_task_candidates" RENAME TO "wf_task_candidates";
                """);

            // One row per command and tree with its entries as JSON (JournalRows), in one B-tree keyed by the tree and
            // the revision the commit gave its root. The entries written before become one row per tree numbered 0,
            // each entry with its own time and actor, in their order.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_wf_journal" (
                    "RootInstanceId" TEXT NOT NULL,
                    "Sequence" INTEGER NOT NULL,
                    "Actor" TEXT NOT NULL,
                    "At" INTEGER NOT NULL,
                    "Entries" TEXT NOT NULL,
                    CONSTRAINT "PK_wf_journal" PRIMARY KEY ("RootInstanceId", "Sequence")
                ) WITHOUT ROWID;
                INSERT INTO "ef_temp_wf_journal" ("RootInstanceId", "Sequence", "Actor", "At", "Entries")
                SELECT "RootInstanceId", 0, '', min("At"),
                       json_group_array(json(json_object('k', "Kind", 'e', "ElementId", 'd', "Detail", 'a', "Actor", 't', "At",
                                                         'i', CASE WHEN "InstanceId" <> "RootInstanceId" THEN "InstanceId" END))
                                        ORDER BY "Sequence")
                FROM "wf_journal"
                GROUP BY "RootInstanceId";
                DROP TABLE "wf_journal";
                ALTER TABLE "ef_temp_wf_journal" RENAME TO "wf_journal";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_wf_journal" (
                    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_wf_journal" PRIMARY KEY AUTOINCREMENT,
                    "InstanceId" TEXT NOT NULL,
                    "RootInstanceId" TEXT NOT NULL,
                    "At" INTEGER NOT NULL,
                    "Actor" TEXT NOT NULL,
                    "Kind" TEXT NOT NULL,
                    "ElementId" TEXT NULL,
                    "Detail" TEXT NULL
                );
                INSERT INTO "ef_temp_wf_journal" ("InstanceId", "RootInstanceId", "At", "Actor", "Kind", "ElementId", "Detail")
                SELECT coalesce(json_extract(e.value, '$.i'), j."RootInstanceId"), j."RootInstanceId",
                       coalesce(json_extract(e.value, '$.t'), j."At"), coalesce(json_extract(e.value, '$.a'), j."Actor"),
                       json_extract(e.value, '$.k'), json_extract(e.value, '$.e'), json_extract(e.value, '$.d')
                FROM "wf_journal" j, json_each(j."Entries") e ORDER BY j."RootInstanceId", j."Sequence", e.key;
                DROP TABLE "wf_journal";
                ALTER TABLE "ef_temp_wf_journal" RENAME TO "wf_journal";
                CREATE INDEX "IX_wf_journal_RootInstanceId" ON "wf_journal" ("RootInstanceId");

                CREATE TABLE "ef_temp_wf_task_candidates" (
                    "TaskId" TEXT NOT NULL,
                    "Candidate" TEXT NOT NULL,
                    CONSTRAINT "PK_wf_task_candidates" PRIMARY KEY ("TaskId", "Candidate"),
                    CONSTRAINT "FK_wf_task_candidates_wf_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "wf_tasks" ("Id") ON DELETE CASCADE
                );
                INSERT INTO "ef_temp_wf_task_candidates" ("TaskId", "Candidate") SELECT "TaskId", "Candidate" FROM "wf_task_candidates";
                DROP TABLE "wf_task_candidates";
                ALTER TABLE "ef_temp_wf_task_candidates" RENAME TO "wf_task_candidates";
                CREATE INDEX "IX_wf_task_candidates_Candidate" ON "wf_task_candidates" ("Candidate");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_InstanceId_State",
                table: "wf_tasks",
                columns: new[] { "InstanceId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_InstanceId_ElementId",
                table: "wf_tasks",
                columns: new[] { "InstanceId", "ElementId" });
        }
    }
}

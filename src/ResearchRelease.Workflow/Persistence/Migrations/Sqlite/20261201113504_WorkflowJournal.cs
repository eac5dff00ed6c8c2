using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Workflow.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkflowJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_journal",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    workflow_id = table.Column<string>(type: "TEXT", nullable: true),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    node = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    detail = table.Column<string>(type: "TEXT", nullable: true),
                    actor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    occurred_at_utc_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    dedupe_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wf_journal", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_wf_journal_application_id_id",
                table: "wf_journal",
                columns: new[] { "application_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_wf_journal_dedupe_key",
                table: "wf_journal",
                column: "dedupe_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_journal");
        }
    }
}

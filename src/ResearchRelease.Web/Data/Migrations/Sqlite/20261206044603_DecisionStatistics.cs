using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decision_facts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    working_days = table.Column<int>(type: "INTEGER", nullable: true),
                    recommendation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    agreed = table.Column<bool>(type: "INTEGER", nullable: true),
                    part = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_facts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_decision_facts_application_id",
                table: "decision_facts",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_decision_facts_kind_quarter_working_days",
                table: "decision_facts",
                columns: new[] { "kind", "quarter", "working_days" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_facts");
        }
    }
}

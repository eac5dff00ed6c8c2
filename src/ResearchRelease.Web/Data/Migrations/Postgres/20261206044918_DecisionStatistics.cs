using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Postgres
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: true),
                    recommendation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    agreed = table.Column<bool>(type: "boolean", nullable: true),
                    part = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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

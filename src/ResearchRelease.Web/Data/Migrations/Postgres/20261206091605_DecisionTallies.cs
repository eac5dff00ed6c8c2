using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DecisionTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decision_tallies",
                columns: table => new
                {
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    measure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: false),
                    part = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_tallies", x => new { x.quarter, x.measure, x.working_days, x.part, x.reason_key });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_tallies");
        }
    }
}

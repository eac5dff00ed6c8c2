using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Sqlite
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
                    quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    measure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    working_days = table.Column<int>(type: "INTEGER", nullable: false),
                    part = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reason_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
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

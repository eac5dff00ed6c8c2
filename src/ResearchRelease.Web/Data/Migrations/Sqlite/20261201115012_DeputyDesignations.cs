using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeputyDesignations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deputy_designation_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    designation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    actor_subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    previous_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deputy_designation_events", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deputy_designation_events_designation_id",
                table: "deputy_designation_events",
                column: "designation_id");

            migrationBuilder.CreateIndex(
                name: "ix_deputy_designation_events_sequence",
                table: "deputy_designation_events",
                column: "sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deputy_designation_events");
        }
    }
}

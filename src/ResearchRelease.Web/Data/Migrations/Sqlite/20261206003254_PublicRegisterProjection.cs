using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicRegisterProjection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "public_register",
                columns: table => new
                {
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    project_title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", nullable: false),
                    data_item_codes = table.Column<string>(type: "TEXT", nullable: false),
                    article6 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    article9 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    access_route = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ended = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_register", x => x.application_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_public_register_decided_at_application_id",
                table: "public_register",
                columns: new[] { "decided_at", "application_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "public_register");
        }
    }
}

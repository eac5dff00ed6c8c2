using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegisterSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "register_snapshots",
                columns: table => new
                {
                    quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    made_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    entries = table.Column<int>(type: "INTEGER", nullable: false),
                    csv = table.Column<byte[]>(type: "BLOB", nullable: false),
                    json = table.Column<byte[]>(type: "BLOB", nullable: false),
                    csv_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    json_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_snapshots", x => x.quarter);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "register_snapshots");
        }
    }
}

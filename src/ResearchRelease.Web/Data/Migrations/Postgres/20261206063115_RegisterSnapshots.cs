using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Postgres
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
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    made_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    entries = table.Column<int>(type: "integer", nullable: false),
                    csv = table.Column<byte[]>(type: "bytea", nullable: false),
                    json = table.Column<byte[]>(type: "bytea", nullable: false),
                    csv_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    json_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

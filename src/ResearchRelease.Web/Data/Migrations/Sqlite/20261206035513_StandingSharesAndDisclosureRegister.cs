using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StandingSharesAndDisclosureRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "frequency",
                table: "public_register",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "public_register",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "release");

            migrationBuilder.AddColumn<string>(
                name: "legal_gateway",
                table: "public_register",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "linkage",
                table: "public_register",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "outputs",
                table: "public_register",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "public_benefit",
                table: "public_register",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "review_date",
                table: "public_register",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "review_overdue",
                table: "public_register",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "sector",
                table: "public_register",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "standing_share_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    share_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    actor_subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    actor_role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    previous_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_standing_share_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "standing_shares",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    recipient_body = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    review_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    agreement_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    review_reminded = table.Column<bool>(type: "INTEGER", nullable: false),
                    review_overdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_standing_shares", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_public_register_kind_decided_at_application_id",
                table: "public_register",
                columns: new[] { "kind", "decided_at", "application_id" });

            migrationBuilder.CreateIndex(
                name: "ix_standing_share_events_share_id_sequence",
                table: "standing_share_events",
                columns: new[] { "share_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_standing_shares_reference",
                table: "standing_shares",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_standing_shares_review_date",
                table: "standing_shares",
                column: "review_date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "standing_share_events");

            migrationBuilder.DropTable(
                name: "standing_shares");

            migrationBuilder.DropIndex(
                name: "ix_public_register_kind_decided_at_application_id",
                table: "public_register");

            migrationBuilder.DropColumn(
                name: "frequency",
                table: "public_register");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "public_register");

            migrationBuilder.DropColumn(
                name: "legal_gateway",
                table: "public_register");

            migrationBuilder.DropColumn(
                name: "linkage",
                table: "public_register");

            migrationBuilder.DropColumn(
                name: "outputs",
                table: "public_register");

            migrationBuilder.DropColumn(
                name: "public_benefit",
                table: "public_register");

            migrationBuilder.DropColumn(
                name: "review_date",
                table: "public_register");

            migrationBuilder.DropColumn(
                name: "review_overdue",
                table: "public_register");

            migrationBuilder.DropColumn(
                name: "sector",
                table: "public_register");
        }
    }
}

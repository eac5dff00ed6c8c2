using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    event_sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    event_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    template = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    audience = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    personalisation = table.Column<string>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    claimed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    provider_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sent_notifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    notification_id = table.Column<long>(type: "INTEGER", nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    template = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sent_notifications", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_application_id",
                table: "notifications",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_idempotency_key",
                table: "notifications",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_status_next_attempt_at",
                table: "notifications",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sent_notifications_idempotency_key",
                table: "sent_notifications",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sent_notifications_notification_id",
                table: "sent_notifications",
                column: "notification_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sent_notifications_sent_at",
                table: "sent_notifications",
                column: "sent_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "sent_notifications");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Postgres
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
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "public_register",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "release");

            migrationBuilder.AddColumn<string>(
                name: "legal_gateway",
                table: "public_register",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "linkage",
                table: "public_register",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "outputs",
                table: "public_register",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "public_benefit",
                table: "public_register",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "review_date",
                table: "public_register",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "review_overdue",
                table: "public_register",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "sector",
                table: "public_register",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "standing_share_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    share_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    actor_subject = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    actor_role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_standing_share_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "standing_shares",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    recipient_body = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    review_date = table.Column<DateOnly>(type: "date", nullable: true),
                    agreement_end = table.Column<DateOnly>(type: "date", nullable: true),
                    review_reminded = table.Column<bool>(type: "boolean", nullable: false),
                    review_overdue = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            // Like application_events: the standing shares' record is append-only in the database too.
            migrationBuilder.Sql(@"
CREATE FUNCTION standing_share_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'standing_share_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER standing_share_events_no_update_delete BEFORE UPDATE OR DELETE ON standing_share_events
    FOR EACH ROW EXECUTE FUNCTION standing_share_events_append_only();
CREATE TRIGGER standing_share_events_no_truncate BEFORE TRUNCATE ON standing_share_events
    FOR EACH STATEMENT EXECUTE FUNCTION standing_share_events_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS standing_share_events_no_update_delete ON standing_share_events; "
                + "DROP TRIGGER IF EXISTS standing_share_events_no_truncate ON standing_share_events; "
                + "DROP FUNCTION IF EXISTS standing_share_events_append_only();");
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

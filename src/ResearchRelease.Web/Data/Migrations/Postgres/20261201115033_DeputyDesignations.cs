using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Postgres
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    designation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    actor_subject = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

            // The designation log is part of the record: refuse UPDATE, DELETE and TRUNCATE in the database too.
            migrationBuilder.Sql(@"
CREATE FUNCTION deputy_designation_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'deputy_designation_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER deputy_designation_events_no_update_delete BEFORE UPDATE OR DELETE ON deputy_designation_events
    FOR EACH ROW EXECUTE FUNCTION deputy_designation_events_append_only();
CREATE TRIGGER deputy_designation_events_no_truncate BEFORE TRUNCATE ON deputy_designation_events
    FOR EACH STATEMENT EXECUTE FUNCTION deputy_designation_events_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS deputy_designation_events_no_update_delete ON deputy_designation_events; DROP TRIGGER IF EXISTS deputy_designation_events_no_truncate ON deputy_designation_events; DROP FUNCTION IF EXISTS deputy_designation_events_append_only();");
            migrationBuilder.DropTable(
                name: "deputy_designation_events");
        }
    }
}

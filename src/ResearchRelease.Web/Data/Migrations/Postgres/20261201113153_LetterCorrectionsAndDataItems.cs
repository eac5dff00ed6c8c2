using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LetterCorrectionsAndDataItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_letters_application_id_round",
                table: "letters");

            migrationBuilder.AddColumn<int>(
                name: "sequence",
                table: "letters",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<Guid>(
                name: "supersedes_letter_id",
                table: "letters",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "application_data_items",
                columns: table => new
                {
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_data_items", x => new { x.application_id, x.item_code });
                });

            migrationBuilder.CreateIndex(
                name: "ix_letters_application_id_round_sequence",
                table: "letters",
                columns: new[] { "application_id", "round", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_letters_supersedes_letter_id",
                table: "letters",
                column: "supersedes_letter_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_application_data_items_item_code",
                table: "application_data_items",
                column: "item_code");

            // Backfill the projection from each application's latest submission, as ApplicationDataItems.ProjectAsync would.
            migrationBuilder.Sql(@"
INSERT INTO application_data_items (application_id, item_code)
SELECT DISTINCT e.application_id, trim(d ->> 'item')
FROM application_events e
CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e.payload::jsonb -> 'form' -> 'dataItems') = 'array'
    THEN e.payload::jsonb -> 'form' -> 'dataItems' ELSE '[]'::jsonb END) d
WHERE e.type = 'submitted'
  AND e.sequence = (SELECT MAX(x.sequence) FROM application_events x WHERE x.application_id = e.application_id AND x.type = 'submitted')
  AND length(trim(d ->> 'item')) BETWEEN 1 AND 64
ON CONFLICT DO NOTHING;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_data_items");

            migrationBuilder.DropIndex(
                name: "ix_letters_application_id_round_sequence",
                table: "letters");

            migrationBuilder.DropIndex(
                name: "ix_letters_supersedes_letter_id",
                table: "letters");

            migrationBuilder.DropColumn(
                name: "sequence",
                table: "letters");

            migrationBuilder.DropColumn(
                name: "supersedes_letter_id",
                table: "letters");

            migrationBuilder.CreateIndex(
                name: "ix_letters_application_id_round",
                table: "letters",
                columns: new[] { "application_id", "round" },
                unique: true);
        }
    }
}

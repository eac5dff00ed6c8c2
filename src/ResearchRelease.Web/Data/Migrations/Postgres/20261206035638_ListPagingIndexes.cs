using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ListPagingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_applications_decided_at_reference",
                table: "applications",
                columns: new[] { "decided_at", "reference" });

            migrationBuilder.CreateIndex(
                name: "ix_applications_status_submitted_at_reference",
                table: "applications",
                columns: new[] { "status", "submitted_at", "reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_applications_decided_at_reference",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "ix_applications_status_submitted_at_reference",
                table: "applications");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Workflow.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InstanceRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "revision",
                table: "wf_workflows",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "revision",
                table: "wf_workflows");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResearchRelease.Workflow.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EngineClaimsAndWakes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_scheduled_commands");

            migrationBuilder.AddColumn<long>(
                name: "claimed_until_utc_ticks",
                table: "wf_workflows",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "handled_wakes",
                table: "wf_workflows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "wake_count",
                table: "wf_workflows",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "claimed_until_utc_ticks",
                table: "wf_workflows");

            migrationBuilder.DropColumn(
                name: "handled_wakes",
                table: "wf_workflows");

            migrationBuilder.DropColumn(
                name: "wake_count",
                table: "wf_workflows");

            migrationBuilder.CreateTable(
                name: "wf_scheduled_commands",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    command_name = table.Column<string>(type: "TEXT", nullable: false),
                    data = table.Column<string>(type: "TEXT", nullable: false),
                    execute_time = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wf_scheduled_commands", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_wf_scheduled_commands_command_name_data",
                table: "wf_scheduled_commands",
                columns: new[] { "command_name", "data" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wf_scheduled_commands_execute_time",
                table: "wf_scheduled_commands",
                column: "execute_time");
        }
    }
}
